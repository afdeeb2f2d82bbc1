//! Writes the report page of each language as finished HTML: the app's own
//! components rendered natively (Leptos `ssr`) into the page shell,
//! so a reader sees the whole report before any script runs, and the wasm
//! hydrates it. Refuses a malformed data file with the record and field.
//!
//! Usage: `prerender DATA_DIR SITE_DIR` (e.g. `public/data dist`): reads
//! `SITE_DIR/index.html` (the shell), writes `SITE_DIR/index.html` (Chinese)
//! and `SITE_DIR/en.html` (English), and each chart's embed page in each
//! language (`embed-tiers.html`, `embed-tiers-en.html` …); `embed.html`
//! (older embed links) learns the charts' ids, to send a link on to its
//! chart's page. Run by `make prerender`, on a copy of the shell that
//! `make shell` wrote (tools/shell.mjs).

use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;

use tip_report::core::{ChartId, Lang};
use tip_report::locale::{t, Key};
use tip_report::data::{self, text};
use tip_report::dataset::Dataset;
use tip_report::ui::page::{Content, Start};
use tip_report::ui::{build_key, render, render_embed};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, site] = args.as_slice() else {
        eprintln!("usage: prerender DATA_DIR SITE_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(data_dir), Path::new(site)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("prerender: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(data_dir: &Path, site: &Path) -> Result<(), String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let report_json = read(&data_dir.join("report.json"))?;
    let text_json = read(&data_dir.join("text.json"))?;
    let data = Dataset::load(&report_json).map_err(|e| format!("{}: {e}", data_dir.join("report.json").display()))?;
    let text = text::load(&text_json).map_err(|e| format!("{}: {e}", data_dir.join("text.json").display()))?;
    let report = Content { data: Arc::new(data), text: Arc::new(text) };
    let fingerprint = data::fingerprint(&report_json, &text_json);
    let shell = read(&site.join("index.html"))?;
    let write = |file: &str, html: String| -> Result<(), String> {
        let out = site.join(file);
        std::fs::write(&out, &html).map_err(|e| format!("{}: {e}", out.display()))
    };
    for lang in Lang::ALL {
        let key = build_key(&fingerprint, lang);
        let html = render(Start::prerendered(lang), report.clone());
        let main = page(&shell, lang, t(lang, Key::SiteTitle), &html, &key, true)?;
        println!("prerender: {} ({} KB)", lang.page_file(), main.len() / 1024);
        write(lang.page_file(), main)?;
        for chart in ChartId::ALL {
            let html = render_embed(Start::prerendered_embed(chart, lang), report.clone());
            let file = tip_report::view::embed::page_file(chart, lang);
            write(&file, page(&shell, lang, &tip_report::view::embed::page_title(chart, lang), &html, &key, false)?)?;
        }
    }
    println!("prerender: {} embed pages", ChartId::ALL.len() * Lang::ALL.len());
    // Older embed links name the chart in the query: embed.html learns the
    // charts there are, and boot.js sends the link on.
    let ids: Vec<&str> = ChartId::ALL.iter().map(|c| c.id()).collect();
    let legacy = read(&site.join("embed.html"))?;
    // Before boot.js's tag: boot.js runs as soon as it arrives, and reads it
    // at once.
    let charts = format!("<meta name=\"embed-charts\" content=\"{}\">", ids.join(","));
    write("embed.html", at_app_meta(&legacy, |tag| format!("{charts}{tag}")).map_err(|e| format!("embed.html: {e}"))?)?;
    Ok(())
}

/// The shell with the rendered app in `<div id="app">`, in `lang`; on the
/// report page (`report`), the notice for a reader without JavaScript first.
fn page(shell: &str, lang: Lang, title: &str, app: &str, key: &str, report: bool) -> Result<String, String> {
    // The shell's own <noscript> (for the bare shell) gives way to ours.
    let shell = match (shell.find("<noscript>"), shell.find("</noscript>")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", shell[..a].trim_end(), &shell[b + "</noscript>".len()..]),
        _ => shell.to_string(),
    };
    let start = shell.find("<div id=\"app\">").ok_or("the shell has no <div id=\"app\">")?;
    let end = start + shell[start..].find("</div>").ok_or("<div id=\"app\"> is not closed")? + "</div>".len();
    // Without JavaScript the report is whole; only the controls need it, and
    // the notice at the top says so. An embedded chart is whole as it is.
    let notice = if report { format!("<noscript><div class=\"notice notice-info noscript-notice\"><p class=\"wrap\">{}</p></div></noscript>", t(lang, Key::NoScriptNote)) } else { String::new() };
    // No white space before the app's first node: hydration walks the DOM.
    let mut out = format!("{}{notice}<div id=\"app\" data-build=\"{key}\">{app}</div>{}", &shell[..start], &shell[end..]);
    out = out.replacen("<html lang=\"zh-Hant\">", &format!("<html lang=\"{}\">", lang.html_lang()), 1);
    let title_start = out.find("<title>").ok_or("the shell has no <title>")?;
    let title_end = out.find("</title>").ok_or("the shell's <title> is not closed")?;
    out.replace_range(title_start..title_end + "</title>".len(), &format!("<title>{}</title>", escape(title)));
    // boot.js fetches the data beside the wasm: where it is.
    out = at_app_meta(&out, |tag| format!("{tag} data-report=\"{}\" data-text=\"{}\"", tip_report::ui::DATA_URL, tip_report::ui::TEXT_URL))?;
    // The chart library loads when a chart first goes live, not with the page.
    out = defer_echarts(&out)?;
    Ok(out)
}

/// `html` with the start of its `<meta name="app"` (what boot.js reads)
/// replaced by `with(start)`.
fn at_app_meta(html: &str, with: impl FnOnce(&str) -> String) -> Result<String, String> {
    let tag = "<meta name=\"app\"";
    if !html.contains(tag) {
        return Err("the shell has no <meta name=\"app\">".into());
    }
    Ok(html.replacen(tag, &with(tag), 1))
}

/// Text for HTML.
fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// Replaces the shell's `<script src="./echarts.min-….js" …>` with a
/// `<meta name="echarts">` naming it (and its integrity hash), which the
/// app reads when a chart first goes live.
fn defer_echarts(html: &str) -> Result<String, String> {
    let at = html.find("echarts.min").ok_or("the shell does not load ECharts")?;
    let start = html[..at].rfind("<script").ok_or("the ECharts tag is not a <script>")?;
    let end = at + html[at..].find("</script>").ok_or("the ECharts <script> is not closed")? + "</script>".len();
    let tag = &html[start..end];
    let attr = |name: &str| -> Option<&str> {
        let from = tag.find(&format!("{name}=\""))? + name.len() + 2;
        Some(&tag[from..from + tag[from..].find('"')?])
    };
    let src = attr("src").ok_or("the ECharts <script> has no src")?;
    let integrity = attr("integrity").map(|i| format!(" data-integrity=\"{i}\"")).unwrap_or_default();
    Ok(format!("{}<meta name=\"echarts\" data-src=\"{src}\"{integrity}>{}", &html[..start], &html[end..]))
}

#[cfg(test)]
mod tests {
    use super::defer_echarts;

    #[test]
    fn the_chart_library_is_named_not_loaded() {
        let shell = r#"<head><script src="./echarts.min-6798269462dc1ae.js" defer integrity="sha384-abc"></script><script src="./boot.js" type="module"></script></head>"#;
        assert_eq!(
            defer_echarts(shell).unwrap(),
            r#"<head><meta name="echarts" data-src="./echarts.min-6798269462dc1ae.js" data-integrity="sha384-abc"><script src="./boot.js" type="module"></script></head>"#
        );
        assert!(defer_echarts("<head></head>").is_err());
    }
}
