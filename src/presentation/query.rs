//! A URL query string as an ordered list of key/value pairs, with
//! percent-encoding. Keys we don't know are kept, so links stay intact.

use crate::core::Lang;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Parses `?a=1&b=x%20y` (the leading `?` is optional).
    pub fn parse(search: &str) -> Query {
        let s = search.strip_prefix('?').unwrap_or(search);
        let pairs = s
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|p| {
                let (k, v) = p.split_once('=').unwrap_or((p, ""));
                (decode(k), decode(v))
            })
            .collect();
        Query { pairs }
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs.iter().find(|(k, _)| k == key).map(|(_, v)| v.as_str())
    }

    /// Sets `key` (replacing every earlier value) or removes it.
    pub fn set(&mut self, key: &str, value: Option<&str>) {
        let pos = self.pairs.iter().position(|(k, _)| k == key);
        self.pairs.retain(|(k, _)| k != key);
        if let Some(v) = value {
            let at = pos.unwrap_or(self.pairs.len()).min(self.pairs.len());
            self.pairs.insert(at, (key.to_string(), v.to_string()));
        }
    }

    /// `Some(lang)` for a known `lang=`, `None` when absent or unknown.
    pub fn lang(&self) -> Option<Lang> {
        self.get("lang").and_then(Lang::from_id)
    }
}

impl std::fmt::Display for Query {
    /// Serialises without the leading `?`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let parts: Vec<String> = self.pairs.iter().map(|(k, v)| format!("{}={}", encode(k), encode(v))).collect();
        write!(f, "{}", parts.join("&"))
    }
}

fn encode(s: &str) -> String {
    let mut out = String::new();
    for b in s.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' | b',' => out.push(b as char),
            _ => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

fn decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => match std::str::from_utf8(&bytes[i + 1..i + 3])
                .ok()
                .and_then(|h| u8::from_str_radix(h, 16).ok())
            {
                Some(v) => {
                    out.push(v);
                    i += 2;
                }
                None => out.push(b'%'),
            },
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_serialises_round_trip() {
        let q = Query::parse("?pillar=prevention,partnership&year=2014&lang=en");
        assert_eq!(q.get("pillar"), Some("prevention,partnership"));
        assert_eq!(q.get("year"), Some("2014"));
        assert_eq!(q.lang(), Some(Lang::En));
        assert_eq!(q.to_string(), "pillar=prevention,partnership&year=2014&lang=en");
    }

    #[test]
    fn decodes_percent_and_plus_and_encodes_back() {
        let q = Query::parse("q=%E8%87%BA%E5%8C%97+101&x=%zz&y=%");
        assert_eq!(q.get("q"), Some("臺北 101"));
        assert_eq!(q.get("x"), Some("%zz"));
        assert_eq!(q.get("y"), Some("%"));
        let mut q2 = Query::default();
        q2.set("q", Some("臺北 101"));
        assert_eq!(q2.to_string(), "q=%E8%87%BA%E5%8C%97%20101");
        assert_eq!(Query::parse(&q2.to_string()), q2);
    }

    #[test]
    fn set_replaces_in_place_and_removes() {
        let mut q = Query::parse("a=1&lang=en&b=2&lang=zh");
        q.set("lang", Some("zh"));
        assert_eq!(q.to_string(), "a=1&lang=zh&b=2");
        q.set("lang", None);
        assert_eq!(q.to_string(), "a=1&b=2");
        q.set("c", Some("3"));
        assert_eq!(q.to_string(), "a=1&b=2&c=3");
    }

    #[test]
    fn unknown_lang_is_none() {
        assert_eq!(Query::parse("lang=fr").lang(), None);
        assert_eq!(Query::parse("").lang(), None);
    }
}
