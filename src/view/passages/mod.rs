//! Figures and dates in the report's text, linked to where the viewer shows
//! them. A passage of "Read the report" is split into plain text and links:
//!
//! - every figure the data holds with this section as its `source`, where
//!   the passage prints it: a count of an activity leads to the activity
//!   (`#activity-…`), any other figure to the chart that draws it
//!   (`#chart-…`, the first in `ChartId::ALL` whose `facts_of` holds it);
//! - every date of an activity reported in this section (its `source` or
//!   `also_in`) leads to the activity; the signing date of an agreement
//!   reported here leads to the agreements chart.
//!
//! Matched as each language prints them: `9,430`, `12.1％`, `40 多萬` and
//! `103 年 8月 30 日` (spaces as printed) in Chinese; `9,430`, `400,000` and
//! `30 August 2014` in English. A range or a list of dates of one record
//! (`103 年 7 月 29 日至 8 月 5 日`, `6 to 7 March 2014`) is one link. A
//! figure written in words is linked only with its unit after it
//! (`二梯次`, `two rounds`).
//!
//! Never linked: a number inside a larger number or a date, a year on its
//! own (`103 年`, `99 至 103 年`, `2014`), an ordinal or a name (`第 4 屆`,
//! `Tier 1`, `No. 29`, `4P`, `11th`), list numbering (`1.預防宣導`).
//! Facts that are not printed figures are not sought: one agreement per
//! country (found by its date instead) and Taiwan's tier (printed as a
//! name, 第一級).
//!
//! When a value is printed as many times in the section as the data has
//! figures of that value there, the k-th printed is the k-th figure in the
//! data's order (which follows the text's, e.g. the two "2" of 貳、三、(四)、3);
//! otherwise it is ambiguous and only its first occurrence is linked, to
//! the first figure.

use crate::core::{ChartId, Lang, Unit};
use crate::locale;
use crate::data::text::{Block, Section};
use crate::dataset::Dataset;

/// A run of a passage's text: plain, or a link to a chart or record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// `href` is a fragment (`#chart-media`), so the page keeps its view.
    Link { text: String, href: String },
}

impl Segment {
    pub fn text(&self) -> &str {
        match self {
            Segment::Text(t) | Segment::Link { text: t, .. } => t,
        }
    }
}

/// The text of segments, links included: the text as printed.
pub fn plain(segments: &[Segment]) -> String {
    segments.iter().map(Segment::text).collect()
}

/// A block of a section with its links: a paragraph, or a table's rows of
/// cells (the first row its head).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkedBlock {
    Paragraph(Vec<Segment>),
    Table(Vec<Vec<Vec<Segment>>>),
}

/// The blocks of section `s` in `lang`, in order, with their figures and
/// dates linked.
pub fn link_section(d: &Dataset, s: &Section, lang: Lang) -> Vec<LinkedBlock> {
    let pieces = pieces(s, lang);
    let placed = place(d, &s.path, &pieces, lang);
    let mut split = pieces.iter().enumerate().map(|(i, p)| segments(p, placed.iter().filter(|x| x.piece == i)));
    s.blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(_) => LinkedBlock::Paragraph(split.next().unwrap_or_default()),
            Block::Table { table } => {
                let rows = if lang == Lang::Zh { &table.zh } else { &table.en };
                LinkedBlock::Table(rows.iter().map(|r| r.iter().map(|_| split.next().unwrap_or_default()).collect()).collect())
            }
        })
        .collect()
}

/// The section's texts in `lang`, in order: each paragraph, each table
/// cell row by row.
fn pieces(s: &Section, lang: Lang) -> Vec<&str> {
    let mut out = Vec::new();
    for b in &s.blocks {
        match b {
            Block::Paragraph(t) => out.push(t.get(lang)),
            Block::Table { table } => {
                let rows = if lang == Lang::Zh { &table.zh } else { &table.en };
                out.extend(rows.iter().flatten().map(String::as_str));
            }
        }
    }
    out
}

fn segments<'a>(text: &str, placed: impl Iterator<Item = &'a Placed>) -> Vec<Segment> {
    let mut spans: Vec<&Placed> = placed.collect();
    crate::core::sort::sort_by_key(&mut spans, |p| p.start);
    let mut out = Vec::new();
    let mut at = 0;
    for p in spans {
        if p.start < at {
            continue;
        }
        if p.start > at {
            out.push(Segment::Text(text[at..p.start].to_string()));
        }
        out.push(Segment::Link { text: text[p.start..p.end].to_string(), href: p.href.clone() });
        at = p.end;
    }
    if at < text.len() {
        out.push(Segment::Text(text[at..].to_string()));
    }
    out
}

/// Where a link goes and which record it stands for (a fact's
/// `record_id`, or the id of an activity or agreement).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    href: String,
    record: String,
}

/// A link placed in piece `piece`, bytes `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Placed {
    piece: usize,
    start: usize,
    end: usize,
    href: String,
    record: String,
}

type Ymd = (i32, u8, u8);

/// The records of section `path` with their dates to the day, in the
/// data's order: activities (start, end, further dates), then agreements.
fn dated_records(d: &Dataset, path: &str) -> Vec<(Vec<Ymd>, Target)> {
    let ymd = |date: &crate::core::Date| Some((date.year, date.month?, date.day?));
    let r = &d.report;
    let activities = r.activities.iter().filter(|a| a.source == path || a.also_in.iter().any(|s| s == path)).map(|a| {
        let dates = [Some(a.date), a.end].into_iter().flatten().chain(a.also_dated.iter().map(|x| x.date)).filter_map(|x| ymd(&x)).collect();
        (dates, Target { href: format!("#activity-{}", a.id), record: a.id.clone() })
    });
    let agreements = r.agreements.iter().filter(|a| a.source == path || a.also_in.iter().any(|s| s == path)).map(|a| {
        (ymd(&a.date).into_iter().collect(), Target { href: format!("#{}", ChartId::Agreements.anchor()), record: a.id.clone() })
    });
    activities.chain(agreements).filter(|(dates, _): &(Vec<Ymd>, Target)| !dates.is_empty()).collect()
}

/// A figure the passage may print.
struct Figure {
    key: i64,
    value: f64,
    unit: Unit,
    target: Target,
}

fn key(v: f64) -> i64 {
    (v * 1000.0).round() as i64
}

/// The figures of section `path`, in the data's order, with their targets.
fn figures(d: &Dataset, path: &str) -> Vec<Figure> {
    d.facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.source == path && !matches!(f.unit, Unit::Agreements | Unit::Rank))
        .filter_map(|(i, f)| {
            let value = f.value?;
            let href = if let Some(count) = &f.count {
                format!("#activity-{}", count.activity)
            } else {
                format!("#{}", d.chart_of(i)?.anchor())
            };
            Some(Figure { key: key(value), value, unit: f.unit, target: Target { href, record: f.record_id.clone() } })
        })
        .collect()
}

/// Every link of the section: dates first, then figures outside them.
fn place(d: &Dataset, path: &str, pieces: &[&str], lang: Lang) -> Vec<Placed> {
    let mut placed = Vec::new();
    let records = dated_records(d, path);
    let mut taken: Vec<Vec<(usize, usize)>> = vec![Vec::new(); pieces.len()];
    for (i, text) in pieces.iter().enumerate() {
        let exprs = match lang {
            Lang::Zh => zh_dates(text),
            Lang::En => en_dates(text),
        };
        for e in exprs {
            taken[i].push((e.start, e.end));
            // Consecutive dates of one record make one link; the end of a
            // range goes with its start.
            let mut run: Option<(usize, usize, &Target)> = None;
            let mut prev: Option<&Target> = None;
            for part in &e.parts {
                let mut target = records.iter().find(|(dates, _)| dates.contains(&part.date)).map(|(_, t)| t);
                if target.is_none() && part.ends_range {
                    target = prev;
                }
                run = match (run, target) {
                    (Some((s, _, t)), Some(n)) if t == n => Some((s, part.end, t)),
                    (old, new) => {
                        if let Some((s, end, t)) = old {
                            placed.push(Placed { piece: i, start: s, end, href: t.href.clone(), record: t.record.clone() });
                        }
                        new.map(|t| (part.start, part.end, t))
                    }
                };
                prev = target;
            }
            if let Some((s, end, t)) = run {
                placed.push(Placed { piece: i, start: s, end, href: t.href.clone(), record: t.record.clone() });
            }
        }
    }

    let figures = figures(d, path);
    let mut occurrences: Vec<(usize, usize, usize, i64)> = Vec::new();
    for (i, text) in pieces.iter().enumerate() {
        let outside = |s: usize, e: usize| taken[i].iter().all(|&(a, b)| e <= a || b <= s);
        for n in numbers(text, lang) {
            if outside(n.start, n.end) {
                occurrences.push((i, n.start, n.end, key(n.value)));
            }
        }
        for f in figures.iter().filter(|f| f.value.fract() == 0.0 && (1.0..=10.0).contains(&f.value)) {
            for (s, e) in in_words(text, f.value as usize, f.unit, lang) {
                let fresh = !occurrences.iter().any(|o| o.0 == i && o.1 < e && s < o.2);
                if outside(s, e) && fresh {
                    occurrences.push((i, s, e, f.key));
                }
            }
        }
    }
    crate::core::sort::sort(&mut occurrences);
    let mut seen = Vec::new();
    for k in figures.iter().map(|f| f.key) {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let these: Vec<&Figure> = figures.iter().filter(|f| f.key == k).collect();
        let printed: Vec<&(usize, usize, usize, i64)> = occurrences.iter().filter(|o| o.3 == k).collect();
        let pairs = if printed.len() == these.len() { printed.len() } else { printed.len().min(1) };
        for (o, f) in printed.iter().zip(&these).take(pairs) {
            placed.push(Placed { piece: o.0, start: o.1, end: o.2, href: f.target.href.clone(), record: f.target.record.clone() });
        }
    }
    placed
}

// ---------------------------------------------------------------------------
// Reading numbers and dates as printed.
// ---------------------------------------------------------------------------

/// A number printed as a figure (`9,430`, `12.1`, `40 多萬`), bytes `start..end`.
#[derive(Debug, Clone, PartialEq)]
struct Number {
    start: usize,
    end: usize,
    value: f64,
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
fn numbers(s: &str, lang: Lang) -> Vec<Number> {
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
fn in_words(s: &str, n: usize, unit: Unit, lang: Lang) -> Vec<(usize, usize)> {
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
struct DateExpr {
    start: usize,
    end: usize,
    parts: Vec<DatePart>,
}

#[derive(Debug, Clone, PartialEq)]
struct DatePart {
    start: usize,
    end: usize,
    date: Ymd,
    /// The end of a range (`至 8 月 5 日`), not an item of a list (`及 22 日`).
    ends_range: bool,
}

fn valid(y: i32, m: u32, d: u32) -> Option<Ymd> {
    ((1..=12).contains(&m) && (1..=31).contains(&d)).then_some((y, m as u8, d as u8))
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
    use crate::data::text::{self, ReportText};
    use Lang::{En, Zh};

    fn data() -> (Dataset, ReportText) {
        (
            Dataset::load(include_str!("../../../public/data/report.json")).unwrap(),
            text::load(include_str!("../../../public/data/text.json")).unwrap(),
        )
    }

    /// The links of a section, as (text, href).
    fn links(d: &Dataset, t: &ReportText, path: &str, lang: Lang) -> Vec<(String, String)> {
        let s = t.section(path).unwrap_or_else(|| panic!("no section {path}"));
        let mut out = Vec::new();
        for b in link_section(d, s, lang) {
            let segs: Vec<Segment> = match b {
                LinkedBlock::Paragraph(p) => p,
                LinkedBlock::Table(rows) => rows.into_iter().flatten().flatten().collect(),
            };
            for seg in segs {
                if let Segment::Link { text, href } = seg {
                    out.push((text, href));
                }
            }
        }
        out
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn the_media_figures_lead_to_the_media_chart_in_both_languages() {
        let (d, t) = data();
        let m = "#chart-media";
        assert_eq!(links(&d, &t, "貳、三、(一)、3", Zh), pairs(&[("6", m), ("615", m), ("68", m), ("9,430", m)]));
        assert_eq!(links(&d, &t, "貳、三、(一)、3", En), pairs(&[("615", m), ("6", m), ("9,430", m), ("68", m)]));
        // Their totals, printed in another section.
        assert_eq!(links(&d, &t, "貳、四、(三)、1", Zh), pairs(&[("74", m), ("10,045", m)]));
        assert_eq!(links(&d, &t, "貳、四、(三)、1", En), pairs(&[("74", m), ("10,045", m)]));
    }

    #[test]
    fn a_date_and_a_count_lead_to_their_activity() {
        let (d, t) = data();
        let a = "#activity-booth-ximending-2014-08-30";
        assert_eq!(links(&d, &t, "貳、三、(一)、2、(1)", Zh), pairs(&[("103 年 8月 30 日", a), ("200", a)]));
        assert_eq!(links(&d, &t, "貳、三、(一)、2、(1)", En), pairs(&[("30 August 2014", a), ("200", a)]));
        let c = "#activity-comic-contest-press-conference";
        assert_eq!(links(&d, &t, "貳、三、(一)、1", Zh), pairs(&[("103 年 10 月 6 日", c), ("55", c), ("3", c)]), "not 103 年度, not 4P");
        assert_eq!(links(&d, &t, "貳、三、(一)、1", En), pairs(&[("6 October 2014", c), ("55", c), ("3", c)]), "not the year 2014");
    }

    #[test]
    fn ranges_and_lists_of_dates() {
        let (d, t) = data();
        let eu = "#activity-eu-asia-dialogue-phnom-penh";
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(2)、B、I", Zh), pairs(&[("103 年 3 月 6 至 7 日", eu)]), "日 of the date, not of 日本");
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(2)、B、I", En), pairs(&[("6 to 7 March 2014", eu)]));
        let sa = "#activity-visit-south-africa-2014-07-29";
        let visits = "#chart-exchanges";
        assert_eq!(links(&d, &t, "貳、五、(二)、1", Zh), pairs(&[("1", visits), ("103 年 7 月 29 日至 8月 5 日", sa)]));
        assert_eq!(links(&d, &t, "貳、五、(二)、1", En), pairs(&[("1", visits), ("29 July to 5 August 2014", sa)]));
        // Two dates, two visits (the second date without its year).
        let (vn, mn) = ("#activity-visit-vietnam-2014-05-12", "#activity-visit-mongolia-2014-06-26");
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(5)、B", Zh), pairs(&[("103 年 5 月 12 日", vn), ("6月 26 日", mn)]));
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(5)、B", En), pairs(&[("12 May", vn), ("26 June 2014", mn)]));
        // Two days of one training, and its further date.
        let edu = "#activity-cross-ministry-general-education-2014";
        assert_eq!(links(&d, &t, "貳、三、(四)、1", Zh), pairs(&[("103 年 5月 26 日及 6 月 12 日", edu), ("2", edu), ("176", edu)]), "not 1 樓");
        assert_eq!(links(&d, &t, "貳、三、(四)、1", En), pairs(&[("26 May and 12 June 2014", edu), ("2", edu), ("176", edu)]), "not 1st");
        let ev = "#activity-local-government-evaluation-2014";
        assert_eq!(
            links(&d, &t, "貳、三、(四)、2", Zh),
            pairs(&[("103 年 5 月 23 日至 7月 9 日", ev), ("22", ev), ("6", ev), ("103 年 10 月 1 日", ev)])
        );
        // The signing dates of the 2014 agreements lead to their chart; 2003 is a year alone.
        let ag = "#chart-agreements";
        let zh = links(&d, &t, "貳、三、(二)、4、(1)", Zh);
        assert_eq!(zh.len(), 5);
        assert_eq!(zh[0], ("103 年 5 月 29 日".to_string(), ag.to_string()));
        assert!(zh.iter().all(|(_, h)| h == ag));
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(1)", En)[4], ("20 November 2014".to_string(), ag.to_string()));
    }

    #[test]
    fn the_same_value_twice_is_each_figure_in_turn() {
        let (d, t) = data();
        let (pre, ey) = ("#activity-coordination-pre-meetings-2014", "#activity-executive-yuan-coordination-meetings-2014");
        for lang in [Zh, En] {
            assert_eq!(links(&d, &t, "貳、三、(四)、3", lang), pairs(&[("2", pre), ("2", ey)]), "{lang:?}");
        }
        // The indicator's table: each printed value is one of its figures; not its years, not "--".
        let kpi = links(&d, &t, "貳、關鍵績效指標", Zh);
        let texts: Vec<&str> = kpi.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["2", "2", "1", "1", "3.55", "1", "1", "100", "100", "100", "100"], "not 1.預防宣導, 2.安置保護");
        assert!(kpi.iter().all(|(_, h)| h == "#chart-indicator"));
        assert_eq!(links(&d, &t, "貳、關鍵績效指標", En).len(), 11, "not 2011, not \"1. Prevention\"");
    }

    #[test]
    fn figures_as_each_language_prints_them() {
        let (d, t) = data();
        let ex = "#chart-exchanges";
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(2)", Zh), pairs(&[("40 多萬", ex)]));
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(2)", En), pairs(&[("400,000", ex)]));
        let pr = "#chart-prosecution";
        assert_eq!(links(&d, &t, "貳、四、(三)、2", Zh), pairs(&[("二梯次", pr)]));
        assert_eq!(links(&d, &t, "貳、四、(三)、2", En), pairs(&[("two rounds", pr)]));
        assert_eq!(links(&d, &t, "貳、四、(三)、3", En), pairs(&[("one round", pr)]));
        // Percentages and counts of the tier table, not the year, not "Tier 1".
        let tiers = links(&d, &t, "貳、五、(一)、5", En);
        let texts: Vec<&str> = tiers.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["187", "31", "16.6", "88", "47.1", "44", "23.5", "23", "12.3"]);
        assert_eq!(links(&d, &t, "貳、五、(一)、4", Zh)[2], ("16".to_string(), "#chart-tiers".to_string()), "16％");
        // A workshop date is linked where the workshop is also reported; its counts
        // (from 貳、三、(三)、2) only there.
        let ws = "#activity-international-workshop-2014";
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(2)、B、IV", Zh), pairs(&[("103 年 10 月 8 日", ws)]));
        assert_eq!(links(&d, &t, "貳、三、(三)、2", Zh), pairs(&[("103 年 10 月 8 日", ws), ("20", ws), ("236", ws), ("3", ws)]), "not 103 年防制");
        // Nothing in a passage with no figure of its own.
        assert!(links(&d, &t, "貳、五、(一)", Zh).is_empty(), "99 至 103 年 are years");
        assert!(links(&d, &t, "貳、四、(二)", Zh).is_empty(), "a date of no record");
    }

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

    #[test]
    fn the_text_is_kept_whole() {
        let (d, t) = data();
        for s in &t.sections {
            for lang in [Zh, En] {
                let linked = link_section(&d, s, lang);
                assert_eq!(linked.len(), s.blocks.len());
                for (b, l) in s.blocks.iter().zip(linked) {
                    match (b, l) {
                        (Block::Paragraph(p), LinkedBlock::Paragraph(segs)) => assert_eq!(plain(&segs), p.get(lang), "{}", s.path),
                        (Block::Table { table }, LinkedBlock::Table(rows)) => {
                            let printed = if lang == Zh { &table.zh } else { &table.en };
                            let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| plain(c)).collect()).collect();
                            assert_eq!(&cells, printed, "{}", s.path);
                        }
                        _ => panic!("{}: blocks out of step", s.path),
                    }
                }
            }
        }
    }

    /// Every figure the data takes from a passage is linked there, but these.
    const NOT_LINKED: &[(&str, &str)] = &[
        ("strengthen-anti-trafficking-2011-actual", "printed \"--\": no figure to link"),
        ("tip-2010-taiwan", "Taiwan's tier is printed as a name (第一級), not a figure"),
        ("tip-2011-taiwan", "the same"),
        ("tip-2012-taiwan", "the same"),
        ("tip-2013-taiwan", "the same"),
        ("tip-2014-taiwan", "the same"),
        ("mou-south-africa-2003", "an agreement is found by its date, and this one has a year alone (2003 年)"),
        ("mou-mongolia-2011", "the same (100 年)"),
        ("mou-indonesia-2012", "the same (101 年)"),
        ("mou-honduras-2013", "the same (102 年)"),
        ("mou-vietnam-2013", "the same (102 年)"),
        ("mou-paraguay-2013", "the same (102 年)"),
    ];

    #[test]
    fn every_figure_of_a_passage_is_linked_in_it() {
        let (d, t) = data();
        for lang in [Zh, En] {
            let mut missing = Vec::new();
            for f in &d.facts {
                let s = t.section(&f.source).unwrap_or_else(|| panic!("{} has no section {}", f.record_id, f.source));
                let placed = place(&d, &s.path, &pieces(s, lang), lang);
                let linked = placed.iter().any(|p| p.record == f.record_id);
                let excused = NOT_LINKED.iter().any(|(id, _)| *id == f.record_id);
                assert!(!(linked && excused), "{} is linked: take it off NOT_LINKED", f.record_id);
                if !linked && !excused {
                    missing.push(format!("{} ({}, {:?})", f.record_id, f.source, f.value));
                }
            }
            assert!(missing.is_empty(), "{lang:?}: not linked in their passage: {missing:#?}");
        }
    }
}
