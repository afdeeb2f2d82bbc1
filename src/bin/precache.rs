//! Writes `<dist>/sw.js` from `public/sw.js`: the list of every file of the
//! built site (relative URLs) and a version derived from their contents.
//!
//! Usage: `precache TEMPLATE DIST_DIR`. Run by trunk's post-build hook, after
//! the data files are written.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [template, dist] = args.as_slice() else {
        eprintln!("usage: precache TEMPLATE DIST_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(template), Path::new(dist)) {
        Ok(n) => {
            println!("precache: {n} files in sw.js");
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("precache: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Files below `dir`, sorted, as paths relative to `root`.
fn files(root: &Path, dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            files(root, &path, out)?;
        } else if let Ok(rel) = path.strip_prefix(root) {
            out.push(rel.to_path_buf());
        }
    }
    Ok(())
}

fn run(template: &Path, dist: &Path) -> Result<usize, String> {
    let template = std::fs::read_to_string(template).map_err(|e| format!("{}: {e}", template.display()))?;
    let mut list = Vec::new();
    files(dist, dist, &mut list).map_err(|e| e.to_string())?;
    list.retain(|p| {
        let name = p.to_string_lossy();
        // Not the worker itself, nor host configuration or precompressed copies.
        !(name == "sw.js" || name == "_headers" || name.ends_with(".gz") || name.ends_with(".br"))
    });
    list.sort();
    let mut urls = vec!["./".to_string()];
    let mut bytes = Vec::new();
    for p in &list {
        let url = p.to_string_lossy().replace('\\', "/");
        bytes.extend_from_slice(url.as_bytes());
        bytes.extend(std::fs::read(dist.join(p)).map_err(|e| e.to_string())?);
        urls.push(url);
    }
    let version = content_hash(&bytes);
    let json = serde_json::to_string_pretty(&urls).map_err(|e| e.to_string())?;
    let sw = template.replace("__VERSION__", &version).replace("__PRECACHE__", &json);
    std::fs::write(dist.join("sw.js"), sw).map_err(|e| e.to_string())?;
    Ok(urls.len())
}

/// A short, stable hex digest of `bytes` (FNV-1a, 64 bits): a cache version
/// that changes whenever any file of the build changes.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in bytes {
        h ^= *b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}
