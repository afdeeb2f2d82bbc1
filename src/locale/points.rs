//! The main points' sentences (`presentation::main_points`): plain language, one
//! figure each. Numbers and spans arrive formatted, so each text only words
//! them; the figure is written into the sentence once, where the page
//! emphasises it.

use crate::core::date::roc_year as roc;
use crate::core::Lang;

/// The tier of the report's country (`home`), the same in every year of
/// `span` (`years` reports).
pub fn point_tier(lang: Lang, home: &str, tier: &str, span: &str, years: usize) -> String {
    match lang {
        Lang::Zh => format!("{span}，美國國務院人口販運問題報告連續 {years} 年將{home}評為{tier}國家，為最高等級。"),
        Lang::En => format!("The US State Department's Trafficking in Persons Report rated {home} {tier}, its highest rating, in each of the {years} years {span}."),
    }
}

/// Cases uncovered in `year`, by the Agency, and indicted.
pub fn point_cases(lang: Lang, year: i32, found: &str, by_agency: &str, indicted: &str, persons: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年司法警察機關查獲人口販運案件 {found} 件，其中本署 {by_agency} 件；檢察署起訴及聲請簡易判決 {indicted} 件、{persons} 人。",
            roc(year)
        ),
        Lang::En => format!(
            "In {year} law enforcement agencies (the judicial police) uncovered {found} trafficking cases, {by_agency} of them by the Agency. Prosecutors indicted, or sought summary judgment in, {indicted} cases against {persons} people."
        ),
    }
}

/// Victims placed in shelters in `year`, and those who went home.
pub fn point_victims(lang: Lang, year: i32, placed: &str, repatriated: &str) -> String {
    match lang {
        Lang::Zh => format!("{} 年安置保護人口販運被害人 {placed} 人；結束安置後協助返國 {repatriated} 人。", roc(year)),
        Lang::En => format!("In {year}, {placed} victims of trafficking were placed in shelters, and {repatriated} were helped home when their placement ended."),
    }
}

/// Countries with an agreement by the end of `year`, `new` of them signed that year.
pub fn point_agreements(lang: Lang, home: &str, year: i32, total: &str, new: &str) -> String {
    match lang {
        Lang::Zh => format!("至 {} 年底，{home}已與 {total} 個國家簽署合作協定或備忘錄，其中 {new} 國在該年簽署。", roc(year)),
        Lang::En => format!("By the end of {year}, {home} had signed a cooperation agreement or memorandum with {total} countries, {new} of them that year."),
    }
}

/// Awareness spots on TV and radio in `year`.
pub fn point_media(lang: Lang, year: i32, spots: &str, outlets: &str) -> String {
    match lang {
        Lang::Zh => format!("{} 年透過 {outlets} 家電視及廣播媒體，公益託播防制人口販運宣導 {spots} 檔次。", roc(year)),
        Lang::En => format!("In {year}, {outlets} TV and radio outlets aired {spots} public-service announcements on trafficking (TV broadcasts and radio spots together)."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::keys::assert_both_languages;

    #[test]
    fn every_point_has_both_languages() {
        assert_both_languages(&[
            ("point_tier", Box::new(|l| point_tier(l, "x", "1", "2010–2014", 5))),
            ("point_cases", Box::new(|l| point_cases(l, 2014, "1", "2", "3", "4"))),
            ("point_victims", Box::new(|l| point_victims(l, 2014, "1", "2"))),
            ("point_agreements", Box::new(|l| point_agreements(l, "x", 2014, "1", "2"))),
            ("point_media", Box::new(|l| point_media(l, 2014, "1", "2"))),
        ]);
    }
}
