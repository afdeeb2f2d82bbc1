//! The report's text imported from its plain text (a PDF's text, as a
//! text extraction gives it): the Chinese of `text.json`, section by
//! section in the report's numbering, then merged with the text file it
//! replaces (`merge`). Run by `bin/import-text` (`make import-text`;
//! docs/new-report.md).
//!
//! The text is read as a report of this style prints it: the document's
//! title on the first line; each numbered item (`壹、` `一、` `（一）` `１、`
//! `（１）` `A.` `I.`, `numbering`) a section, addressed by its numbers down
//! the levels; its heading, where it has one, on a line of its own or up
//! to a colon (`item`); its paragraphs wrapped at the margin and joined
//! (`lines`); a table a row to a line (`table`), and a table's caption on
//! the line above it a section of its own, named by the caption up to its
//! colon (`貳、關鍵績效指標`). Page numbers on lines of their own are left
//! out.

mod item;
mod lines;
mod merge;
mod numbering;
mod table;

use std::collections::HashSet;

use item::{Piece, Printed};
use lines::{ends_sentence, ends_with_stop, Line, Measure};
use numbering::{Levels, Placed};
use super::text::{ReportText, Section, Words};

pub use merge::Merged;

/// Why a text cannot be imported, and the line (from 1) where.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportError {
    pub line: usize,
    pub message: String,
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// The report's Chinese, as imported: its title (the first line), and its
/// sections, the title's first, none with English.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub title: String,
    pub sections: Vec<Section>,
}

/// Imports `source`, merged with `existing`, the text file it replaces,
/// when there is one (`merge`).
pub fn import(source: &str, existing: Option<&ReportText>) -> Result<Merged, ImportError> {
    let imported = parse(source)?;
    Ok(merge::merge(imported.title, imported.sections, existing))
}

/// The text file as `text.json` is written: two spaces of indent, a new
/// line at the end.
pub fn to_json(text: &ReportText) -> Result<String, String> {
    let mut out = serde_json::to_string_pretty(text).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

/// The sections of the report's plain text `source`.
pub fn parse(source: &str) -> Result<Imported, ImportError> {
    let lines = lines::read(source);
    let measure = Measure::of(&lines);
    let Some(first) = lines.first() else {
        return Err(ImportError { line: 1, message: "the text is empty: no line holds any print".into() });
    };
    if Levels::default().place(&first.text) != Placed::Text {
        return Err(ImportError { line: first.number, message: format!("the first line, \"{}\", is numbered: the report's title comes first", first.text) });
    }
    let mut drafts = vec![Draft::unnumbered("title".into(), first.number, first.text.clone())];
    let mut levels = Levels::default();
    let mut i = 1;
    while let Some(line) = lines.get(i) {
        match levels.place(&line.text) {
            Placed::Item(depth, mark) => {
                levels.enter(depth, &mark);
                let mut draft = Draft { path: levels.path(), number: mark.printed, line: line.number, numbered: true, title: None, pieces: Vec::new(), awaiting_first: true };
                if !mark.rest.is_empty() {
                    draft.push(mark.rest, measure.short(&line.text));
                }
                drafts.push(draft);
                i += 1;
                continue;
            }
            Placed::OutOfSequence(mark) => {
                let after = match levels.path() {
                    p if p.is_empty() => "the start of the numbering".to_string(),
                    p => p,
                };
                let message = format!("the numbering skips or repeats a number: \"{}\" cannot come after {after}", mark.printed);
                return Err(ImportError { line: line.number, message });
            }
            Placed::Text => {}
        }
        let current = drafts.len() - 1;
        if let Some(rows) = table_at(&lines, i, &levels, &measure)? {
            let count = rows.len();
            if let Some(caption) = drafts[current].take_caption() {
                // Its name, without the separator of an address.
                let name = caption.split('：').next().filter(|n| !n.is_empty()).unwrap_or(&caption).replace('、', "");
                let path = match levels.path() {
                    p if p.is_empty() => name,
                    p => format!("{p}、{name}"),
                };
                drafts.push(Draft::unnumbered(path, lines[i - 1].number, caption));
            }
            if let Some(d) = drafts.last_mut() {
                d.pieces.push(Piece::Table(rows));
            }
            i += count;
            continue;
        }
        drafts[current].push(line.text.clone(), measure.short(&line.text));
        i += 1;
    }
    let mut paths = HashSet::new();
    let mut sections = Vec::new();
    for d in drafts {
        if !paths.insert(d.path.clone()) {
            return Err(ImportError { line: d.line, message: format!("a second section at {}", d.path) });
        }
        sections.push(d.finish(&measure));
    }
    Ok(Imported { title: first.text.clone(), sections })
}

/// A section as the lines come: its address, numbering and pieces.
struct Draft {
    path: String,
    number: String,
    /// Where it starts.
    line: usize,
    numbered: bool,
    /// An unnumbered section's heading (the title, a table's caption).
    title: Option<String>,
    pieces: Vec<Piece>,
    /// No line of its text has come yet: the next is its first.
    awaiting_first: bool,
}

impl Draft {
    fn unnumbered(path: String, line: usize, title: String) -> Draft {
        Draft { path, number: String::new(), line, numbered: false, title: Some(title), pieces: Vec::new(), awaiting_first: false }
    }

    fn push(&mut self, text: String, short: bool) {
        self.pieces.push(Piece::Line(Printed { text, first: self.awaiting_first, short }));
        self.awaiting_first = false;
    }

    /// The caption of a table about to start, taken from the section's
    /// text: its last line, when that line stands alone (after a heading,
    /// a paragraph's end or a table, or first) without a stop or pause,
    /// and is not a numbered item's own first line.
    fn take_caption(&mut self) -> Option<String> {
        let alone = match self.pieces.len().checked_sub(2).map(|k| &self.pieces[k]) {
            None | Some(Piece::Table(_)) => true,
            Some(Piece::Line(before)) => before.closes(),
        };
        match self.pieces.last() {
            Some(Piece::Line(last)) if alone && !last.first && !ends_with_stop(&last.text) => match self.pieces.pop() {
                Some(Piece::Line(last)) => Some(last.text),
                _ => None,
            },
            _ => None,
        }
    }

    fn finish(self, measure: &Measure) -> Section {
        let (title, blocks) = item::compose(self.pieces, self.numbered, measure);
        Section { path: self.path, number: self.number, title: self.title.or(title).map(Words::zh), blocks, slips: Vec::new() }
    }
}

/// The table that starts at `lines[i]`, if one does: two rows or more of
/// as many cells (`table::row`), not numbered items, after a line that
/// does not run on into the first (a full line without a stop). A row of
/// other cells straight after is an error: the table is malformed.
fn table_at(lines: &[Line], i: usize, levels: &Levels, measure: &Measure) -> Result<Option<Vec<Vec<String>>>, ImportError> {
    let Some(head) = table::row(&lines[i].text) else { return Ok(None) };
    let runs_on = |l: &Line| measure.full(&l.text) && !ends_sentence(&l.text) && !l.text.ends_with('：');
    if i.checked_sub(1).and_then(|k| lines.get(k)).is_some_and(runs_on) {
        return Ok(None);
    }
    let mut rows = vec![head];
    for next in &lines[i + 1..] {
        if levels.place(&next.text) != Placed::Text {
            break;
        }
        match table::row(&next.text) {
            Some(cells) if cells.len() == rows[0].len() => rows.push(cells),
            Some(cells) if rows.len() >= 2 => {
                let message = format!("a table row of {} cells, in a table of {}: \"{}\"", cells.len(), rows[0].len(), next.text);
                return Err(ImportError { line: next.number, message });
            }
            _ => break,
        }
    }
    Ok((rows.len() >= 2).then_some(rows))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::text::Block;

    /// A report of this style, short: every level, a caption and its
    /// table, a page number, wrapped lines.
    const REPORT: &str = "\
 某機關 104 年度施政績效報告 

壹、年度施政目標 

強化服務品質。 

貳、績效衡量暨達成情形分析 

關鍵績效指標：提升服務滿意度 

項目 103 年度 104 年度 

原訂目標值 80 85 

實際值 82 88 

衡量標準：

以年度問卷調查結果為準。 

一、指標挑戰性 

（一）創新性：以新方式辦理，說明如下： 

１、辦理線上服務：本年度首次提供線上申辦，全年受理案件計 1,200

件，較上年度增加。 

12 

２、辦理講習 

（１）104 年 3 月 2 日辦理。 

A.講習甲：計 30 人。 

B.講習乙 

I.上午場次。 

II. 下 午 場 次 之 說 明。 

（二）執行困難度：人力不足。 
";

    fn outline(text: &Imported) -> Vec<(String, String, Option<String>, Vec<String>)> {
        text.sections
            .iter()
            .map(|s| {
                let blocks = s.blocks.iter().map(|b| match b {
                    Block::Paragraph(p) => p.zh.clone(),
                    Block::Table { table } => format!("{:?}", table.zh),
                });
                (s.path.clone(), s.number.clone(), s.title.as_ref().map(|t| t.zh.clone()), blocks.collect())
            })
            .collect()
    }

    fn row(path: &str, number: &str, title: Option<&str>, blocks: &[&str]) -> (String, String, Option<String>, Vec<String>) {
        (path.into(), number.into(), title.map(str::to_string), blocks.iter().map(|b| b.to_string()).collect())
    }

    #[test]
    fn a_report_of_this_style_is_read_into_its_sections() {
        let imported = parse(REPORT).unwrap();
        assert_eq!(imported.title, "某機關 104 年度施政績效報告");
        let table = r#"[["項目", "103 年度", "104 年度"], ["原訂目標值", "80", "85"], ["實際值", "82", "88"]]"#;
        assert_eq!(
            outline(&imported),
            [
                row("title", "", Some("某機關 104 年度施政績效報告"), &[]),
                row("壹", "壹、", Some("年度施政目標"), &["強化服務品質。"]),
                row("貳", "貳、", Some("績效衡量暨達成情形分析"), &[]),
                row("貳、關鍵績效指標", "", Some("關鍵績效指標：提升服務滿意度"), &[table, "衡量標準：以年度問卷調查結果為準。"]),
                row("貳、一", "一、", Some("指標挑戰性"), &[]),
                row("貳、一、(一)", "（一）", Some("創新性："), &["以新方式辦理，說明如下："]),
                row("貳、一、(一)、1", "１、", Some("辦理線上服務："), &["本年度首次提供線上申辦，全年受理案件計 1,200 件，較上年度增加。"]),
                row("貳、一、(一)、2", "２、", Some("辦理講習"), &[]),
                row("貳、一、(一)、2、(1)", "（１）", None, &["104 年 3 月 2 日辦理。"]),
                row("貳、一、(一)、2、(1)、A", "A.", Some("講習甲："), &["計 30 人。"]),
                row("貳、一、(一)、2、(1)、B", "B.", Some("講習乙"), &[]),
                row("貳、一、(一)、2、(1)、B、I", "I.", None, &["上午場次。"]),
                row("貳、一、(一)、2、(1)、B、II", "II.", None, &["下午場次之說明。"]),
                row("貳、一、(二)", "（二）", Some("執行困難度："), &["人力不足。"]),
            ]
        );
        assert!(imported.sections.iter().all(|s| !s.translated() && s.slips.is_empty()), "no English, no slips");
    }

    /// A title as long as a line of print: what the lines after it are
    /// measured against.
    const TITLE: &str = "某機關一百零四年度施政績效報告之全文與其附表及說明";

    #[test]
    fn bad_numbering_and_tables_are_told_by_line() {
        let err = |source: &str| parse(&format!("{TITLE}\n{source}")).unwrap_err();
        assert_eq!(parse("").unwrap_err().line, 1);
        assert_eq!(parse("\n \n8\n").unwrap_err().message, "the text is empty: no line holds any print");
        assert_eq!(parse("\n壹、目標\n").unwrap_err().line, 2, "numbered before the title");
        let skipped = err("壹、甲\n一、乙\n三、丙\n");
        assert_eq!(skipped, ImportError { line: 4, message: "the numbering skips or repeats a number: \"三、\" cannot come after 壹、一".into() });
        assert_eq!(skipped.to_string(), "line 4: the numbering skips or repeats a number: \"三、\" cannot come after 壹、一");
        assert_eq!(err("（二）甲\n").message, "the numbering skips or repeats a number: \"（二）\" cannot come after the start of the numbering");
        let ragged = err("壹、甲\n表一\n項目 一 二\n實際 1 2\n另行 1 2 3\n");
        assert_eq!((ragged.line, ragged.message.as_str()), (6, "a table row of 4 cells, in a table of 3: \"另行 1 2 3\""));
        let twice = err("壹、甲\n表\n項目 一 二\n實際 1 2\n表\n項目 一 二\n實際 1 2\n");
        assert_eq!(twice, ImportError { line: 6, message: "a second section at 壹、表".into() });
        // Each well-formed, they import.
        assert!(parse(&format!("{TITLE}\n壹、甲\n一、乙\n二、丙\n表\n項目 一 二\n實際 1 2\n")).is_ok());
    }

    #[test]
    fn a_table_does_not_start_inside_a_wrapped_paragraph() {
        // The line before the candidate row runs on to the margin.
        let source = "標題\n壹、本段文字很長而且在這一行的結尾被排版斷行接續到下一行之中的文字\n尼維斯等 5 國 完成簽署\n日本等 6 國 完成簽署\n";
        let s = &parse(source).unwrap().sections[1];
        assert_eq!(s.blocks.len(), 1, "{s:?}");
    }

    /// Bad input at scale: the original with lines deleted, repeated or
    /// inserted (marks, table rows, anything), merged with the text file;
    /// an import is an error with its line and a message, or a text that
    /// validates and is read back the same. Never a panic.
    mod robust {
        use super::*;
        use proptest::prelude::*;

        const ORIGINAL: &str = include_str!("../../tests/fixtures/report-103.txt");

        #[derive(Debug, Clone)]
        enum Edit {
            Delete(u16),
            Repeat(u16),
            Insert(u16, String),
        }

        fn edit() -> impl Strategy<Value = Edit> {
            let line = prop_oneof![
                "(壹|貳|參|一|二|三|四|十一|（一）|（二）|(三)|１|２|3|（１）|(2)|A|B|I|II|V)(、|．|\\.| )?\\PC{0,12}",
                "(項目|實際值) ([0-9]{1,3}|--|★)( [0-9]{1,3} 年度)?( [0-9]{1,3}){0,4}",
                "[ 　\\t8：。，]{0,3}",
                "\\PC{0,40}",
            ];
            prop_oneof![
                any::<u16>().prop_map(Edit::Delete),
                any::<u16>().prop_map(Edit::Repeat),
                (any::<u16>(), line).prop_map(|(at, l)| Edit::Insert(at, l)),
            ]
        }

        fn edited(edits: &[Edit]) -> String {
            let mut lines: Vec<String> = ORIGINAL.lines().map(str::to_string).collect();
            for e in edits {
                let at = |a: &u16| lines.len() * *a as usize / 65536;
                match e {
                    Edit::Delete(a) if !lines.is_empty() => {
                        let i = at(a);
                        lines.remove(i);
                    }
                    Edit::Repeat(a) if !lines.is_empty() => {
                        let i = at(a);
                        lines.insert(i, lines[i].clone());
                    }
                    Edit::Insert(a, l) => {
                        let i = at(a);
                        lines.insert(i, l.clone());
                    }
                    _ => {}
                }
            }
            lines.join("\n")
        }

        proptest! {
            #![proptest_config(ProptestConfig {
                cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(200),
                failure_persistence: None,
                ..ProptestConfig::default()
            })]

            #[test]
            fn an_edited_text_imports_or_says_where_it_cannot(edits in proptest::collection::vec(edit(), 1..6)) {
                let source = edited(&edits);
                let existing = crate::data::fixtures::BUNDLED.text();
                match import(&source, Some(&existing)) {
                    Ok(merged) => {
                        prop_assert!(crate::data::text::validate(&merged.text).is_empty(), "{:?}", crate::data::text::validate(&merged.text));
                        let json = to_json(&merged.text).unwrap();
                        prop_assert_eq!(crate::data::text::load(&json).unwrap(), merged.text);
                    }
                    Err(e) => {
                        prop_assert!(e.line >= 1 && e.line <= source.lines().count().max(1), "{e}");
                        prop_assert!(!e.message.trim().is_empty());
                    }
                }
            }
        }
    }

    #[test]
    fn the_text_file_is_written_as_it_is_read() {
        let imported = import(REPORT, None).unwrap();
        let json = to_json(&imported.text).unwrap();
        assert!(json.ends_with("}\n") && json.contains("\n  \"sections\": [\n"), "{json}");
        assert_eq!(crate::data::text::load(&json).unwrap(), imported.text, "valid, and read back the same");
        assert!(!json.contains("\"en\""), "no English yet");
        assert_eq!(imported.untranslated.len(), imported.text.sections.len());
    }
}
