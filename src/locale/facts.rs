//! Table cells and the labels of the open-data figures (`charts::table`,
//! `dataset::facts`); the fixed ones are keys (`Fact…`).

use super::vocab::tier;
use crate::core::{Lang, Tier};

/// A cell for a number the report does not give, with what it printed.
pub fn not_reported_printed(lang: Lang, printed: &str) -> String {
    match lang {
        Lang::Zh => format!("未列（原文「{printed}」）"),
        Lang::En => format!("not reported (printed \"{printed}\")"),
    }
}

/// Appended to a figure's label when the report prints no number.
pub fn fact_not_reported(lang: Lang, printed: &str) -> String {
    match lang {
        Lang::Zh => format!("（未列數值，原文為「{printed}」）"),
        Lang::En => format!(" (not reported, printed \"{printed}\")"),
    }
}

pub fn fact_tier_count(lang: Lang, which: Tier) -> String {
    let name = tier(lang, which);
    match lang {
        Lang::Zh => format!("{name}國家數"),
        Lang::En => format!("Countries in {name}"),
    }
}

pub fn fact_tier_share(lang: Lang, which: Tier) -> String {
    let name = tier(lang, which);
    match lang {
        Lang::Zh => format!("{name}國家占比（約，報告所列）"),
        Lang::En => format!("Share of countries in {name} (about, as printed)"),
    }
}

/// The rating of the report's country (`home`).
pub fn fact_home_rating(lang: Lang, home: &str, rating: Tier) -> String {
    let name = tier(lang, rating);
    match lang {
        Lang::Zh => format!("{home}評等：{name}"),
        Lang::En => format!("{home}'s rating: {name}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::keys::assert_both_languages;

    #[test]
    fn every_fact_text_has_both_languages() {
        assert_both_languages(&[
            ("not_reported_printed", Box::new(|l| not_reported_printed(l, "--"))),
            ("fact_not_reported", Box::new(|l| fact_not_reported(l, "--"))),
            ("fact_tier_count", Box::new(|l| fact_tier_count(l, Tier::Tier3))),
            ("fact_tier_share", Box::new(|l| fact_tier_share(l, Tier::Tier3))),
            ("fact_home_rating", Box::new(|l| fact_home_rating(l, "x", Tier::Tier1))),
        ]);
    }
}
