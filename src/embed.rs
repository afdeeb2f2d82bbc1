//! Embedding single charts: the embed URL of a chart, the iframe code a
//! portal copies, and the message an embedded chart sends its parent.

use crate::charts::ChartId;
use crate::i18n::Lang;
use crate::state::{Query, ViewState};

/// The embed page, beside `index.html`.
pub const EMBED_PAGE: &str = "embed.html";

/// `type` of the height message sent to the parent window.
pub const MESSAGE_TYPE: &str = "tip-report-viewer:height";

/// Default iframe height in CSS pixels, before the host script resizes it.
pub const DEFAULT_HEIGHT: u32 = 640;

/// The query of a chart's embed URL: chart, selection (with the chart's
/// table, if open) and language.
pub fn embed_query(chart: ChartId, state: &ViewState, lang: Lang) -> Query {
    let mut q = Query::default();
    q.set("chart", Some(chart.id()));
    state.for_chart(chart).write(&mut q);
    if lang != Lang::default() {
        q.set("lang", Some(lang.id()));
    }
    q
}

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

/// The message shape: `{"type": "tip-report-viewer:height", "chart": "tiers", "height": 812}`.
pub fn height_message(chart: &str, height: u32) -> serde_json::Value {
    serde_json::json!({ "type": MESSAGE_TYPE, "chart": chart, "height": height })
}

/// The chart an embed URL asks for: `Ok(id)`, or `Err(given)` when the
/// `chart` parameter is missing or unknown.
pub fn requested_chart(query: &Query) -> Result<ChartId, String> {
    let given = query.get("chart").unwrap_or_default();
    ChartId::from_id(given).ok_or_else(|| given.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::Pillar;

    #[test]
    fn embed_query_carries_chart_selection_and_language() {
        let state = ViewState { pillars: vec![Pillar::Partnership], year: Some(2014), ..Default::default() };
        assert_eq!(embed_query(ChartId::Agreements, &state, Lang::En).to_string(), "chart=agreements&pillar=partnership&year=2014&lang=en");
        assert_eq!(embed_query(ChartId::Tiers, &ViewState::default(), Lang::Zh).to_string(), "chart=tiers");
        let mut open = ViewState::default();
        open.toggle_table(ChartId::Tiers);
        open.toggle_table(ChartId::Media);
        open.toggle_embed(ChartId::Tiers);
        assert_eq!(embed_query(ChartId::Tiers, &open, Lang::Zh).to_string(), "chart=tiers&table=tiers", "only its own table, no embed code");
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
    fn unknown_chart_is_an_error_naming_it() {
        assert_eq!(requested_chart(&Query::parse("chart=tiers")), Ok(ChartId::Tiers));
        assert_eq!(requested_chart(&Query::parse("chart=pie")), Err("pie".into()));
        assert_eq!(requested_chart(&Query::parse("")), Err(String::new()));
    }

    #[test]
    fn height_message_shape() {
        assert_eq!(height_message("tiers", 812).to_string(), r#"{"chart":"tiers","height":812,"type":"tip-report-viewer:height"}"#);
    }
}
