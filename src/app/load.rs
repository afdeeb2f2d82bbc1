//! Fetches the bundled data by a relative URL and validates it.

use std::sync::Arc;

use leptos::prelude::*;

use crate::data::text::{self, ReportText};
use crate::data::LoadError;
use crate::dataset::Dataset;

/// The data file, relative to the page so the site works under any path.
pub const DATA_URL: &str = "data/report.json";

/// Why the report is not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum AppError {
    /// The file could not be fetched (network, HTTP status).
    Fetch(String),
    /// The file is there but unusable.
    Data(LoadError),
}

/// The report, checked and with its figures derived, shared by the page.
pub type Loaded = Result<Arc<Dataset>, AppError>;

pub async fn report() -> Loaded {
    let text = fetch(DATA_URL).await?;
    Dataset::load(&text).map(Arc::new).map_err(AppError::Data)
}

/// The report's text, beside the data.
pub const TEXT_URL: &str = "data/text.json";

/// The report's text, checked.
pub async fn report_text() -> Result<Arc<ReportText>, AppError> {
    let text = fetch(TEXT_URL).await?;
    text::load(&text).map(Arc::new).map_err(AppError::Data)
}

async fn fetch(url: &str) -> Result<String, AppError> {
    let response = gloo_net::http::Request::get(url).send().await.map_err(|e| AppError::Fetch(e.to_string()))?;
    if !response.ok() {
        return Err(AppError::Fetch(format!("HTTP {} {} ({url})", response.status(), response.status_text())));
    }
    response.text().await.map_err(|e| AppError::Fetch(e.to_string()))
}

/// The report as a reactive value: `None` while loading, then the outcome.
/// A resource notifies on every change of its loading state; this memo
/// changes only when the outcome itself does, so the page is built once.
pub fn use_report() -> Memo<Option<Loaded>> {
    let resource = LocalResource::new(report);
    Memo::new(move |_| resource.get())
}
