//! Fetches the bundled data and the report's text by relative URLs, checks
//! them against the page, and keeps them for the islands (browser only).

use std::sync::Arc;

use super::files::{AppError, DATA_URL, TEXT_URL, VIEWER_URL};
use super::start::Start;
use crate::data::text;
use crate::dataset::Dataset;

use super::browser::fetch::Started;

/// A file's text, or why it could not be fetched.
async fn fetch(url: &'static str, started: Started) -> Result<String, AppError> {
    super::browser::fetch::text(url, started).await.map_err(|e| AppError::Fetch(url, e))
}

/// What the data says of the page.
pub enum Loaded {
    /// The very file the page was prerendered from.
    Same(Arc<Dataset>),
    /// A valid file, but not the page's.
    Other,
}

/// The report. When its fingerprint is the one the page was built from
/// (`built_from`), the build has validated these very bytes: they are
/// parsed, not validated again (on a slow phone, validation was two thirds
/// of reading the data). Another file is validated, so that a broken file
/// is named in the page. The report's text is not read here: only a search
/// needs it (`text`).
pub async fn report(built_from: Option<&str>, start: &Start, started: Started) -> Result<Loaded, AppError> {
    // Both files download at once: the viewer's fetch starts before the
    // report's is awaited.
    let viewer_started = Started(Some(super::browser::window().fetch_with_str(VIEWER_URL)));
    let data_json = fetch(DATA_URL, started).await?;
    let viewer_json = fetch(VIEWER_URL, viewer_started).await?;
    let key = super::build_key(&crate::data::fingerprint_of(&data_json, &viewer_json), start.lang);
    if built_from == Some(key.as_str()) {
        // In a task of its own: the page answers in between.
        super::browser::next_task().await;
        // What the islands read: the charts they do not build come from the build.
        let data = Dataset::for_page_built(&data_json, &viewer_json).map_err(|e| AppError::Data(DATA_URL, e))?;
        return Ok(Loaded::Same(Arc::new(data)));
    }
    let report = crate::data::load(&data_json).map_err(|e| AppError::Data(DATA_URL, e))?;
    crate::data::viewer::load(&viewer_json, &report).map_err(|e| AppError::Data(VIEWER_URL, e))?;
    Ok(Loaded::Other)
}

/// The viewer's file alone, as built (for a page that shows no report).
pub async fn viewer() -> Result<crate::data::viewer::Viewer, AppError> {
    let json = fetch(VIEWER_URL, Started(None)).await?;
    crate::data::viewer::load_built(&json).map_err(|e| AppError::Data(VIEWER_URL, e))
}

/// The report's text, fetched when a search first needs it: the page's
/// own (its fingerprint is the page's `data-text-build`), parsed as the build
/// validated it; `Ok(None)` for a valid text of another build, which the
/// page must not mix with its own; an error for one it cannot use.
pub async fn text(built_from: Option<&str>) -> Result<Option<Arc<text::ReportText>>, AppError> {
    let json = fetch(TEXT_URL, Started(None)).await?;
    if built_from == Some(crate::data::fingerprint(&json).as_str()) {
        return text::load_built(&json).map(|t| Some(Arc::new(t))).map_err(|e| AppError::Data(TEXT_URL, e));
    }
    text::load(&json).map_err(|e| AppError::Data(TEXT_URL, e))?;
    Ok(None)
}

thread_local! {
    /// The page's start and its report, once `boot` found the report is the
    /// page's: the islands read them as they hydrate (`page::environment`).
    static LOADED: std::cell::RefCell<Option<(Start, Arc<Dataset>)>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the page's start and checked report for the islands.
pub fn keep(start: Start, report: Arc<Dataset>) {
    LOADED.with(|l| *l.borrow_mut() = Some((start, report)));
}

/// What `keep` kept (the report's `Arc`, shared).
pub fn loaded() -> Option<(Start, Arc<Dataset>)> {
    LOADED.with(|l| l.borrow().clone())
}
