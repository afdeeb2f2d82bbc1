//! The shipped data file: it loads and validates; malformed files are
//! refused with a clear message. (The cross-checks' findings are tested
//! beside them, in src/dataset/checks/tests.rs.)

mod common;

use common::BUNDLED;
use tip_report::core::Pillar;
use tip_report::data::{self, LoadError, Problem};
use tip_report::dataset::facts;

const SOURCE: &str = BUNDLED.report;

fn report() -> data::Report {
    BUNDLED.report()
}

/// The shipped data with one edit applied to its JSON value.
fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Result<data::Report, LoadError> {
    BUNDLED.edited(edit)
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
    let text = BUNDLED.text;
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

// The findings of the cross-checks are tested beside them, in
// src/dataset/checks/tests.rs.

#[test]
fn no_chart_adds_the_general_education_trainings() {
    // The two general-education trainings are probably the same (a caution of
    // the checks): no chart table of the whole report shows 2 + 2.
    let d = BUNDLED.dataset();
    assert!(d.notes.iter().any(|n| n.id == "same-training-basic-general-education"));
    for id in d.chart_ids() {
        let b = tip_report::charts::build(id, &d, &Default::default(), tip_report::charts::ChartEnv::new(tip_report::core::Lang::En));
        for row in b.tables.iter().flat_map(|t| &t.rows) {
            let units: Vec<&str> = row.iter().map(|c| c.raw.as_str()).collect();
            assert!(!(units.contains(&"4") && (units.contains(&"rounds") || units.contains(&"times"))), "{id:?} adds them: {units:?}");
        }
    }
}

fn activity_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["activities"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == id).unwrap()
}

fn record_mut<'a>(v: &'a mut serde_json::Value, list: &str, id: &str) -> &'a mut serde_json::Value {
    v[list].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == id).unwrap()
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
