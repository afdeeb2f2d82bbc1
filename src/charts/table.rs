//! The numbers behind a chart, as a table: shown in the page (table view)
//! and downloaded as CSV. Built by the chart modules from the data.

use crate::core::Lang;
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::dataset::facts::Fact;

/// One cell: what the page shows, and what the CSV holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    pub text: String,
    /// Plain value for CSV (numbers without separators).
    pub raw: String,
    pub numeric: bool,
    /// The number a numeric cell stands for: what the table sorts it by
    /// (`None`: a number the report does not give, sorted last).
    pub value: Option<f64>,
    /// Marks a figure that disagrees with another (shown emphasised).
    pub flagged: bool,
}

impl Cell {
    /// A text cell; the CSV holds it without the marks of the Chinese it
    /// quotes (`core::mixed`), which the page renders.
    pub fn text(s: impl Into<String>) -> Cell {
        let s = s.into();
        Cell { raw: crate::core::mixed::plain(&s).into_owned(), text: s, numeric: false, value: None, flagged: false }
    }
    pub fn number(v: f64, lang: Lang) -> Cell {
        Cell { text: format::number(v, lang), raw: format::plain(v), numeric: true, value: Some(v), flagged: false }
    }
    /// A number the report does not give: shown as printed, empty in CSV.
    pub fn missing(printed: &str, lang: Lang) -> Cell {
        Cell { text: locale::not_reported_printed(lang, printed), raw: String::new(), numeric: true, value: None, flagged: false }
    }
    /// What the table sorts the cell by, as the page writes it in
    /// `data-sort`: a numeric cell's number, another cell's plain value
    /// (a date as ISO); `None` for a number the report does not give.
    pub fn sort_key(&self) -> Option<String> {
        if self.numeric { self.value.map(format::plain) } else { Some(self.raw.clone()) }
    }
    pub fn flagged(mut self, yes: bool) -> Cell {
        self.flagged = yes;
        self
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// CSV with a header (UTF-8, RFC 4180 quoting).
    pub fn to_csv(&self) -> String {
        let line = |cells: Vec<&str>| cells.iter().map(|c| format::csv_cell(c)).collect::<Vec<_>>().join(",");
        let mut out = line(self.columns.iter().map(String::as_str).collect());
        out.push('\n');
        for row in &self.rows {
            out.push_str(&line(row.iter().map(|c| c.raw.as_str()).collect()));
            out.push('\n');
        }
        out
    }

    /// The CSV as a `data:` URL (UTF-8 with a BOM, so spreadsheet
    /// programs read the Chinese correctly), percent-encoded as
    /// `encodeURIComponent` does.
    pub fn csv_data_url(&self) -> String {
        let mut out = String::from("data:text/csv;charset=utf-8,");
        for b in format!("\u{feff}{}", self.to_csv()).bytes() {
            match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'!' | b'~' | b'*' | b'\'' | b'(' | b')' => out.push(b as char),
                _ => out.push_str(&format!("%{b:02X}")),
            }
        }
        out
    }

    /// The generic table of figures: label, date, value, unit, source.
    pub fn of_facts(caption: String, facts: &[Fact], lang: Lang) -> Table {
        let rows = facts
            .iter()
            .map(|f| {
                vec![
                    Cell::text(f.label.get(lang)),
                    Cell { raw: f.date.iso(), ..Cell::text(format::date(f.date, lang)) },
                    f.value.map(|v| Cell::number(v, lang)).unwrap_or_else(|| Cell::missing("--", lang)),
                    Cell { raw: f.unit.column().to_string(), ..Cell::text(locale::unit(lang, f.unit)) },
                    Cell::text(f.source.clone()),
                ]
            })
            .collect();
        Table {
            caption,
            columns: [Key::ColFigure, Key::ColDate, Key::ColValue, Key::ColUnit, Key::ColSource]
                .map(|k| t(lang, k).to_string())
                .to_vec(),
            rows,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_cell_keeps_its_marks_for_the_page_and_not_for_the_csv() {
        let c = Cell::text("see {zh:貳、一}");
        assert_eq!((c.text.as_str(), c.raw.as_str()), ("see {zh:貳、一}", "see 貳、一"));
        let t = Table { caption: "c".into(), columns: vec!["a".into()], rows: vec![vec![c]] };
        assert!(!t.to_csv().contains("{zh:"));
    }

    #[test]
    fn csv_data_url_is_encoded_as_the_browser_does() {
        let t = Table { caption: String::new(), columns: vec!["項目".into(), "value".into()], rows: vec![vec![Cell::text("a b,c"), Cell::number(9430.0, Lang::En)]] };
        let url = t.csv_data_url();
        assert!(url.starts_with("data:text/csv;charset=utf-8,%EF%BB%BF%E9%A0%85%E7%9B%AE%2Cvalue%0A"), "{url}");
        assert!(url.ends_with("%22a%20b%2Cc%22%2C9430%0A"), "{url}");
    }
}
