//! The shipped data file: it loads, validates, and its cross-checks find
//! what the report prints; malformed files are refused with a clear message.

use tip_report::checks::{self, Outcome, Subject};
use tip_report::data::{self, LoadError, Pillar, Problem};
use tip_report::facts;

const SOURCE: &str = include_str!("../public/data/report.json");

fn report() -> data::Report {
    data::load(SOURCE).unwrap_or_else(|e| panic!("shipped data does not load: {e}"))
}

/// The shipped data with one edit applied to its JSON value.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<data::Report, LoadError> {
    let mut v: serde_json::Value = serde_json::from_str(SOURCE).unwrap();
    edit(&mut v);
    data::load(&v.to_string())
}

#[test]
fn shipped_data_loads_and_validates() {
    let r = report();
    assert_eq!(r.meta.year, 2014);
    assert_eq!(r.indicator.years.len(), 4);
    assert_eq!(r.tip_tiers.years.iter().map(|y| y.year).collect::<Vec<_>>(), [2010, 2011, 2012, 2013, 2014]);
    assert!(r.activities.len() >= 30, "only {} activities", r.activities.len());
    // Every pillar has something in it.
    for p in Pillar::ALL {
        assert!(r.activities.iter().any(|a| a.pillar == p), "no activity in {p:?}");
    }
}

#[test]
fn the_2011_actual_is_not_reported_not_zero() {
    let r = report();
    let y2011 = r.indicator.years.iter().find(|y| y.year == 2011).unwrap();
    assert_eq!(y2011.actual.value, None);
    assert_eq!(y2011.actual.printed, "--");
    let y2012 = r.indicator.years.iter().find(|y| y.year == 2012).unwrap();
    assert_eq!(y2012.actual.value, Some(3.55));
}

#[test]
fn agreements_are_the_ten_plus_south_africa() {
    let r = report();
    let counted: Vec<_> = r.agreements.iter().filter(|a| a.counted).collect();
    assert_eq!(counted.len(), 10);
    let sa: Vec<_> = r.agreements.iter().filter(|a| !a.counted).collect();
    assert_eq!(sa.len(), 1);
    assert_eq!(sa[0].date.iso(), "2003");
    assert_eq!(counted.iter().filter(|a| a.date.year == 2014).count(), 5);
}

#[test]
fn cross_checks_find_the_186_187_disagreement() {
    let notes = checks::run(&report());
    let disagreements: Vec<&str> =
        notes.iter().filter(|n| n.outcome == Outcome::Disagreement).map(|n| n.id.as_str()).collect();
    // Exactly these: the tier sum and percentage sum of 2014, and the
    // unexplained 2012 indicator value.
    assert_eq!(disagreements, ["tiers-sum-2014", "tiers-pct-sum-2014", "indicator-actual-2012"]);
    let sum = notes.iter().find(|n| n.id == "tiers-sum-2014").unwrap();
    assert!(sum.text.en.contains("31 + 88 + 44 + 23 = 186"), "{}", sum.text.en);
    assert!(sum.text.en.contains("187"));
    assert!(sum.text.zh.contains("186") && sum.text.zh.contains("187"));
    assert_eq!(sum.subject, Subject::Tiers);
    assert_eq!(sum.sources, ["貳、五、(一)、5"]);
    let pct = notes.iter().find(|n| n.id == "tiers-pct-sum-2014").unwrap();
    assert!(pct.text.en.contains("99.5%"), "{}", pct.text.en);
}

#[test]
fn cross_checks_find_printed_percentages_off_by_rounding() {
    let notes = checks::run(&report());
    let rounding: Vec<&str> = notes.iter().filter(|n| n.outcome == Outcome::Rounding).map(|n| n.id.as_str()).collect();
    assert_eq!(
        rounding,
        [
            "tiers-pct-2010-tier2",
            "tiers-pct-2010-tier2_watch",
            "tiers-pct-2011-tier1",
            "tiers-pct-2011-tier2",
            "tiers-pct-2011-tier2_watch",
            "tiers-pct-2011-tier3",
            "tiers-pct-2012-tier2_watch",
            "tiers-pct-2013-tier2_watch",
        ]
    );
    let n = notes.iter().find(|n| n.id == "tiers-pct-2010-tier2").unwrap();
    assert!(n.text.en.contains("44.9%") && n.text.en.contains("44.8%"), "{}", n.text.en);
}

#[test]
fn cross_checks_confirm_media_agreements_and_visits() {
    let notes = checks::run(&report());
    for id in [
        "media-outlets",
        "media-spots",
        "agreements-total",
        "agreements-2014",
        "agreements-one-year",
        "agreements-2013",
        "visits-incoming",
        "visits-outgoing",
    ] {
        let n = notes.iter().find(|n| n.id == id).unwrap_or_else(|| panic!("no check {id}"));
        assert_eq!(n.outcome, Outcome::Agrees, "{id}: {}", n.text.en);
    }
    let spots = notes.iter().find(|n| n.id == "media-spots").unwrap();
    assert!(spots.text.en.contains("615 + 9,430 = 10,045"), "{}", spots.text.en);
}

#[test]
fn a_changed_total_is_found_not_fixed() {
    let r = edited(|v| v["figures"].as_array_mut().unwrap().iter_mut().for_each(|f| {
        if f["id"] == "media-spots-total" {
            f["value"] = serde_json::json!(10000);
        }
    }))
    .unwrap();
    let notes = checks::run(&r);
    let spots = notes.iter().find(|n| n.id == "media-spots").unwrap();
    assert_eq!(spots.outcome, Outcome::Disagreement);
    assert!(spots.text.en.contains("= 10,045, but the printed total is 10,000"), "{}", spots.text.en);
}

#[test]
fn a_syntax_error_names_line_and_column() {
    let err = data::load("{\"schema\": 1,\n  \"meta\": ").unwrap_err();
    match err {
        LoadError::Syntax { line, .. } => assert_eq!(line, 2),
        other => panic!("expected a syntax error, got {other:?}"),
    }
}

#[test]
fn an_unknown_pillar_names_the_record_and_field() {
    let err = edited(|v| v["activities"][3]["pillar"] = serde_json::json!("nonsense")).unwrap_err();
    let id = serde_json::from_str::<serde_json::Value>(SOURCE).unwrap()["activities"][3]["id"].as_str().unwrap().to_string();
    match &err {
        LoadError::Shape { record, field, message } => {
            assert_eq!(record, &format!("activities[3] ({id})"));
            assert_eq!(field, "pillar");
            assert!(message.contains("nonsense"), "{message}");
        }
        other => panic!("expected a shape error, got {other:?}"),
    }
    assert!(err.to_string().contains(&id));
}

#[test]
fn a_missing_unit_is_refused() {
    let err = edited(|v| {
        let a = v["activities"].as_array_mut().unwrap().iter_mut().find(|a| !a["counts"].as_array().map_or(true, |c| c.is_empty())).unwrap();
        a["counts"][0].as_object_mut().unwrap().remove("unit");
    })
    .unwrap_err();
    assert!(matches!(&err, LoadError::Shape { field, .. } if field.starts_with("counts[0]")), "{err:?}");
}

#[test]
fn a_date_that_is_not_in_the_calendar_is_refused_by_record_and_field() {
    let err = edited(|v| v["activities"][1]["end"] = serde_json::json!("2014-02-30")).unwrap_err();
    let LoadError::Invalid(errors) = err else { panic!("expected a validation error, got {err:?}") };
    assert_eq!(errors.len(), 1);
    assert_eq!(errors[0].field, "end");
    assert!(errors[0].record.starts_with("activities[1] ("), "{}", errors[0].record);
    assert_eq!(errors[0].problem, Problem::BadDate("2014-02-30".into()));
    let err = edited(|v| v["figures"][0]["date"] = serde_json::json!("May 2014")).unwrap_err();
    assert!(matches!(&err, LoadError::Invalid(e) if e[0].field == "date" && e[0].problem == Problem::BadDate("May 2014".into())), "{err:?}");
}

#[test]
fn validation_names_each_bad_field() {
    let err = edited(|v| {
        v["activities"][0]["title"]["en"] = serde_json::json!("");
        v["activities"][2]["id"] = v["activities"][1]["id"].clone();
        v["agreements"][0]["source"] = serde_json::json!(" ");
        v["activities"][4]["end"] = serde_json::json!("2014-01-01");
    })
    .unwrap_err();
    let LoadError::Invalid(errors) = err else { panic!("expected validation errors") };
    let found: Vec<(String, Problem)> = errors.iter().map(|e| (e.field.clone(), e.problem.clone())).collect();
    assert!(found.contains(&("title.en".into(), Problem::MissingLanguage("en"))), "{found:?}");
    assert!(found.iter().any(|(f, p)| f == "id" && matches!(p, Problem::DuplicateId(_))), "{found:?}");
    assert!(found.contains(&("source".into(), Problem::Empty)), "{found:?}");
    assert!(found.contains(&("end".into(), Problem::EndBeforeStart)), "{found:?}");
    let title = errors.iter().find(|e| e.field == "title.en").unwrap();
    assert!(title.record.starts_with("activities[0] ("), "{}", title.record);
    assert!(title.to_string().contains("title.en: the English text is missing"), "{title}");
}

#[test]
fn every_record_has_a_source_section_in_the_reports_numbering() {
    let r = report();
    let mut sources: Vec<&str> = vec![&r.indicator.source, &r.tip_tiers.source, &r.tip_tiers.published.source];
    sources.extend(r.tip_tiers.years.iter().map(|y| y.source.as_str()));
    sources.extend(r.agreements.iter().map(|a| a.source.as_str()));
    sources.extend(r.activities.iter().map(|a| a.source.as_str()));
    sources.extend(r.figures.iter().map(|f| f.source.as_str()));
    for s in sources {
        assert!(s.starts_with('壹') || s.starts_with('貳'), "source {s:?} is not a report section");
        assert!(!s.contains('（'), "source {s:?} should use ASCII parentheses");
    }
}

// --- The open-data table -------------------------------------------------

/// Splits one CSV line (RFC 4180 quoting).
fn split_csv(line: &str) -> Vec<String> {
    let mut cells = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cells.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => cells.push(String::new()),
            (c, _) => cells.last_mut().unwrap().push(c),
        }
    }
    cells
}

#[test]
fn facts_csv_has_the_required_columns_and_one_figure_a_row() {
    let r = report();
    let csv = facts::to_csv(&facts::facts(&r));
    let mut lines = csv.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("dataset,pillar,year,label_zh,label_en,value,unit,source"), "{header}");
    let rows: Vec<Vec<String>> = lines.map(split_csv).collect();
    for row in &rows {
        assert_eq!(row.len(), facts::HEADER.len(), "{row:?}");
        assert!(!row[3].is_empty() && !row[4].is_empty(), "labels missing: {row:?}");
        assert!(!row[6].is_empty() && !row[7].is_empty(), "unit or source missing: {row:?}");
        assert!(row[5].is_empty() || row[5].parse::<f64>().is_ok(), "value not plain: {row:?}");
        assert!(!row[5].contains(','));
        let year: i32 = row[2].parse().unwrap();
        assert!((2003..=2015).contains(&year), "{row:?}");
    }
    let find = |dataset: &str, record: &str| {
        rows.iter().find(|r| r[0] == dataset && r[9] == record).unwrap_or_else(|| panic!("no row {dataset}/{record}"))
    };
    let radio = find("media", "media-radio-spots");
    assert_eq!((radio[1].as_str(), radio[2].as_str(), radio[5].as_str(), radio[6].as_str()), ("prevention", "2014", "9430", "spots"));
    assert_eq!(radio[7], "貳、三、(一)、3");
    let total = find("tip_tiers", "tip-2014-total");
    assert_eq!(total[5], "187");
    let not_reported = find("indicator", "strengthen-anti-trafficking-2011-actual");
    assert_eq!(not_reported[5], "", "the 2011 actual must stay empty, not 0");
    assert!(not_reported[4].contains("not reported"));
    assert_eq!(rows.iter().filter(|r| r[0] == "agreements" && r[6] == "agreements").count(), r.agreements.len());
}

#[test]
fn every_number_in_the_data_is_in_the_csv() {
    let r = report();
    let rows = facts::facts(&r);
    let has = |v: f64, source: &str| rows.iter().any(|f| f.value == Some(v) && f.source == source);
    for f in &r.figures {
        assert!(has(f.value, &f.source), "figure {} missing", f.id);
    }
    for a in &r.activities {
        for c in &a.counts {
            assert!(has(c.value, &a.source), "{}: {} {:?} missing", a.id, c.value, c.unit);
        }
    }
    for y in &r.tip_tiers.years {
        assert!(has(y.total as f64, &y.source));
        for c in &y.tiers {
            assert!(has(c.count as f64, &y.source));
            assert!(has(c.pct.value.unwrap(), &y.source));
        }
    }
    for y in &r.indicator.years {
        for v in [&y.target, &y.actual, &y.achievement_pct] {
            if let Some(v) = v.value {
                assert!(has(v, &r.indicator.source));
            }
        }
    }
}
