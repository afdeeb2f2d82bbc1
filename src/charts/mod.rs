//! Chart options, built by pure functions from the data so that they can be
//! unit-tested natively; `ui` only hands them to ECharts.
//!
//! One module a chart kind (`core::ChartKind`), named after it, each with
//! its `parts` (what `catalog::build` dispatches to); beside them what the
//! kinds share (`parts`, `common`, `table`, `map_points`) and what is made
//! of a built chart (`steps`, `svg`, `views`, `card`, `pages`).

// The chart kinds.
pub mod activities_by_month;
pub mod activity_timeline;
pub mod agreements_by_year;
pub mod event_attendance;
pub mod exchanges_by_month;
pub mod figure_bars;
pub mod media_airings;
pub mod partner_map;
pub mod target_actual;
pub mod tier_counts;

// What the kinds share, and what is made of a built chart.
#[cfg(not(target_arch = "wasm32"))]
pub mod card;
pub mod catalog;
pub mod common;
pub mod map_points;
#[cfg(not(target_arch = "wasm32"))]
pub mod pages;
pub mod parts;
pub mod steps;
pub mod svg;
pub mod table;
pub mod views;

pub use crate::core::ChartId;
pub use catalog::{build, Built};

use charming::component::{Aria, Decal, DecalItem};
use charming::element::{Color, Symbol};
use charming::Chart;

use crate::core::Lang;

/// A chart that shows at most this many named things (countries, events,
/// activities) names them in its text alternative; more are left to its
/// table, so that the summary stays short.
pub const SHORT_LIST: usize = 6;

/// `items` when they are few enough to name (`SHORT_LIST`), else none.
pub fn short_list<T>(items: Vec<T>) -> Vec<T> {
    if items.len() <= SHORT_LIST { items } else { Vec::new() }
}

/// What a chart needs to know about where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartEnv {
    pub lang: Lang,
    /// `prefers-color-scheme: dark`.
    pub dark: bool,
    /// `false` under `prefers-reduced-motion: reduce`.
    pub animate: bool,
}

impl ChartEnv {
    pub fn new(lang: Lang) -> Self {
        ChartEnv { lang, dark: false, animate: true }
    }

    /// Colour of axis labels and legend text (meets 4.5:1 on the page).
    pub fn text_color(&self) -> Color {
        Color::from(if self.dark { "#e8e8e8" } else { "#1b1b1b" })
    }
}

/// Patterns told apart without colour (WCAG 1.4.1): solid, diagonal lines,
/// dots, vertical lines, then repeating.
pub fn decals() -> Vec<DecalItem> {
    let lines = |rotation: f64| {
        DecalItem::new()
            .symbol(Symbol::Rect)
            .color("rgba(255, 255, 255, 0.55)")
            .dash_array_x(vec![1, 0])
            .dash_array_y(vec![2, 4])
            .rotation(rotation)
    };
    vec![
        DecalItem::new().symbol(Symbol::None),
        lines(-std::f64::consts::FRAC_PI_4),
        DecalItem::new().symbol(Symbol::Circle).symbol_size(0.5).color("rgba(0, 0, 0, 0.35)"),
        lines(0.0),
    ]
}

/// `aria()` as ECharts JSON, for options written without charming (the
/// test `aria_in_json_is_charmings` keeps the two alike).
pub fn aria_json() -> serde_json::Value {
    use serde_json::json;
    let lines = |rotation: f64| json!({ "symbol": "rect", "color": "rgba(255, 255, 255, 0.55)", "dashArrayX": [1, 0], "dashArrayY": [2, 4], "rotation": rotation });
    json!({
        "enabled": true,
        "decal": {
            "show": true,
            "decals": [
                { "symbol": "none" },
                lines(-std::f64::consts::FRAC_PI_4),
                { "symbol": "circle", "symbolSize": 0.5, "color": "rgba(0, 0, 0, 0.35)" },
                lines(0.0),
            ],
        },
    })
}

/// ECharts' aria: on (so the decals apply); the text alternative itself is
/// ours (see `ui::chart`), so ECharts' generated label is off.
pub fn aria() -> Aria {
    Aria::new().enabled(true).decal(Decal::new().show(true).decals(decals()))
}

/// The options as JSON for ECharts, with what charming 0.6 leaves that
/// ECharts mishandles removed: `null` members (e.g. `aria.label`). ECharts'
/// own generated aria label (always in simplified Chinese or English, and
/// listing raw data) is turned off: charming cannot express
/// `aria.label.enabled`, so it is set here; the page gives each chart its
/// own summary as accessible name. Tooltips are drawn in the canvas
/// (`renderMode: "richText"`): ECharts' HTML tooltips carry inline style
/// attributes, which a strict `style-src 'self'` blocks.
pub fn options_json(chart: &Chart) -> serde_json::Value {
    clean_json(serde_json::to_value(chart).unwrap_or(serde_json::Value::Null))
}

/// `options_json`'s cleaning, on options already JSON.
fn clean_json(mut v: serde_json::Value) -> serde_json::Value {
    fn clean(v: &mut serde_json::Value) {
        match v {
            serde_json::Value::Object(map) => {
                map.retain(|_, v| !v.is_null());
                if let Some(tooltip) = map.get_mut("tooltip").and_then(|t| t.as_object_mut()) {
                    tooltip.insert("renderMode".into(), "richText".into());
                }
                map.values_mut().for_each(clean);
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(clean),
            _ => {}
        }
    }
    clean(&mut v);
    if let Some(aria) = v.get_mut("aria").and_then(|a| a.as_object_mut()) {
        aria.insert("label".into(), serde_json::json!({ "enabled": false }));
    }
    series_decals(&mut v);
    v
}

/// Gives each series its pattern from `aria.decal.decals` itself, in the
/// order of the series' names (a name used twice keeps its pattern), as
/// ECharts would in a page with one chart. ECharts 5.6 picks series
/// patterns from one scope shared by every chart in the page (a module
/// global in its `visual/aria.js`), by series name: a chart's patterns then
/// depend on the charts made before it, two series of one chart can get the
/// same pattern ("people" and "persons" in the prosecution chart, after the
/// outreach and protection charts), and the page, the embed view and a
/// chart drawn at build time (`svg`) differ. Each pattern is written out in
/// full: ECharts lays a series' own decal over its palette pick, so a
/// field left out would come from another pattern.
fn series_decals(v: &mut serde_json::Value) {
    if v.pointer("/aria/decal/show") != Some(&serde_json::Value::Bool(true)) {
        return;
    }
    let Some(palette) = v.pointer("/aria/decal/decals").and_then(|d| d.as_array()).filter(|d| !d.is_empty()).cloned() else { return };
    let defaults = serde_json::json!({
        "symbol": "rect", "symbolSize": 1, "symbolKeepAspect": true, "color": "rgba(0, 0, 0, 0.2)",
        "dashArrayX": 5, "dashArrayY": 5, "rotation": 0, "maxTileWidth": 512, "maxTileHeight": 512,
    });
    let Some(series) = v.get_mut("series").and_then(|s| s.as_array_mut()) else { return };
    let mut names: Vec<serde_json::Value> = Vec::new();
    for s in series.iter_mut() {
        // Series coloured by data item take their patterns per chart already.
        if s.get("colorBy").is_some_and(|c| c == "data") || s.pointer("/itemStyle/decal").is_some() {
            continue;
        }
        let name = s.get("name").cloned().unwrap_or_default();
        let k = names.iter().position(|n| *n == name).unwrap_or_else(|| {
            names.push(name);
            names.len() - 1
        });
        let mut decal = defaults.clone();
        if let (Some(decal), Some(own)) = (decal.as_object_mut(), palette[k % palette.len()].as_object()) {
            decal.extend(own.clone());
        }
        if let Some(s) = s.as_object_mut() {
            let style = s.entry("itemStyle").or_insert_with(|| serde_json::json!({}));
            if let Some(style) = style.as_object_mut() {
                style.insert("decal".into(), decal);
            }
        }
    }
}

/// A chart's options: charming's `Chart`, and the value labels charming 0.6
/// cannot carry. ECharts' `{c}` template prints a raw number ("9430"),
/// while the page writes numbers as the language does ("9,430",
/// `format::number`); charming's `DataPointItem` has no `label`. So a chart
/// module writes each label's text here, by series index, and `json` sets
/// it on its data item as `{ "value": …, "label": { "formatter": text } }`,
/// which ECharts draws instead of the series' template. Tooltips read the
/// value, which stays a number (ECharts groups its thousands there itself),
/// unless the module writes an item's tooltip too (`item_tooltips`: a
/// tooltip's template knows no `{@[n]}`, and a function is no option under
/// the CSP).
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// The options as JSON before `options_json`'s cleaning: charming's
    /// chart serialised at once (`new`), so that what builds options as
    /// JSON directly (`from_json`: the map, the timeline, the monthly bars,
    /// the only ones the browser builds) never reaches charming's code.
    raw: serde_json::Value,
    /// (series index, `label` or `tooltip`, one text per data item; `None`
    /// leaves the item as is).
    labels: Vec<(usize, &'static str, Vec<Option<String>>)>,
}

impl Options {
    pub fn new(chart: Chart) -> Self {
        Options { raw: serde_json::to_value(&chart).unwrap_or(serde_json::Value::Null), labels: Vec::new() }
    }

    /// Options given as ECharts JSON. They get what `options_json` gives
    /// every chart: no nulls, tooltips in the canvas, ECharts' own aria
    /// label off.
    pub fn from_json(v: serde_json::Value) -> Self {
        Options { raw: v, labels: Vec::new() }
    }

    /// The label texts of series `series` (its index in the order the
    /// series were added), one per data item. A text is used as an ECharts
    /// label template, so it must not hold `{` (none of ours does: numbers,
    /// units, names).
    pub fn item_labels(mut self, series: usize, texts: Vec<Option<String>>) -> Self {
        debug_assert!(texts.iter().flatten().all(|t| !t.contains('{')), "a label text is read as a template: {texts:?}");
        self.labels.push((series, "label", texts));
        self
    }

    /// The tooltip texts of series `series`, one per data item, shown as
    /// they are (no `{`, as for `item_labels`).
    pub fn item_tooltips(mut self, series: usize, texts: Vec<Option<String>>) -> Self {
        debug_assert!(texts.iter().flatten().all(|t| !t.contains('{')), "a tooltip text is read as a template: {texts:?}");
        self.labels.push((series, "tooltip", texts));
        self
    }

    /// The options as JSON for ECharts: `options_json`, with the labels set.
    pub fn json(&self) -> serde_json::Value {
        let mut v = clean_json(self.raw.clone());
        for (series, field, texts) in &self.labels {
            let Some(data) = v.pointer_mut(&format!("/series/{series}/data")).and_then(|d| d.as_array_mut()) else {
                debug_assert!(false, "no series {series} for labels {texts:?}");
                continue;
            };
            for (item, text) in data.iter_mut().zip(texts) {
                let Some(text) = text else { continue };
                let mut fields = match item.take() {
                    serde_json::Value::Object(fields) => fields,
                    value => serde_json::Map::from_iter([("value".to_string(), value)]),
                };
                fields.insert((*field).into(), serde_json::json!({ "formatter": text }));
                *item = serde_json::Value::Object(fields);
            }
        }
        v
    }
}

impl From<Chart> for Options {
    fn from(chart: Chart) -> Self {
        Options::new(chart)
    }
}

#[cfg(test)]
pub(crate) mod lint {
    /// Fails on what makes ECharts throw or draw nothing: nulls, and
    /// empty pattern lists (ECharts indexes decals modulo their length).
    pub fn assert_echarts_safe(v: &serde_json::Value, path: &str) {
        match v {
            serde_json::Value::Null => panic!("null at {path}"),
            serde_json::Value::Object(map) => {
                for (k, v) in map {
                    if k == "decals" {
                        assert!(!v.as_array().map_or(true, |a| a.is_empty()), "empty decals at {path}");
                    }
                    assert_echarts_safe(v, &format!("{path}.{k}"));
                }
            }
            serde_json::Value::Array(items) => {
                for (i, v) in items.iter().enumerate() {
                    assert_echarts_safe(v, &format!("{path}[{i}]"));
                }
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use charming::datatype::DataPoint;
    use charming::series::Bar;

    #[test]
    fn item_labels_become_data_items_with_their_own_label() {
        let chart = Chart::new()
            .series(Bar::new().name("a").data(vec![DataPoint::from(9430), DataPoint::from("-")]))
            .series(Bar::new().name("b").data(vec![DataPoint::from((3, "x")), DataPoint::from(12)]));
        let json = Options::new(chart)
            .item_labels(0, vec![Some("9,430 檔次".into()), None])
            .item_labels(1, vec![Some("3 件".into()), None])
            .json();
        lint::assert_echarts_safe(&json, "options");
        let a = &json["series"][0]["data"];
        // The value stays a number: tooltips and axes read it.
        assert_eq!(a[0], serde_json::json!({ "value": 9430, "label": { "formatter": "9,430 檔次" } }));
        assert_eq!(a[1], "-", "an item without a text is left as it is");
        let b = &json["series"][1]["data"];
        assert_eq!(b[0]["name"], "x", "an item's other fields are kept");
        assert_eq!(b[0]["label"]["formatter"], "3 件");
        assert_eq!(b[1], 12);
    }

    #[test]
    fn each_series_has_its_pattern_in_full_by_the_order_of_its_name() {
        let chart = Chart::new()
            .aria(aria())
            .series(Bar::new().name("people").data(vec![DataPoint::from(1)]))
            .series(Bar::new().name("rounds").data(vec![DataPoint::from(2)]))
            .series(Bar::new().name("people").data(vec![DataPoint::from(3)]))
            .series(Bar::new().name("cases").data(vec![DataPoint::from(4)]));
        let json = options_json(&chart);
        lint::assert_echarts_safe(&json, "options");
        let decal = |i: usize| json["series"][i]["itemStyle"]["decal"].clone();
        let palette = json["aria"]["decal"]["decals"].as_array().unwrap();
        assert_eq!(decal(0)["symbol"], "none");
        assert_eq!(decal(1)["rotation"], palette[1]["rotation"]);
        assert_eq!(decal(2), decal(0), "a name used again keeps its pattern");
        assert_eq!(decal(3)["symbol"], "circle");
        // Written in full: no field is left for ECharts to take from another pattern.
        for i in 0..4 {
            for key in ["symbol", "symbolSize", "color", "dashArrayX", "dashArrayY", "rotation"] {
                assert!(decal(i).get(key).is_some(), "series {i} lacks {key}");
            }
        }
        assert_eq!(decal(3)["dashArrayX"], 5, "the dots keep ECharts' default spacing");
        // No patterns asked for, none given.
        let plain = options_json(&Chart::new().series(Bar::new().name("a").data(vec![DataPoint::from(1)])));
        assert!(plain["series"][0].get("itemStyle").is_none());
    }

    #[test]
    fn short_lists_are_named_and_long_ones_left_to_the_table() {
        assert_eq!(short_list(vec![1; SHORT_LIST]).len(), SHORT_LIST);
        assert!(short_list(vec![1; SHORT_LIST + 1]).is_empty());
    }
}

#[cfg(test)]
mod aria_tests {
    #[test]
    fn aria_in_json_is_charmings() {
        let mut charming = serde_json::to_value(super::aria()).unwrap();
        // charming writes the label it cannot set as null (`clean_json` sets it).
        assert_eq!(charming.as_object_mut().unwrap().remove("label"), Some(serde_json::Value::Null));
        assert_eq!(super::aria_json(), charming);
    }
}
