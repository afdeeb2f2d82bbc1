//! Writes `<dist>/sw.js` from `public/sw.js`: the list of every file of the
//! built site (relative URLs), each with a revision, a hash of its content.
//! The worker keeps each file under its URL and revision, so a new build
//! downloads only the files whose revision changed (see public/sw.js).
//!
//! Usage: `precache TEMPLATE DIST_DIR`. Run by `make precache`, after every
//! other file of the build is written.

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

/// One file to precache: its URL relative to `sw.js`, its revision, and
/// the language and colour scheme it is for, if it is for one (`facets`).
#[derive(Debug, PartialEq)]
struct Entry {
    url: String,
    revision: String,
    lang: Option<&'static str>,
    scheme: Option<&'static str>,
    /// For a chart embedded in another site (`embed-tiers.html`,
    /// `views/…/tiers-all-zh-embed.json`, `embed-host.js`): not kept for a
    /// reader of the report.
    embed: bool,
}

/// A file for embedded charts: an embed page or an embed view.
fn is_embed(url: &str) -> bool {
    name_parts(url).1.contains(&"embed")
}

/// A file's name, and the `-`-separated parts of its name before the first
/// `.` (`charts/tiers-en-dark.svg` → `tiers-en-dark.svg`, `[tiers, en, dark]`).
fn name_parts(url: &str) -> (&str, Vec<&str>) {
    let name = url.rsplit('/').next().unwrap_or(url);
    (name, name.split('.').next().unwrap_or(name).split('-').collect())
}

/// The language (`zh`, `en`) and colour scheme (`light`, `dark`) a file of
/// the site is for, read from its name as the build writes them: the pages
/// (`index.html` and `embed-<chart>.html` are Chinese, `en.html` and
/// `embed-<chart>-en.html` English; `embed.html`, which sends an older link
/// on, is neither), and any other file whose name has a `-zh`, `-en`,
/// `-light` or `-dark` part (`charts/tiers-en-dark-narrow.svg`,
/// `views/…/media-2014-zh.json`, `charts/tiers-zh.csv`). The worker keeps a
/// reader's language and scheme without the others' (public/sw.js, `KEEP`).
fn facets(url: &str) -> (Option<&'static str>, Option<&'static str>) {
    let (name, parts) = name_parts(url);
    let has = |p: &str| parts.iter().skip(1).any(|x| *x == p);
    let lang = match name {
        "index.html" => Some("zh"),
        "en.html" => Some("en"),
        "embed.html" => None,
        _ if has("en") => Some("en"),
        _ if has("zh") || (name.starts_with("embed-") && name.ends_with(".html")) => Some("zh"),
        _ => None,
    };
    let scheme = if has("dark") {
        Some("dark")
    } else if has("light") {
        Some("light")
    } else {
        None
    };
    (lang, scheme)
}

/// Every file of the built site in `dist`, sorted by URL: not the worker
/// itself, nor host configuration, nor the precompressed copies (`.br`,
/// `.gz`) that `make compress` writes after this step (a rebuild finds the
/// last build's): the worker fetches each file by its own name, and the
/// browser decodes what the server sends. Nor the spreadsheet
/// (`data/facts.xlsx`, 15 KB that no gzip makes smaller): the page never
/// reads it, and it is facts.csv's rows again, which are precached; it is
/// fetched when it is downloaded. Nor what is for other sites' readers:
/// the share cards (`cards/`, 24 PNGs of about 50 KB that link previews
/// fetch, the page never shows) and the files for crawlers
/// (`robots.txt`, `sitemap.xml`). Nor the map's geometry (`map/`, about 27
/// KB brotli): fetched when the map of partners first goes live, which
/// most readers never make it (its image shows without it).
fn entries(dist: &Path) -> Result<Vec<Entry>, String> {
    let mut list = Vec::new();
    files(dist, dist, &mut list).map_err(|e| format!("{}: {e}", dist.display()))?;
    let mut out = Vec::new();
    for p in list {
        let url = p.to_string_lossy().replace('\\', "/");
        if not_precached(&url) {
            continue;
        }
        let bytes = std::fs::read(dist.join(&p)).map_err(|e| format!("{}: {e}", p.display()))?;
        let (lang, scheme) = facets(&url);
        let embed = is_embed(&url);
        out.push(Entry { url, revision: content_hash(&bytes), lang, scheme, embed });
    }
    out.sort_by(|a, b| a.url.cmp(&b.url));
    Ok(out)
}

/// A file of the build the worker does not keep (`entries` says why).
fn not_precached(url: &str) -> bool {
    matches!(url, "sw.js" | "_headers" | "robots.txt" | "sitemap.xml")
        || url.starts_with("cards/")
        || url.starts_with("map/")
        || [".gz", ".br", ".xlsx"].iter().any(|ext| url.ends_with(ext))
}

/// The precache list as a JavaScript array literal (JSON), one entry a line.
fn manifest(entries: &[Entry]) -> String {
    let lines: Vec<String> = entries
        .iter()
        .map(|e| {
            let mut entry = serde_json::json!({ "url": e.url, "revision": e.revision });
            if let Some(lang) = e.lang {
                entry["lang"] = lang.into();
            }
            if let Some(scheme) = e.scheme {
                entry["scheme"] = scheme.into();
            }
            if e.embed {
                entry["embed"] = true.into();
            }
            format!("  {entry}")
        })
        .collect();
    format!("[\n{}\n]", lines.join(",\n"))
}

fn run(template: &Path, dist: &Path) -> Result<usize, String> {
    let template = std::fs::read_to_string(template).map_err(|e| format!("{}: {e}", template.display()))?;
    if !template.contains("__PRECACHE__") {
        return Err("the template has no __PRECACHE__".into());
    }
    let entries = entries(dist)?;
    let sw = template.replace("__PRECACHE__", &manifest(&entries));
    std::fs::write(dist.join("sw.js"), sw).map_err(|e| e.to_string())?;
    Ok(entries.len())
}

/// A file's revision, which changes whenever its content does: the first
/// 16 hex digits of its SHA-256, which the worker computes again
/// (`crypto.subtle`) before it keeps a file, so that a file of another build
/// is never kept under this one's revision.
pub fn content_hash(bytes: &[u8]) -> String {
    use sha2::Digest;
    sha2::Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn content_hash_is_sha256_prefix() {
        assert_eq!(content_hash(b""), "e3b0c44298fc1c14");
        assert_eq!(content_hash(b"abc"), "ba7816bf8f01cfea");
        assert_ne!(content_hash(b"ab"), content_hash(b"ba"));
    }

    #[test]
    fn each_file_says_its_language_and_scheme_when_it_has_one() {
        let cases = [
            ("index.html", Some("zh"), None),
            ("en.html", Some("en"), None),
            ("embed.html", None, None),
            ("embed-tiers.html", Some("zh"), None),
            ("embed-tiers-en.html", Some("en"), None),
            ("charts/tiers-en-dark-narrow.svg", Some("en"), Some("dark")),
            ("charts/tiers-zh-light.svg", Some("zh"), Some("light")),
            ("charts/tiers-zh.csv", Some("zh"), None),
            ("views/0123456789abcdef/media-2014-en-embed.json", Some("en"), None),
            ("views/0123456789abcdef/media-all-zh.json", Some("zh"), None),
            ("data/report.json", None, None),
            ("data/report-text.md", None, None),
            ("viewer-a81da145e1f4cd94_bg.wasm", None, None),
            ("main-25959b8ab578580d.css", None, None),
            ("icons/icon-192.png", None, None),
            // A chart whose id is a language code is named by its id first.
            ("charts/en-zh-dark.svg", Some("zh"), Some("dark")),
        ];
        for (url, lang, scheme) in cases {
            assert_eq!(facets(url), (lang, scheme), "{url}");
        }
        // The portals' script is for embedded charts too.
        for url in ["embed-tiers.html", "embed-tiers-en.html", "embed.html", "embed-host.js", "views/0123456789abcdef/media-2014-en-embed.json"] {
            assert!(is_embed(url), "{url}");
        }
        for url in ["index.html", "views/0123456789abcdef/media-2014-en.json", "charts/tiers-zh.csv"] {
            assert!(!is_embed(url), "{url}");
        }
    }

    #[test]
    fn one_revision_per_file_changing_only_with_its_content() {
        let dir = std::env::temp_dir().join(format!("precache-test-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("data")).unwrap();
        std::fs::write(dir.join("index.html"), "<p>page</p>").unwrap();
        std::fs::write(dir.join("viewer_bg.wasm"), [0u8, 97, 115, 109]).unwrap();
        std::fs::write(dir.join("data/report.json"), "{}").unwrap();
        std::fs::write(dir.join("_headers"), "/*").unwrap();
        std::fs::write(dir.join("data/facts.xlsx"), "PK").unwrap();
        std::fs::create_dir_all(dir.join("map")).unwrap();
        std::fs::write(dir.join("map/world.json"), "{}").unwrap();
        std::fs::write(dir.join("sw.js"), "old").unwrap();
        // For link previews and crawlers, not for the page.
        std::fs::create_dir_all(dir.join("cards")).unwrap();
        std::fs::write(dir.join("cards/report-zh.png"), "PNG").unwrap();
        std::fs::write(dir.join("robots.txt"), "User-agent: *").unwrap();
        std::fs::write(dir.join("sitemap.xml"), "<urlset/>").unwrap();
        // A rebuild finds the .br and .gz copies of the build before
        // (`make compress` runs after this step): never listed.
        for copy in ["index.html.br", "index.html.gz", "viewer_bg.wasm.br", "data/report.json.gz", "sw.js.br"] {
            std::fs::write(dir.join(copy), "copy").unwrap();
        }
        let before = entries(&dir).unwrap();
        let urls: Vec<&str> = before.iter().map(|e| e.url.as_str()).collect();
        assert_eq!(urls, ["data/report.json", "index.html", "viewer_bg.wasm"]);

        std::fs::write(dir.join("data/report.json"), "{\"changed\":true}").unwrap();
        let after = entries(&dir).unwrap();
        let changed: Vec<&str> =
            after.iter().zip(&before).filter(|(a, b)| a.revision != b.revision).map(|(a, _)| a.url.as_str()).collect();
        assert_eq!(changed, ["data/report.json"]);

        let template = dir.with_extension("template.js");
        std::fs::write(&template, "const PRECACHE = __PRECACHE__;\n").unwrap();
        assert_eq!(run(&template, &dir).unwrap(), 3);
        let sw = std::fs::read_to_string(dir.join("sw.js")).unwrap();
        let json = sw.trim_start_matches("const PRECACHE = ").trim_end().trim_end_matches(';');
        let list: Vec<serde_json::Value> = serde_json::from_str(json).unwrap();
        assert_eq!(list[1], serde_json::json!({ "url": "index.html", "revision": content_hash(b"<p>page</p>"), "lang": "zh" }));
        assert_eq!(list[0], serde_json::json!({ "url": "data/report.json", "revision": content_hash(b"{\"changed\":true}") }));
        std::fs::remove_dir_all(&dir).unwrap();
        std::fs::remove_file(&template).unwrap();
    }
}
