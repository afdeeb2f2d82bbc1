//! Which chart shows each figure, and which cross-check notes belong to
//! which chart: asked once, when the dataset is built (`Dataset::new`),
//! and looked up from then on.

use super::checks::Subject;
use super::facts::Fact;
use crate::core::{ChartId, Pillar, Unit};

impl ChartId {
    /// Whether the chart shows the figure `f` (before any year filter). A
    /// figure is shown by one chart at most (a test checks it).
    pub fn shows(self, f: &Fact) -> bool {
        let in_dataset = |sets: &[&str]| sets.contains(&f.dataset.as_str());
        let activity_people = |p: Pillar| f.dataset == "activities" && f.pillar == Some(p) && f.unit == Unit::People;
        match self {
            ChartId::Indicator => in_dataset(&["indicator"]),
            ChartId::Tiers => in_dataset(&["tip_tiers"]),
            ChartId::Media => in_dataset(&["media"]),
            ChartId::Outreach => activity_people(Pillar::Prevention),
            ChartId::Protection => in_dataset(&["victims", "shelters"]),
            ChartId::Prosecution => in_dataset(&["cases", "training"]) || activity_people(Pillar::Prosecution),
            ChartId::Agreements => in_dataset(&["agreements"]),
            ChartId::Exchanges => in_dataset(&["visits", "context"]),
            ChartId::Activities => false,
        }
    }

    /// Which cross-check notes belong to the chart.
    pub fn subjects(self) -> &'static [Subject] {
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
}

/// The chart of each fact, in the order of `facts`.
pub fn chart_of_each(facts: &[Fact]) -> Vec<Option<ChartId>> {
    facts.iter().map(|f| ChartId::ALL.into_iter().find(|c| c.shows(f))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_shown_by_one_chart_at_most() {
        let d = crate::dataset::Dataset::load(include_str!("../../public/data/report.json")).unwrap();
        for f in &d.facts {
            let charts: Vec<ChartId> = ChartId::ALL.into_iter().filter(|c| c.shows(f)).collect();
            assert!(charts.len() <= 1, "{} is shown by {charts:?}", f.record_id);
        }
    }
}
