//! Mounts the viewer; everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    tip_report::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The viewer runs in the browser: build it with `make dist` and serve dist/ with `make serve`.");
    std::process::exit(2);
}
