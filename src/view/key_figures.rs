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

    fn report() -> Report {
        crate::data::load(include_str!("../../public/data/report.json")).unwrap()
    }

    /// The bundled report's charts over `r`.
    fn with(r: Report) -> Dataset {
        Dataset::new(r, Dataset::bundled().viewer)
    }

    fn ids(state: &ViewState) -> Vec<&'static str> {
        key_figures(&with(report()), state, Lang::En).iter().map(|k| k.id).collect()
    }

    #[test]
    fn all_figures_without_a_filter() {
        let r = report();
        let k = key_figures(&with(r.clone()), &ViewState::default(), Lang::En);
        assert_eq!(k.iter().map(|k| k.id).collect::<Vec<_>>(), ["taiwan-tier", "agreements", "cases", "victims", "media"]);
        assert_eq!(k[0].value, "Tier 1");
        assert!(k[0].label.contains("2010–2014, every year"), "{}", k[0].label);
        assert_eq!(k[1].value, "10");
        assert_eq!(k[2].value, "138 cases");
        assert!(k[2].label.contains("102 cases against 184 people"));
        assert_eq!(k[3].value, "23 persons");
        assert_eq!(k[4].value, "10,045");
    }

    #[test]
    fn figures_follow_pillar_and_year() {
        let prevention = ViewState { pillars: vec![Pillar::Prevention], ..Default::default() };
        assert_eq!(ids(&prevention), ["taiwan-tier", "media"]);
        let y2012 = ViewState { year: Some(2012), ..Default::default() };
        assert_eq!(ids(&y2012), ["taiwan-tier", "agreements"]);
        let k = key_figures(&with(report()), &y2012, Lang::Zh);
        assert_eq!(k[1].value, "2", "Mongolia 2011 and Indonesia 2012");
        assert!(k[1].label.contains("101 年底"));
    }
}
