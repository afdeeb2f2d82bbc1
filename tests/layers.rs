//! Keeps the layers of `src/lib.rs` true: each folder of `src/` imports only
//! the folders before it (core → locale → data → dataset → presentation → charts →
//! ui; `bin/` and `main.rs` on top), only `src/ui/browser/` and the wasm's
//! entry point (`main.rs`) name the browser's APIs (`web_sys`, `js_sys`,
//! `wasm_bindgen`, `wasm_bindgen_futures`), and no file imports itself
//! through others (a circle between files).
//!
//! It reads the source as text: every path through `crate::` or
//! `tip_report::`, and every `super::` chain that climbs out of its folder
//! to the crate root, outside comments and string literals.

use std::path::{Path, PathBuf};

/// The layers, in the order the data flows.
const LAYERS: [&str; 7] = ["core", "locale", "data", "dataset", "presentation", "charts", "ui"];
/// The browser's APIs, named only in `BROWSER`.
const BROWSER_CRATES: [&str; 4] = ["web_sys", "js_sys", "wasm_bindgen", "wasm_bindgen_futures"];
const BROWSER: &str = "ui/browser/";
/// The wasm's entry point, where boot.js meets the app: it names the
/// browser's APIs too.
const ENTRY: &str = "main.rs";

/// The layer of a file (its path under `src/`): an index into `LAYERS`, or
/// `LAYERS.len()` for the crate's top (`bin/`, `main.rs`), `None` for `lib.rs`.
fn layer_of(path: &str) -> Option<usize> {
    if path == "lib.rs" {
        return None;
    }
    let top = path.split('/').next().unwrap_or_default();
    Some(LAYERS.iter().position(|l| *l == top).unwrap_or(LAYERS.len()))
}

/// How deep the file's module sits below the crate root (`presentation/mod.rs` 1,
/// `presentation/state.rs` 2, `ui/browser/echarts.rs` 3).
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
        if !path.starts_with(BROWSER) && path != ENTRY {
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
    assert_eq!(violations("presentation/mod.rs", "use super::ui::App;").len(), 1);
    assert_eq!(violations("presentation/state.rs", "use super::super::charts::build;").len(), 1);
    // Forward imports, within a layer, and from the top are fine.
    assert!(violations("charts/tiers.rs", "use crate::presentation::Selection; use super::common::base;").is_empty());
    assert!(violations("bin/prerender.rs", "use tip_report::ui::render;").is_empty());
    assert!(violations("presentation/state.rs", "#[cfg(test)]\nmod tests {\n    use super::super::filter;\n}").is_empty());
    // Comments and strings do not count.
    assert!(violations("data/model.rs", "// see crate::ui::page\nlet s = \"crate::ui\";").is_empty());
    // The browser's APIs only in ui/browser/.
    assert_eq!(violations("ui/chart.rs", "use wasm_bindgen::JsValue;").len(), 1);
    assert_eq!(violations("ui/offline.rs", "let x: web_sys::Window = w;").len(), 1);
    assert!(violations("ui/browser/echarts.rs", "use wasm_bindgen::JsValue;").is_empty());
    assert!(violations("main.rs", "use wasm_bindgen::prelude::wasm_bindgen;").is_empty());
    assert!(violations("ui/chart.rs", "let my_web_sys_thing = 1;").is_empty());
}

// ---- Circles between files ----
//
// Within a layer too, no file imports (through the files it imports) itself:
// a circle means neither file can be read, tested or moved without the other.
// The module a path names is found from the files themselves: `crate::a::b::C`
// is `src/a/b.rs` (or `src/a/b/mod.rs`) when that file exists, else `src/a.rs`
// …; `super::` and `self::` climb from the file's own module, and a path that
// starts with a child module's name is that child. Test modules (`mod tests`)
// and external crates do not count, nor do paths between a folder's `mod.rs`
// and the files below it (it declares them and re-exports from them; they
// use what it defines): the circles that count are between files side by
// side, or in different folders.

/// The module path of a file under `src/` (`ui/page.rs` → `["ui", "page"]`,
/// `ui/mod.rs` → `["ui"]`, `lib.rs` → `[]`); `None` for the binaries.
fn module_of(path: &str) -> Option<Vec<String>> {
    if path.starts_with("bin/") || path == "main.rs" {
        return None;
    }
    if path == "lib.rs" {
        return Some(Vec::new());
    }
    let mut parts: Vec<String> = path.trim_end_matches(".rs").split('/').map(String::from).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    Some(parts)
}

/// Every `a::b::c` path in a line of code, with `{…}` groups of a `use` expanded.
fn paths_in(code: &str) -> Vec<Vec<String>> {
    fn expand(prefix: &[String], s: &str, out: &mut Vec<Vec<String>>) {
        // s is a use tree: `a::b::{c, d::e}` or `a::b` or `*`.
        let s = s.trim();
        if let Some(open) = s.find('{') {
            let head: Vec<String> = s[..open].split("::").map(|p| p.trim().to_string()).filter(|p| !p.is_empty()).collect();
            let close = s.rfind('}').unwrap_or(s.len());
            let inner = &s[open + 1..close];
            let mut depth = 0;
            let mut start = 0;
            let mut full: Vec<String> = prefix.to_vec();
            full.extend(head);
            for (i, c) in inner.char_indices() {
                match c {
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    ',' if depth == 0 => {
                        expand(&full, &inner[start..i], out);
                        start = i + 1;
                    }
                    _ => {}
                }
            }
            expand(&full, &inner[start..], out);
        } else {
            let mut full: Vec<String> = prefix.to_vec();
            full.extend(s.split(" as ").next().unwrap_or(s).split("::").map(|p| p.trim().to_string()).filter(|p| !p.is_empty() && p != "*"));
            if !full.is_empty() {
                out.push(full);
            }
        }
    }
    let mut out = Vec::new();
    let trimmed = code.trim_start();
    let use_tree = trimmed.strip_prefix("pub use ").or_else(|| trimmed.strip_prefix("pub(crate) use ")).or_else(|| trimmed.strip_prefix("use "));
    if let Some(tree) = use_tree {
        expand(&[], tree.trim_end().trim_end_matches(';'), &mut out);
        return out;
    }
    // Paths in code: identifiers joined by `::`.
    let chars: Vec<char> = code.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let ident_start = |c: char| c.is_alphabetic() || c == '_';
        if ident_start(chars[i]) && (i == 0 || !(chars[i - 1].is_alphanumeric() || chars[i - 1] == '_' || chars[i - 1] == ':')) {
            let mut segs = Vec::new();
            let mut j = i;
            loop {
                let s = j;
                while j < chars.len() && (chars[j].is_alphanumeric() || chars[j] == '_') {
                    j += 1;
                }
                segs.push(chars[s..j].iter().collect::<String>());
                if j + 2 < chars.len() && chars[j] == ':' && chars[j + 1] == ':' && ident_start(chars[j + 2]) {
                    j += 2;
                } else {
                    break;
                }
            }
            if segs.len() > 1 {
                out.push(segs);
            }
            i = j.max(i + 1);
        } else {
            i += 1;
        }
    }
    out
}

/// The file (as a module path) a path names from module `from`, if it is one
/// of `modules` other than `from` itself.
fn target_of(from: &[String], path: &[String], modules: &std::collections::BTreeSet<Vec<String>>) -> Option<Vec<String>> {
    let mut base: Vec<String>;
    let mut rest = path;
    match path.first().map(String::as_str) {
        Some("crate") | Some("tip_report") => {
            base = Vec::new();
            rest = &path[1..];
        }
        Some("super") | Some("self") => {
            base = from.to_vec();
            while let Some(first) = rest.first() {
                match first.as_str() {
                    "super" => {
                        base.pop()?;
                    }
                    "self" => {}
                    _ => break,
                }
                rest = &rest[1..];
            }
        }
        Some(_) => {
            // A child module of this one, or nothing of ours.
            let mut child = from.to_vec();
            child.push(path[0].clone());
            if !modules.contains(&child) {
                return None;
            }
            base = from.to_vec();
        }
        None => return None,
    }
    // The module the path starts from holds the item if no deeper file does.
    let mut found = modules.contains(&base).then(|| base.clone());
    for seg in rest {
        base.push(seg.clone());
        if modules.contains(&base) {
            found = Some(base.clone());
        } else {
            break;
        }
    }
    let found = found?;
    (found != from).then_some(found)
}

/// The files each file imports: module path → the module paths it names.
fn imports(files: &[(String, String)]) -> std::collections::BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>> {
    let modules: std::collections::BTreeSet<Vec<String>> = files.iter().filter_map(|(p, _)| module_of(p)).collect();
    let mut out = std::collections::BTreeMap::new();
    for (path, source) in files {
        let Some(from) = module_of(path) else { continue };
        let mut deps = std::collections::BTreeSet::new();
        for line in source.lines() {
            let code = code_of(line);
            if code.trim_start().starts_with("mod tests") || code.contains("mod tests {") {
                break;
            }
            for p in paths_in(&code) {
                // A folder's front file (`mod.rs`) and the files below it
                // are one module to the rest: it declares them and re-exports
                // from them, they use what it defines. Between them no edge.
                if let Some(t) = target_of(&from, &p, &modules).filter(|t| !t.starts_with(&from) && !from.starts_with(t)) {
                    deps.insert(t);
                }
            }
        }
        out.insert(from, deps);
    }
    out
}

/// The circles among `graph`: each strongly connected set of two or more
/// files, as `src/` paths joined by " → ".
fn circles(graph: &std::collections::BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>>) -> Vec<String> {
    // Tarjan's algorithm.
    struct State<'a> {
        graph: &'a std::collections::BTreeMap<Vec<String>, std::collections::BTreeSet<Vec<String>>>,
        index: std::collections::HashMap<&'a Vec<String>, usize>,
        low: std::collections::HashMap<&'a Vec<String>, usize>,
        stack: Vec<&'a Vec<String>>,
        on_stack: std::collections::HashSet<&'a Vec<String>>,
        next: usize,
        found: Vec<Vec<&'a Vec<String>>>,
    }
    fn visit<'a>(s: &mut State<'a>, v: &'a Vec<String>) {
        s.index.insert(v, s.next);
        s.low.insert(v, s.next);
        s.next += 1;
        s.stack.push(v);
        s.on_stack.insert(v);
        if let Some(deps) = s.graph.get(v) {
            for w in deps {
                let Some((w, _)) = s.graph.get_key_value(w) else { continue };
                if !s.index.contains_key(w) {
                    visit(s, w);
                    let lw = s.low[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(lw));
                } else if s.on_stack.contains(w) {
                    let iw = s.index[w];
                    let lv = s.low[v];
                    s.low.insert(v, lv.min(iw));
                }
            }
        }
        if s.low[v] == s.index[v] {
            let mut set = Vec::new();
            while let Some(w) = s.stack.pop() {
                s.on_stack.remove(w);
                set.push(w);
                if w == v {
                    break;
                }
            }
            if set.len() > 1 {
                s.found.push(set);
            }
        }
    }
    let mut s = State {
        graph,
        index: Default::default(),
        low: Default::default(),
        stack: Vec::new(),
        on_stack: Default::default(),
        next: 0,
        found: Vec::new(),
    };
    for v in graph.keys() {
        if !s.index.contains_key(v) {
            visit(&mut s, v);
        }
    }
    let name = |m: &Vec<String>| if m.is_empty() { "lib".to_string() } else { m.join("::") };
    let mut out: Vec<String> = s
        .found
        .iter()
        .map(|set| {
            let mut names: Vec<String> = set.iter().map(|m| name(m)).collect();
            names.sort();
            names.join(", ")
        })
        .collect();
    out.sort();
    out
}

fn source_files() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .iter()
        .map(|f| (f.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/"), std::fs::read_to_string(f).unwrap()))
        .collect()
}

#[test]
fn no_file_imports_itself_through_others() {
    let graph = imports(&source_files());
    assert!(graph.len() > 40, "the source tree was not found");
    let found = circles(&graph);
    assert!(found.is_empty(), "circles between files (each set imports itself through the others):\n{}", found.join("\n"));
}

#[test]
fn the_circle_check_finds_what_it_is_for() {
    let files = |list: &[(&str, &str)]| list.iter().map(|(p, s)| (p.to_string(), s.to_string())).collect::<Vec<_>>();
    // Two files of one layer naming each other, by `use` group and by path.
    let two = files(&[
        ("charts/mod.rs", "mod catalog;\nmod tiers;"),
        ("charts/catalog.rs", "use super::{common, tiers::draw};"),
        ("charts/tiers.rs", "fn f(p: super::catalog::Parts) {}"),
        ("charts/common.rs", ""),
    ]);
    assert_eq!(circles(&imports(&two)), ["charts::catalog, charts::tiers"]);
    // Three, through a child named from its parent and `crate::` back.
    let three = files(&[
        ("ui/mod.rs", "pub mod page;"),
        ("ui/page.rs", "use super::load::report;"),
        ("ui/load.rs", "use crate::ui::error::AppError;"),
        ("ui/error.rs", "fn f() -> page::Start { todo!() }\nuse super::page;"),
    ]);
    assert_eq!(circles(&imports(&three)), ["ui::error, ui::load, ui::page"]);
    // One way only, a test module, and external crates: no circle.
    let fine = files(&[
        ("presentation/a.rs", "use super::b::B; use serde::Serialize;"),
        ("presentation/b.rs", "fn f() {}\n#[cfg(test)]\nmod tests {\n    use super::super::a::A;\n}"),
        ("presentation/mod.rs", "mod a; mod b;"),
    ]);
    assert!(circles(&imports(&fine)).is_empty());
    // A folder's front file and the files below it are one module.
    let family = files(&[
        ("charts/mod.rs", "pub use tiers::draw; pub struct ChartEnv;"),
        ("charts/tiers.rs", "use super::ChartEnv;"),
    ]);
    assert!(circles(&imports(&family)).is_empty());
}
