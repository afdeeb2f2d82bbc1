//! Protection and prosecution: figures of 2014 as labelled bars.

use super::catalog::{facts_in, ChartId, Parts};
use super::common::bars_by_unit;
use super::table::Table;
use super::ChartEnv;
use crate::data::Report;
use crate::format;
use crate::i18n::Lang;
use crate::state::ViewState;

fn figure_bars(id: ChartId, r: &Report, state: &ViewState, env: ChartEnv, summary: &dyn Fn(&[crate::facts::Fact]) -> String) -> Parts {
    let facts = facts_in(id, r, state);
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
fn value(facts: &[crate::facts::Fact], record: &str, lang: Lang) -> String {
    facts.iter().find(|f| f.record_id == record).and_then(|f| f.value).map(|v| format::number(v, lang)).unwrap_or_else(|| "–".into())
}

pub fn protection(r: &Report, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    figure_bars(ChartId::Protection, r, state, env, &|f| match lang {
        Lang::Zh => format!(
            "長條圖：103 年安置被害人 {} 人、結束安置安排返國 {} 人；3 處庇護處所舉辦講座 {} 場次、技能學習 {} 小時。",
            value(f, "victims-placed", lang), value(f, "victims-repatriated", lang), value(f, "shelters-lectures", lang), value(f, "shelters-skills-training-hours", lang)
        ),
        Lang::En => format!(
            "Bar chart: in 2014, {} victims placed in shelters and {} repatriated when placement ended; the shelters held {} lectures and {} hours of skills training.",
            value(f, "victims-placed", lang), value(f, "victims-repatriated", lang), value(f, "shelters-lectures", lang), value(f, "shelters-skills-training-hours", lang)
        ),
    })
}

pub fn prosecution(r: &Report, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    figure_bars(ChartId::Prosecution, r, state, env, &|f| match lang {
        Lang::Zh => format!(
            "長條圖：103 年司法警察機關查獲人口販運案件 {} 件（其中本署 {} 件），起訴及聲請簡易判決 {} 件 {} 人；另列防制人口販運訓練人數。",
            value(f, "cases-uncovered-judicial-police", lang), value(f, "cases-uncovered-nia", lang), value(f, "cases-indicted", lang), value(f, "cases-indicted-persons", lang)
        ),
        Lang::En => format!(
            "Bar chart: in 2014, judicial police uncovered {} trafficking cases ({} by the agency); {} cases against {} persons were indicted or sent for summary judgment; trainees of anti-trafficking training are also shown.",
            value(f, "cases-uncovered-judicial-police", lang), value(f, "cases-uncovered-nia", lang), value(f, "cases-indicted", lang), value(f, "cases-indicted-persons", lang)
        ),
    })
}
