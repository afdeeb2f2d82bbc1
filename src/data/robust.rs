//! Bad input at scale: the two data files, mutated at random, through
//! every way the viewer reads them (the build's `load`, the browser's
//! `deserialize_located`, the validated `load_built`): each gives a
//! `Report` or an error with a message, in both languages for a
//! validation error, and never panics. The mutations are of the text
//! (cut, deleted, inserted, replaced characters) and of the JSON (a value
//! replaced with another of any type, a field removed or added).

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::Value;

use super::{deserialize_located, load, load_built, text, LoadError, Report};
use crate::core::Lang;

const REPORT: &str = super::fixtures::BUNDLED.report;
const TEXT: &str = super::fixtures::BUNDLED.text;

/// How many files each property reads (`PROPTEST_CASES` overrides it).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(cases),
        // A failure prints its smallest input; nothing is written into the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// An edit of the text at a position (a fraction of the length, in 1/65536).
#[derive(Debug, Clone)]
enum TextEdit {
    Cut(u16),
    Delete(u16, u8),
    Insert(u16, String),
    Replace(u16, u8, String),
}

fn text_edit() -> impl Strategy<Value = TextEdit> {
    let piece = prop_oneof![
        "[{}\\[\\],:\"\\\\0-9.eE+-]{1,6}",
        Just("null".to_string()),
        Just("\"2014-02-30\"".to_string()),
        Just("\u{feff}".to_string()),
        "\\PC{1,4}",
    ];
    prop_oneof![
        any::<u16>().prop_map(TextEdit::Cut),
        (any::<u16>(), any::<u8>()).prop_map(|(a, n)| TextEdit::Delete(a, n)),
        (any::<u16>(), piece.clone()).prop_map(|(a, s)| TextEdit::Insert(a, s)),
        (any::<u16>(), any::<u8>(), piece).prop_map(|(a, n, s)| TextEdit::Replace(a, n, s)),
    ]
}

/// The character boundary nearest below `at` (a fraction of `s`'s length).
fn boundary(s: &str, at: u16) -> usize {
    let mut i = s.len() * at as usize / 65536;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply_text(s: &str, edits: &[TextEdit]) -> String {
    let mut s = s.to_string();
    for e in edits {
        match e {
            TextEdit::Cut(at) => s.truncate(boundary(&s, *at)),
            TextEdit::Delete(at, n) | TextEdit::Replace(at, n, _) => {
                let start = boundary(&s, *at);
                let mut end = (start + *n as usize).min(s.len());
                while !s.is_char_boundary(end) {
                    end += 1;
                }
                let with = if let TextEdit::Replace(_, _, w) = e { w.as_str() } else { "" };
                s.replace_range(start..end, with);
            }
            TextEdit::Insert(at, piece) => {
                let i = boundary(&s, *at);
                s.insert_str(i, piece);
            }
        }
    }
    s
}

/// An edit of the JSON: the `n`-th value of the file (in document order,
/// modulo their number) replaced, removed from its object or list, or
/// given an unknown field.
#[derive(Debug, Clone)]
enum JsonEdit {
    Set(usize, Value),
    Remove(usize),
    AddField(usize),
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(serde_json::json!(-1)),
        Just(serde_json::json!(1e300)),
        Just(serde_json::json!(4294967296u64)),
        "\\PC{0,12}".prop_map(Value::String),
        prop_oneof![Just("2014-13"), Just("2014-02-29"), Just("1900"), Just("prevention"), Just("tier1"), Just("x#1"), Just("")]
            .prop_map(|s| Value::String(s.to_string())),
    ];
    leaf.prop_recursive(2, 8, 3, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..3).prop_map(Value::Array),
            prop::collection::vec(("[a-z_]{1,8}", inner), 0..3).prop_map(|kv| Value::Object(kv.into_iter().collect())),
        ]
    })
}

fn json_edit() -> impl Strategy<Value = JsonEdit> {
    prop_oneof![
        3 => (any::<usize>(), json_value()).prop_map(|(n, v)| JsonEdit::Set(n, v)),
        2 => any::<usize>().prop_map(JsonEdit::Remove),
        1 => any::<usize>().prop_map(JsonEdit::AddField),
    ]
}

/// The JSON pointers of every value below the root, in document order.
fn pointers(v: &Value, at: String, out: &mut Vec<String>) {
    let children: Vec<(String, &Value)> = match v {
        Value::Object(m) => m.iter().map(|(k, c)| (k.replace('~', "~0").replace('/', "~1"), c)).collect(),
        Value::Array(a) => a.iter().enumerate().map(|(i, c)| (i.to_string(), c)).collect(),
        _ => Vec::new(),
    };
    for (key, child) in children {
        let p = format!("{at}/{key}");
        out.push(p.clone());
        pointers(child, p, out);
    }
}

/// A data file as JSON, with the pointers of its values: read once for
/// every case (the pointers of a file an edit changed may no longer lead
/// anywhere: such an edit is skipped).
fn parsed(json: &'static str) -> &'static (Value, Vec<String>) {
    static REPORT_JSON: std::sync::OnceLock<(Value, Vec<String>)> = std::sync::OnceLock::new();
    static TEXT_JSON: std::sync::OnceLock<(Value, Vec<String>)> = std::sync::OnceLock::new();
    let cell = if std::ptr::eq(json, REPORT) { &REPORT_JSON } else { &TEXT_JSON };
    cell.get_or_init(|| {
        let root: Value = serde_json::from_str(json).unwrap();
        let mut all = Vec::new();
        pointers(&root, String::new(), &mut all);
        (root, all)
    })
}

fn apply_json(json: &'static str, edits: &[JsonEdit]) -> String {
    let (root, all) = parsed(json);
    let mut root = root.clone();
    for e in edits {
        let (JsonEdit::Set(n, _) | JsonEdit::Remove(n) | JsonEdit::AddField(n)) = e;
        let p = &all[n % all.len()];
        match e {
            JsonEdit::Set(_, v) => {
                if let Some(at) = root.pointer_mut(p) {
                    *at = v.clone();
                }
            }
            JsonEdit::AddField(_) => {
                if let Some(Value::Object(m)) = root.pointer_mut(p) {
                    m.insert("unknown_field".into(), Value::Null);
                }
            }
            JsonEdit::Remove(_) => {
                let (parent, last) = p.rsplit_once('/').unwrap();
                match root.pointer_mut(parent) {
                    Some(Value::Object(m)) => {
                        m.remove(&last.replace("~1", "/").replace("~0", "~"));
                    }
                    // An earlier edit may have made an object an array.
                    Some(Value::Array(a)) => {
                        if let Some(i) = last.parse::<usize>().ok().filter(|i| *i < a.len()) {
                            a.remove(i);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
    serde_json::to_string_pretty(&root).unwrap()
}

/// An error the page can show: a message, and for a validation error at
/// least one problem, told in both languages.
fn told<T>(result: Result<T, LoadError>) -> Result<(), TestCaseError> {
    if let Err(e) = result {
        prop_assert!(!e.to_string().trim().is_empty(), "an error without a message: {e:?}");
        if let LoadError::Invalid(errors) = &e {
            prop_assert!(!errors.is_empty(), "invalid, but no problem named");
            for err in errors {
                for lang in Lang::ALL {
                    prop_assert!(!err.describe(lang).trim().is_empty(), "{err:?} has no text in {lang:?}");
                }
            }
        }
    }
    Ok(())
}

/// Every way in, for a mutated report.json.
fn read_report(json: &str) -> Result<(), TestCaseError> {
    told(load(json))?;
    told(load_built(json))?;
    told(deserialize_located::<Report>(json, |e| LoadError::Shape { record: e.path, field: String::new(), message: e.message }))
}

fn read_text(json: &str) -> Result<(), TestCaseError> {
    told(text::load(json))?;
    told(text::load_built(json))?;
    told(deserialize_located::<text::ReportText>(json, |e| LoadError::Shape { record: e.path, field: String::new(), message: e.message }))
}

proptest! {
    #![proptest_config(config(300))]

    /// Both files, each with the same edits of its text.
    #[test]
    fn a_file_with_its_text_mangled_gives_data_or_a_message(edits in prop::collection::vec(text_edit(), 1..4)) {
        read_report(&apply_text(REPORT, &edits))?;
        read_text(&apply_text(TEXT, &edits))?;
    }

    /// Both files, each with the same edits of its JSON (the n-th value of each).
    #[test]
    fn a_file_with_its_json_mutated_gives_data_or_a_message(edits in prop::collection::vec(json_edit(), 1..4)) {
        read_report(&apply_json(REPORT, &edits))?;
        read_text(&apply_json(TEXT, &edits))?;
    }

    /// Any string at all, JSON or not.
    #[test]
    fn any_string_gives_a_message(s in "\\PC{0,64}") {
        read_report(&s)?;
        read_text(&s)?;
    }
}

/// The mutations do reach the loader: most mutated files are refused,
/// and an edit that changes nothing (a value set to itself) is read.
#[test]
fn the_mutations_are_refused_mostly_and_an_unchanged_file_is_read() {
    let mut runner = proptest::test_runner::TestRunner::deterministic();
    let mut refused = 0;
    for _ in 0..50 {
        let edits = prop::collection::vec(json_edit(), 1..4).new_tree(&mut runner).unwrap().current();
        refused += load(&apply_json(REPORT, &edits)).is_err() as usize;
    }
    assert!(refused > 10, "only {refused} of 50 mutated files refused");
    assert!(load(&apply_json(REPORT, &[])).is_ok());
    assert!(load(&apply_text(REPORT, &[TextEdit::Insert(0, " ".into())])).is_ok());
    assert!(load(&apply_text(REPORT, &[TextEdit::Cut(30000)])).is_err());
}
