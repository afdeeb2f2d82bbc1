//! The texts of what the site tells the outside world (`presentation::share`,
//! `charts::card`, `dataset::jsonld`): the share cards' labels, the cards'
//! text alternatives, the dataset's names that the data package has no
//! text for. Native only: the build writes them into the pages' heads and
//! the cards; the wasm never shows them.

use crate::core::date::roc_year as roc;
use crate::core::{Lang, Text};

fn text(zh: &str, en: &str) -> Text {
    Text { zh: zh.to_string(), en: en.to_string() }
}

/// The report card's label under the cases uncovered in `year`.
pub fn card_cases(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{} 年查獲人口販運案件", roc(year)),
        Lang::En => format!("trafficking cases uncovered in {year}"),
    }
}

/// The report card's label under the victims placed in `year`.
pub fn card_victims(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{} 年安置保護被害人", roc(year)),
        Lang::En => format!("victims placed in shelters in {year}"),
    }
}

/// The report card's label under the countries with an agreement by the end of `year`.
pub fn card_agreements(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("至 {} 年底簽署合作協定或備忘錄的國家", roc(year)),
        Lang::En => format!("countries with a signed agreement or MOU by the end of {year}"),
    }
}

/// The report card's tier line: the tier of the report's country (`home`)
/// in every year of `span`.
pub fn card_tier(lang: Lang, home: &str, span: &str) -> String {
    match lang {
        Lang::Zh => format!("{home}在美國人口販運問題報告的評等，{span}每年"),
        Lang::En => format!("{home}'s rating in the US Trafficking in Persons Report, every year {span}"),
    }
}

/// The report card's text alternative (`og:image:alt`): its title, then
/// what its figures say (`tier` the tier line with the tier, `figures`
/// each "value label").
pub fn card_alt_report(lang: Lang, title: &str, tier: &str, figures: &[String]) -> String {
    let list = figures.join(crate::locale::format::list_sep(lang));
    match lang {
        Lang::Zh => format!("{title}分享圖：{tier}；{list}。"),
        Lang::En => format!("Sharing image of {title}: {tier}; {list}."),
    }
}

/// A chart card's text alternative: the chart's title and its own text
/// alternative (`summary`).
pub fn card_alt_chart(lang: Lang, title: &str, summary: &str) -> String {
    match lang {
        Lang::Zh => format!("圖表「{title}」：{summary}"),
        Lang::En => format!("Chart \u{201c}{title}\u{201d}: {summary}"),
    }
}

/// The data package's own file, as a download of the dataset.
pub fn datapackage_title() -> Text {
    text("資料套件說明（Frictionless Data Package）", "Description of the data package (Frictionless Data Package)")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::keys::assert_both_languages;

    #[test]
    fn every_sharing_text_has_both_languages() {
        assert_both_languages(&[
            ("card_cases", Box::new(|l| card_cases(l, 2014))),
            ("card_victims", Box::new(|l| card_victims(l, 2014))),
            ("card_agreements", Box::new(|l| card_agreements(l, 2014))),
            ("card_tier", Box::new(|l| card_tier(l, "x", "2010–2014"))),
            ("card_alt_report", Box::new(|l| card_alt_report(l, "T", "Tier 1", &["1 a".into(), "2 b".into()]))),
            ("card_alt_chart", Box::new(|l| card_alt_chart(l, "T", "S"))),
            ("datapackage_title", Box::new(|l| datapackage_title().get(l).to_string())),
        ]);
        assert_eq!(card_cases(Lang::Zh, 2014), "103 年查獲人口販運案件");
    }
}
