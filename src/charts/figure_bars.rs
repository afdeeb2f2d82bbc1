//! Figures as labelled bars, one a figure (protection, prosecution): the
//! chart's text alternative is its definition's sentence (`viewer.json`).

use super::parts::{facts_in, ChartParts};
use crate::core::ChartId;
use crate::dataset::Dataset;
use crate::presentation::Selection;
use super::common::{bars_by_unit, summary_from_data};
use super::table::Table;
use super::ChartEnv;

pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let facts = facts_in(id, d, state);
    let sources = facts.iter().map(|f| f.source.clone()).collect();
    ChartParts {
        chart: (!facts.is_empty()).then(|| bars_by_unit(&facts, &env)),
        tables: vec![Table::of_facts(d.chart_title(id, env.lang).to_string(), &facts, env.lang)].into_iter().filter(|t| !t.is_empty()).collect(),
        summary: if facts.is_empty() { String::new() } else { summary_from_data(d, id, &facts, env.lang) },
        sources,
        context: None,
    }
}
