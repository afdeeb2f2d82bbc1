//! Validation of a parsed report: every record has both labels, a valid
//! date, a source and a unique id. Errors name the record and the field.

use std::collections::HashSet;

use super::dates::Date;
use super::model::{Report, Text};

/// What is wrong with a field.
#[derive(Debug, Clone, PartialEq)]
pub enum Problem {
    /// A text lacks its Chinese or English form.
    MissingLanguage(&'static str),
    /// A date is not ISO.
    BadDate(String),
    /// The end of a range comes before its start.
    EndBeforeStart,
    /// A required text (source, id) is empty.
    Empty,
    /// An id is used by two records.
    DuplicateId(String),
    /// A number is negative or not finite.
    BadNumber(f64),
    /// A list that must not be empty is.
    NoRecords,
    /// A figure lies outside what the field can hold.
    OutOfRange(String),
}

/// One validation error.
#[derive(Debug, Clone, PartialEq)]
pub struct ValidationError {
    /// The record, e.g. `activities[3] (booth-ximending)`.
    pub record: String,
    /// The field, e.g. `title.en`.
    pub field: String,
    pub problem: Problem,
}

impl Problem {
    pub fn describe(&self, zh: bool) -> String {
        match (self, zh) {
            (Problem::MissingLanguage(l), true) => format!("缺少{}文字", if *l == "zh" { "中" } else { "英" }),
            (Problem::MissingLanguage(l), false) => {
                format!("the {} text is missing", if *l == "zh" { "Chinese" } else { "English" })
            }
            (Problem::BadDate(d), true) => format!("「{d}」不是 ISO 日期（YYYY、YYYY-MM 或 YYYY-MM-DD）"),
            (Problem::BadDate(d), false) => format!("\"{d}\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
            (Problem::EndBeforeStart, true) => "結束日期早於開始日期".into(),
            (Problem::EndBeforeStart, false) => "the end date is before the start date".into(),
            (Problem::Empty, true) => "不可空白".into(),
            (Problem::Empty, false) => "must not be empty".into(),
            (Problem::DuplicateId(id), true) => format!("代碼「{id}」重複"),
            (Problem::DuplicateId(id), false) => format!("the id \"{id}\" is used twice"),
            (Problem::BadNumber(v), true) => format!("數值 {v} 無效"),
            (Problem::BadNumber(v), false) => format!("the value {v} is not a valid count"),
            (Problem::NoRecords, true) => "沒有任何資料".into(),
            (Problem::NoRecords, false) => "has no records".into(),
            (Problem::OutOfRange(what), true) => format!("超出範圍：{what}"),
            (Problem::OutOfRange(what), false) => format!("out of range: {what}"),
        }
    }
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}, field {}: {}", self.record, self.field, self.problem.describe(false))
    }
}

/// Collects errors while walking the report.
struct Walker {
    errors: Vec<ValidationError>,
    ids: HashSet<String>,
}

impl Walker {
    fn push(&mut self, record: &str, field: &str, problem: Problem) {
        self.errors.push(ValidationError {
            record: record.to_string(),
            field: field.to_string(),
            problem,
        });
    }

    fn text(&mut self, record: &str, field: &str, t: &Text) {
        if t.zh.trim().is_empty() {
            self.push(record, &format!("{field}.zh"), Problem::MissingLanguage("zh"));
        }
        if t.en.trim().is_empty() {
            self.push(record, &format!("{field}.en"), Problem::MissingLanguage("en"));
        }
    }

    fn opt_text(&mut self, record: &str, field: &str, t: &Option<Text>) {
        if let Some(t) = t {
            self.text(record, field, t);
        }
    }

    fn nonempty(&mut self, record: &str, field: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(record, field, Problem::Empty);
        }
    }

    fn date(&mut self, record: &str, field: &str, s: &str) -> Option<Date> {
        match Date::parse(s) {
            Ok(d) => Some(d),
            Err(_) => {
                self.push(record, field, Problem::BadDate(s.to_string()));
                None
            }
        }
    }

    fn number(&mut self, record: &str, field: &str, v: f64) {
        if !v.is_finite() || v < 0.0 {
            self.push(record, field, Problem::BadNumber(v));
        }
    }

    fn id(&mut self, record: &str, id: &str) {
        self.nonempty(record, "id", id);
        if !self.ids.insert(id.to_string()) {
            self.push(record, "id", Problem::DuplicateId(id.to_string()));
        }
    }

    fn year(&mut self, record: &str, field: &str, year: i32) {
        if !(1990..=2100).contains(&year) {
            self.push(record, field, Problem::OutOfRange(format!("{year}")));
        }
    }
}

fn label(kind: &str, i: usize, id: &str) -> String {
    format!("{kind}[{i}] ({id})")
}

/// Every error in the report; empty when it is valid.
pub fn validate(r: &Report) -> Vec<ValidationError> {
    let mut w = Walker { errors: Vec::new(), ids: HashSet::new() };

    let m = &r.meta;
    w.text("meta", "title", &m.title);
    w.text("meta", "publisher", &m.publisher);
    w.text("meta", "goal", &m.goal);
    w.text("meta", "pillar_note", &m.pillar_note);
    w.nonempty("meta", "goal_source", &m.goal_source);
    w.nonempty("meta", "pillars_source", &m.pillars_source);
    w.year("meta", "year", m.year);

    let ind = &r.indicator;
    w.id("indicator", &ind.id);
    w.text("indicator", "name", &ind.name);
    w.text("indicator", "standard", &ind.standard);
    w.text("indicator", "note", &ind.note);
    w.nonempty("indicator", "source", &ind.source);
    if ind.years.is_empty() {
        w.push("indicator", "years", Problem::NoRecords);
    }
    for (i, y) in ind.years.iter().enumerate() {
        let rec = format!("indicator.years[{i}] ({})", y.year);
        w.year(&rec, "year", y.year);
        for (field, v) in [("target", &y.target), ("actual", &y.actual), ("achievement_pct", &y.achievement_pct)] {
            w.nonempty(&rec, &format!("{field}.printed"), &v.printed);
            if let Some(n) = v.value {
                w.number(&rec, &format!("{field}.value"), n);
            }
        }
        w.nonempty(&rec, "first_review", &y.first_review);
        w.nonempty(&rec, "second_review", &y.second_review);
    }

    let t = &r.tip_tiers;
    w.nonempty("tip_tiers", "source", &t.source);
    w.date("tip_tiers.published", "date", &t.published.date);
    w.text("tip_tiers.published", "text", &t.published.text);
    w.nonempty("tip_tiers.published", "source", &t.published.source);
    if t.years.is_empty() {
        w.push("tip_tiers", "years", Problem::NoRecords);
    }
    for (i, y) in t.years.iter().enumerate() {
        let rec = format!("tip_tiers.years[{i}] ({})", y.year);
        w.year(&rec, "year", y.year);
        w.nonempty(&rec, "source", &y.source);
        if y.tiers.is_empty() {
            w.push(&rec, "tiers", Problem::NoRecords);
        }
        for (j, c) in y.tiers.iter().enumerate() {
            w.nonempty(&rec, &format!("tiers[{j}].pct.printed"), &c.pct.printed);
            if let Some(v) = c.pct.value {
                w.number(&rec, &format!("tiers[{j}].pct.value"), v);
            }
        }
    }

    for (i, a) in r.agreements.iter().enumerate() {
        let rec = label("agreements", i, &a.id);
        w.id(&rec, &a.id);
        w.text(&rec, "country", &a.country);
        w.text(&rec, "kind", &a.kind);
        w.opt_text(&rec, "note", &a.note);
        w.date(&rec, "date", &a.date);
        w.nonempty(&rec, "source", &a.source);
    }

    if r.activities.is_empty() {
        w.push("activities", "", Problem::NoRecords);
    }
    for (i, a) in r.activities.iter().enumerate() {
        let rec = label("activities", i, &a.id);
        w.id(&rec, &a.id);
        w.text(&rec, "title", &a.title);
        w.opt_text(&rec, "place", &a.place);
        w.opt_text(&rec, "partner", &a.partner);
        w.opt_text(&rec, "note", &a.note);
        w.nonempty(&rec, "source", &a.source);
        let start = w.date(&rec, "date", &a.date);
        if let Some(end) = &a.end {
            if let (Some(s), Some(e)) = (start, w.date(&rec, "end", end)) {
                if e < s {
                    w.push(&rec, "end", Problem::EndBeforeStart);
                }
            }
        }
        for (j, c) in a.counts.iter().enumerate() {
            w.number(&rec, &format!("counts[{j}].value"), c.value);
            w.text(&rec, &format!("counts[{j}].label"), &c.label);
        }
    }

    for (i, f) in r.figures.iter().enumerate() {
        let rec = label("figures", i, &f.id);
        w.id(&rec, &f.id);
        w.nonempty(&rec, "group", &f.group);
        w.text(&rec, "label", &f.label);
        w.opt_text(&rec, "note", &f.note);
        w.date(&rec, "date", &f.date);
        w.number(&rec, "value", f.value);
        w.nonempty(&rec, "source", &f.source);
    }

    w.errors
}
