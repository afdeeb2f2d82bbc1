//! The two reports the integration tests run on, named in one place,
//! `src/data/fixtures.rs`, which the crate's own tests use too:
//!
//! - `FICTIONAL`, `tests/fixtures/report-fictional/`: a small made-up
//!   report (2019, `fx-…` ids, five charts, no KPI table, no agreements,
//!   no protection activity). Behaviour is tested on it: filtering, views,
//!   validation, rendering, what holds for any report, what is left out.
//! - `BUNDLED`, `public/data/`: the 2014 report. A test on it asserts what
//!   the 2014 report says, or needs a part the fictional report lacks; the
//!   2014 report's figures are kept in `tests/report_2014.rs`.
#![allow(dead_code)]

// What `src/data/fixtures.rs` names through `super::`: the library's data.
use tip_report::data::{load, text, LoadError, Report};
use tip_report::dataset::Dataset;

/// The crate's own fixtures, compiled here as well: that file names the
/// two reports and their files once.
#[path = "../../src/data/fixtures.rs"]
mod fixtures;
// (Each test crate uses some of them.)
#[allow(unused_imports)]
pub use fixtures::{Source, BUNDLED, FICTIONAL};

/// What only the integration tests ask of a data folder.
impl Source {
    /// Its `report.json` and `viewer.json`, loaded as one dataset.
    pub fn dataset(&self) -> Dataset {
        Dataset::load(self.report, self.viewer).unwrap_or_else(|e| panic!("{}: {e}", self.dir))
    }

    /// Its `text.json` as a JSON value, to edit.
    pub fn text_json(&self) -> serde_json::Value {
        serde_json::from_str(self.text).unwrap()
    }

    /// Its dataset with `edit` applied to its report and viewer files: refused or not.
    pub fn edited_dataset(&self, edit: impl FnOnce(&mut serde_json::Value, &mut serde_json::Value)) -> Result<Dataset, LoadError> {
        let (mut report, mut viewer) = (self.report_json(), self.viewer_json());
        edit(&mut report, &mut viewer);
        Dataset::load(&report.to_string(), &viewer.to_string())
    }
}
