//! Writes the report page of each language as finished HTML: the app's own
//! components rendered natively (Leptos `ssr`) into the page shell,
//! so a reader sees the whole report before any script runs, and the wasm
//! hydrates it. Refuses a malformed data file with the record and field.
//!
//! Usage: `prerender DATA_DIR SITE_DIR` (e.g. `public/data dist`): reads
//! `SITE_DIR/index.html` (the shell), writes `SITE_DIR/index.html` (Chinese)
//! and `SITE_DIR/en.html` (English), and each chart's embed page in each
//! language (`embed-tiers.html`, `embed-tiers-en.html` …); `embed.html`
//! (older embed links) learns the charts' ids, to send a link on to its
//! chart's page. Run by `make prerender`, on a copy of the shell that
//! `make shell` wrote (tools/shell.mjs).
//!
//! Each page's head gets its sharing tags (`presentation::share::tags`, from
//! `charts::pages`: description, Open Graph, Twitter card, the report
//! page's dataset as JSON-LD), and the site its `robots.txt`. With the
//! site's public address in `SITE_URL` (`make dist SITE_URL=https://…/`),
//! also what must be absolute: `og:url`, `og:image`, the canonical link,
//! the `hreflang` alternates and `sitemap.xml`. Without it those are left
//! out, the site stays relative, and one line on stderr says so. A bad
//! `SITE_URL` stops the build with what is wrong with it. A line on stderr
//! also lists the sections of the text without their English yet. Each
//! page's citation is written as BibTeX and CSL-JSON into `cite/`
//! (`presentation::cite`), its address absolute with `SITE_URL`, else relative to
//! the site and saying so.

#[cfg(test)]
#[path = "../../tests/common/mod.rs"]
mod common;

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use tip_report::core::{Lang, SiteUrl};
use tip_report::locale::{t, Key};
use tip_report::data::{self, text};
use tip_report::dataset::Dataset;
use tip_report::ui::page::Content;
use tip_report::ui::start::Start;
use tip_report::ui::{build_key, render, render_embed};
use tip_report::presentation::share::{self, head, SITEMAP};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, site] = args.as_slice() else {
        eprintln!("usage: prerender DATA_DIR SITE_DIR");
        return ExitCode::from(2);
    };
    let address = match SiteUrl::from_env_value(std::env::var("SITE_URL").ok().as_deref()) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("prerender: {e}");
            return ExitCode::FAILURE;
        }
    };
    match run(Path::new(data_dir), Path::new(site), address.as_ref()) {
        Ok(notes) => {
            for n in notes {
                eprintln!("prerender: {n}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

/// What the build says when it has no `SITE_URL` (once).
const NO_SITE_URL: &str = "SITE_URL is not set: the pages leave out og:url, og:image, the canonical and hreflang links, and no sitemap.xml is written (everything stays relative); set the site's public address with make dist SITE_URL=https://example.gov.tw/report/";

/// Writes the pages into `site`; returns what the build should be told.
fn run(data_dir: &Path, site: &Path, address: Option<&SiteUrl>) -> Result<Vec<String>, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let report_json = read(&data_dir.join("report.json"))?;
    let text_json = read(&data_dir.join("text.json"))?;
    let viewer_json = read(&data_dir.join("viewer.json"))?;
    let data = Dataset::load_files(data_dir, &report_json, &viewer_json)?;
    let text = text::load(&text_json).map_err(|e| format!("{}: {e}", data_dir.join("text.json").display()))?;
    let mut notes: Vec<String> = untranslated_note(&text).into_iter().collect();
    let pages = tip_report::charts::pages::all(&data, address);
    let head_of = |file: &str| -> Result<String, String> {
        pages.iter().find(|p| p.file == file).map(|p| head(p, address)).ok_or_else(|| format!("{file} is not among the site's pages (charts::pages::all)"))
    };
    let report = Content { data: Arc::new(data), text: Some(Arc::new(text)) };
    let fingerprint = data::fingerprint_of(&report_json, &viewer_json);
    let text_build = data::fingerprint(&text_json);
    let views = write_views(site, report.clone())?;
    let shell = read(&site.join("index.html"))?;
    let write = |file: &str, html: String| -> Result<(), String> {
        let out = site.join(file);
        std::fs::write(&out, &html).map_err(|e| format!("{}: {e}", out.display()))
    };
    for lang in Lang::ALL {
        let key = build_key(&fingerprint, lang);
        let build = Build { key: &key, text: &text_build, views: &views };
        let html = render(Start { site: address.cloned(), ..Start::prerendered(lang) }, report.clone());
        let main = page(&shell, lang, report.data.viewer.site.title.get(lang), &head_of(lang.page_file())?, &html, &build, true)?;
        println!("prerender: {} ({} KB)", lang.page_file(), main.len() / 1024);
        write(lang.page_file(), main)?;
        for chart in report.data.chart_ids() {
            let html = render_embed(Start { site: address.cloned(), ..Start::prerendered_embed(chart, lang) }, report.clone());
            let file = tip_report::presentation::embed::page_file(chart, lang);
            write(&file, page(&shell, lang, &tip_report::presentation::embed::page_title(&report.data, chart, lang), &head_of(&file)?, &html, &build, false)?)?;
        }
    }
    println!("prerender: {} embed pages", report.data.chart_ids().len() * Lang::ALL.len());
    let cited = write_citations(site, &report.data, address)?;
    println!("prerender: {cited} citations in {}/ (BibTeX and CSL-JSON)", tip_report::presentation::cite::FOLDER);
    remove_stale_embeds(site, &report.data)?;
    // Older embed links name the chart in the query: embed.html learns the
    // charts there are, and boot.js sends the link on.
    let ids: Vec<&str> = report.data.chart_ids().into_iter().map(|c| c.id()).collect();
    let legacy = read(&site.join("embed.html"))?;
    // Before boot.js's tag: boot.js runs as soon as it arrives, and reads it
    // at once.
    let charts = format!("<meta name=\"embed-charts\" content=\"{}\">", ids.join(","));
    let legacy = with_title(&legacy, report.data.viewer.site.title.get(Lang::Zh)).map_err(|e| format!("embed.html: {e}"))?;
    write("embed.html", at_app_meta(&legacy, |tag| format!("{charts}{tag}")).map_err(|e| format!("embed.html: {e}"))?)?;
    // The web app manifest copied beside the pages gets the site's names.
    let manifest = site.join("manifest.webmanifest");
    if manifest.exists() {
        write("manifest.webmanifest", web_manifest(&read(&manifest)?, &report.data.viewer.site).map_err(|e| format!("{}: {e}", manifest.display()))?)?;
    }
    // For crawlers: robots.txt always, the sitemap where its addresses can be absolute.
    write("robots.txt", share::robots(address))?;
    match address {
        Some(a) => {
            write(SITEMAP, share::sitemap(&pages, a))?;
            println!("prerender: {SITEMAP} ({} pages), robots.txt, for {}", pages.len(), a.as_str());
        }
        None => {
            // A sitemap of an earlier build with SITE_URL would name another address.
            let stale = site.join(SITEMAP);
            if stale.exists() {
                std::fs::remove_file(&stale).map_err(|e| format!("{}: {e}", stale.display()))?;
            }
            notes.push(NO_SITE_URL.to_string());
        }
    }
    Ok(notes)
}

/// What the build says of the sections of the text without their English
/// yet (`make import-text` leaves a new or changed section so): their
/// paths; nothing when every section has its English.
fn untranslated_note(text: &text::ReportText) -> Option<String> {
    let paths = text.untranslated();
    (!paths.is_empty()).then(|| {
        format!(
            "{} sections of text.json have no English yet; the English page shows their Chinese, marked \"{}\": {}",
            paths.len(),
            t(Lang::En, Key::NotYetTranslated),
            paths.join(", ")
        )
    })
}

/// The shell with the rendered app in `<div id="app">`, in `lang`, its
/// `<meta name="description">` replaced by the page's sharing tags
/// (`head`); on the report page (`report`), the notice for a reader
/// without JavaScript first.
/// What a page records of the build it belongs to, on its `<div id="app">`:
/// the report's fingerprint and the page's language (`data-build`), the
/// text's fingerprint (`data-text-build`: a search fetches the text) and
/// the charts' views folder (`data-views`).
struct Build<'a> {
    key: &'a str,
    text: &'a str,
    views: &'a str,
}

fn page(shell: &str, lang: Lang, title: &str, head: &str, app: &str, build: &Build, report: bool) -> Result<String, String> {
    // The shell's own <noscript> (for the bare shell) gives way to ours.
    let shell = match (shell.find("<noscript>"), shell.find("</noscript>")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", shell[..a].trim_end(), &shell[b + "</noscript>".len()..]),
        _ => shell.to_string(),
    };
    let start = shell.find("<div id=\"app\">").ok_or("the shell has no <div id=\"app\">")?;
    let end = start + shell[start..].find("</div>").ok_or("<div id=\"app\"> is not closed")? + "</div>".len();
    // Without JavaScript the report is whole; only the controls need it, and
    // the notice at the top says so. An embedded chart is whole as it is.
    let notice = if report { format!("<noscript><div class=\"notice notice-info noscript-notice\"><p class=\"wrap\">{}</p></div></noscript>", t(lang, Key::NoScriptNote)) } else { String::new() };
    // No white space before the app's first node: hydration walks the DOM.
    let mut out = format!("{}{notice}<div id=\"app\" data-build=\"{}\" data-text-build=\"{}\" data-views=\"{}\">{app}</div>{}", &shell[..start], build.key, build.text, build.views, &shell[end..]);
    out = out.replacen("<html lang=\"zh-Hant\">", &format!("<html lang=\"{}\">", lang.html_lang()), 1);
    out = with_title(&out, title)?;
    let description = out.find("<meta name=\"description\"").ok_or("the shell has no <meta name=\"description\">")?;
    let description_end = description + out[description..].find('>').ok_or("the shell's <meta name=\"description\"> is not closed")? + 1;
    out.replace_range(description..description_end, head.trim());
    // boot.js fetches the data beside the wasm: where it is.
    out = at_app_meta(&out, |tag| format!("{tag} data-report=\"{}\"", tip_report::ui::DATA_URL))?;
    // The chart library loads when a chart first goes live, not with the page.
    out = defer_echarts(&out)?;
    Ok(out)
}

/// Writes each page's citation as BibTeX and CSL-JSON into `cite/`
/// (`presentation::cite`), the folder written anew; returns how many.
fn write_citations(site: &Path, data: &Dataset, address: Option<&SiteUrl>) -> Result<usize, String> {
    use tip_report::presentation::cite;
    let dir = site.join(cite::FOLDER);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let all = cite::all(data, address);
    for c in &all {
        for (format, body) in [("bib", c.bibtex()), ("json", c.csl_json())] {
            let out = site.join(c.file(format));
            std::fs::write(&out, body).map_err(|e| format!("{}: {e}", out.display()))?;
        }
    }
    Ok(all.len())
}

/// Removes the embed pages of charts the data no longer has (an earlier
/// build's, with their compressed copies), so that no page links to a
/// chart that is gone.
fn remove_stale_embeds(site: &Path, data: &Dataset) -> Result<(), String> {
    let current: Vec<String> = data.chart_ids().into_iter().flat_map(|c| Lang::ALL.map(move |l| tip_report::presentation::embed::page_file(c, l))).collect();
    let entries = std::fs::read_dir(site).map_err(|e| format!("{}: {e}", site.display()))?;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let page = name.trim_end_matches(".br").trim_end_matches(".gz");
        if tip_report::presentation::embed::from_page_file(page).is_some() && !current.iter().any(|c| c == page) {
            std::fs::remove_file(entry.path()).map_err(|e| format!("{}: {e}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// The page with its `<title>` set.
fn with_title(html: &str, title: &str) -> Result<String, String> {
    let start = html.find("<title>").ok_or("the shell has no <title>")?;
    let end = html.find("</title>").ok_or("the shell's <title> is not closed")?;
    let mut out = html.to_string();
    out.replace_range(start..end + "</title>".len(), &format!("<title>{}</title>", escape(title)));
    Ok(out)
}

/// The web app manifest with the site's names (`viewer.json`): its name in
/// both languages, the short name under the icon, the subtitle as its
/// description.
fn web_manifest(json: &str, site: &tip_report::data::viewer::Site) -> Result<String, String> {
    let mut m: serde_json::Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
    let fields = m.as_object_mut().ok_or("not a JSON object")?;
    fields.insert("name".into(), format!("{} · {}", site.title.zh, site.title.en).into());
    fields.insert("short_name".into(), site.short_name.clone().into());
    fields.insert("description".into(), format!("{} {}", site.subtitle.zh, site.subtitle.en).into());
    let mut out = serde_json::to_string_pretty(&m).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

/// Writes the charts' views (`charts::views`) into their folder under
/// `site`, named by their hash, and removes the folders of other builds;
/// returns the folder, relative to the site (`views/<hash>/`).
fn write_views(site: &Path, report: Content) -> Result<String, String> {
    let files = tip_report::ui::chart_views(report);
    let folder = tip_report::charts::views::folder(&files);
    let root = site.join("views");
    if root.exists() {
        for entry in std::fs::read_dir(&root).map_err(|e| format!("{}: {e}", root.display()))? {
            let path = entry.map_err(|e| format!("{}: {e}", root.display()))?.path();
            if !path.ends_with(folder.trim_start_matches("views/").trim_end_matches('/')) {
                let removed = if path.is_dir() { std::fs::remove_dir_all(&path) } else { std::fs::remove_file(&path) };
                removed.map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
    }
    let dir = site.join(&folder);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let bytes: usize = files.iter().map(|(_, body)| body.len()).sum();
    for (name, body) in &files {
        std::fs::write(dir.join(name), body).map_err(|e| format!("{}: {e}", dir.join(name).display()))?;
    }
    println!("prerender: {} chart views in {folder} ({} KB)", files.len(), bytes / 1024);
    Ok(folder)
}

/// `html` with the start of its `<meta name="app"` (what boot.js reads)
/// replaced by `with(start)`.
fn at_app_meta(html: &str, with: impl FnOnce(&str) -> String) -> Result<String, String> {
    let tag = "<meta name=\"app\"";
    if !html.contains(tag) {
        return Err("the shell has no <meta name=\"app\">".into());
    }
    Ok(html.replacen(tag, &with(tag), 1))
}

/// Text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Replaces the shell's `<script src="./echarts.min-….js" …>` with a
/// `<meta name="echarts">` naming it (and its integrity hash), which the
/// app reads when a chart first goes live.
fn defer_echarts(html: &str) -> Result<String, String> {
    let at = html.find("echarts.min").ok_or("the shell does not load ECharts")?;
    let start = html[..at].rfind("<script").ok_or("the ECharts tag is not a <script>")?;
    let end = at + html[at..].find("</script>").ok_or("the ECharts <script> is not closed")? + "</script>".len();
    let tag = &html[start..end];
    let attr = |name: &str| -> Option<&str> {
        let from = tag.find(&format!("{name}=\""))? + name.len() + 2;
        Some(&tag[from..from + tag[from..].find('"')?])
    };
    let src = attr("src").ok_or("the ECharts <script> has no src")?;
    let integrity = attr("integrity").map(|i| format!(" data-integrity=\"{i}\"")).unwrap_or_default();
    Ok(format!("{}<meta name=\"echarts\" data-src=\"{src}\"{integrity}>{}", &html[..start], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A shell with what `page` needs of it (tools/shell.mjs writes the real one).
    const SHELL: &str = r#"<!doctype html>
<html lang="zh-Hant">
<head>
  <meta charset="utf-8">
  <title>shell</title>
  <meta name="description" content="the shell's own">
  <meta name="app" data-js="./viewer-0.js" data-wasm="./viewer-0_bg.wasm">
  <script src="./echarts.min-0.js" defer integrity="sha384-abc"></script>
</head>
<body>
  <div id="app">
    <p>loading</p>
  </div>
</body>
</html>
"#;

    /// The data folder the site is built from: the fictional report's
    /// (what is checked here holds for any report; the 2014 report's pages
    /// are kept by tests/report_2014.rs).
    fn data_dir() -> std::path::PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join(common::FICTIONAL.dir)
    }

    /// The site prerender writes from the fictional report's data into a
    /// temporary folder, with `address` as SITE_URL: the folder and what
    /// the build said.
    fn build(name: &str, address: Option<&SiteUrl>) -> (std::path::PathBuf, Vec<String>) {
        let dir = std::env::temp_dir().join(format!("prerender-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join("index.html"), SHELL).unwrap();
        std::fs::write(dir.join("embed.html"), SHELL).unwrap();
        std::fs::copy(Path::new(env!("CARGO_MANIFEST_DIR")).join("public/manifest.webmanifest"), dir.join("manifest.webmanifest")).unwrap();
        // A sitemap of an earlier build, which a build without SITE_URL removes.
        std::fs::write(dir.join(SITEMAP), "<urlset/>").unwrap();
        // The embed pages of a chart an earlier build's data had.
        std::fs::write(dir.join("embed-pie-en.html"), SHELL).unwrap();
        std::fs::write(dir.join("embed-pie.html.br"), "").unwrap();
        let notes = run(&data_dir(), &dir, address).unwrap();
        (dir, notes)
    }

    fn pages(dir: &Path) -> Vec<(String, String)> {
        let mut out: Vec<(String, String)> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|f| f.ends_with(".html") && f != "embed.html")
            .map(|f| (f.clone(), std::fs::read_to_string(dir.join(&f)).unwrap()))
            .collect();
        out.sort();
        out
    }

    /// The page's head, up to `</head>`.
    fn head_of(html: &str) -> &str {
        &html[..html.find("</head>").unwrap()]
    }

    /// The JSON of the head's `application/ld+json` block, if any.
    fn json_ld(html: &str) -> Option<serde_json::Value> {
        let open = "<script type=\"application/ld+json\">";
        let start = head_of(html).find(open)? + open.len();
        Some(serde_json::from_str(&html[start..start + html[start..].find("</script>")?]).expect("the JSON-LD parses"))
    }

    /// The `content` of `<meta property|name="key">` in the head.
    fn meta<'a>(html: &'a str, key: &str) -> Option<&'a str> {
        let head = head_of(html);
        let at = head.find(&format!("=\"{key}\" content=\""))? + key.len() + 13;
        Some(&head[at..at + head[at..].find('"')?])
    }

    #[test]
    fn without_site_url_the_pages_stay_relative_and_the_build_says_so_once() {
        let (dir, notes) = build("relative", None);
        assert_eq!(notes, [NO_SITE_URL], "one line, once");
        assert!(!dir.join(SITEMAP).exists(), "no sitemap without absolute addresses (and the stale one is gone)");
        assert!(!dir.join("embed-pie-en.html").exists() && !dir.join("embed-pie.html.br").exists(), "a chart no longer in the data has no page");
        assert!(dir.join("embed-tiers-en.html").exists() && dir.join("embed.html").exists());
        let robots = std::fs::read_to_string(dir.join("robots.txt")).unwrap();
        assert!(!robots.contains("Sitemap:"), "{robots}");
        // The manifest and the older embed page are named from the data.
        let site = tip_report::dataset::Dataset::load_dir(&data_dir()).unwrap().viewer.site;
        let manifest: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(dir.join("manifest.webmanifest")).unwrap()).unwrap();
        assert_eq!(manifest["name"], format!("{} · {}", site.title.zh, site.title.en));
        assert_eq!(manifest["short_name"], site.short_name);
        assert_eq!(manifest["start_url"], "./", "the template's own fields are kept");
        let legacy = std::fs::read_to_string(dir.join("embed.html")).unwrap();
        assert!(legacy.contains(&format!("<title>{}</title>", site.title.zh)), "embed.html's title");
        let pages = pages(&dir);
        assert_eq!(pages.len(), 2 + 2 * tip_report::dataset::Dataset::load_dir(&data_dir()).unwrap().chart_ids().len());
        for (file, html) in &pages {
            let head = head_of(html);
            // Outside the dataset's block (whose licence is another site's address), nothing absolute.
            let without_ld = match head.find("<script type=\"application/ld+json\">") {
                Some(at) => &head[..at],
                None => head,
            };
            assert!(!without_ld.contains("http"), "{file}: an absolute URL in\n{without_ld}");
            for gone in ["og:url", "og:image", "rel=\"canonical\"", "hreflang"] {
                assert!(!head.contains(gone), "{file}: {gone}");
            }
            assert!(!head.contains("the shell's own"), "{file}: the shell's description is replaced");
            assert_eq!(head.matches("<meta name=\"description\"").count(), 1, "{file}");
            for kept in ["og:title", "og:description", "og:site_name", "og:type", "og:locale", "og:locale:alternate", "twitter:card"] {
                assert!(meta(html, kept).is_some_and(|c| !c.is_empty()), "{file}: no {kept}");
            }
            assert_eq!(meta(html, "description"), meta(html, "og:description"), "{file}");
        }
        let index = &pages.iter().find(|(f, _)| f == "index.html").unwrap().1;
        let ld = json_ld(index).expect("the report page has its dataset");
        let files: Vec<String> = tip_report::dataset::package::files().into_iter().chain([tip_report::dataset::package::FILE]).map(|f| format!("data/{f}")).collect();
        assert_eq!(tip_report::dataset::jsonld::content_urls(&ld), files, "relative: each a file export-data writes");
        assert!(json_ld(&pages.iter().find(|(f, _)| f == "embed-tiers.html").unwrap().1).is_none(), "the dataset is on the report page");
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn with_site_url_what_must_be_absolute_is_and_the_sitemap_lists_every_page() {
        let site = SiteUrl::parse("https://example.gov.tw/report").unwrap();
        let (dir, notes) = build("absolute", Some(&site));
        assert!(notes.is_empty(), "silent: {notes:?}");
        let robots = std::fs::read_to_string(dir.join("robots.txt")).unwrap();
        assert!(robots.lines().any(|l| l == "Sitemap: https://example.gov.tw/report/sitemap.xml"), "{robots}");
        let pages = pages(&dir);
        let sitemap = std::fs::read_to_string(dir.join(SITEMAP)).unwrap();
        let doc = roxmltree::Document::parse(&sitemap).expect("sitemap.xml is well-formed");
        const NS: &str = "http://www.sitemaps.org/schemas/sitemap/0.9";
        const XHTML: &str = "http://www.w3.org/1999/xhtml";
        let root = doc.root_element();
        assert!(root.has_tag_name((NS, "urlset")));
        let urls: Vec<_> = root.children().filter(|n| n.has_tag_name((NS, "url"))).collect();
        assert_eq!(urls.len(), pages.len(), "one <url> a page");
        for (file, html) in &pages {
            let own = if file == "index.html" { site.join("./") } else { site.join(file) };
            assert!(head_of(html).contains(&format!("<link rel=\"canonical\" href=\"{own}\">")), "{file}");
            assert_eq!(meta(html, "og:url"), Some(own.as_str()), "{file}");
            let image = meta(html, "og:image").unwrap_or_else(|| panic!("{file}: no og:image"));
            assert!(image.starts_with("https://example.gov.tw/report/cards/") && image.ends_with(".png"), "{file}: {image}");
            assert_eq!(meta(html, "og:image:width"), Some("1200"));
            assert_eq!(meta(html, "og:image:height"), Some("630"));
            assert!(meta(html, "og:image:alt").is_some_and(|a| a.len() > 10), "{file}");
            assert_eq!(meta(html, "twitter:card"), Some("summary_large_image"));
            for hreflang in ["zh-Hant", "en", "x-default"] {
                assert!(head_of(html).contains(&format!("hreflang=\"{hreflang}\" href=\"https://example.gov.tw/report/")), "{file}: {hreflang}");
            }
            // The page in the sitemap, with its alternates: both languages and the default.
            let url = urls
                .iter()
                .find(|u| u.children().any(|c| c.has_tag_name((NS, "loc")) && c.text() == Some(own.as_str())))
                .unwrap_or_else(|| panic!("{own} is not in the sitemap"));
            let alternates: Vec<(&str, &str)> = url
                .children()
                .filter(|c| c.has_tag_name((XHTML, "link")))
                .map(|c| (c.attribute("hreflang").unwrap(), c.attribute("href").unwrap()))
                .collect();
            assert_eq!(alternates.iter().map(|a| a.0).collect::<Vec<_>>(), ["zh-Hant", "en", "x-default"], "{file}");
            assert!(alternates.iter().any(|a| a.1 == own), "{file}: itself among its alternates");
            for (_, href) in &alternates {
                let name = href.strip_prefix(site.as_str()).unwrap();
                let name = if name.is_empty() { "index.html" } else { name };
                assert!(dir.join(name).is_file(), "{file}: its alternate {href} is a page the build wrote");
            }
        }
        let index = &pages.iter().find(|(f, _)| f == "index.html").unwrap().1;
        for url in tip_report::dataset::jsonld::content_urls(&json_ld(index).unwrap()) {
            assert!(url.starts_with("https://example.gov.tw/report/data/"), "{url}");
        }
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn the_chart_library_is_named_not_loaded() {
        let shell = r#"<head><script src="./echarts.min-6798269462dc1ae.js" defer integrity="sha384-abc"></script><script src="./boot.js" type="module"></script></head>"#;
        assert_eq!(
            defer_echarts(shell).unwrap(),
            r#"<head><meta name="echarts" data-src="./echarts.min-6798269462dc1ae.js" data-integrity="sha384-abc"><script src="./boot.js" type="module"></script></head>"#
        );
        assert!(defer_echarts("<head></head>").is_err());
    }

    #[test]
    fn the_build_lists_the_sections_without_english() {
        let mut text = common::FICTIONAL.text();
        assert_eq!(untranslated_note(&text), None, "every section has its English");
        for path in ["壹", "貳、一"] {
            let s = text.sections.iter_mut().find(|s| s.path == path).unwrap();
            s.title.iter_mut().for_each(|t| t.en = None);
            for b in &mut s.blocks {
                if let text::Block::Paragraph(p) = b {
                    p.en = None;
                }
            }
        }
        let note = untranslated_note(&text).unwrap();
        assert!(note.starts_with("2 sections of text.json have no English yet"), "{note}");
        assert!(note.ends_with(": 壹, 貳、一"), "{note}");
    }
}
