//! English text that quotes the report's Chinese. Inside an English text,
//! `{zh:…}` marks a span in Traditional Chinese (a term, a section number,
//! a name as printed): the page renders it as `<span lang="zh-Hant">`, so
//! that a screen reader reads it with a Chinese voice (WCAG 3.1.2), and
//! every plain use (CSV, chart labels, attributes) drops the marks. Chinese
//! characters anywhere else in an English text are refused by the data's
//! validation (`bare_chinese`). Chinese text carries no marks.

use std::borrow::Cow;

/// The mark that opens a Chinese span; `}` closes it.
pub const OPEN: &str = "{zh:";
pub const CLOSE: char = '}';

/// A piece of a marked text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Span<'a> {
    /// In the text's own language.
    Own(&'a str),
    /// Marked as Traditional Chinese.
    Zh(&'a str),
}

/// `s` as a Chinese span inside English: `{zh:s}`.
pub fn zh(s: &str) -> String {
    format!("{OPEN}{s}{CLOSE}")
}

/// The pieces of `s`, in order; an unclosed mark runs to the end.
pub fn spans(s: &str) -> Vec<Span<'_>> {
    continuing(s, &mut false)
}

/// The pieces of `s`, a part of a longer text split elsewhere (a passage
/// between its links): `in_zh` says whether a span is open where `s`
/// begins, and is left saying so where it ends.
pub fn continuing<'a>(s: &'a str, in_zh: &mut bool) -> Vec<Span<'a>> {
    let mut out = Vec::new();
    let mut rest = s;
    while !rest.is_empty() {
        if *in_zh {
            let end = rest.find(CLOSE).unwrap_or(rest.len());
            if end > 0 {
                out.push(Span::Zh(&rest[..end]));
            }
            if end < rest.len() {
                *in_zh = false;
            }
            rest = rest.get(end + CLOSE.len_utf8()..).unwrap_or("");
        } else {
            let at = rest.find(OPEN).unwrap_or(rest.len());
            if at > 0 {
                out.push(Span::Own(&rest[..at]));
            }
            if at < rest.len() {
                *in_zh = true;
            }
            rest = rest.get(at + OPEN.len()..).unwrap_or("");
        }
    }
    out
}

/// `s` without its marks.
pub fn plain(s: &str) -> Cow<'_, str> {
    if !s.contains(OPEN) {
        return Cow::Borrowed(s);
    }
    Cow::Owned(spans(s).iter().map(|p| match p {
        Span::Own(t) | Span::Zh(t) => *t,
    }).collect())
}

/// A Chinese character: the CJK Unified Ideographs, their extension A and
/// the compatibility ideographs.
pub fn is_han(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

/// The first run of Chinese characters in `s` outside a marked span, if
/// any: an English text must mark the Chinese it quotes.
pub fn bare_chinese(s: &str) -> Option<String> {
    spans(s).into_iter().find_map(|p| match p {
        Span::Own(t) => t.find(is_han).map(|at| t[at..].chars().take_while(|c| is_han(*c) || !c.is_ascii()).take(12).collect()),
        Span::Zh(_) => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_split_marked_chinese_from_english() {
        assert_eq!(spans("as printed, {zh:杵?} and {zh:貳、一}."), [
            Span::Own("as printed, "),
            Span::Zh("杵?"),
            Span::Own(" and "),
            Span::Zh("貳、一"),
            Span::Own("."),
        ]);
        assert_eq!(spans("no marks"), [Span::Own("no marks")]);
        assert_eq!(spans("{zh:open"), [Span::Zh("open")]);
        assert_eq!(plain("see {zh:貳、一}"), "see 貳、一");
        assert_eq!(zh("貳、一"), "{zh:貳、一}");
        // A text split between links keeps its open span across the split.
        let mut open = false;
        assert_eq!(continuing("a {zh:杵", &mut open), [Span::Own("a "), Span::Zh("杵")]);
        assert!(open);
        assert_eq!(continuing("?} b", &mut open), [Span::Zh("?"), Span::Own(" b")]);
        assert!(!open);
    }

    #[test]
    fn bare_chinese_is_found_and_marked_chinese_is_not() {
        assert_eq!(bare_chinese("Ms 艾若蘭, officer").as_deref(), Some("艾若蘭"));
        assert_eq!(bare_chinese("Ms Ai Ruolan ({zh:艾若蘭})"), None);
        assert_eq!(bare_chinese("see 貳、三 and {zh:貳、一}").as_deref(), Some("貳、三"));
        assert_eq!(bare_chinese("“quoted” – fine, ★ ★"), None);
    }
}
