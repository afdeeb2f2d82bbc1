//! The key performance indicator: target against actual, 2011–2014.

use charming::component::{Axis, Grid};
use charming::datatype::DataPoint;
use charming::element::{AxisType, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

use super::parts::ChartParts;
use super::common::{axis_label, base, value_axis, year_category};
use super::table::{Cell, Table};
use super::{ChartEnv, Options};
use crate::core::{ChartId, Lang};
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::data::{IndicatorYear, PrintedValue};
use crate::dataset::Dataset;
use crate::presentation::Selection;

fn cell(v: &PrintedValue, lang: Lang) -> Cell {
    v.value.map(|n| Cell::number(n, lang)).unwrap_or_else(|| Cell::missing(&v.printed, lang))
}

fn point(v: &PrintedValue) -> DataPoint {
    v.value.map(DataPoint::from).unwrap_or_else(|| DataPoint::from("-"))
}

pub fn parts(_id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let Some(ind) = &r.indicator else { return ChartParts { chart: None, tables: vec![], summary: String::new(), sources: vec![], context: None } };
    let years: Vec<_> = ind.years.iter().filter(|y| state.shows_year(y.year)).collect();
    let table = Table {
        caption: ind.name.get(lang).to_string(),
        columns: [Key::ColYear, Key::IndicatorTarget, Key::IndicatorActual, Key::IndicatorAchievement, Key::IndicatorFirstReview, Key::IndicatorSecondReview]
            .map(|k| t(lang, k).to_string())
            .to_vec(),
        rows: years
            .iter()
            .map(|y| {
                vec![
                    Cell { raw: y.year.to_string(), ..Cell::text(format::year(y.year, lang)) },
                    cell(&y.target, lang),
                    cell(&y.actual, lang),
                    cell(&y.achievement_pct, lang),
                    Cell::text(y.first_review.clone()),
                    Cell::text(y.second_review.clone()),
                ]
            })
            .collect(),
    };
    let context = Some(format!("{}{}{}", ind.standard.get(lang), format::sentence_sep(lang), ind.note.get(lang)));
    if years.is_empty() {
        return ChartParts { chart: None, tables: vec![], summary: String::new(), sources: vec![ind.source.clone()], context };
    }
    let categories: Vec<String> = years
        .iter()
        .map(|y| {
            let label = year_category(y.year, lang);
            if y.actual.value.is_none() {
                format!("{label}\n{}", t(lang, Key::NotReported))
            } else {
                label
            }
        })
        .collect();
    // Labels as the language writes numbers (see `Options`).
    let value_label = || Label::new().show(true).position(LabelPosition::Top).color(env.text_color());
    let texts = |v: fn(&IndicatorYear) -> &PrintedValue| years.iter().map(|y| v(y).value.map(|n| format::number(n, lang))).collect();
    let chart = base(&env)
        .grid(Grid::new().left(8).right(8).top(48).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Category).data(categories).axis_label(axis_label(&env).interval(0)))
        .y_axis(value_axis(&env))
        .series(Bar::new().name(t(lang, Key::IndicatorTarget)).label(value_label()).data(years.iter().map(|y| point(&y.target)).collect()))
        .series(Bar::new().name(t(lang, Key::IndicatorActual)).label(value_label()).data(years.iter().map(|y| point(&y.actual)).collect()));
    let chart = Options::new(chart).item_labels(0, texts(|y| &y.target)).item_labels(1, texts(|y| &y.actual));
    let first = years.first().unwrap().year;
    let last = years.last().unwrap().year;
    let all_met = years.iter().all(|y| y.achievement_pct.value == Some(100.0));
    let missing: Vec<i32> = years.iter().filter(|y| y.actual.value.is_none()).map(|y| y.year).collect();
    let summary = locale::indicator_summary(lang, ind.name.get(lang), first, last, all_met, &missing);
    ChartParts { chart: Some(chart), tables: vec![table], summary, sources: vec![ind.source.clone()], context }
}
