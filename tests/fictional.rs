//! The viewer on a report it was not written for: the fictional report of
//! `tests/fixtures/report-fictional/` (2019, other ids, five charts, no
//! KPI table, no agreements), and variants of it that lack more. What the
//! data lacks is left out of every page; what contradicts it is refused.
//! (Its whole built site is checked by `make test-fictional`.)

mod common;

use std::sync::Arc;

use tip_report::core::{Lang, Role};
use tip_report::data::validate::Problem;
use tip_report::data::LoadError;
use tip_report::dataset::Dataset;
use tip_report::ui::page::Content;
use tip_report::ui::start::Start;
use tip_report::ui::{render, render_embed};
use tip_report::presentation::Selection;

use common::FICTIONAL;

/// The fictional report with `edit` applied to its report and viewer files.
fn load(edit: impl FnOnce(&mut serde_json::Value, &mut serde_json::Value)) -> Result<Dataset, LoadError> {
    FICTIONAL.edited_dataset(edit)
}

/// Every page of the site of `d`: the report page and the embed pages, in both languages.
fn pages(d: Dataset) -> Vec<String> {
    let content = Content { data: Arc::new(d), text: Some(Arc::new(FICTIONAL.text())) };
    let mut out = Vec::new();
    for lang in Lang::ALL {
        out.push(render(Start::prerendered(lang), content.clone()));
        for id in content.data.chart_ids() {
            out.push(render_embed(Start::prerendered_embed(id, lang), content.clone()));
        }
    }
    out
}

#[test]
fn the_fictional_report_shows_its_own_charts_and_titles() {
    let d = load(|_, _| {}).unwrap();
    let ids: Vec<&str> = d.chart_ids().into_iter().map(|c| c.id()).collect();
    assert_eq!(ids, ["tiers", "media", "protection", "activities", "timeline"]);
    let pages = pages(d.clone());
    assert!(pages[0].contains(d.viewer.site.title.zh.as_str()));
    for absent in ["chart-indicator", "chart-agreements", "chart-partners"] {
        assert!(pages.iter().all(|p| !p.contains(&format!("id=\"{absent}\""))), "{absent} is on a page");
    }
    // Its figures, by their own ids, in the sentence of its definition.
    let media = tip_report::charts::build(tip_report::core::ChartId::new("media"), &d, &Selection::default(), tip_report::charts::ChartEnv::new(Lang::En));
    assert!(media.summary.contains("616 broadcasts on 7 TV stations"), "{}", media.summary);
    // The roles its figures play are found by role, whatever their ids.
    assert_eq!(d.report.figure(Role::VictimsPlaced).map(|f| f.id.as_str()), Some("fx-victims"));
}

#[test]
fn a_report_without_the_tip_ratings_leaves_them_out_of_every_page() {
    let d = load(|r, v| {
        r.as_object_mut().unwrap().remove("tip_tiers");
        v["charts"].as_array_mut().unwrap().retain(|c| c["kind"] != "tier-counts");
    })
    .unwrap();
    assert!(d.report.tier_years().is_empty());
    let points = tip_report::presentation::main_points::main_points(&d, Lang::En);
    assert!(points.iter().all(|p| p.id != "taiwan-tier"), "{points:?}");
    assert!(!points.is_empty(), "the other main points stay");
    for page in pages(d) {
        assert!(!page.contains("id=\"chart-tiers\""));
    }
}

#[test]
fn a_chart_of_what_the_report_lacks_is_refused_naming_it() {
    let err = load(|r, _| {
        r.as_object_mut().unwrap().remove("tip_tiers");
    })
    .unwrap_err();
    let LoadError::Invalid(errors) = err else { panic!("{err:?}") };
    let e = errors.iter().find(|e| e.problem == Problem::NothingToShow("tier-counts".into())).unwrap_or_else(|| panic!("{errors:?}"));
    assert_eq!((e.record.as_str(), e.field.as_str()), ("charts[0] (tiers)", "kind"));
    assert!(e.describe(Lang::Zh).contains("tier-counts") && e.describe(Lang::En).contains("leave the chart out"));
}
