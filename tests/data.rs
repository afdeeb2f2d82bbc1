//! The shipped data file: it loads, validates, and its cross-checks find
//! what the report prints; malformed files are refused with a clear message.

use tip_report::core::Pillar;
use tip_report::data::{self, LoadError, Problem};
use tip_report::dataset::checks::{self, Outcome, Subject};
use tip_report::dataset::facts;

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
    assert_eq!(r.indicator.as_ref().unwrap().years.len(), 4);
    assert_eq!(r.tier_years().iter().map(|y| y.year).collect::<Vec<_>>(), [2010, 2011, 2012, 2013, 2014]);
    assert!(r.activities.len() >= 30, "only {} activities", r.activities.len());
    // Every pillar has something in it.
    for p in Pillar::ALL {
        assert!(r.activities.iter().any(|a| a.pillar == p), "no activity in {p:?}");
    }
}

#[test]
fn the_2011_actual_is_not_reported_not_zero() {
    let r = report();
    let y2011 = r.indicator.as_ref().unwrap().years.iter().find(|y| y.year == 2011).unwrap();
    assert_eq!(y2011.actual.value, None);
    assert_eq!(y2011.actual.printed, "--");
    let y2012 = r.indicator.as_ref().unwrap().years.iter().find(|y| y.year == 2012).unwrap();
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
    // Exactly these: the tier sum and percentage sum of 2014; the indicator's
    // targets of 2, its missing 2011 actual and unexplained 2012 value;
    // Japan's MOU counted as an anti-trafficking one; a visit counted as a
    // signatory's before the country signed; the workshop's two topic lists.
    assert_eq!(
        disagreements,
        [
            "tiers-sum-2014",
            "tiers-pct-sum-2014",
            "indicator-target-2011",
            "indicator-unreported-2011",
            "indicator-target-2012",
            "indicator-achievement-2012",
            "indicator-known-2011",
            "indicator-actual-2012",
            "agreement-counted-as-mou-japan-2014",
            "visit-not-counted-us-tip-office-visit-taipei-detention-centre",
            "visit-before-signing-taiwan-japan-4th-immigration-meeting",
            "mou-talks-visit-south-africa-2014-07-29",
            "topics-international-workshop-2014",
        ]
    );
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
            "tiers-pct-total-2010",
            "tiers-pct-2010-tier2",
            "tiers-pct-2010-tier2_watch",
            "tiers-pct-total-2011",
            "tiers-pct-2011-tier1",
            "tiers-pct-2011-tier2",
            "tiers-pct-2011-tier2_watch",
            "tiers-pct-2011-tier3",
            "tiers-pct-total-2012",
            "tiers-pct-2012-tier2_watch",
            "tiers-pct-total-2013",
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
    // Each is a comparison: its printed figure one off, it disagrees.
    for (id, figure) in [
        ("media-outlets", "media-outlets-total"),
        ("media-spots", "media-spots-total"),
        ("agreements-total", "agreements-total-countries"),
        ("agreements-2014", "agreements-2014-countries"),
        ("agreements-one-year", "agreements-one-year-countries"),
        ("agreements-2013", "agreements-2013-countries"),
        ("visits-incoming", "visits-incoming-signatories"),
        ("visits-outgoing", "visits-outgoing"),
    ] {
        let r = edited(|v| {
            let f = record_mut(v, "figures", figure);
            f["value"] = serde_json::json!(f["value"].as_f64().unwrap() + 1.0);
        })
        .unwrap();
        let n = checks::run(&r).into_iter().find(|n| n.id == id).unwrap_or_else(|| panic!("no check {id}"));
        assert_eq!(n.outcome, Outcome::Disagreement, "{id} agrees with {figure} one off: {}", n.text.en);
    }
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
fn a_file_the_build_validated_is_read_alike_without_validating_it_again() {
    // The browser's reading once the fingerprint matched (ui::load).
    assert_eq!(data::load_built(SOURCE).unwrap(), report());
    let mut v: serde_json::Value = serde_json::from_str(SOURCE).unwrap();
    v["activities"][0]["title"]["en"] = serde_json::json!("");
    assert!(data::load(&v.to_string()).is_err());
    assert!(data::load_built(&v.to_string()).is_ok(), "validated twice");
    // What does not fit the model is still refused.
    v["activities"][0]["pillar"] = serde_json::json!("nonsense");
    assert!(matches!(data::load_built(&v.to_string()), Err(LoadError::Shape { .. })));
    let text = include_str!("../public/data/text.json");
    assert_eq!(data::text::load_built(text).unwrap(), data::text::load(text).unwrap());
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
        // The indicator's target and actual are printed without a unit.
        let unitless = row[0] == "indicator" && (row[9].ends_with("-target") || row[9].ends_with("-actual"));
        assert_eq!(row[6].is_empty(), unitless, "unit: {row:?}");
        assert!(!row[7].is_empty(), "source missing: {row:?}");
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
    assert_eq!(find("indicator", "strengthen-anti-trafficking-2012-target")[6], "", "the report prints no unit for the target");
    assert_eq!(find("indicator", "strengthen-anti-trafficking-2012-achievement")[6], "percent");
    assert_eq!(find("tip_tiers", "tip-2014-taiwan")[6], "rank");
    // A count printed in another section than its activity's carries that section.
    let speakers = find("activities", "international-workshop-2014#3");
    assert_eq!((speakers[5].as_str(), speakers[6].as_str(), speakers[7].as_str()), ("7", "speakers", "貳、五、(二)、3、(5)、D"));
    let workshop = find("activities", "international-workshop-2014#1");
    assert_eq!(workshop[7], "貳、三、(三)、2");
    assert_eq!(find("training", "training-basic-general-education")[6], "rounds");
    assert_eq!(find("activities", "cross-ministry-general-education-2014#0")[6], "times");
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
            let source = c.source.as_deref().unwrap_or(&a.source);
            assert!(has(c.value, source), "{}: {} {:?} missing", a.id, c.value, c.unit);
        }
    }
    for y in r.tier_years() {
        assert!(has(y.total as f64, &y.source));
        for c in &y.tiers {
            assert!(has(c.count as f64, &y.source));
            assert!(has(c.pct.value.unwrap(), &y.source));
        }
    }
    let indicator = r.indicator.as_ref().unwrap();
    for y in &indicator.years {
        for v in [&y.target, &y.actual, &y.achievement_pct] {
            if let Some(v) = v.value {
                assert!(has(v, &indicator.source));
            }
        }
    }
}

// --- Findings of the cross-checks, one test each ------------------------
// Each test fails if its check is removed, and again when the data it reads
// changes (the finding follows the data, not a hard-coded answer).

fn note<'a>(notes: &'a [checks::Note], id: &str) -> Option<&'a checks::Note> {
    notes.iter().find(|n| n.id == id)
}

/// Whether the checks of `r` give any note whose id starts with `prefix`.
fn any_note(r: &data::Report, prefix: &str) -> bool {
    checks::run(r).iter().any(|n| n.id.starts_with(prefix))
}

fn activity_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["activities"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == id).unwrap()
}

fn record_mut<'a>(v: &'a mut serde_json::Value, list: &str, id: &str) -> &'a mut serde_json::Value {
    v[list].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == id).unwrap()
}

#[test]
fn the_2011_actual_is_not_printed_yet_achieved_and_starred() {
    let notes = checks::run(&report());
    let n = note(&notes, "indicator-unreported-2011").expect("no note on the 2011 actual");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Indicator, Some(2011)));
    assert!(n.text.en.contains("printed \"--\"") && n.text.en.contains("100%") && n.text.en.contains("★"), "{}", n.text.en);
    assert!(n.text.zh.contains("「--」") && n.text.zh.contains("100％"), "{}", n.text.zh);
    assert_eq!(notes.iter().filter(|n| n.id.starts_with("indicator-unreported-")).count(), 1, "only 2011 lacks an actual");
    // With an actual value printed, there is nothing to say.
    let r = edited(|v| v["indicator"]["years"][0]["actual"] = serde_json::json!({"value": 1, "printed": "1"})).unwrap();
    assert!(note(&checks::run(&r), "indicator-unreported-2011").is_none());
}

#[test]
fn targets_of_2_are_not_the_tier_1_the_measure_asks_for() {
    let notes = checks::run(&report());
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("indicator-target-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["indicator-target-2011", "indicator-target-2012"]);
    let n = note(&notes, "indicator-target-2012").unwrap();
    assert_eq!((n.outcome, n.subject), (Outcome::Disagreement, Subject::Indicator));
    assert!(n.text.en.contains("printed as 2") && n.text.en.contains("Tier 1 rating"), "{}", n.text.en);
    assert!(n.text.zh.contains("第一級"), "{}", n.text.zh);
    // The measure's tier comes from the data: were it Tier 2, the 2013–2014 targets of 1 would be the odd ones.
    let r = edited(|v| v["indicator"]["target_tier"] = serde_json::json!("tier2")).unwrap();
    let notes = checks::run(&r);
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("indicator-target-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["indicator-target-2013", "indicator-target-2014"]);
}

#[test]
fn printed_tier_percentages_total_100_though_some_differ_from_the_counts() {
    let notes = checks::run(&report());
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("tiers-pct-total-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["tiers-pct-total-2010", "tiers-pct-total-2011", "tiers-pct-total-2012", "tiers-pct-total-2013"]);
    for id in &ids {
        let n = note(&notes, id).unwrap();
        assert_eq!((n.outcome, n.subject), (Outcome::Rounding, Subject::Tiers));
        assert!(n.text.en.contains("add up to exactly 100%"), "{}", n.text.en);
    }
    // 2012 and 2013: rounded, count ÷ total adds up to 99.9, so the printed ones were adjusted.
    let n2012 = note(&notes, "tiers-pct-total-2012").unwrap();
    assert!(n2012.text.en.contains("1 of the 4 differs") && n2012.text.en.contains("99.9%") && n2012.text.en.contains("adjusted"), "{}", n2012.text.en);
    // 2010 and 2011: count ÷ total adds up to 100 as well: not an adjustment.
    let n2011 = note(&notes, "tiers-pct-total-2011").unwrap();
    assert!(n2011.text.en.contains("4 of the 4 differ") && n2011.text.en.contains("also adds up to 100%"), "{}", n2011.text.en);
    // Print the 2012 Watch List share as its count gives it: the total is 99.9, and the note goes.
    let r = edited(|v| v["tip_tiers"]["years"][2]["tiers"][2]["pct"] = serde_json::json!({"value": 22.7, "printed": "22.7％"})).unwrap();
    assert!(note(&checks::run(&r), "tiers-pct-total-2012").is_none());
}

#[test]
fn japan_is_counted_among_anti_trafficking_agreements_it_did_not_sign() {
    let notes = checks::run(&report());
    let n = note(&notes, "agreement-counted-as-mou-japan-2014").expect("no note on Japan's MOU");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Agreements, Some(2014)));
    assert!(n.text.zh.contains("入出境管理事務情資交換暨合作瞭解備忘錄") && n.text.zh.contains("移民事務及防制人口販運合作協定或瞭解備忘錄"), "{}", n.text.zh);
    assert!(n.text.en.starts_with("Japan:") && n.text.en.contains("immigration control"), "{}", n.text.en);
    assert_eq!(n.sources, ["貳、三、(二)、4、(1)", "貳、五、(二)、3"]);
    assert_eq!(notes.iter().filter(|n| n.id.starts_with("agreement-counted-as-")).count(), 1);
    // The finding follows the data: counted under its own name, there is none …
    let r = edited(|v| {
        let j = record_mut(v, "agreements", "mou-japan-2014");
        j["counted_as"]["text"] = j["kind"].clone();
    })
    .unwrap();
    assert!(!any_note(&r, "agreement-counted-as-"));
    // … and another country counted under another name is found the same way.
    let r = edited(|v| {
        let j = record_mut(v, "agreements", "mou-japan-2014").clone();
        record_mut(v, "agreements", "mou-belize-2014")["counted_as"] = j["counted_as"].clone();
        record_mut(v, "agreements", "mou-belize-2014")["kind"] = j["kind"].clone();
    })
    .unwrap();
    let n = note(&checks::run(&r), "agreement-counted-as-mou-belize-2014").cloned().expect("no note on Belize");
    assert!(n.text.en.starts_with("Belize:"), "{}", n.text.en);
}

#[test]
fn a_visit_counted_as_a_signatorys_came_before_it_signed() {
    let notes = checks::run(&report());
    let early: Vec<&checks::Note> = notes.iter().filter(|n| n.id.starts_with("visit-before-signing-")).collect();
    assert_eq!(early.len(), 1, "{early:?}");
    let n = early[0];
    assert_eq!(n.id, "visit-before-signing-taiwan-japan-4th-immigration-meeting");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Visits, Some(2014)));
    assert!(n.text.en.contains("counts 5 high-level visits") && n.text.en.contains("16 Jan 2014") && n.text.en.contains("20 Nov 2014"), "{}", n.text.en);
    assert!(n.text.zh.contains("日本") && n.text.zh.contains("11 月 20 日"), "{}", n.text.zh);
    // The printed count itself still matches the list of five.
    assert_eq!(note(&notes, "visits-incoming").unwrap().outcome, Outcome::Agrees);
    // Had Japan signed before the meeting, there would be nothing to say.
    let r = edited(|v| record_mut(v, "agreements", "mou-japan-2014")["date"] = serde_json::json!("2013-11-20")).unwrap();
    assert!(!any_note(&r, "visit-before-signing-"));
    // Every visit counted as a signatory's names the agreement it is checked against.
    let r = report();
    for a in r.activities.iter().filter(|a| a.tags.iter().any(|t| t == checks::SIGNATORY_VISIT)) {
        assert!(a.agreement.is_some(), "{} has no agreement", a.id);
    }
}

#[test]
fn the_workshop_topics_differ_between_its_two_sections() {
    let notes = checks::run(&report());
    let n = note(&notes, "topics-international-workshop-2014").expect("no note on the workshop's topics");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Exchanges, Some(2014)));
    assert_eq!(n.sources, ["貳、三、(二)、4、(2)、B、IV", "貳、三、(三)、2"]);
    for topic in ["人口販運案件跨國合作", "非政府組織與企業責任", "勞力剝削", "企業社會責任之夥伴關係", "網路犯罪的預防及偵查技巧", "勞力剝削與勞資糾紛的區分"] {
        assert!(n.text.zh.contains(topic), "{topic} missing: {}", n.text.zh);
    }
    // The same list in both places: nothing to say.
    let r = edited(|v| {
        let a = activity_mut(v, "international-workshop-2014");
        a["topics"][1]["items"] = a["topics"][0]["items"].clone();
    })
    .unwrap();
    assert!(note(&checks::run(&r), "topics-international-workshop-2014").is_none());
}

#[test]
fn south_africa_needs_no_new_agreement_yet_an_mou_is_discussed() {
    let notes = checks::run(&report());
    let n = note(&notes, "mou-talks-visit-south-africa-2014-07-29").expect("no note on South Africa");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Agreements, Some(2014)));
    assert!(n.text.en.starts_with("Republic of South Africa:") && n.text.en.contains("no new agreement is needed") && n.text.en.contains("negotiating an MOU"), "{}", n.text.en);
    assert!(n.text.zh.contains("無需另行簽訂協議") && n.text.zh.contains("洽簽 MOU"), "{}", n.text.zh);
    assert_eq!(n.sources, ["貳、三、(二)、4、(1)", "貳、三、(二)、4、(2)、A、V", "貳、五、(二)、1"]);
    // Only South Africa: the other visits that discussed an MOU are with countries that have none.
    assert_eq!(notes.iter().filter(|n| n.id.starts_with("mou-talks-")).count(), 1);
    // Had the police MOU come after the visit, or the visit not discussed an MOU, nothing to say.
    let r = edited(|v| record_mut(v, "agreements", "mou-south-africa-2003")["date"] = serde_json::json!("2014-08")).unwrap();
    assert!(!any_note(&r, "mou-talks-"));
    let r = edited(|v| activity_mut(v, "visit-south-africa-2014-07-29")["tags"] = serde_json::json!(["high_level_visit", "outgoing_visit"])).unwrap();
    assert!(!any_note(&r, "mou-talks-"));
}

#[test]
fn the_2012_target_is_missed_yet_achieved_in_full() {
    let notes = checks::run(&report());
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("indicator-achievement-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["indicator-achievement-2012"]);
    let n = note(&notes, "indicator-achievement-2012").unwrap();
    assert_eq!((n.outcome, n.subject), (Outcome::Disagreement, Subject::Indicator));
    assert!(n.text.en.contains("3.55") && n.text.en.contains("target of 2") && n.text.en.contains("100%") && n.text.en.contains("if it is the tier scale"), "{}", n.text.en);
    assert!(!n.text.en.contains("was missed"), "a conclusion the report does not draw: {}", n.text.en);
    assert!(n.text.zh.contains("3.55") && n.text.zh.contains("若為評等數字"), "{}", n.text.zh);
    // An actual at the target meets it: nothing to say.
    let r = edited(|v| v["indicator"]["years"][1]["actual"] = serde_json::json!({"value": 2, "printed": "2"})).unwrap();
    assert!(note(&checks::run(&r), "indicator-achievement-2012").is_none());
    // An achievement below 100 would admit the miss.
    let r = edited(|v| v["indicator"]["years"][1]["achievement_pct"] = serde_json::json!({"value": 56, "printed": "56"})).unwrap();
    assert!(note(&checks::run(&r), "indicator-achievement-2012").is_none());
}

#[test]
fn the_2011_actual_is_not_printed_though_the_report_rates_2011() {
    let notes = checks::run(&report());
    let n = note(&notes, "indicator-known-2011").expect("no note on the known 2011 rating");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Indicator, Some(2011)));
    assert!(n.text.en.contains("Tier 1") && n.text.en.contains("\"--\""), "{}", n.text.en);
    // Said as a condition, with the years whose actual value is the tier's number.
    assert!(n.text.en.contains("as it is in 2013 and 2014, it would be 1") && !n.text.en.contains("was known"), "{}", n.text.en);
    assert_eq!(n.sources, ["貳、關鍵績效指標", "貳、五、(一)、2"]);
    // Without a rating of 2011 in the tier table, the report would not know it.
    let r = edited(|v| {
        let years = v["tip_tiers"]["years"].as_array_mut().unwrap();
        years.retain(|y| y["year"] != 2011);
    });
    if let Ok(r) = r {
        assert!(note(&checks::run(&r), "indicator-known-2011").is_none());
    }
    let r = edited(|v| v["indicator"]["years"][0]["actual"] = serde_json::json!({"value": 1, "printed": "1"})).unwrap();
    assert!(note(&checks::run(&r), "indicator-known-2011").is_none());
}

#[test]
fn the_count_of_signatory_visits_leaves_out_the_us_tip_office_visit() {
    let notes = checks::run(&report());
    let left: Vec<&checks::Note> = notes.iter().filter(|n| n.id.starts_with("visit-not-counted-")).collect();
    assert_eq!(left.len(), 1, "{left:?}");
    let n = left[0];
    assert_eq!(n.id, "visit-not-counted-us-tip-office-visit-taipei-detention-centre");
    assert_eq!((n.outcome, n.subject), (Outcome::Disagreement, Subject::Visits));
    assert!(n.text.en.contains("counts 5 high-level visits") && n.text.en.contains("9 Oct 2014") && n.text.en.contains("29 May 2014"), "{}", n.text.en);
    // Had the US signed after the visit, or were the visit counted, nothing to say.
    let r = edited(|v| record_mut(v, "agreements", "mou-usa-2014")["date"] = serde_json::json!("2014-12-01")).unwrap();
    assert!(!any_note(&r, "visit-not-counted-"));
    let r = edited(|v| activity_mut(v, "us-tip-office-visit-taipei-detention-centre")["tags"] = serde_json::json!(["high_level_visit", "signatory_visit"])).unwrap();
    assert!(!any_note(&r, "visit-not-counted-"));
}

#[test]
fn cautions_a_former_official_the_organisers_and_lists_out_of_date_order() {
    let notes = checks::run(&report());
    let n = note(&notes, "visit-former-official-taiwan-us-1st-immigration-working-talks").expect("no caution on the former director");
    assert_eq!((n.outcome, n.subject), (Outcome::Caution, Subject::Visits));
    assert!(n.text.en.contains("former title") && n.text.en.contains("Scott Hatfield"), "{}", n.text.en);
    let r = edited(|v| activity_mut(v, "taiwan-us-1st-immigration-working-talks")["tags"] = serde_json::json!(["signatory_visit"])).unwrap();
    assert!(!any_note(&r, "visit-former-official-"));

    let n = note(&notes, "organisers-international-workshop-2014").expect("no caution on the workshop's organisers");
    assert_eq!((n.outcome, n.subject), (Outcome::Caution, Subject::Exchanges));
    assert!(n.text.en.contains("the Ministry of Foreign Affairs") && n.text.zh.contains("外交部"), "{}", n.text.en);
    let r = edited(|v| {
        let a = activity_mut(v, "international-workshop-2014");
        a["organisers"][0]["items"] = a["organisers"][1]["items"].clone();
    })
    .unwrap();
    assert!(note(&checks::run(&r), "organisers-international-workshop-2014").is_none());

    let mut ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("list-order-")).map(|n| n.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["list-order-貳-三-二-4-2-A", "list-order-貳-三-二-4-2-B", "list-order-貳-三-五", "list-order-貳-三-四", "list-order-貳-五-二-2"]);
    assert!(notes.iter().filter(|n| n.id.starts_with("list-order-")).all(|n| n.outcome == Outcome::Caution));
    let a = note(&notes, "list-order-貳-三-二-4-2-A").unwrap();
    assert!(a.text.en.contains("9 Oct 2014") && a.text.en.contains("20 Nov 2014"), "{}", a.text.en);
    // In date order, the list has nothing to say.
    let r = edited(|v| activity_mut(v, "us-tip-office-visit-taipei-detention-centre")["date"] = serde_json::json!("2014-11-21")).unwrap();
    assert!(note(&checks::run(&r), "list-order-貳-三-二-4-2-A").is_none());
}

#[test]
fn the_general_education_trainings_are_probably_the_same_and_never_added() {
    let notes = checks::run(&report());
    let n = note(&notes, "same-training-basic-general-education").expect("no note on the general-education trainings");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Caution, Subject::Training, Some(2014)));
    assert!(n.text.en.contains("2 rounds") && n.text.en.contains("2 times") && n.text.en.contains("12 Jun 2014"), "{}", n.text.en);
    assert!(n.text.zh.contains("2 梯次") && n.text.zh.contains("2 次") && n.text.zh.contains("不相加"), "{}", n.text.zh);
    assert_eq!(n.sources, ["貳、四、(三)、2", "貳、三、(四)、1"]);
    // Nothing adds them: no chart table of the whole report shows 2 + 2.
    let d = tip_report::dataset::Dataset::load(SOURCE, include_str!("../public/data/viewer.json")).unwrap();
    for id in d.chart_ids() {
        let b = tip_report::charts::build(id, &d, &Default::default(), tip_report::charts::ChartEnv::new(tip_report::core::Lang::En));
        for row in b.tables.iter().flat_map(|t| &t.rows) {
            let units: Vec<&str> = row.iter().map(|c| c.raw.as_str()).collect();
            assert!(!(units.contains(&"4") && (units.contains(&"rounds") || units.contains(&"times"))), "{id:?} adds them: {units:?}");
        }
    }
    // Were the counts different, that would be a disagreement.
    let r = edited(|v| record_mut(v, "figures", "training-basic-general-education")["value"] = serde_json::json!(3)).unwrap();
    assert_eq!(note(&checks::run(&r), "same-training-basic-general-education").unwrap().outcome, Outcome::Disagreement);
}

#[test]
fn the_media_total_adds_two_units_as_one_number() {
    let notes = checks::run(&report());
    let n = note(&notes, "media-spots-units").expect("no note on the media total's units");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Caution, Subject::Media, Some(2014)));
    assert!(n.text.zh.contains("615 次與 9,430 檔次") && n.text.zh.contains("「次」與「檔次」"), "{}", n.text.zh);
    assert!(n.text.en.contains("10,045") && n.text.en.contains("615 broadcasts and 9,430 spots"), "{}", n.text.en);
    // The sum itself agrees; the outlets add one unit and get no such note.
    assert_eq!(note(&notes, "media-spots").unwrap().outcome, Outcome::Agrees);
    assert!(note(&notes, "media-outlets-units").is_none());
    let r = edited(|v| record_mut(v, "figures", "media-radio-spots")["unit"] = serde_json::json!("broadcasts")).unwrap();
    assert!(note(&checks::run(&r), "media-spots-units").is_none());
}

// --- Pillars and the report's own grouping ---------------------------------

#[test]
fn each_activity_says_why_it_has_its_pillar_in_the_standards_words() {
    let r = report();
    // Words of each criterion of the measurement standard (貳、關鍵績效指標).
    let words = |p: Pillar| -> &[&str] {
        match p {
            Pillar::Prevention => &["預防宣導", "透過多元管道加強宣導"],
            Pillar::Protection => &["安置保護"],
            Pillar::Prosecution => &["查緝鑑別", "加強查緝人口販運案件"],
            Pillar::Partnership => &["夥伴關係", "加強國際交流與合作", "建立合作機制"],
        }
    };
    for a in &r.activities {
        assert!(words(a.pillar).iter().any(|w| a.pillar_reason.zh.contains(w)), "{}: {}", a.id, a.pillar_reason.zh);
        assert!(r.indicator.as_ref().unwrap().standard.zh.contains(words(a.pillar)[0]));
        assert!(a.pillar_reason.en.to_lowercase().contains(a.pillar.id()), "{}: {}", a.id, a.pillar_reason.en);
    }
    // Counts per pillar after the review of the pillars against the standard.
    let count = |p: Pillar| r.activities.iter().filter(|a| a.pillar == p).count();
    assert_eq!(
        Pillar::ALL.map(count),
        [8, 1, 2, 23],
        "prevention, protection, prosecution, partnership"
    );
}

#[test]
fn dimensions_are_the_sections_of_the_challenge_list_that_report_the_activity() {
    let r = report();
    for a in &r.activities {
        let mut found: Vec<tip_report::core::Dimension> =
            std::iter::once(&a.source).chain(&a.also_in).filter_map(|s| tip_report::core::Dimension::of_section(s)).collect();
        found.sort();
        found.dedup();
        assert_eq!(a.dimensions, found, "{}", a.id);
    }
    let of = |id: &str| r.activities.iter().find(|a| a.id == id).unwrap().dimensions.clone();
    assert_eq!(of("international-workshop-2014"), [tip_report::core::Dimension::Difficulty, tip_report::core::Dimension::Quality]);
    assert!(of("taiwan-japan-4th-immigration-meeting").is_empty(), "reported only in 貳、五");
}

#[test]
fn new_fields_are_validated_by_record_and_field() {
    let err = edited(|v| {
        activity_mut(v, "booth-ximending-2014-08-30")["pillar_reason"]["en"] = serde_json::json!(" ");
        activity_mut(v, "visit-vietnam-2014-05-12")["agreement"] = serde_json::json!("mou-atlantis");
        activity_mut(v, "southern-detention-shelter-construction")["expected_end"] = serde_json::json!("2013");
        activity_mut(v, "local-government-evaluation-2014")["also_dated"][0]["source"] = serde_json::json!("");
        record_mut(v, "figures", "training-basic-general-education")["probably_same_as"] = serde_json::json!("cross-ministry-general-education-2014#9");
    })
    .unwrap_err();
    let LoadError::Invalid(errors) = err else { panic!("expected validation errors, got {err:?}") };
    let found: Vec<(String, Problem)> = errors.iter().map(|e| (e.field.clone(), e.problem.clone())).collect();
    assert!(found.contains(&("pillar_reason.en".into(), Problem::MissingLanguage("en"))), "{found:?}");
    assert!(found.contains(&("agreement".into(), Problem::UnknownId("mou-atlantis".into()))), "{found:?}");
    assert!(found.contains(&("expected_end".into(), Problem::EndBeforeStart)), "{found:?}");
    assert!(found.contains(&("also_dated[0].source".into(), Problem::Empty)), "{found:?}");
    assert!(found.contains(&("probably_same_as".into(), Problem::UnknownId("cross-ministry-general-education-2014#9".into()))), "{found:?}");
    // A missing reason or dimension list is refused at load.
    let err = edited(|v| {
        activity_mut(v, "booth-ximending-2014-08-30").as_object_mut().unwrap().remove("dimensions");
    })
    .unwrap_err();
    assert!(matches!(&err, LoadError::Shape { record, message, .. } if record.starts_with("activities[1] (") && message.contains("dimensions")), "{err:?}");
}

#[test]
fn a_role_is_played_by_one_figure_and_figures_are_free_to_be_renamed() {
    use tip_report::core::Role;
    // Ids are the report's own: renaming one changes nothing the code asks for.
    let r = edited(|v| record_mut(v, "figures", "cases-uncovered-judicial-police")["id"] = serde_json::json!("cases-2015-uncovered")).unwrap();
    assert_eq!(r.figure(Role::CasesUncovered).map(|f| f.id.as_str()), Some("cases-2015-uncovered"));
    // A second figure in a role of one is refused, naming the record and the role.
    let err = edited(|v| record_mut(v, "figures", "cases-indicted")["role"] = serde_json::json!("cases-uncovered")).unwrap_err();
    let LoadError::Invalid(errors) = err else { panic!("expected validation errors, got {err:?}") };
    let e = errors.iter().find(|e| e.problem == Problem::RoleTaken(Role::CasesUncovered)).unwrap_or_else(|| panic!("{errors:?}"));
    assert!(e.record.contains("cases-indicted") && e.field == "role", "{e:?}");
    assert!(e.to_string().contains("cases-uncovered"), "the message names the role: {e}");
    // One a year is allowed where the role is per year; two in one year are not.
    assert!(edited(|v| record_mut(v, "figures", "agreements-2013-countries")["date"] = serde_json::json!("2012")).is_ok());
    let err = edited(|v| record_mut(v, "figures", "agreements-2013-countries")["date"] = serde_json::json!("2014")).unwrap_err();
    assert!(matches!(&err, LoadError::Invalid(e) if e.iter().any(|e| e.problem == Problem::RoleTaken(Role::AgreementsSignedInYear))), "{err:?}");
}

#[test]
fn typed_joins_are_refused_by_record_and_field() {
    // A figure's group is one of the report's tables.
    let err = edited(|v| record_mut(v, "figures", "victims-placed")["group"] = serde_json::json!("victim")).unwrap_err();
    assert!(matches!(&err, LoadError::Shape { record, field, .. } if record.contains("victims-placed") && field == "group"), "{err:?}");
    // A count reference is `<activity id>#<n>`.
    let err = edited(|v| {
        record_mut(v, "figures", "training-basic-general-education")["probably_same_as"] = serde_json::json!("cross-ministry-general-education-2014")
    })
    .unwrap_err();
    assert!(
        matches!(&err, LoadError::Shape { field, message, .. } if field == "probably_same_as" && message.contains("count reference")),
        "{err:?}"
    );
}

#[test]
fn a_count_reference_is_written_and_read_one_way() {
    use tip_report::data::CountRef;
    let r = report();
    let c = CountRef::parse("booth-ximending-2014-08-30#0").unwrap();
    assert_eq!(c, CountRef { activity: "booth-ximending-2014-08-30".into(), index: 0 });
    assert_eq!(c.to_string(), "booth-ximending-2014-08-30#0");
    assert!(r.count(&c).is_some());
    assert_eq!(CountRef::parse("no-number#x"), None);
    assert_eq!(CountRef::parse("#1"), None);
    // facts.csv's record id of every activity count is its reference.
    for f in facts::facts(&r).iter().filter(|f| f.count.is_some()) {
        let c = f.count.as_ref().unwrap();
        assert_eq!(f.record_id, c.to_string());
        assert!(r.count(c).is_some(), "{c}");
    }
}

#[test]
fn a_country_code_out_of_form_or_at_odds_is_refused_by_record_and_field() {
    // Not ISO 3166-1 in form.
    let err = edited(|v| v["agreements"][0]["country_code"]["alpha2"] = serde_json::json!("usa")).unwrap_err();
    let LoadError::Invalid(errors) = &err else { panic!("expected a validation error, got {err:?}") };
    assert_eq!(errors[0].record, "agreements[0] (mou-usa-2014)");
    assert_eq!(errors[0].field, "country_code.alpha2");
    assert_eq!(errors[0].problem, Problem::BadCountryCode("usa".into()));
    assert!(err.to_string().contains("ISO 3166-1"), "{err}");
    // The United States given another numeric code on a visit than on its agreement.
    let err = edited(|v| {
        let visit = v["activities"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "us-tip-office-visit-taipei-detention-centre").unwrap();
        visit["country"]["code"]["numeric"] = serde_json::json!("841");
    })
    .unwrap_err();
    let LoadError::Invalid(errors) = &err else { panic!("expected a validation error, got {err:?}") };
    assert!(errors.iter().any(|e| e.field == "country.code" && matches!(&e.problem, Problem::BadCountryCode(c) if c.contains("841"))), "{err}");
    // A missing code is refused by shape, naming the field.
    let err = edited(|v| {
        v["agreements"][0].as_object_mut().unwrap().remove("country_code");
    })
    .unwrap_err();
    assert!(err.to_string().contains("country_code"), "{err}");
}

#[test]
fn a_total_the_report_does_not_print_is_not_checked_and_a_missing_part_is_named() {
    // No printed total of stations: nothing to compare the parts with.
    let r = edited(|v| v["figures"].as_array_mut().unwrap().retain(|f| f["id"] != "media-outlets-total")).unwrap();
    let notes = checks::run(&r);
    assert!(note(&notes, "media-outlets").is_none(), "a check of a total that is not there");
    assert!(note(&notes, "media-spots").is_some(), "the other total is still checked");
    // A printed total whose part the data lacks: the note names that part only.
    let r = edited(|v| {
        record_mut(v, "figures", "media-tv-stations").as_object_mut().unwrap().remove("role");
    })
    .unwrap();
    let notes = checks::run(&r);
    let n = note(&notes, "media-outlets").expect("a total with a part missing is told");
    assert_eq!(n.outcome, Outcome::Disagreement);
    assert!(n.text.en.contains("tv-stations") && !n.text.en.contains("radio-stations"), "{}", n.text.en);
}

#[test]
fn a_year_after_the_reports_own_is_refused_by_record_and_field_but_an_expected_end_may_be() {
    let err = edited(|v| {
        record_mut(v, "figures", "victims-placed")["date"] = serde_json::json!("2015");
        v["activities"][0]["date"] = serde_json::json!("2016-01-02");
    })
    .unwrap_err();
    let LoadError::Invalid(errors) = err else { panic!("expected validation errors, got {err:?}") };
    let found: Vec<(&str, &str, &Problem)> = errors.iter().map(|e| (e.record.as_str(), e.field.as_str(), &e.problem)).collect();
    assert!(found.iter().any(|(r, f, p)| r.contains("victims-placed") && *f == "date" && **p == Problem::AfterReportYear(2015)), "{found:?}");
    assert!(found.iter().any(|(r, f, p)| r.starts_with("activities[0]") && *f == "date" && **p == Problem::AfterReportYear(2016)), "{found:?}");
    assert!(errors[0].describe(tip_report::core::Lang::Zh).contains("晚於報告年度"));
    // The bundled report plans one end into the next year (`expected_end`): allowed.
    assert!(report().activities.iter().any(|a| a.expected_end.is_some_and(|e| e.year > report().meta.year)));
}
