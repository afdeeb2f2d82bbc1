//! Pieces shared by the chart builders: axes, colours, bars of figures,
//! and counts by month.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::DataPoint;
use charming::element::{AxisLabel, AxisType, Color, ItemStyle, Label, LabelPosition, LineStyle, SplitLine, TextStyle, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

use super::ChartEnv;
use crate::data::{Activity, Pillar, Unit};
use crate::facts::Fact;
use crate::i18n::{self, Lang};

/// Pillar colours: 3:1 or more against the page in both schemes.
pub fn pillar_color(p: Pillar, dark: bool) -> &'static str {
    match (p, dark) {
        (Pillar::Prevention, false) => "#1d6fa5",
        (Pillar::Protection, false) => "#2e7d32",
        (Pillar::Prosecution, false) => "#7b3294",
        (Pillar::Partnership, false) => "#b35900",
        (Pillar::Prevention, true) => "#6cb4ee",
        (Pillar::Protection, true) => "#7fcf83",
        (Pillar::Prosecution, true) => "#c99be0",
        (Pillar::Partnership, true) => "#f0a35e",
    }
}

/// A categorical palette for series that are not pillars.
pub fn palette(dark: bool) -> Vec<Color> {
    let light = ["#1d4f91", "#d2691e", "#2e7d32", "#7b3294", "#b3261e", "#00796b"];
    let dark_ = ["#8ab4f8", "#f0a35e", "#7fcf83", "#c99be0", "#f28b82", "#4fd1c5"];
    (if dark { dark_ } else { light }).iter().map(|c| Color::from(*c)).collect()
}

pub fn text_style(env: &ChartEnv) -> TextStyle {
    TextStyle::new().color(env.text_color())
}

pub fn axis_label(env: &ChartEnv) -> AxisLabel {
    AxisLabel::new().color(env.text_color())
}

/// A value axis: labels in the page's text colour, grid lines that stay
/// quiet in both colour schemes.
pub fn value_axis(env: &ChartEnv) -> Axis {
    let grid = if env.dark { "#3a3f45" } else { "#e0e6f1" };
    Axis::new()
        .type_(AxisType::Value)
        .axis_label(axis_label(env))
        .split_line(SplitLine::new().line_style(LineStyle::new().color(grid)))
}

/// Chart defaults: animation per motion preference, aria decals, palette.
pub fn base(env: &ChartEnv) -> Chart {
    Chart::new()
        .animation(env.animate)
        .aria(super::aria())
        .color(palette(env.dark))
        .legend(Legend::new().top(0).text_style(text_style(env)))
}

/// Breaks a long category label into lines of about `width` columns (CJK
/// characters count two), at spaces or between CJK characters, so labels
/// stay readable at 360 px. A word longer than a line keeps its own line.
pub fn wrap(label: &str, width: usize) -> String {
    // Tokens: ASCII words (with the space before them), or single CJK chars.
    let mut tokens: Vec<String> = Vec::new();
    for ch in label.chars() {
        let glue = ch.is_ascii() && ch != ' ' && tokens.last().is_some_and(|t| t.chars().last().is_some_and(|c| c.is_ascii()));
        if glue {
            tokens.last_mut().unwrap().push(ch);
        } else {
            tokens.push(ch.to_string());
        }
    }
    let cols = |s: &str| s.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    let mut lines: Vec<String> = vec![String::new()];
    for token in tokens {
        let line = lines.last_mut().unwrap();
        if !line.trim().is_empty() && cols(line.trim_end()) + cols(token.trim_end()) > width {
            lines.push(token.trim_start().to_string());
        } else {
            line.push_str(if line.is_empty() { token.trim_start() } else { &token });
        }
    }
    lines.iter().map(|l| l.trim()).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

/// Horizontal bars, one per figure, a series per unit so that bars of
/// different units are told apart (legend, colour, pattern) and each bar
/// is labelled with its value and unit.
pub fn bars_by_unit(facts: &[Fact], env: &ChartEnv) -> Chart {
    let bars: Vec<BarItem> = facts.iter().map(|f| BarItem { label: f.label.get(env.lang).to_string(), value: f.value, unit: f.unit }).collect();
    labelled_bars(&bars, env)
}

/// One bar: its category label, value and unit id.
pub struct BarItem {
    pub label: String,
    pub value: Option<f64>,
    pub unit: Unit,
}

/// Horizontal bars with a series per unit (see `bars_by_unit`).
pub fn labelled_bars(bars: &[BarItem], env: &ChartEnv) -> Chart {
    let lang = env.lang;
    let mut units: Vec<Unit> = Vec::new();
    for b in bars {
        if !units.contains(&b.unit) {
            units.push(b.unit);
        }
    }
    // Categories read top to bottom in the order given.
    let categories: Vec<String> = bars.iter().rev().map(|b| wrap(&b.label, 24)).collect();
    let mut chart = base(env)
        .grid(Grid::new().left(8).right(64).top(40).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(value_axis(env))
        .y_axis(Axis::new().type_(AxisType::Category).data(categories).axis_label(axis_label(env).interval(0)));
    for unit in units {
        let name = i18n::unit(lang, unit);
        let data: Vec<DataPoint> = bars
            .iter()
            .rev()
            .map(|b| match b.value {
                Some(v) if b.unit == unit => DataPoint::from(v),
                _ => DataPoint::from("-"),
            })
            .collect();
        let label_fmt = format!("{{c}} {name}");
        chart = chart.series(
            Bar::new()
                .name(name)
                .stack("one")
                .label(
                    Label::new()
                        .show(true)
                        .position(LabelPosition::Right)
                        .color(env.text_color())
                        .formatter(charming::element::Formatter::String(label_fmt)),
                )
                .data(data),
        );
    }
    chart
}

/// Month (1–12) of an activity in `year`, when it has a month.
pub fn month_of(a: &Activity, year: i32) -> Option<u8> {
    (a.date.year == year).then_some(a.date.month).flatten()
}

/// Month names for a category axis.
pub fn month_names(lang: Lang) -> Vec<String> {
    (1..=12).map(|m| crate::format::month_name(m, lang)).collect()
}

/// A stacked bar per group over the twelve months.
pub fn monthly_stacked<G: Copy + PartialEq>(
    env: &ChartEnv,
    groups: &[(G, String, Option<&'static str>)],
    items: &[(G, u8)],
) -> Chart {
    let mut chart = base(env)
        .grid(Grid::new().left(8).right(8).top(56).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Category).data(month_names(env.lang)).axis_label(axis_label(env)))
        .y_axis(value_axis(env).min_interval(1));
    for (g, name, color) in groups {
        let counts: Vec<DataPoint> = (1..=12u8)
            .map(|m| {
                let n = items.iter().filter(|(ig, im)| ig == g && *im == m).count();
                if n == 0 { DataPoint::from("-") } else { DataPoint::from(n as i64) }
            })
            .collect();
        let mut bar = Bar::new().name(name.as_str()).stack("months").data(counts);
        if let Some(c) = color {
            bar = bar.item_style(ItemStyle::new().color(*c));
        }
        chart = chart.series(bar);
    }
    chart
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_long_labels() {
        assert_eq!(wrap("short", 22), "short");
        let w = wrap("Victims repatriated after their placement ended", 22);
        assert_eq!(w, "Victims repatriated\nafter their placement\nended");
        assert!(w.lines().all(|l| l.chars().count() <= 22), "{w}");
        assert!(w.lines().count() >= 2);
        let zh = wrap("結束安置服務安排返國人數統計", 12);
        assert!(zh.lines().all(|l| l.chars().count() <= 6), "{zh}");
    }
}
