//! Every chart of the viewer: its id (as in URLs), pillar, title, unit and
//! how it is built for a selection.

use charming::Chart;

use super::table::Table;
use super::ChartEnv;
use crate::checks::{self, Note, Subject};
use crate::data::{Pillar, Unit};
use crate::dataset::Dataset;
use crate::facts::Fact;
use crate::i18n::{t, Key, Lang};
use crate::state::ViewState;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
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

    /// The chart's place in the page (`chart-tiers`): its section's id and
    /// the fragment of its links.
    pub fn anchor(self) -> String {
        format!("chart-{}", self.id())
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
            ChartId::Prosecution => &[Subject::Training],
            ChartId::Agreements => &[Subject::Agreements],
            ChartId::Exchanges => &[Subject::Visits, Subject::Exchanges],
            ChartId::Activities => &[Subject::Activities],
            _ => &[],
        }
    }

    /// The part of the selection this chart is built from: the year for
    /// every chart; the pillars and the search words for the activities
    /// chart alone. The page keeps one memo of this per chart, so a change
    /// that a chart does not read (typing a search, a space at the end of
    /// it) does not rebuild it.
    pub fn input(self, state: &ViewState) -> ViewState {
        match self {
            ChartId::Activities => ViewState {
                pillars: state.pillars.clone(),
                year: state.year,
                q: state.q.split_whitespace().collect::<Vec<_>>().join(" "),
                ..ViewState::default()
            },
            _ => ViewState { year: state.year, ..ViewState::default() },
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
pub fn build(id: ChartId, d: &Dataset, state: &ViewState, env: ChartEnv) -> Built {
    let parts = match id {
        ChartId::Indicator => super::indicator::parts(d, state, env),
        ChartId::Tiers => super::tiers::parts(d, state, env),
        ChartId::Media => super::prevention::media(d, state, env),
        ChartId::Outreach => super::prevention::outreach(d, state, env),
        ChartId::Protection => super::figures::protection(d, state, env),
        ChartId::Prosecution => super::figures::prosecution(d, state, env),
        ChartId::Agreements => super::partnership::agreements(d, state, env),
        ChartId::Exchanges => super::partnership::exchanges(d, state, env),
        ChartId::Activities => super::activities::parts(d, state, env),
    };
    let sources = source_line(parts.sources);
    let notes = id
        .subjects()
        .iter()
        .flat_map(|s| checks::about(&d.notes, *s))
        .filter(|n| n.outcome != checks::Outcome::Agrees && n.year.map_or(true, |y| state.shows_year(y)))
        .cloned()
        .collect();
    Built { chart: parts.chart.as_ref().map(super::options_json), tables: parts.tables, summary: parts.summary, sources, notes, context: parts.context }
}

/// The figures (facts) behind a chart, before any year filter.
pub fn facts_of(id: ChartId, d: &Dataset) -> impl Iterator<Item = &Fact> {
    let in_dataset = |f: &Fact, sets: &[&str]| sets.contains(&f.dataset.as_str());
    let activity_people = |f: &Fact, p: Pillar| f.dataset == "activities" && f.pillar == Some(p) && f.unit == Unit::People;
    d.facts
        .iter()
        .filter(move |f| match id {
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
}

/// `facts_of`, narrowed to the selected year.
pub fn facts_in(id: ChartId, d: &Dataset, state: &ViewState) -> Vec<Fact> {
    facts_of(id, d).filter(|f| state.shows_year(f.year)).cloned().collect()
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
    use super::*;

    /// Selections that differ in every field a chart might read.
    fn selections() -> Vec<ViewState> {
        let mut out = Vec::new();
        for pillars in [vec![], vec![Pillar::Prevention], vec![Pillar::Protection, Pillar::Partnership], vec![Pillar::Prosecution]] {
            for year in [None, Some(2012), Some(2014)] {
                for q in ["", "  ", "taipei", "善牧", "Taipei  2014 ", "nothing-like-this"] {
                    out.push(ViewState { pillars: pillars.clone(), year, q: q.into(), ..ViewState::default() });
                }
            }
        }
        out
    }

    #[test]
    fn a_chart_built_from_its_input_is_the_chart_built_from_the_whole_selection() {
        let d = Dataset::load(include_str!("../../public/data/report.json")).unwrap();
        let env = ChartEnv::new(crate::i18n::Lang::En);
        for id in ChartId::ALL {
            for s in selections() {
                assert_eq!(build(id, &d, &id.input(&s), env), build(id, &d, &s, env), "{id:?} reads more than its input: {s:?}");
            }
        }
    }

    #[test]
    fn only_the_activities_chart_reads_pillars_and_search() {
        let s = ViewState { pillars: vec![Pillar::Prevention], year: Some(2014), q: " Taipei  booth ".into(), ..ViewState::default() };
        assert_eq!(ChartId::Tiers.input(&s), ViewState { year: Some(2014), ..ViewState::default() });
        assert_eq!(ChartId::Activities.input(&s).q, "Taipei booth");
        assert_eq!(ChartId::Activities.input(&s).pillars, [Pillar::Prevention]);
    }

    #[test]
    fn long_source_lists_are_shortened_to_sections() {
        let short = vec!["貳、五、(一)、2".to_string(), "貳、五、(一)、1".to_string(), "貳、五、(一)、1".to_string()];
        assert_eq!(source_line(short), ["貳、五、(一)、1", "貳、五、(一)、2"]);
        let long: Vec<String> = (1..=8).map(|i| format!("貳、三、(五)、{i}")).chain(["貳、五、(二)、1".to_string()]).collect();
        assert_eq!(source_line(long), ["貳、三、(五)", "貳、五、(二)"]);
    }
}
