//! The report as the viewer uses it, computed once when the data loads:
//! the data itself, what the cross-checks found, and every figure as a row.
//! Charts, key figures and the activity list read from here and never
//! recompute these.

use crate::charts::{self, ChartId};
use crate::checks::{self, Note};
use crate::data::{self, Activity, LoadError, Report};
use crate::facts::{self, Fact};

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub report: Report,
    pub notes: Vec<Note>,
    pub facts: Vec<Fact>,
}

impl Dataset {
    pub fn new(report: Report) -> Dataset {
        let notes = checks::run(&report);
        let facts = facts::facts(&report);
        Dataset { report, notes, facts }
    }

    /// Parses, validates and derives: the one way in for the page, the
    /// build tools and the tests.
    pub fn load(json: &str) -> Result<Dataset, LoadError> {
        data::load(json).map(Dataset::new)
    }

    /// What comes from the passage at `path` (a section of the report):
    /// the charts whose figures it prints, and the activities it reports.
    pub fn from_passage(&self, path: &str) -> (Vec<ChartId>, Vec<&Activity>) {
        let charts = ChartId::ALL
            .into_iter()
            .filter(|id| charts::catalog::facts_of(*id, self).any(|f| f.source == path))
            .collect();
        let activities = self
            .report
            .activities
            .iter()
            .filter(|a| a.source == path || a.also_in.iter().any(|s| s == path))
            .collect();
        (charts, activities)
    }

    /// The years the report has figures for, ascending.
    pub fn years(&self) -> Vec<i32> {
        crate::filter::report_years(&self.report)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_leads_to_its_figures_and_activities() {
        let d = Dataset::load(include_str!("../public/data/report.json")).unwrap();
        let (charts, activities) = d.from_passage("貳、三、(一)、3");
        assert_eq!(charts, [ChartId::Media]);
        assert!(activities.is_empty());
        let (charts, activities) = d.from_passage("貳、三、(一)、2、(1)");
        assert_eq!(charts, [ChartId::Outreach]);
        assert_eq!(activities.len(), 1);
        assert!(d.from_passage("貳、一").0.is_empty());
    }
}
