//! Starts the viewer's wasm; everything else lives in the library. The page
//! is prerendered: boot.js then calls the wasm's `load` and hydrates the
//! page's islands (see `ui`). `main` names no component, or the whole app
//! would be linked into the wasm.

#[cfg(target_arch = "wasm32")]
fn main() {
    tip_report::ui::init();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The viewer runs in the browser: build it with `make dist` and serve dist/ with `make serve`.");
    std::process::exit(2);
}
