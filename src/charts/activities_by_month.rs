//! The report's activities by month and pillar.

use super::parts::ChartParts;
use super::common::{dated_title, month_names, month_of, monthly_stacked, pillar_color};
use super::table::{Cell, Table};
use super::{short_list, ChartEnv};
use crate::core::{ChartId, Pillar};
use crate::locale::{self, t, Key};
use crate::dataset::Dataset;
use crate::presentation::Selection;
use crate::presentation::filter;

pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let year = state.year.unwrap_or(r.meta.year);
    let shown = filter::activities(r, &Selection { year: Some(year), ..state.clone() });
    let pillars: Vec<Pillar> = Pillar::ALL.into_iter().filter(|p| state.shows_pillar(*p)).collect();
    let groups: Vec<(Pillar, String, Option<&'static str>)> =
        pillars.iter().map(|p| (*p, locale::pillar(lang, *p).to_string(), Some(pillar_color(*p, env.dark)))).collect();
    let items: Vec<(Pillar, u8)> = shown.iter().filter_map(|a| month_of(a, year).map(|m| (a.pillar, m))).collect();
    let undated = shown.len() - items.len();

    let months = month_names(lang);
    let mut columns = vec![t(lang, Key::ColMonth).to_string()];
    columns.extend(pillars.iter().map(|p| locale::pillar(lang, *p).to_string()));
    let mut rows: Vec<Vec<Cell>> = (1..=12u8)
        .filter(|m| items.iter().any(|(_, im)| im == m))
        .map(|m| {
            let mut row = vec![Cell { raw: format!("{year}-{m:02}"), ..Cell::text(months[m as usize - 1].clone()) }];
            row.extend(pillars.iter().map(|p| Cell::number(items.iter().filter(|(ip, im)| ip == p && *im == m).count() as f64, lang)));
            row
        })
        .collect();
    if undated > 0 {
        let mut row = vec![Cell { raw: year.to_string(), ..Cell::text(t(lang, Key::NoMonth)) }];
        row.extend(pillars.iter().map(|p| {
            Cell::number(shown.iter().filter(|a| a.pillar == *p && month_of(a, year).is_none()).count() as f64, lang)
        }));
        rows.push(row);
    }
    let table = Table { caption: d.chart_title(id, lang).to_string(), columns, rows };
    let sources = shown.iter().map(|a| a.source.clone()).collect();
    if items.is_empty() {
        return ChartParts { chart: None, tables: vec![], summary: String::new(), sources, context: None };
    }
    let drawn = shown.iter().filter(|a| month_of(a, year).is_some()).map(|a| dated_title(a, lang)).collect();
    let summary = locale::activities_summary(lang, year, items.len(), undated, &short_list(drawn));
    ChartParts { chart: Some(monthly_stacked(&env, &groups, &items)), tables: vec![table], summary, sources, context: None }
}
