//! Agreements by year (a partnership chart): those signed each year,
//! labelled with the countries, and the running total the report counts.

use charming::component::{Axis, Grid};
use charming::datatype::{DataPoint, DataPointItem};
use charming::element::{AxisType, Formatter, Label, LabelPosition, Tooltip, Trigger};
use charming::series::{Bar, Line};

use super::parts::{facts_in, ChartParts};
use crate::core::ChartId;
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::dataset::Dataset;
use crate::presentation::Selection;
use super::common::{axis_label, base, wrap, value_axis, year_category};
use super::table::{Cell, Table};
use super::{ChartEnv, Options, SHORT_LIST};

/// Agreements signed per year, labelled with the countries, and the running
/// total of those the report counts.
pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let counted: Vec<_> = r.agreements.iter().filter(|a| a.counted).collect();
    let mut years: Vec<i32> = counted.iter().map(|a| a.date.year).collect();
    crate::core::sort::sort(&mut years);
    years.dedup();
    let shown_years: Vec<i32> = years.iter().copied().filter(|y| state.shows_year(*y)).collect();

    let listed: Vec<_> = r.agreements.iter().filter(|a| state.shows_year(a.date.year)).collect();
    let mut list = Table {
        caption: t(lang, Key::AgreementsListCaption).to_string(),
        columns: [Key::ColCountry, Key::ColDate, Key::ColKind, Key::ColCounted, Key::ColSource].map(|k| t(lang, k).to_string()).to_vec(),
        rows: listed
            .iter()
            .map(|a| {
                let kind = match &a.note {
                    Some(n) => format!("{}{}", a.kind.get(lang), format::parens(n.get(lang), lang)),
                    None => a.kind.get(lang).to_string(),
                };
                vec![
                    Cell::text(a.country.get(lang)),
                    Cell { raw: a.date.iso(), ..Cell::text(format::date(a.date, lang)) },
                    Cell::text(kind),
                    Cell { raw: a.counted.to_string(), ..Cell::text(t(lang, if a.counted { Key::Yes } else { Key::No })) },
                    Cell::text(a.source.clone()),
                ]
            })
            .collect(),
    };
    crate::core::sort::sort_by(&mut list.rows, |a, b| a[1].raw.cmp(&b[1].raw));
    let printed: Vec<_> = facts_in(id, d, state)
        .into_iter()
        .filter(|f| !r.agreements.iter().any(|a| a.id == f.record_id))
        .collect();
    let printed_table = Table::of_facts(t(lang, Key::PrintedCountsCaption).to_string(), &printed, lang);
    let mut sources: Vec<String> = listed.iter().map(|a| a.source.clone()).collect();
    sources.extend(printed.iter().map(|f| f.source.clone()));
    let tables: Vec<Table> = [list, printed_table].into_iter().filter(|t| !t.is_empty()).collect();
    if shown_years.is_empty() {
        return ChartParts { chart: None, tables, summary: String::new(), sources, context: None };
    }

    let countries_in = |y: i32| -> Vec<String> {
        counted.iter().filter(|a| a.date.year == y).map(|a| a.country.get(lang).to_string()).collect()
    };
    let cumulative = |y: i32| counted.iter().filter(|a| a.date.year <= y).count();
    let sep = format::name_sep(lang);
    // The names on a bar: at 320 px four bars (90% of their band) are about
    // 62 px wide, which holds 9 columns (four CJK characters, or
    // "Indonesia") at 11 px.
    let bars: Vec<DataPoint> = shown_years
        .iter()
        .map(|y| {
            let names = countries_in(*y);
            DataPointItem::new(names.len() as i64).name(wrap(&names.join(sep), 9)).into()
        })
        .collect();
    let totals: Vec<DataPoint> = shown_years.iter().map(|y| DataPoint::from(cumulative(*y) as i64)).collect();
    // One bar series and a line: no pattern needed, and the country names
    // on the bars stay readable.
    let chart = base(&env)
        .aria(charming::component::Aria::new().enabled(true).decal(charming::component::Decal::new().show(false)))
        .grid(Grid::new().left(8).right(8).top(48).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item).formatter(Formatter::String("{a}\n{c}\n{b}".into())))
        .x_axis(
            Axis::new()
                .type_(AxisType::Category)
                .data(shown_years.iter().map(|y| year_category(*y, lang)).collect())
                .axis_label(axis_label(&env).interval(0)),
        )
        .y_axis(value_axis(&env).min_interval(1))
        .series(
            Bar::new()
                .name(t(lang, Key::AgreementsSignedThatYear))
                .bar_width("90%")
                .label(
                    Label::new().show(true).position(LabelPosition::Inside).color("#ffffff").font_size(11).formatter(Formatter::String("{b}".into())),
                )
                .data(bars),
        )
        .series(
            Line::new()
                .name(t(lang, Key::AgreementsCumulative))
                .label(Label::new().show(true).position(LabelPosition::Top).color(env.text_color()))
                .data(totals),
        );
    // The running totals as the language writes numbers (see `Options`).
    let chart = Options::new(chart).item_labels(1, shown_years.iter().map(|y| Some(format::number(cumulative(*y) as f64, lang))).collect());
    let last = *shown_years.last().unwrap();
    // The countries, by year, when they are few enough to read out.
    let named: Vec<(i32, Vec<String>)> = shown_years.iter().map(|y| (*y, countries_in(*y))).collect();
    let named = if named.iter().map(|(_, n)| n.len()).sum::<usize>() <= SHORT_LIST { named } else { Vec::new() };
    let summary = locale::agreements_summary(lang, last, cumulative(last), &named);
    ChartParts { chart: Some(chart), tables, summary, sources, context: None }
}
