//! The report's text in the data is the report as printed: compared with
//! the original document character for character (white space aside), and
//! every record's section is a section of the text.

mod common;

use tip_report::data::text::{self, ReportText};
use tip_report::data::{self, Report};

fn report_text() -> ReportText {
    text::load(common::BUNDLED.text).unwrap()
}

fn report() -> Report {
    data::load(common::BUNDLED.report).unwrap()
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
    let tiers = r.tip_tiers.as_ref().unwrap();
    let mut sources: Vec<&str> = vec![&r.indicator.as_ref().unwrap().source, &tiers.source, &tiers.published.source, &r.meta.goal_source, &r.meta.pillars_source];
    sources.extend(tiers.years.iter().map(|y| y.source.as_str()));
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
fn a_blank_translation_is_refused_by_section_and_field() {
    let mut json: serde_json::Value = serde_json::from_str(common::BUNDLED.text).unwrap();
    json["sections"][4]["blocks"][0]["en"] = serde_json::json!(" ");
    let err = text::load(&json.to_string()).unwrap_err();
    let tip_report::data::LoadError::Invalid(errors) = err else { panic!("{err:?}") };
    assert_eq!(errors[0].field, "blocks[0].en");
    assert!(errors[0].record.starts_with("sections[4] ("), "{}", errors[0].record);
}

#[test]
fn a_section_without_english_is_allowed_but_not_one_translated_in_part() {
    let mut json: serde_json::Value = serde_json::from_str(common::BUNDLED.text).unwrap();
    let at = json["sections"].as_array().unwrap().iter().position(|s| s["path"] == "貳、關鍵績效指標").unwrap();
    // Without English throughout: a section not yet translated.
    let section = &mut json["sections"][at];
    section["title"].as_object_mut().unwrap().remove("en");
    section["blocks"][0]["table"].as_object_mut().unwrap().remove("en");
    let paragraph = section["blocks"][1].as_object_mut().unwrap().remove("en").unwrap();
    let t = text::load(&json.to_string()).unwrap();
    assert_eq!(t.untranslated(), ["貳、關鍵績效指標"]);
    assert!(!t.sections[at].translated() && t.sections[at + 1].translated());
    // English in part: the rest is missing.
    json["sections"][at]["blocks"][1]["en"] = paragraph;
    let err = text::load(&json.to_string()).unwrap_err();
    let tip_report::data::LoadError::Invalid(errors) = err else { panic!("{err:?}") };
    let fields: Vec<&str> = errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(fields, ["title.en", "blocks[0].table.en"]);
    assert!(errors.iter().all(|e| e.problem == tip_report::data::Problem::MissingLanguage("en") && e.record.ends_with("(貳、關鍵績效指標)")));
    // A blank English is still refused, an absent Chinese always.
    let mut json: serde_json::Value = serde_json::from_str(common::BUNDLED.text).unwrap();
    json["sections"][1]["title"]["en"] = serde_json::json!("");
    assert!(text::load(&json.to_string()).is_err());
    json["sections"][1]["title"] = serde_json::json!({ "en": "Annual policy goal" });
    assert!(text::load(&json.to_string()).is_err());
}

// --- Importing the report's plain text -------------------------------------
// `data::import` reads tests/fixtures/report-103.txt into the very Chinese
// of text.json, and merged with text.json gives it back byte for byte.

const ORIGINAL: &str = include_str!("fixtures/report-103.txt");

/// A section's Chinese: path, numbering, heading, and its blocks (a
/// paragraph's text, a table's cells).
fn chinese(s: &text::Section) -> (String, String, Option<String>, Vec<Vec<Vec<String>>>) {
    let blocks = s.blocks.iter().map(|b| match b {
        text::Block::Paragraph(p) => vec![vec![p.zh.clone()]],
        text::Block::Table { table } => table.zh.clone(),
    });
    (s.path.clone(), s.number.clone(), s.title.as_ref().map(|t| t.zh.clone()), blocks.collect())
}

#[test]
fn importing_the_original_gives_the_chinese_of_the_text_section_by_section() {
    let imported = tip_report::data::import::parse(ORIGINAL).unwrap();
    let ours = report_text();
    assert_eq!(imported.title, ours.source_file);
    let paths = |s: &[text::Section]| s.iter().map(|s| s.path.clone()).collect::<Vec<_>>();
    assert_eq!(paths(&imported.sections), paths(&ours.sections), "the sections");
    for (new, old) in imported.sections.iter().zip(&ours.sections) {
        assert_eq!(chinese(new), chinese(old), "{}", old.path);
        assert!(!new.translated() && new.slips.is_empty(), "{}: an import has no English and no slips", new.path);
    }
}

#[test]
fn importing_the_original_into_the_text_gives_back_the_text_byte_for_byte() {
    let current = common::BUNDLED.text;
    let merged = tip_report::data::import::import(ORIGINAL, Some(&report_text())).unwrap();
    assert_eq!(merged.kept, merged.text.sections.len(), "every section keeps its English");
    assert!(merged.untranslated.is_empty() && merged.dropped_slips.is_empty() && merged.removed.is_empty());
    assert!(text::validate(&merged.text).is_empty());
    let json = tip_report::data::import::to_json(&merged.text).unwrap();
    if json != current {
        let at = json.chars().zip(current.chars()).take_while(|(a, b)| a == b).count();
        let around = |s: &str| s.chars().skip(at.saturating_sub(60)).take(120).collect::<String>();
        panic!("the import differs at character {at}:\n ours:    {}\n current: {}", around(&json), around(current));
    }
}

#[test]
fn a_changed_passage_loses_its_english_and_a_slip_no_longer_printed() {
    // The original with a slip corrected (欺滿 → 欺瞞) and a sentence added.
    let corrected = ORIGINAL.replace("欺滿", "欺瞞").replace("並提\n\n高案件之破案率及起訴率。", "並提\n\n高案件之破案率及起訴率。另增一句。");
    assert_ne!(corrected.matches("另增一句").count(), 0, "the fixture has the lines replaced");
    let merged = tip_report::data::import::import(&corrected, Some(&report_text())).unwrap();
    assert_eq!(merged.untranslated, ["貳、三、(三)、1", "貳、三、(五)、7"]);
    assert_eq!(merged.dropped_slips, [("貳、三、(五)、7".to_string(), "欺滿".to_string())]);
    let kept = merged.text.section("貳、三、(三)、1").unwrap();
    assert_eq!(kept.slips.len(), 1, "its slip (歐盟總署長) is still printed, and kept");
    assert!(text::validate(&merged.text).is_empty(), "{:?}", text::validate(&merged.text));
    assert_eq!(merged.kept, merged.text.sections.len() - 2);
}

// --- No bare Chinese in English ------------------------------------------
// English may quote the report's Chinese (a term, a section, a name as
// printed) only inside a `{zh:…}` span, which the page marks
// `lang="zh-Hant"` (`core::mixed`).

/// Every English string of a data file: the `en` of each text, and the
/// cells of each English table.
fn english_of(v: &serde_json::Value, path: &str, out: &mut Vec<(String, String)>) {
    match v {
        serde_json::Value::Object(m) => {
            for (k, x) in m {
                if k == "en" {
                    let mut strings = Vec::new();
                    strings_of(x, &mut strings);
                    out.extend(strings.into_iter().map(|s| (format!("{path}.en"), s)));
                } else {
                    english_of(x, &format!("{path}.{k}"), out);
                }
            }
        }
        serde_json::Value::Array(a) => a.iter().enumerate().for_each(|(i, x)| english_of(x, &format!("{path}[{i}]"), out)),
        _ => {}
    }
}

fn strings_of(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) => out.push(s.clone()),
        serde_json::Value::Array(a) => a.iter().for_each(|x| strings_of(x, out)),
        _ => {}
    }
}

#[test]
fn english_has_no_chinese_outside_a_marked_span() {
    use tip_report::core::mixed::bare_chinese;
    let mut english = Vec::new();
    for (name, json) in [("report.json", common::BUNDLED.report), ("text.json", common::BUNDLED.text)] {
        english_of(&serde_json::from_str(json).unwrap(), name, &mut english);
    }
    assert!(english.len() > 350, "only {} English strings found", english.len());
    // What the code writes in English: the cross-checks' notes and every fixed text.
    for n in tip_report::dataset::checks::run(&report()) {
        english.push((format!("note {}", n.id), n.text.en.clone()));
    }
    // (The language switch names the other language in it, on an element marked so.)
    for &k in tip_report::locale::ALL_KEYS.iter().filter(|k| **k != tip_report::locale::Key::SwitchLanguage) {
        english.push((format!("key {k:?}"), tip_report::locale::t(tip_report::core::Lang::En, k).to_string()));
    }
    let bare: Vec<String> = english.iter().filter_map(|(at, s)| bare_chinese(s).map(|run| format!("{at}: {run}"))).collect();
    assert!(bare.is_empty(), "Chinese in English outside a {{zh:…}} span:\n{}", bare.join("\n"));
    // The marks are used, and what they hold is Chinese.
    let marked: Vec<&str> = english.iter().flat_map(|(_, s)| tip_report::core::mixed::spans(s)).filter_map(|p| match p {
        tip_report::core::mixed::Span::Zh(z) => Some(z),
        _ => None,
    }).collect();
    assert!(marked.iter().any(|z| *z == "艾若蘭") && marked.iter().any(|z| z.starts_with("貳、")), "{marked:?}");
    assert!(marked.iter().all(|z| z.chars().any(tip_report::core::mixed::is_han)), "{marked:?}");
}

#[test]
fn chinese_left_bare_in_english_is_refused_where_it_is() {
    // In the report's text …
    let mut json: serde_json::Value = serde_json::from_str(common::BUNDLED.text).unwrap();
    let at = json["sections"].as_array().unwrap().iter().position(|s| s["path"] == "貳、三、(二)、4、(2)、A、VII").unwrap();
    let en = json["sections"][at]["blocks"][0]["en"].as_str().unwrap().replace("{zh:艾若蘭}", "艾若蘭");
    json["sections"][at]["blocks"][0]["en"] = serde_json::json!(en);
    let err = text::load(&json.to_string()).unwrap_err();
    let tip_report::data::LoadError::Invalid(errors) = err else { panic!("{err:?}") };
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].field, "blocks[0].en");
    assert_eq!(errors[0].problem, tip_report::data::Problem::BareChinese("艾若蘭".into()));
    assert!(errors[0].describe(tip_report::core::Lang::Zh).contains("艾若蘭"));
    // … and in the data.
    let mut json: serde_json::Value = serde_json::from_str(common::BUNDLED.report).unwrap();
    let a = json["activities"].as_array_mut().unwrap().iter_mut().find(|a| a["id"] == "visit-vietnam-2014-05-12").unwrap();
    a["partner"]["en"] = serde_json::json!("Director-General 陳家強");
    let err = data::load(&json.to_string()).unwrap_err();
    let tip_report::data::LoadError::Invalid(errors) = err else { panic!("{err:?}") };
    assert_eq!(errors[0].field, "partner.en");
    assert_eq!(errors[0].problem, tip_report::data::Problem::BareChinese("陳家強".into()));
}

/// Plain English of the GOV.UK kind: no sentence of the English text runs
/// past 35 words (the audit found 37 of 188 that did; `english.md`, 2c).
#[test]
fn no_english_sentence_runs_past_35_words() {
    let mut english = Vec::new();
    english_of(&serde_json::from_str(common::BUNDLED.text).unwrap(), "text.json", &mut english);
    let mut long = Vec::new();
    let mut count = 0;
    for (path, s) in &english {
        let plain = tip_report::core::mixed::plain(s);
        // A sentence ends at . ! or ? before a space and a capital, a quote or a bracket.
        let mut start = 0;
        let chars: Vec<(usize, char)> = plain.char_indices().collect();
        for (k, &(i, c)) in chars.iter().enumerate() {
            let ends = matches!(c, '.' | '!' | '?')
                && chars.get(k + 1).is_some_and(|&(_, n)| n == ' ')
                && chars.get(k + 2).is_some_and(|&(_, n)| n.is_uppercase() || n == '"' || n == '(');
            if ends || k + 1 == chars.len() {
                let sentence = &plain[start..i + c.len_utf8()];
                count += 1;
                let words = sentence.split_whitespace().count();
                if words > 35 {
                    long.push(format!("{path} ({words} words): {}", sentence.chars().take(80).collect::<String>()));
                }
                start = i + c.len_utf8();
            }
        }
    }
    assert!(count > 250, "only {count} sentences found: the splitter is wrong");
    assert!(long.is_empty(), "{} sentences over 35 words:\n{}", long.len(), long.join("\n"));
}
