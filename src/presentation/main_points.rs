//! The main points at the top of the page: a few plain sentences, each with
//! its figure from the data and a link to the chart that shows it. They
//! describe the whole report (the default view) and do not follow the
//! filters, so they are prerendered only.

use crate::core::{ChartId, ChartKind, Lang, Role, Tier};
use crate::data::Report;
use crate::dataset::Dataset;
use crate::locale::format;
use crate::locale::{self, points};

/// One main point: its sentence around its figure, and the chart behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct MainPoint {
    pub id: &'static str,
    /// The sentence before the figure, the figure, and the rest.
    pub before: String,
    pub figure: String,
    pub after: String,
    /// The chart that shows it, when the report has one.
    pub chart: Option<ChartId>,
}

impl MainPoint {
    /// The whole sentence.
    pub fn sentence(&self) -> String {
        format!("{}{}{}", self.before, self.figure, self.after)
    }
}

/// Where a sentence's figure goes: the texts are written with it in their
/// place, then cut there (a figure's digits may occur elsewhere in the
/// sentence, as in a year).
const FIGURE: &str = "\u{1}";

fn point(id: &'static str, chart: Option<ChartId>, figure: String, sentence: impl Fn(&str) -> String) -> MainPoint {
    let text = sentence(FIGURE);
    let (before, after) = text.split_once(FIGURE).unwrap_or((text.as_str(), ""));
    MainPoint { id, before: before.to_string(), figure, after: after.to_string(), chart }
}

fn value(r: &Report, id: Role) -> Option<(f64, i32)> {
    r.figure(id).map(|f| (f.value, f.date.year))
}

/// The main points of the report, in a fixed order. A point whose figures
/// the data lacks is left out, and the tier point only says "every year"
/// when the tier was the same in every year.
pub fn main_points(d: &Dataset, lang: Lang) -> Vec<MainPoint> {
    let r = &d.report;
    let n = |v: f64| format::number(v, lang);
    let mut out = Vec::new();

    let years = r.tier_years();
    if let (Some(first), Some(last)) = (years.first(), years.last()) {
        let tier: Tier = first.taiwan;
        if years.iter().all(|y| y.taiwan == tier) {
            let span = format::year_span(first.year, last.year, lang);
            let name = locale::tier(lang, tier).to_string();
            out.push(point("taiwan-tier", d.chart_of_kind(ChartKind::TierCounts), name, |f| points::point_tier(lang, r.meta.home.name.get(lang), f, &span, years.len())));
        }
    }

    if let (Some((found, year)), Some((nia, _)), Some((cases, _)), Some((persons, _))) = (
        value(r, Role::CasesUncovered),
        value(r, Role::CasesUncoveredByAgency),
        value(r, Role::CasesIndicted),
        value(r, Role::PersonsIndicted),
    ) {
        out.push(point("cases", d.chart_of_role(Role::CasesUncovered), n(found), |f| points::point_cases(lang, year, f, &n(nia), &n(cases), &n(persons))));
    }

    if let (Some((placed, year)), Some((home, _))) = (value(r, Role::VictimsPlaced), value(r, Role::VictimsRepatriated)) {
        out.push(point("victims", d.chart_of_role(Role::VictimsPlaced), n(placed), |f| points::point_victims(lang, year, f, &n(home))));
    }

    // Counted from the agreements themselves, as the chart counts them.
    let year = r.meta.year;
    let counted = || r.agreements.iter().filter(|a| a.counted);
    let total = counted().filter(|a| a.date.year <= year).count();
    let new = counted().filter(|a| a.date.year == year).count();
    if total > 0 {
        out.push(point("agreements", d.chart_of_kind(ChartKind::AgreementsByYear), n(total as f64), |f| points::point_agreements(lang, r.meta.home.name.get(lang), year, f, &n(new as f64))));
    }

    if let (Some((spots, year)), Some((outlets, _))) = (value(r, Role::MediaAiringsTotal), value(r, Role::MediaOutletsTotal)) {
        out.push(point("media", d.chart_of_role(Role::MediaAiringsTotal), n(spots), |f| points::point_media(lang, year, f, &n(outlets))));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::fixtures::FICTIONAL;

    // On the fictional report: Taiwan Tier 1 in 2018 and 2019, 24 victims
    // placed and 61 sent home, no agreements, no printed totals of cases or
    // media. The 2014 report's main points: tests/report_2014.rs.

    fn by_id<'a>(points: &'a [MainPoint], id: &str) -> &'a MainPoint {
        points.iter().find(|p| p.id == id).unwrap_or_else(|| panic!("no point {id}"))
    }

    /// The fictional report's charts over `r`.
    fn with(r: Report) -> Dataset {
        Dataset::new(r, FICTIONAL.dataset().viewer)
    }

    #[test]
    fn each_point_carries_its_figure_from_the_data() {
        let r = FICTIONAL.report();
        for lang in Lang::ALL {
            let p = main_points(&with(r.clone()), lang);
            assert_eq!(p.iter().map(|p| p.id).collect::<Vec<_>>(), ["taiwan-tier", "victims"], "only what the data has");
            let fig = |id: Role| format::number(r.figure(id).unwrap().value, lang);
            assert_eq!(by_id(&p, "victims").figure, fig(Role::VictimsPlaced));
            assert_eq!(by_id(&p, "taiwan-tier").figure, locale::tier(lang, Tier::Tier1));
            for point in &p {
                assert!(!point.before.contains(FIGURE) && !point.after.contains(FIGURE), "{}", point.id);
                assert!(point.sentence().contains(&point.figure));
                assert!(point.chart.is_some(), "{}: no chart", point.id);
            }
            // The other figures of a sentence are in it too.
            assert!(by_id(&p, "victims").sentence().contains(&fig(Role::VictimsRepatriated)));
        }
        let en = main_points(&with(r), Lang::En);
        assert_eq!(by_id(&en, "taiwan-tier").sentence(), "The US State Department's Trafficking in Persons Report rated Taiwan Tier 1, its highest rating, in each of the 2 years 2018–2019.");
    }

    #[test]
    fn points_follow_the_data() {
        // Another figure in the data: another figure in the sentence.
        let mut r = FICTIONAL.report();
        r.figures.iter_mut().find(|f| f.role == Some(Role::VictimsPlaced)).unwrap().value = 31.0;
        assert_eq!(by_id(&main_points(&with(r.clone()), Lang::En), "victims").figure, "31");
        // A year with another tier: no "every year" point.
        r.tip_tiers.as_mut().unwrap().years[1].taiwan = Tier::Tier2;
        assert!(main_points(&with(r.clone()), Lang::En).iter().all(|p| p.id != "taiwan-tier"));
        // A figure the data lacks: its point is left out, not written with a gap.
        r.figures.retain(|f| f.role != Some(Role::VictimsRepatriated));
        assert!(main_points(&with(r.clone()), Lang::Zh).iter().all(|p| p.id != "victims"));
        assert!(main_points(&with(r), Lang::Zh).is_empty());
    }
}
