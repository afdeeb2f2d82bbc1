//! Embedding single charts: the embed URL of a chart, the iframe code a
//! portal copies, and the message an embedded chart sends its parent.

use crate::core::{ChartId, Lang};
use crate::presentation::{Query, Selection};

/// The embed page of older links (`embed.html?chart=tiers&lang=en`),
/// beside `index.html`; they are sent on to the chart's own page.
pub const EMBED_PAGE: &str = "embed.html";

/// Each chart's own prerendered embed page, per language:
/// `embed-tiers.html`, `embed-tiers-en.html`.
pub fn page_file(chart: ChartId, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("embed-{}.html", chart.id()),
        _ => format!("embed-{}-{}.html", chart.id(), lang.id()),
    }
}

/// The chart and language of an embed page's file name (`page_file`
/// read back; a chart id never ends in a language's suffix, which
/// `data::viewer` checks).
pub fn from_page_file(name: &str) -> Option<(ChartId, Lang)> {
    let stem = name.strip_prefix("embed-")?.strip_suffix(".html")?;
    let (id, lang) = Lang::ALL
        .into_iter()
        .filter(|l| *l != Lang::Zh)
        .find_map(|l| stem.strip_suffix(&format!("-{}", l.id())).map(|id| (id, l)))
        .unwrap_or((stem, Lang::Zh));
    (!id.is_empty()).then(|| (ChartId::new(id), lang))
}

/// The title of a chart's embed page.
pub fn page_title(d: &crate::dataset::Dataset, chart: ChartId, lang: Lang) -> String {
    format!("{} – {}", d.chart_title(chart, lang), d.viewer.site.title.get(lang))
}

/// A chart's embed URL, relative to the site: its own page, with the
/// selection (and the chart's table, if open).
pub fn embed_url(chart: ChartId, state: &Selection, lang: Lang) -> String {
    let mut q = Query::default();
    state.for_chart(chart).write(&mut q);
    let q = q.to_string();
    format!("./{}{}{q}", page_file(chart, lang), if q.is_empty() { "" } else { "?" })
}

/// Default iframe height in CSS pixels, before the host script resizes it.
pub const DEFAULT_HEIGHT: u32 = 640;

/// Escapes text for an HTML attribute value.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Ready-to-copy HTML: the iframe (with a title for screen readers and a
/// default height) and the optional host script that sizes it.
pub fn iframe_code(embed_url: &str, host_script_url: &str, title: &str) -> String {
    format!(
        "<iframe src=\"{}\" title=\"{}\" width=\"100%\" height=\"{DEFAULT_HEIGHT}\" loading=\"lazy\" frameborder=\"0\"></iframe>\n<script src=\"{}\" defer></script>",
        attr(embed_url),
        attr(title),
        attr(host_script_url)
    )
}

/// The chart an embed URL asks for: `Ok(id)`, or `Err(given)` when the
/// `chart` parameter is missing or unknown.
pub fn requested_chart(query: &Query) -> Result<ChartId, String> {
    let given = query.get("chart").unwrap_or_default().trim();
    if given.is_empty() { Err(String::new()) } else { Ok(ChartId::new(given)) }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Pillar;

    #[test]
    fn embed_url_is_the_charts_own_page_with_the_selection() {
        let state = Selection { pillars: vec![Pillar::Partnership], year: Some(2014), ..Default::default() };
        assert_eq!(embed_url(ChartId::new("agreements"), &state, Lang::En), "./embed-agreements-en.html?pillar=partnership&year=2014");
        assert_eq!(embed_url(ChartId::new("tiers"), &Selection::default(), Lang::Zh), "./embed-tiers.html");
        let mut open = Selection::default();
        let order = [ChartId::new("tiers"), ChartId::new("media")];
        open.toggle_table(ChartId::new("tiers"), &order);
        open.toggle_table(ChartId::new("media"), &order);
        open.toggle_embed(ChartId::new("tiers"), &order);
        assert_eq!(embed_url(ChartId::new("tiers"), &open, Lang::Zh), "./embed-tiers.html?table=tiers", "only its own table, no embed code");
    }

    #[test]
    fn embed_pages_name_their_chart_and_language() {
        for d in [crate::dataset::Dataset::fictional(), crate::dataset::Dataset::bundled()] {
            for c in d.chart_ids() {
                for l in Lang::ALL {
                    assert_eq!(from_page_file(&page_file(c, l)), Some((c, l)));
                }
            }
        }
        assert_eq!(from_page_file("embed.html"), None);
        assert_eq!(from_page_file("embed-.html"), None);
        // Whether the report has the chart is the data's question (`ui::embed`).
        assert_eq!(from_page_file("embed-pie-en.html"), Some((ChartId::new("pie"), Lang::En)));
    }

    #[test]
    fn iframe_code_has_title_height_and_escaped_url() {
        let code = iframe_code("https://example.org/r/embed.html?chart=tiers&lang=en", "https://example.org/r/embed-host.js", "Tiers \"2014\"");
        assert!(code.starts_with("<iframe src=\"https://example.org/r/embed.html?chart=tiers&amp;lang=en\""), "{code}");
        assert!(code.contains("title=\"Tiers &quot;2014&quot;\""));
        assert!(code.contains("height=\"640\""));
        assert!(code.contains("<script src=\"https://example.org/r/embed-host.js\" defer></script>"));
        assert!(!code.contains("style="), "portals may forbid inline styles");
    }

    #[test]
    fn no_chart_is_an_error_and_any_other_is_the_datas_to_know() {
        assert_eq!(requested_chart(&Query::parse("chart=tiers")), Ok(ChartId::new("tiers")));
        assert_eq!(requested_chart(&Query::parse("chart=pie")), Ok(ChartId::new("pie")));
        assert_eq!(requested_chart(&Query::parse("")), Err(String::new()));
    }
}
