//! Imports the report's text from its plain text into `text.json`: the
//! Chinese section by section in the report's numbering (`data::import`),
//! merged with the `text.json` already there: a section whose Chinese is
//! unchanged keeps its English and its slips; one that is new or changed
//! has no English yet (the English page shows its Chinese, marked as not
//! yet translated) and keeps only the slips still printed in it. The
//! result is validated as the build validates it, then written as the file
//! is written (two spaces of indent, a new line at the end): importing the
//! text the file came from gives it back byte for byte.
//!
//! Usage: `import-text SOURCE.txt DATA_DIR` (`make import-text
//! SOURCE=report.txt [DATA=public/data]`; docs/new-report.md). Says what it
//! kept and what it dropped; a text it cannot read is refused with its
//! file and line, and nothing is written.

use std::path::Path;
use std::process::ExitCode;

use tip_report::data::{import, text};

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [source, data_dir] = args.as_slice() else {
        eprintln!("usage: import-text SOURCE.txt DATA_DIR");
        return ExitCode::from(2);
    };
    match run(Path::new(source), Path::new(data_dir)) {
        Ok(summary) => {
            for line in summary {
                println!("import-text: {line}");
            }
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("import-text: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Imports `source` into `data_dir/text.json`; returns what to tell.
fn run(source: &Path, data_dir: &Path) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(source).map_err(|e| format!("{}: {e}", source.display()))?;
    let plain = String::from_utf8(bytes).map_err(|e| {
        let valid = e.utf8_error().valid_up_to();
        let line = e.as_bytes()[..valid].iter().filter(|b| **b == b'\n').count() + 1;
        format!("{}:{line}: not UTF-8 text (save the text as UTF-8)", source.display())
    })?;
    if !data_dir.is_dir() {
        return Err(format!("{}: no such folder", data_dir.display()));
    }
    let target = data_dir.join("text.json");
    let before = match std::fs::read_to_string(&target) {
        Ok(json) => Some(json),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(format!("{}: {e}", target.display())),
    };
    let existing = match &before {
        Some(json) => Some(text::load(json).map_err(|e| format!("{}: {e}", target.display()))?),
        None => None,
    };
    let merged = import::import(&plain, existing.as_ref()).map_err(|e| format!("{}:{}: {}", source.display(), e.line, e.message))?;
    let errors = text::validate(&merged.text);
    if !errors.is_empty() {
        let list: Vec<String> = errors.iter().map(ToString::to_string).collect();
        return Err(format!("{}: the imported text does not validate: {}", source.display(), list.join("; ")));
    }
    let json = import::to_json(&merged.text).map_err(|e| format!("{}: {e}", target.display()))?;
    if before.as_deref() != Some(json.as_str()) {
        // Written aside and moved in whole: a failed write leaves the old file.
        let aside = data_dir.join(".text.json.import");
        std::fs::write(&aside, &json).and_then(|()| std::fs::rename(&aside, &target)).map_err(|e| {
            let _ = std::fs::remove_file(&aside);
            format!("{}: {e}", target.display())
        })?;
    }
    Ok(summary(&merged, &target, before.as_deref() == Some(json.as_str())))
}

/// What the import did, a line each: the sections, those that kept their
/// English and those without it, the slips dropped and the sections gone.
fn summary(m: &import::Merged, target: &Path, unchanged: bool) -> Vec<String> {
    let count = m.text.sections.len();
    let state = if unchanged { "unchanged" } else { "written" };
    let mut out = vec![format!("{} {state}: {count} sections, {} kept their English, {} without English", target.display(), m.kept, m.untranslated.len())];
    if !m.untranslated.is_empty() {
        out.push(format!("without English (shown in Chinese on the English page until translated): {}", m.untranslated.join(", ")));
    }
    if !m.dropped_slips.is_empty() {
        let slips: Vec<String> = m.dropped_slips.iter().map(|(path, printed)| format!("{path} 「{printed}」")).collect();
        out.push(format!("slips dropped, no longer printed: {}", slips.join(", ")));
    }
    if !m.removed.is_empty() {
        out.push(format!("sections no longer in the text, dropped: {}", m.removed.join(", ")));
    }
    out
}

#[cfg(test)]
#[path = "../../tests/common/mod.rs"]
mod common;

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    const ORIGINAL: &str = include_str!("../../tests/fixtures/report-103.txt");
    const TEXT: &str = common::BUNDLED.text;

    /// A folder of its own for a test, with `files` in it.
    fn folder(name: &str, files: &[(&str, &str)]) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("import-text-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        for (file, body) in files {
            std::fs::write(dir.join(file), body).unwrap();
        }
        dir
    }

    #[test]
    fn importing_the_original_over_its_text_leaves_the_file_as_it_is() {
        let dir = folder("same", &[("report.txt", ORIGINAL), ("text.json", TEXT)]);
        let said = run(&dir.join("report.txt"), &dir).unwrap();
        assert_eq!(said, [format!("{} unchanged: 90 sections, 90 kept their English, 0 without English", dir.join("text.json").display())]);
        assert_eq!(std::fs::read_to_string(dir.join("text.json")).unwrap(), TEXT);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn a_new_text_is_written_without_english_and_a_changed_one_says_what_it_lost() {
        let dir = folder("new", &[("report.txt", ORIGINAL)]);
        let said = run(&dir.join("report.txt"), &dir).unwrap();
        assert!(said[0].ends_with("written: 90 sections, 0 kept their English, 90 without English"), "{said:?}");
        assert!(said[1].starts_with("without English (shown in Chinese on the English page until translated): title, 壹, 貳"), "{said:?}");
        let written = text::load(&std::fs::read_to_string(dir.join("text.json")).unwrap()).unwrap();
        assert_eq!(written.untranslated().len(), 90);
        // Over the current text, with a slip corrected in the original.
        std::fs::write(dir.join("text.json"), TEXT).unwrap();
        std::fs::write(dir.join("report.txt"), ORIGINAL.replace("欺滿", "欺瞞")).unwrap();
        let said = run(&dir.join("report.txt"), &dir).unwrap();
        assert_eq!(said[1..], ["without English (shown in Chinese on the English page until translated): 貳、三、(五)、7", "slips dropped, no longer printed: 貳、三、(五)、7 「欺滿」"]);
        std::fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn bad_input_is_told_with_its_file_and_line_and_nothing_is_written() {
        let dir = folder("bad", &[("skips.txt", "標題\n\n壹、甲\n\n參、乙\n"), ("text.json", TEXT)]);
        let source = dir.join("skips.txt");
        let err = run(&source, &dir).unwrap_err();
        assert_eq!(err, format!("{}:5: the numbering skips or repeats a number: \"參、\" cannot come after 壹", source.display()));
        assert_eq!(run(&source, &dir.join("nowhere")).unwrap_err(), format!("{}: no such folder", dir.join("nowhere").display()));
        std::fs::write(&source, b"\xe6\xa8\x99\xe9\xa1\x8c\n\xff\n").unwrap();
        assert_eq!(run(&source, &dir).unwrap_err(), format!("{}:2: not UTF-8 text (save the text as UTF-8)", source.display()));
        assert!(run(&dir.join("missing.txt"), &dir).unwrap_err().starts_with(&dir.join("missing.txt").display().to_string()));
        assert_eq!(std::fs::read_to_string(dir.join("text.json")).unwrap(), TEXT, "nothing written");
        // A text.json that does not load is not replaced.
        std::fs::write(dir.join("text.json"), "{").unwrap();
        std::fs::write(&source, ORIGINAL).unwrap();
        assert!(run(&source, &dir).unwrap_err().starts_with(&format!("{}: not valid JSON", dir.join("text.json").display())));
        assert_eq!(std::fs::read_to_string(dir.join("text.json")).unwrap(), "{");
        std::fs::remove_dir_all(dir).unwrap();
    }
}
