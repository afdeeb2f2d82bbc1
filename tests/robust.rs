//! Bad input at scale for the URL: random query strings, and queries built
//! from the parameters the viewer reads with values right and wrong, never
//! panic; what is parsed writes back and parses to the same (the query, and
//! the view read from it), with a notice for every value it ignored. The
//! data files' properties are `src/data/robust.rs`.

use proptest::prelude::*;
use tip_report::core::{Dimension, Lang, Pillar};
use tip_report::presentation::{Query, Selection};

/// How many queries each property reads (`PROPTEST_CASES` overrides it).
fn config(cases: u32) -> ProptestConfig {
    ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(cases),
        // A failure prints its smallest input; nothing is written into the tree.
        failure_persistence: None,
        ..ProptestConfig::default()
    }
}

/// A query string of any characters, weighted to the ones a query is made of.
fn raw_query() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[?=&%+,;#a-zA-Z0-9 ~._-]{0,40}",
        "(%[0-9A-Fa-fz]{0,2}|[=&+]|臺|\u{feff}|[a-z]){0,20}",
    ]
}

/// A value for one of the viewer's parameters: its vocabulary, lists of it
/// in any case and spacing, years Gregorian and ROC, and junk.
fn value() -> impl Strategy<Value = String> {
    let ids: Vec<String> = Pillar::ALL
        .iter()
        .map(|p| p.id().to_string())
        .chain(Dimension::ALL.iter().map(|d| d.id().to_string()))
        .chain(["tiers", "media", "indicator", "timeline"].map(String::from))
        .chain(["all", "ALL", "Prevention", "zh", "en", "fr", "2014", "103", "0999", "0", "99999", "-1", " 2013 "].map(String::from))
        .collect();
    let word = prop_oneof![4 => prop::sample::select(ids), 1 => "\\PC{0,6}"];
    prop::collection::vec(word, 0..5).prop_flat_map(|words| {
        prop::sample::select(vec![",", ", ", " ,", ",,"]).prop_map(move |sep| words.join(sep))
    })
}

fn built_query() -> impl Strategy<Value = Query> {
    let key = prop_oneof![
        8 => prop::sample::select(vec!["pillar", "dimension", "year", "q", "table", "embed", "lang"]).prop_map(String::from),
        1 => "\\PC{0,6}",
    ];
    prop::collection::vec((key, value()), 0..8).prop_map(|pairs| {
        let mut q = Query::default();
        for (k, v) in pairs {
            q.set(&k, Some(&v));
        }
        q
    })
}

proptest! {
    #![proptest_config(config(2000))]

    /// Any string parses; what it parses to writes and parses back to itself.
    #[test]
    fn a_query_string_parses_writes_and_parses_back(s in raw_query()) {
        let q = Query::parse(&s);
        let written = q.to_string();
        prop_assert_eq!(Query::parse(&written), q.clone(), "written as {:?}", written);
        prop_assert_eq!(Query::parse(&format!("?{written}")), q);
    }

    /// Set values come back as they were set, whatever their characters.
    #[test]
    fn a_value_set_is_the_value_read(key in "\\PC{0,8}", v in "\\PC{0,16}") {
        let mut q = Query::default();
        q.set(&key, Some(&v));
        let back = Query::parse(&q.to_string());
        prop_assert_eq!(back.get(&key), Some(v.as_str()));
    }

    /// The view read from any query writes to a query that reads as the
    /// same view, with no notice: what was ignored is not written.
    #[test]
    fn the_view_parses_writes_and_parses_back(q in prop_oneof![built_query(), raw_query().prop_map(|s| Query::parse(&s))]) {
        let (state, notices) = Selection::parse(&q);
        for n in &notices {
            for lang in Lang::ALL {
                prop_assert!(!n.text(lang).trim().is_empty(), "{:?}", n);
            }
        }
        let mut written = q.clone();
        state.write(&mut written);
        let (again, notices_again) = Selection::parse(&Query::parse(&written.to_string()));
        prop_assert_eq!(&again, &state, "written as {}", written);
        let mut clean = Query::default();
        state.write(&mut clean);
        let (from_clean, clean_notices) = Selection::parse(&Query::parse(&clean.to_string()));
        prop_assert_eq!(&from_clean, &state, "written as {}", clean);
        prop_assert!(clean_notices.is_empty(), "{} gives {:?}", clean, clean_notices);
        // The other parameters are kept as they were.
        for (k, _) in [("lang", ()), ("x", ())] {
            prop_assert_eq!(written.get(k), q.get(k));
        }
        let _ = notices_again;
    }
}
