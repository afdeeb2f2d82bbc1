//! Which chart shows each figure, and which cross-check notes belong to
//! which chart: asked once, when the dataset is built (`Dataset::new`),
//! and looked up from then on.

use super::checks::Subject;
use super::facts::{Fact, FactSet};
use crate::core::{ChartId, FigureGroup, Pillar, Unit};

impl ChartId {
    /// Whether the chart shows the figure `f` (before any year filter). A
    /// figure is shown by one chart at most (a test checks it).
    pub fn shows(self, f: &Fact) -> bool {
        use FigureGroup as G;
        let group = |groups: &[FigureGroup]| matches!(f.dataset, FactSet::Figures(g) if groups.contains(&g));
        let activity_people = |p: Pillar| f.dataset == FactSet::Activities && f.pillar == Some(p) && f.unit == Unit::People;
        match self {
            ChartId::Indicator => f.dataset == FactSet::Indicator,
            ChartId::Tiers => f.dataset == FactSet::TipTiers,
            ChartId::Media => group(&[G::Media]),
            ChartId::Outreach => activity_people(Pillar::Prevention),
            ChartId::Protection => group(&[G::Victims, G::Shelters]),
            ChartId::Prosecution => group(&[G::Cases, G::Training]) || activity_people(Pillar::Prosecution),
            ChartId::Agreements => f.dataset == FactSet::AgreementList || group(&[G::Agreements]),
            ChartId::Exchanges => group(&[G::Visits, G::Context]),
            ChartId::Activities | ChartId::Partners | ChartId::Timeline => false,
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

/// The chart of each fact among `charts` (the report's), in the order of `facts`.
pub fn chart_of_each(facts: &[Fact], charts: &[ChartId]) -> Vec<Option<ChartId>> {
    facts.iter().map(|f| charts.iter().copied().find(|c| c.shows(f))).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_is_shown_by_one_chart_at_most() {
        let d = crate::dataset::Dataset::bundled();
        for f in &d.facts {
            let charts: Vec<ChartId> = ChartId::ALL.into_iter().filter(|c| c.shows(f)).collect();
            assert!(charts.len() <= 1, "{} is shown by {charts:?}", f.record_id);
        }
    }
}
