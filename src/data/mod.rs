//! The report as data: the serde model, date handling, and loading with
//! validation. `load` is the one way in for both the app and the exporter.

pub mod dates;
pub mod model;
pub mod text;
pub mod validate;

pub use model::*;
pub use validate::{Problem, ValidationError};

/// Why a data file could not be used.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// Not JSON at all, or cut short.
    Syntax { line: usize, column: usize, message: String },
    /// JSON, but a field has the wrong shape (unknown pillar, missing field …).
    Shape { record: String, field: String, message: String },
    /// Well-formed, but fails validation.
    Invalid(Vec<ValidationError>),
}

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LoadError::Syntax { line, column, message } => {
                write!(f, "not valid JSON at line {line}, column {column}: {message}")
            }
            LoadError::Shape { record, field, message } => write!(f, "{record}, field {field}: {message}"),
            LoadError::Invalid(errors) => {
                let list: Vec<String> = errors.iter().map(|e| e.to_string()).collect();
                write!(f, "{}", list.join("; "))
            }
        }
    }
}

/// A short, stable digest of the data files (FNV-1a, 64 bits): what a
/// prerendered page records it was rendered from, so the browser hydrates
/// it only with the very same data.
pub fn fingerprint(report_json: &str, text_json: &str) -> String {
    let mut h: u64 = 0xcbf29ce484222325;
    for b in report_json.bytes().chain([0]).chain(text_json.bytes()) {
        h ^= b as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    format!("{h:016x}")
}

/// Reads a data file as JSON, naming the line and column where it is not.
pub(crate) fn parse_json(json: &str) -> Result<serde_json::Value, LoadError> {
    serde_json::from_str(json).map_err(|e| LoadError::Syntax { line: e.line(), column: e.column(), message: e.to_string() })
}

/// Parses and validates a data file.
pub fn load(json: &str) -> Result<Report, LoadError> {
    let value = parse_json(json)?;
    let report: Report = serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = e.path().to_string();
        let (record, field) = split_path(&value, &path);
        // A date that is not a calendar date is a validation error, told in
        // both languages like the others.
        if let Some(bad) = value_at(&value, &path).and_then(|v| v.as_str()).filter(|s| dates::Date::parse(s).is_err()) {
            if e.inner().to_string() == dates::DateError(bad.to_string()).to_string() {
                return LoadError::Invalid(vec![ValidationError { record, field, problem: Problem::BadDate(bad.to_string()) }]);
            }
        }
        LoadError::Shape { record, field, message: e.inner().to_string() }
    })?;
    let errors = validate::validate(&report);
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// The JSON value at a serde path such as `activities[3].end`.
fn value_at<'a>(root: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    path.split('.').try_fold(root, |v, part| match part.split_once('[') {
        Some((name, index)) => v.get(name)?.get(index.trim_end_matches(']').parse::<usize>().ok()?),
        None => v.get(part),
    })
}

/// Splits a serde path such as `activities[3].counts[0].unit` into the
/// record (`activities[3] (its-id)`) and the field (`counts[0].unit`).
fn split_path(root: &serde_json::Value, path: &str) -> (String, String) {
    let (head, rest) = match path.find('.') {
        Some(dot) => (&path[..dot], &path[dot + 1..]),
        None => (path, ""),
    };
    // Records in a list: name them by their id where they have one.
    if let Some(open) = head.find('[') {
        let list = &head[..open];
        let index: Option<usize> = head[open + 1..head.len() - 1].parse().ok();
        let id = index
            .and_then(|i| root.get(list)?.get(i)?.get("id")?.as_str().map(str::to_string));
        let record = match id {
            Some(id) => format!("{head} ({id})"),
            None => head.to_string(),
        };
        return (record, rest.to_string());
    }
    if rest.is_empty() {
        ("report".to_string(), head.to_string())
    } else {
        (head.to_string(), rest.to_string())
    }
}
