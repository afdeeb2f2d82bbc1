//! Writes the site's open-data files from the one data source:
//! `<out>/data/report.json` and `<out>/data/viewer.json` (the sources, byte
//! for byte, once they validate),
//! `<out>/data/facts.csv` (every figure, one a row), and the report's text
//! beside it: `<out>/data/text.json` (byte for byte, once it validates) and
//! `<out>/data/report-text.md` (the whole text in both languages); for
//! spreadsheets, `<out>/data/facts.xlsx` (facts.csv's rows, the Chinese
//! intact); `<out>/data/changes.json` (the data's editions, byte for byte,
//! once it validates); the JSON Schemas of the data files
//! (`report.schema.json`, `viewer.schema.json`, `text.schema.json`,
//! `changes.schema.json`, from the serde model); and
//! `datapackage.json`, the
//! Frictionless Data Package that describes them all
//! (`dataset::package`), at the data's version, with each file's size and
//! SHA-256 hash.
//!
//! Usage: `export-data DATA_DIR OUT_DIR` (the report's data folder, e.g.
//! `public/data`). A step of `make dist` (`make data`); each error names the
//! file it is about.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (source, out) = match args.as_slice() {
        [source, out] => (PathBuf::from(source), PathBuf::from(out)),
        _ => {
            eprintln!("usage: export-data DATA_DIR OUT_DIR");
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

fn run(data_dir: &Path, out: &Path) -> Result<usize, String> {
    let read = |p: &Path| std::fs::read_to_string(p).map_err(|e| format!("{}: {e}", p.display()));
    let json = read(&data_dir.join("report.json"))?;
    let viewer_json = read(&data_dir.join("viewer.json"))?;
    let d = tip_report::dataset::Dataset::load_files(data_dir, &json, &viewer_json)?;
    let (report, viewer, facts) = (&d.report, &d.viewer, &d.facts);
    let text_source = data_dir.join("text.json");
    let text_json = read(&text_source)?;
    let text = tip_report::data::text::load(&text_json).map_err(|e| format!("{}: {e}", text_source.display()))?;
    // Checked by `load_files` above; published as it is.
    let changes_json = read(&data_dir.join(tip_report::data::changes::FILE))?;
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("facts.csv", tip_report::dataset::facts::to_csv(facts).into_bytes()),
        ("facts.xlsx", xlsx(report, facts)?),
        ("report.json", json.into_bytes()),
        ("viewer.json", viewer_json.into_bytes()),
        ("text.json", text_json.into_bytes()),
        ("changes.json", changes_json.into_bytes()),
        ("report-text.md", text.to_markdown().into_bytes()),
        ("report.schema.json", tip_report::data::schema::report().into_bytes()),
        ("viewer.schema.json", tip_report::data::schema::viewer().into_bytes()),
        ("text.schema.json", tip_report::data::schema::text().into_bytes()),
        ("changes.schema.json", tip_report::data::schema::changes().into_bytes()),
    ];
    let written: Vec<(&str, &[u8])> = files.iter().map(|(name, bytes)| (*name, bytes.as_slice())).collect();
    let package = tip_report::dataset::package::datapackage(report, viewer, &text, d.changes.version(), &written)?;
    let dir = out.join("data");
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    for (name, bytes) in files.iter().map(|(n, b)| (*n, b.as_slice())).chain([("datapackage.json", package.as_bytes())]) {
        let p = dir.join(name);
        std::fs::write(&p, bytes).map_err(|e| format!("{}: {e}", p.display()))?;
    }
    Ok(facts.len())
}

/// `facts.xlsx`: facts.csv's header and rows as a worksheet, the numeric
/// columns (`dataset::package::column_type`) as number cells, so Excel shows
/// the Chinese and sums the values. The same bytes on every build: the
/// document's creation time is fixed (1980-01-01, the zip format's epoch),
/// as rust_xlsxwriter would otherwise write the time of the build.
fn xlsx(report: &tip_report::data::Report, facts: &[tip_report::dataset::facts::Fact]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{DocProperties, ExcelDateTime, Format, Workbook};
    use tip_report::dataset::{facts, package};
    let err = |e: rust_xlsxwriter::XlsxError| format!("facts.xlsx: {e}");
    let meta = &report.meta;
    let mut book = Workbook::new();
    let created = ExcelDateTime::from_ymd(1980, 1, 1).map_err(err)?;
    book.set_properties(
        &DocProperties::new()
            .set_title(&format!("{} · {}", meta.title.zh, meta.title.en))
            .set_author(&format!("{} · {}", meta.publisher.zh, meta.publisher.en))
            .set_creation_datetime(&created),
    );
    let sheet = book.add_worksheet();
    sheet.set_name("facts").map_err(err)?;
    let bold = Format::new().set_bold();
    for (c, name) in facts::HEADER.iter().enumerate() {
        sheet.write_string_with_format(0, c as u16, *name, &bold).map_err(err)?;
    }
    let numeric: Vec<bool> = facts::HEADER.iter().map(|c| matches!(package::column_type(c), Some("integer" | "number"))).collect();
    for (r, fact) in facts.iter().enumerate() {
        let row = r as u32 + 1;
        for (c, cell) in facts::cells(fact).iter().enumerate() {
            if cell.is_empty() {
                continue;
            }
            match cell.parse::<f64>() {
                Ok(n) if numeric[c] => sheet.write_number(row, c as u16, n).map_err(err)?,
                _ => sheet.write_string(row, c as u16, cell).map_err(err)?,
            };
        }
    }
    sheet.set_freeze_panes(1, 0).map_err(err)?;
    for (c, width) in [12, 12, 6, 40, 60, 10, 10, 20, 11, 30].into_iter().enumerate() {
        sheet.set_column_width(c as u16, width).map_err(err)?;
    }
    book.save_to_buffer().map_err(err)
}
