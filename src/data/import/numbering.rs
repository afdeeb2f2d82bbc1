//! The report's numbering: the marks that open a numbered item at the
//! start of a line (`壹、`, `一、`, `（一）`, `１、`, `（１）`, `A.`, `I.` …),
//! and the levels they open. A level is opened by the first number of a
//! kind not open yet (one level deeper) and continued by the next number of
//! an open kind (which closes the levels below it), so each item's address
//! is its numbers down the levels (`貳、三、(二)、4、(2)、A、I`).

/// The kinds of numbering, as the report prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `壹、` `貳、` `參、`
    CapitalHan,
    /// `一、` `二、` `十一、`
    Han,
    /// `（一）` `(二)`
    ParenHan,
    /// `１、` `2、` `3．`
    Arabic,
    /// `（１）` `(2)`
    ParenArabic,
    /// `A.` `B、` `A ` (a capital letter)
    Letter,
    /// `（A）` `(B)`
    ParenLetter,
    /// `I.` `II.` `IV、`
    Roman,
}

impl Kind {
    /// A mark of this kind cannot be the start of a sentence that wrapped
    /// (`（２）`, `３、`): out of sequence it is an error in the numbering.
    /// A letter or a Roman numeral (`A `, `I.`) may be: out of sequence
    /// it is text.
    pub fn strict(self) -> bool {
        !matches!(self, Kind::Letter | Kind::Roman)
    }
}

/// A numbered item's mark at the start of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub kind: Kind,
    /// Its number (1 for `一`, `A`, `I` …).
    pub value: u32,
    /// As printed (`（一）`, `１、`, `A`, `II.`), without the space after it.
    pub printed: String,
    /// Its part of an address (`(一)`, `1`, `A`, `II`).
    pub key: String,
    /// The line after the mark.
    pub rest: String,
}

/// The marks the start of `text` can be read as: none, one, or two for a
/// letter that is also a Roman numeral (`I.`, `V.`, `C.`).
pub fn marks(text: &str) -> Vec<Mark> {
    let mut out = Vec::new();
    let mark = |kind, value, printed: &str, key: String| Mark { kind, value, printed: printed.to_string(), key, rest: text[printed.len()..].trim_start().to_string() };
    // (一) (1) (A)
    if text.starts_with(['(', '（']) {
        let open = text.chars().next().map_or(0, char::len_utf8);
        if let Some(close) = text[open..].find([')', '）']).filter(|c| *c > 0) {
            let inner = &text[open..open + close];
            let printed = &text[..open + close + text[open + close..].chars().next().map_or(0, char::len_utf8)];
            if let Some(v) = han_number(inner) {
                out.push(mark(Kind::ParenHan, v, printed, format!("({inner})")));
            } else if let Some(v) = arabic(inner) {
                out.push(mark(Kind::ParenArabic, v, printed, format!("({v})")));
            } else if let Some(v) = letter(inner) {
                out.push(mark(Kind::ParenLetter, v, printed, format!("({})", ascii_letter(v))));
            }
        }
        return out;
    }
    // 壹、 一、 1、 (and １． 1．)
    let run = |set: &dyn Fn(char) -> bool| text.char_indices().find(|(_, c)| !set(*c)).map_or(text.len(), |(i, _)| i);
    let capital = run(&|c| CAPITALS.contains(c));
    let han = run(&|c| DIGITS.contains(c) || c == '十');
    let digits = run(&|c| c.is_ascii_digit() || ('０'..='９').contains(&c));
    let after = |at: usize| text[at..].chars().next();
    if capital > 0 && after(capital) == Some('、') {
        let numerals = &text[..capital];
        let everyday: String = numerals.chars().map(|c| CAPITALS.chars().position(|k| k == c).map_or(c, capital_digit)).collect();
        if let Some(v) = han_number(&everyday) {
            out.push(mark(Kind::CapitalHan, v, &text[..capital + '、'.len_utf8()], numerals.to_string()));
        }
    } else if han > 0 && after(han) == Some('、') {
        if let Some(v) = han_number(&text[..han]) {
            out.push(mark(Kind::Han, v, &text[..han + '、'.len_utf8()], text[..han].to_string()));
        }
    } else if digits > 0 && matches!(after(digits), Some('、' | '．')) {
        if let Some(v) = arabic(&text[..digits]) {
            let end = digits + after(digits).map_or(0, char::len_utf8);
            out.push(mark(Kind::Arabic, v, &text[..end], v.to_string()));
        }
    } else {
        // A. B、 C (then a space and no Latin word) I. II. IV、
        let letters = run(&|c| c.is_ascii_uppercase() || ('Ａ'..='Ｚ').contains(&c));
        let printed_end = match text[letters..].chars().next() {
            Some(c @ ('.' | '．' | '、')) => Some(letters + c.len_utf8()),
            Some(' ') if text[letters + 1..].chars().next().is_some_and(|c| !c.is_ascii_alphabetic()) => Some(letters),
            _ => None,
        };
        if let (true, Some(end)) = (letters > 0, printed_end) {
            let word = &text[..letters];
            if let Some(v) = letter(word) {
                out.push(mark(Kind::Letter, v, &text[..end], ascii_letter(v).to_string()));
            }
            if let Some(v) = roman(word) {
                out.push(mark(Kind::Roman, v, &text[..end], word.to_string()));
            }
        }
    }
    out
}

const CAPITALS: &str = "壹貳參肆伍陸柒捌玖拾";
const DIGITS: &str = "一二三四五六七八九";

/// A capital numeral's everyday form (`貳` → `二`, `拾` → `十`).
fn capital_digit(i: usize) -> char {
    "一二三四五六七八九十".chars().nth(i).unwrap_or('?')
}

/// A Chinese number from 1 to 99 as written (`一`, `十`, `十一`, `二十三`);
/// `None` for anything else, or one not written as it should be (`一十`).
pub fn han_number(s: &str) -> Option<u32> {
    let digit = |c: char| DIGITS.find(c).map(|i| DIGITS[..i].chars().count() as u32 + 1);
    let chars: Vec<char> = s.chars().collect();
    let value = match chars.as_slice() {
        ['十'] => 10,
        [d] => digit(*d)?,
        ['十', d] => 10 + digit(*d)?,
        [t, '十'] if digit(*t)? > 1 => digit(*t)? * 10,
        [t, '十', d] if digit(*t)? > 1 => digit(*t)? * 10 + digit(*d)?,
        _ => return None,
    };
    Some(value)
}

/// Digits, half- or full-width, as a number from 1.
fn arabic(s: &str) -> Option<u32> {
    let ascii: String = s.chars().map(|c| if ('０'..='９').contains(&c) { char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c) } else { c }).collect();
    ascii.parse().ok().filter(|v| *v > 0 && !ascii.starts_with('0') && ascii.chars().all(|c| c.is_ascii_digit()))
}

/// One capital letter, half- or full-width: `A` 1 to `Z` 26.
fn letter(s: &str) -> Option<u32> {
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(c @ 'A'..='Z'), None) => Some(c as u32 - 'A' as u32 + 1),
        (Some(c @ 'Ａ'..='Ｚ'), None) => Some(c as u32 - 'Ａ' as u32 + 1),
        _ => None,
    }
}

fn ascii_letter(v: u32) -> char {
    char::from_u32('A' as u32 + v - 1).unwrap_or('?')
}

/// A Roman numeral as it is written (`IV`, not `IIII`), up to 399.
fn roman(s: &str) -> Option<u32> {
    let value = |c| match c {
        'I' => Some(1),
        'V' => Some(5),
        'X' => Some(10),
        'L' => Some(50),
        'C' => Some(100),
        _ => None,
    };
    let values: Vec<u32> = s.chars().map(value).collect::<Option<_>>()?;
    let mut total = 0;
    for (i, v) in values.iter().enumerate() {
        if values.get(i + 1).is_some_and(|next| next > v) {
            total -= *v as i64;
        } else {
            total += *v as i64;
        }
    }
    let total = u32::try_from(total).ok().filter(|t| (1..400).contains(t))?;
    (to_roman(total) == s).then_some(total)
}

fn to_roman(mut v: u32) -> String {
    let mut out = String::new();
    for (n, s) in [(100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")] {
        while v >= n {
            out.push_str(s);
            v -= n;
        }
    }
    out
}

/// The levels open at a point of the text, outermost first.
#[derive(Debug, Clone, Default)]
pub struct Levels {
    open: Vec<(Kind, u32, String)>,
}

/// What a line's marks are where they stand.
#[derive(Debug, Clone, PartialEq)]
pub enum Placed {
    /// The next item: at this depth (0 the outermost), with this mark.
    Item(usize, Mark),
    /// A strict mark (`（４）`) that neither continues an open level nor
    /// opens a new one: the numbering skips or repeats a number.
    OutOfSequence(Mark),
    /// No mark, or one that fits nowhere and may be text (`A 級`).
    Text,
}

impl Levels {
    /// Where the marks at the start of `text` would place it: continuing
    /// an open level (the deepest that fits), else opening a new one below
    /// the others with its first number.
    pub fn place(&self, text: &str) -> Placed {
        let marks = marks(text);
        let continuing = marks
            .iter()
            .filter_map(|m| self.open.iter().position(|(k, v, _)| *k == m.kind && v.checked_add(1) == Some(m.value)).map(|depth| (depth, m)))
            .max_by_key(|(depth, _)| *depth);
        let opening = marks.iter().find(|m| m.value == 1 && !self.open.iter().any(|(k, _, _)| *k == m.kind)).map(|m| (self.open.len(), m));
        match continuing.or(opening) {
            Some((depth, m)) => Placed::Item(depth, m.clone()),
            None => match marks.into_iter().find(|m| m.kind.strict()) {
                Some(m) => Placed::OutOfSequence(m),
                None => Placed::Text,
            },
        }
    }

    /// Enters the item `place` found: its level is the deepest open.
    pub fn enter(&mut self, depth: usize, mark: &Mark) {
        self.open.truncate(depth);
        self.open.push((mark.kind, mark.value, mark.key.clone()));
    }

    /// The address of the item last entered (`貳、三、(二)`); empty before
    /// the first.
    pub fn path(&self) -> String {
        self.open.iter().map(|(_, _, key)| key.as_str()).collect::<Vec<_>>().join("、")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(text: &str) -> (Kind, u32, String, String, String) {
        let found = marks(text);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        let m = found.into_iter().next().unwrap();
        (m.kind, m.value, m.printed, m.key, m.rest)
    }

    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn each_kind_of_mark_is_read_with_its_number_as_printed() {
        assert_eq!(one("壹、年度施政目標"), (Kind::CapitalHan, 1, s("壹、"), s("壹"), s("年度施政目標")));
        assert_eq!(one("貳、績效"), (Kind::CapitalHan, 2, s("貳、"), s("貳"), s("績效")));
        assert_eq!(one("拾壹、其他").1, 11);
        assert_eq!(one("十二、效益：").1, 12);
        assert_eq!(one("三、指標挑戰性"), (Kind::Han, 3, s("三、"), s("三"), s("指標挑戰性")));
        assert_eq!(one("（二）執行困難度："), (Kind::ParenHan, 2, s("（二）"), s("(二)"), s("執行困難度：")));
        assert_eq!(one("(二十)x").3, "(二十)");
        assert_eq!(one("１、透過舉辦"), (Kind::Arabic, 1, s("１、"), s("1"), s("透過舉辦")));
        assert_eq!(one("12．第十二").2, "12．");
        assert_eq!(one("（１）103 年"), (Kind::ParenArabic, 1, s("（１）"), s("(1)"), s("103 年")));
        assert_eq!(one("(Ｂ)乙").3, "(B)");
        assert_eq!(one("A 高層互訪："), (Kind::Letter, 1, s("A"), s("A"), s("高層互訪：")));
        assert_eq!(one("B.學術交流：").2, "B.");
        assert_eq!(one("II. 泰國皇家"), (Kind::Roman, 2, s("II."), s("II"), s("泰國皇家")));
        assert_eq!(one("VII.美國").1, 7);
        // A letter that is also a Roman numeral is read both ways.
        let both: Vec<(Kind, u32)> = marks("I.越南").into_iter().map(|m| (m.kind, m.value)).collect();
        assert_eq!(both, [(Kind::Letter, 9), (Kind::Roman, 1)]);
    }

    #[test]
    fn text_that_only_looks_like_a_mark_is_not_one() {
        for text in ["103 年度", "1.預防宣導", "MOU 事宜", "BAMBANG IRAWAN 見證", "I am", "（Office to Monitor", "（約占 7.9", "一一、", "IIII.", "（）", "Robert E. Perez", "0、", "一行特地"] {
            assert!(marks(text).is_empty(), "{text}: {:?}", marks(text));
        }
    }

    #[test]
    fn chinese_numbers_from_one_to_ninety_nine() {
        let tens = ["十", "十一", "十九", "二十", "二十一", "九十九"];
        assert_eq!(tens.map(|t| han_number(t).unwrap()), [10, 11, 19, 20, 21, 99]);
        for bad in ["", "一十", "十十", "二二", "百", "一百"] {
            assert_eq!(han_number(bad), None, "{bad}");
        }
        assert_eq!(roman("XIV"), Some(14));
        assert_eq!(roman("IC"), None);
    }

    /// Enters each line's item, and returns its address.
    fn walk(levels: &mut Levels, text: &str) -> String {
        match levels.place(text) {
            Placed::Item(depth, m) => {
                levels.enter(depth, &m);
                levels.path()
            }
            other => panic!("{text}: {other:?}"),
        }
    }

    #[test]
    fn levels_open_below_and_close_when_an_outer_one_continues() {
        let mut l = Levels::default();
        let paths: Vec<String> = ["壹、", "貳、", "一、", "（一）", "１、", "（１）", "２、", "（１）", "（２）", "A 甲", "I.甲", "II.乙", "B.丙", "I.丁"]
            .iter()
            .map(|t| walk(&mut l, t))
            .collect();
        assert_eq!(
            paths,
            ["壹", "貳", "貳、一", "貳、一、(一)", "貳、一、(一)、1", "貳、一、(一)、1、(1)", "貳、一、(一)、2", "貳、一、(一)、2、(1)", "貳、一、(一)、2、(2)", "貳、一、(一)、2、(2)、A", "貳、一、(一)、2、(2)、A、I", "貳、一、(一)、2、(2)、A、II", "貳、一、(一)、2、(2)、B", "貳、一、(一)、2、(2)、B、I"].map(s)
        );
        // An outer level continues: the inner ones close, and open anew.
        assert_eq!(walk(&mut l, "（二）"), "貳、一、(二)");
        assert_eq!(walk(&mut l, "１、"), "貳、一、(二)、1");
        assert_eq!(walk(&mut l, "二、"), "貳、二");
    }

    #[test]
    fn a_number_out_of_sequence_is_an_error_or_text() {
        let mut l = Levels::default();
        for t in ["壹、", "一、", "（一）", "（１）"] {
            walk(&mut l, t);
        }
        // A strict mark that skips, repeats, or opens a level at 2.
        for t in ["（３）", "（１）", "三、", "（一）", "壹、", "２、"] {
            assert!(matches!(l.place(t), Placed::OutOfSequence(_)), "{t}: {:?}", l.place(t));
        }
        // A letter or Roman numeral that fits nowhere is text (`C 級`);
        // where it fits both ways, it continues a level before it opens one.
        assert_eq!(l.place("C 級"), Placed::Text);
        assert_eq!(l.place("沒有編號"), Placed::Text);
        for t in ["A.甲", "B.乙", "C.丙", "D.丁", "E.戊", "F.己", "G.庚", "H.辛"] {
            walk(&mut l, t);
        }
        assert!(matches!(l.place("I.壬"), Placed::Item(4, Mark { kind: Kind::Letter, value: 9, .. })));
        assert!(matches!(l.place("II.壬"), Placed::Text));
    }
}
