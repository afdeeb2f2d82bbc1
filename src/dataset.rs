//! The report as the viewer uses it, computed once when the data loads:
//! the data itself, what the cross-checks found, and every figure as a row.
//! Charts, key figures and the activity list read from here and never
//! recompute these.

use crate::checks::{self, Note};
use crate::data::{self, LoadError, Report};
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

    /// The years the report has figures for, ascending.
    pub fn years(&self) -> Vec<i32> {
        crate::filter::report_years(&self.report)
    }
}
