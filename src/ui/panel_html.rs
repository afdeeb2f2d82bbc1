//! A chart panel's parts as HTML (`charts::views::ChartView`): its summary,
//! context, notes, tables, CSV downloads and source links. Plain functions
//! over the built chart, with every text escaped, so that the build writes
//! the same markup into the page and into the views' files, and the browser
//! writes it for the charts it builds (Leptos renders views to HTML only
//! natively: `to_html` of a component panics in the wasm).

use crate::core::mixed::{spans, Span};
use crate::core::{ChartId, Lang};
use crate::charts::table::Table;
use crate::data::text;
use crate::dataset::checks::{Note, Outcome};
use crate::locale::format::{colon, list_sep};
use crate::locale::{t, Key};

/// Text for HTML, in an element or a quoted attribute.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// `text` with its Chinese spans marked `<span lang="zh-Hant">` (as
/// `ui::mixed`).
pub fn mixed(text: &str) -> String {
    spans(text)
        .into_iter()
        .map(|s| match s {
            Span::Own(t) => escape(t),
            Span::Zh(t) => format!("<span lang=\"zh-Hant\">{}</span>", escape(t)),
        })
        .collect()
}

/// The `lang` attribute of what is Chinese on a page in `lang`: none on the
/// Chinese page.
fn zh_attr(lang: Lang) -> &'static str {
    if lang == Lang::Zh { "" } else { " lang=\"zh-Hant\"" }
}

/// `<p class="chart-context">`, or nothing.
pub fn context(context: Option<&str>) -> String {
    context.map(|c| format!("<p class=\"chart-context\">{}</p>", escape(c))).unwrap_or_default()
}

/// A table of a chart's numbers, in a region that scrolls sideways. Each
/// column's header has a button that sorts the rows by it (`presentation::table_sort`;
/// named by the header and laid over it, so the header's text is there
/// once; not shown without script), each row its place
/// in the report's order (`data-row`), each cell its key (`data-sort`: a
/// number as a number, whatever the page's language writes).
pub fn table(table: &Table, lang: Lang) -> String {
    let caption = escape(&table.caption);
    let mut out = format!("<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"{caption}\"><table class=\"data-table\"><caption>{caption}</caption><thead><tr>");
    for (j, c) in table.columns.iter().enumerate() {
        let c = escape(c);
        out.push_str(&format!(
            "<th scope=\"col\">{c}<button type=\"button\" class=\"sort needs-script\" data-col=\"{j}\" aria-label=\"{c}\"><span class=\"sort-mark\" aria-hidden=\"true\"></span></button></th>"
        ));
    }
    out.push_str("</tr></thead><tbody>");
    for (r, row) in table.rows.iter().enumerate() {
        out.push_str(&format!("<tr data-row=\"{r}\">"));
        for (i, cell) in row.iter().enumerate() {
            let class = format!("{}{}", if cell.numeric { "num" } else { "" }, if cell.flagged { " mismatch" } else { "" });
            let key = cell.sort_key().map(|k| format!(" data-sort=\"{}\"", escape(&k))).unwrap_or_default();
            if i == 0 {
                out.push_str(&format!("<th scope=\"row\" class=\"{class}\"{key}>{}</th>", mixed(&cell.text)));
            } else {
                // A section of the report is Chinese on the English page too.
                let zh = if super::mixed::is_section(&cell.text) { zh_attr(lang) } else { "" };
                out.push_str(&format!("<td class=\"{class}\"{zh}{key}>{}</td>", mixed(&cell.text)));
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></div>");
    out
}

/// Where the report disagrees with itself, as printed. The disagreements
/// and cautions are each in view; where a chart has several differences of
/// rounding, they are one folded note that says how many. On an embed page
/// (`embedded`) the notes' heading is an `h2` under the chart's `h1`.
pub fn notes(notes: &[Note], lang: Lang, embedded: bool) -> String {
    if notes.is_empty() {
        return String::new();
    }
    let item = |n: &Note| {
        let class = match n.outcome {
            Outcome::Disagreement => "note note-disagreement",
            Outcome::Rounding => "note note-rounding",
            _ => "note note-caution",
        };
        format!("<li class=\"{class}\" data-note=\"{}\">{}</li>", escape(&n.id), mixed(n.text.get(lang)))
    };
    let (rounding, rest): (Vec<&Note>, Vec<&Note>) = notes.iter().partition(|n| n.outcome == Outcome::Rounding);
    let (rounding, rest) = if rounding.len() > 1 { (rounding, rest) } else { (Vec::new(), rounding.into_iter().chain(rest).collect()) };
    let heading = if embedded { "h2" } else { "h4" };
    let mut out = format!("<div class=\"notes\"><{heading} class=\"notes-title\">{}</{heading}><ul>", escape(t(lang, Key::NotesTitle)));
    out.extend(rest.into_iter().map(item));
    if !rounding.is_empty() {
        out.push_str(&format!(
            "<li class=\"note note-group\" data-notes=\"rounding\"><details><summary>{}</summary><ul>",
            escape(&rounding_heading(&rounding, lang))
        ));
        out.extend(rounding.into_iter().map(item));
        out.push_str("</ul></details></li>");
    }
    out.push_str("</ul></div>");
    out
}

/// The fold's heading: the printed percentages that differ, counted by
/// year, apart from the notes on a year's total (`Note::is_year_total`).
fn rounding_heading(rounding: &[&Note], lang: Lang) -> String {
    let mut per_year: Vec<(i32, usize)> = Vec::new();
    for n in rounding.iter().filter(|n| !n.is_year_total()) {
        let year = n.year.unwrap_or_default();
        match per_year.iter_mut().find(|(y, _)| *y == year) {
            Some((_, k)) => *k += 1,
            None => per_year.push((year, 1)),
        }
    }
    per_year.sort();
    crate::locale::notes_rounding_group(lang, &per_year, rounding.iter().filter(|n| n.is_year_total()).count())
}

/// The CSV download of each table, one `<li>` each: the file the build
/// wrote when the view is the default one (`as_built`), else the table
/// itself in the link.
pub fn downloads(id: ChartId, tables: &[Table], lang: Lang, as_built: bool) -> String {
    tables
        .iter()
        .enumerate()
        .map(|(i, table)| {
            let name = crate::charts::svg::table_file(id, i, lang);
            let href = if as_built { format!("charts/{name}") } else { table.csv_data_url() };
            let label = if i == 0 { t(lang, Key::DownloadCsvItem).to_string() } else { format!("{}{}{}", t(lang, Key::DownloadCsvItem), colon(lang), table.caption) };
            format!("<li><a href=\"{}\" download=\"{}\">{}</a></li>", escape(&href), escape(&name), escape(&label))
        })
        .collect()
}

/// The source line's links: each section to its passage in "Read the
/// report"; from an embed page (which has no text), in the full report.
pub fn sources(sources: &[String], lang: Lang, embedded: bool) -> String {
    sources
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let fragment = format!("#{}", text::anchor(s));
            let (href, target) = if embedded { (format!("{}{fragment}", lang.page()), " target=\"_top\"") } else { (fragment, "") };
            let sep = if i > 0 { list_sep(lang) } else { "" };
            format!("{sep}<a href=\"{}\"{target}{}>{}</a>", escape(&href), zh_attr(lang), escape(s))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::table::Cell;

    #[test]
    fn text_is_escaped_and_chinese_marked() {
        assert_eq!(escape("<a href=\"x\">&'"), "&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
        assert_eq!(mixed("the {zh:善牧} <b>"), "the <span lang=\"zh-Hant\">善牧</span> &lt;b&gt;");
    }

    #[test]
    fn a_table_heads_its_rows_and_marks_sections_on_the_english_page() {
        let t = Table {
            caption: "C".into(),
            columns: vec!["Year".into(), "Source".into()],
            rows: vec![vec![Cell::text("2014"), Cell::text("貳、三、(一)")]],
        };
        let html = table(&t, Lang::En);
        assert!(html.contains("<th scope=\"row\" class=\"\" data-sort=\"2014\">2014</th>"), "{html}");
        assert!(html.contains("<td class=\"\" lang=\"zh-Hant\" data-sort=\"貳、三、(一)\">貳、三、(一)</td>"), "{html}");
        assert!(!table(&t, Lang::Zh).contains("lang="));
    }

    #[test]
    fn a_table_sorts_from_its_headers_by_the_numbers_behind_its_cells() {
        let t = Table {
            caption: "C".into(),
            columns: vec!["Year".into(), "Cases".into()],
            rows: vec![
                vec![Cell { raw: "2013".into(), ..Cell::text("102 年（2013）") }, Cell::number(10045.0, Lang::Zh)],
                vec![Cell { raw: "2014".into(), ..Cell::text("103 年（2014）") }, Cell::missing("--", Lang::Zh)],
            ],
        };
        let html = table(&t, Lang::Zh);
        // A button per column, named by the header, whose text is there once.
        assert!(html.contains("<th scope=\"col\">Cases<button type=\"button\" class=\"sort needs-script\" data-col=\"1\" aria-label=\"Cases\"><span class=\"sort-mark\" aria-hidden=\"true\"></span></button></th>"), "{html}");
        // Rows in the report's order, each with its place; keys as numbers, not as printed.
        let first = html.find("data-row=\"0\"").unwrap();
        assert!(first < html.find("data-row=\"1\"").unwrap());
        assert!(html.contains("<th scope=\"row\" class=\"\" data-sort=\"2013\">102 年（2013）</th><td class=\"num\" data-sort=\"10045\">10,045</td>"), "{html}");
        // A number the report does not give has no key (sorted last).
        assert!(html.contains("<td class=\"num\">"), "{html}");
        assert!(!html.contains("aria-sort"), "the report's order until a reader sorts");
    }

    #[test]
    fn embedded_sources_open_the_full_report() {
        let s = vec!["貳、一".to_string()];
        assert!(sources(&s, Lang::En, true).starts_with("<a href=\"./en.html#"), "{}", sources(&s, Lang::En, true));
        assert!(sources(&s, Lang::En, true).contains("target=\"_top\""));
        assert!(sources(&s, Lang::Zh, false).starts_with("<a href=\"#"));
    }
}
