//! Writes the ECharts options of every chart in the default view, in both
//! languages and both colour schemes, with the size to draw them at
//! (`charts::svg::jobs`), as one JSON file that `tools/render-charts.mjs`
//! turns into `charts/*.svg`.
//!
//! Usage: `chart-options DATA_DIR OUT_FILE` (the report's data folder, e.g.
//! `public/data`). Run by `make chart-options`.

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, out) = match args.as_slice() {
        [source, out] => (PathBuf::from(source), PathBuf::from(out)),
        _ => {
            eprintln!("usage: chart-options DATA_DIR OUT_FILE");
            return ExitCode::from(2);
        }
    };
    match run(&source, &out) {
        Ok(n) => {
            println!("chart-options: {n} charts in {}", out.display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("chart-options: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(source: &PathBuf, out: &PathBuf) -> Result<usize, String> {
    let d = tip_report::dataset::Dataset::load_dir(source)?;
    let jobs = tip_report::charts::svg::jobs(&d);
    if let Some(dir) = out.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    }
    std::fs::write(out, jobs.to_string()).map_err(|e| format!("{}: {e}", out.display()))?;
    Ok(jobs["charts"].as_array().map_or(0, |c| c.len()))
}
