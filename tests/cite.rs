//! "Cite this", the data's version and its changes, as the build writes
//! them: each page's citation names what the page shows (the report, or
//! the chart with its sections), in the page's language, with the data's
//! version and the page's address; its BibTeX parses as BibTeX and its
//! CSL-JSON as CSL-JSON; the report page lists each change of
//! `changes.json`, or says there has been none; `datapackage.json`
//! carries the version and every file's hash, which matches the file.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use tip_report::core::{Lang, SiteUrl};
use tip_report::data::text;
use tip_report::dataset::Dataset;
use tip_report::ui::page::Content;
use tip_report::ui::start::Start;
use tip_report::ui::{render, render_embed};
use tip_report::presentation::cite::{self, Citation, Cited};

fn bundled_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("public/data")
}

fn content(dir: &Path) -> Content {
    let data = Dataset::load_dir(dir).unwrap();
    let text = text::load(&std::fs::read_to_string(dir.join("text.json")).unwrap()).unwrap();
    Content { data: Arc::new(data), text: Some(Arc::new(text)) }
}

/// The inner HTML of the element whose `id` is `id`.
fn by_id<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html.find(&format!(" id=\"{id}\"")).unwrap_or_else(|| panic!("no #{id}"));
    let open = html[..at].rfind('<').unwrap();
    let name: String = html[open + 1..].chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
    let start = at + html[at..].find('>').unwrap() + 1;
    // The element's own end: count nested elements of its name.
    let (mut depth, mut i) = (1, start);
    while depth > 0 {
        let next_open = html[i..].find(&format!("<{name}")).map(|p| p + i);
        let next_close = html[i..].find(&format!("</{name}>")).map(|p| p + i).expect("closed");
        match next_open {
            Some(o) if o < next_close => {
                depth += 1;
                i = o + 1;
            }
            _ => {
                depth -= 1;
                i = next_close + 1;
            }
        }
    }
    &html[start..i - 1]
}

/// Text without tags, entities read.
fn text_of(html: &str) -> String {
    let mut out = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'").replace("&amp;", "&")
}

// --- A strict reader of one BibTeX entry ----------------------------------

/// `@type{key, field = {value} or number, …}`: the type, the key and the
/// fields, or what is wrong. Braces must balance; a value's braces and
/// escapes are kept as written.
fn parse_bibtex(s: &str) -> Result<(String, String, Vec<(String, String)>), String> {
    let s = s.trim();
    let rest = s.strip_prefix('@').ok_or("no @")?;
    let open = rest.find('{').ok_or("no {")?;
    let kind = rest[..open].to_string();
    if kind.is_empty() || !kind.chars().all(|c| c.is_ascii_alphabetic()) {
        return Err(format!("entry type {kind:?}"));
    }
    let body = rest[open + 1..].strip_suffix('}').ok_or("entry not closed by }")?;
    let comma = body.find(',').ok_or("no key")?;
    let key = body[..comma].trim().to_string();
    if key.is_empty() || key.contains(|c: char| c.is_whitespace() || "{}(),=\"#%'".contains(c)) {
        return Err(format!("key {key:?}"));
    }
    let mut fields = Vec::new();
    let mut rest = body[comma + 1..].trim_start();
    while !rest.is_empty() {
        let eq = rest.find('=').ok_or_else(|| format!("no = in {rest:?}"))?;
        let name = rest[..eq].trim().to_string();
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
            return Err(format!("field name {name:?}"));
        }
        let value_start = rest[eq + 1..].trim_start();
        let (value, after) = if let Some(v) = value_start.strip_prefix('{') {
            let mut depth = 1;
            let mut end = None;
            let mut escaped = false;
            for (i, c) in v.char_indices() {
                match c {
                    _ if escaped => escaped = false,
                    '\\' => escaped = true,
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            end = Some(i);
                            break;
                        }
                    }
                    _ => {}
                }
            }
            let end = end.ok_or_else(|| format!("{name}: braces do not balance"))?;
            (v[..end].to_string(), &v[end + 1..])
        } else {
            let end = value_start.find(|c: char| !c.is_ascii_digit()).unwrap_or(value_start.len());
            if end == 0 {
                return Err(format!("{name}: neither {{…}} nor a number"));
            }
            (value_start[..end].to_string(), &value_start[end..])
        };
        fields.push((name, value));
        let after = after.trim_start();
        rest = match after.strip_prefix(',') {
            Some(r) => r.trim_start(),
            None if after.is_empty() => after,
            None => return Err(format!("after a field: {after:?}")),
        };
    }
    Ok((kind, key, fields))
}

fn field<'a>(fields: &'a [(String, String)], name: &str) -> &'a str {
    fields.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str()).unwrap_or_else(|| panic!("no field {name}"))
}

/// The checks of a CSL-JSON item that CSL processors rely on: a list of
/// items, each with an id, a CSL type, a title, names as objects, dates as
/// `date-parts`, strings where CSL has strings.
fn check_csl(json: &str) -> serde_json::Value {
    let v: serde_json::Value = serde_json::from_str(json).expect("CSL-JSON is JSON");
    let items = v.as_array().expect("CSL-JSON is a list of items");
    assert_eq!(items.len(), 1);
    let item = &items[0];
    for key in ["id", "type", "title", "URL", "version", "publisher", "container-title", "language", "note"] {
        assert!(item[key].as_str().is_some_and(|s| !s.is_empty()), "{key}: {item}");
    }
    assert!(["dataset", "webpage", "report"].contains(&item["type"].as_str().unwrap()));
    for name in item["author"].as_array().expect("author is a list") {
        assert!(name["literal"].is_string() || name["family"].is_string(), "a CSL name: {name}");
    }
    for date in ["issued", "available-date"] {
        let parts = item[date]["date-parts"].as_array().unwrap_or_else(|| panic!("{date}: {item}"));
        assert!(parts[0].as_array().unwrap().iter().all(|p| p.is_i64()), "{date}");
    }
    item.clone()
}

#[test]
fn every_citation_names_what_its_page_shows_and_parses_as_bibtex_and_csl_json() {
    let d = Dataset::load_dir(&bundled_dir()).unwrap();
    let version = d.changes.version().to_string();
    assert!(!version.is_empty() && version != d.changes.published.version, "the bundled data has changed since it was first published");
    let all = cite::all(&d, None);
    assert_eq!(all.len(), 2 * (1 + d.chart_ids().len()), "the report page and each chart, in each language");
    for c in &all {
        let (kind, key, fields) = parse_bibtex(&c.bibtex()).unwrap_or_else(|e| panic!("{}: {e}\n{}", c.key, c.bibtex()));
        assert_eq!((kind.as_str(), key.as_str()), ("misc", c.key.as_str()));
        assert_eq!(field(&fields, "author"), format!("{{{}}}", d.report.meta.publisher.get(c.lang)), "the agency, as one name");
        assert_eq!(field(&fields, "version"), version);
        assert_eq!(field(&fields, "year"), d.report.meta.year.to_string());
        assert_eq!(field(&fields, "url"), c.address);
        let csl = check_csl(&c.csl_json());
        assert_eq!(csl["id"], c.key.as_str());
        assert_eq!(csl["version"], version.as_str());
        assert_eq!(csl["URL"], c.address.as_str());
        assert_eq!(csl["container-title"], d.viewer.site.title.get(c.lang));
        assert_eq!(csl["language"], c.lang.html_lang());
        let title = csl["title"].as_str().unwrap();
        assert!(title.starts_with(d.report.meta.title.get(c.lang)), "{title}");
        assert!(field(&fields, "title").contains(d.report.meta.title.get(c.lang)));
        match &c.chart {
            Some(chart) => {
                assert!(title.contains(chart.as_str()) && field(&fields, "title").contains(chart.as_str()), "{}: the chart is named", c.key);
                assert!(c.key.contains("-chart-"), "{}", c.key);
            }
            None => assert_eq!(title, d.report.meta.title.get(c.lang)),
        }
        // Relative without SITE_URL, and it says so.
        assert!(!c.address.contains("://") && c.address.ends_with(".html"), "{}", c.address);
        assert!(c.plain().contains(&c.address) && c.plain().contains(&version), "{}", c.plain());
    }
    // The tiers chart's citation, in English: its title and the section its figures come from.
    let tiers = d.chart_ids().into_iter().find(|c| c.id() == "tiers").expect("the bundled report has a tiers chart");
    let c = Citation::new(&d, Cited::Chart(tiers), Lang::En, None);
    assert_eq!(c.chart.as_deref(), Some(d.chart_title(tiers, Lang::En)));
    let sources: Vec<String> = d.facts_of(tiers).map(|f| f.source.clone()).collect();
    assert!(!c.sections.is_empty() && c.sections.iter().all(|s| sources.contains(s)), "{:?}", c.sections);
    assert!(c.plain().contains(&c.sections[0]), "{}", c.plain());
    assert_eq!(c.address, "embed-tiers-en.html");
    assert_eq!(c.file("bib"), "cite/tip-report-2014-chart-tiers-en.bib".replace("tip-report-2014", &d.viewer.site.id));
    // The page's own citation in Chinese: the site's own address.
    let site = SiteUrl::parse("https://example.gov.tw/report").unwrap();
    assert_eq!(Citation::new(&d, Cited::Report, Lang::Zh, Some(&site)).address, "https://example.gov.tw/report/");
    assert_eq!(Citation::new(&d, Cited::Report, Lang::En, Some(&site)).address, "https://example.gov.tw/report/en.html");
    let absolute = Citation::new(&d, Cited::Chart(tiers), Lang::En, Some(&site));
    assert_eq!(absolute.address, "https://example.gov.tw/report/embed-tiers-en.html");
    assert!(!absolute.bibtex().contains("relative") && c.bibtex().contains("relative"), "only a relative address is explained");
}

#[test]
fn a_bibtex_reader_that_can_fail() {
    assert!(parse_bibtex("@misc{k, title = {a}}").is_ok());
    assert!(parse_bibtex("@misc{k, title = {a}").is_err());
    assert!(parse_bibtex("@misc{k, title = {a{b}}").is_err());
    assert!(parse_bibtex("@misc{k title = {a}}").is_err());
    assert!(parse_bibtex("@misc{k, title = a}").is_err());
}

#[test]
fn each_page_offers_its_citation_prerendered_in_its_language() {
    let report = content(&bundled_dir());
    let d = report.data.clone();
    for lang in Lang::ALL {
        let html = render(Start::prerendered(lang), report.clone());
        let section = by_id(&html, "cite");
        let plain = text_of(by_id(section, "cite-text"));
        let expected = Citation::new(&d, Cited::Report, lang, None);
        assert_eq!(plain, tip_report::core::mixed::plain(&expected.plain()), "{lang:?}");
        assert!(plain.contains(d.report.meta.publisher.get(lang)) && plain.contains(d.viewer.site.title.get(lang)) && plain.contains(d.changes.version()));
        assert!(plain.contains(lang.page_file()), "{plain}");
        // The formats as text and as the files the build writes.
        assert!(text_of(section).contains(&format!("@misc{{{},", expected.key)), "the BibTeX is on the page");
        assert!(section.contains(&format!("href=\"{}\"", expected.file("bib"))) && section.contains(&format!("href=\"{}\"", expected.file("json"))));
        // No script needed: no button, nothing interactive but links and folds.
        assert!(!section.contains("<button") && !section.contains("<script"));
        // Each chart's citation is linked from the report page.
        for chart in d.chart_ids() {
            assert!(section.contains(&format!("href=\"{}#cite-{}\"", tip_report::presentation::embed::page_file(chart, lang), chart.id())));
        }
        // The about section: the data's version and the package.
        let about = by_id(&html, "data-version");
        assert!(text_of(about).contains(d.changes.version()) && about.contains("href=\"data/datapackage.json\""), "{about}");
        // Each chart's embed page cites the chart.
        for chart in d.chart_ids() {
            let embed = render_embed(Start::prerendered_embed(chart, lang), report.clone());
            let section = by_id(&embed, &format!("cite-{}", chart.id()));
            let plain = text_of(by_id(section, &format!("cite-{}-text", chart.id())));
            assert!(plain.contains(d.chart_title(chart, lang)), "{chart:?} {lang:?}: {plain}");
            assert!(plain.contains(&tip_report::presentation::embed::page_file(chart, lang)), "{plain}");
        }
    }
    // English marks the report's Chinese sections it quotes.
    let tiers = d.chart_ids().into_iter().find(|c| c.id() == "tiers").unwrap();
    let embed = render_embed(Start::prerendered_embed(tiers, Lang::En), report.clone());
    assert!(by_id(&embed, "cite-tiers-text").contains("<span lang=\"zh-Hant\">"));
    // With the site's address the page's citation is absolute.
    let site = SiteUrl::parse("https://example.gov.tw/report/").unwrap();
    let html = render(Start { site: Some(site), ..Start::prerendered(Lang::En) }, report);
    assert!(text_of(by_id(&html, "cite-text")).contains("https://example.gov.tw/report/en.html"));
}

#[test]
fn the_report_page_lists_each_change_or_says_there_is_none() {
    let report = content(&bundled_dir());
    let d = report.data.clone();
    assert!(!d.changes.changes.is_empty());
    for lang in Lang::ALL {
        let html = render(Start::prerendered(lang), report.clone());
        let section = by_id(&html, "changes");
        assert_eq!(section.matches("<li data-change=").count(), d.changes.changes.len(), "{lang:?}");
        let shown = text_of(section);
        for change in &d.changes.changes {
            for text in [&change.place, &change.what, &change.why] {
                assert!(shown.contains(tip_report::core::mixed::plain(text.get(lang)).as_ref()), "{lang:?}: {}", text.get(lang));
            }
            assert!(shown.contains(&change.version) && shown.contains(&change.date));
        }
        assert!(shown.contains(&d.changes.published.date), "when it was first published");
    }
    // A data folder whose changes.json lists none: the page says so.
    let dir = std::env::temp_dir().join(format!("cite-no-changes-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    for f in ["report.json", "viewer.json", "text.json"] {
        std::fs::copy(bundled_dir().join(f), dir.join(f)).unwrap();
    }
    std::fs::write(dir.join("changes.json"), r#"{"schema": 1, "published": {"version": "1.0.0", "date": "2026-11-25"}, "changes": []}"#).unwrap();
    let html = render(Start::prerendered(Lang::En), content(&dir));
    let section = by_id(&html, "changes");
    assert!(!section.contains("data-change="));
    assert_eq!(text_of(by_id(section, "changes-summary")), tip_report::locale::cite::no_changes(Lang::En, "1.0.0", "2026-11-25"));
    // And without the file the folder is refused, naming it.
    std::fs::remove_file(dir.join("changes.json")).unwrap();
    let e = Dataset::load_dir(&dir).unwrap_err();
    assert!(e.contains("changes.json") && e.contains("docs/new-report.md"), "{e}");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn the_data_package_has_the_version_and_every_files_hash() {
    use sha2::{Digest, Sha256};
    let out = std::env::temp_dir().join(format!("cite-package-{}", std::process::id()));
    let status = std::process::Command::new(env!("CARGO_BIN_EXE_export-data")).arg(bundled_dir()).arg(&out).output().unwrap();
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let dir = out.join("data");
    let package: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("datapackage.json")).unwrap()).unwrap();
    let d = Dataset::load_dir(&bundled_dir()).unwrap();
    assert_eq!(package["version"], d.changes.version());
    let resources = package["resources"].as_array().unwrap();
    assert!(resources.iter().any(|r| r["path"] == "changes.json") && resources.iter().any(|r| r["path"] == "changes.schema.json"));
    for r in resources {
        let bytes = std::fs::read(dir.join(r["path"].as_str().unwrap())).unwrap();
        let hex: String = Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(r["hash"], format!("sha256:{hex}"), "{}", r["path"]);
        assert_eq!(r["bytes"], bytes.len());
    }
    // changes.json is published as it is, and fits its schema's fields.
    assert_eq!(std::fs::read(dir.join("changes.json")).unwrap(), std::fs::read(bundled_dir().join("changes.json")).unwrap());
    std::fs::remove_dir_all(&out).unwrap();
}
