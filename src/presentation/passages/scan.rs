//! Figures and dates in a text, found as each language prints them: pure
//! string scanning, with no dataset (`place` decides what they link to).
//!
//! Figures: `9,430`, `12.1％`, `40 多萬` in Chinese; `9,430`, `400,000` in
//! English; and a figure written in words only with its unit after it
//! (`二梯次`, `two rounds`). Dates: `103 年 8月 30 日` (spaces as printed)
//! and `30 August 2014`, with the ranges and lists that share one year
//! (`103 年 7 月 29 日至 8 月 5 日`, `6 to 7 March 2014`).
//!
//! Never a figure: a number inside a larger number or a date, a year on
//! its own (`103 年`, `99 至 103 年`, `2014`), an ordinal or a name
//! (`第 4 屆`, `Tier 1`, `No. 29`, `4P`, `11th`), list numbering
//! (`1.預防宣導`).

use crate::core::{Lang, Unit};
use crate::locale;

/// A date to the day: year, month, day.
pub(super) type Ymd = (i32, u8, u8);

/// A number printed as a figure (`9,430`, `12.1`, `40 多萬`), bytes `start..end`.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Number {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) value: f64,
}

/// The digits at `i` (a run of ASCII digits), as a number and where they end.
fn digits(s: &str, i: usize) -> Option<(u32, usize)> {
    let len = s[i..].bytes().take_while(u8::is_ascii_digit).count();
    if len == 0 || len > 6 {
        return None;
    }
    Some((s[i..i + len].parse().ok()?, i + len))
}

/// Past any spaces at `i`.
fn spaces(s: &str, i: usize) -> usize {
    i + s[i..].chars().take_while(|c| c.is_whitespace()).map(char::len_utf8).sum::<usize>()
}

/// Past `word` at `i` (after spaces when `loose`), if it is there.
fn word(s: &str, i: usize, word: &str, loose: bool) -> Option<usize> {
    let j = if loose { spaces(s, i) } else { i };
    s[j..].starts_with(word).then(|| j + word.len())
}

fn char_before(s: &str, i: usize) -> Option<char> {
    s[..i].chars().next_back()
}

fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// Where each run of digits starts.
fn digit_runs(s: &str) -> impl Iterator<Item = usize> + '_ {
    s.char_indices().filter(move |&(i, c)| c.is_ascii_digit() && !char_before(s, i).is_some_and(|p| p.is_ascii_digit())).map(|(i, _)| i)
}

/// The numbers of `s` that may be figures: not a year, a date, an
/// ordinal or a name, nor list numbering. Dates are left to the caller,
/// who knows their spans.
pub(super) fn numbers(s: &str, lang: Lang) -> Vec<Number> {
    let mut out = Vec::new();
    for start in digit_runs(s) {
        // The whole number: digits, thousands groups, decimals.
        let mut end = start + s[start..].bytes().take_while(u8::is_ascii_digit).count();
        loop {
            let rest = &s.as_bytes()[end..];
            let group = rest.len() >= 4 && rest[0] == b',' && rest[1..4].iter().all(u8::is_ascii_digit) && !rest.get(4).is_some_and(u8::is_ascii_digit);
            let decimal = rest.len() >= 2 && rest[0] == b'.' && rest[1].is_ascii_digit();
            if group {
                end += 4;
            } else if decimal {
                end += 1 + rest[1..].iter().take_while(|b| b.is_ascii_digit()).count();
            } else {
                break;
            }
        }
        // A run inside a number already read (the "430" of "9,430").
        if out.iter().any(|n: &Number| n.start < start && start < n.end) || char_before(s, start).is_some_and(|c| c == ',' || c == '.') {
            continue;
        }
        let Ok(mut value) = s[start..end].replace(',', "").parse::<f64>() else { continue };
        if char_before(s, start).is_some_and(|c| c.is_ascii_alphabetic()) || char_at(s, end).is_some_and(|c| c.is_ascii_alphabetic()) {
            continue; // 4P, 11th, 1st
        }
        let after = spaces(s, end);
        let next = char_at(s, after);
        let list_number = char_at(s, end) == Some('.') && !s[end + 1..].starts_with(|c: char| c.is_ascii_digit());
        match lang {
            Lang::Zh => {
                let ordinal = s[..start].trim_end().ends_with('第');
                let year_or_date = matches!(next, Some('年' | '月' | '日')) || year_range(s, after);
                let listed = (list_number || char_at(s, end) == Some('、')) && !ordinal;
                if ordinal || year_or_date || listed {
                    continue;
                }
                // 40 多萬: tens of thousands.
                let many = word(s, after, "多", false).unwrap_or(after);
                if let Some(e) = word(s, many, "萬", true) {
                    value *= 10_000.0;
                    end = e;
                }
            }
            Lang::En => {
                let before = s[..start].trim_end();
                let name = ["Tier", "No.", "no."].iter().any(|w| before.ends_with(w) && s[..start].ends_with(' '));
                let year = end - start == 4 && (1900.0..2100.0).contains(&value);
                let heads_item = before.is_empty() || before.ends_with([':', '.', ';']);
                let listed = list_number && heads_item && s[end + 1..].starts_with(' ');
                if name || year || listed {
                    continue;
                }
            }
        }
        out.push(Number { start, end, value });
    }
    out
}

/// `至 103 年` after a number: the first year of a range of years.
fn year_range(s: &str, i: usize) -> bool {
    let Some(c) = char_at(s, i) else { return false };
    if !matches!(c, '至' | '-' | '–' | '~' | '、') {
        return false;
    }
    let j = spaces(s, i + c.len_utf8());
    digits(s, j).is_some_and(|(_, e)| matches!(char_at(s, spaces(s, e)), Some('年')))
}

/// Where `n` (1 to 10) is written in words right before its unit
/// (`二梯次`, `two rounds`, `one round`): the span of words and unit.
pub(super) fn in_words(s: &str, n: usize, unit: Unit, lang: Lang) -> Vec<(usize, usize)> {
    const ZH: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    const EN: [&str; 10] = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    let unit_name = locale::unit(lang, unit);
    if unit_name.is_empty() {
        return Vec::new();
    }
    let numeral = match lang {
        Lang::Zh => ZH[n - 1],
        Lang::En => EN[n - 1],
    };
    let mut out = Vec::new();
    let lower = s.to_lowercase();
    // Lower-casing keeps the byte offsets of this ASCII or CJK text.
    if lower.len() != s.len() {
        return out;
    }
    for (i, _) in lower.match_indices(numeral) {
        let end = i + numeral.len();
        // Not the 二 of 十二.
        if lang == Lang::Zh && char_before(s, i).is_some_and(|c| ZH.iter().any(|z| z.starts_with(c))) {
            continue;
        }
        let span = match lang {
            Lang::Zh => word(s, end, unit_name, true),
            Lang::En => {
                let starts_word = !char_before(s, i).is_some_and(|c| c.is_alphanumeric());
                let singular = unit_name.strip_suffix('s').unwrap_or(unit_name);
                let unit_end = [unit_name, singular].iter().find_map(|u| word(s, end, &format!(" {u}"), false));
                unit_end.filter(|&e| starts_word && !char_at(s, e).is_some_and(|c| c.is_alphanumeric()))
            }
        };
        if let Some(e) = span {
            out.push((i, e));
        }
    }
    out
}

/// A date expression: one date, or dates joined into a range or a list.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct DateExpr {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) parts: Vec<DatePart>,
}

#[derive(Debug, Clone, PartialEq)]
pub(super) struct DatePart {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) date: Ymd,
    /// The end of a range (`至 8 月 5 日`), not an item of a list (`及 22 日`).
    pub(super) ends_range: bool,
}

fn valid(y: i32, m: u32, d: u32) -> Option<Ymd> {
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m as u8, d as u8))
}

/// The date expressions of `s` as `lang` prints them.
pub(super) fn dates(s: &str, lang: Lang) -> Vec<DateExpr> {
    match lang {
        Lang::Zh => zh_dates(s),
        Lang::En => en_dates(s),
    }
}

/// Chinese dates: `103 年 10 月 6 日`, `103年 6月 5日`, and the ranges and
/// lists that follow one (`至 8 月 5 日`, `-27 日`, `6 至 7 日`, `及 22 日`,
/// `與 6月 26 日`, `起至 11 月 26 日`).
fn zh_dates(s: &str) -> Vec<DateExpr> {
    let mut out: Vec<DateExpr> = Vec::new();
    for i in digit_runs(s) {
        if out.last().is_some_and(|e| i < e.end) {
            continue;
        }
        if let Some(e) = zh_date_at(s, i) {
            out.push(e);
        }
    }
    out
}

fn zh_date_at(s: &str, i: usize) -> Option<DateExpr> {
    let (y, j) = digits(s, i)?;
    let year = if y < 1000 { y as i32 + crate::core::date::ROC_OFFSET } else { y as i32 };
    let j = word(s, j, "年", true)?;
    let (m, j) = digits(s, spaces(s, j))?;
    let j = word(s, j, "月", true)?;
    let (d, j) = digits(s, spaces(s, j))?;
    let date = valid(year, m, d)?;
    // `日` may wait for the end of a day range (`6 至 7 日`).
    let (mut end, mut closed) = match word(s, j, "日", true) {
        Some(e) => (e, true),
        None => (j, false),
    };
    let mut parts = vec![DatePart { start: i, end, date, ends_range: false }];
    let mut month = m;
    loop {
        let at = spaces(s, end);
        let Some((ends_range, k)) = ["起至", "至", "-", "–", "~", "及", "與"]
            .iter()
            .find_map(|c| word(s, at, c, false).map(|k| (!matches!(*c, "及" | "與"), k)))
        else {
            break;
        };
        let k = spaces(s, k);
        let Some((n, after)) = digits(s, k) else { break };
        let (m2, d2, e) = if let Some(after_month) = word(s, after, "月", true) {
            let Some((d2, e)) = digits(s, spaces(s, after_month)) else { break };
            (n, d2, e)
        } else {
            (month, n, after)
        };
        let Some(e) = word(s, e, "日", true) else { break };
        let Some(date) = valid(year, m2, d2) else { break };
        month = m2;
        parts.push(DatePart { start: k, end: e, date, ends_range });
        end = e;
        closed = true;
    }
    closed.then_some(DateExpr { start: i, end, parts })
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// English dates: `6 October 2014`, and ranges and lists with one year at
/// the end (`29 July to 5 August 2014`, `6 to 7 March 2014`, `26–27 June
/// 2014`, `12 May and 26 June 2014`).
fn en_dates(s: &str) -> Vec<DateExpr> {
    let mut out: Vec<DateExpr> = Vec::new();
    for i in digit_runs(s) {
        if out.last().is_some_and(|e| i < e.end) || char_before(s, i).is_some_and(|c| c.is_ascii_alphanumeric()) {
            continue;
        }
        if let Some(e) = en_date_at(s, i) {
            out.push(e);
        }
    }
    out
}

fn en_date_at(s: &str, i: usize) -> Option<DateExpr> {
    // (start, end, day, month, ends_range)
    let mut parts: Vec<(usize, usize, u32, Option<u32>, bool)> = Vec::new();
    let mut at = i;
    let mut ends_range = false;
    loop {
        let (day, mut end) = digits(s, at)?;
        if end - at > 2 || char_at(s, end).is_some_and(|c| c.is_ascii_alphanumeric()) {
            return None;
        }
        let month = MONTHS.iter().position(|m| {
            word(s, end, &format!(" {m}"), false).is_some_and(|e| !char_at(s, e).is_some_and(|c| c.is_ascii_alphabetic()))
        });
        if let Some(m) = month {
            end += 1 + MONTHS[m].len();
        }
        parts.push((at, end, day, month.map(|m| m as u32 + 1), ends_range));
        let next = [(" to ", true), (" – ", true), ("–", true), ("-", true), (" and ", false)]
            .iter()
            .find_map(|(c, range)| word(s, end, c, false).filter(|&k| digits(s, k).is_some()).map(|k| (k, *range)));
        match next {
            Some((k, range)) => {
                at = k;
                ends_range = range;
            }
            None => break,
        }
    }
    let (_, last_end, _, last_month, _) = *parts.last()?;
    last_month?;
    let year_at = word(s, last_end, " ", false)?;
    let (year, year_end) = digits(s, year_at)?;
    if year_end - year_at != 4 || char_at(s, year_end).is_some_and(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let mut month = last_month;
    let mut out = Vec::new();
    for (n, &(start, end, day, m, ends_range)) in parts.iter().enumerate().rev() {
        month = m.or(month);
        let end = if n + 1 == parts.len() { year_end } else { end };
        out.push(DatePart { start, end, date: valid(year as i32, month?, day)?, ends_range });
    }
    out.reverse();
    Some(DateExpr { start: i, end: year_end, parts: out })
}

#[cfg(test)]
mod tests {
    use super::*;
    use Lang::{En, Zh};

    #[test]
    fn dates_are_read_with_their_spacing_as_printed() {
        let dates = |s: &str| zh_dates(s).iter().map(|e| (s[e.start..e.end].to_string(), e.parts.iter().map(|p| p.date).collect::<Vec<_>>())).collect::<Vec<_>>();
        assert_eq!(dates("於103年 6月 5日本署"), [("103年 6月 5日".to_string(), vec![(2014, 6, 5)])]);
        assert_eq!(dates("103 年 6 月 26-27 日本署"), [("103 年 6 月 26-27 日".to_string(), vec![(2014, 6, 26), (2014, 6, 27)])]);
        assert_eq!(dates("自 103 年 5 月 15 日起至 11 月 26 日止"), [("103 年 5 月 15 日起至 11 月 26 日".to_string(), vec![(2014, 5, 15), (2014, 11, 26)])]);
        assert!(dates("103 年度、104 年底、2003 年、103 年 5 月").is_empty());
        let en = |s: &str| en_dates(s).iter().map(|e| s[e.start..e.end].to_string()).collect::<Vec<_>>();
        assert_eq!(en("On 26–27 June 2014 the"), ["26–27 June 2014"]);
        assert_eq!(en("from 31 August to 7 September 2014."), ["31 August to 7 September 2014"]);
        assert!(en("the top 3 entries in 2014, 20 May").is_empty());
        let figures = |s: &str, lang| numbers(s, lang).iter().map(|n| n.value).collect::<Vec<_>>();
        assert_eq!(figures("計 9,430 檔次；第 4 屆；4P；1.預防；99 至 103 年；約占 12.1％", Zh), [9430.0, 12.1]);
        assert_eq!(figures("In 2010, 20 Tier 1 countries (about 12.1%). Convention No. 29, the 11th floor, 400,000.", En), [20.0, 12.1, 400000.0]);
    }
}
