//! Every chart of the viewer: its id (as in URLs), pillar, title, unit and
//! how it is built for a selection.

use charming::Chart;

use super::table::Table;
use super::ChartEnv;
use crate::checks::{self, Note, Subject};
use crate::data::{Pillar, Report};
use crate::i18n::{t, Key, Lang};
use crate::state::ViewState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ChartId {
    Indicator,
    Tiers,
    Media,
    Outreach,
    Protection,
    Prosecution,
    Agreements,
    Exchanges,
    Activities,
}

impl ChartId {
    pub const ALL: [ChartId; 9] = [
        ChartId::Indicator,
        ChartId::Tiers,
        ChartId::Media,
        ChartId::Outreach,
        ChartId::Protection,
        ChartId::Prosecution,
        ChartId::Agreements,
        ChartId::Exchanges,
        ChartId::Activities,
    ];

    /// Id in URLs and in the page (`#chart-tiers`).
    pub fn id(self) -> &'static str {
        match self {
            ChartId::Indicator => "indicator",
            ChartId::Tiers => "tiers",
            ChartId::Media => "media",
            ChartId::Outreach => "outreach",
            ChartId::Protection => "protection",
            ChartId::Prosecution => "prosecution",
            ChartId::Agreements => "agreements",
            ChartId::Exchanges => "exchanges",
            ChartId::Activities => "activities",
        }
    }

    pub fn from_id(s: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == s)
    }

    /// The pillar the chart belongs to; `None` for charts of the whole report.
    pub fn pillar(self) -> Option<Pillar> {
        match self {
            ChartId::Indicator | ChartId::Tiers | ChartId::Activities => None,
            ChartId::Media | ChartId::Outreach => Some(Pillar::Prevention),
            ChartId::Protection => Some(Pillar::Protection),
            ChartId::Prosecution => Some(Pillar::Prosecution),
            ChartId::Agreements | ChartId::Exchanges => Some(Pillar::Partnership),
        }
    }

    pub fn title(self, lang: Lang) -> &'static str {
        t(lang, match self {
            ChartId::Indicator => Key::IndicatorTitle,
            ChartId::Tiers => Key::TiersTitle,
            ChartId::Media => Key::MediaTitle,
            ChartId::Outreach => Key::OutreachTitle,
            ChartId::Protection => Key::ProtectionTitle,
            ChartId::Prosecution => Key::ProsecutionTitle,
            ChartId::Agreements => Key::AgreementsTitle,
            ChartId::Exchanges => Key::ExchangesTitle,
            ChartId::Activities => Key::ActivitiesChartTitle,
        })
    }

    pub fn unit(self, lang: Lang) -> &'static str {
        t(lang, match self {
            ChartId::Indicator => Key::IndicatorUnit,
            ChartId::Tiers => Key::TiersUnit,
            ChartId::Media => Key::MediaUnit,
            ChartId::Outreach => Key::OutreachUnit,
            ChartId::Protection | ChartId::Prosecution => Key::MixedUnit,
            ChartId::Agreements => Key::AgreementsUnit,
            ChartId::Exchanges | ChartId::Activities => Key::ActivitiesUnit,
        })
    }

    /// Which cross-check notes belong to the chart.
    fn subjects(self) -> &'static [Subject] {
        match self {
            ChartId::Indicator => &[Subject::Indicator],
            ChartId::Tiers => &[Subject::Tiers],
            ChartId::Media => &[Subject::Media],
            ChartId::Agreements => &[Subject::Agreements],
            ChartId::Exchanges => &[Subject::Visits],
            _ => &[],
        }
    }

    /// Whether the selection's pillars include this chart.
    pub fn in_selection(self, state: &ViewState) -> bool {
        self.pillar().map_or(true, |p| state.shows_pillar(p))
    }
}

/// A chart ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// The ECharts options (see `options_json`); `None` when the selection
    /// leaves nothing to draw. Kept as JSON: built once, compared and cloned
    /// cheaply by the page (charming's option types are large to clone).
    pub chart: Option<serde_json::Value>,
    /// The same numbers as tables (table view and CSV download).
    pub tables: Vec<Table>,
    /// The text alternative: what the chart shows, in a sentence or two.
    pub summary: String,
    /// Report sections the numbers come from.
    pub sources: Vec<String>,
    /// What the cross-checks found about these numbers (disagreements first).
    pub notes: Vec<Note>,
    /// Further context from the data (e.g. how values relate to the measure).
    pub context: Option<String>,
}

impl Built {
    pub fn is_empty(&self) -> bool {
        self.chart.is_none()
    }
}

/// What a chart module returns; `build` adds notes and sources.
pub struct Parts {
    pub chart: Option<Chart>,
    pub tables: Vec<Table>,
    pub summary: String,
    pub sources: Vec<String>,
    pub context: Option<String>,
}

/// Builds `id` for a selection.
pub fn build(id: ChartId, r: &Report, notes: &[Note], state: &ViewState, env: ChartEnv) -> Built {
    let parts = match id {
        ChartId::Indicator => super::indicator::parts(r, state, env),
        ChartId::Tiers => super::tiers::parts(r, state, env),
        ChartId::Media => super::prevention::media(r, state, env),
        ChartId::Outreach => super::prevention::outreach(r, state, env),
        ChartId::Protection => super::figures::protection(r, state, env),
        ChartId::Prosecution => super::figures::prosecution(r, state, env),
        ChartId::Agreements => super::partnership::agreements(r, state, env),
        ChartId::Exchanges => super::partnership::exchanges(r, state, env),
        ChartId::Activities => super::activities::parts(r, state, env),
    };
    let sources = source_line(parts.sources);
    let notes = id
        .subjects()
        .iter()
        .flat_map(|s| checks::about(notes, *s))
        .filter(|n| n.outcome != checks::Outcome::Agrees && n.year.map_or(true, |y| state.shows_year(y)))
        .cloned()
        .collect();
    Built { chart: parts.chart.as_ref().map(super::options_json), tables: parts.tables, summary: parts.summary, sources, notes, context: parts.context }
}

/// The figures (facts) behind a chart, before any year filter.
pub fn facts_of(id: ChartId, r: &Report) -> Vec<crate::facts::Fact> {
    let all = crate::facts::facts(r);
    let in_dataset = |f: &crate::facts::Fact, sets: &[&str]| sets.contains(&f.dataset.as_str());
    let activity_people = |f: &crate::facts::Fact, p: Pillar| {
        f.dataset == "activities" && f.pillar == Some(p) && f.unit == crate::data::Unit::People.id()
    };
    all.into_iter()
        .filter(|f| match id {
            ChartId::Indicator => in_dataset(f, &["indicator"]),
            ChartId::Tiers => in_dataset(f, &["tip_tiers"]),
            ChartId::Media => in_dataset(f, &["media"]),
            ChartId::Outreach => activity_people(f, Pillar::Prevention),
            ChartId::Protection => in_dataset(f, &["victims", "shelters"]),
            ChartId::Prosecution => in_dataset(f, &["cases", "training"]) || activity_people(f, Pillar::Prosecution),
            ChartId::Agreements => in_dataset(f, &["agreements"]),
            ChartId::Exchanges => in_dataset(f, &["visits", "context"]),
            ChartId::Activities => false,
        })
        .collect()
}

/// `facts_of`, narrowed to the selected year.
pub fn facts_in(id: ChartId, r: &Report, state: &ViewState) -> Vec<crate::facts::Fact> {
    facts_of(id, r).into_iter().filter(|f| state.shows_year(f.year)).collect()
}

/// The sections for a chart's source line, sorted and unique; a long list
/// is shortened to its sections' first three levels (the tables keep the
/// full section of every row).
pub fn source_line(mut sources: Vec<String>) -> Vec<String> {
    sources.sort();
    sources.dedup();
    if sources.len() > 6 {
        sources = sources.iter().map(|s| s.split('、').take(3).collect::<Vec<_>>().join("、")).collect();
        sources.dedup();
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::source_line;

    #[test]
    fn long_source_lists_are_shortened_to_sections() {
        let short = vec!["貳、五、(一)、2".to_string(), "貳、五、(一)、1".to_string(), "貳、五、(一)、1".to_string()];
        assert_eq!(source_line(short), ["貳、五、(一)、1", "貳、五、(一)、2"]);
        let long: Vec<String> = (1..=8).map(|i| format!("貳、三、(五)、{i}")).chain(["貳、五、(二)、1".to_string()]).collect();
        assert_eq!(source_line(long), ["貳、三、(五)", "貳、五、(二)"]);
    }
}
