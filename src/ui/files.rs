//! The data files a page reads, by their URLs relative to the page, and why
//! one could not be used (`AppError`, shown by `error::DataError`). A leaf of
//! `ui`: the loading (`load`) and the message (`error`) both read it.

use crate::data::LoadError;

/// The report's data, relative to the page so the site works under any path.
pub const DATA_URL: &str = "data/report.json";
/// How the viewer presents the report (`data::viewer`), fetched beside it.
pub const VIEWER_URL: &str = "data/viewer.json";
/// The report's text, beside the data.
pub const TEXT_URL: &str = "data/text.json";

/// Why the report is not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum AppError {
    /// A file could not be fetched (network, HTTP status): which, and why.
    Fetch(&'static str, String),
    /// A file is there but unusable: which file, and why.
    Data(&'static str, LoadError),
}
