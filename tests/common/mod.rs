//! The two reports the integration tests run on, named in one place (the
//! crate's own tests have the same in `src/data/fixtures.rs`):
//!
//! - `FICTIONAL`, `tests/fixtures/report-fictional/`: a small made-up
//!   report (2019, `fx-…` ids, five charts, no KPI table, no agreements,
//!   no protection activity). Behaviour is tested on it: filtering, views,
//!   validation, rendering, what holds for any report, what is left out.
//! - `BUNDLED`, `public/data/`: the 2014 report. A test on it asserts what
//!   the 2014 report says, or needs a part the fictional report lacks; the
//!   2014 report's figures are kept in `tests/report_2014.rs`.
#![allow(dead_code)]

use tip_report::data::text::{self, ReportText};
use tip_report::data::{self, LoadError, Report};
use tip_report::dataset::Dataset;

/// The three files of a data folder, as text.
pub struct Source {
    /// Where the folder is, for messages.
    pub dir: &'static str,
    pub report: &'static str,
    pub viewer: &'static str,
    pub text: &'static str,
}

/// The bundled 2014 report, `public/data/`.
pub const BUNDLED: Source = Source {
    dir: "public/data",
    report: include_str!("../../public/data/report.json"),
    viewer: include_str!("../../public/data/viewer.json"),
    text: include_str!("../../public/data/text.json"),
};

/// The fictional report, `tests/fixtures/report-fictional/`.
pub const FICTIONAL: Source = Source {
    dir: "tests/fixtures/report-fictional",
    report: include_str!("../fixtures/report-fictional/report.json"),
    viewer: include_str!("../fixtures/report-fictional/viewer.json"),
    text: include_str!("../fixtures/report-fictional/text.json"),
};

impl Source {
    /// Its `report.json`, loaded and validated.
    pub fn report(&self) -> Report {
        data::load(self.report).unwrap_or_else(|e| panic!("{}/report.json does not load: {e}", self.dir))
    }

    /// Its `text.json`, loaded.
    pub fn text(&self) -> ReportText {
        text::load(self.text).unwrap_or_else(|e| panic!("{}/text.json does not load: {e}", self.dir))
    }

    /// Its `report.json` and `viewer.json`, loaded as one dataset.
    pub fn dataset(&self) -> Dataset {
        Dataset::load(self.report, self.viewer).unwrap_or_else(|e| panic!("{}: {e}", self.dir))
    }

    /// Its `report.json` as a JSON value, to edit.
    pub fn report_json(&self) -> serde_json::Value {
        serde_json::from_str(self.report).unwrap()
    }

    /// Its `viewer.json` as a JSON value, to edit.
    pub fn viewer_json(&self) -> serde_json::Value {
        serde_json::from_str(self.viewer).unwrap()
    }

    /// Its `text.json` as a JSON value, to edit.
    pub fn text_json(&self) -> serde_json::Value {
        serde_json::from_str(self.text).unwrap()
    }

    /// Its `report.json` with `edit` applied, loaded: refused or not.
    pub fn edited(&self, edit: impl FnOnce(&mut serde_json::Value)) -> Result<Report, LoadError> {
        let mut v = self.report_json();
        edit(&mut v);
        data::load(&v.to_string())
    }

    /// Its dataset with `edit` applied to its report and viewer files: refused or not.
    pub fn edited_dataset(&self, edit: impl FnOnce(&mut serde_json::Value, &mut serde_json::Value)) -> Result<Dataset, LoadError> {
        let (mut report, mut viewer) = (self.report_json(), self.viewer_json());
        edit(&mut report, &mut viewer);
        Dataset::load(&report.to_string(), &viewer.to_string())
    }
}
