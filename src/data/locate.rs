//! Where in a JSON text serde_json stopped, as the serde path
//! serde_path_to_error would give (`activities[3].counts[0].unit`).
//!
//! The browser reads the data files with plain serde_json: serde_path_to_error
//! tracks the path by wrapping every deserialiser of the model, which is code
//! in the wasm. Shape errors are rare there (the data is the very data the
//! page was prerendered from), so the path of one is found afterwards from
//! the error's line and column, by walking the text. The build keeps
//! serde_path_to_error (`data::deserialize`); the tests below check that the
//! two name the same record, field and value.

/// What the walk has open at a point of the text.
#[derive(Debug, Clone, PartialEq)]
enum Frame {
    /// An object, with the key last read in it.
    Object(Option<String>),
    /// An array, with the index of its current item.
    Array(usize),
}

/// Where serde_json stopped: the path, the string value found there (if
/// one is), and the `id` of the top-level record the path is in.
#[derive(Debug, Clone, PartialEq, Default)]
pub(crate) struct Located {
    pub path: String,
    pub value: Option<String>,
    pub record_id: Option<String>,
}

/// The path at `line` (1-based) and `column` (bytes into that line, as
/// serde_json counts them) of `json`, for an error with serde's `message`.
///
/// serde_json places an error where it was when the error reached one of
/// its own deserialisers: just past a value that did not fit (`"nonsense"`
/// for a pillar), just past an object missing a field; but an error raised
/// by a type's own `Deserialize` after reading its value (a date that is not
/// a calendar date, an untagged enum) only where the enclosing object or
/// array is read on: past the whitespace after the value (and the comma
/// after an array's item), or past the enclosing `}` or `]` when the value
/// was its last. That closing bracket is
/// told apart from the container's own errors (a missing field, a wrong
/// length) by serde's message.
pub(crate) fn locate(json: &str, line: usize, column: usize, message: &str) -> Located {
    let start: usize = json.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum();
    // Back over what serde_json may have read past the value: whitespace,
    // and the comma after an array's item.
    let offset = json.get(..start + column).map_or(start + column, |head| head.trim_end_matches(|c: char| c.is_whitespace() || c == ',').len());
    let container_error = message.starts_with("missing field") || message.starts_with("invalid length");
    let mut at: Vec<Frame> = Vec::new();
    let mut last_value: Option<(usize, String)> = None;
    let mut at_container = false;
    walk(json, |pos, frames, token| {
        match token {
            Token::Value(text) => last_value = Some((pos, text.to_string())),
            Token::Key => last_value = None,
            _ => {}
        }
        if pos < offset {
            return false;
        }
        at = frames.to_vec();
        if let Token::Close(closed) = token {
            at_container = container_error;
            if !container_error {
                at.push(closed.clone());
            }
        }
        true
    });
    // The string value the error is about: the last one read, followed by
    // nothing but whitespace and closing brackets up to where serde_json stopped.
    let value = last_value
        .filter(|_| !at_container)
        .filter(|(end, _)| json.get(*end..offset).is_some_and(|gap| gap.chars().all(|c| c.is_whitespace() || c == '}' || c == ']')))
        .map(|(_, text)| text);
    let mut found = Located { path: path(&at), value, record_id: None };
    // A record of a top-level list is named by its id (`activities[3]`).
    if let [Frame::Object(Some(list)), Frame::Array(index), ..] = at.as_slice() {
        walk(json, |_, frames, token| match (frames, token) {
            ([Frame::Object(Some(l)), Frame::Array(i), Frame::Object(Some(key))], Token::Value(id)) if l == list && i == index && key == "id" => {
                found.record_id = Some(id.to_string());
                true
            }
            _ => false,
        });
    }
    found
}

/// What the walk has just read.
enum Token<'a> {
    /// A string value (not a key), unescaped.
    Value(&'a str),
    /// A key of an object.
    Key,
    /// The end of an object or an array: what was open.
    Close(Frame),
    /// Anything else (a bracket opening, a comma, a colon, a byte of a
    /// number or literal, whitespace).
    Other,
}

/// `activities[3].counts[0].unit`, or `.` at the top (as serde_path_to_error).
fn path(frames: &[Frame]) -> String {
    let mut out = String::new();
    for f in frames {
        match f {
            Frame::Object(Some(key)) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(key);
            }
            Frame::Object(None) => {}
            Frame::Array(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() {
        out.push('.');
    }
    out
}

/// Walks `json` token by token, calling `visit` after each with the byte
/// offset reached, the frames open there and the token. Stops when `visit`
/// returns true or at the end. Tolerant: it never fails, whatever the text.
fn walk(json: &str, mut visit: impl FnMut(usize, &[Frame], Token) -> bool) {
    let b = json.as_bytes();
    let mut frames: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let mut text = None;
        let mut token = Token::Other;
        match b[i] {
            b'{' => frames.push(Frame::Object(None)),
            b'[' => frames.push(Frame::Array(0)),
            b'}' | b']' => {
                if let Some(closed) = frames.pop() {
                    token = Token::Close(closed);
                }
            }
            b',' => {
                if let Some(Frame::Array(n)) = frames.last_mut() {
                    *n += 1;
                }
            }
            b'"' => {
                let mut end = i + 1;
                while end < b.len() && b[end] != b'"' {
                    end += if b[end] == b'\\' { 2 } else { 1 };
                }
                let end = end.min(b.len());
                let quoted = json.get(i..(end + 1).min(b.len())).unwrap_or("");
                let unescaped = serde_json::from_str::<String>(quoted).ok();
                let is_key = matches!(frames.last(), Some(Frame::Object(_)))
                    && b[end..].iter().skip(1).find(|c| !c.is_ascii_whitespace()) == Some(&b':');
                i = end;
                if is_key {
                    if let Some(Frame::Object(key)) = frames.last_mut() {
                        *key = unescaped;
                    }
                    token = Token::Key;
                } else {
                    text = Some(unescaped.unwrap_or_default());
                }
            }
            _ => {}
        }
        if let Some(text) = &text {
            token = Token::Value(text);
        }
        i += 1;
        if visit(i.min(b.len()), &frames, token) {
            return;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_path_the_value_and_the_record() {
        let json = "{\"a\": [{\"x\": 1, \"id\": \"one\"}, {\"x\": \"bad\", \"id\": \"two\"}]}";
        let end_of_bad = json.find("\"bad\"").unwrap() + 5;
        let found = locate(json, 1, end_of_bad, "");
        assert_eq!(found, Located { path: "a[1].x".into(), value: Some("bad".into()), record_id: Some("two".into()) });
        // Just past an object: the path is the object's.
        let end_of_first = json.find('}').unwrap() + 1;
        assert_eq!(locate(json, 1, end_of_first, "missing field `id`").path, "a[0]");
        // ... unless the error is the last value's own.
        assert_eq!(locate(json, 1, end_of_first, "not a date").path, "a[0].id");
        // Lines count from 1, columns in bytes from the line's start.
        let pretty = "{\n  \"a\": [\n    {\"x\": \"日期\"}\n  ]\n}";
        let column = pretty.lines().nth(2).unwrap().find('}').unwrap();
        assert_eq!(locate(pretty, 3, column, ""), Located { path: "a[0].x".into(), value: Some("日期".into()), record_id: None });
        assert_eq!(locate("", 1, 0, "").path, ".");
        // Never fails on text that is not JSON.
        for bad in ["\"", "{\"a\\", "[[[", "}}]", "{\"k\": \"\\u00e9\\\"\"}", "\"\\"] {
            for column in 0..=bad.len() + 1 {
                locate(bad, 1, column, "");
            }
        }
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod agrees_with_the_build {
    use serde_json::{json, Value};

    use crate::data::text::ReportText;
    use crate::data::{deserialize, deserialize_located, LoadError, Report, ShapeError};

    /// The shape error each way: serde_path_to_error (the build) and serde_json with `locate` (the browser).
    fn both<T: serde::de::DeserializeOwned + std::fmt::Debug>(json: &str) -> (Option<ShapeError>, Option<ShapeError>) {
        let mut build = None;
        let mut browser = None;
        let a = deserialize::<T>(json, |e| {
            build = Some(e);
            LoadError::Invalid(Vec::new())
        });
        let b = deserialize_located::<T>(json, |e| {
            browser = Some(e);
            LoadError::Invalid(Vec::new())
        });
        assert!(a.is_err() && b.is_err(), "{json:.80}");
        (build, browser)
    }

    fn check<T: serde::de::DeserializeOwned + std::fmt::Debug>(source: &str, edit: impl Fn(&mut Value)) {
        let mut v: Value = serde_json::from_str(source).unwrap();
        edit(&mut v);
        for json in [v.to_string(), serde_json::to_string_pretty(&v).unwrap()] {
            let (build, browser) = both::<T>(&json);
            assert!(build.is_some(), "not a shape error: {json:.80}");
            assert_eq!(build, browser);
        }
    }

    #[test]
    fn on_the_report() {
        for source in [super::super::fixtures::FICTIONAL.report, super::super::fixtures::BUNDLED.report] {
            on_a_report(source);
        }
    }

    fn on_a_report(source: &str) {
        check::<Report>(source, |v| v["activities"][3]["pillar"] = json!("nonsense"));
        check::<Report>(source, |v| {
            let a = v["activities"].as_array_mut().unwrap().iter_mut().find(|a| a["counts"].as_array().is_some_and(|c| !c.is_empty())).unwrap();
            a["counts"][0].as_object_mut().unwrap().remove("unit");
        });
        check::<Report>(source, |v| v["activities"][1]["end"] = json!("2014-02-30"));
        check::<Report>(source, |v| v["figures"][0]["date"] = json!("May 2014"));
        check::<Report>(source, |v| v["figures"][0]["value"] = json!("x"));
        check::<Report>(source, |v| v["meta"]["year"] = json!("2014"));
        check::<Report>(source, |v| v["activities"][2]["extra"] = json!(1));
        check::<Report>(source, |v| v["activities"][1]["dimensions"] = json!(["nonsense"]));
        check::<Report>(source, |v| v["activities"] = json!({}));
        check::<Report>(source, |v| {
            v.as_object_mut().unwrap().remove("meta");
        });
    }

    #[test]
    fn on_the_text() {
        let source = super::super::fixtures::FICTIONAL.text;
        check::<ReportText>(source, |v| v["sections"][3]["blocks"][0] = json!(5));
        let source = super::super::fixtures::BUNDLED.text;
        check::<ReportText>(source, |v| v["sections"][3]["blocks"][1] = json!(5));
        check::<ReportText>(source, |v| v["sections"][1]["path"] = json!(3));
        check::<ReportText>(source, |v| v["sections"][1]["extra"] = json!(true));
        check::<ReportText>(source, |v| v["schema"] = json!(-1));
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Small {
        items: Vec<Item>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        when: crate::core::date::Date,
        blocks: Option<Vec<crate::data::text::Block>>,
    }

    #[test]
    fn on_errors_raised_after_a_value_is_read() {
        // A date that is not in the calendar, last in its object or not; an
        // untagged enum last in its array or not.
        for json in [
            r#"{"items": [{"id": "a", "when": "2014-01-01"}, {"id": "b", "when": "2014-02-30"}]}"#,
            r#"{"items": [{"id": "a", "when": "2014-02-30" }, {"id": "b", "when": "2014"}]}"#,
            r#"{"items": [{"when": "2014-02-30", "id": "a"}]}"#,
            "{\"items\": [\n  {\"id\": \"a\",\n   \"when\": \"May\"\n  }\n]}",
            r#"{"items": [{"id": "a", "when": "2014", "blocks": [{"zh": "z", "en": "e"}, 5, {"zh": "z", "en": "e"}]}]}"#,
            r#"{"items": [{"id": "a", "when": "2014", "blocks": [{"zh": "z", "en": "e"}, 5 ]}]}"#,
            r#"{"items": [{"id": "a", "when": "2014"}, {"id": "b"}]}"#,
        ] {
            let (build, browser) = both::<Small>(json);
            assert!(build.is_some(), "{json}");
            assert_eq!(build, browser, "{json}");
        }
    }

    #[test]
    fn syntax_errors_name_line_and_column_alike() {
        for json in ["{\"schema\": 1,\n  \"meta\": ", "{\"schema\": 1 \"meta\": {}}", "{\"schema\": 1,}"] {
            let build = deserialize::<Report>(json, |_| unreachable!()).unwrap_err();
            let browser = deserialize_located::<Report>(json, |_| unreachable!()).unwrap_err();
            assert_eq!(build, browser);
            assert!(matches!(browser, LoadError::Syntax { .. }), "{browser:?}");
        }
    }
}
