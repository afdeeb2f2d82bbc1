//! Protection and prosecution: figures of 2014 as labelled bars.

use super::catalog::{facts_in, Parts};
use crate::core::{ChartId, FigureId, Lang};
use crate::locale::format;
use crate::locale;
use crate::dataset::Dataset;
use crate::view::ViewState;
use super::common::{bars_by_unit, figure_value};
use super::table::Table;
use super::ChartEnv;

fn figure_bars(id: ChartId, d: &Dataset, state: &ViewState, env: ChartEnv, summary: &dyn Fn(&[crate::dataset::facts::Fact]) -> String) -> Parts {
    let facts = facts_in(id, d, state);
    let sources = facts.iter().map(|f| f.source.clone()).collect();
    Parts {
        chart: (!facts.is_empty()).then(|| bars_by_unit(&facts, &env)),
        tables: vec![Table::of_facts(id.title(env.lang).to_string(), &facts, env.lang)].into_iter().filter(|t| !t.is_empty()).collect(),
        summary: if facts.is_empty() { String::new() } else { summary(&facts) },
        sources,
        context: None,
    }
}

/// The value of the figure with this record id, formatted.
fn value(facts: &[crate::dataset::facts::Fact], figure: FigureId, lang: Lang) -> String {
    figure_value(facts, figure).map(|v| format::number(v, lang)).unwrap_or_else(|| "–".into())
}

pub fn protection(d: &Dataset, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    figure_bars(ChartId::Protection, d, state, env, &|f| {
        locale::protection_summary(
            lang,
            &value(f, FigureId::VictimsPlaced, lang),
            &value(f, FigureId::VictimsRepatriated, lang),
            &value(f, FigureId::SheltersLectures, lang),
            &value(f, FigureId::SheltersSkillsTrainingHours, lang),
        )
    })
}

pub fn prosecution(d: &Dataset, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    figure_bars(ChartId::Prosecution, d, state, env, &|f| {
        locale::prosecution_summary(
            lang,
            &value(f, FigureId::CasesUncoveredJudicialPolice, lang),
            &value(f, FigureId::CasesUncoveredNia, lang),
            &value(f, FigureId::CasesIndicted, lang),
            &value(f, FigureId::CasesIndictedPersons, lang),
        )
    })
}
