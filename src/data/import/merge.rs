//! A new import of the text beside the text file it replaces: a section
//! whose Chinese is unchanged keeps its English and its slips; one that is
//! new or changed has no English yet, and keeps only the slips still in
//! its Chinese.

use crate::data::text::{Block, ReportText, Section, SCHEMA};

/// The merged text and what happened to the sections of the old one.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub text: ReportText,
    /// Sections whose English was kept (their Chinese unchanged).
    pub kept: usize,
    /// The paths of the sections without English, in order.
    pub untranslated: Vec<String>,
    /// Slips dropped, their text no longer in their section: (path, as printed).
    pub dropped_slips: Vec<(String, String)>,
    /// The paths of the old text's sections the new one no longer has.
    pub removed: Vec<String>,
}

/// `sections`, the report's Chinese as imported, under the title `title`,
/// with what `old` has of them.
pub fn merge(title: String, sections: Vec<Section>, old: Option<&ReportText>) -> Merged {
    let mut dropped_slips = Vec::new();
    let sections: Vec<Section> = sections
        .into_iter()
        .map(|new| match old.and_then(|o| o.section(&new.path)) {
            Some(before) if same_chinese(before, &new) => before.clone(),
            Some(before) => {
                let printed = new.zh_printed();
                let (kept, dropped): (Vec<_>, Vec<_>) = before.slips.iter().cloned().partition(|s| printed.contains(&s.printed));
                dropped_slips.extend(dropped.into_iter().map(|s| (new.path.clone(), s.printed)));
                Section { slips: kept, ..new }
            }
            None => new,
        })
        .collect();
    let removed = old
        .map(|o| o.sections.iter().filter(|s| !sections.iter().any(|n| n.path == s.path)).map(|s| s.path.clone()).collect())
        .unwrap_or_default();
    let text = ReportText { schema: old.map_or(SCHEMA, |o| o.schema), source_file: title, sections };
    let untranslated: Vec<String> = text.untranslated().into_iter().map(str::to_string).collect();
    let kept = text.sections.len() - untranslated.len();
    Merged { text, kept, untranslated, dropped_slips, removed }
}

/// Whether two sections have the same Chinese: path, numbering, heading,
/// and every paragraph and table cell.
fn same_chinese(a: &Section, b: &Section) -> bool {
    let block = |x: &Block, y: &Block| match (x, y) {
        (Block::Paragraph(p), Block::Paragraph(q)) => p.zh == q.zh,
        (Block::Table { table: s }, Block::Table { table: t }) => s.zh == t.zh,
        _ => false,
    };
    a.path == b.path
        && a.number == b.number
        && a.title.as_ref().map(|t| &t.zh) == b.title.as_ref().map(|t| &t.zh)
        && a.blocks.len() == b.blocks.len()
        && a.blocks.iter().zip(&b.blocks).all(|(x, y)| block(x, y))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::Text;
    use crate::data::text::{Slip, TableText, Words};

    fn section(path: &str, zh: &str, en: Option<&str>) -> Section {
        Section {
            path: path.into(),
            number: format!("{path}、"),
            title: Some(Words { zh: format!("{path}標題"), en: en.map(|e| format!("{e} title")) }),
            blocks: vec![Block::Paragraph(Words { zh: zh.into(), en: en.map(str::to_string) })],
            slips: Vec::new(),
        }
    }

    fn slip(printed: &str) -> Slip {
        Slip { printed: printed.into(), note: Text { zh: "誤植".into(), en: "A slip".into() } }
    }

    /// The old text's sections: path, Chinese, English.
    const OLD: [(&str, &str, &str); 3] = [("壹", "甲乙丙丁。", "One"), ("貳", "戊己庚辛。", "Two"), ("參", "壬癸。", "Three")];

    fn old() -> ReportText {
        let mut sections: Vec<Section> = OLD.iter().map(|(path, zh, en)| section(path, zh, Some(en))).collect();
        sections[0].slips = vec![slip("乙丙")];
        sections[1].slips = vec![slip("戊己"), slip("庚辛")];
        ReportText { schema: 7, source_file: "舊標題".into(), sections }
    }

    #[test]
    fn an_unchanged_section_keeps_its_english_and_slips() {
        let old = old();
        // As an import gives them: the Chinese alone.
        let new: Vec<Section> = OLD.iter().map(|(path, zh, _)| section(path, zh, None)).collect();
        let merged = merge("新標題".into(), new, Some(&old));
        assert_eq!(merged.text.sections, old.sections);
        assert_eq!((merged.kept, merged.untranslated.len(), merged.text.schema, merged.text.source_file.as_str()), (3, 0, 7, "新標題"));
    }

    #[test]
    fn a_changed_section_loses_its_english_and_the_slips_no_longer_in_it() {
        let old = old();
        let new = vec![section("壹", "甲乙丙丁。", None), section("貳", "戊己更改。", None), section("肆", "新的一節。", None)];
        let merged = merge("新標題".into(), new, Some(&old));
        let [one, two, four] = &merged.text.sections[..] else { panic!("{:?}", merged.text.sections) };
        assert!(one.translated() && one.slips.len() == 1, "unchanged: {one:?}");
        assert!(!two.translated(), "changed: {two:?}");
        assert_eq!(two.slips, [slip("戊己")], "the slip still printed is kept");
        assert_eq!(merged.dropped_slips, [("貳".to_string(), "庚辛".to_string())]);
        assert!(!four.translated() && four.slips.is_empty(), "new: {four:?}");
        assert_eq!(merged.untranslated, ["貳", "肆"]);
        assert_eq!(merged.removed, ["參"]);
        assert_eq!(merged.kept, 1);
    }

    #[test]
    fn any_change_of_chinese_is_a_change() {
        let a = section("壹", "甲。", Some("One"));
        let mut renumbered = a.clone();
        renumbered.number = "壹．".into();
        let mut retitled = a.clone();
        retitled.title = Some(Words::zh("別的標題"));
        let mut untitled = a.clone();
        untitled.title = None;
        let mut tabled = a.clone();
        tabled.blocks.push(Block::Table { table: TableText { zh: vec![vec!["甲".into()]], en: None } });
        for changed in [renumbered, retitled, untitled, tabled] {
            assert!(!same_chinese(&a, &changed), "{changed:?}");
        }
        let mut english_only = a.clone();
        english_only.blocks = vec![Block::Paragraph(Words { zh: "甲。".into(), en: Some("Other".into()) })];
        assert!(same_chinese(&a, &english_only));
        assert!(merge("t".into(), vec![a.clone()], None).text.schema == SCHEMA);
    }
}
