//! The two reports the tests run on, named in one place: the crate's own
//! tests (`#[cfg(test)]`) and the integration tests (`tests/common/mod.rs`
//! compiles this file too, its `super::` the library's `data`):
//!
//! - `FICTIONAL`, `tests/fixtures/report-fictional/`: a small made-up
//!   report (2019, `fx-…` ids, five charts, no KPI table, no agreements,
//!   no protection activity). Behaviour is tested on it: filtering, views,
//!   validation, rendering, what holds for any report, what is left out.
//! - `BUNDLED`, `public/data/`: the 2014 report. A test on it asserts what
//!   the 2014 report says (its figures, its findings), or needs a part the
//!   fictional report lacks.
//!
//! `Dataset` of either: `Source::dataset` (in `dataset`).

use super::text::{self, ReportText};
use super::{load, LoadError, Report};

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
    report: include_str!("../../tests/fixtures/report-fictional/report.json"),
    viewer: include_str!("../../tests/fixtures/report-fictional/viewer.json"),
    text: include_str!("../../tests/fixtures/report-fictional/text.json"),
};

impl Source {
    /// Its `report.json`, loaded and validated.
    pub fn report(&self) -> Report {
        load(self.report).unwrap_or_else(|e| panic!("{}/report.json does not load: {e}", self.dir))
    }

    /// Its `text.json`, loaded.
    pub fn text(&self) -> ReportText {
        text::load(self.text).unwrap_or_else(|e| panic!("{}/text.json does not load: {e}", self.dir))
    }

    /// Its `report.json` as a JSON value, to edit.
    pub fn report_json(&self) -> serde_json::Value {
        serde_json::from_str(self.report).unwrap()
    }

    /// Its `viewer.json` as a JSON value, to edit.
    pub fn viewer_json(&self) -> serde_json::Value {
        serde_json::from_str(self.viewer).unwrap()
    }

    /// Its `report.json` with `edit` applied, loaded: refused or not.
    pub fn edited(&self, edit: impl FnOnce(&mut serde_json::Value)) -> Result<Report, LoadError> {
        let mut v = self.report_json();
        edit(&mut v);
        load(&v.to_string())
    }
}
