//! The key figures at the top of the page, following the selection.

use crate::charts::ChartId;
use crate::data::dates::{roc_year, Date};
use crate::data::{Pillar, Report, Tier};
use crate::format;
use crate::i18n::{self, Lang};
use crate::state::ViewState;

/// One key figure: a headline number, what it is, and the chart behind it.
#[derive(Debug, Clone, PartialEq)]
pub struct KeyFigure {
    pub id: &'static str,
    pub value: String,
    pub label: String,
    pub chart: ChartId,
}

fn figure(r: &Report, id: &str) -> Option<f64> {
    r.figures.iter().find(|f| f.id == id).map(|f| f.value)
}

fn figure_year(r: &Report, id: &str) -> Option<i32> {
    r.figures.iter().find(|f| f.id == id).and_then(|f| Date::parse(&f.date).ok()).map(|d| d.year)
}

/// The key figures for a selection, in a fixed order; a figure whose pillar
/// or year is not selected is left out.
pub fn key_figures(r: &Report, state: &ViewState, lang: Lang) -> Vec<KeyFigure> {
    let n = |v: f64| format::number(v, lang);
    let mut out = Vec::new();

    // Taiwan's tier in the selected years.
    let years: Vec<_> = r.tip_tiers.years.iter().filter(|y| state.shows_year(y.year)).collect();
    if let (Some(first), Some(last)) = (years.first(), years.last()) {
        let tiers: Vec<Tier> = years.iter().map(|y| y.taiwan).collect();
        if tiers.iter().all(|t| *t == tiers[0]) {
            let span = if first.year == last.year {
                format::year(first.year, lang)
            } else if lang == Lang::Zh {
                format!("{}–{} 年（{}–{}）", roc_year(first.year), roc_year(last.year), first.year, last.year)
            } else {
                format!("{}–{}", first.year, last.year)
            };
            let label = match lang {
                Lang::Zh => format!("臺灣在美國人口販運問題報告的評等，{span}{}", if years.len() > 1 { "每年" } else { "" }),
                Lang::En => format!("Taiwan's rating in the US Trafficking in Persons report, {span}{}", if years.len() > 1 { ", every year" } else { "" }),
            };
            out.push(KeyFigure { id: "taiwan-tier", value: i18n::tier(lang, tiers[0]).to_string(), label, chart: ChartId::Tiers });
        }
    }

    // Agreements: cumulative to the end of the selected year (or the report year).
    if state.shows_pillar(Pillar::Partnership) {
        let until = state.year.unwrap_or(r.meta.year);
        let count = r
            .agreements
            .iter()
            .filter(|a| a.counted && Date::parse(&a.date).is_ok_and(|d| d.year <= until))
            .count();
        if count > 0 {
            let label = match lang {
                Lang::Zh => format!("至 {} 年底已簽署合作協定或備忘錄的國家", roc_year(until)),
                Lang::En => format!("Countries with a signed cooperation agreement or MOU by the end of {until}"),
            };
            out.push(KeyFigure { id: "agreements", value: n(count as f64), label, chart: ChartId::Agreements });
        }
    }

    let for_year = |id: &str| figure_year(r, id).is_some_and(|y| state.shows_year(y));
    if state.shows_pillar(Pillar::Prosecution) && for_year("cases-uncovered-judicial-police") {
        if let (Some(found), Some(nia), Some(cases), Some(persons)) = (
            figure(r, "cases-uncovered-judicial-police"),
            figure(r, "cases-uncovered-nia"),
            figure(r, "cases-indicted"),
            figure(r, "cases-indicted-persons"),
        ) {
            let label = match lang {
                Lang::Zh => format!("查獲人口販運案件（其中本署 {} 件）；起訴及聲請簡易判決 {} 件 {} 人", n(nia), n(cases), n(persons)),
                Lang::En => format!("trafficking cases uncovered ({} by the agency); {} cases against {} persons indicted", n(nia), n(cases), n(persons)),
            };
            let unit = i18n::unit(lang, crate::data::Unit::Cases);
            out.push(KeyFigure { id: "cases", value: format!("{} {unit}", n(found)), label, chart: ChartId::Prosecution });
        }
    }
    if state.shows_pillar(Pillar::Protection) && for_year("victims-placed") {
        if let (Some(placed), Some(home)) = (figure(r, "victims-placed"), figure(r, "victims-repatriated")) {
            let label = match lang {
                Lang::Zh => format!("被害人獲安置保護；結束安置安排返國 {} 人", n(home)),
                Lang::En => format!("victims placed in shelters; {} repatriated when placement ended", n(home)),
            };
            let unit = i18n::unit(lang, crate::data::Unit::Persons);
            out.push(KeyFigure { id: "victims", value: format!("{} {unit}", n(placed)), label, chart: ChartId::Protection });
        }
    }
    if state.shows_pillar(Pillar::Prevention) && for_year("media-spots-total") {
        if let (Some(spots), Some(outlets)) = (figure(r, "media-spots-total"), figure(r, "media-outlets-total")) {
            let label = match lang {
                Lang::Zh => format!("電視與廣播公益託播宣導檔次（{} 家媒體）", n(outlets)),
                Lang::En => format!("TV and radio awareness broadcasts ({} outlets)", n(outlets)),
            };
            out.push(KeyFigure { id: "media", value: n(spots), label, chart: ChartId::Media });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> Report {
        crate::data::load(include_str!("../public/data/report.json")).unwrap()
    }

    fn ids(state: &ViewState) -> Vec<&'static str> {
        key_figures(&report(), state, Lang::En).iter().map(|k| k.id).collect()
    }

    #[test]
    fn all_figures_without_a_filter() {
        let r = report();
        let k = key_figures(&r, &ViewState::default(), Lang::En);
        assert_eq!(k.iter().map(|k| k.id).collect::<Vec<_>>(), ["taiwan-tier", "agreements", "cases", "victims", "media"]);
        assert_eq!(k[0].value, "Tier 1");
        assert!(k[0].label.contains("2010–2014, every year"), "{}", k[0].label);
        assert_eq!(k[1].value, "10");
        assert_eq!(k[2].value, "138 cases");
        assert!(k[2].label.contains("102 cases against 184 persons"));
        assert_eq!(k[3].value, "23 persons");
        assert_eq!(k[4].value, "10,045");
    }

    #[test]
    fn figures_follow_pillar_and_year() {
        let prevention = ViewState { pillars: vec![Pillar::Prevention], ..Default::default() };
        assert_eq!(ids(&prevention), ["taiwan-tier", "media"]);
        let y2012 = ViewState { year: Some(2012), ..Default::default() };
        assert_eq!(ids(&y2012), ["taiwan-tier", "agreements"]);
        let k = key_figures(&report(), &y2012, Lang::Zh);
        assert_eq!(k[1].value, "2", "Mongolia 2011 and Indonesia 2012");
        assert!(k[1].label.contains("101 年底"));
    }
}
