//! The report's activities by month and pillar.

use super::catalog::Parts;
use super::common::{month_names, month_of, monthly_stacked, pillar_color};
use super::table::{Cell, Table};
use super::ChartEnv;
use crate::data::{Pillar, Report};
use crate::filter;
use crate::i18n::{self, t, Key, Lang};
use crate::state::ViewState;

pub fn parts(r: &Report, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    let year = state.year.unwrap_or(r.meta.year);
    let shown = filter::activities(r, &ViewState { year: Some(year), ..state.clone() });
    let pillars: Vec<Pillar> = Pillar::ALL.into_iter().filter(|p| state.shows_pillar(*p)).collect();
    let groups: Vec<(Pillar, String, Option<&'static str>)> =
        pillars.iter().map(|p| (*p, i18n::pillar(lang, *p).to_string(), Some(pillar_color(*p, env.dark)))).collect();
    let items: Vec<(Pillar, u8)> = shown.iter().filter_map(|a| month_of(a, year).map(|m| (a.pillar, m))).collect();
    let undated = shown.len() - items.len();

    let months = month_names(lang);
    let mut columns = vec![t(lang, Key::ColMonth).to_string()];
    columns.extend(pillars.iter().map(|p| i18n::pillar(lang, *p).to_string()));
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
    let table = Table { caption: t(lang, Key::ActivitiesChartTitle).to_string(), columns, rows };
    let sources = shown.iter().map(|a| a.source.clone()).collect();
    if items.is_empty() {
        return Parts { chart: None, tables: vec![], summary: String::new(), sources, context: None };
    }
    let summary = match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{} 年各月份的活動數，依 4P 面向區分，共 {} 項{}。",
            crate::data::dates::roc_year(year),
            items.len(),
            if undated > 0 { format!("；另 {undated} 項未列月份") } else { String::new() }
        ),
        Lang::En => format!(
            "Stacked bar chart: activities in {year} by month and pillar, {} in all{}.",
            items.len(),
            if undated > 0 { format!("; {undated} more have no month") } else { String::new() }
        ),
    };
    Parts { chart: Some(monthly_stacked(&env, &groups, &items)), tables: vec![table], summary, sources, context: None }
}
