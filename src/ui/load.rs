//! Fetches the bundled data and the report's text by relative URLs, checks
//! them, and fingerprints them (browser only).

use std::sync::Arc;

use super::error::{AppError, DATA_URL, TEXT_URL};
use super::page::Content;
use crate::data::text;
use crate::dataset::Dataset;

/// A file's text, or why it could not be fetched.
async fn fetch(url: &'static str) -> Result<String, AppError> {
    super::browser::fetch::text(url).await.map_err(|e| AppError::Fetch(url, e))
}

/// The report and its text, checked, with the fingerprint of the two files
/// (what a prerendered page records it was built from).
pub async fn report() -> Result<(Content, String), AppError> {
    let (data_json, text_json) = futures::future::join(fetch(DATA_URL), fetch(TEXT_URL)).await;
    let (data_json, text_json) = (data_json?, text_json?);
    let data = Dataset::load(&data_json).map_err(|e| AppError::Data(DATA_URL, e))?;
    let text = text::load(&text_json).map_err(|e| AppError::Data(TEXT_URL, e))?;
    let fingerprint = crate::data::fingerprint(&data_json, &text_json);
    Ok((Content { data: Arc::new(data), text: Arc::new(text) }, fingerprint))
}

thread_local! {
    /// The report, once `boot` found it matches the page: the islands read
    /// it as they hydrate (`page::environment`).
    static LOADED: std::cell::RefCell<Option<Content>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the checked report for the islands.
pub fn keep(report: Content) {
    LOADED.with(|l| *l.borrow_mut() = Some(report));
}

/// The report `keep` kept (the two `Arc`s, shared).
pub fn loaded() -> Option<Content> {
    LOADED.with(|l| l.borrow().clone())
}
