//! Which chart shows each figure, and which cross-check notes belong to
//! which chart: asked once, when the dataset is built (`Dataset::new`),
//! and looked up from then on. A chart's definition (`viewer.json`) says
//! which figures it shows (its kind, `groups` and `activity_counts`).

use super::checks::Subject;
use super::facts::{Fact, FactSet};
use crate::core::{ChartKind, FigureGroup};
use crate::data::viewer::ChartDef;

impl ChartDef {
    /// Whether the chart shows the figure `f` (before any year filter). A
    /// figure is shown by one chart at most (a test checks it).
    pub fn shows(&self, f: &Fact) -> bool {
        let in_groups = matches!(f.dataset, FactSet::Figures(g) if self.groups.contains(&g));
        let counted = self.activity_counts.is_some_and(|c| f.dataset == FactSet::Activities && f.pillar == Some(c.pillar) && f.unit == c.unit);
        match self.kind {
            ChartKind::TargetActual => f.dataset == FactSet::Indicator,
            ChartKind::TierCounts => f.dataset == FactSet::TipTiers,
            ChartKind::AgreementsByYear => f.dataset == FactSet::AgreementList || in_groups,
            _ => in_groups || counted,
        }
    }

    /// Which cross-check notes belong to the chart: those of its figures'
    /// groups, then those of its kind.
    pub fn subjects(&self) -> Vec<Subject> {
        let of_groups = self.groups.iter().filter_map(|g| match g {
            FigureGroup::Media => Some(Subject::Media),
            FigureGroup::Training => Some(Subject::Training),
            FigureGroup::Visits => Some(Subject::Visits),
            FigureGroup::Agreements => Some(Subject::Agreements),
            FigureGroup::Victims | FigureGroup::Shelters | FigureGroup::Cases | FigureGroup::Context => None,
        });
        let of_kind = match self.kind {
            ChartKind::TargetActual => Some(Subject::Indicator),
            ChartKind::TierCounts => Some(Subject::Tiers),
            ChartKind::AgreementsByYear => Some(Subject::Agreements),
            ChartKind::ExchangesByMonth => Some(Subject::Exchanges),
            ChartKind::ActivitiesByMonth => Some(Subject::Activities),
            _ => None,
        };
        let mut out: Vec<Subject> = Vec::new();
        for s in of_groups.chain(of_kind) {
            if !out.contains(&s) {
                out.push(s);
            }
        }
        out
    }
}

/// The chart of each fact among `charts` (the report's, in its order), in
/// the order of `facts`: its position in `charts`.
pub fn chart_of_each(facts: &[Fact], charts: &[ChartDef]) -> Vec<Option<usize>> {
    facts.iter().map(|f| charts.iter().position(|c| c.shows(f))).collect()
}

#[cfg(test)]
mod tests {
    use crate::dataset::checks::Subject;

    #[test]
    fn a_figure_is_shown_by_one_chart_at_most() {
        let d = crate::dataset::Dataset::bundled();
        for f in &d.facts {
            let charts: Vec<&str> = d.viewer.charts.iter().filter(|c| c.shows(f)).map(|c| c.id.as_str()).collect();
            assert!(charts.len() <= 1, "{} is shown by {charts:?}", f.record_id);
        }
    }

    #[test]
    fn a_chart_has_the_notes_of_its_figures_and_its_kind() {
        let d = crate::dataset::Dataset::bundled();
        let subjects = |id: &str| d.viewer.charts.iter().find(|c| c.id == id).unwrap().subjects();
        assert_eq!(subjects("exchanges"), [Subject::Visits, Subject::Exchanges]);
        assert_eq!(subjects("agreements"), [Subject::Agreements], "once, though both its kind and its figures have it");
        assert_eq!(subjects("prosecution"), [Subject::Training]);
        assert!(subjects("protection").is_empty() && subjects("timeline").is_empty());
    }
}
