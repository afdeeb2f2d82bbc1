//! The data files, by the browser's `fetch` (through web-sys directly:
//! gloo-net's request builder is more than two GETs need), or from the
//! fetches boot.js started beside the wasm's.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A fetch boot.js started already (`fetch(url)`'s promise of a
/// `Response`), so that the data downloads beside the wasm; or none.
pub struct Started(pub Option<js_sys::Promise>);

/// The text of the file at `url`, or why it could not be fetched: from the
/// fetch boot.js `started`, or a new one.
pub async fn text(url: &str, started: Started) -> Result<String, String> {
    // A rejected fetch is a JS error (`TypeError: Failed to fetch`).
    let failed = |e: JsValue| {
        e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.to_string())).or_else(|| e.as_string()).unwrap_or_default()
    };
    let promise = started.0.unwrap_or_else(|| super::window().fetch_with_str(url));
    let response: web_sys::Response = JsFuture::from(promise).await.map_err(failed)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {} {} ({url})", response.status(), response.status_text()));
    }
    let text = JsFuture::from(response.text().map_err(failed)?).await.map_err(failed)?;
    Ok(text.as_string().unwrap_or_default())
}

