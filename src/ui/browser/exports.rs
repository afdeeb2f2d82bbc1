//! What the wasm offers boot.js besides the islands' own hydrating
//! functions (`#[island]` exports one per island): `load`, then, once
//! boot.js has hydrated the islands, `ready`; `show_mismatch` when the page
//! and its data come from different builds.

use wasm_bindgen::prelude::wasm_bindgen;

/// Checks the data, from the fetch boot.js started (the promise of
/// `fetch(report)`, optional): `"hydrate"` (hydrate
/// the islands now),
/// `"mounted"` (the page was drawn anew: an error, an older embed link) or
/// `"mismatch"` (see `ui::Outcome`).
#[wasm_bindgen]
pub async fn load(report: Option<js_sys::Promise>) -> String {
    crate::ui::boot(super::fetch::Started(report)).await.id().to_string()
}

/// Every island is hydrated: the page answers.
#[wasm_bindgen]
pub fn ready() {
    crate::ui::page::page_ready();
}

/// The page and its data (or its wasm) come from different builds.
#[wasm_bindgen]
pub fn show_mismatch() {
    crate::ui::show_mismatch();
}
