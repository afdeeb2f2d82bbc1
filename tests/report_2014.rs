//! The bundled report (2014) as the viewer shows it: every output the build
//! derives from `public/data/`, compared with what it was when the snapshot
//! was taken (`tests/snapshots/report-2014.tsv`, one digest per output).
//! Outputs: each chart view the build writes, the charts' SVG options, the
//! report page and every embed page in both languages, the pages' sharing
//! tags, the open data (facts.csv, the JSON-LD), and the two charts the
//! browser builds over selections of pillars, years and searches.
//!
//! A change to the code that changes what a reader of this report sees
//! fails here, naming the outputs that moved. When the change is meant:
//! `SNAPSHOT=update cargo test --test report_2014` rewrites the file, and
//! its diff in the commit shows which outputs moved. `SNAPSHOT_OUT=DIR`
//! writes each output whole into DIR, to diff two commits' outputs.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;

use tip_report::charts::{build, svg, ChartEnv};
use tip_report::core::{Lang, Pillar};
use tip_report::dataset::Dataset;
use tip_report::ui::page::Content;
use tip_report::ui::start::Start;
use tip_report::ui::{render, render_embed};
use tip_report::presentation::Selection;

const SNAPSHOT: &str = "tests/snapshots/report-2014.tsv";

fn content() -> Content {
    // The data folder as the build reads it: with its editions (changes.json).
    let data = Dataset::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(common::BUNDLED.dir)).unwrap();
    Content { data: Arc::new(data), text: Some(Arc::new(common::BUNDLED.text())) }
}

/// Selections of what the browser-built charts read.
fn selections(years: &[i32]) -> Vec<(String, Selection)> {
    let mut out = Vec::new();
    for year in std::iter::once(None).chain(years.iter().copied().map(Some)) {
        for (name, pillars) in [("all", vec![]), ("prevention", vec![Pillar::Prevention]), ("protection+partnership", vec![Pillar::Protection, Pillar::Partnership])] {
            for q in ["", "taipei", "善牧"] {
                let key = format!("{}/{name}/{q}", year.map_or("all".to_string(), |y| y.to_string()));
                out.push((key, Selection { pillars: pillars.clone(), year, q: q.into(), ..Selection::default() }));
            }
        }
    }
    out
}

/// Every output, by name.
fn outputs() -> BTreeMap<String, String> {
    let report = content();
    let d = report.data.clone();
    let mut out = BTreeMap::new();
    for (file, json) in tip_report::ui::chart_views(report.clone()) {
        out.insert(format!("view/{file}"), json);
    }
    out.insert("svg/jobs".into(), svg::jobs(&d).to_string());
    for lang in Lang::ALL {
        out.insert(format!("page/{}", lang.page_file()), render(Start::prerendered(lang), report.clone()));
        for id in d.chart_ids() {
            let file = tip_report::presentation::embed::page_file(id, lang);
            out.insert(format!("page/{file}"), render_embed(Start::prerendered_embed(id, lang), report.clone()));
        }
    }
    for page in tip_report::charts::pages::all(&d, None) {
        out.insert(format!("tags/{}", page.file), format!("{page:?}"));
    }
    out.insert("data/facts.csv".into(), tip_report::dataset::facts::to_csv(&d.facts));
    out.insert("data/json-ld".into(), tip_report::dataset::jsonld::dataset(&d.report, &d.viewer, None).to_string());
    for id in d.chart_ids().into_iter().filter(|id| d.kind(*id).is_some_and(|k| !tip_report::charts::views::is_static(k))) {
        for (key, state) in selections(&d.years()) {
            for lang in Lang::ALL {
                for dark in [false, true] {
                    let built = build(id, &d, &state, ChartEnv { dark, ..ChartEnv::new(lang) });
                    let scheme = if dark { "dark" } else { "light" };
                    out.insert(
                        format!("build/{}/{key}/{}/{scheme}", id.id(), lang.id()),
                        format!("{}\n{}\n{:?}\n{:?}\n{:?}\n{:?}", built.chart.map(|c| c.to_string()).unwrap_or_default(), built.summary, built.tables, built.sources, built.notes, built.context),
                    );
                }
            }
        }
    }
    out
}

/// An output without what names the code rather than what the reader
/// sees: the hash Leptos gives each island's name (`ChartPanel_1234…`),
/// which moves with any change to the island's code.
fn normalised(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find("data-component=\"") {
        let start = at + "data-component=\"".len();
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('"').unwrap_or(0);
        let name = &rest[start..end];
        out.push_str(name.rsplit_once('_').filter(|(_, h)| h.chars().all(|c| c.is_ascii_digit())).map_or(name, |(n, _)| n));
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

fn digest(s: &str) -> String {
    tip_report::core::digest::fnv1a(normalised(s).bytes())
}

#[test]
fn what_the_2014_report_shows_is_as_it_was() {
    let outputs = outputs();
    if let Some(dir) = std::env::var_os("SNAPSHOT_OUT") {
        let dir = std::path::PathBuf::from(dir);
        for (name, body) in &outputs {
            let path = dir.join(name.replace('/', "__"));
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(path, body).unwrap();
        }
    }
    let now: String = outputs.iter().map(|(name, body)| format!("{name}\t{}\n", digest(body))).collect();
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(SNAPSHOT);
    if std::env::var("SNAPSHOT").as_deref() == Ok("update") {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &now).unwrap();
        return;
    }
    let then = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{SNAPSHOT}: {e} (SNAPSHOT=update writes it)"));
    let parse = |s: &str| -> BTreeMap<String, String> {
        s.lines().filter_map(|l| l.split_once('\t')).map(|(a, b)| (a.to_string(), b.to_string())).collect()
    };
    let (then, now) = (parse(&then), parse(&now));
    let moved: Vec<&String> = now.iter().filter(|(k, v)| then.get(*k) != Some(v)).map(|(k, _)| k).collect();
    let gone: Vec<&String> = then.keys().filter(|k| !now.contains_key(*k)).collect();
    assert!(
        moved.is_empty() && gone.is_empty(),
        "{} of {} outputs of the 2014 report changed: {:?}{}; gone: {gone:?}\n(if meant: SNAPSHOT=update cargo test --test report_2014)",
        moved.len(),
        now.len(),
        &moved[..moved.len().min(12)],
        if moved.len() > 12 { " …" } else { "" },
    );
    assert!(now.len() > 300, "too few outputs to be the whole viewer: {}", now.len());
}

// --- The 2014 report's own figures, asserted where no digest above shows them.
// (Their behaviour is tested on the fictional report, beside the code.)

#[test]
fn the_2014_reports_years_and_its_activities_by_filter() {
    use tip_report::core::Dimension;
    use tip_report::presentation::filter::{activities, shows_activity};
    let r = common::BUNDLED.report();
    assert_eq!(r.years(), [2010, 2011, 2012, 2013, 2014]);
    let ids = |s: &Selection| activities(&r, s).iter().map(|a| a.id.clone()).collect::<Vec<_>>();
    let find = |q: &str| ids(&Selection { q: q.into(), ..Default::default() });
    assert_eq!(find("西門町"), ["booth-ximending-2014-08-30"]);
    assert_eq!(find("ximending"), find("西門町"));
    assert!(find("XIMENDING 2014").is_empty());
    assert!(find("善牧").len() >= 2, "partner names are searched");
    let y2013 = Selection { year: Some(2013), ..Default::default() };
    assert!(activities(&r, &y2013).is_empty(), "the report's activities are all of 2014");
    let coordination = Selection { dimensions: vec![Dimension::Coordination], ..Default::default() };
    assert_eq!(
        ids(&coordination),
        [
            "coordination-pre-meetings-2014",
            "executive-yuan-coordination-meetings-2014",
            "local-government-evaluation-2014",
            "cross-ministry-general-education-2014",
        ],
        "the four of 貳、三、(四), by date (the two of the year alone first)"
    );
    for d in [Dimension::Difficulty, Dimension::Quality] {
        assert!(ids(&Selection { dimensions: vec![d], ..Default::default() }).contains(&"international-workshop-2014".to_string()), "{d:?}");
    }
    let two = Selection { dimensions: vec![Dimension::Quality, Dimension::Uncontrollable], ..Default::default() };
    assert_eq!(ids(&two), ["southern-detention-shelter-construction", "advisory-network-training-2014-07-21", "international-workshop-2014"]);
    // The three meetings of 貳、五 alone are under no dimension.
    let outside: Vec<&str> = r.activities.iter().filter(|a| a.dimensions.is_empty()).map(|a| a.id.as_str()).collect();
    assert_eq!(outside.len(), 3, "{outside:?}");
    assert!(r.activities.iter().filter(|a| a.dimensions.is_empty()).all(|a| shows_activity(&Selection::default(), a)));
}

#[test]
fn the_2014_report_has_its_34_activities_and_90_sections() {
    assert_eq!(common::BUNDLED.report().activities.len(), 34, "the report's activities");
    assert_eq!(common::BUNDLED.text().sections.len(), 90, "the report's sections");
}

#[test]
fn the_2014_main_points() {
    use tip_report::presentation::main_points::main_points;
    let d = common::BUNDLED.dataset();
    let en = main_points(&d, Lang::En);
    assert_eq!(en.iter().map(|p| p.id).collect::<Vec<_>>(), ["taiwan-tier", "cases", "victims", "agreements", "media"]);
    let point = |id: &str| en.iter().find(|p| p.id == id).unwrap().sentence();
    assert_eq!(point("taiwan-tier"), "The US State Department's Trafficking in Persons Report rated Taiwan Tier 1, its highest rating, in each of the 5 years 2010–2014.");
    assert!(point("agreements").contains("10 countries, 5 of them that year"), "{}", point("agreements"));
}
