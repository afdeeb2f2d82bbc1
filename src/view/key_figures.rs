//! The key figures at the top of the page, following the selection.

use crate::core::{ChartId, ChartKind, Lang, Pillar, Role, Tier};
use crate::locale::format;
use crate::locale;
use crate::data::Report;
use crate::dataset::Dataset;
use crate::view::ViewState;

/// One key figure: a headline number, what it is, and the chart behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub id: &'static str,
    pub value: String,
    pub label: String,
    /// The chart that shows it, when the report has one.
    pub chart: Option<ChartId>,
}

fn figure(r: &Report, id: Role) -> Option<f64> {
    r.figure(id).map(|f| f.value)
}

fn figure_year(r: &Report, id: Role) -> Option<i32> {
    r.figure(id).map(|f| f.date.year)
}

/// The key figures for a selection, in a fixed order; a figure whose pillar
/// or year is not selected is left out.
pub fn key_figures(d: &Dataset, state: &ViewState, lang: Lang) -> Vec<KeyFigure> {
    let r = &d.report;
    let n = |v: f64| format::number(v, lang);
    let mut out = Vec::new();

    // Taiwan's tier in the selected years.
    let years: Vec<_> = r.tier_years().iter().filter(|y| state.shows_year(y.year)).collect();
    if let (Some(first), Some(last)) = (years.first(), years.last()) {
        let tiers: Vec<Tier> = years.iter().map(|y| y.taiwan).collect();
        if tiers.iter().all(|t| *t == tiers[0]) {
            let span = format::year_span(first.year, last.year, lang);
            let label = locale::key_tier_label(lang, r.meta.home.name.get(lang), &span, years.len() > 1);
            out.push(KeyFigure { id: "taiwan-tier", value: locale::tier(lang, tiers[0]).to_string(), label, chart: d.chart_of_kind(ChartKind::TierCounts) });
        }
    }

    // Agreements: cumulative to the end of the selected year (or the report year).
    if state.shows_pillar(Pillar::Partnership) {
        let until = state.year.unwrap_or(r.meta.year);
        let count = r
            .agreements
            .iter()
            .filter(|a| a.counted && a.date.year <= until)
            .count();
        if count > 0 {
            let label = locale::key_agreements_label(lang, until);
            out.push(KeyFigure { id: "agreements", value: n(count as f64), label, chart: d.chart_of_kind(ChartKind::AgreementsByYear) });
        }
    }

    let for_year = |id: Role| figure_year(r, id).is_some_and(|y| state.shows_year(y));
    if state.shows_pillar(Pillar::Prosecution) && for_year(Role::CasesUncovered) {
        if let (Some(found), Some(nia), Some(cases), Some(persons)) = (
            figure(r, Role::CasesUncovered),
            figure(r, Role::CasesUncoveredByAgency),
            figure(r, Role::CasesIndicted),
            figure(r, Role::PersonsIndicted),
        ) {
            let label = locale::key_cases_label(lang, &n(nia), &n(cases), &n(persons));
            let unit = locale::unit(lang, crate::core::Unit::Cases);
            out.push(KeyFigure { id: "cases", value: format!("{} {unit}", n(found)), label, chart: d.chart_of_role(Role::CasesUncovered) });
        }
    }
    if state.shows_pillar(Pillar::Protection) && for_year(Role::VictimsPlaced) {
        if let (Some(placed), Some(home)) = (figure(r, Role::VictimsPlaced), figure(r, Role::VictimsRepatriated)) {
            let label = locale::key_victims_label(lang, &n(home));
            let unit = locale::unit(lang, crate::core::Unit::Persons);
            out.push(KeyFigure { id: "victims", value: format!("{} {unit}", n(placed)), label, chart: d.chart_of_role(Role::VictimsPlaced) });
        }
    }
    if state.shows_pillar(Pillar::Prevention) && for_year(Role::MediaAiringsTotal) {
        if let (Some(spots), Some(outlets)) = (figure(r, Role::MediaAiringsTotal), figure(r, Role::MediaOutletsTotal)) {
            let label = locale::key_media_label(lang, &n(outlets));
            out.push(KeyFigure { id: "media", value: n(spots), label, chart: d.chart_of_role(Role::MediaAiringsTotal) });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixtures::FICTIONAL;
    use serde_json::json;

    // On the fictional report: Taiwan Tier 1 in 2018 and 2019, 24 victims
    // placed and 61 sent home in 2019, no agreements, no printed totals of
    // cases or media. The 2014 report's key figures: tests/report_2014.rs.

    /// The fictional report with an edit of its JSON.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Dataset {
        FICTIONAL.edited_dataset(|r, _| edit(r)).unwrap()
    }

    fn ids(d: &Dataset, state: &ViewState) -> Vec<&'static str> {
        key_figures(d, state, Lang::En).iter().map(|k| k.id).collect()
    }

    #[test]
    fn the_figures_the_data_has_without_a_filter() {
        let d = FICTIONAL.dataset();
        let k = key_figures(&d, &ViewState::default(), Lang::En);
        assert_eq!(k.iter().map(|k| k.id).collect::<Vec<_>>(), ["taiwan-tier", "victims"], "no agreements, no totals of cases or media");
        assert_eq!(k[0].value, "Tier 1");
        assert!(k[0].label.contains("2018–2019, every year"), "{}", k[0].label);
        assert_eq!(k[1].value, "24 persons");
        assert!(k[1].label.contains("61"), "{}", k[1].label);
        // Each leads to the chart that shows it.
        assert_eq!(k[0].chart, d.chart_of_kind(crate::core::ChartKind::TierCounts));
        assert_eq!(k[1].chart.map(|c| c.id()), Some("protection"));
        // The figures the data gains are shown: printed totals of airings and outlets.
        let d = edited(|v| {
            let figures = v["figures"].as_array_mut().unwrap();
            let mut total = figures[0].clone();
            total["id"] = json!("fx-airings-total");
            total["role"] = json!("media-airings-total");
            total["value"] = json!(10047);
            total["unit"] = json!("times");
            figures.push(total);
            let mut outlets = figures[0].clone();
            outlets["id"] = json!("fx-outlets-total");
            outlets["role"] = json!("media-outlets-total");
            outlets["value"] = json!(76);
            outlets["unit"] = json!("outlets");
            figures.push(outlets);
        });
        let k = key_figures(&d, &ViewState::default(), Lang::En);
        assert_eq!(k.iter().map(|k| k.id).collect::<Vec<_>>(), ["taiwan-tier", "victims", "media"]);
        assert_eq!(k[2].value, "10,047");
        assert!(k[2].label.contains("76"), "{}", k[2].label);
    }

    #[test]
    fn figures_follow_pillar_and_year() {
        let d = FICTIONAL.dataset();
        let pillar = |p: Pillar| ViewState { pillars: vec![p], ..Default::default() };
        assert_eq!(ids(&d, &pillar(Pillar::Prevention)), ["taiwan-tier"]);
        assert_eq!(ids(&d, &pillar(Pillar::Protection)), ["taiwan-tier", "victims"]);
        let y2018 = ViewState { year: Some(2018), ..Default::default() };
        assert_eq!(ids(&d, &y2018), ["taiwan-tier"], "the victims are of 2019");
        let k = key_figures(&d, &y2018, Lang::Zh);
        assert!(k[0].label.contains("107 年") && !k[0].label.contains("108"), "{}", k[0].label);
        // Another tier in one year: no figure for both years, one for each.
        let d = edited(|v| v["tip_tiers"]["years"][0]["taiwan"] = json!("tier2"));
        assert_eq!(ids(&d, &ViewState::default()), ["victims"]);
        assert_eq!(key_figures(&d, &y2018, Lang::En)[0].value, "Tier 2");
    }
}
