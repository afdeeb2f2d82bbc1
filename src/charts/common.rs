//! Pieces shared by the chart builders: axes, colours, bars of figures,
//! and counts by month.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::DataPoint;
use charming::element::{AxisLabel, AxisType, Color, Label, LabelPosition, LineStyle, SplitLine, TextStyle, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

use super::{ChartEnv, Options};
use crate::core::{ChartId, Lang, Pillar, Unit};
use crate::locale::format;
use crate::locale;
use crate::data::Activity;
use crate::dataset::facts::Fact;

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
    palette_names(dark).iter().map(|c| Color::from(*c)).collect()
}

/// The palette's colours by name.
pub fn palette_names(dark: bool) -> [&'static str; 6] {
    if dark {
        ["#8ab4f8", "#f0a35e", "#7fcf83", "#c99be0", "#f28b82", "#4fd1c5"]
    } else {
        ["#1d4f91", "#d2691e", "#2e7d32", "#7b3294", "#b3261e", "#00796b"]
    }
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
/// The lines are balanced: as many as `width` needs, each as short as that
/// allows (no last line of one word).
pub fn wrap(label: &str, width: usize) -> String {
    let first = wrap_at(label, width);
    let lines = first.lines().count();
    if lines < 2 {
        return first;
    }
    let cols = label.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
    (cols.div_ceil(lines)..width).map(|w| wrap_at(label, w)).find(|w| w.lines().count() <= lines).unwrap_or(first)
}

/// `wrap` without balancing: each line filled up to `width`.
fn wrap_at(label: &str, width: usize) -> String {
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
    // A short parenthesis of words, such as a date (`(30 Aug)`), is one token.
    let mut i = 0;
    while i < tokens.len() {
        if tokens[i].trim_start().starts_with('(') {
            if let Some(end) = (i..tokens.len().min(i + 3)).find(|&j| tokens[j].ends_with(')')) {
                if cols(&tokens[i..=end].concat()) <= 12 {
                    let merged = tokens.drain(i..=end).collect::<String>();
                    tokens.insert(i, merged);
                }
            }
        }
        i += 1;
    }
    let mut lines: Vec<String> = vec![String::new()];
    for token in tokens {
        let line = lines.last_mut().unwrap();
        // Closing punctuation never starts a line (`美國、` not `、索羅門`).
        let closing = token.chars().all(|c| "、，。；：！？）」』》".contains(c));
        if !line.trim().is_empty() && !closing && cols(line.trim_end()) + cols(token.trim_end()) > width {
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
pub fn bars_by_unit(facts: &[Fact], env: &ChartEnv) -> Options {
    let bars: Vec<BarItem> =
        facts.iter().map(|f| BarItem { label: f.label.get(env.lang).to_string(), value: f.value, unit: f.unit, approx: false }).collect();
    labelled_bars(&bars, env)
}

/// One bar: its category label, value, unit id, and whether the report
/// gives the value as "about".
pub struct BarItem {
    pub label: String,
    pub value: Option<f64>,
    pub unit: Unit,
    pub approx: bool,
}

/// Font size of chart labels (ECharts' default).
pub const FONT_SIZE: f64 = 12.0;

/// Distance between a bar and its label (ECharts' default).
const LABEL_DISTANCE: f64 = 5.0;

/// The narrowest plot of horizontal bars (px), at 320 px.
pub const MIN_PLOT: f64 = 60.0;

/// Width in pixels of the longest line of `text` at `font_size`, estimated
/// on the wide side: an ASCII character two thirds of an em (DejaVu Sans,
/// Chromium's sans-serif on Debian, averages about 0.6 em for digits and
/// letters), any other (CJK) one em.
pub fn text_width(text: &str, font_size: f64) -> f64 {
    text.lines().map(|l| l.chars().map(|c| if c.is_ascii() { 0.66 } else { 1.0 }).sum::<f64>() * font_size).fold(0.0, f64::max)
}

/// Horizontal bars with a series per unit (see `bars_by_unit`), each bar
/// labelled with its value as the language writes it (`9,430 檔次`).
pub fn labelled_bars(bars: &[BarItem], env: &ChartEnv) -> Options {
    let lang = env.lang;
    // A series per unit name: in Chinese "people" and "persons" are both
    // 人, and a legend shows one entry per name.
    let mut units: Vec<&str> = Vec::new();
    for b in bars {
        if !units.contains(&locale::unit(lang, b.unit)) {
            units.push(locale::unit(lang, b.unit));
        }
    }
    // Categories read top to bottom in the order given; the data bottom up.
    // At 11 px, 26 columns take the width of 24 at 12 px, in fewer lines:
    // eight labels of three lines fit a 352 px high chart without touching.
    let categories: Vec<String> = bars.iter().rev().map(|b| wrap(&b.label, 26)).collect();
    let texts: Vec<Option<String>> = bars.iter().rev().map(|b| b.value.map(|v| format::count(v, b.unit, b.approx, lang))).collect();
    // Room right of the plot for each value label beyond the plot: a bar of
    // value v is at most v / max of the plot long, and the plot is at least
    // `MIN_PLOT` wide (at 320 px the category labels leave about that).
    let max = bars.iter().filter_map(|b| b.value).fold(0.0, f64::max);
    let right = bars
        .iter()
        .rev()
        .zip(&texts)
        .filter_map(|(b, t)| Some((b.value?, t.as_deref()?)))
        .map(|(v, t)| text_width(t, FONT_SIZE) + LABEL_DISTANCE - if max > 0.0 { (1.0 - v / max) * MIN_PLOT } else { 0.0 })
        .fold(0.0, f64::max)
        + 8.0;
    let mut chart = base(env)
        .grid(Grid::new().left(8).right(right.ceil()).top(40).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        // No numbers on the value axis: every bar has its own, the bars may
        // be of different units, and at 320 px the plot is too narrow for
        // a scale's labels; the grid lines stay.
        .x_axis(value_axis(env).axis_label(axis_label(env).show(false)))
        .y_axis(Axis::new().type_(AxisType::Category).data(categories).axis_label(axis_label(env).interval(0).font_size(11)));
    let mut labels: Vec<(usize, Vec<Option<String>>)> = Vec::new();
    for (i, name) in units.iter().enumerate() {
        let mine = |b: &BarItem| locale::unit(lang, b.unit) == *name;
        let data: Vec<DataPoint> = bars
            .iter()
            .rev()
            .map(|b| match b.value {
                Some(v) if mine(b) => DataPoint::from(v),
                _ => DataPoint::from("-"),
            })
            .collect();
        labels.push((i, bars.iter().rev().zip(&texts).map(|(b, t)| t.clone().filter(|_| mine(b))).collect()));
        chart = chart.series(
            Bar::new()
                .name(*name)
                .stack("one")
                .label(Label::new().show(true).position(LabelPosition::Right).distance(LABEL_DISTANCE).color(env.text_color()))
                .data(data),
        );
    }
    labels.into_iter().fold(Options::new(chart), |o, (i, texts)| o.item_labels(i, texts))
}

/// A year under a bar; in Chinese on two lines (`103 年` / `(2014)`), so
/// that four years fit side by side at 320 px.
pub fn year_category(y: i32, lang: Lang) -> String {
    format::year(y, lang).replace("（", "\n(").replace("）", ")")
}

/// An activity's title with its day (`… (30 Aug)` / `…（8 月 30 日）`), as a
/// bar label or in a list; the title alone when it has no month.
pub fn dated_title(a: &Activity, lang: Lang) -> String {
    let date = format::short_month_day(a.date, lang);
    if date.is_empty() {
        a.title.get(lang).to_string()
    } else {
        format!("{}{}", a.title.get(lang), format::parens(&date, lang))
    }
}

/// Month (1–12) of an activity in `year`, when it has a month.
pub fn month_of(a: &Activity, year: i32) -> Option<u8> {
    (a.date.year == year).then_some(a.date.month).flatten()
}

/// Month names for a category axis.
pub fn month_names(lang: Lang) -> Vec<String> {
    (1..=12).map(|m| crate::locale::format::month_name(m, lang)).collect()
}

/// A stacked bar per group over the twelve months. Written as ECharts JSON
/// directly, not with charming: the browser builds it for the activities
/// chart, and this keeps charming out of the wasm (`monthly_stacked_chart`,
/// the same chart in charming, is what the test compares it with).
pub fn monthly_stacked<G: Copy + PartialEq>(
    env: &ChartEnv,
    groups: &[(G, String, Option<&'static str>)],
    items: &[(G, u8)],
) -> Options {
    use serde_json::{json, Value};
    let text = if env.dark { "#e8e8e8" } else { "#1b1b1b" };
    let grid = if env.dark { "#3a3f45" } else { "#e0e6f1" };
    let series: Vec<Value> = groups
        .iter()
        .map(|(g, name, color)| {
            let counts: Vec<Value> = (1..=12u8)
                .map(|m| {
                    let n = items.iter().filter(|(ig, im)| ig == g && *im == m).count();
                    if n == 0 { json!("-") } else { json!(n as i64) }
                })
                .collect();
            let mut bar = json!({ "type": "bar", "name": name, "stack": "months", "data": counts });
            if let Some(c) = color {
                bar["itemStyle"] = json!({ "color": c });
            }
            bar
        })
        .collect();
    Options::from_json(json!({
        "animation": env.animate,
        "aria": super::aria_json(),
        "color": palette_names(env.dark),
        "legend": { "top": 0, "textStyle": { "color": text } },
        "grid": [{ "left": 8, "right": 8, "top": 56, "bottom": 8, "containLabel": true }],
        "tooltip": { "trigger": "item" },
        "xAxis": { "type": "category", "data": month_names(env.lang), "axisLabel": { "color": text } },
        "yAxis": { "type": "value", "axisLabel": { "color": text }, "splitLine": { "lineStyle": { "color": grid } }, "minInterval": 1.0 },
        "series": series,
    }))
}

/// `monthly_stacked` in charming, for the test that keeps the two alike.
#[cfg(test)]
fn monthly_stacked_chart<G: Copy + PartialEq>(
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
            bar = bar.item_style(charming::element::ItemStyle::new().color(*c));
        }
        chart = chart.series(bar);
    }
    chart
}

/// A chart's text alternative from its definition's sentence
/// (`viewer.json`'s `summary`): each `{figure-id}` is that figure's value
/// among the chart's facts, as the language writes numbers, or "–" where
/// the selection leaves it out; empty for a chart without a sentence.
pub fn summary_from_data(d: &crate::dataset::Dataset, id: ChartId, facts: &[Fact], lang: Lang) -> String {
    let Some(sentence) = d.chart(id).and_then(|c| c.summary.as_ref()) else { return String::new() };
    crate::data::viewer::fill(sentence.get(lang), |figure| figure_value(facts, figure).map_or_else(|| "–".to_string(), |v| format::number(v, lang)))
}

/// The value of a figure, by its id, among a chart's facts (`None`
/// when the year filter leaves it out or the report prints no number).
pub fn figure_value(facts: &[Fact], id: &str) -> Option<f64> {
    facts.iter().find(|f| f.record_id == id).and_then(|f| f.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_monthly_bars_in_json_are_the_charming_ones() {
        for dark in [false, true] {
            for lang in Lang::ALL {
                let env = ChartEnv { lang, dark, animate: !dark };
                let groups = vec![(1, "a".to_string(), Some("#123456")), (2, "b".to_string(), None)];
                let items = [(1, 3), (1, 3), (2, 12), (1, 1)];
                let json = monthly_stacked(&env, &groups, &items).json();
                assert_eq!(json, Options::new(monthly_stacked_chart(&env, &groups, &items)).json(), "{lang:?} dark {dark}");
            }
        }
    }

    #[test]
    fn wraps_long_labels() {
        assert_eq!(wrap("short", 22), "short");
        let w = wrap("Victims repatriated after their placement ended", 22);
        assert_eq!(w, "Victims repatriated\nafter their\nplacement ended");
        assert!(w.lines().all(|l| l.chars().count() <= 22), "{w}");
        assert!(w.lines().count() >= 2);
        let zh = wrap("結束安置服務安排返國人數統計", 12);
        assert!(zh.lines().all(|l| l.chars().count() <= 6), "{zh}");
        // No line starts with a closing mark; it stays with the name before.
        let names = wrap("美國、索羅門群島、貝里斯", 8);
        assert_eq!(names, "美國、索\n羅門群島、\n貝里斯");
        assert!(names.lines().all(|l| !l.starts_with('、')), "{names}");
        // A date in parentheses stays on one line.
        assert_eq!(wrap("Booth at a Mid-Autumn Festival charity event (30 Aug)", 26), "Booth at a Mid-Autumn\nFestival charity\nevent (30 Aug)");
        assert!(wrap("Booth at the \"Indonesia Excellence\" exhibition (31 Aug)", 26).lines().any(|l| l.ends_with("(31 Aug)")));
        // Balanced: no line of one character left over.
        assert_eq!(wrap("司法警察機關查獲人口販運案件", 26), "司法警察機關查\n獲人口販運案件");
    }
}
