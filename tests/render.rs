//! The pages as the build prerenders them (`bin/prerender`): the report page
//! in each language and every chart's embed page, rendered natively to HTML
//! from the shipped data and read back with a small scanner, for what a
//! reader without JavaScript gets: every part with its heading, each chart
//! as an image with its text alternative, all the activities and the whole
//! text; ids unique and every in-page link and ARIA reference landing on
//! one; nothing a strict Content-Security-Policy blocks (inline styles,
//! scripts, handlers).
//!
//! What holds for any report is checked on the pages of both reports the
//! tests run on (`tests/common`): the fictional one (2019, five charts, no
//! KPI table, no agreements) and the bundled 2014 one.

mod common;

use std::collections::HashSet;
use std::sync::Arc;

use tip_report::core::{ChartId, Lang};
use tip_report::locale::{t, Key};
use tip_report::data::text::{self, ReportText};
use tip_report::presentation::Selection;
use tip_report::presentation::filter::activity_positions;
use tip_report::charts::{build, svg, ChartEnv};
use tip_report::ui::page::Content;
use tip_report::ui::start::Start;
use tip_report::ui::{render, render_embed};

// --- A small HTML scanner --------------------------------------------------
// Enough for the markup Leptos writes: elements with quoted or bare
// attributes, comments and hydration markers (`<!>`), void elements.
// Closing tags must match what is open: a stray or missing one fails.

struct Element {
    name: String,
    attrs: Vec<(String, String)>,
    /// Byte offsets of the start tag's `<` and just after the end tag.
    start: usize,
    end: usize,
}

impl Element {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }
    fn has_class(&self, class: &str) -> bool {
        self.attr("class").is_some_and(|c| c.split_whitespace().any(|c| c == class))
    }
}

struct Doc {
    name: String,
    html: String,
    elements: Vec<Element>,
    /// Where the markup is (tags, comments, markers), in order: the text is
    /// what lies between.
    markup: Vec<(usize, usize)>,
}

const VOID: [&str; 13] = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

/// `&amp;`, `&lt;`, `&#39;` … as the text they stand for.
fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let Some(end) = rest.find(';').filter(|e| *e < 10) else {
            out.push('&');
            rest = &rest[1..];
            continue;
        };
        let entity = &rest[1..end];
        let c = match entity {
            "amp" => Some('&'),
            "lt" => Some('<'),
            "gt" => Some('>'),
            "quot" => Some('"'),
            "apos" => Some('\''),
            "nbsp" => Some('\u{a0}'),
            _ if entity.starts_with("#x") || entity.starts_with("#X") => u32::from_str_radix(&entity[2..], 16).ok().and_then(char::from_u32),
            _ if entity.starts_with('#') => entity[1..].parse().ok().and_then(char::from_u32),
            _ => None,
        };
        match c {
            Some(c) => {
                out.push(c);
                rest = &rest[end + 1..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// A URL's `%E8%B2%B3` as the text it encodes (the browser matches a
/// fragment to an id decoded).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        let hex = |b: u8| (b as char).to_digit(16);
        match (bytes[i], bytes.get(i + 1).and_then(|b| hex(*b)), bytes.get(i + 2).and_then(|b| hex(*b))) {
            (b'%', Some(h), Some(l)) => {
                out.push((h * 16 + l) as u8);
                i += 3;
            }
            (b, _, _) => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| panic!("{s} is not UTF-8 percent-encoded"))
}

fn parse(name: &str, html: String) -> Doc {
    let mut elements: Vec<Element> = Vec::new();
    let mut open: Vec<usize> = Vec::new();
    let mut markup = Vec::new();
    let b = html.as_bytes();
    let context = |at: usize| html[at..].chars().take(80).collect::<String>();
    let mut i = 0;
    while let Some(lt) = html[i..].find('<').map(|p| p + i) {
        let rest = &html[lt..];
        if rest.starts_with("<!--") {
            i = lt + rest.find("-->").unwrap_or_else(|| panic!("{name}: a comment is not closed: {}", context(lt))) + 3;
            markup.push((lt, i));
        } else if rest.starts_with("<!") {
            i = lt + rest.find('>').unwrap() + 1;
            markup.push((lt, i));
        } else if let Some(close) = rest.strip_prefix("</") {
            let end = close.find('>').unwrap_or_else(|| panic!("{name}: an end tag is not closed: {}", context(lt)));
            let tag = close[..end].trim().to_ascii_lowercase();
            let Some(top) = open.pop() else { panic!("{name}: </{tag}> closes nothing: {}", context(lt)) };
            assert_eq!(elements[top].name, tag, "{name}: </{tag}> closes <{}>: {}", elements[top].name, context(lt));
            i = lt + 2 + end + 1;
            elements[top].end = i;
            markup.push((lt, i));
        } else if b.get(lt + 1).is_some_and(u8::is_ascii_alphabetic) {
            // A start tag: its name, then attributes up to `>`.
            let mut j = lt + 1;
            while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-') {
                j += 1;
            }
            let tag = html[lt + 1..j].to_ascii_lowercase();
            let mut attrs = Vec::new();
            loop {
                while b[j].is_ascii_whitespace() {
                    j += 1;
                }
                if b[j] == b'>' {
                    j += 1;
                    break;
                }
                if html[j..].starts_with("/>") {
                    j += 2;
                    break;
                }
                let from = j;
                while !(b[j].is_ascii_whitespace() || b[j] == b'=' || b[j] == b'>' || html[j..].starts_with("/>")) {
                    j += 1;
                }
                let attr = html[from..j].to_ascii_lowercase();
                assert!(!attr.is_empty(), "{name}: a malformed tag: {}", context(lt));
                let mut value = String::new();
                if b[j] == b'=' {
                    j += 1;
                    if b[j] == b'"' || b[j] == b'\'' {
                        let quote = b[j] as char;
                        let end = html[j + 1..].find(quote).unwrap_or_else(|| panic!("{name}: an attribute is not closed: {}", context(lt)));
                        value = unescape(&html[j + 1..j + 1 + end]);
                        j += end + 2;
                    } else {
                        let from = j;
                        while !(b[j].is_ascii_whitespace() || b[j] == b'>') {
                            j += 1;
                        }
                        value = unescape(&html[from..j]);
                    }
                }
                assert!(!attrs.iter().any(|(n, _)| *n == attr), "{name}: <{tag}> has {attr} twice: {}", context(lt));
                attrs.push((attr, value));
            }
            markup.push((lt, j));
            let void = VOID.contains(&tag.as_str());
            elements.push(Element { name: tag.clone(), attrs, start: lt, end: j });
            if !void {
                open.push(elements.len() - 1);
            }
            // No element whose content is not markup is expected but a
            // JSON data block (`<script>` and `<style>` are refused below):
            // their text is skipped.
            if tag == "script" || tag == "style" {
                j += html[j..].find(&format!("</{tag}")).unwrap_or(html.len() - j);
            }
            i = j;
        } else {
            i = lt + 1;
        }
    }
    let unclosed: Vec<&str> = open.iter().map(|e| elements[*e].name.as_str()).collect();
    assert!(unclosed.is_empty(), "{name}: elements never closed: {unclosed:?}");
    Doc { name: name.to_string(), html, elements, markup }
}

impl Doc {
    fn all<'a>(&'a self, pick: impl Fn(&Element) -> bool + 'a) -> impl Iterator<Item = &'a Element> + 'a {
        self.elements.iter().filter(move |e| pick(e))
    }

    fn by_id(&self, id: &str) -> &Element {
        let found: Vec<&Element> = self.elements.iter().filter(|e| e.attr("id") == Some(id)).collect();
        assert_eq!(found.len(), 1, "{}: #{id} is there {} times", self.name, found.len());
        found[0]
    }

    /// The elements inside `outer`, in document order.
    fn within<'a>(&'a self, outer: &'a Element, pick: impl Fn(&Element) -> bool + 'a) -> impl Iterator<Item = &'a Element> + 'a {
        self.all(move |e| e.start > outer.start && e.end <= outer.end && pick(e))
    }

    /// An element's text, as a reader sees it (tags and comments left
    /// out, white space collapsed).
    fn text(&self, e: &Element) -> String {
        let mut out = String::new();
        let mut at = e.start;
        for &(from, to) in self.markup.iter().filter(|(from, _)| *from >= e.start && *from < e.end) {
            out.push_str(&self.html[at..from]);
            at = to;
        }
        out.push_str(&self.html[at..e.end]);
        unescape(&out).split_whitespace().collect::<Vec<_>>().join(" ")
    }
}

// --- What every page must be ------------------------------------------------

/// Ids once each; every in-page link (`#…`, or this page's own address
/// with a fragment) and every ARIA or label reference finds its element;
/// no inline style, script or handler.
fn check_page(doc: &Doc, own_address: &str) {
    let mut seen = HashSet::new();
    let twice: Vec<&str> = doc.all(|e| e.attr("id").is_some()).map(|e| e.attr("id").unwrap()).filter(|id| !seen.insert(*id)).collect();
    assert!(twice.is_empty(), "{}: ids used more than once: {twice:?}", doc.name);
    assert!(!seen.contains(""), "{}: an empty id", doc.name);

    let mut dangling = Vec::new();
    for e in doc.all(|e| e.attr("href").is_some()) {
        let href = e.attr("href").unwrap();
        let fragment = href.strip_prefix('#').or_else(|| href.strip_prefix(&format!("{own_address}#")));
        if let Some(fragment) = fragment {
            let target = percent_decode(fragment);
            if !seen.contains(target.as_str()) {
                dangling.push(format!("<{} href=\"{href}\">", e.name));
            }
        }
    }
    for attr in ["aria-labelledby", "aria-describedby", "aria-controls", "for"] {
        for e in doc.all(|e| e.attr(attr).is_some()) {
            for id in e.attr(attr).unwrap().split_whitespace() {
                if !seen.contains(id) {
                    dangling.push(format!("<{} {attr}=\"{id}\">", e.name));
                }
            }
        }
    }
    assert!(dangling.is_empty(), "{}: references to no element of the page:\n{}", doc.name, dangling.join("\n"));

    // A strict Content-Security-Policy (no 'unsafe-inline') blocks these.
    let inline: Vec<String> = doc
        .elements
        .iter()
        .flat_map(|e| {
            // A JSON data block (a chart's steps) is data, not script: the CSP lets it be.
            let data_block = e.name == "script" && e.attrs.iter().any(|(n, v)| n == "type" && v == "application/json");
            let element = (["script", "style"].contains(&e.name.as_str()) && !data_block).then(|| format!("<{}>", e.name));
            let attrs = e
                .attrs
                .iter()
                .filter(|(n, v)| n == "style" || n.starts_with("on") || v.trim_start().to_ascii_lowercase().starts_with("javascript:"))
                .map(|(n, _)| format!("<{} {n}=…>", e.name));
            element.into_iter().chain(attrs)
        })
        .collect();
    assert!(inline.is_empty(), "{}: inline styles or scripts, refused under the site's CSP: {inline:?}", doc.name);
}

/// A chart's section: its heading, its image (the SVG the build draws) and
/// the text alternative of the chart.
fn check_chart(doc: &Doc, report: &Content, id: ChartId, lang: Lang, heading: &str) {
    let section = doc.by_id(&id.anchor());
    let name = &doc.name;
    assert!(section.name == "section" && section.has_class("chart-section"), "{name}: #{} is a <{}>", id.anchor(), section.name);
    let title = doc.by_id(&format!("{}-title", id.id()));
    assert!(title.start > section.start && title.end <= section.end, "{name}: {id:?}'s title is outside its section");
    assert_eq!(title.name, heading, "{name}: {id:?}'s title");
    assert_eq!(doc.text(title), report.data.chart_title(id, lang), "{name}: {id:?}'s title");
    assert_eq!(section.attr("aria-labelledby"), title.attr("id"), "{name}: {id:?}'s section is not named by its title");

    let images: Vec<&Element> = doc.within(section, |e| e.attr("role") == Some("img")).collect();
    assert_eq!(images.len(), 1, "{name}: {id:?} has {} role=\"img\" elements", images.len());
    let built = build(id, &report.data, &Selection::default(), ChartEnv { lang, dark: false, animate: false });
    // Named by the visible summary, which a screen reader then skips: the
    // summary is heard once.
    assert_eq!(images[0].attr("aria-label"), None, "{name}: {id:?} has its text alternative twice");
    let summary = doc.by_id(images[0].attr("aria-labelledby").unwrap_or_else(|| panic!("{name}: {id:?} has no text alternative")));
    assert!(summary.start > section.start && summary.end <= section.end, "{name}: {id:?}'s summary is outside its section");
    assert!(summary.has_class("chart-summary") && summary.attr("aria-hidden") == Some("true"), "{name}: {id:?}'s summary is read twice");
    assert!(!built.summary.trim().is_empty(), "{name}: {id:?} has no summary");
    assert_eq!(doc.text(summary), built.summary, "{name}: {id:?}'s text alternative is not its summary");

    let img: Vec<&Element> = doc.within(images[0], |e| e.name == "img").collect();
    assert_eq!(img.len(), 1, "{name}: {id:?} has {} <img>", img.len());
    assert_eq!(img[0].attr("src"), Some(svg::path(id, lang, false).as_str()), "{name}: {id:?}'s image");
    assert_eq!(img[0].attr("alt"), Some(""), "{name}: {id:?}'s image repeats its text alternative");
    let dark: Vec<&str> = doc.within(images[0], |e| e.name == "source").filter_map(|e| e.attr("srcset")).collect();
    assert!(dark.contains(&svg::path(id, lang, true).as_str()), "{name}: {id:?} has no dark image: {dark:?}");
}

// --- The pages --------------------------------------------------------------

struct Pages {
    report: Content,
    text: Arc<ReportText>,
    /// The report page of each language, as `Lang::ALL`.
    report_pages: Vec<(Lang, Doc)>,
    /// Every chart's embed page in each language.
    embeds: Vec<(ChartId, Lang, String, Doc)>,
}

/// The pages of a data folder, from the data as bin/prerender loads it.
fn render_pages(source: &common::Source) -> Pages {
    let report = Content { data: Arc::new(source.dataset()), text: Some(Arc::new(source.text())) };
    let text = report.text.clone().unwrap();
    let report_pages = Lang::ALL.into_iter().map(|lang| (lang, parse(lang.page_file(), render(Start::prerendered(lang), report.clone())))).collect();
    let embeds = Lang::ALL
        .into_iter()
        .flat_map(|lang| report.data.chart_ids().into_iter().map(move |id| (id, lang)))
        .map(|(id, lang)| {
            let start = Start::prerendered_embed(id, lang);
            let own = start.page.clone();
            (id, lang, own, parse(&tip_report::presentation::embed::page_file(id, lang), render_embed(start, report.clone())))
        })
        .collect();
    Pages { report, text, report_pages, embeds }
}

/// The bundled 2014 report's pages, rendered once for all the tests.
fn pages() -> &'static Pages {
    static PAGES: std::sync::OnceLock<Pages> = std::sync::OnceLock::new();
    PAGES.get_or_init(|| render_pages(&common::BUNDLED))
}

/// The fictional report's pages, rendered once for all the tests.
fn fictional_pages() -> &'static Pages {
    static PAGES: std::sync::OnceLock<Pages> = std::sync::OnceLock::new();
    PAGES.get_or_init(|| render_pages(&common::FICTIONAL))
}

/// The pages of both reports: what holds for any report is checked on each.
fn all_pages() -> [&'static Pages; 2] {
    [fictional_pages(), pages()]
}

#[test]
fn every_page_has_unique_ids_links_that_land_and_nothing_a_strict_csp_blocks() {
    for p in all_pages() {
        for (lang, doc) in &p.report_pages {
            check_page(doc, lang.page());
        }
        for (_, lang, own, doc) in &p.embeds {
            check_page(doc, own);
            // Links into the full report (the footer, the sources) land there.
            let full = &p.report_pages.iter().find(|(l, _)| l == lang).unwrap().1;
            let ids: HashSet<&str> = full.all(|e| e.attr("id").is_some()).map(|e| e.attr("id").unwrap()).collect();
            let into_full: Vec<&str> = doc.all(|e| e.attr("href").is_some_and(|h| h.starts_with(&format!("{}#", lang.page())))).map(|e| e.attr("href").unwrap()).collect();
            assert!(into_full.len() >= 2, "{}: no links into the full report", doc.name);
            for href in into_full {
                let fragment = percent_decode(href.split_once('#').unwrap().1);
                assert!(ids.contains(fragment.as_str()), "{}: {href} leads nowhere in {}", doc.name, full.name);
            }
        }
        assert_eq!(p.embeds.len(), p.report.data.chart_ids().len() * Lang::ALL.len());
    }
}

#[test]
fn the_report_page_has_every_part_in_order_with_its_heading_in_its_language() {
    for p in all_pages() {
        for (lang, doc) in &p.report_pages {
            let (lang, name) = (*lang, &doc.name);
            // The header, with the site's title in the page's language and the
            // way to the other language.
            let headers: Vec<&Element> = doc.all(|e| e.name == "header").collect();
            assert_eq!(headers.len(), 1, "{name}: {} headers", headers.len());
            let h1: Vec<&Element> = doc.all(|e| e.name == "h1").collect();
            assert_eq!(h1.len(), 1, "{name}: {} h1", h1.len());
            assert!(h1[0].start > headers[0].start && h1[0].end <= headers[0].end, "{name}: the h1 is outside the header");
            assert_eq!(doc.text(h1[0]), p.report.data.viewer.site.title.get(lang), "{name}: the site's title");
            let switch = doc.by_id("lang-switch");
            assert_eq!(switch.attr("hreflang"), Some(lang.other().html_lang()), "{name}: the language switch");
            assert_eq!(switch.attr("href").map(|h| h.split(['?', '#']).next().unwrap()), Some(lang.other().page()), "{name}: the language switch");
            let main = doc.by_id("main");
            assert_eq!(main.name, "main");
            assert!(main.start >= headers[0].end, "{name}: <main> before the header");

            // The parts, in the page's order, each with its heading.
            let part = |id: Option<&str>, heading: &str, key: Key| -> usize {
                let section = doc.all(|e| e.attr("aria-labelledby") == Some(heading)).next().unwrap_or_else(|| panic!("{name}: no part named by #{heading}"));
                assert_eq!((section.name.as_str(), section.attr("id")), ("section", id), "{name}: the part named by #{heading}");
                assert!(section.start > main.start && section.end <= main.end, "{name}: #{heading}'s part is outside <main>");
                let h = doc.by_id(heading);
                assert!(h.name == "h2" && h.start > section.start && h.end <= section.end, "{name}: #{heading} is not its part's h2");
                assert_eq!(doc.text(h), t(lang, key), "{name}: #{heading}");
                section.start
            };
            let main_points_at = part(Some("main-points"), "main-points-title", Key::MainPointsTitle);
            let contents = doc.by_id("contents");
            assert_eq!(contents.name, "nav", "{name}: the contents");
            assert_eq!(doc.text(doc.by_id("contents-title")), t(lang, Key::ContentsTitle), "{name}: the contents' heading");
            let charts_heading = doc.all(|e| e.name == "h2" && e.has_class("section-title")).next().unwrap_or_else(|| panic!("{name}: no charts heading"));
            assert_eq!(doc.text(charts_heading), t(lang, Key::ChartsTitle), "{name}: the charts' heading");
            let charts_at: Vec<usize> = p.report.data.chart_ids().iter().map(|id| doc.by_id(&id.anchor()).start).collect();
            let activities_at = part(Some("activities"), "activity-list-title", Key::ActivitiesTitle);
            let text_at = part(Some("report-text"), "report-text-title", Key::ReadReportTitle);
            let about_at = part(Some("about"), "about-title", Key::AboutTitle);
            let order = [vec![main_points_at, contents.start, charts_heading.start], charts_at, vec![activities_at, text_at, about_at]].concat();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "{name}: the parts are out of order: {order:?}");
        }
    }
}

#[test]
fn every_chart_is_an_image_with_its_text_alternative() {
    for p in all_pages() {
        for (lang, doc) in &p.report_pages {
            for id in p.report.data.chart_ids() {
                check_chart(doc, &p.report, id, *lang, "h3");
            }
        }
    }
}

#[test]
fn every_activity_every_section_of_the_text_and_every_check_is_there() {
    for p in all_pages() {
        let all = &p.report.data.report.activities;
        for (lang, doc) in &p.report_pages {
            let name = &doc.name;
            // The activities, by date, each with its title.
            let activities = doc.by_id("activities");
            let items: Vec<&Element> = doc.within(activities, |e| e.name == "li" && e.has_class("activity")).collect();
            let by_date: Vec<_> = activity_positions(&p.report.data.report, &Selection::default()).into_iter().map(|i| &all[i]).collect();
            let ids: Vec<&str> = items.iter().map(|li| li.attr("id").unwrap_or_default()).collect();
            assert_eq!(ids, by_date.iter().map(|a| format!("activity-{}", a.id)).collect::<Vec<_>>(), "{name}: the activities");
            for (li, a) in items.iter().zip(&by_date) {
                let title: Vec<String> = doc.within(li, |e| e.has_class("activity-title")).map(|e| doc.text(e)).collect();
                assert_eq!(title, [a.title.get(*lang).trim()], "{name}: {}'s title", a.id);
            }

            // The report's text: every section, where its anchor leads.
            let reading = doc.by_id("report-text");
            let passages: Vec<&str> = doc.within(reading, |e| e.name == "section" && e.has_class("passage")).map(|e| e.attr("id").unwrap_or_default()).collect();
            let anchors: Vec<String> = p.text.sections.iter().map(|s| s.anchor()).collect();
            assert_eq!(passages, anchors, "{name}: sections of the report");

            // About: every cross-check, each once.
            let about = doc.by_id("about");
            let checks: Vec<&str> = doc.within(about, |e| e.attr("data-check").is_some()).map(|e| e.attr("data-check").unwrap()).collect();
            let notes: Vec<&str> = p.report.data.notes.iter().map(|n| n.id.as_str()).collect();
            assert!(!notes.is_empty());
            assert_eq!(checks, notes, "{name}: the cross-checks in About");
        }
    }
}

#[test]
fn each_embed_page_is_its_chart_with_a_way_to_the_full_report() {
    for p in all_pages() {
        for (id, lang, _, doc) in &p.embeds {
            let (id, lang, name) = (*id, *lang, &doc.name);
            let main = doc.by_id("main");
            assert!(main.name == "main" && main.has_class("embed"), "{name}: no <main class=\"embed\">");
            // One chart: the one the page is for, its title the page's heading.
            let sections: Vec<&str> = doc.all(|e| e.has_class("chart-section")).filter_map(|e| e.attr("data-chart")).collect();
            assert_eq!(sections, [id.id()], "{name}: the charts shown");
            check_chart(doc, &p.report, id, lang, "h1");
            let full: Vec<&Element> = doc.all(|e| e.has_class("embed-footer")).flat_map(|f| doc.within(f, |e| e.name == "a")).collect();
            assert_eq!(full.len(), 1, "{name}: no link to the full report");
            assert_eq!(full[0].attr("href"), Some(format!("{}#{}", lang.page(), id.anchor()).as_str()), "{name}: the full report's link");
            assert_eq!(full[0].attr("target"), Some("_top"), "{name}: the full report opens in the frame");
            assert_eq!(doc.text(full[0]), t(lang, Key::FullReport), "{name}: the full report's link");
        }
    }
}

/// The islands of a page: each `<leptos-island>`'s component name (the
/// part before the hash) with the island it sits in, if any.
fn islands(doc: &Doc) -> Vec<(String, Option<String>)> {
    let all: Vec<&Element> = doc.all(|e| e.name == "leptos-island").collect();
    let name = |e: &Element| e.attr("data-component").and_then(|c| c.rsplit_once('_')).map(|(n, _)| n.to_string()).unwrap_or_default();
    all.iter()
        .map(|e| {
            let parent = all.iter().filter(|o| o.start < e.start && o.end >= e.end).max_by_key(|o| o.start);
            (name(e), parent.map(|o| name(o)))
        })
        .collect()
}

/// The island (by name) `e` is inside, nearest first, and whether it sits
/// in that island's prerendered children rather than its own markup.
fn owner<'a>(doc: &'a Doc, e: &Element) -> Option<(String, bool)> {
    let island = doc.all(|o| o.name == "leptos-island" && o.start < e.start && o.end >= e.end).max_by_key(|o| o.start)?;
    let in_children = doc.within(island, |c| c.name == "leptos-children").any(|c| c.start < e.start && c.end >= e.end);
    let name = island.attr("data-component")?.rsplit_once('_')?.0.to_string();
    Some((name, in_children))
}

#[test]
fn only_the_interactive_parts_are_islands_and_the_text_is_not_in_any() {
    for p in all_pages() {
        for (_, doc) in &p.report_pages {
            let found = islands(doc);
            let mut names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
            names.dedup();
            assert_eq!(
                names,
                ["Viewer", "UpdateNotice", "LangLink", "UrlNotices", "EchartsMissing", "PartInView", "Filters", "ChartPanel", "ActivitiesShown", "PassagesShown"],
                "{}: the islands, in order",
                doc.name
            );
            assert_eq!(found.iter().filter(|(n, _)| n == "ChartPanel").count(), p.report.data.chart_ids().len());
            // One root: every other island is inside the page's state.
            for (n, parent) in &found[1..] {
                assert_eq!(parent.as_deref(), Some("Viewer"), "{}: {n} is not inside the root island", doc.name);
            }
            assert_eq!(found[0], ("Viewer".to_string(), None));
            // The report's text, the activities and the about section are the
            // root's prerendered children, in no island of their own: they are
            // not hydrated and not in the wasm.
            for e in doc.all(|e| e.has_class("passage") || e.has_class("activity") || [Some("about"), Some("main-points"), Some("contents-title")].contains(&e.attr("id"))) {
                assert_eq!(owner(doc, e), Some(("Viewer".to_string(), true)), "{}: {:?} is hydrated", doc.name, e.attr("id"));
            }
            // An island's props are primitive (a flag, a count, a chart's id) or
            // absent: the browser parses no model to hydrate one.
            for e in doc.all(|e| e.name == "leptos-island") {
                let Some(props) = e.attr("data-props") else { continue };
                let props: serde_json::Map<String, serde_json::Value> = serde_json::from_str(props).unwrap();
                assert!(props.values().all(|v| v.is_boolean() || v.is_u64() || v.as_str().is_some_and(|s| p.report.data.chart_ids().contains(&ChartId::new(s)))), "{}: island props {props:?}", doc.name);
            }
        }
        for (id, _, _, doc) in &p.embeds {
            let names: Vec<String> = islands(doc).into_iter().map(|(n, _)| n).collect();
            assert_eq!(names, ["EmbedRoot", "UpdateNotice", "UrlNotices", "EchartsMissing", "ChartPanel", "FullReportLink"], "{}", doc.name);
            let chart = doc.all(|e| e.name == "leptos-island" && e.attr("data-component").is_some_and(|c| c.starts_with("ChartPanel_"))).next().unwrap();
            assert_eq!(chart.attr("data-props"), Some(format!("{{\"id\":\"{}\",\"embedded\":true}}", id.id()).as_str()));
        }
    }
}

#[test]
fn headings_go_down_one_level_at_a_time() {
    for p in all_pages() {
        let docs = p.report_pages.iter().map(|(_, d)| d).chain(p.embeds.iter().map(|(_, _, _, d)| d));
        for doc in docs {
            let levels: Vec<(u8, String)> = doc
                .all(|e| e.name.len() == 2 && e.name.starts_with('h') && e.name.as_bytes()[1].is_ascii_digit())
                .map(|e| (e.name.as_bytes()[1] - b'0', doc.text(e)))
                .collect();
            assert_eq!(levels.first().map(|l| l.0), Some(1), "{}: the first heading", doc.name);
            for w in levels.windows(2) {
                assert!(w[1].0 <= w[0].0 + 1, "{}: h{} \"{}\" after h{} \"{}\"", doc.name, w[1].0, w[1].1, w[0].0, w[0].1);
            }
        }
    }
}

#[test]
fn the_scanner_reads_what_it_checks() {
    // Misnested or unclosed markup is refused.
    assert!(std::panic::catch_unwind(|| parse("t", "<p><b></p></b>".into())).is_err());
    assert!(std::panic::catch_unwind(|| parse("t", "<section><p>".into())).is_err());
    let doc = parse("t", r##"<!><!--<() />--><a href="#section-%E8%B2%B3" id=x class="a b">A &amp; <img src=i.svg alt="">B</a><p id="section-貳" hidden>c</p>"##.into());
    assert_eq!(doc.elements.len(), 3);
    let a = doc.by_id("x");
    assert!(a.has_class("b"));
    assert_eq!(doc.text(a), "A & B");
    assert_eq!(doc.within(a, |e| e.name == "img").count(), 1);
    assert_eq!(doc.by_id("section-貳").attr("hidden"), Some(""));
    check_page(&doc, "./");
    let doc = parse("t", r#"<a title="a > b">T<!-- x --></a>"#.into());
    assert_eq!(doc.text(&doc.elements[0]), "T");
    // A link to no element, a repeated id, an inline style: each refused.
    for bad in [r##"<a href="#nowhere">x</a>"##, r#"<p id="a"></p><p id="a"></p>"#, r#"<p style="color:red"></p>"#, "<script>x()</script>", r#"<button onclick="x()"></button>"#, r#"<label for="q">Q</label>"#] {
        let doc = parse("t", bad.into());
        assert!(std::panic::catch_unwind(|| check_page(&doc, "./")).is_err(), "{bad} passes");
    }
}

/// Where the English page has Chinese text (a character of the CJK Unified
/// Ideographs) whose nearest `lang` is not `zh-Hant`, with the element.
fn chinese_not_marked(doc: &Doc, within: &Element) -> Vec<String> {
    let han = |c: char| tip_report::core::mixed::is_han(c);
    let mut found = Vec::new();
    let mut at = within.start;
    let mut texts = Vec::new();
    for &(from, to) in doc.markup.iter().filter(|(from, _)| *from >= within.start && *from < within.end) {
        texts.push((at, from));
        at = to;
    }
    for (from, to) in texts {
        let text = &doc.html[from..to];
        let Some(off) = text.find(han) else { continue };
        let pos = from + off;
        // A JSON data block (a chart's steps) is data the page reads, not text it shows.
        if doc.all(|e| e.start < pos && pos < e.end && e.name == "script").next().is_some() {
            continue;
        }
        let lang = doc.all(|e| e.start < pos && pos < e.end && e.attr("lang").is_some()).max_by_key(|e| e.start).and_then(|e| e.attr("lang"));
        if lang != Some("zh-Hant") {
            let inner = doc.all(|e| e.start < pos && pos < e.end).max_by_key(|e| e.start).unwrap();
            found.push(format!("<{} class={:?}>: {}", inner.name, inner.attr("class").unwrap_or(""), text.trim().chars().take(60).collect::<String>()));
        }
    }
    found
}

#[test]
fn chinese_on_the_english_page_is_marked_as_chinese() {
    for p in all_pages() {
        chinese_is_marked_on_the_english_pages(p);
    }
    // The bundled report's English names a person in Chinese: marked.
    let p = pages();
    let (_, doc) = p.report_pages.iter().find(|(l, _)| *l == Lang::En).unwrap();
    assert!(doc.html.contains("<span lang=\"zh-Hant\">艾若蘭</span>"));
    let (_, zh) = p.report_pages.iter().find(|(l, _)| *l == Lang::Zh).unwrap();
    assert!(!zh.html.contains("<span lang=\"zh-Hant\">艾若蘭</span>") && !zh.html.contains("Ai Ruolan"));
}

fn chinese_is_marked_on_the_english_pages(p: &Pages) {
    let (_, doc) = p.report_pages.iter().find(|(l, _)| *l == Lang::En).unwrap();
    // The whole page: the report's text, the activities, the charts' notes,
    // tables and sources, the cross-checks.
    let mut bare = Vec::new();
    for id in ["main"] {
        bare.extend(chinese_not_marked(doc, doc.by_id(id)));
    }
    // Each English embed page, whole.
    for (id, _, _, embed) in p.embeds.iter().filter(|(_, l, _, _)| *l == Lang::En) {
        let whole = Element { name: "page".into(), attrs: Vec::new(), start: 0, end: embed.html.len() };
        bare.extend(chinese_not_marked(embed, &whole).into_iter().map(|b| format!("{id:?} embed: {b}")));
    }
    assert!(bare.is_empty(), "{} Chinese texts not marked zh-Hant on the English page:\n{}", bare.len(), bare.join("\n"));
    // And the marks are there, as elements: no page shows a mark itself.
    // The one place a mark is kept is a chart's steps (a data block the
    // browser writes into its live region as `lang` spans).
    for (lang, page) in &p.report_pages {
        assert!(!shown_outside_steps(page).contains(tip_report::core::mixed::OPEN), "{lang:?}: a mark shows");
    }
    for (id, lang, _, page) in &p.embeds {
        assert!(!shown_outside_steps(page).contains(tip_report::core::mixed::OPEN), "{id:?} {lang:?}: a mark shows");
    }
}

/// A page's markup without the contents of its charts' steps.
fn shown_outside_steps(doc: &Doc) -> String {
    let mut out = String::new();
    let mut at = 0;
    for steps in doc.all(|e| e.name == "script" && e.has_class("chart-steps")) {
        out.push_str(&doc.html[at..steps.start]);
        at = steps.end;
    }
    out.push_str(&doc.html[at..]);
    out
}

#[test]
fn the_main_points_come_first_with_their_figures_from_the_data() {
    for p in all_pages() {
        for (lang, doc) in &p.report_pages {
            let points = tip_report::presentation::main_points::main_points(&p.report.data, *lang);
            // As many as the data has (the fictional report's two, the 2014 report's five), never a long list.
            assert!((1..=6).contains(&points.len()), "{}: {} main points", doc.name, points.len());
            let section = doc.by_id("main-points");
            let items: Vec<&Element> = doc.all(|e| e.name == "li" && e.attr("data-point").is_some()).collect();
            assert_eq!(items.len(), points.len(), "{}", doc.name);
            let ids: HashSet<&str> = doc.all(|e| e.attr("id").is_some()).map(|e| e.attr("id").unwrap()).collect();
            for (item, point) in items.iter().zip(&points) {
                assert!(item.start > section.start && item.end <= section.end);
                assert_eq!(item.attr("data-point"), Some(point.id));
                let figure = doc.all(|e| e.has_class("point-figure") && e.start > item.start && e.end <= item.end).next().unwrap();
                assert_eq!(doc.text(figure), point.figure, "{}: {}", doc.name, point.id);
                assert!(doc.text(item).contains(&point.sentence()), "{}: {}", doc.name, point.id);
                let link = doc.all(|e| e.name == "a" && e.start > item.start && e.end <= item.end).next().unwrap();
                let chart = point.chart.unwrap_or_else(|| panic!("{}: point {} has no chart", doc.name, point.id));
                assert_eq!(link.attr("href"), Some(format!("#{}", chart.anchor()).as_str()));
                assert!(ids.contains(chart.anchor().as_str()));
            }
            // First in <main>, before the contents and the filters.
            assert!(section.start < doc.by_id("contents").start && section.start < doc.by_id("filters").start, "{}", doc.name);
        }
    }
}

#[test]
fn every_contents_link_leads_to_a_part_and_each_part_leads_back() {
    for p in all_pages() {
        for (lang, doc) in &p.report_pages {
            let parts = tip_report::presentation::contents::parts(&p.report.data, &p.text, *lang);
            let nav = doc.by_id("contents");
            let links: Vec<&Element> = doc.all(|e| e.name == "a" && e.start > nav.start && e.end <= nav.end).collect();
            assert_eq!(links.len(), parts.len(), "{}", doc.name);
            let ids: HashSet<&str> = doc.all(|e| e.attr("id").is_some()).map(|e| e.attr("id").unwrap()).collect();
            for (link, part) in links.iter().zip(&parts) {
                assert_eq!(link.attr("href"), Some(format!("#{}", part.target).as_str()), "{}", doc.name);
                assert!(ids.contains(part.target.as_str()), "{}: #{} leads nowhere", doc.name, part.target);
                assert_eq!(doc.text(link), tip_report::core::mixed::plain(&part.label));
            }
            // After the key figures, each chart, the activities, the text, the
            // about section, the changes and the citation.
            let back = doc.all(|e| e.name == "a" && e.attr("href") == Some("#contents")).count();
            assert_eq!(back, 6 + p.report.data.chart_ids().len(), "{}: links back to the contents", doc.name);
        }
        // An embed page has no contents to go back to.
        for (_, _, _, doc) in &p.embeds {
            assert_eq!(doc.all(|e| e.attr("href") == Some("#contents")).count(), 0, "{}", doc.name);
        }
    }
}

#[test]
fn differences_of_rounding_are_one_folded_note_and_disagreements_stay_in_view() {
    let p = pages();
    let (_, doc) = &p.report_pages[0];
    let notes = tip_report::charts::build(ChartId::new("tiers"), &p.report.data, &Selection::default(), ChartEnv { lang: Lang::Zh, dark: false, animate: false }).notes;
    let rounding = notes.iter().filter(|n| n.outcome == tip_report::dataset::checks::Outcome::Rounding).count();
    assert!(rounding > 1, "the tiers chart has {rounding} differences of rounding");
    let section = doc.by_id(&ChartId::new("tiers").anchor());
    let group = doc.all(|e| e.attr("data-notes") == Some("rounding") && e.start > section.start && e.end <= section.end).next().expect("a folded group");
    let folded: Vec<&Element> = doc.all(|e| e.has_class("note") && !e.has_class("note-group") && e.start > group.start && e.end <= group.end).collect();
    assert_eq!(folded.len(), rounding);
    assert!(folded.iter().all(|e| e.has_class("note-rounding")));
    let details = doc.all(|e| e.name == "details" && e.start > group.start && e.end <= group.end).next().unwrap();
    assert!(details.attr("open").is_none(), "folded at first");
    let summary = doc.all(|e| e.name == "summary" && e.start > details.start && e.end <= details.end).next().unwrap();
    assert!(doc.text(summary).contains(&rounding.to_string()), "the fold says how many: {}", doc.text(summary));
    // Every other note is in view, outside the fold.
    let outside: Vec<&Element> = doc.all(|e| e.has_class("note") && !e.has_class("note-group") && e.start > section.start && e.end <= section.end && !(e.start > group.start && e.end <= group.end)).collect();
    assert_eq!(outside.len(), notes.len() - rounding);
    assert!(outside.iter().any(|e| e.has_class("note-disagreement")), "the tiers chart's disagreements are in view");
}

/// The report page of `lang` rendered from the shipped data, with the
/// sections at `paths` stripped of their English (as `make import-text`
/// leaves a new or changed section).
fn page_without_english(lang: Lang, paths: &[&str]) -> (ReportText, Doc) {
    let mut json = common::BUNDLED.text_json();
    for s in json["sections"].as_array_mut().unwrap().iter_mut().filter(|s| paths.iter().any(|p| s["path"] == *p)) {
        if let Some(title) = s["title"].as_object_mut() {
            title.remove("en");
        }
        for b in s["blocks"].as_array_mut().unwrap() {
            let block = if b.get("table").is_some() { &mut b["table"] } else { b };
            block.as_object_mut().unwrap().remove("en");
        }
    }
    let text = text::load(&json.to_string()).unwrap();
    assert_eq!(text.untranslated(), paths);
    let report = Content { data: Arc::new(common::BUNDLED.dataset()), text: Some(Arc::new(text.clone())) };
    (text, parse(lang.page_file(), render(Start::prerendered(lang), report)))
}

#[test]
fn a_section_without_english_shows_its_chinese_marked_and_says_it_is_not_yet_translated() {
    // A chapter's own section (its heading the fold's summary), a passage
    // with figures linked, and the indicator's table.
    let paths = ["壹", "貳、關鍵績效指標", "貳、三、(一)、1"];
    let (text, doc) = page_without_english(Lang::En, &paths);
    check_page(&doc, Lang::En.page());
    let note = t(Lang::En, Key::NotYetTranslated);
    for path in paths {
        let s = text.section(path).unwrap();
        let passage = doc.by_id(&s.anchor());
        let notes: Vec<String> = doc.within(passage, |e| e.has_class("untranslated")).map(|e| doc.text(e)).collect();
        assert_eq!(notes, [note], "{path}: the note, once");
        // Its Chinese, whole, in an element marked Chinese; no fold of the
        // Chinese original beside it.
        let marked: Vec<&Element> = doc.within(passage, |e| e.attr("lang") == Some("zh-Hant") && e.name == "div").collect();
        assert_eq!(marked.len(), 1, "{path}");
        let shown = doc.text(marked[0]).replace(' ', "");
        let zh = s.zh_printed().replace(' ', "");
        let title = s.title.as_ref().map_or(0, |t| t.zh.replace(' ', "").len());
        assert_eq!(shown, zh[s.number.len() + title..], "{path}: its Chinese");
        assert_eq!(doc.within(passage, |e| e.has_class("original")).count(), 0, "{path}: the Chinese twice");
    }
    // Its heading in Chinese, marked, in the passage and the contents.
    let heading = doc.within(doc.by_id("section-貳-三-一-1"), |e| e.has_class("passage-title")).next().unwrap();
    assert_eq!(doc.text(heading), "１、透過舉辦「防制人口販運短篇漫畫比賽」徵稿活動，擴大宣導防制人口販運");
    let chapter = doc.all(|e| e.has_class("chapter-heading")).find(|e| doc.text(e) == "壹、年度施政目標");
    assert!(chapter.is_some(), "the chapter's heading in Chinese");
    let listed = doc.within(doc.by_id("contents"), |e| e.name == "a").any(|e| doc.text(e) == "壹、年度施政目標");
    assert!(listed, "the contents name the chapter in Chinese");
    // The figures in it still lead to their charts.
    let linked: Vec<&str> = doc.within(doc.by_id("section-貳-三-一-1"), |e| e.name == "a").filter_map(|e| e.attr("href")).collect();
    assert!(linked.contains(&"#activity-comic-contest-press-conference"), "{linked:?}");
    // Every piece of Chinese on the page is marked so.
    let bare = chinese_not_marked(&doc, doc.by_id("main"));
    assert!(bare.is_empty(), "{}", bare.join("\n"));
    // The other sections are as before, and the Chinese page has no note.
    assert_eq!(doc.all(|e| e.has_class("untranslated")).count(), paths.len());
    let (_, zh) = page_without_english(Lang::Zh, &paths);
    assert_eq!(zh.all(|e| e.has_class("untranslated")).count(), 0);
    assert_eq!(t(Lang::Zh, Key::NotYetTranslated), "尚未翻譯");
}
