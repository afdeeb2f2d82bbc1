//! US TIP report ratings 2010–2014: countries per tier, stacked, with
//! Taiwan's tier named under each year.

use charming::component::{Axis, Grid, Legend};
use charming::datatype::{CompositeValue, DataPoint};
use charming::element::{AxisType, Color, Tooltip, Trigger};
use charming::series::Bar;
use charming::Chart;

use super::parts::ChartParts;
use super::table::{Cell, Table};
use super::{ChartEnv, Options};
use crate::core::{ChartId, Lang, Tier};
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::data::{Report, TierYear};
use crate::dataset::Dataset;
use crate::presentation::Selection;

/// Tier colours, dark to light, distinct also in greyscale; the aria decal
/// adds a pattern per series so colour is not the only cue.
fn tier_color(t: Tier, dark: bool) -> &'static str {
    match (t, dark) {
        (Tier::Tier1, false) => "#1d4f91",
        (Tier::Tier1, true) => "#8ab4f8",
        (Tier::Tier2, _) => "#4f9bd9",
        (Tier::Tier2Watch, _) => "#e0a526",
        (Tier::Tier3, false) => "#b3261e",
        (Tier::Tier3, true) => "#f28b82",
    }
}

/// Label under a year: the year, then the tier of the report's country (`home`).
pub fn year_label(home: &str, year: i32, rating: Tier, lang: Lang) -> String {
    locale::tiers_year_label(lang, home, year, rating)
}

/// The chart's one-sentence text alternative.
pub fn summary(home: &str, years: &[&TierYear], lang: Lang) -> String {
    let (Some(first), Some(last)) = (years.first(), years.last()) else { return String::new() };
    let all_tier1 = years.iter().all(|y| y.taiwan == Tier::Tier1);
    let t1 = |y: &TierYear| y.tiers.iter().find(|c| c.tier == Tier::Tier1).map(|c| c.count).unwrap_or(0);
    locale::tiers_summary(lang, home, first.year, last.year, t1(first), t1(last), all_tier1)
}

/// The years of the selection.
fn selected<'a>(r: &'a Report, state: &Selection) -> Vec<&'a TierYear> {
    r.tier_years().iter().filter(|y| state.shows_year(y.year)).collect()
}

/// Counts with the printed percentages, the sum of the tiers and the printed
/// total side by side (a mismatch is flagged).
pub fn table(caption: &str, home: &str, years: &[&TierYear], lang: Lang) -> Table {
    let mut columns = vec![t(lang, Key::ColYear).to_string()];
    columns.extend(Tier::ALL.map(|tier| locale::tier(lang, tier).to_string()));
    columns.extend([Key::TiersSumOfTiers, Key::TiersTotalPrinted].map(|k| t(lang, k).to_string()));
    columns.push(locale::tiers_home_column(lang, home));
    let rows = years
        .iter()
        .map(|y| {
            let sum: u32 = y.tiers.iter().map(|c| c.count).sum();
            let mismatch = sum != y.total;
            let mut row = vec![Cell { raw: y.year.to_string(), ..Cell::text(format::year(y.year, lang)) }];
            row.extend(Tier::ALL.map(|tier| match y.tiers.iter().find(|c| c.tier == tier) {
                Some(c) => Cell {
                    text: format!("{}{}", format::number(c.count as f64, lang), format::parens(&c.pct.printed, lang)),
                    raw: format!("{} ({})", c.count, c.pct.printed),
                    numeric: true,
                    value: Some(c.count as f64),
                    flagged: false,
                },
                None => Cell::text(""),
            }));
            row.push(Cell::number(sum as f64, lang).flagged(mismatch));
            row.push(Cell::number(y.total as f64, lang).flagged(mismatch));
            row.push(Cell::text(locale::tier(lang, y.taiwan)));
            row
        })
        .collect();
    Table { caption: caption.to_string(), columns, rows }
}

pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let years = selected(r, state);
    let home = r.meta.home.name.get(env.lang);
    let mut sources: Vec<String> = years.iter().map(|y| y.source.clone()).collect();
    let published = r.tip_tiers.as_ref().map(|t| &t.published);
    sources.extend(published.map(|p| p.source.clone()));
    let context = published.filter(|p| state.shows_year(p.date.year)).map(|p| {
        format!("{}{}{}", format::date(p.date, env.lang), format::colon(env.lang), p.text.get(env.lang))
    });
    if years.is_empty() {
        return ChartParts { chart: None, tables: vec![], summary: String::new(), sources, context };
    }
    ChartParts {
        chart: Some(chart(home, &years, env)),
        tables: vec![table(d.chart_title(id, env.lang), home, &years, env.lang)],
        summary: summary(home, &years, env.lang),
        sources,
        context,
    }
}

/// The legend, set out explicitly so that the layout below can count on
/// it: at 320 px its four tiers take two rows (one on wider charts).
const LEGEND_PADDING: f64 = 5.0;
const LEGEND_ITEM_WIDTH: f64 = 25.0;
const LEGEND_ITEM_HEIGHT: f64 = 14.0;
const LEGEND_ITEM_GAP: f64 = 10.0;
/// Where a two-row legend ends.
const LEGEND_BOTTOM: f64 = 2.0 * LEGEND_PADDING + 2.0 * LEGEND_ITEM_HEIGHT + LEGEND_ITEM_GAP;
/// The value axis's name ("countries") sits above the plot's top left,
/// `NAME_GAP` above the plot and clear of a two-row legend, at any width.
const NAME_GAP: f64 = 10.0;
const GRID_TOP: f64 = LEGEND_BOTTOM + 4.0 + super::common::FONT_SIZE + NAME_GAP;

/// The chart options.
pub fn chart(home: &str, years: &[&TierYear], env: ChartEnv) -> Options {
    let lang = env.lang;
    let categories: Vec<String> = years.iter().map(|y| year_label(home, y.year, y.taiwan, lang)).collect();
    let unit = t(lang, Key::Countries);
    // Each bar's tooltip: its tier, its count and the percentage as printed.
    let tooltip = |tier: Tier, y: &TierYear| -> Option<String> {
        let c = y.tiers.iter().find(|c| c.tier == tier)?;
        let pct = c.pct.printed.trim_end_matches(['％', '%']);
        let share = crate::locale::format::parens(&format!("{} {pct}%", t(lang, Key::AboutShare)), lang);
        Some(format!("{}\n{} {unit}{share}", locale::tier(lang, tier), crate::locale::format::number(c.count as f64, lang)))
    };

    let mut chart = Chart::new()
        .animation(env.animate)
        .aria(super::aria())
        .color(Tier::ALL.iter().map(|t| Color::from(tier_color(*t, env.dark))).collect())
        .legend(
            Legend::new()
                .top(0)
                .padding(LEGEND_PADDING)
                .item_width(LEGEND_ITEM_WIDTH)
                .item_height(LEGEND_ITEM_HEIGHT)
                .item_gap(LEGEND_ITEM_GAP)
                .text_style(charming::element::TextStyle::new().color(env.text_color())),
        )
        .grid(Grid::new().left(44).right(12).top(GRID_TOP).bottom(72))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(categories)
                .axis_label(charming::element::AxisLabel::new().color(env.text_color()).interval(0)),
        )
        .y_axis(
            super::common::value_axis(&env)
                .name(unit)
                .name_gap(NAME_GAP)
                .name_text_style(charming::element::TextStyle::new().color(env.text_color()).font_size(super::common::FONT_SIZE)),
        );
    for tier in Tier::ALL {
        // Each item is [year index, count, printed percentage].
        let data: Vec<DataPoint> = years
            .iter()
            .enumerate()
            .map(|(i, y)| {
                let c = y.tiers.iter().find(|c| c.tier == tier);
                let count = c.map(|c| c.count as f64).unwrap_or(0.0);
                let pct = c.map(|c| c.pct.printed.trim_end_matches(['％', '%']).to_string()).unwrap_or_default();
                DataPoint::Value(CompositeValue::Array(vec![
                    CompositeValue::from(i as f64),
                    CompositeValue::from(count),
                    CompositeValue::from(pct),
                ]))
            })
            .collect();
        chart = chart.series(
            Bar::new()
                .name(locale::tier(lang, tier))
                .stack("tiers")
                .data(data),
        );
    }
    Tier::ALL
        .iter()
        .enumerate()
        .fold(Options::new(chart), |o, (s, tier)| o.item_tooltips(s, years.iter().map(|y| tooltip(*tier, y)).collect()))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fictional report (two years rated, 2018–2019; Taiwan Tier 1 in
    /// both): the 2014 report's chart is kept by tests/report_2014.rs.
    fn report() -> Report {
        crate::data::fixtures::FICTIONAL.report()
    }

    fn chart(r: &Report, env: ChartEnv) -> Options {
        super::chart(r.meta.home.name.get(env.lang), &r.tier_years().iter().collect::<Vec<_>>(), env)
    }

    fn summary(r: &Report, lang: Lang) -> String {
        super::summary(r.meta.home.name.get(lang), &r.tier_years().iter().collect::<Vec<_>>(), lang)
    }

    #[test]
    fn one_stacked_series_per_tier_with_every_year() {
        let r = report();
        let json = chart(&r, ChartEnv::new(Lang::En)).json();
        crate::charts::lint::assert_echarts_safe(&json, "tiers");
        let series = json["series"].as_array().unwrap();
        assert_eq!(series.len(), 4);
        for s in series {
            assert_eq!(s["type"], "bar");
            assert_eq!(s["stack"], "tiers");
            assert_eq!(s["data"].as_array().unwrap().len(), r.tier_years().len());
        }
        assert_eq!(series[0]["name"], "Tier 1");
        // The last year's Tier 1 count and its share, as printed.
        let last = r.tier_years().len() - 1;
        assert_eq!(last, 1);
        assert_eq!(series[0]["data"][last]["value"][1], 31.0);
        assert_eq!(series[0]["data"][last]["value"][2], "16.6");
        assert_eq!(series[0]["data"][0]["value"][1], 30.0);
        assert_eq!(series[0]["data"][0]["value"][2], "16");
        // Each bar's tooltip says its tier, count and printed share in words:
        // an ECharts tooltip template cannot read `{@[1]}`.
        assert_eq!(series[0]["data"][last]["tooltip"]["formatter"], "Tier 1\n31 countries (about 16.6%)");
        let zh = chart(&r, ChartEnv::new(Lang::Zh)).json();
        let tip = zh["series"][0]["data"][last]["tooltip"]["formatter"].as_str().unwrap();
        assert!(tip.starts_with("第一級\n31") && tip.contains("16.6%"), "{tip}");
        for s in series {
            assert!(s["tooltip"].get("formatter").is_none(), "no series template: {}", s["tooltip"]);
            for item in s["data"].as_array().unwrap() {
                assert!(!item["tooltip"]["formatter"].as_str().unwrap().contains('{'));
            }
        }
        assert_eq!(json["aria"]["enabled"], true);
        assert_eq!(json["aria"]["label"]["enabled"], false, "ECharts' own label is off");
        assert_eq!(json["aria"]["decal"]["show"], true);
        // Tooltips drawn in the canvas: no inline styles under a strict CSP.
        assert_eq!(json["tooltip"]["renderMode"], "richText");
        assert!(series[0]["data"][0]["tooltip"]["renderMode"].as_str().is_none_or(|m| m == "richText"));
        assert!(!json.to_string().contains("<br"), "richText tooltips take newlines, not HTML");
    }

    #[test]
    fn taiwan_is_named_under_each_year_in_both_languages() {
        let r = report();
        let en = chart(&r, ChartEnv::new(Lang::En)).json();
        assert_eq!(en["xAxis"]["data"][0], "2018\nTaiwan:\nTier 1");
        let zh = chart(&r, ChartEnv::new(Lang::Zh)).json();
        assert_eq!(zh["xAxis"]["data"][1], "108 年\n臺灣\n第一級");
        assert_eq!(zh["series"][0]["name"], "第一級");
    }

    #[test]
    fn reduced_motion_turns_animation_off() {
        let r = report();
        let env = ChartEnv { animate: false, ..ChartEnv::new(Lang::Zh) };
        let json = chart(&r, env).json();
        assert_eq!(json["animation"], false);
    }

    #[test]
    fn dark_scheme_has_light_text_and_quiet_grid_lines() {
        let r = report();
        let env = ChartEnv { dark: true, ..ChartEnv::new(Lang::En) };
        let json = chart(&r, env).json();
        assert_eq!(json["legend"]["textStyle"]["color"], "#e8e8e8");
        assert_eq!(json["yAxis"]["splitLine"]["lineStyle"]["color"], "#3a3f45");
    }

    /// Rows of a horizontal legend `width` px wide: ECharts fills a row
    /// (icon, 5 px, text; `itemGap` between items), then starts the next.
    fn legend_rows(legend: &serde_json::Value, names: &[&str], width: f64) -> usize {
        let num = |k: &str| legend[k].as_f64().unwrap();
        let room = width - 2.0 * num("padding");
        let mut rows = 1;
        let mut x = 0.0;
        for name in names {
            let item = num("itemWidth") + 5.0 + crate::charts::common::text_width(name, crate::charts::common::FONT_SIZE);
            if x > 0.0 && x + item > room {
                rows += 1;
                x = 0.0;
            }
            x += item + num("itemGap");
        }
        rows
    }

    #[test]
    fn the_legend_and_the_axis_name_do_not_meet_from_320_to_1280_px() {
        let r = report();
        for lang in Lang::ALL {
            let json = chart(&r, ChartEnv::new(lang)).json();
            let legend = &json["legend"];
            let num = |v: &serde_json::Value| v.as_f64().unwrap_or_else(|| panic!("{v} is not a number"));
            let names: Vec<&str> = json["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap()).collect();
            // At most two rows at 320 px; one at 1280 px.
            assert!(legend_rows(legend, &names, 320.0) <= 2, "{lang:?}");
            assert_eq!(legend_rows(legend, &names, 1280.0), 1, "{lang:?}");
            let rows = 2.0;
            let legend_bottom = num(&legend["top"]) + 2.0 * num(&legend["padding"]) + rows * num(&legend["itemHeight"]) + (rows - 1.0) * num(&legend["itemGap"]);
            // The name sits `nameGap` above the plot, its text above that.
            let axis = &json["yAxis"];
            let plot_top = num(&json["grid"][0]["top"]);
            let name_top = plot_top - num(&axis["nameGap"]) - num(&axis["nameTextStyle"]["fontSize"]);
            assert!(legend_bottom + 2.0 <= name_top, "{lang:?}: a two-row legend ends at {legend_bottom}, the axis name starts at {name_top}");
            // ... and clear of the top value label (centred on the plot's top).
            assert!(num(&axis["nameGap"]) >= crate::charts::common::FONT_SIZE / 2.0 + 2.0);
        }
    }

    #[test]
    fn summary_names_taiwan_tier() {
        let r = report();
        assert!(summary(&r, Lang::En).contains("Taiwan was Tier 1 every year"));
        assert!(summary(&r, Lang::Zh).contains("每年皆列第一級"));
        // Another tier in one year: not "every year".
        let r = crate::data::fixtures::FICTIONAL.edited(|v| v["tip_tiers"]["years"][0]["taiwan"] = serde_json::json!("tier2")).unwrap();
        assert!(!summary(&r, Lang::En).contains("every year"), "{}", summary(&r, Lang::En));
        assert!(!summary(&r, Lang::Zh).contains("每年皆列第一級"), "{}", summary(&r, Lang::Zh));
    }
}
