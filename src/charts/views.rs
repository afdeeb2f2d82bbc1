//! What a chart panel shows for one view, ready for the page: whether it
//! draws, its ECharts options in each colour scheme, and its parts as HTML
//! (context, summary, notes, tables, CSV downloads, source line).
//!
//! The charts that read only the year (`is_static`: all but the activities
//! and the timeline) are written by the build, one file per chart, view
//! (all years or one), language and page kind (`file`); the browser fetches
//! the one it needs and builds none of them, so their builders, the
//! cross-checks and the figures stay out of the wasm. The panel's parts are
//! written by the same functions as the page's (`ui::panel_html`).

use crate::core::{ChartId, ChartKind, Lang};
use crate::presentation::Selection;

/// One view of one chart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[cfg_attr(not(target_arch = "wasm32"), derive(serde::Serialize))]
pub struct ChartView {
    /// Whether there is anything to draw ("nothing to show" otherwise).
    pub drawn: bool,
    /// The ECharts options as JSON, light scheme then dark (empty when
    /// nothing is drawn, or a scheme not built).
    #[cfg_attr(not(target_arch = "wasm32"), serde(skip))]
    pub options: [String; 2],
    /// The text alternative, as HTML (text, escaped).
    pub summary: String,
    /// `<p class="chart-context">`, or nothing.
    pub context: String,
    /// The notes (`ui::panel_html::notes`), or nothing.
    pub notes: String,
    /// The tables (`ui::panel_html::table` each).
    pub tables: String,
    /// The CSV downloads, one `<li>` each.
    pub downloads: String,
    /// The source line's links.
    pub sources: String,
    /// The steps through the chart by keyboard, as a JSON data block
    /// (`charts::steps::to_html`), or nothing.
    pub steps: String,
}

impl ChartView {
    /// The options in the scheme, as JSON (empty when not drawn).
    pub fn options(&self, dark: bool) -> &str {
        &self.options[usize::from(dark)]
    }

    /// The file as the build writes it: the parts, and the options of each
    /// scheme as JSON objects (`light`, `dark`; `null` when not drawn).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn to_json(&self) -> String {
        let mut v = serde_json::to_value(self).unwrap_or_default();
        for (name, json) in [("light", &self.options[0]), ("dark", &self.options[1])] {
            let options = serde_json::from_str(json).unwrap_or(serde_json::Value::Null);
            v[name] = options;
        }
        v.to_string()
    }
}

/// The parts' names in the file (the browser reads them by these).
pub const PARTS: [&str; 7] = ["summary", "context", "notes", "tables", "downloads", "sources", "steps"];

/// Whether the build writes the views of a chart of this kind (it reads
/// only the year); the kinds of activities read the pillars, the
/// dimensions and the search too, and are built in the browser.
pub fn is_static(kind: ChartKind) -> bool {
    let probe = Selection { pillars: vec![crate::core::Pillar::Prevention], q: "x".into(), ..Selection::default() };
    kind.input(&probe) == kind.input(&Selection::default())
}

/// The views of a static chart the build writes: all years, then each of
/// the report's years.
pub fn years(report_years: &[i32]) -> Vec<Option<i32>> {
    std::iter::once(None).chain(report_years.iter().copied().map(Some)).collect()
}

/// The file of a view, relative to the views' folder:
/// `tiers-all-zh.json`, `tiers-2012-en-embed.json`.
pub fn file(id: ChartId, year: Option<i32>, lang: Lang, embedded: bool) -> String {
    let year = year.map_or_else(|| "all".to_string(), |y| y.to_string());
    format!("{}-{year}-{}{}.json", id.id(), lang.id(), if embedded { "-embed" } else { "" })
}

/// The views' folder in the built site, named by a hash of every view it
/// holds (`views/<16 hex>/`): a page names the folder of its own build, so
/// a page and the views of another build never meet.
pub fn folder(files: &[(String, String)]) -> String {
    let bytes = files.iter().flat_map(|(name, body)| name.bytes().chain([0]).chain(body.bytes()).chain([0]));
    format!("views/{}/", crate::core::digest::fnv1a(bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_charts_that_read_only_the_year_are_static() {
        let dynamic: Vec<ChartKind> = ChartKind::ALL.into_iter().filter(|k| !is_static(*k)).collect();
        assert_eq!(dynamic, [ChartKind::ActivitiesByMonth, ChartKind::ActivityTimeline]);
        assert!(dynamic.iter().all(|k| k.reads_selection()));
    }

    #[test]
    fn files_name_the_chart_the_view_the_language_and_the_page_kind() {
        assert_eq!(file(ChartId::new("tiers"), None, Lang::Zh, false), "tiers-all-zh.json");
        assert_eq!(file(ChartId::new("tiers"), Some(2012), Lang::En, true), "tiers-2012-en-embed.json");
        assert_eq!(years(&[2013, 2014]), [None, Some(2013), Some(2014)]);
    }

    #[test]
    fn the_folder_changes_with_any_view() {
        let a = vec![("a.json".to_string(), "{}".to_string())];
        let b = vec![("a.json".to_string(), "{ }".to_string())];
        assert_ne!(folder(&a), folder(&b));
        assert!(folder(&a).starts_with("views/") && folder(&a).ends_with('/'));
    }
}
