//! Fetches the bundled data and the report's text by relative URLs, checks
//! them against the page, and keeps them for the islands (browser only).

use std::sync::Arc;

use super::error::{AppError, DATA_URL, TEXT_URL};
use super::page::{Content, Start};
use crate::data::text;
use crate::dataset::Dataset;

use super::browser::fetch::Started;

/// A file's text, or why it could not be fetched.
async fn fetch(url: &'static str, started: Started) -> Result<String, AppError> {
    super::browser::fetch::text(url, started).await.map_err(|e| AppError::Fetch(url, e))
}

/// What the data says of the page.
pub enum Loaded {
    /// The very files the page was prerendered from.
    Same(Content),
    /// Valid files, but not the page's.
    Other,
}

/// The report and its text. When their fingerprint is the one the page was
/// built from (`built_from`), the build has validated these very bytes:
/// they are parsed, not validated again (on a slow phone, validation was
/// two thirds of reading the data). Other files are validated, so that a
/// broken file is named in the page.
pub async fn report(built_from: Option<&str>, start: &Start, started: (Started, Started)) -> Result<Loaded, AppError> {
    let (data_json, text_json) = futures::future::join(fetch(DATA_URL, started.0), fetch(TEXT_URL, started.1)).await;
    let (data_json, text_json) = (data_json?, text_json?);
    let key = super::build_key(&crate::data::fingerprint(&data_json, &text_json), start.lang);
    if built_from == Some(key.as_str()) {
        // Each file in a task of its own: the page answers in between.
        super::browser::next_task().await;
        let data = Dataset::load_built(&data_json).map_err(|e| AppError::Data(DATA_URL, e))?;
        super::browser::next_task().await;
        let text = text::load_built(&text_json).map_err(|e| AppError::Data(TEXT_URL, e))?;
        return Ok(Loaded::Same(Content { data: Arc::new(data), text: Arc::new(text) }));
    }
    Dataset::load(&data_json).map_err(|e| AppError::Data(DATA_URL, e))?;
    text::load(&text_json).map_err(|e| AppError::Data(TEXT_URL, e))?;
    Ok(Loaded::Other)
}

thread_local! {
    /// The page's start and its report, once `boot` found the report is the
    /// page's: the islands read them as they hydrate (`page::environment`).
    static LOADED: std::cell::RefCell<Option<(Start, Content)>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the page's start and checked report for the islands.
pub fn keep(start: Start, report: Content) {
    LOADED.with(|l| *l.borrow_mut() = Some((start, report)));
}

/// What `keep` kept (the report's two `Arc`s, shared).
pub fn loaded() -> Option<(Start, Content)> {
    LOADED.with(|l| l.borrow().clone())
}
