//! Every figure in the data reaches the reader: in a chart's table, or in
//! the activity list; and every chart names its source sections.

use tip_report::core::{ChartId, Lang};
use tip_report::locale::format;
use tip_report::dataset::Dataset;
use tip_report::dataset::facts::Fact;
use tip_report::view::ViewState;
use tip_report::view::activity_entry;
use tip_report::charts::{build, ChartEnv};

fn dataset() -> Dataset {
    Dataset::load(include_str!("../public/data/report.json")).unwrap()
}

/// The numbers in a cell's CSV form (`31 (16.6％)` holds 31 and 16.6).
fn numbers(raw: &str) -> Vec<String> {
    raw.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

fn in_some_table(d: &Dataset, f: &Fact) -> bool {
    let Some(v) = f.value else { return true };
    let want = format::plain(v);
    ChartId::ALL.iter().any(|id| {
        let built = build(*id, d, &ViewState::default(), ChartEnv::new(Lang::En));
        built.tables.iter().any(|t| {
            t.rows.iter().any(|row| {
                let has_value = row.iter().any(|c| numbers(&c.raw).contains(&want));
                let same_record = row.iter().any(|c| c.raw == f.source || c.raw == f.date.iso() || c.raw == f.year.to_string());
                has_value && same_record
            })
        })
    })
}

/// Whether the activity's entry, as the list renders it, shows the figure
/// with its unit in both languages.
fn in_activity_entry(d: &Dataset, f: &Fact) -> bool {
    let Some(v) = f.value else { return false };
    f.dataset == tip_report::dataset::facts::FactSet::Activities
        && d.report.activities.iter().filter(|a| f.record_id.starts_with(&format!("{}#", a.id))).any(|a| {
            Lang::ALL.iter().all(|&lang| {
                let shown = format!("{} {}", format::number(v, lang), tip_report::locale::unit(lang, f.unit));
                activity_entry::entry(a, lang).rows.iter().any(|(_, text)| text.contains(&shown))
            })
        })
}

#[test]
fn every_figure_is_in_a_chart_table_or_an_activity_entry() {
    let d = dataset();
    let mut missing = Vec::new();
    for f in &d.facts {
        if !in_activity_entry(&d, f) && !in_some_table(&d, f) {
            missing.push(format!("{} {} {:?} ({})", f.dataset.id(), f.record_id, f.value, f.source));
        }
    }
    assert!(missing.is_empty(), "figures shown nowhere:\n{}", missing.join("\n"));
}

#[test]
fn every_chart_draws_and_names_its_sources_without_a_filter() {
    let d = dataset();
    for id in ChartId::ALL {
        for lang in Lang::ALL {
            let b = build(id, &d, &ViewState::default(), ChartEnv::new(lang));
            assert!(b.chart.is_some(), "{id:?} draws nothing");
            assert!(!b.sources.is_empty(), "{id:?} has no source");
            assert!(!b.summary.is_empty(), "{id:?} has no text alternative");
            assert!(!b.tables.is_empty(), "{id:?} has no table");
            let json = b.chart.as_ref().unwrap();
            assert!(!json.to_string().contains("null"), "{id:?} options hold a null");
        }
    }
}

#[test]
fn a_chart_with_nothing_for_the_year_says_so() {
    let d = dataset();
    let y2012 = ViewState { year: Some(2012), ..Default::default() };
    for id in [ChartId::Media, ChartId::Outreach, ChartId::Protection, ChartId::Prosecution, ChartId::Exchanges, ChartId::Activities] {
        let b = build(id, &d, &y2012, ChartEnv::new(Lang::En));
        assert!(b.is_empty(), "{id:?} should have nothing for 2012");
    }
    for id in [ChartId::Indicator, ChartId::Tiers, ChartId::Agreements] {
        assert!(!build(id, &d, &y2012, ChartEnv::new(Lang::En)).is_empty(), "{id:?} has 2012 figures");
    }
}

#[test]
fn the_2014_disagreement_note_travels_with_the_tier_chart() {
    let d = dataset();
    let b = build(ChartId::Tiers, &d, &ViewState::default(), ChartEnv::new(Lang::En));
    assert!(b.notes.iter().any(|n| n.id == "tiers-sum-2014"));
    let y2012 = ViewState { year: Some(2012), ..Default::default() };
    let b = build(ChartId::Tiers, &d, &y2012, ChartEnv::new(Lang::En));
    assert!(!b.notes.iter().any(|n| n.id == "tiers-sum-2014"), "a 2014 note is not shown for 2012");
}

#[test]
fn chart_csv_has_the_numbers_of_its_table() {
    let d = dataset();
    let b = build(ChartId::Media, &d, &ViewState::default(), ChartEnv::new(Lang::Zh));
    let csv = b.tables[0].to_csv();
    assert!(csv.starts_with("項目,日期,數值,單位,報告章節\n"), "{csv}");
    assert!(csv.contains(",9430,spots,貳、三、(一)、3"), "{csv}");
}

#[test]
fn each_finding_is_shown_with_the_chart_of_its_figures() {
    let d = dataset();
    let shown = |id: ChartId| -> Vec<String> {
        build(id, &d, &ViewState::default(), ChartEnv::new(Lang::En)).notes.iter().map(|n| n.id.clone()).collect()
    };
    for (chart, note) in [
        (ChartId::Indicator, "indicator-unreported-2011"),
        (ChartId::Indicator, "indicator-target-2011"),
        (ChartId::Indicator, "indicator-target-2012"),
        (ChartId::Tiers, "tiers-pct-total-2012"),
        (ChartId::Media, "media-spots-units"),
        (ChartId::Prosecution, "same-training-basic-general-education"),
        (ChartId::Agreements, "agreement-counted-as-mou-japan-2014"),
        (ChartId::Exchanges, "visit-before-signing-taiwan-japan-4th-immigration-meeting"),
        (ChartId::Exchanges, "topics-international-workshop-2014"),
    ] {
        assert!(shown(chart).iter().any(|n| n == note), "{note} is not shown with {chart:?}");
    }
    // Every finding other than "agrees" is shown with some chart.
    let all: Vec<String> = ChartId::ALL.iter().flat_map(|id| shown(*id)).collect();
    for n in d.notes.iter().filter(|n| n.outcome != tip_report::dataset::checks::Outcome::Agrees) {
        assert!(all.contains(&n.id), "{} is shown with no chart", n.id);
    }
}

#[test]
fn an_activity_entry_shows_its_pillar_reason_dates_and_dimensions() {
    let d = dataset();
    let entry = |id: &str, lang: Lang| {
        let a = d.report.activities.iter().find(|a| a.id == id).unwrap();
        activity_entry::entry(a, lang)
    };
    use tip_report::locale::Key;
    let keys = |e: &activity_entry::Entry| e.rows.iter().map(|(k, _)| *k).collect::<Vec<_>>();
    let e = entry("cross-ministry-general-education-2014", Lang::En);
    let k = keys(&e);
    let at = |key: Key| k.iter().position(|x| *x == key).unwrap_or_else(|| panic!("no {key:?} row"));
    assert_eq!(at(Key::PillarReason), at(Key::ColPillar) + 1, "the reason follows the pillar");
    assert!(e.rows[at(Key::AlsoDated)].1.contains("12 Jun 2014"), "{:?}", e.rows);
    assert!(e.rows[at(Key::ColDimension)].1.contains("Coordination across agencies"), "{:?}", e.rows);
    let e = entry("southern-detention-shelter-construction", Lang::Zh);
    assert!(e.rows.iter().any(|(k, v)| *k == Key::ExpectedEnd && v.contains("104 年（2015）12 月")), "{:?}", e.rows);
    let e = entry("international-workshop-2014", Lang::En);
    assert!(e.rows.iter().any(|(k, v)| *k == Key::ColValue && v.contains("7 speakers (貳、五、(二)、3、(5)、D)")), "{:?}", e.rows);
    assert_eq!(e.rows.iter().filter(|(k, _)| *k == Key::ColTopics).count(), 2);
}
