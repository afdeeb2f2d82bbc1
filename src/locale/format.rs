//! Numbers, years, dates and punctuation as each language writes them.
//!
//! The texts with parameters (`charts`) and their callers build on these;
//! of the texts, this needs only the unit names (`vocab`) and the word
//! `About` (`keys`), which a chart's summary and the facts use as well.

use super::keys::{t, Key};
use super::vocab;
use crate::core::Lang;
use crate::core::date::{roc_year, Date};

/// A number with thousands separators and no trailing zeros (`9,430`, `3.55`).
pub fn number(v: f64, _lang: Lang) -> String {
    // Both zh-Hant (Taiwan) and English group by thousands with a comma.
    let negative = v < 0.0;
    let abs = v.abs();
    let mut s = format!("{abs:.2}");
    if s.contains('.') {
        s = s.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    let (int, frac) = match s.split_once('.') {
        Some((i, f)) => (i.to_string(), Some(f.to_string())),
        None => (s.clone(), None),
    };
    let mut grouped = String::new();
    for (i, c) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    let mut out = if negative { format!("-{grouped}") } else { grouped };
    if let Some(f) = frac {
        out.push('.');
        out.push_str(&f);
    }
    out
}

/// A number as a CSV cell: plain, no separators.
pub fn plain(v: f64) -> String {
    number(v, Lang::En).replace(',', "")
}

/// A year: `103 年（2014）` in Chinese, `2014` in English.
pub fn year(y: i32, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{} 年（{y}）", roc_year(y)),
        Lang::En => y.to_string(),
    }
}

/// Years from `first` to `last`: `103 年（2014）` or `99–103 年（2010–2014）` / `2010–2014`.
pub fn year_span(first: i32, last: i32, lang: Lang) -> String {
    if first == last {
        return year(first, lang);
    }
    match lang {
        Lang::Zh => format!("{}–{} 年（{first}–{last}）", roc_year(first), roc_year(last)),
        Lang::En => format!("{first}–{last}"),
    }
}

/// Months as a chart's axis or a bar's label has room for them.
const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
/// Months in a date of running text, notes and tables (`12 June 2014`), as
/// the report's English text writes them.
const MONTHS_FULL: [&str; 12] = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// A month (1–12) alone, short, as on a chart axis (`5月` / `May`).
pub fn month_name(m: u8, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("{m}月"),
        Lang::En => MONTHS[m as usize - 1].to_string(),
    }
}

/// Month and day without the year, as in running text (`5 月 29 日` /
/// `12 June`).
pub fn month_day(d: Date, lang: Lang) -> String {
    month_day_in(d, lang, &MONTHS_FULL)
}

/// Month and day as a bar's label has room for them (`5 月 29 日` / `12 Jun`).
pub fn short_month_day(d: Date, lang: Lang) -> String {
    month_day_in(d, lang, &MONTHS)
}

fn month_day_in(d: Date, lang: Lang, months: &[&str; 12]) -> String {
    match (d.month, d.day, lang) {
        (Some(m), Some(day), Lang::Zh) => format!("{m} 月 {day} 日"),
        (Some(m), None, Lang::Zh) => format!("{m} 月"),
        (Some(m), Some(day), Lang::En) => format!("{day} {}", months[m as usize - 1]),
        (Some(m), None, Lang::En) => months[m as usize - 1].to_string(),
        (None, _, _) => String::new(),
    }
}

/// A date at its own precision: `103 年（2014）6 月 12 日` / `12 June 2014`.
pub fn date(d: Date, lang: Lang) -> String {
    let md = month_day(d, lang);
    match lang {
        Lang::Zh if md.is_empty() => year(d.year, lang),
        Lang::Zh => format!("{}{md}", year(d.year, lang)),
        Lang::En if md.is_empty() => d.year.to_string(),
        Lang::En => format!("{md} {}", d.year),
    }
}

/// Between the two dates of a range: `至`; in English ` – ` (for a range
/// spanning years; within one, `date_range` writes the English itself).
fn range_to(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "至",
        Lang::En => " – ",
    }
}

/// A date or a range (`29 July – 5 August 2014`).
pub fn date_range(start: Date, end: Option<Date>, lang: Lang) -> String {
    let Some(end) = end else { return date(start, lang) };
    if end.year != start.year {
        return format!("{}{}{}", date(start, lang), range_to(lang), date(end, lang));
    }
    match lang {
        Lang::Zh => format!("{}{} {}", date(start, lang), range_to(lang), month_day(end, lang)),
        Lang::En if start.month == end.month && start.day.is_some() && end.day.is_some() => {
            format!("{}–{} {} {}", start.day.unwrap(), end.day.unwrap(), MONTHS_FULL[start.month.unwrap() as usize - 1], start.year)
        }
        Lang::En => format!("{} – {} {}", month_day(start, lang), month_day(end, lang), start.year),
    }
}

/// A CSV cell, quoted where RFC 4180 needs it.
pub fn csv_cell(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Punctuation that differs between the languages.
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "：",
        Lang::En => ": ",
    }
}

/// Between the parts of one phrase (`，` / `, `).
pub fn comma(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "，",
        Lang::En => ", ",
    }
}

pub fn list_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    }
}

/// Between the items of a list of names (`、` / `, `).
pub fn name_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "、",
        Lang::En => ", ",
    }
}

/// Between two sentences (none in Chinese, a space in English).
pub fn sentence_sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "",
        Lang::En => " ",
    }
}

/// A section of the report (`貳、五、(二)`) as `lang` writes it: in
/// English marked as Chinese (`core::mixed`), for the page to render
/// with `lang="zh-Hant"`.
pub fn section(lang: Lang, path: &str) -> String {
    match lang {
        Lang::Zh => path.to_string(),
        Lang::En => crate::core::mixed::zh(path),
    }
}

/// `（s）` in Chinese, ` (s)` in English.
pub fn parens(s: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（{s}）"),
        Lang::En => format!(" ({s})"),
    }
}

/// Quoted as the language quotes: `「次」` / `"broadcasts"`.
pub fn quoted(s: &str, lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("「{s}」"),
        Lang::En => format!("\"{s}\""),
    }
}

/// A count with its unit: `約 55 人` / `about 55 people`.
pub fn count(value: f64, unit: crate::core::Unit, approx: bool, lang: Lang) -> String {
    let u = vocab::unit(lang, unit);
    if approx {
        format!("{} {} {u}", t(lang, Key::About), number(value, lang))
    } else {
        format!("{} {u}", number(value, lang))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        Date::parse(s).unwrap()
    }

    #[test]
    fn numbers_group_thousands_and_trim_zeros() {
        assert_eq!(number(9430.0, Lang::Zh), "9,430");
        assert_eq!(number(10045.0, Lang::En), "10,045");
        assert_eq!(number(400000.0, Lang::En), "400,000");
        assert_eq!(number(3.55, Lang::En), "3.55");
        assert_eq!(number(12.1, Lang::En), "12.1");
        assert_eq!(number(615.0, Lang::En), "615");
        assert_eq!(plain(10045.0), "10045");
    }

    #[test]
    fn years_show_roc_in_chinese() {
        assert_eq!(year(2014, Lang::Zh), "103 年（2014）");
        assert_eq!(year(2014, Lang::En), "2014");
    }

    #[test]
    fn dates_and_ranges_follow_language() {
        assert_eq!(date(d("2014-05-29"), Lang::Zh), "103 年（2014）5 月 29 日");
        assert_eq!(date(d("2014-05-29"), Lang::En), "29 May 2014");
        assert_eq!(date(d("2014-06-12"), Lang::En), "12 June 2014", "running text writes the month out");
        assert_eq!(short_month_day(d("2014-08-30"), Lang::En), "30 Aug", "a bar's label keeps it short");
        assert_eq!(date(d("2011"), Lang::En), "2011");
        assert_eq!(date_range(d("2014-07-29"), Some(d("2014-08-05")), Lang::En), "29 July – 5 August 2014");
        assert_eq!(date_range(d("2014-07-21"), Some(d("2014-07-22")), Lang::En), "21–22 July 2014");
        assert_eq!(date_range(d("2014-07-29"), Some(d("2014-08-05")), Lang::Zh), "103 年（2014）7 月 29 日至 8 月 5 日");
        assert_eq!(date_range(d("2013-12-20"), Some(d("2014-01-05")), Lang::Zh), "102 年（2013）12 月 20 日至103 年（2014）1 月 5 日");
        assert_eq!(date_range(d("2013-12-20"), Some(d("2014-01-05")), Lang::En), "20 December 2013 – 5 January 2014");
    }
}
