//! Every figure in the data reaches the reader: in the table of the chart
//! that shows it, or in its activity's entry in the list; and every chart
//! names its source sections. What holds for any report is checked on
//! both reports the tests run on (`tests/common`): the fictional one and
//! the bundled 2014 one; the findings of 2014 on the bundled one.

mod common;

use tip_report::core::{ChartId, Lang, Tier};
use tip_report::locale::{self, format, t, Key};
use tip_report::dataset::Dataset;
use tip_report::dataset::facts::{Fact, FactSet};
use tip_report::presentation::Selection;
use tip_report::presentation::activity_entry;
use tip_report::charts::table::Table;
use tip_report::charts::{build, ChartEnv};

/// The bundled 2014 report.
fn dataset() -> Dataset {
    common::BUNDLED.dataset()
}

/// Both reports the tests run on: the fictional one, the bundled one.
fn reports() -> [Dataset; 2] {
    [common::FICTIONAL.dataset(), common::BUNDLED.dataset()]
}

/// The numbers in a cell's CSV form (`31 (16.6％)` holds 31 and 16.6).
fn numbers(raw: &str) -> Vec<String> {
    raw.split(|c: char| !(c.is_ascii_digit() || c == '.')).filter(|s| !s.is_empty()).map(str::to_string).collect()
}

/// What a table cell shows of a figure.
enum Shown {
    /// The value (the numbers of the cell's CSV form hold it).
    Value(f64),
    /// Nothing: the report prints no number (a number cell left empty).
    NotPrinted,
    /// A name, as the cell's text (Taiwan's tier, not its rank).
    Name(&'static str),
}

/// Where the table of the chart that shows the figure `f` has it: the
/// column, the key of the row (its heading cell), and what the cell shows.
/// `None` for an agreement, which is its country's row, with no cell of
/// its own.
fn place_of(f: &Fact, lang: Lang, home: &str) -> Option<(String, String, Shown)> {
    let year = f.year.to_string();
    let shown = f.value.map(Shown::Value).unwrap_or(Shown::NotPrinted);
    match f.dataset {
        // One row a year, one column a figure.
        FactSet::Indicator => {
            let key = match f.record_id.rsplit('-').next().unwrap_or_default() {
                "target" => Key::IndicatorTarget,
                "actual" => Key::IndicatorActual,
                "achievement" => Key::IndicatorAchievement,
                _ => panic!("an indicator figure of no known column: {}", f.record_id),
            };
            Some((t(lang, key).to_string(), year, shown))
        }
        FactSet::TipTiers => {
            let id = f.record_id.trim_start_matches(&format!("tip-{year}-")).trim_end_matches("-pct");
            let tier = |pick: &dyn Fn(&Tier) -> bool| Tier::ALL.into_iter().find(|t| pick(t)).unwrap_or_else(|| panic!("no tier for {}", f.record_id));
            Some(match id {
                "total" => (t(lang, Key::TiersTotalPrinted).to_string(), year, shown),
                // Taiwan's rating is a rank in the data, a tier's name in the table.
                "taiwan" => {
                    let rank = f.value.expect("Taiwan's rank");
                    (locale::tiers_home_column(lang, home), year, Shown::Name(locale::tier(lang, tier(&|t| t.rank() == rank))))
                }
                _ => (locale::tier(lang, tier(&|t| t.id() == id)).to_string(), year, shown),
            })
        }
        FactSet::AgreementList => None,
        // A table of figures: one row a figure, its label first.
        _ => Some((t(lang, Key::ColValue).to_string(), f.label.get(lang).to_string(), shown)),
    }
}

/// Whether `tables` (of the chart that shows `f`) have the figure in its
/// place (`place_of`); an agreement, as its country's row on its date.
fn in_chart_table(tables: &[Table], f: &Fact, lang: Lang, home: &str) -> bool {
    let Some((column, record, shown)) = place_of(f, lang, home) else {
        let country = f.label.get(lang).split([':', '：']).next().unwrap_or_default();
        return tables.iter().flat_map(|t| &t.rows).any(|row| row[0].raw == country && row.iter().any(|c| c.raw == f.date.iso()));
    };
    tables.iter().any(|t| {
        let Some(at) = t.columns.iter().position(|c| *c == column) else { return false };
        t.rows.iter().filter(|row| row[0].raw == record).any(|row| match shown {
            Shown::Value(v) => numbers(&row[at].raw).contains(&format::plain(v)),
            Shown::NotPrinted => row[at].numeric && row[at].raw.is_empty(),
            Shown::Name(name) => row[at].text == name,
        })
    })
}

/// Whether the activity's entry, as the list renders it, shows the figure
/// with its unit in both languages.
fn in_activity_entry(d: &Dataset, f: &Fact) -> bool {
    let Some(v) = f.value else { return false };
    f.count.as_ref().and_then(|c| d.report.count(c)).is_some_and(|(a, _)| {
        Lang::ALL.iter().all(|&lang| {
            let shown = format!("{} {}", format::number(v, lang), locale::unit(lang, f.unit));
            activity_entry::entry(a, lang).rows.iter().any(|(_, text)| text.contains(&shown))
        })
    })
}

#[test]
fn every_figure_is_in_the_table_of_its_chart_or_in_its_activity_entry() {
    for d in reports() {
        every_figure_is_shown(&d);
    }
    assert!(dataset().facts.len() > 100, "only {} figures", dataset().facts.len());
}

fn every_figure_is_shown(d: &Dataset) {
    let tables: Vec<(ChartId, Lang, Vec<Table>)> = d
        .chart_ids()
        .into_iter()
        .flat_map(|id| Lang::ALL.map(|lang| (id, lang, build(id, d, &Selection::default(), ChartEnv::new(lang)).tables)))
        .collect();
    let tables_of = |id: ChartId, lang: Lang| &tables.iter().find(|(c, l, _)| *c == id && *l == lang).unwrap().2;
    let mut missing = Vec::new();
    for (i, f) in d.facts.iter().enumerate() {
        // The chart that shows a figure has it in its table; a figure no
        // chart shows is an activity's, in its entry.
        let (shown, place) = match d.chart_of(i) {
            Some(chart) => (Lang::ALL.iter().all(|&lang| in_chart_table(tables_of(chart, lang), f, lang, d.report.meta.home.name.get(lang))), format!("{chart:?}'s table")),
            None => (in_activity_entry(d, f), "its activity entry".to_string()),
        };
        if !shown {
            missing.push(format!("{} {} {:?} ({}): not in {place}", f.dataset.id(), f.record_id, f.value, f.source));
        }
    }
    assert!(!d.facts.is_empty());
    assert!(missing.is_empty(), "{}: figures not shown where they belong:\n{}", d.viewer.site.id, missing.join("\n"));
}

#[test]
fn every_chart_draws_and_names_its_sources_without_a_filter() {
    for d in reports() {
    for id in d.chart_ids() {
        for lang in Lang::ALL {
            let b = build(id, &d, &Selection::default(), ChartEnv::new(lang));
            assert!(b.chart.is_some(), "{id:?} draws nothing");
            assert!(!b.sources.is_empty(), "{id:?} has no source");
            assert!(!b.summary.is_empty(), "{id:?} has no text alternative");
            assert!(!b.tables.is_empty(), "{id:?} has no table");
            let json = b.chart.as_ref().unwrap();
            assert!(!json.to_string().contains("null"), "{id:?} options hold a null");
        }
    }
    }
}

#[test]
fn a_chart_with_nothing_for_the_year_says_so() {
    let d = dataset();
    let y2012 = Selection { year: Some(2012), ..Default::default() };
    for id in [ChartId::new("media"), ChartId::new("outreach"), ChartId::new("protection"), ChartId::new("prosecution"), ChartId::new("exchanges"), ChartId::new("activities")] {
        let b = build(id, &d, &y2012, ChartEnv::new(Lang::En));
        assert!(b.is_empty(), "{id:?} should have nothing for 2012");
    }
    for id in [ChartId::new("indicator"), ChartId::new("tiers"), ChartId::new("agreements")] {
        assert!(!build(id, &d, &y2012, ChartEnv::new(Lang::En)).is_empty(), "{id:?} has 2012 figures");
    }
}

#[test]
fn the_2014_disagreement_note_travels_with_the_tier_chart() {
    let d = dataset();
    let b = build(ChartId::new("tiers"), &d, &Selection::default(), ChartEnv::new(Lang::En));
    assert!(b.notes.iter().any(|n| n.id == "tiers-sum-2014"));
    let y2012 = Selection { year: Some(2012), ..Default::default() };
    let b = build(ChartId::new("tiers"), &d, &y2012, ChartEnv::new(Lang::En));
    assert!(!b.notes.iter().any(|n| n.id == "tiers-sum-2014"), "a 2014 note is not shown for 2012");
}

#[test]
fn chart_csv_has_the_numbers_of_its_table() {
    let d = dataset();
    let b = build(ChartId::new("media"), &d, &Selection::default(), ChartEnv::new(Lang::Zh));
    let csv = b.tables[0].to_csv();
    assert!(csv.starts_with("項目,日期,數值,單位,報告章節\n"), "{csv}");
    assert!(csv.contains(",9430,spots,貳、三、(一)、3"), "{csv}");
}

#[test]
fn each_finding_is_shown_with_the_chart_of_its_figures() {
    let d = dataset();
    let shown = |id: ChartId| -> Vec<String> {
        build(id, &d, &Selection::default(), ChartEnv::new(Lang::En)).notes.iter().map(|n| n.id.clone()).collect()
    };
    for (chart, note) in [
        (ChartId::new("indicator"), "indicator-unreported-2011"),
        (ChartId::new("indicator"), "indicator-target-2011"),
        (ChartId::new("indicator"), "indicator-target-2012"),
        (ChartId::new("tiers"), "tiers-pct-total-2012"),
        (ChartId::new("media"), "media-spots-units"),
        (ChartId::new("prosecution"), "same-training-basic-general-education"),
        (ChartId::new("agreements"), "agreement-counted-as-mou-japan-2014"),
        (ChartId::new("exchanges"), "visit-before-signing-taiwan-japan-4th-immigration-meeting"),
        (ChartId::new("exchanges"), "topics-international-workshop-2014"),
    ] {
        assert!(shown(chart).iter().any(|n| n == note), "{note} is not shown with {chart:?}");
    }
    // Every finding other than "agrees" is shown with some chart, in any report.
    for d in reports() {
        let all: Vec<String> = d.chart_ids().iter().flat_map(|id| build(*id, &d, &Selection::default(), ChartEnv::new(Lang::En)).notes).map(|n| n.id).collect();
        for n in d.notes.iter().filter(|n| n.outcome != tip_report::dataset::checks::Outcome::Agrees) {
            assert!(all.contains(&n.id), "{}: {} is shown with no chart", d.viewer.site.id, n.id);
        }
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
    assert!(e.rows[at(Key::AlsoDated)].1.contains("12 June 2014"), "{:?}", e.rows);
    assert!(e.rows[at(Key::ColDimension)].1.contains("Coordination across agencies"), "{:?}", e.rows);
    let e = entry("southern-detention-shelter-construction", Lang::Zh);
    assert!(e.rows.iter().any(|(k, v)| *k == Key::ExpectedEnd && v.contains("104 年（2015）12 月")), "{:?}", e.rows);
    let e = entry("international-workshop-2014", Lang::En);
    assert!(e.rows.iter().any(|(k, v)| *k == Key::ColValue && v.contains("7 speakers ({zh:貳、五、(二)、3、(5)、D})")), "{:?}", e.rows);
    assert_eq!(e.rows.iter().filter(|(k, _)| *k == Key::ColTopics).count(), 2);
}
