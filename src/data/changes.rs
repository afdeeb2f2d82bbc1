//! The data's own record of its editions, as `changes.json` beside
//! `report.json` holds it: the version and date it was first published,
//! then every change to a figure or a text since (what, where, why, in
//! which version, on which date). The data's version is the last entry's
//! (or the first publication's): `datapackage.json` carries it, the pages
//! cite it, the report page lists the changes (`ui::changes`).
//!
//! Every data folder has one; a report not changed since it was published
//! has an empty list (docs/new-report.md).

use serde::{Deserialize, Serialize};

use crate::core::{Date, Text};

/// The file's name in the data folder (and in `data/` of the site).
pub const FILE: &str = "changes.json";

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Changes {
    pub schema: u32,
    /// The data as first published.
    pub published: Edition,
    /// Each change since, oldest first; empty when there has been none.
    pub changes: Vec<Change>,
}

/// A version of the data and its date.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Edition {
    /// `MAJOR.MINOR.PATCH`: MINOR is raised when a figure or a text
    /// changes, PATCH for a correction of form only (spelling, spacing).
    pub version: String,
    /// `YYYY-MM-DD`.
    pub date: String,
}

/// One change to the data or its texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The version the change is in (several changes may share one).
    pub version: String,
    /// `YYYY-MM-DD`.
    pub date: String,
    /// Where: the file and record or the report's section.
    #[serde(rename = "where")]
    pub place: Text,
    /// What changed.
    pub what: Text,
    /// Why.
    pub why: Text,
}

impl Changes {
    /// The data's version: the last change's, or the first publication's.
    pub fn version(&self) -> &str {
        self.changes.last().map_or(&self.published.version, |c| &c.version)
    }

    /// The date of that version.
    pub fn date(&self) -> &str {
        self.changes.last().map_or(&self.published.date, |c| &c.date)
    }
}

/// The version's three numbers, or `None` when it is not `N.N.N`.
fn parts(version: &str) -> Option<[u32; 3]> {
    let mut out = [0; 3];
    let mut it = version.split('.');
    for slot in &mut out {
        let p = it.next()?;
        if p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit()) || (p.len() > 1 && p.starts_with('0')) {
            return None;
        }
        *slot = p.parse().ok()?;
    }
    it.next().is_none().then_some(out)
}

/// The date, when it is a whole calendar day.
fn day(date: &str) -> Option<Date> {
    Date::parse(date).ok().filter(|d| d.day.is_some())
}

/// Reads and checks `changes.json`: an error names the record and field
/// (`changes[2] (version 1.1.0), field why.en: …`).
#[cfg(not(target_arch = "wasm32"))]
pub fn load(json: &str) -> Result<Changes, String> {
    let changes: Changes = super::deserialize(json, |e| super::LoadError::Shape { record: String::new(), field: e.path, message: e.message })
        .map_err(|e| match e {
            super::LoadError::Shape { field, message, .. } => format!("field {field}: {message}"),
            other => other.to_string(),
        })?;
    check(&changes)?;
    Ok(changes)
}

/// What a schema cannot say: versions and dates well-formed, in order,
/// and every text in both languages.
pub fn check(c: &Changes) -> Result<(), String> {
    if c.schema != 1 {
        return Err(format!("field schema: {} is not a schema this viewer reads (1)", c.schema));
    }
    let published = parts(&c.published.version).ok_or_else(|| format!("published, field version: \"{}\" is not MAJOR.MINOR.PATCH (1.0.0)", c.published.version))?;
    let first = day(&c.published.date).ok_or_else(|| format!("published, field date: \"{}\" is not a calendar day (YYYY-MM-DD)", c.published.date))?;
    let (mut version, mut date) = (published, first);
    for (i, change) in c.changes.iter().enumerate() {
        let record = format!("changes[{i}] (version {})", change.version);
        let v = parts(&change.version).ok_or_else(|| format!("{record}, field version: \"{}\" is not MAJOR.MINOR.PATCH (1.1.0)", change.version))?;
        if v <= version && !(i > 0 && v == version) {
            return Err(format!("{record}, field version: not after the version before it ({})", join(version)));
        }
        if i > 0 && v == version && change.date != c.changes[i - 1].date {
            return Err(format!("{record}, field date: one version, one date ({} has {})", change.version, c.changes[i - 1].date));
        }
        let d = day(&change.date).ok_or_else(|| format!("{record}, field date: \"{}\" is not a calendar day (YYYY-MM-DD)", change.date))?;
        if d < date {
            return Err(format!("{record}, field date: {} is before the date before it ({})", change.date, date.iso()));
        }
        for (field, text) in [("where", &change.place), ("what", &change.what), ("why", &change.why)] {
            for (lang, s) in [("zh", &text.zh), ("en", &text.en)] {
                if s.trim().is_empty() {
                    return Err(format!("{record}, field {field}.{lang}: empty (every change is told in both languages)"));
                }
                if let Some(bare) = (lang == "en").then(|| crate::core::mixed::bare_chinese(s)).flatten() {
                    return Err(format!("{record}, field {field}.en: Chinese not marked as such: \"{bare}\" (write {{zh:…}} around it)"));
                }
            }
        }
        (version, date) = (v, d);
    }
    Ok(())
}

fn join(v: [u32; 3]) -> String {
    format!("{}.{}.{}", v[0], v[1], v[2])
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;

    const EMPTY: &str = r#"{"schema": 1, "published": {"version": "1.0.0", "date": "2026-11-25"}, "changes": []}"#;

    fn with(change: &str) -> String {
        EMPTY.replace("\"changes\": []", &format!("\"changes\": [{change}]"))
    }

    const ONE: &str = r#"{"version": "1.1.0", "date": "2026-12-06", "where": {"zh": "甲", "en": "A"}, "what": {"zh": "乙", "en": "B"}, "why": {"zh": "丙", "en": "C"}}"#;

    #[test]
    fn the_version_is_the_last_changes_or_the_first_publications() {
        let none = load(EMPTY).unwrap();
        assert_eq!((none.version(), none.date()), ("1.0.0", "2026-11-25"));
        let one = load(&with(ONE)).unwrap();
        assert_eq!((one.version(), one.date()), ("1.1.0", "2026-12-06"));
        let two = load(&with(&format!("{ONE}, {}", ONE.replace("1.1.0", "1.2.0").replace("12-06", "12-07")))).unwrap();
        assert_eq!(two.version(), "1.2.0");
    }

    #[test]
    fn a_bad_record_is_named_with_its_field() {
        let cases = [
            (with(&ONE.replace("1.1.0", "1.0.0")), "changes[0] (version 1.0.0), field version: not after the version before it (1.0.0)"),
            (with(&ONE.replace("1.1.0", "1.1")), "changes[0] (version 1.1), field version: \"1.1\" is not MAJOR.MINOR.PATCH"),
            (with(&ONE.replace("2026-12-06", "2026-11-24")), "changes[0] (version 1.1.0), field date: 2026-11-24 is before"),
            (with(&ONE.replace("2026-12-06", "2026-02-30")), "changes[0] (version 1.1.0), field date: \"2026-02-30\" is not a calendar day"),
            (with(&ONE.replace("\"C\"", "\" \"")), "changes[0] (version 1.1.0), field why.en: empty"),
            (with(&ONE.replace("\"why\"", "\"because\"")), "field changes[0].because: unknown field `because`"),
            (with(&ONE.replace("\"C\"", "\"in 貳、一\"")), "changes[0] (version 1.1.0), field why.en: Chinese not marked"),
            (EMPTY.replace("1.0.0", "one"), "published, field version"),
            (EMPTY.replace("2026-11-25", "2026-11"), "published, field date"),
        ];
        for (json, expected) in cases {
            let e = load(&json).unwrap_err();
            assert!(e.starts_with(expected), "{e}\nexpected: {expected}");
        }
    }
}
