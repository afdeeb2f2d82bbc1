//! Fetches the bundled data and the report's text by relative URLs, checks
//! them, and fingerprints them (browser only).

use std::sync::Arc;

use super::error::{AppError, DATA_URL, TEXT_URL};
use super::page::Report;
use crate::data::text;
use crate::dataset::Dataset;

/// The text of a file, by the browser's `fetch` (through web-sys directly:
/// gloo-net's request builder is more than two GETs need).
async fn fetch(url: &'static str) -> Result<String, AppError> {
    use wasm_bindgen::{JsCast, JsValue};
    use wasm_bindgen_futures::JsFuture;
    // A rejected fetch is a JS error (`TypeError: Failed to fetch`).
    let failed = |e: JsValue| {
        AppError::Fetch(e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.to_string())).or_else(|| e.as_string()).unwrap_or_default())
    };
    let promise = super::browser::window().fetch_with_str(url);
    let response: web_sys::Response = JsFuture::from(promise).await.map_err(failed)?.unchecked_into();
    if !response.ok() {
        return Err(AppError::Fetch(format!("HTTP {} {} ({url})", response.status(), response.status_text())));
    }
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}

/// The report and its text, checked, with the fingerprint of the two files
/// (what a prerendered page records it was built from).
pub async fn report() -> Result<(Report, String), AppError> {
    let (data_json, text_json) = futures::future::join(fetch(DATA_URL), fetch(TEXT_URL)).await;
    let (data_json, text_json) = (data_json?, text_json?);
    let data = Dataset::load(&data_json).map_err(|e| AppError::Data(DATA_URL, e))?;
    let text = text::load(&text_json).map_err(|e| AppError::Data(TEXT_URL, e))?;
    let fingerprint = crate::data::fingerprint(&data_json, &text_json);
    Ok((Report { data: Arc::new(data), text: Arc::new(text) }, fingerprint))
}
