//! Chart options, built by pure functions from the data so that they can be
//! unit-tested natively; `app` only hands them to ECharts.

pub mod activities;
pub mod catalog;
pub mod common;
pub mod figures;
pub mod indicator;
pub mod partnership;
pub mod prevention;
pub mod table;
pub mod tiers;

pub use catalog::{build, Built, ChartId};

use charming::component::{Aria, Decal, DecalItem};
use charming::element::{Color, Symbol};
use charming::Chart;

use crate::i18n::Lang;

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

/// ECharts' aria: on (so the decals apply); the text alternative itself is
/// ours (see `app::chart`), so ECharts' generated label is off.
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
    let mut v = serde_json::to_value(chart).unwrap_or(serde_json::Value::Null);
    clean(&mut v);
    if let Some(aria) = v.get_mut("aria").and_then(|a| a.as_object_mut()) {
        aria.insert("label".into(), serde_json::json!({ "enabled": false }));
    }
    v
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
