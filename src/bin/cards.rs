//! Draws the share cards (`charts::card`): a 1200 × 630 PNG for the report
//! page and for each chart's embed page, in each language, from the data
//! and the chart SVGs the build drew (`make charts`), in the Noto Sans CJK
//! font of Debian's `fonts-noto-cjk`. The pages name them in `og:image`
//! (`prerender`, with SITE_URL).
//!
//! Usage: `cards DATA_DIR CHARTS_DIR OUT_DIR` (e.g. `public/data dist/charts
//! target/web/cards`): writes `OUT_DIR/report-zh.png`, `OUT_DIR/tiers-en.png`
//! … Run by `make cards`, which moves the folder into `dist/cards`.

use std::path::Path;
use std::process::ExitCode;
use std::time::Instant;

use tip_report::charts::card::{self, raster, Card};
use tip_report::core::Lang;
use tip_report::dataset::Dataset;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [data_dir, charts, out] = args.as_slice() else {
        eprintln!("usage: cards DATA_DIR CHARTS_DIR OUT_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(data_dir), Path::new(charts), Path::new(out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cards: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(data_dir: &Path, charts: &Path, out: &Path) -> Result<(), String> {
    let started = Instant::now();
    let d = Dataset::load_dir(data_dir)?;
    let fonts = raster::Fonts::load(&raster::FONT_DIRS)?;
    // Each card's SVG first (reading the chart SVGs), then drawn on both cores.
    let mut jobs: Vec<(String, String)> = Vec::new();
    for c in Card::all(&d) {
        for lang in Lang::ALL {
            let svg = match c {
                Card::Report => card::report_svg(&d, lang),
                Card::Chart(id) => {
                    let file = charts.join(tip_report::charts::svg::path(id, lang, false).trim_start_matches("charts/"));
                    let chart = std::fs::read_to_string(&file).map_err(|e| format!("{}: {e} (make charts draws it)", file.display()))?;
                    card::chart_svg(id, &d, lang, &chart)?
                }
            };
            jobs.push((c.file(lang), svg));
        }
    }
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let results: Vec<Result<(String, usize), String>> = std::thread::scope(|s| {
        let half = jobs.len().div_ceil(2);
        let workers: Vec<_> = jobs
            .chunks(half.max(1))
            .map(|chunk| {
                let fonts = &fonts;
                s.spawn(move || {
                    chunk
                        .iter()
                        .map(|(file, svg)| {
                            let png = raster::png(svg, fonts).map_err(|e| format!("{file}: {e}"))?;
                            let target = out.join(file.trim_start_matches(&format!("{}/", card::DIR)));
                            std::fs::write(&target, &png).map_err(|e| format!("{}: {e}", target.display()))?;
                            Ok((file.clone(), png.len()))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|_| vec![Err("a drawing thread failed".into())])).collect()
    });
    let mut bytes = 0;
    for r in &results {
        bytes += r.as_ref().map_err(Clone::clone)?.1;
    }
    println!("cards: {} cards of 1200 × 630, {} KB in all, {:.1} s", results.len(), bytes / 1024, started.elapsed().as_secs_f64());
    Ok(())
}
