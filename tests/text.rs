//! The report's text in the data is the report as printed: compared with
//! the original document character for character (white space aside), and
//! every record's section is a section of the text.

use tip_report::data::text::{self, ReportText};
use tip_report::data::{self, Report};

fn report_text() -> ReportText {
    text::load(include_str!("../public/data/text.json")).unwrap()
}

fn report() -> Report {
    data::load(include_str!("../public/data/report.json")).unwrap()
}

fn without_space(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

#[test]
fn the_chinese_is_the_original_as_printed() {
    // The original, without its page footer (a line holding only "8").
    let original: String = include_str!("fixtures/report-103.txt").lines().filter(|l| l.trim() != "8").collect();
    let original = without_space(&original);
    let ours = without_space(&report_text().sections.iter().map(|s| s.zh_printed()).collect::<String>());
    if ours != original {
        let at = ours.chars().zip(original.chars()).take_while(|(a, b)| a == b).count();
        let around = |s: &str| s.chars().skip(at.saturating_sub(20)).take(40).collect::<String>();
        panic!("the text differs from the original at character {at}:\n ours:     {}\n original: {}", around(&ours), around(&original));
    }
}

#[test]
fn every_record_points_to_a_section_of_the_text() {
    let t = report_text();
    let r = report();
    let mut sources: Vec<&str> = vec![&r.indicator.source, &r.tip_tiers.source, &r.tip_tiers.published.source, &r.meta.goal_source, &r.meta.pillars_source];
    sources.extend(r.tip_tiers.years.iter().map(|y| y.source.as_str()));
    sources.extend(r.agreements.iter().flat_map(|a| std::iter::once(a.source.as_str()).chain(a.also_in.iter().map(String::as_str))));
    sources.extend(r.activities.iter().flat_map(|a| std::iter::once(a.source.as_str()).chain(a.also_in.iter().map(String::as_str))));
    sources.extend(r.figures.iter().map(|f| f.source.as_str()));
    sources.extend(r.agreements.iter().filter_map(|a| a.counted_as.as_ref()).map(|c| c.source.as_str()));
    for a in &r.activities {
        sources.extend(a.counts.iter().filter_map(|c| c.source.as_deref()));
        sources.extend(a.also_dated.iter().map(|d| d.source.as_str()));
        sources.extend(a.topics.iter().map(|l| l.source.as_str()));
    }
    let missing: Vec<&str> = sources.into_iter().filter(|s| t.section(s).is_none()).collect();
    assert!(missing.is_empty(), "sources with no section in the text: {missing:?}");
}

#[test]
fn sections_are_in_order_and_anchors_unique() {
    let t = report_text();
    assert_eq!(t.sections[0].path, "title");
    let anchors: std::collections::HashSet<String> = t.sections.iter().map(|s| s.anchor()).collect();
    assert_eq!(anchors.len(), t.sections.len());
    // Every section's parent comes before it.
    for (i, s) in t.sections.iter().enumerate().skip(1) {
        if let Some((parent, _)) = s.path.rsplit_once('、') {
            let at = t.sections.iter().position(|p| p.path == parent);
            assert!(at.is_some_and(|p| p < i), "{} comes before its parent {parent}", s.path);
        }
    }
}

#[test]
fn a_slip_must_be_in_its_section() {
    let mut t = report_text();
    let s = t.sections.iter_mut().find(|s| !s.slips.is_empty()).unwrap();
    s.slips[0].printed = "not in the text".into();
    let errors = text::validate(&t);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].field.starts_with("slips[0]"), "{errors:?}");
}

#[test]
fn a_missing_translation_is_refused_by_section_and_field() {
    let mut json: serde_json::Value = serde_json::from_str(include_str!("../public/data/text.json")).unwrap();
    json["sections"][4]["blocks"][0]["en"] = serde_json::json!(" ");
    let err = text::load(&json.to_string()).unwrap_err();
    let tip_report::data::LoadError::Invalid(errors) = err else { panic!("{err:?}") };
    assert_eq!(errors[0].field, "blocks[0].en");
    assert!(errors[0].record.starts_with("sections[4] ("), "{}", errors[0].record);
}
