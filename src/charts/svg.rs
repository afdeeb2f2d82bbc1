//! The charts as SVG files, drawn at build time by ECharts itself
//! (`tools/render-charts.mjs`, from the options `chart-options` writes):
//! every chart in the default view, in both languages and both colour
//! schemes, at `charts/<id>-<lang>-<light|dark>.svg` in the built site.
//!
//! They are drawn at one size, `WIDTH` × `HEIGHT`: the chart surface's CSS
//! height (`.chart-surface`, 26rem = 416 px) at a mid-size width. Each SVG
//! has a `viewBox`, so it scales to the box it is put in; a page that
//! reserves that box before the SVG arrives uses `WIDTH / HEIGHT` as its
//! aspect ratio.

use super::{build, ChartEnv, ChartId};
use crate::core::{ChartKind, Lang};
use crate::dataset::Dataset;
use crate::presentation::Selection;

/// Width the SVGs are drawn at, in CSS px.
pub const WIDTH: u32 = 720;
/// Height the SVGs are drawn at, in CSS px: `.chart-surface`'s 26rem.
pub const HEIGHT: u32 = 416;

/// The phone-width copies (`…-narrow.svg`): a 390 px screen's chart box
/// (`.chart-surface` is 22rem = 352 px high up to 480 px wide), so their
/// text is drawn at its own size rather than scaled down.
pub const NARROW_WIDTH: u32 = 390;
pub const NARROW_HEIGHT: u32 = 352;

/// `"light"` or `"dark"`, as in the file names.
pub fn scheme(dark: bool) -> &'static str {
    if dark { "dark" } else { "light" }
}

/// The page's background in the scheme (`--bg` in style/main.css), drawn
/// behind the chart so that a downloaded dark SVG stays readable.
pub fn background(dark: bool) -> &'static str {
    if dark { "#121416" } else { "#ffffff" }
}

/// The file of a chart in the built site, relative to the page:
/// `charts/tiers-en-dark.svg`.
pub fn path(id: ChartId, lang: Lang, dark: bool) -> String {
    format!("charts/{}-{}-{}.svg", id.id(), lang.id(), scheme(dark))
}

/// The phone-width copy of `path`.
pub fn narrow_path(id: ChartId, lang: Lang, dark: bool) -> String {
    format!("charts/{}-{}-{}-narrow.svg", id.id(), lang.id(), scheme(dark))
}

/// The file name of a chart's `i`th table as CSV, written beside its SVGs
/// (`charts/tiers-en.csv`, `charts/tiers-2-en.csv`): the default view's,
/// as the page offers it.
pub fn table_file(id: ChartId, i: usize, lang: Lang) -> String {
    let n = if i == 0 { String::new() } else { format!("-{}", i + 1) };
    format!("{}{n}-{}.csv", id.id(), lang.id())
}

/// Whether a chart of `kind` shows, in `state`, what its SVG shows: the
/// chart of the default view (it reads only its input, `ChartKind::input`).
pub fn shows_default_view(kind: ChartKind, state: &Selection) -> bool {
    kind.input(state) == kind.input(&Selection::default())
}

/// What `tools/render-charts.mjs` reads: the size, and for every chart ×
/// language × scheme its file, title and ECharts options (no animation,
/// the scheme's background).
pub fn jobs(d: &Dataset) -> serde_json::Value {
    let state = Selection::default();
    let mut charts = Vec::new();
    for id in d.chart_ids() {
        for lang in Lang::ALL {
            for dark in [false, true] {
                let env = ChartEnv { lang, dark, animate: false };
                let Some(mut option) = build(id, d, &state, env).chart else { continue };
                option["backgroundColor"] = background(dark).into();
                for (file, width, height) in [(path(id, lang, dark), WIDTH, HEIGHT), (narrow_path(id, lang, dark), NARROW_WIDTH, NARROW_HEIGHT)] {
                    charts.push(serde_json::json!({
                        "id": id.id(),
                        "lang": lang.id(),
                        // The SVG's own language: `sans-serif` and the CJK glyphs
                        // follow it, wherever the SVG is shown.
                        "xml_lang": lang.html_lang(),
                        "scheme": scheme(dark),
                        "file": file,
                        "width": width,
                        "height": height,
                        "title": d.chart_title(id, lang),
                        "text_color": env.text_color(),
                        "option": option,
                    }));
                }
            }
        }
    }
    // The tables of the default view, as the page's download links name them
    // (with a byte-order mark, as the in-page downloads: a spreadsheet then
    // reads the Chinese as UTF-8).
    let mut tables = Vec::new();
    for id in d.chart_ids() {
        for lang in Lang::ALL {
            let built = build(id, d, &state, ChartEnv { lang, dark: false, animate: false });
            for (i, table) in built.tables.iter().enumerate() {
                tables.push(serde_json::json!({ "file": format!("charts/{}", table_file(id, i, lang)), "csv": format!("\u{feff}{}", table.to_csv()) }));
            }
        }
    }
    serde_json::json!({ "width": WIDTH, "height": HEIGHT, "charts": charts, "tables": tables })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Pillar;

    #[test]
    fn every_chart_in_both_languages_and_schemes_without_animation() {
        let d = Dataset::bundled();
        let jobs = jobs(&d);
        assert_eq!(jobs["width"], 720);
        assert_eq!(jobs["height"], 416);
        let charts = jobs["charts"].as_array().unwrap();
        assert_eq!(charts.len(), d.chart_ids().len() * 2 * 2 * 2, "the default view draws every chart, at both sizes");
        let mut files: Vec<&str> = charts.iter().map(|c| c["file"].as_str().unwrap()).collect();
        files.sort();
        files.dedup();
        assert_eq!(files.len(), charts.len());
        for c in charts {
            assert_eq!(c["option"]["animation"], false, "{}", c["file"]);
        }
        let dark = charts.iter().find(|c| c["file"] == "charts/tiers-en-dark.svg").unwrap();
        assert_eq!(dark["option"]["backgroundColor"], "#121416");
        assert_eq!(dark["text_color"], "#e8e8e8");
        assert_eq!(dark["title"], d.chart_title(ChartId::new("tiers"), Lang::En));
        assert_eq!(dark["xml_lang"], "en");
        // Each chart's tables, in both languages: the page's CSV links name them.
        let tables = jobs["tables"].as_array().unwrap();
        for id in d.chart_ids() {
            for lang in Lang::ALL {
                let built = build(id, &d, &Selection::default(), ChartEnv { lang, dark: false, animate: false });
                for (i, table) in built.tables.iter().enumerate() {
                    let file = format!("charts/{}", table_file(id, i, lang));
                    let job = tables.iter().find(|t| t["file"] == file.as_str()).unwrap_or_else(|| panic!("no {file}"));
                    assert_eq!(job["csv"].as_str().unwrap(), format!("\u{feff}{}", table.to_csv()));
                }
            }
        }
        assert_eq!(table_file(ChartId::new("tiers"), 1, Lang::En), "tiers-2-en.csv");
    }

    #[test]
    fn the_svg_is_offered_only_for_the_default_view_of_what_the_chart_reads() {
        let default = Selection::default();
        let year = Selection { year: Some(2014), ..Selection::default() };
        let search = Selection { q: "taipei".into(), pillars: vec![Pillar::Prevention], ..Selection::default() };
        for kind in ChartKind::ALL {
            assert!(shows_default_view(kind, &default));
            assert!(!shows_default_view(kind, &year), "{kind:?}");
        }
        // Only the kinds of activities read the pillars and the search.
        assert!(shows_default_view(ChartKind::TierCounts, &search));
        assert!(!shows_default_view(ChartKind::ActivitiesByMonth, &search));
        assert!(!shows_default_view(ChartKind::ActivityTimeline, &search));
        assert_eq!(path(ChartId::new("media"), Lang::Zh, false), "charts/media-zh-light.svg");
    }
}
