//! A section's heading and blocks from its lines and tables: where a
//! numbered item's heading ends, where a paragraph does, and the wrapped
//! lines of each paragraph joined.

use super::lines::{ends_sentence, ends_with_stop, join, Measure};
use crate::data::text::{Block, TableText, Words};

/// What a section holds, in order, before it is composed.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Line(Printed),
    Table(Vec<Vec<String>>),
}

/// A line of a section's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Printed {
    /// Without the item's mark.
    pub text: String,
    /// The item's first line (the line of its mark, or the one after a
    /// mark alone).
    pub first: bool,
    /// The line as printed, mark and all, is short (`Measure::short`).
    pub short: bool,
}

impl Printed {
    /// A numbered item's first line that stops short without a stop or
    /// pause (`三、指標挑戰性`): its heading, on a line of its own.
    pub fn heading(&self) -> bool {
        self.first && self.short && !ends_with_stop(&self.text)
    }

    /// The line ends its paragraph: a heading of its own, or a short line
    /// that ends a sentence (a wrapped line runs to the margin).
    pub fn closes(&self) -> bool {
        self.heading() || (self.short && ends_sentence(&self.text))
    }
}

/// The heading and blocks of a section. A numbered item's heading is its
/// first line when that is a heading of its own (`Printed::heading`), else
/// the start of its text up to the first full-width colon where that reads
/// as a heading (`蒐證查緝日益困難：`, `split_heading`); an item may have
/// none (`一、本署為…`).
pub fn compose(pieces: Vec<Piece>, numbered: bool, measure: &Measure) -> (Option<String>, Vec<Block>) {
    let mut pieces = pieces.into_iter().peekable();
    let mut title = None;
    if numbered {
        if let Some(Piece::Line(first)) = pieces.peek() {
            if first.heading() {
                title = Some(first.text.clone());
                pieces.next();
            }
        }
    }
    let opens_item = numbered && title.is_none() && matches!(pieces.peek(), Some(Piece::Line(p)) if p.first);
    let mut blocks = Vec::new();
    let mut paragraph = String::new();
    let flush = |paragraph: &mut String, blocks: &mut Vec<Block>| {
        if !paragraph.is_empty() {
            blocks.push(Block::Paragraph(Words::zh(std::mem::take(paragraph))));
        }
    };
    for piece in pieces {
        match piece {
            Piece::Line(line) => {
                join(&mut paragraph, &line.text);
                if line.closes() {
                    flush(&mut paragraph, &mut blocks);
                }
            }
            Piece::Table(rows) => {
                flush(&mut paragraph, &mut blocks);
                blocks.push(Block::Table { table: TableText { zh: rows, en: None } });
            }
        }
    }
    flush(&mut paragraph, &mut blocks);
    if opens_item {
        if let Some(Block::Paragraph(p)) = blocks.first() {
            if let Some((head, rest)) = split_heading(&p.zh, measure) {
                title = Some(head);
                if rest.is_empty() {
                    blocks.remove(0);
                } else {
                    blocks[0] = Block::Paragraph(Words::zh(rest));
                }
            }
        }
    }
    (title, blocks)
}

/// `text` split after its first full-width colon, when what comes before
/// reads as a heading: no longer than a line and a half, no sentence ended
/// in it, its brackets closed (`創新性：` | `透過創新方式…`). A sentence that
/// leads into a list (`…評列情形如下：`) is longer.
pub fn split_heading(text: &str, measure: &Measure) -> Option<(String, String)> {
    let end = text.find('：')? + '：'.len_utf8();
    let head = &text[..end];
    let reads = measure.heading(head) && !head.contains(['。', '！', '？', '；']) && balanced(head);
    reads.then(|| (head.to_string(), text[end..].trim_start().to_string()))
}

/// Whether every bracket and quote `s` opens it closes.
fn balanced(s: &str) -> bool {
    ["「」", "『』", "（）", "()", "【】", "《》", "〈〉", "“”"].iter().all(|pair| {
        let mut chars = pair.chars();
        let (open, close) = (chars.next(), chars.next());
        s.chars().filter(|c| Some(*c) == open).count() == s.chars().filter(|c| Some(*c) == close).count()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const M: Measure = Measure { widest: 60 };

    fn line(text: &str, first: bool) -> Piece {
        Piece::Line(Printed { text: text.into(), first, short: M.short(text) })
    }

    fn paragraphs(blocks: &[Block]) -> Vec<String> {
        blocks.iter().map(|b| match b {
            Block::Paragraph(p) => p.zh.clone(),
            Block::Table { table } => format!("table {:?}", table.zh),
        }).collect()
    }

    #[test]
    fn a_short_first_line_without_a_stop_is_the_heading() {
        let (title, blocks) = compose(vec![line("年度施政目標", true), line("落實人權保護，加強防制人口販運。", false)], true, &M);
        assert_eq!(title.as_deref(), Some("年度施政目標"));
        assert_eq!(paragraphs(&blocks), ["落實人權保護，加強防制人口販運。"]);
        // Alone, it is the whole section.
        assert_eq!(compose(vec![line("指標挑戰性", true)], true, &M), (Some("指標挑戰性".into()), vec![]));
    }

    #[test]
    fn otherwise_the_heading_runs_to_the_first_colon_where_it_reads_as_one() {
        let lines = vec![line("創新性：透過創新方式，強化宣導效果，說明如下：", true)];
        let (title, blocks) = compose(lines, true, &M);
        assert_eq!((title.as_deref(), paragraphs(&blocks)), (Some("創新性："), vec!["透過創新方式，強化宣導效果，說明如下：".to_string()]));
        // A heading over two lines, and nothing after it.
        let (title, blocks) = compose(vec![line("透過設攤活動宣導方式，提升民眾對防制人口販運議題", true), line("之瞭解：", false)], true, &M);
        assert_eq!((title.as_deref(), blocks.len()), (Some("透過設攤活動宣導方式，提升民眾對防制人口販運議題之瞭解："), 0));
        // A sentence before the colon: no heading.
        let lines = vec![line("本署為重要幕僚單位，並負責多項重大任務。目前工作係從四個面向著手，即：", true), line("「預防」及「保護」。", false)];
        let (title, blocks) = compose(lines, true, &M);
        assert_eq!((title, paragraphs(&blocks)), (None, vec!["本署為重要幕僚單位，並負責多項重大任務。目前工作係從四個面向著手，即：「預防」及「保護」。".to_string()]));
        // A long sentence that leads into a list: no heading.
        let long = format!("{}如下：", "受防制人口販運評定國家分成四級".repeat(4));
        assert_eq!(compose(vec![line(&long, true)], true, &M).0, None);
        // Not in an unnumbered section (a caption's, the title's).
        assert_eq!(compose(vec![line("衡量標準：", false), line("我國經評為第一級國家。", false)], false, &M).0, None);
    }

    #[test]
    fn a_heading_keeps_its_brackets_closed() {
        assert_eq!(split_heading("簽訂 MOU 部分：我國於", &M), Some(("簽訂 MOU 部分：".into(), "我國於".into())));
        assert_eq!(split_heading("辦理「說明：甲」活動", &M), None);
        assert_eq!(split_heading("沒有冒號", &M), None);
    }

    #[test]
    fn wrapped_lines_join_and_a_short_line_that_ends_a_sentence_ends_its_paragraph() {
        let pieces = vec![
            line("衡量標準：", false),
            line("我國經美國防制人口販運報告評為第一級國家【說明：美國防制人", false),
            line("交流與合作，建立合作機制。】", false),
            line("另一段。", false),
            Piece::Table(vec![vec!["甲".into()]]),
            line("表後一段", false),
        ];
        let (_, blocks) = compose(pieces, false, &M);
        assert_eq!(
            paragraphs(&blocks),
            ["衡量標準：我國經美國防制人口販運報告評為第一級國家【說明：美國防制人交流與合作，建立合作機制。】", "另一段。", "table [[\"甲\"]]", "表後一段"]
        );
        // A full line that happens to end a sentence runs on.
        let (_, blocks) = compose(vec![line("我國經美國防制人口販運報告評為第一級國家，說明如下所述各項。", false), line("續行。", false)], false, &M);
        assert_eq!(blocks.len(), 1);
        // Nothing has English yet.
        assert!(blocks.iter().all(|b| !b.translated()));
    }
}
