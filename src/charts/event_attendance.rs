//! Event attendance (a prevention chart): the people reached at each event
//! with a count of participants.


use super::parts::{facts_in, ChartParts};
use crate::core::{ChartId, Pillar, Unit};
use crate::locale::format;
use crate::locale;
use crate::dataset::Dataset;
use crate::presentation::Selection;
use crate::presentation::filter;
use super::common::{dated_title, labelled_bars, BarItem};
use super::table::Table;
use super::{short_list, ChartEnv};

/// People reached at each prevention event with a count of participants.
pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let mut bars = Vec::new();
    let mut sources = Vec::new();
    let mut total = 0.0;
    let mut approx = false;
    for a in filter::activities(r, &Selection { pillars: vec![Pillar::Prevention], year: state.year, ..Selection::default() }) {
        for c in a.counts.iter().filter(|c| c.unit == Unit::People) {
            bars.push(BarItem { label: dated_title(a, lang), value: Some(c.value), unit: Unit::People, approx: c.approx });
            sources.push(a.source.clone());
            total += c.value;
            approx |= c.approx;
        }
    }
    let facts = facts_in(id, d, state);
    let table = Table::of_facts(d.chart_title(id, lang).to_string(), &facts, lang);
    if bars.is_empty() {
        return ChartParts { chart: None, tables: vec![], summary: String::new(), sources, context: None };
    }
    let named = bars.iter().filter_map(|b| Some((b.label.clone(), format::count(b.value?, b.unit, b.approx, lang)))).collect();
    let summary = locale::outreach_summary(lang, bars.len(), &format::number(total, lang), approx, &short_list(named));
    ChartParts { chart: Some(labelled_bars(&bars, &env)), tables: vec![table], summary, sources, context: None }
}
