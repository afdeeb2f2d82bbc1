//! Validation of a parsed report: every record has both labels, a source
//! and a unique id, and ranges end after they start (dates themselves are
//! checked as they are read, see `dates::Date`). Errors name the record and the field.

use std::collections::HashSet;

use super::model::{CountryCode, Report};
use crate::core::{Lang, Role, Text};
use crate::locale::{self, t, Key};

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
    /// A reference to a record id that no record has.
    UnknownId(String),
    /// A role (`core::Role`) of one figure is played by another figure too:
    /// the role.
    RoleTaken(Role),
    /// A name that must be lower-case letters, digits and `-` is not: the name.
    BadName(String),
    /// A chart of a kind whose data the report does not have: the kind.
    NothingToShow(String),
    /// A year after the report's own (`meta.year`): the year found. A
    /// report tells what happened up to its year; only an expected end
    /// may lie beyond it.
    AfterReportYear(i32),
    /// Chinese characters in an English text outside a `{zh:…}` span
    /// (`core::mixed`): the run found.
    BareChinese(String),
    /// A country code that is not ISO 3166-1 in form (two or three capital
    /// letters, three digits), or a country given other codes elsewhere:
    /// the code as written.
    BadCountryCode(String),
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
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            Problem::MissingLanguage(l) => locale::problem_missing_language(lang, if *l == "zh" { Lang::Zh } else { Lang::En }),
            Problem::BadDate(d) => locale::problem_bad_date(lang, d),
            Problem::EndBeforeStart => t(lang, Key::ProblemEndBeforeStart).into(),
            Problem::Empty => t(lang, Key::ProblemEmpty).into(),
            Problem::DuplicateId(id) => locale::problem_duplicate_id(lang, id),
            Problem::BadNumber(v) => locale::problem_bad_number(lang, *v),
            Problem::NoRecords => t(lang, Key::ProblemNoRecords).into(),
            Problem::OutOfRange(what) => locale::problem_out_of_range(lang, what),
            Problem::UnknownId(id) => locale::problem_unknown_id(lang, id),
            Problem::RoleTaken(role) => locale::problem_role_taken(lang, &role.id()),
            Problem::BadName(name) => locale::problem_bad_name(lang, name),
            Problem::NothingToShow(kind) => locale::problem_nothing_to_show(lang, kind),
            Problem::AfterReportYear(year) => locale::problem_after_report_year(lang, *year),
            Problem::BareChinese(run) => locale::problem_bare_chinese(lang, run),
            Problem::BadCountryCode(code) => locale::problem_bad_country_code(lang, code),
        }
    }
}

impl ValidationError {
    /// The error in `lang`: record, field and problem.
    pub fn describe(&self, lang: Lang) -> String {
        locale::field_error(lang, &self.record, &self.field, &self.problem.describe(lang))
    }
}

impl std::fmt::Display for ValidationError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe(Lang::En))
    }
}

/// Collects errors while walking a data file (the report here,
/// `viewer.json` in `data::viewer`).
pub(crate) struct Walker {
    pub(crate) errors: Vec<ValidationError>,
    ids: HashSet<String>,
}

impl Walker {
    pub(crate) fn new() -> Walker {
        Walker { errors: Vec::new(), ids: HashSet::new() }
    }

    pub(crate) fn push(&mut self, record: &str, field: &str, problem: Problem) {
        self.errors.push(ValidationError {
            record: record.to_string(),
            field: field.to_string(),
            problem,
        });
    }

    pub(crate) fn text(&mut self, record: &str, field: &str, t: &Text) {
        if t.zh.trim().is_empty() {
            self.push(record, &format!("{field}.zh"), Problem::MissingLanguage("zh"));
        }
        if t.en.trim().is_empty() {
            self.push(record, &format!("{field}.en"), Problem::MissingLanguage("en"));
        }
        if let Some(run) = crate::core::mixed::bare_chinese(&t.en) {
            self.push(record, &format!("{field}.en"), Problem::BareChinese(run));
        }
    }

    pub(crate) fn opt_text(&mut self, record: &str, field: &str, t: &Option<Text>) {
        if let Some(t) = t {
            self.text(record, field, t);
        }
    }

    /// A text with its section: both languages and a section.
    fn sourced(&mut self, record: &str, field: &str, text: &Text, source: &str) {
        self.text(record, &format!("{field}.text"), text);
        self.nonempty(record, &format!("{field}.source"), source);
    }

    /// `id` names a record in `ids`.
    fn known(&mut self, record: &str, field: &str, id: &str, ids: &HashSet<&str>) {
        if !ids.contains(id) {
            self.push(record, field, Problem::UnknownId(id.to_string()));
        }
    }

    pub(crate) fn nonempty(&mut self, record: &str, field: &str, s: &str) {
        if s.trim().is_empty() {
            self.push(record, field, Problem::Empty);
        }
    }

    fn number(&mut self, record: &str, field: &str, v: f64) {
        if !v.is_finite() || v < 0.0 {
            self.push(record, field, Problem::BadNumber(v));
        }
    }

    pub(crate) fn id(&mut self, record: &str, id: &str) {
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

/// A country's codes: each of the form ISO 3166-1 gives it, and the same
/// three wherever the country appears (`seen`, by its alpha-3 code).
fn country_code<'a>(w: &mut Walker, record: &str, field: &str, c: &'a CountryCode, seen: &mut Vec<&'a CountryCode>) {
    let form = |s: &str, n: usize, ok: fn(&u8) -> bool| s.len() == n && s.as_bytes().iter().all(ok);
    for (name, value, n, ok) in [
        ("alpha2", &c.alpha2, 2, u8::is_ascii_uppercase as fn(&u8) -> bool),
        ("alpha3", &c.alpha3, 3, u8::is_ascii_uppercase),
        ("numeric", &c.numeric, 3, u8::is_ascii_digit),
    ] {
        if !form(value, n, ok) {
            w.push(record, &format!("{field}.{name}"), Problem::BadCountryCode(value.clone()));
        }
    }
    match seen.iter().find(|s| s.alpha3 == c.alpha3 || s.alpha2 == c.alpha2 || s.numeric == c.numeric) {
        Some(other) if *other != c => {
            let other = format!("{}/{}/{}", other.alpha2, other.alpha3, other.numeric);
            w.push(record, field, Problem::BadCountryCode(format!("{}/{}/{} ≠ {other}", c.alpha2, c.alpha3, c.numeric)));
        }
        Some(_) => {}
        None => seen.push(c),
    }
}

fn label(kind: &str, i: usize, id: &str) -> String {
    format!("{kind}[{i}] ({id})")
}

/// Every error in the report; empty when it is valid.
pub fn validate(r: &Report) -> Vec<ValidationError> {
    let mut w = Walker::new();

    let m = &r.meta;
    w.text("meta", "title", &m.title);
    w.text("meta", "publisher", &m.publisher);
    w.text("meta", "goal", &m.goal);
    w.text("meta", "pillar_note", &m.pillar_note);
    w.nonempty("meta", "goal_source", &m.goal_source);
    w.nonempty("meta", "pillars_source", &m.pillars_source);
    w.year("meta", "year", m.year);
    let mut codes: Vec<&CountryCode> = Vec::new();
    w.text("meta", "home.name", &m.home.name);
    country_code(&mut w, "meta", "home.code", &m.home.code, &mut codes);

    // A report without a KPI table has no `indicator`; one with it, its years.
    if let Some(ind) = &r.indicator {
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
    }

    // A report without the TIP report's ratings has no `tip_tiers`.
    if let Some(t) = &r.tip_tiers {
        w.nonempty("tip_tiers", "source", &t.source);
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
    }

    for (i, a) in r.agreements.iter().enumerate() {
        let rec = label("agreements", i, &a.id);
        w.id(&rec, &a.id);
        w.text(&rec, "country", &a.country);
        country_code(&mut w, &rec, "country_code", &a.country_code, &mut codes);
        w.text(&rec, "kind", &a.kind);
        w.opt_text(&rec, "note", &a.note);
        w.nonempty(&rec, "source", &a.source);
        if let Some(c) = &a.counted_as {
            w.sourced(&rec, "counted_as", &c.text, &c.source);
        }
    }

    let agreement_ids: HashSet<&str> = r.agreements.iter().map(|a| a.id.as_str()).collect();

    if r.activities.is_empty() {
        w.push("activities", "", Problem::NoRecords);
    }
    for (i, a) in r.activities.iter().enumerate() {
        let rec = label("activities", i, &a.id);
        w.id(&rec, &a.id);
        w.text(&rec, "title", &a.title);
        w.text(&rec, "pillar_reason", &a.pillar_reason);
        w.opt_text(&rec, "place", &a.place);
        w.opt_text(&rec, "partner", &a.partner);
        if let Some(c) = &a.country {
            w.text(&rec, "country.name", &c.name);
            country_code(&mut w, &rec, "country.code", &c.code, &mut codes);
        }
        w.opt_text(&rec, "note", &a.note);
        w.nonempty(&rec, "source", &a.source);
        if a.end.is_some_and(|end| end < a.date) {
            w.push(&rec, "end", Problem::EndBeforeStart);
        }
        if a.expected_end.is_some_and(|end| end <= a.date) {
            w.push(&rec, "expected_end", Problem::EndBeforeStart);
        }
        for (j, d) in a.also_dated.iter().enumerate() {
            w.sourced(&rec, &format!("also_dated[{j}]"), &d.text, &d.source);
        }
        for (j, c) in a.counts.iter().enumerate() {
            w.number(&rec, &format!("counts[{j}].value"), c.value);
            w.text(&rec, &format!("counts[{j}].label"), &c.label);
            if let Some(s) = &c.source {
                w.nonempty(&rec, &format!("counts[{j}].source"), s);
            }
        }
        for (field, lists) in [("topics", &a.topics), ("organisers", &a.organisers)] {
            for (j, l) in lists.iter().enumerate() {
                if l.items.is_empty() {
                    w.push(&rec, &format!("{field}[{j}].items"), Problem::NoRecords);
                }
                for (k, item) in l.items.iter().enumerate() {
                    w.text(&rec, &format!("{field}[{j}].items[{k}]"), item);
                }
                w.nonempty(&rec, &format!("{field}[{j}].source"), &l.source);
            }
        }
        if let Some(id) = &a.agreement {
            w.known(&rec, "agreement", id, &agreement_ids);
        }
    }

    for (i, f) in r.figures.iter().enumerate() {
        let rec = label("figures", i, &f.id);
        w.id(&rec, &f.id);
        w.text(&rec, "label", &f.label);
        w.opt_text(&rec, "note", &f.note);
        w.number(&rec, "value", f.value);
        w.nonempty(&rec, "source", &f.source);
        if let Some(c) = &f.probably_same_as {
            if r.count(c).is_none() {
                w.push(&rec, "probably_same_as", Problem::UnknownId(c.to_string()));
            }
        }
    }
    for (i, c) in r.cautions.iter().enumerate() {
        let rec = label("cautions", i, &c.id);
        w.id(&rec, &c.id);
        w.text(&rec, "text", &c.text);
        if c.sources.is_empty() {
            w.push(&rec, "sources", Problem::Empty);
        }
        for (j, source) in c.sources.iter().enumerate() {
            w.nonempty(&rec, &format!("sources[{j}]"), source);
        }
        if let Some(y) = c.year {
            w.year(&rec, "year", y);
        }
    }
    // Nothing the report tells happened after its year.
    let last = r.meta.year;
    let mut after = |record: &str, field: &str, year: i32| {
        if year > last {
            w.push(record, field, Problem::AfterReportYear(year));
        }
    };
    for (i, y) in r.indicator.iter().flat_map(|ind| ind.years.iter()).enumerate() {
        after(&format!("indicator.years[{i}] ({})", y.year), "year", y.year);
    }
    for (i, y) in r.tier_years().iter().enumerate() {
        after(&format!("tip_tiers.years[{i}] ({})", y.year), "year", y.year);
    }
    for (i, a) in r.agreements.iter().enumerate() {
        after(&label("agreements", i, &a.id), "date", a.date.year);
    }
    for (i, a) in r.activities.iter().enumerate() {
        let rec = label("activities", i, &a.id);
        after(&rec, "date", a.date.year);
        if let Some(end) = a.end {
            after(&rec, "end", end.year);
        }
    }
    for (i, f) in r.figures.iter().enumerate() {
        after(&label("figures", i, &f.id), "date", f.date.year);
    }

    // A role is played by one figure (one a year, for a role per year).
    let mut played: HashSet<(Role, Option<i32>)> = HashSet::new();
    for (i, f) in r.figures.iter().enumerate() {
        let Some(role) = f.role else { continue };
        if !played.insert((role, role.per_year().then_some(f.date.year))) {
            w.push(&label("figures", i, &f.id), "role", Problem::RoleTaken(role));
        }
    }

    w.errors
}
