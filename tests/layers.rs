//! Keeps the layers of `src/lib.rs` true: each folder of `src/` imports only
//! the folders before it (core → locale → data → dataset → view → charts →
//! ui; `bin/` and `main.rs` on top), and only `src/ui/browser/` names the
//! browser's APIs (`web_sys`, `js_sys`, `wasm_bindgen`, `wasm_bindgen_futures`).
//!
//! It reads the source as text: every path through `crate::` or
//! `tip_report::`, and every `super::` chain that climbs out of its folder
//! to the crate root, outside comments and string literals.

use std::path::{Path, PathBuf};

/// The layers, in the order the data flows.
const LAYERS: [&str; 7] = ["core", "locale", "data", "dataset", "view", "charts", "ui"];
/// The browser's APIs, named only in `BROWSER`.
const BROWSER_CRATES: [&str; 4] = ["web_sys", "js_sys", "wasm_bindgen", "wasm_bindgen_futures"];
const BROWSER: &str = "ui/browser/";

/// The layer of a file (its path under `src/`): an index into `LAYERS`, or
/// `LAYERS.len()` for the crate's top (`bin/`, `main.rs`), `None` for `lib.rs`.
fn layer_of(path: &str) -> Option<usize> {
    if path == "lib.rs" {
        return None;
    }
    let top = path.split('/').next().unwrap_or_default();
    Some(LAYERS.iter().position(|l| *l == top).unwrap_or(LAYERS.len()))
}

/// How deep the file's module sits below the crate root (`view/mod.rs` 1,
/// `view/state.rs` 2, `ui/browser/echarts.rs` 3).
fn module_depth(path: &str) -> usize {
    let parts: Vec<&str> = path.split('/').collect();
    if parts.last() == Some(&"mod.rs") { parts.len() - 1 } else { parts.len() }
}

/// The code of a line, without its comment and string literals (a crude
/// reading, enough for this source: strings with `//` inside keep their
/// quotes' content blanked first).
fn code_of(line: &str) -> String {
    let mut out = String::new();
    let mut in_str = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        if in_str {
            if c == '\\' {
                chars.next();
            } else if c == '"' {
                in_str = false;
                out.push('"');
            }
            continue;
        }
        if c == '"' {
            in_str = true;
            out.push('"');
            continue;
        }
        if c == '/' && chars.peek() == Some(&'/') {
            break;
        }
        out.push(c);
    }
    out
}

/// What is wrong with one file's imports: `(line, message)`.
fn violations(path: &str, source: &str) -> Vec<(usize, String)> {
    let Some(layer) = layer_of(path) else { return Vec::new() };
    let name = |l: usize| LAYERS.get(l).copied().unwrap_or("the top");
    let depth = module_depth(path);
    let mut out = Vec::new();
    let mut in_tests = false;
    for (n, line) in source.lines().enumerate() {
        let code = code_of(line);
        if code.trim_start().starts_with("mod tests") || code.contains("mod tests {") {
            in_tests = true;
        }
        // Paths from the crate root.
        let mut targets: Vec<String> = Vec::new();
        for prefix in ["crate::", "tip_report::"] {
            let mut rest = code.as_str();
            while let Some(i) = rest.find(prefix) {
                let before = rest[..i].chars().last();
                let after = &rest[i + prefix.len()..];
                if !before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    targets.push(after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
                }
                rest = after;
            }
        }
        // `super::` chains that climb to the crate root.
        let mut rest = code.as_str();
        while let Some(i) = rest.find("super::") {
            let before = rest[..i].chars().last();
            let mut after = &rest[i..];
            let mut climbs = 0;
            while let Some(r) = after.strip_prefix("super::") {
                climbs += 1;
                after = r;
            }
            let from = depth + usize::from(in_tests);
            if !before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == ':') && climbs >= from {
                targets.push(after.chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect());
            }
            rest = after;
        }
        for target in targets {
            if let Some(t) = LAYERS.iter().position(|l| *l == target) {
                if t > layer {
                    out.push((n + 1, format!("{} (layer {}) imports {} (layer {}), a later layer", name(layer), layer + 1, target, t + 1)));
                }
            }
        }
        if !path.starts_with(BROWSER) {
            for api in BROWSER_CRATES {
                let mut rest = code.as_str();
                while let Some(i) = rest.find(api) {
                    let before = rest[..i].chars().last();
                    let after = rest[i + api.len()..].chars().next();
                    let ident = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
                    if !ident(before) && !ident(after) {
                        out.push((n + 1, format!("names `{api}` outside src/{BROWSER}")));
                    }
                    rest = &rest[i + api.len()..];
                }
            }
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn each_layer_imports_only_the_layers_before_it_and_only_the_browser_module_names_the_browser() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    let mut found = Vec::new();
    for file in &files {
        let rel = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
        let source = std::fs::read_to_string(file).unwrap();
        for (line, message) in violations(&rel, &source) {
            found.push(format!("src/{rel}:{line}: {message}"));
        }
    }
    assert!(files.len() > 40, "the source tree was not found ({} files)", files.len());
    assert!(found.is_empty(), "imports against the layers of src/lib.rs:\n{}", found.join("\n"));
}

#[test]
fn every_folder_of_src_is_a_layer() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in std::fs::read_dir(&src).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        if path.is_dir() {
            assert!(LAYERS.contains(&name.as_str()) || name == "bin" || name == "js", "src/{name}/ is in no layer of tests/layers.rs");
        } else {
            assert!(["lib.rs", "main.rs"].contains(&name.as_str()), "src/{name} stands outside the layer folders");
        }
    }
}

#[test]
fn the_check_finds_what_it_is_for() {
    // A backward import, by path, by `use` and by `super::` to the root.
    assert_eq!(violations("data/model.rs", "use crate::charts::ChartEnv;").len(), 1);
    assert_eq!(violations("core/lang.rs", "fn f() { crate::locale::t(l, k) }").len(), 1);
    assert_eq!(violations("view/mod.rs", "use super::ui::App;").len(), 1);
    assert_eq!(violations("view/state.rs", "use super::super::charts::build;").len(), 1);
    // Forward imports, within a layer, and from the top are fine.
    assert!(violations("charts/tiers.rs", "use crate::view::ViewState; use super::common::base;").is_empty());
    assert!(violations("bin/prerender.rs", "use tip_report::ui::render;").is_empty());
    assert!(violations("view/state.rs", "#[cfg(test)]\nmod tests {\n    use super::super::filter;\n}").is_empty());
    // Comments and strings do not count.
    assert!(violations("data/model.rs", "// see crate::ui::page\nlet s = \"crate::ui\";").is_empty());
    // The browser's APIs only in ui/browser/.
    assert_eq!(violations("ui/chart.rs", "use wasm_bindgen::JsValue;").len(), 1);
    assert_eq!(violations("ui/offline.rs", "let x: web_sys::Window = w;").len(), 1);
    assert!(violations("ui/browser/echarts.rs", "use wasm_bindgen::JsValue;").is_empty());
    assert!(violations("ui/chart.rs", "let my_web_sys_thing = 1;").is_empty());
}
