//! The report as data: the serde model, date handling, and loading with
//! validation. `load` is the one way in for both the app and the exporter.

pub mod changes;
#[cfg(not(target_arch = "wasm32"))]
pub mod import;
mod locate;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod text;
pub mod validate;
pub mod viewer;
#[cfg(test)]
mod robust;
#[cfg(test)]
pub(crate) mod fixtures;

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

/// A short, stable digest of a data file (FNV-1a, 64 bits): what a
/// prerendered page records it was rendered from (`data-build` for
/// report.json, `data-text-build` for text.json), so the browser uses only the
/// very same data with it.
pub fn fingerprint(json: &str) -> String {
    crate::core::digest::fnv1a(json.bytes())
}

/// The fingerprint of a report with its viewer file (`report.json` then
/// `viewer.json`): what a page's `data-build` records.
pub fn fingerprint_of(report: &str, viewer: &str) -> String {
    crate::core::digest::fnv1a(report.bytes().chain(viewer.bytes()))
}

/// Where a data file does not fit the model: serde's path to the field
/// (`activities[3].counts[0].unit`), serde's message, the string found
/// there if it is one, and the `id` of the top-level record the path is in.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct ShapeError {
    pub path: String,
    pub message: String,
    pub value: Option<String>,
    pub record_id: Option<String>,
}

/// Reads a data file as JSON, naming the line and column where it is not.
#[cfg(not(target_arch = "wasm32"))]
fn parse_json(json: &str) -> Result<serde_json::Value, LoadError> {
    serde_json::from_str(json).map_err(|e| LoadError::Syntax { line: e.line(), column: e.column(), message: e.to_string() })
}

/// Reads a data file into the model; `shape` says what a file that is JSON
/// but does not fit the model is. The build reads it through
/// serde_path_to_error, which tracks the path to the failing field.
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn deserialize<T: serde::de::DeserializeOwned>(
    json: &str,
    shape: impl FnOnce(ShapeError) -> LoadError,
) -> Result<T, LoadError> {
    let value = parse_json(json)?;
    serde_path_to_error::deserialize(&value).map_err(|e| {
        let path = e.path().to_string();
        let record_id = match path.split('.').next().and_then(|head| head.split_once('[')) {
            Some((list, index)) => index
                .trim_end_matches(']')
                .parse::<usize>()
                .ok()
                .and_then(|i| value.get(list)?.get(i)?.get("id")?.as_str().map(str::to_string)),
            None => None,
        };
        let found = value_at(&value, &path).and_then(|v| v.as_str()).map(str::to_string);
        shape(ShapeError { path, message: e.inner().to_string(), value: found, record_id })
    })
}

/// In the browser, plain serde_json: the data is the very data the page was
/// prerendered from, and serde_path_to_error wraps every deserialiser of the
/// model (leaving it out of the wasm saved 16 KB, 10 KB gzip). The path of a
/// shape error is found afterwards from serde_json's line and column
/// (`locate`), as the build would name it (a test checks that they agree).
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
pub(crate) fn deserialize_located<T: serde::de::DeserializeOwned>(
    json: &str,
    shape: impl FnOnce(ShapeError) -> LoadError,
) -> Result<T, LoadError> {
    serde_json::from_str(json).map_err(|e| {
        let (line, column) = (e.line(), e.column());
        if e.classify() != serde_json::error::Category::Data {
            return LoadError::Syntax { line, column, message: e.to_string() };
        }
        let full = e.to_string();
        let message = full.strip_suffix(&format!(" at line {line} column {column}")).unwrap_or(&full).to_string();
        let found = locate::locate(json, line, column, &message);
        shape(ShapeError { path: found.path, message, value: found.value, record_id: found.record_id })
    })
}

#[cfg(target_arch = "wasm32")]
pub(crate) use deserialize_located as deserialize;

/// Parses and validates a data file.
pub fn load(json: &str) -> Result<Report, LoadError> {
    let report: Report = deserialize(json, |e| {
        let (record, field) = split_path(&e.path, e.record_id.as_deref());
        // A date that is not a calendar date is a validation error, told in
        // both languages like the others.
        if let Some(bad) = e.value.filter(|s| crate::core::Date::parse(s).is_err()) {
            if e.message == crate::core::DateError(bad.clone()).to_string() {
                return LoadError::Invalid(vec![ValidationError { record, field, problem: Problem::BadDate(bad) }]);
            }
        }
        LoadError::Shape { record, field, message: e.message }
    })?;
    let errors = validate::validate(&report);
    if errors.is_empty() {
        Ok(report)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// Parses a data file the build has validated, without validating it
/// again: for the browser, once the file's fingerprint matched the page
/// prerendered (and so validated) from it. Anything else goes through
/// `load`, which names what is wrong.
pub fn load_built(json: &str) -> Result<Report, LoadError> {
    deserialize(json, |e| LoadError::Shape { record: e.path, field: String::new(), message: e.message })
}

/// The JSON value at a serde path such as `activities[3].end`.
#[cfg(not(target_arch = "wasm32"))]
fn value_at<'a>(root: &'a serde_json::Value, path: &str) -> Option<&'a serde_json::Value> {
    path.split('.').try_fold(root, |v, part| match part.split_once('[') {
        Some((name, index)) => v.get(name)?.get(index.trim_end_matches(']').parse::<usize>().ok()?),
        None => v.get(part),
    })
}

/// Splits a serde path such as `activities[3].counts[0].unit` into the
/// record (`activities[3] (its-id)`, given the record's `id`) and the field
/// (`counts[0].unit`).
pub(crate) fn split_path(path: &str, id: Option<&str>) -> (String, String) {
    let (head, rest) = match path.find('.') {
        Some(dot) => (&path[..dot], &path[dot + 1..]),
        None => (path, ""),
    };
    // Records in a list: name them by their id where they have one.
    if head.contains('[') {
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
