//! Writes the site's open-data files from the one data source:
//! `<out>/data/report.json` (the source, byte for byte, once it validates),
//! `<out>/data/facts.csv` (every figure, one a row), and the report's text
//! beside it: `<out>/data/text.json` (byte for byte, once it validates) and
//! `<out>/data/report-text.md` (the whole text in both languages).
//!
//! Usage: `export-data [SOURCE] OUT_DIR` (SOURCE defaults to
//! `public/data/report.json`; the text is `text.json` beside it). A step
//! of `make dist` (`make data`); each error names the file it is about.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, out) = match args.as_slice() {
        [out] => (PathBuf::from("public/data/report.json"), PathBuf::from(out)),
        [source, out] => (PathBuf::from(source), PathBuf::from(out)),
        _ => {
            eprintln!("usage: export-data [SOURCE] OUT_DIR");
            return ExitCode::from(2);
        }
    };
    match run(&source, &out) {
        Ok(rows) => {
            println!("export-data: wrote {} figures to {}", rows, out.join("data").display());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("export-data: {e}");
            ExitCode::FAILURE
        }
    }
}

fn run(source: &Path, out: &Path) -> Result<usize, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let write = |p: PathBuf, contents: &str| std::fs::write(&p, contents).map_err(|e| format!("{}: {e}", p.display()));
    let json = read(source)?;
    let report = tip_report::data::load(&json).map_err(|e| format!("{}: {e}", source.display()))?;
    let text_source = source.with_file_name("text.json");
    let text_json = read(&text_source)?;
    let text = tip_report::data::text::load(&text_json).map_err(|e| format!("{}: {e}", text_source.display()))?;
    let facts = tip_report::dataset::facts::facts(&report);
    let dir = out.join("data");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    write(dir.join("report.json"), &json)?;
    write(dir.join("facts.csv"), &tip_report::dataset::facts::to_csv(&facts))?;
    write(dir.join("text.json"), &text_json)?;
    write(dir.join("report-text.md"), &text.to_markdown())?;
    Ok(facts.len())
}
