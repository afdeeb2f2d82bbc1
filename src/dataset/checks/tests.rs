//! The cross-checks of `checks.rs` on the bundled 2014 report: each test
//! names one finding of that report, fails if its check is removed, and
//! again when the data it reads changes (the finding follows the data, not
//! a hard-coded answer: an edit of the report's JSON takes it away).

use super::*;
use crate::data::fixtures::BUNDLED;

fn note<'a>(notes: &'a [Note], id: &str) -> Option<&'a Note> {
    notes.iter().find(|n| n.id == id)
}

/// Whether the checks of `r` give any note whose id starts with `prefix`.
fn any_note(r: &Report, prefix: &str) -> bool {
    run(r).iter().any(|n| n.id.starts_with(prefix))
}

fn activity_mut<'a>(v: &'a mut serde_json::Value, id: &str) -> &'a mut serde_json::Value {
    v["activities"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == id).unwrap()
}

fn record_mut<'a>(v: &'a mut serde_json::Value, list: &str, id: &str) -> &'a mut serde_json::Value {
    v[list].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == id).unwrap()
}

#[test]
fn cross_checks_find_the_186_187_disagreement() {
    let notes = run(&BUNDLED.report());
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
    let notes = run(&BUNDLED.report());
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
    let notes = run(&BUNDLED.report());
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
        let r = BUNDLED.edited(|v| {
            let f = record_mut(v, "figures", figure);
            f["value"] = serde_json::json!(f["value"].as_f64().unwrap() + 1.0);
        })
        .unwrap();
        let n = run(&r).into_iter().find(|n| n.id == id).unwrap_or_else(|| panic!("no check {id}"));
        assert_eq!(n.outcome, Outcome::Disagreement, "{id} agrees with {figure} one off: {}", n.text.en);
    }
}

#[test]
fn a_changed_total_is_found_not_fixed() {
    let r = BUNDLED.edited(|v| v["figures"].as_array_mut().unwrap().iter_mut().for_each(|f| {
        if f["id"] == "media-spots-total" {
            f["value"] = serde_json::json!(10000);
        }
    }))
    .unwrap();
    let notes = run(&r);
    let spots = notes.iter().find(|n| n.id == "media-spots").unwrap();
    assert_eq!(spots.outcome, Outcome::Disagreement);
    assert!(spots.text.en.contains("= 10,045, but the printed total is 10,000"), "{}", spots.text.en);
}

#[test]
fn the_2011_actual_is_not_printed_yet_achieved_and_starred() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "indicator-unreported-2011").expect("no note on the 2011 actual");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Indicator, Some(2011)));
    assert!(n.text.en.contains("printed \"--\"") && n.text.en.contains("100%") && n.text.en.contains("★"), "{}", n.text.en);
    assert!(n.text.zh.contains("「--」") && n.text.zh.contains("100％"), "{}", n.text.zh);
    assert_eq!(notes.iter().filter(|n| n.id.starts_with("indicator-unreported-")).count(), 1, "only 2011 lacks an actual");
    // With an actual value printed, there is nothing to say.
    let r = BUNDLED.edited(|v| v["indicator"]["years"][0]["actual"] = serde_json::json!({"value": 1, "printed": "1"})).unwrap();
    assert!(note(&run(&r), "indicator-unreported-2011").is_none());
}

#[test]
fn targets_of_2_are_not_the_tier_1_the_measure_asks_for() {
    let notes = run(&BUNDLED.report());
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("indicator-target-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["indicator-target-2011", "indicator-target-2012"]);
    let n = note(&notes, "indicator-target-2012").unwrap();
    assert_eq!((n.outcome, n.subject), (Outcome::Disagreement, Subject::Indicator));
    assert!(n.text.en.contains("printed as 2") && n.text.en.contains("Tier 1 rating"), "{}", n.text.en);
    assert!(n.text.zh.contains("第一級"), "{}", n.text.zh);
    // The measure's tier comes from the data: were it Tier 2, the 2013–2014 targets of 1 would be the odd ones.
    let r = BUNDLED.edited(|v| v["indicator"]["target_tier"] = serde_json::json!("tier2")).unwrap();
    let notes = run(&r);
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("indicator-target-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["indicator-target-2013", "indicator-target-2014"]);
}

#[test]
fn printed_tier_percentages_total_100_though_some_differ_from_the_counts() {
    let notes = run(&BUNDLED.report());
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
    let r = BUNDLED.edited(|v| v["tip_tiers"]["years"][2]["tiers"][2]["pct"] = serde_json::json!({"value": 22.7, "printed": "22.7％"})).unwrap();
    assert!(note(&run(&r), "tiers-pct-total-2012").is_none());
}

#[test]
fn japan_is_counted_among_anti_trafficking_agreements_it_did_not_sign() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "agreement-counted-as-mou-japan-2014").expect("no note on Japan's MOU");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Agreements, Some(2014)));
    assert!(n.text.zh.contains("入出境管理事務情資交換暨合作瞭解備忘錄") && n.text.zh.contains("移民事務及防制人口販運合作協定或瞭解備忘錄"), "{}", n.text.zh);
    assert!(n.text.en.starts_with("Japan:") && n.text.en.contains("immigration control"), "{}", n.text.en);
    assert_eq!(n.sources, ["貳、三、(二)、4、(1)", "貳、五、(二)、3"]);
    assert_eq!(notes.iter().filter(|n| n.id.starts_with("agreement-counted-as-")).count(), 1);
    // The finding follows the data: counted under its own name, there is none …
    let r = BUNDLED.edited(|v| {
        let j = record_mut(v, "agreements", "mou-japan-2014");
        j["counted_as"]["text"] = j["kind"].clone();
    })
    .unwrap();
    assert!(!any_note(&r, "agreement-counted-as-"));
    // … and another country counted under another name is found the same way.
    let r = BUNDLED.edited(|v| {
        let j = record_mut(v, "agreements", "mou-japan-2014").clone();
        record_mut(v, "agreements", "mou-belize-2014")["counted_as"] = j["counted_as"].clone();
        record_mut(v, "agreements", "mou-belize-2014")["kind"] = j["kind"].clone();
    })
    .unwrap();
    let n = note(&run(&r), "agreement-counted-as-mou-belize-2014").cloned().expect("no note on Belize");
    assert!(n.text.en.starts_with("Belize:"), "{}", n.text.en);
}

#[test]
fn a_visit_counted_as_a_signatorys_came_before_it_signed() {
    let notes = run(&BUNDLED.report());
    let early: Vec<&Note> = notes.iter().filter(|n| n.id.starts_with("visit-before-signing-")).collect();
    assert_eq!(early.len(), 1, "{early:?}");
    let n = early[0];
    assert_eq!(n.id, "visit-before-signing-taiwan-japan-4th-immigration-meeting");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Visits, Some(2014)));
    assert!(n.text.en.contains("counts 5 high-level visits") && n.text.en.contains("16 January 2014") && n.text.en.contains("20 November 2014"), "{}", n.text.en);
    assert!(n.text.zh.contains("日本") && n.text.zh.contains("11 月 20 日"), "{}", n.text.zh);
    // The printed count itself still matches the list of five.
    assert_eq!(note(&notes, "visits-incoming").unwrap().outcome, Outcome::Agrees);
    // Had Japan signed before the meeting, there would be nothing to say.
    let r = BUNDLED.edited(|v| record_mut(v, "agreements", "mou-japan-2014")["date"] = serde_json::json!("2013-11-20")).unwrap();
    assert!(!any_note(&r, "visit-before-signing-"));
    // Every visit counted as a signatory's names the agreement it is checked against.
    let r = BUNDLED.report();
    for a in r.activities.iter().filter(|a| a.tags.iter().any(|t| t == SIGNATORY_VISIT)) {
        assert!(a.agreement.is_some(), "{} has no agreement", a.id);
    }
}

#[test]
fn the_workshop_topics_differ_between_its_two_sections() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "topics-international-workshop-2014").expect("no note on the workshop's topics");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Exchanges, Some(2014)));
    assert_eq!(n.sources, ["貳、三、(二)、4、(2)、B、IV", "貳、三、(三)、2"]);
    for topic in ["人口販運案件跨國合作", "非政府組織與企業責任", "勞力剝削", "企業社會責任之夥伴關係", "網路犯罪的預防及偵查技巧", "勞力剝削與勞資糾紛的區分"] {
        assert!(n.text.zh.contains(topic), "{topic} missing: {}", n.text.zh);
    }
    // The same list in both places: nothing to say.
    let r = BUNDLED.edited(|v| {
        let a = activity_mut(v, "international-workshop-2014");
        a["topics"][1]["items"] = a["topics"][0]["items"].clone();
    })
    .unwrap();
    assert!(note(&run(&r), "topics-international-workshop-2014").is_none());
}

#[test]
fn south_africa_needs_no_new_agreement_yet_an_mou_is_discussed() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "mou-talks-visit-south-africa-2014-07-29").expect("no note on South Africa");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Agreements, Some(2014)));
    assert!(n.text.en.starts_with("Republic of South Africa:") && n.text.en.contains("no new agreement is needed") && n.text.en.contains("negotiating an MOU"), "{}", n.text.en);
    assert!(n.text.zh.contains("無需另行簽訂協議") && n.text.zh.contains("洽簽 MOU"), "{}", n.text.zh);
    assert_eq!(n.sources, ["貳、三、(二)、4、(1)", "貳、三、(二)、4、(2)、A、V", "貳、五、(二)、1"]);
    // Only South Africa: the other visits that discussed an MOU are with countries that have none.
    assert_eq!(notes.iter().filter(|n| n.id.starts_with("mou-talks-")).count(), 1);
    // Had the police MOU come after the visit, or the visit not discussed an MOU, nothing to say.
    let r = BUNDLED.edited(|v| record_mut(v, "agreements", "mou-south-africa-2003")["date"] = serde_json::json!("2014-08")).unwrap();
    assert!(!any_note(&r, "mou-talks-"));
    let r = BUNDLED.edited(|v| activity_mut(v, "visit-south-africa-2014-07-29")["tags"] = serde_json::json!(["high_level_visit", "outgoing_visit"])).unwrap();
    assert!(!any_note(&r, "mou-talks-"));
}

#[test]
fn the_2012_target_is_missed_yet_achieved_in_full() {
    let notes = run(&BUNDLED.report());
    let ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("indicator-achievement-")).map(|n| n.id.as_str()).collect();
    assert_eq!(ids, ["indicator-achievement-2012"]);
    let n = note(&notes, "indicator-achievement-2012").unwrap();
    assert_eq!((n.outcome, n.subject), (Outcome::Disagreement, Subject::Indicator));
    assert!(n.text.en.contains("3.55") && n.text.en.contains("target of 2") && n.text.en.contains("100%") && n.text.en.contains("if it is the tier scale"), "{}", n.text.en);
    assert!(!n.text.en.contains("was missed"), "a conclusion the report does not draw: {}", n.text.en);
    assert!(n.text.zh.contains("3.55") && n.text.zh.contains("若為評等數字"), "{}", n.text.zh);
    // An actual at the target meets it: nothing to say.
    let r = BUNDLED.edited(|v| v["indicator"]["years"][1]["actual"] = serde_json::json!({"value": 2, "printed": "2"})).unwrap();
    assert!(note(&run(&r), "indicator-achievement-2012").is_none());
    // An achievement below 100 would admit the miss.
    let r = BUNDLED.edited(|v| v["indicator"]["years"][1]["achievement_pct"] = serde_json::json!({"value": 56, "printed": "56"})).unwrap();
    assert!(note(&run(&r), "indicator-achievement-2012").is_none());
}

#[test]
fn the_2011_actual_is_not_printed_though_the_report_rates_2011() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "indicator-known-2011").expect("no note on the known 2011 rating");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Disagreement, Subject::Indicator, Some(2011)));
    assert!(n.text.en.contains("Tier 1") && n.text.en.contains("\"--\""), "{}", n.text.en);
    // Said as a condition, with the years whose actual value is the tier's number.
    assert!(n.text.en.contains("as it is in 2013 and 2014, it would be 1") && !n.text.en.contains("was known"), "{}", n.text.en);
    assert_eq!(n.sources, ["貳、關鍵績效指標", "貳、五、(一)、2"]);
    // Without a rating of 2011 in the tier table, the report would not know it.
    let r = BUNDLED.edited(|v| {
        let years = v["tip_tiers"]["years"].as_array_mut().unwrap();
        years.retain(|y| y["year"] != 2011);
    })
    .unwrap_or_else(|e| panic!("the report without its 2011 ratings is refused: {e}"));
    assert!(note(&run(&r), "indicator-known-2011").is_none());
    let r = BUNDLED.edited(|v| v["indicator"]["years"][0]["actual"] = serde_json::json!({"value": 1, "printed": "1"})).unwrap();
    assert!(note(&run(&r), "indicator-known-2011").is_none());
}

#[test]
fn the_count_of_signatory_visits_leaves_out_the_us_tip_office_visit() {
    let notes = run(&BUNDLED.report());
    let left: Vec<&Note> = notes.iter().filter(|n| n.id.starts_with("visit-not-counted-")).collect();
    assert_eq!(left.len(), 1, "{left:?}");
    let n = left[0];
    assert_eq!(n.id, "visit-not-counted-us-tip-office-visit-taipei-detention-centre");
    assert_eq!((n.outcome, n.subject), (Outcome::Disagreement, Subject::Visits));
    assert!(n.text.en.contains("counts 5 high-level visits") && n.text.en.contains("9 October 2014") && n.text.en.contains("29 May 2014"), "{}", n.text.en);
    // Had the US signed after the visit, or were the visit counted, nothing to say.
    let r = BUNDLED.edited(|v| record_mut(v, "agreements", "mou-usa-2014")["date"] = serde_json::json!("2014-12-01")).unwrap();
    assert!(!any_note(&r, "visit-not-counted-"));
    let r = BUNDLED.edited(|v| activity_mut(v, "us-tip-office-visit-taipei-detention-centre")["tags"] = serde_json::json!(["high_level_visit", "signatory_visit"])).unwrap();
    assert!(!any_note(&r, "visit-not-counted-"));
}

#[test]
fn cautions_a_former_official_the_organisers_and_lists_out_of_date_order() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "visit-former-official-taiwan-us-1st-immigration-working-talks").expect("no caution on the former director");
    assert_eq!((n.outcome, n.subject), (Outcome::Caution, Subject::Visits));
    assert!(n.text.en.contains("former title") && n.text.en.contains("Scott Hatfield"), "{}", n.text.en);
    let r = BUNDLED.edited(|v| activity_mut(v, "taiwan-us-1st-immigration-working-talks")["tags"] = serde_json::json!(["signatory_visit"])).unwrap();
    assert!(!any_note(&r, "visit-former-official-"));

    let n = note(&notes, "organisers-international-workshop-2014").expect("no caution on the workshop's organisers");
    assert_eq!((n.outcome, n.subject), (Outcome::Caution, Subject::Exchanges));
    assert!(n.text.en.contains("the Ministry of Foreign Affairs") && n.text.zh.contains("外交部"), "{}", n.text.en);
    let r = BUNDLED.edited(|v| {
        let a = activity_mut(v, "international-workshop-2014");
        a["organisers"][0]["items"] = a["organisers"][1]["items"].clone();
    })
    .unwrap();
    assert!(note(&run(&r), "organisers-international-workshop-2014").is_none());

    let mut ids: Vec<&str> = notes.iter().filter(|n| n.id.starts_with("list-order-")).map(|n| n.id.as_str()).collect();
    ids.sort();
    assert_eq!(ids, ["list-order-貳-三-二-4-2-A", "list-order-貳-三-二-4-2-B", "list-order-貳-三-五", "list-order-貳-三-四", "list-order-貳-五-二-2"]);
    assert!(notes.iter().filter(|n| n.id.starts_with("list-order-")).all(|n| n.outcome == Outcome::Caution));
    let a = note(&notes, "list-order-貳-三-二-4-2-A").unwrap();
    assert!(a.text.en.contains("9 October 2014") && a.text.en.contains("20 November 2014"), "{}", a.text.en);
    // In date order, the list has nothing to say.
    let r = BUNDLED.edited(|v| activity_mut(v, "us-tip-office-visit-taipei-detention-centre")["date"] = serde_json::json!("2014-11-21")).unwrap();
    assert!(note(&run(&r), "list-order-貳-三-二-4-2-A").is_none());
}

#[test]
fn the_general_education_trainings_are_probably_the_same_and_never_added() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "same-training-basic-general-education").expect("no note on the general-education trainings");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Caution, Subject::Training, Some(2014)));
    assert!(n.text.en.contains("2 rounds") && n.text.en.contains("2 times") && n.text.en.contains("12 June 2014"), "{}", n.text.en);
    assert!(n.text.zh.contains("2 梯次") && n.text.zh.contains("2 次") && n.text.zh.contains("不相加"), "{}", n.text.zh);
    assert_eq!(n.sources, ["貳、四、(三)、2", "貳、三、(四)、1"]);
    // Nothing adds them: tests/data.rs, no_chart_adds_the_general_education_trainings.
    // Were the counts different, that would be a disagreement.
    let r = BUNDLED.edited(|v| record_mut(v, "figures", "training-basic-general-education")["value"] = serde_json::json!(3)).unwrap();
    assert_eq!(note(&run(&r), "same-training-basic-general-education").unwrap().outcome, Outcome::Disagreement);
}

#[test]
fn the_media_total_adds_two_units_as_one_number() {
    let notes = run(&BUNDLED.report());
    let n = note(&notes, "media-spots-units").expect("no note on the media total's units");
    assert_eq!((n.outcome, n.subject, n.year), (Outcome::Caution, Subject::Media, Some(2014)));
    assert!(n.text.zh.contains("615 次與 9,430 檔次") && n.text.zh.contains("「次」與「檔次」"), "{}", n.text.zh);
    assert!(n.text.en.contains("10,045") && n.text.en.contains("615 broadcasts and 9,430 spots"), "{}", n.text.en);
    // The sum itself agrees; the outlets add one unit and get no such note.
    assert_eq!(note(&notes, "media-spots").unwrap().outcome, Outcome::Agrees);
    assert!(note(&notes, "media-outlets-units").is_none());
    let r = BUNDLED.edited(|v| record_mut(v, "figures", "media-radio-spots")["unit"] = serde_json::json!("broadcasts")).unwrap();
    assert!(note(&run(&r), "media-spots-units").is_none());
}

#[test]
fn a_total_the_report_does_not_print_is_not_checked_and_a_missing_part_is_named() {
    // No printed total of stations: nothing to compare the parts with.
    let r = BUNDLED.edited(|v| v["figures"].as_array_mut().unwrap().retain(|f| f["id"] != "media-outlets-total")).unwrap();
    let notes = run(&r);
    assert!(note(&notes, "media-outlets").is_none(), "a check of a total that is not there");
    assert!(note(&notes, "media-spots").is_some(), "the other total is still checked");
    // A printed total whose part the data lacks: the note names that part only.
    let r = BUNDLED.edited(|v| {
        record_mut(v, "figures", "media-tv-stations").as_object_mut().unwrap().remove("role");
    })
    .unwrap();
    let notes = run(&r);
    let n = note(&notes, "media-outlets").expect("a total with a part missing is told");
    assert_eq!(n.outcome, Outcome::Disagreement);
    assert!(n.text.en.contains("tv-stations") && !n.text.en.contains("radio-stations"), "{}", n.text.en);
}
