//! A report's plain text, as a PDF's text extraction gives it, read into
//! its lines of print: white space tidied, blank lines and page numbers
//! left out, letter-spaced words closed up; and how wide a line is set,
//! which tells a line the print wrapped from one that ends where it stops.

use crate::core::mixed::is_han;

/// A line of print, with its line number in the source (from 1).
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub number: usize,
    pub text: String,
}

/// A letter-spaced word (`泰 國 皇 家`, justified print) has at least this
/// many characters standing alone between spaces.
const SPACED_RUN: usize = 3;

/// The lines of `source` that hold print: trimmed, each run of white space
/// inside one space, without blank lines and page numbers, letter-spaced
/// words closed up.
pub fn read(source: &str) -> Vec<Line> {
    source
        .trim_start_matches('\u{feff}')
        .lines()
        .enumerate()
        .filter_map(|(i, raw)| {
            let text = close_up(&raw.split_whitespace().collect::<Vec<_>>().join(" "));
            (!text.is_empty() && !is_page_number(&text)).then_some(Line { number: i + 1, text })
        })
        .collect()
}

/// A page's number on a line of its own (`8`, `- 8 -`).
fn is_page_number(text: &str) -> bool {
    let number = text.trim_matches(|c: char| c == ' ' || matches!(c, '-' | '－' | '—' | '–'));
    !number.is_empty() && number.chars().all(|c| c.is_ascii_digit())
}

/// `text` with its letter-spaced words closed up: a run of Chinese
/// characters each standing alone between spaces (`泰 國 皇 家 警 察`,
/// `之 說 明。`) is one word (`泰國皇家警察`); a space between two words of more than one
/// character (`用心關懷 幸福`) is the print's and stays.
fn close_up(text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    // One character, and the sign after it if any (`明。`).
    let alone = |w: &str| {
        let mut chars = w.chars();
        chars.next().is_some_and(is_han) && chars.all(|c| "。，、；：！？」』）)】》".contains(c))
    };
    let mut out: Vec<String> = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let run = words[i..].iter().take_while(|w| alone(w)).count();
        if run >= SPACED_RUN {
            out.push(words[i..i + run].concat());
            i += run;
        } else {
            out.push(words[i].to_string());
            i += 1;
        }
    }
    out.join(" ")
}

/// How wide `text` is set, in half-width columns: a Chinese character or
/// full-width sign is two, a Latin letter, digit or space one.
pub fn width(text: &str) -> usize {
    text.chars().map(|c| if wide(c) { 2 } else { 1 }).sum()
}

/// East Asian wide and full-width characters (Unicode's `W` and `F`).
fn wide(c: char) -> bool {
    matches!(c,
        '\u{1100}'..='\u{115F}' | '\u{2E80}'..='\u{303E}' | '\u{3041}'..='\u{33FF}' | '\u{3400}'..='\u{4DBF}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{A000}'..='\u{A4CF}' | '\u{AC00}'..='\u{D7A3}' | '\u{F900}'..='\u{FAFF}'
        | '\u{FE30}'..='\u{FE4F}' | '\u{FF00}'..='\u{FF60}' | '\u{FFE0}'..='\u{FFE6}' | '\u{20000}'..='\u{3FFFD}')
}

/// How the print sets its lines: the width of its widest line, to which a
/// line is compared.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Measure {
    pub widest: usize,
}

impl Measure {
    pub fn of(lines: &[Line]) -> Measure {
        Measure { widest: lines.iter().map(|l| width(&l.text)).max().unwrap_or(0) }
    }

    /// At most half the widest line: a line that ends where its text does
    /// (a heading, the end of a paragraph), not one the print wrapped.
    pub fn short(&self, text: &str) -> bool {
        2 * width(text) <= self.widest
    }

    /// Over three quarters of the widest line: a line the print may have
    /// wrapped.
    pub fn full(&self, text: &str) -> bool {
        4 * width(text) > 3 * self.widest
    }

    /// At most a line and a half: how long a heading can be.
    pub fn heading(&self, text: &str) -> bool {
        2 * width(text) <= 3 * self.widest
    }
}

/// `next` appended to `text`, the line it continues: Chinese runs on with
/// no space, but a word or number meets the text beside it with one, as
/// the print sets it (`103` + `年` is `103 年`; `Trafficking` + `in`,
/// `總監` + `Robert`); beside a sign (`（`, `％`, `，`) no space is added.
pub fn join(text: &mut String, next: &str) {
    if let (Some(a), Some(b)) = (text.chars().last(), next.chars().next()) {
        let word = |c: char| c.is_ascii_alphanumeric();
        let spaced = (word(a) && (word(b) || is_han(b)))
            || (is_han(a) && word(b))
            || (matches!(a, ',' | '.' | ';' | ':' | '!' | '?') && b.is_ascii_alphabetic());
        if spaced {
            text.push(' ');
        }
    }
    text.push_str(next);
}

/// Whether `text` ends a sentence (`。`, `！`, `？`, before any closing
/// quote or bracket).
pub fn ends_sentence(text: &str) -> bool {
    text.trim_end_matches(|c| "」』）)】》〉”’".contains(c)).ends_with(['。', '！', '？'])
}

/// Whether `text` ends with a stop or a pause (`。，、；：！？` or their
/// Latin forms): not a heading standing alone.
pub fn ends_with_stop(text: &str) -> bool {
    text.ends_with(|c| "。，、；：！？,.;:!?".contains(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(source: &str) -> Vec<(usize, String)> {
        read(source).into_iter().map(|l| (l.number, l.text)).collect()
    }

    #[test]
    fn blank_lines_and_page_numbers_are_left_out_and_white_space_tidied() {
        let source = "\u{feff} 標題 \n\n 一、本文  兩個空格 \r\n\n8\n - 12 - \n實際值 -- 3.55\n--\n";
        assert_eq!(
            texts(source),
            [(1, "標題".to_string()), (3, "一、本文 兩個空格".to_string()), (7, "實際值 -- 3.55".to_string()), (8, "--".to_string())]
        );
    }

    #[test]
    fn letter_spaced_words_are_closed_up_and_other_spaces_kept() {
        assert_eq!(close_up("II. 泰 國 皇 家 警 察 總 署 副 總 監 Chatchawal"), "II. 泰國皇家警察總署副總監 Chatchawal");
        assert_eq!(close_up("之《用心關懷 幸福 e家》活動"), "之《用心關懷 幸福 e家》活動");
        assert_eq!(close_up("103 年 5 月 12 日"), "103 年 5 月 12 日");
        assert_eq!(close_up("完成簽署 移 民事務"), "完成簽署 移 民事務", "two alone are not a spaced word");
        assert_eq!(close_up("II. 下 午 場 次 之 說 明。"), "II. 下午場次之說明。");
        assert_eq!(close_up("甲 乙 丙 Chat 丁 戊"), "甲乙丙 Chat 丁 戊");
    }

    #[test]
    fn wrapped_lines_join_with_a_space_only_beside_a_word_or_number() {
        let joined = |a: &str, b: &str| {
            let mut s = a.to_string();
            join(&mut s, b);
            s
        };
        assert_eq!(joined("拜會本署署", "長，雙方"), "拜會本署署長，雙方");
        assert_eq!(joined("與美國、103", "年 6 月"), "與美國、103 年 6 月");
        assert_eq!(joined("於 103 年", "5 月 12 日"), "於 103 年 5 月 12 日");
        assert_eq!(joined("Combat Trafficking", "in Persons）"), "Combat Trafficking in Persons）");
        assert_eq!(joined("紐約地區總監", "Robert E. Perez"), "紐約地區總監 Robert E. Perez");
        assert_eq!(joined("「Prosecution", "（查緝起訴）」"), "「Prosecution（查緝起訴）」");
        assert_eq!(joined("（約占 7.9", "％）。"), "（約占 7.9％）。");
        assert_eq!(joined("第三級），", "99 至 103 年"), "第三級），99 至 103 年");
        assert_eq!(joined("DIALOGUE）-", "論述"), "DIALOGUE）-論述");
        assert_eq!(joined("the end.", "Then"), "the end. Then");
        assert_eq!(joined("", "開頭"), "開頭");
    }

    #[test]
    fn a_line_is_measured_against_the_widest() {
        assert_eq!(width("壹、a1 "), 7);
        let m = Measure { widest: 60 };
        assert!(m.short("壹、年度施政目標") && !m.short("一、本署為我國防制人口販運計畫重要幕僚單位"));
        assert!(m.full("一、本署為我國防制人口販運計畫重要幕僚單位，除須協調各部會") && !m.full("關鍵績效指標：加強防制人口販運"));
        assert!(m.heading(&"字".repeat(45)) && !m.heading(&"字".repeat(46)));
        assert_eq!(Measure::of(&read("ab\n一二三")).widest, 6);
    }

    #[test]
    fn sentence_ends_and_stops() {
        assert!(ends_sentence("建立合作機制。】") && ends_sentence("是嗎？") && !ends_sentence("說明如下："));
        assert!(ends_with_stop("說明如下：") && ends_with_stop("相當重視，") && !ends_with_stop("指標挑戰性") && !ends_with_stop("（含附件）"));
    }
}
