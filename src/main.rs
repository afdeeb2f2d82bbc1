//! The viewer's wasm: its entry point, and what boot.js calls besides the
//! islands' own hydrating functions (`#[island]` exports one per island):
//! `load`, then, once boot.js has hydrated the islands, `ready`;
//! `show_mismatch` when the page and its data come from different builds.
//! Everything else lives in the library. The page is prerendered (see
//! `ui`). `main` names no component, or the whole app would be linked into
//! the wasm. The only file outside `ui/browser/` that names the browser's
//! APIs: it is where they meet the app (`tests/layers.rs`).

#[cfg(target_arch = "wasm32")]
use wasm_bindgen::prelude::wasm_bindgen;

#[cfg(target_arch = "wasm32")]
fn main() {
    tip_report::ui::init();
}

/// Checks the data, from the fetch boot.js started (the promise of
/// `fetch(report)`, optional): `"hydrate"` (hydrate the islands now),
/// `"mounted"` (the page was drawn anew: an error, an older embed link) or
/// `"mismatch"` (see `ui::Outcome`).
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub async fn load(report: Option<js_sys::Promise>) -> String {
    tip_report::ui::boot(tip_report::ui::Started(report)).await.id().to_string()
}

/// Every island is hydrated: the page answers.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn ready() {
    tip_report::ui::page::page_ready();
}

/// The page and its data (or its wasm) come from different builds.
#[cfg(target_arch = "wasm32")]
#[wasm_bindgen]
pub fn show_mismatch() {
    tip_report::ui::show_mismatch();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The viewer runs in the browser: build it with `make dist` and serve dist/ with `make serve`.");
    std::process::exit(2);
}
