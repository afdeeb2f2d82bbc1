//! The report's own text, section by section, as `public/data/text.json`
//! holds it: the Chinese exactly as printed (its slips kept and listed),
//! and the team's English translation. Sections are addressed by `path`
//! in the same numbering as every record's `source` (`貳、三、(二)、4、(1)`),
//! so a figure leads to the passage it comes from and back.

use std::collections::HashSet;

use serde::{Deserialize, Serialize};

use crate::core::mixed::plain;
use crate::core::{Lang, Text};
use super::validate::{Problem, ValidationError};
use super::LoadError;

/// The version of text.json's layout this model reads (`schema`).
pub const SCHEMA: u32 = 1;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ReportText {
    pub schema: u32,
    /// The title of the document the text is taken from.
    pub source_file: String,
    /// Every section in the report's order, at every level.
    pub sections: Vec<Section>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Section {
    /// The section's address (`貳、三、(二)、4、(1)`); `title` for the
    /// document's title line.
    pub path: String,
    /// The numbering as printed (`（一）`, `１、`, `I.`); empty where none.
    pub number: String,
    /// The heading, where the section has one (the Chinese keeps its colon).
    pub title: Option<Words>,
    pub blocks: Vec<Block>,
    /// Slips of the original kept as printed in the Chinese.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub slips: Vec<Slip>,
}

/// A heading or a paragraph of the text: the Chinese as printed, and its
/// English once it is translated (a section imported from a new text has
/// none yet: `data::import`). Unlike `core::Text`, the English may be
/// absent; when it is there it must not be blank (`validate`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Words {
    pub zh: String,
    /// The translation; absent until the section is translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<String>,
}

impl Words {
    /// The Chinese alone, not yet translated.
    pub fn zh(zh: impl Into<String>) -> Words {
        Words { zh: zh.into(), en: None }
    }

    /// The text in `lang`, if it has one (the English may not be there yet).
    pub fn get(&self, lang: Lang) -> Option<&str> {
        match lang {
            Lang::Zh => Some(&self.zh),
            Lang::En => self.en.as_deref(),
        }
    }
}

/// A paragraph, or a table with its cells as printed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(untagged)]
pub enum Block {
    Table { table: TableText },
    Paragraph(Words),
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TableText {
    pub zh: Vec<Vec<String>>,
    /// The cells translated, in the Chinese table's shape; absent until
    /// the section is translated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub en: Option<Vec<Vec<String>>>,
}

impl TableText {
    /// The rows in `lang`, if it has them (the English may not be there yet).
    pub fn rows(&self, lang: Lang) -> Option<&Vec<Vec<String>>> {
        match lang {
            Lang::Zh => Some(&self.zh),
            Lang::En => self.en.as_ref(),
        }
    }
}

impl Block {
    /// Whether the block has its English.
    pub fn translated(&self) -> bool {
        match self {
            Block::Paragraph(p) => p.en.is_some(),
            Block::Table { table } => table.en.is_some(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Slip {
    /// The text as printed; it occurs in the section's Chinese.
    pub printed: String,
    /// What is wrong with it, and what was probably meant.
    pub note: Text,
}

impl Section {
    /// How deep the section sits (`貳` 1, `貳、三` 2 …; the title 0).
    pub fn depth(&self) -> usize {
        if self.path == "title" {
            0
        } else {
            self.path.split('、').count()
        }
    }

    /// The section's id in the page (`#section-…`): its path with the
    /// separators made URL-safe.
    pub fn anchor(&self) -> String {
        anchor(&self.path)
    }

    /// Whether the section has its English: its heading and every block
    /// (`validate` refuses a section translated in part). A section without
    /// it is shown in Chinese on the English page, marked as not yet
    /// translated.
    pub fn translated(&self) -> bool {
        self.title.as_ref().is_none_or(|t| t.en.is_some()) && self.blocks.iter().all(Block::translated)
    }

    /// The language the section's text is shown in on the page of `lang`:
    /// `lang`, or the Chinese where the English is not there yet.
    pub fn shown_in(&self, lang: Lang) -> Lang {
        if self.translated() {
            lang
        } else {
            Lang::Zh
        }
    }

    /// The section's Chinese as printed, numbering and heading included.
    pub fn zh_printed(&self) -> String {
        let mut out = self.number.clone();
        if let Some(t) = &self.title {
            out.push_str(&t.zh);
        }
        for b in &self.blocks {
            match b {
                Block::Paragraph(t) => out.push_str(&t.zh),
                Block::Table { table } => table.zh.iter().flatten().for_each(|c| out.push_str(c)),
            }
        }
        out
    }
}

/// The page id of the section at `path`.
pub fn anchor(path: &str) -> String {
    let mut out = String::from("section-");
    for part in path.split('、') {
        if out.len() > "section-".len() {
            out.push('-');
        }
        out.push_str(&part.replace(['(', ')'], ""));
    }
    out
}

impl ReportText {
    pub fn section(&self, path: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.path == path)
    }

    /// The paths of the sections without their English, in order.
    pub fn untranslated(&self) -> Vec<&str> {
        self.sections.iter().filter(|s| !s.translated()).map(|s| s.path.as_str()).collect()
    }

    /// The report's chapters, for reading: each section of the first two
    /// levels (`壹`, `貳、三` …) with the deeper sections that follow it, as
    /// positions.
    pub fn chapters(&self) -> Vec<(usize, Vec<usize>)> {
        let mut out: Vec<(usize, Vec<usize>)> = Vec::new();
        for (i, s) in self.sections.iter().enumerate() {
            match out.last_mut() {
                Some((_, members)) if s.depth() > 2 => members.push(i),
                _ => out.push((i, Vec::new())),
            }
        }
        out
    }

    /// The sections whose text holds every word of `q` (either language,
    /// any case), as positions; every section when `q` is blank.
    pub fn matching(&self, q: &str) -> Vec<usize> {
        let words: Vec<String> = q.split_whitespace().map(str::to_lowercase).collect();
        (0..self.sections.len())
            .filter(|&i| {
                if words.is_empty() {
                    return true;
                }
                let s = &self.sections[i];
                let mut hay = s.zh_printed();
                if let Some(en) = s.title.as_ref().and_then(|t| t.en.as_deref()) {
                    hay.push_str(&plain(en));
                }
                for b in &s.blocks {
                    match b {
                        Block::Paragraph(t) => hay.push_str(&plain(t.en.as_deref().unwrap_or_default())),
                        Block::Table { table } => table.en.iter().flatten().flatten().for_each(|c| hay.push_str(c)),
                    }
                }
                let hay = hay.to_lowercase();
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect()
    }
}

impl ReportText {
    /// The whole text as Markdown, Chinese then English under each
    /// heading, with each section's page id as an anchor: the open-data
    /// download of the report's text.
    pub fn to_markdown(&self) -> String {
        let mut out = String::new();
        for s in &self.sections {
            let level = "#".repeat((s.depth() + 1).min(6));
            let (zh_title, en_title) = match &s.title {
                Some(t) => (t.zh.trim_end_matches('：').to_string(), t.en.clone().unwrap_or_default()),
                None => (String::new(), String::new()),
            };
            out.push_str(&format!("<a id=\"{}\"></a>\n\n", s.anchor()));
            let number = s.number.trim();
            let heading = [format!("{number}{zh_title}"), en_title].into_iter().filter(|h| !h.trim().is_empty()).collect::<Vec<_>>().join(" · ");
            out.push_str(&format!("{level} {}\n\n", if heading.is_empty() { s.path.clone() } else { heading }));
            for b in &s.blocks {
                match b {
                    Block::Paragraph(t) => match &t.en {
                        Some(en) => out.push_str(&format!("{}\n\n> {}\n\n", t.zh, plain(en))),
                        None => out.push_str(&format!("{}\n\n", t.zh)),
                    },
                    Block::Table { table } => {
                        for rows in std::iter::once(&table.zh).chain(table.en.as_ref()) {
                            for (i, row) in rows.iter().enumerate() {
                                out.push_str(&format!("| {} |\n", row.join(" | ")));
                                if i == 0 {
                                    out.push_str(&format!("|{}\n", " --- |".repeat(row.len())));
                                }
                            }
                            out.push('\n');
                        }
                    }
                }
            }
            if !s.translated() {
                let note = |lang| crate::locale::t(lang, crate::locale::Key::NotYetTranslated);
                out.push_str(&format!("> {} · {}\n\n", note(Lang::Zh), note(Lang::En)));
            }
            for slip in &s.slips {
                out.push_str(&format!("- 原文照錄「{}」：{}\n- As printed, \"{}\": {}\n\n", slip.printed, slip.note.zh, slip.printed, plain(&slip.note.en)));
            }
        }
        out
    }
}

/// Parses and validates the text file.
pub fn load(json: &str) -> Result<ReportText, LoadError> {
    let text: ReportText =
        super::deserialize(json, |e| LoadError::Shape { record: "text".into(), field: e.path, message: e.message })?;
    let errors = validate(&text);
    if errors.is_empty() {
        Ok(text)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// Parses the text the build has validated (see `data::load_built`).
pub fn load_built(json: &str) -> Result<ReportText, LoadError> {
    super::deserialize(json, |e| LoadError::Shape { record: "text".into(), field: e.path, message: e.message })
}

/// Every section has a unique path, its Chinese in every heading and
/// paragraph, and its English either throughout or not yet at all: an
/// absent English is a section not yet translated, a blank one is refused,
/// as is a section translated in part. Its slips are in its Chinese, their
/// notes in both languages.
pub fn validate(t: &ReportText) -> Vec<ValidationError> {
    let mut errors = Vec::new();
    fn push(errors: &mut Vec<ValidationError>, record: &str, field: String, problem: Problem) {
        errors.push(ValidationError { record: record.to_string(), field, problem });
    }
    fn english(errors: &mut Vec<ValidationError>, record: &str, field: String, en: &str) {
        if en.trim().is_empty() {
            push(errors, record, format!("{field}.en"), Problem::MissingLanguage("en"));
        }
        if let Some(run) = crate::core::mixed::bare_chinese(en) {
            push(errors, record, format!("{field}.en"), Problem::BareChinese(run));
        }
    }
    fn both(errors: &mut Vec<ValidationError>, record: &str, field: String, t: &Text) {
        if t.zh.trim().is_empty() {
            push(errors, record, format!("{field}.zh"), Problem::MissingLanguage("zh"));
        }
        english(errors, record, field, &t.en);
    }
    fn words(errors: &mut Vec<ValidationError>, record: &str, field: String, w: &Words) {
        if w.zh.trim().is_empty() {
            push(errors, record, format!("{field}.zh"), Problem::MissingLanguage("zh"));
        }
        if let Some(en) = &w.en {
            english(errors, record, field, en);
        }
    }
    if t.sections.is_empty() {
        push(&mut errors, "text", "sections".into(), Problem::NoRecords);
    }
    let mut paths = HashSet::new();
    for (i, s) in t.sections.iter().enumerate() {
        let rec = format!("sections[{i}] ({})", s.path);
        if s.path.trim().is_empty() {
            push(&mut errors, &rec, "path".into(), Problem::Empty);
        }
        if !paths.insert(s.path.as_str()) {
            push(&mut errors, &rec, "path".into(), Problem::DuplicateId(s.path.clone()));
        }
        if let Some(title) = &s.title {
            words(&mut errors, &rec, "title".into(), title);
        }
        for (j, b) in s.blocks.iter().enumerate() {
            match b {
                Block::Paragraph(p) => words(&mut errors, &rec, format!("blocks[{j}]"), p),
                Block::Table { table } => {
                    let shape = |rows: &Vec<Vec<String>>| rows.iter().map(Vec::len).collect::<Vec<_>>();
                    if table.en.as_ref().is_some_and(|en| shape(&table.zh) != shape(en)) {
                        let problem = Problem::OutOfRange("the Chinese and English tables differ in shape".into());
                        push(&mut errors, &rec, format!("blocks[{j}].table"), problem);
                    }
                }
            }
        }
        // Translated throughout, or not yet at all: where some of the
        // section has its English, the rest lacks it.
        let pieces = s.title.iter().map(|t| ("title".to_string(), t.en.is_some())).chain(s.blocks.iter().enumerate().map(|(j, b)| match b {
            Block::Paragraph(_) => (format!("blocks[{j}]"), b.translated()),
            Block::Table { .. } => (format!("blocks[{j}].table"), b.translated()),
        }));
        let pieces: Vec<(String, bool)> = pieces.collect();
        if pieces.iter().any(|(_, en)| *en) {
            for (field, _) in pieces.iter().filter(|(_, en)| !en) {
                push(&mut errors, &rec, format!("{field}.en"), Problem::MissingLanguage("en"));
            }
        }
        let printed = s.zh_printed();
        for (j, slip) in s.slips.iter().enumerate() {
            if !printed.contains(&slip.printed) {
                let problem = Problem::OutOfRange(format!("\"{}\" is not in the section's text", slip.printed));
                push(&mut errors, &rec, format!("slips[{j}].printed"), problem);
            }
            both(&mut errors, &rec, format!("slips[{j}].note"), &slip.note);
        }
    }
    errors
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_has_every_section_in_both_languages() {
        let t = load(crate::data::fixtures::BUNDLED.text).unwrap();
        let md = t.to_markdown();
        for s in &t.sections {
            assert!(md.contains(&format!("<a id=\"{}\"></a>", s.anchor())), "{}", s.path);
            for b in &s.blocks {
                if let Block::Paragraph(p) = b {
                    assert!(md.contains(&p.zh) && md.contains(plain(p.en.as_deref().unwrap()).as_ref()), "{}", s.path);
                }
            }
        }
        assert!(md.contains("| 實際值 | -- | 3.55 | 1 | 1 |"), "the KPI table as printed");
    }

    #[test]
    fn markdown_gives_a_section_without_english_in_chinese_with_a_note() {
        let mut t = load(crate::data::fixtures::BUNDLED.text).unwrap();
        let s = t.sections.iter_mut().find(|s| s.path == "貳、關鍵績效指標").unwrap();
        s.title.iter_mut().for_each(|w| w.en = None);
        for b in &mut s.blocks {
            match b {
                Block::Paragraph(p) => p.en = None,
                Block::Table { table } => table.en = None,
            }
        }
        assert!(validate(&t).is_empty());
        let md = t.to_markdown();
        let at = md.find("<a id=\"section-貳-關鍵績效指標\"></a>").unwrap();
        let section = &md[at..at + md[at..].find("<a id=\"section-貳-一\"").unwrap()];
        assert!(section.contains("### 關鍵績效指標：加強防制人口販運\n"), "{section}");
        assert!(section.contains("> 尚未翻譯 · Not yet translated\n"), "{section}");
        assert!(section.contains("| 實際值 | -- | 3.55 | 1 | 1 |") && !section.contains("Actual"), "{section}");
        assert_eq!(section.matches("\n> ").count(), 1, "the note, and no English: {section}");
    }

    #[test]
    fn chapters_hold_every_section_once_in_order() {
        let t = load(crate::data::fixtures::BUNDLED.text).unwrap();
        let chapters = t.chapters();
        let flat: Vec<usize> = chapters.iter().flat_map(|(h, m)| std::iter::once(*h).chain(m.iter().copied())).collect();
        assert_eq!(flat, (0..t.sections.len()).collect::<Vec<_>>());
        let heads: Vec<&str> = chapters.iter().map(|(h, _)| t.sections[*h].path.as_str()).collect();
        assert_eq!(heads, ["title", "壹", "貳", "貳、關鍵績效指標", "貳、一", "貳、二", "貳、三", "貳、四", "貳、五"]);
    }

    #[test]
    fn search_finds_passages_in_either_language() {
        let t = load(crate::data::fixtures::BUNDLED.text).unwrap();
        assert_eq!(t.matching("").len(), t.sections.len());
        let paths = |q: &str| t.matching(q).iter().map(|&i| t.sections[i].path.clone()).collect::<Vec<_>>();
        assert_eq!(paths("西門町"), ["貳、三、(一)、2、(1)"]);
        assert_eq!(paths("ximending"), paths("西門町"), "English, any case");
        assert!(paths("Solomon Islands").len() >= 2);
        assert!(paths("nothing-like-this").is_empty());
    }

    #[test]
    fn anchors_are_url_safe_and_distinct() {
        assert_eq!(anchor("貳、三、(二)、4、(2)、A、I"), "section-貳-三-二-4-2-A-I");
        assert_eq!(anchor("壹"), "section-壹");
    }
}
