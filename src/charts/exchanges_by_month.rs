//! Exchanges by month (a partnership chart): the visits, meetings and
//! conferences of the year, by month and kind.


use super::parts::{facts_in, ChartParts};
use crate::core::{ActivityKind, ChartId, Pillar};
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::dataset::Dataset;
use crate::presentation::Selection;
use crate::presentation::filter;
use super::common::{dated_title, month_of, monthly_stacked};
use super::table::{Cell, Table};
use super::{short_list, ChartEnv};

/// Partnership activities of the year by month and kind.
pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let year = state.year.unwrap_or(r.meta.year);
    let shown = filter::activities(r, &Selection { pillars: vec![Pillar::Partnership], year: Some(year), ..Selection::default() });
    let kinds = [ActivityKind::Visit, ActivityKind::Meeting, ActivityKind::Conference, ActivityKind::NgoProject, ActivityKind::Evaluation];
    let groups: Vec<(ActivityKind, String, Option<&'static str>)> = kinds
        .iter()
        .filter(|k| shown.iter().any(|a| a.kind == **k))
        .map(|k| (*k, locale::activity_kind(lang, *k).to_string(), None))
        .collect();
    let items: Vec<(ActivityKind, u8)> = shown.iter().filter_map(|a| month_of(a, year).map(|m| (a.kind, m))).collect();
    let list = Table {
        caption: t(lang, Key::ExchangesListCaption).to_string(),
        columns: [Key::ColDate, Key::ColTitle, Key::ColKind, Key::ColSource].map(|k| t(lang, k).to_string()).to_vec(),
        rows: shown
            .iter()
            .map(|a| {
                vec![
                    Cell { raw: a.date.iso(), ..Cell::text(format::date_range(a.date, a.end, lang)) },
                    Cell::text(a.title.get(lang)),
                    Cell::text(locale::activity_kind(lang, a.kind)),
                    Cell::text(a.source.clone()),
                ]
            })
            .collect(),
    };
    let printed = facts_in(id, d, state);
    // The visits and meetings counted, apart from a figure given only as
    // background (the migrant workers in Taiwan), which has no pillar.
    let (counted, background): (Vec<_>, Vec<_>) = printed.iter().cloned().partition(|f| f.pillar.is_some());
    let printed_table = Table::of_facts(t(lang, Key::PrintedCountsCaption).to_string(), &counted, lang);
    let background_table = Table::of_facts(t(lang, Key::ContextCaption).to_string(), &background, lang);
    let mut sources: Vec<String> = shown.iter().map(|a| a.source.clone()).collect();
    sources.extend(printed.iter().map(|f| f.source.clone()));
    let tables: Vec<Table> = [list, printed_table, background_table].into_iter().filter(|t| !t.is_empty()).collect();
    if items.is_empty() || state.year.is_some_and(|y| y != year) {
        return ChartParts { chart: None, tables, summary: String::new(), sources, context: None };
    }
    let undated = shown.len() - items.len();
    let drawn = shown.iter().filter(|a| month_of(a, year).is_some()).map(|a| dated_title(a, lang)).collect();
    let summary = locale::exchanges_summary(lang, year, items.len(), undated, &short_list(drawn));
    ChartParts { chart: Some(monthly_stacked(&env, &groups, &items)), tables, summary, sources, context: None }
}
