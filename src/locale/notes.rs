//! The cross-checks' notes (`dataset::checks`): each note holds both
//! languages, built with `both(|lang| note_…(lang, …))`. `what` is the thing
//! compared, in `lang` (a `Check…` key or `check_countries_signing_in`).

use super::vocab::tier;
use crate::core::date::roc_year as roc;
use crate::core::{Lang, Tier};

use super::format::section as sec;

/// Sections joined as a list in `lang`.
fn secs(lang: Lang, paths: &[String]) -> String {
    and_list(lang, &paths.iter().map(|p| sec(lang, p)).collect::<Vec<_>>())
}

/// The tiers of a year do not add up to the printed total.
pub fn note_tiers_sum(lang: Lang, year: i32, parts: &str, sum: u32, total: u32) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）各級國家數相加為 {parts} = {sum} 國，但報告所列受評國家總數為 {total} 國。本站照原文呈現，未作更正。",
            roc(year)
        ),
        Lang::En => format!(
            "In {year}, the countries in each tier add up to {parts} = {sum}, but the report prints a total of {total} countries rated. Both are shown as printed."
        ),
    }
}

/// The printed percentages of a year do not add up to 100.
pub fn note_tiers_pct_sum(lang: Lang, year: i32, pct_sum: &str) -> String {
    match lang {
        Lang::Zh => format!("{} 年（{year}）所列各級百分比相加為 {pct_sum}％，而非 100％。", roc(year)),
        Lang::En => format!("In {year}, the printed tier percentages add up to {pct_sum}%, not 100%."),
    }
}

/// A printed percentage differs from the one its counts give.
pub fn note_tier_pct(lang: Lang, year: i32, which: Tier, printed: &str, count: u32, total: u32, computed: &str) -> String {
    let name = tier(lang, which);
    match lang {
        Lang::Zh => format!("{} 年（{year}）{name}：報告列約占 {printed}％，以 {count} ÷ {total} 計算為 {computed}％。", roc(year)),
        Lang::En => format!("{year} {name}: printed as about {printed}%; {count} of {total} is {computed}%."),
    }
}

/// The indicator's actual value does not match Taiwan's tier that year.
pub fn note_indicator_actual(lang: Lang, year: i32, printed: &str, taiwan: Tier) -> String {
    let name = tier(lang, taiwan);
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標實際值印為 {printed}，但同報告的評等表列我國為{name}；衡量標準為評列第一級，報告未說明此數值的意義。",
            roc(year)
        ),
        Lang::En => format!(
            "The {year} actual value is printed as {printed}, while the report's tier table rates Taiwan {name} that year; the measure is a Tier 1 rating and the report does not explain this value."
        ),
    }
}

/// The indicator's actual value is not printed, yet its achievement and
/// reviews are.
pub fn note_indicator_unreported(lang: Lang, year: i32, printed: &str, achievement: &str, first: &str, second: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標實際值印為「{printed}」（未填報），但達成度仍列 {achievement}％，初核與複核結果分別為 {first}、{second}；報告未說明無實際值如何計算達成度。",
            roc(year)
        ),
        Lang::En => format!(
            "The {year} actual value is printed \"{printed}\" (not reported), yet the achievement is printed as {achievement}% and the first and second reviews give {first} and {second}; the report does not say how an achievement was computed without an actual value."
        ),
    }
}

/// The indicator's target of a year is not the tier the measure asks for.
pub fn note_indicator_target(lang: Lang, year: i32, printed: &str, measure: Tier) -> String {
    let name = tier(lang, measure);
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標原訂目標值印為 {printed}，但衡量標準為評列{name}；報告未說明目標值 {printed} 的意義。",
            roc(year)
        ),
        Lang::En => format!(
            "The {year} target is printed as {printed}, while the measure is a {name} rating; the report does not explain a target of {printed}."
        ),
    }
}

/// The printed percentages of a year add up to exactly 100 although some
/// differ from count ÷ total; `computed` is what the rounded shares add up
/// to. `adjusted` when that is not 100 (the printed ones were made to add up).
pub fn note_tiers_pct_total(lang: Lang, year: i32, differing: usize, of: usize, computed: &str, adjusted: bool) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）所列各級百分比相加恰為 100％，但 {of} 項中有 {differing} 項與「國家數 ÷ 總數」不符；{}",
            roc(year),
            if adjusted {
                format!("依同樣位數四捨五入，計算值相加為 {computed}％，所列百分比似經調整使合計為 100％。")
            } else {
                format!("依同樣位數四捨五入，計算值相加亦為 {computed}％，故差異並非為湊足 100％ 而調整，報告未說明其算法。")
            }
        ),
        Lang::En => format!(
            "In {year} the printed tier percentages add up to exactly 100%, although {differing} of the {of} {} from count ÷ total; {}",
            if differing == 1 { "differs" } else { "differ" },
            if adjusted {
                format!("rounded the same way, count ÷ total adds up to {computed}%, so the printed figures appear to have been adjusted to total 100%.")
            } else {
                format!("rounded the same way, count ÷ total also adds up to {computed}%, so the differences are not an adjustment to reach 100%; the report does not say how its percentages were computed.")
            }
        ),
    }
}

/// An agreement is counted under another name than the one it was signed
/// under.
pub fn note_agreement_counted_as(lang: Lang, country: &str, signed: &str, kind: &str, source: &str, counted_as: &str, counted_source: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{country}：{source} 載明 {signed}簽署的是「{kind}」，但 {counted_source} 將{country}列入完成簽署「{counted_as}」的國家並計入總數。"
        ),
        Lang::En => format!(
            "{country}: {} names the agreement signed on {signed} \"{kind}\", but {} counts {country} among the countries that signed a \"{counted_as}\".",
            sec(lang, source),
            sec(lang, counted_source)
        ),
    }
}

/// A visit counted among those from signatory countries came before the
/// country signed.
pub fn note_visit_before_signing(lang: Lang, count_source: &str, printed: &str, title: &str, held: &str, country: &str, signed: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{count_source} 所列簽訂國高層來訪 {printed} 次，包括 {held}的「{title}」，但{country}於 {signed}才簽署；該次來訪時{country}尚非簽訂國。"
        ),
        Lang::En => format!(
            "{} counts {printed} high-level visits from signatory countries, including the \"{title}\" of {held}. But {country} signed only on {signed}: at the time of that visit it was not yet a signatory.",
            sec(lang, count_source)
        ),
    }
}

/// Two sections give different topics for the same activity.
pub fn note_topics_differ(lang: Lang, title: &str, source_a: &str, topics_a: &str, source_b: &str, topics_b: &str) -> String {
    match lang {
        Lang::Zh => format!("「{title}」的討論議題兩處所列不同：{source_a} 列為{topics_a}；{source_b} 列為{topics_b}。"),
        Lang::En => format!(
            "The two sections list different topics for the \"{title}\": {} lists {topics_a}; {} lists {topics_b}.",
            sec(lang, source_a),
            sec(lang, source_b)
        ),
    }
}

/// A figure probably repeats an activity's count; `same` when the numbers
/// agree. `dates` are the activity's dates.
#[allow(clippy::too_many_arguments)]
pub fn note_probably_same(lang: Lang, label: &str, source: &str, figure: &str, title: &str, activity_source: &str, count: &str, dates: &str, same: bool) -> String {
    match lang {
        Lang::Zh if same => format!(
            "{source} 的「{label}」{figure}，與 {activity_source} 的「{title}」{count}（{dates}）很可能是同一批訓練，但報告未明言；本站將兩者並列，不相加。"
        ),
        Lang::Zh => format!(
            "{source} 的「{label}」{figure}，與 {activity_source} 的「{title}」{count}（{dates}）很可能是同一批訓練，但兩處數目不同。"
        ),
        Lang::En if same => format!(
            "\"{label}\": {figure} ({}); \"{title}\": {count} ({}; {dates}). These are probably the same trainings, though the report does not say so. They are shown side by side and never added together.",
            sec(lang, source),
            sec(lang, activity_source)
        ),
        Lang::En => format!(
            "\"{label}\": {figure} ({}); \"{title}\": {count} ({}; {dates}). These are probably the same trainings, but the two counts differ.",
            sec(lang, source),
            sec(lang, activity_source)
        ),
    }
}

/// The actual is above the target, which on the tier scale (lower is
/// better) would miss it, yet the achievement is printed as full.
pub fn note_indicator_missed(lang: Lang, year: i32, actual: &str, target: &str, achievement: &str, first: &str, second: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標實際值 {actual} 高於目標值 {target}。報告未說明實際值 {actual} 所用的尺度；若為評等數字（愈小愈好），即未達目標值 {target}。但達成度列為 {achievement}％，初核與複核結果分別為 {first}、{second}。報告未說明如何得出此達成度。",
            roc(year)
        ),
        Lang::En => format!(
            "In {year} the actual value of {actual} is above the target of {target}. The report does not say what scale {actual} is on; if it is the tier scale, where a lower number is better, it misses the target of {target}. Yet the achievement is printed as {achievement}%, and the first and second reviews give {first} and {second}. The report does not say how this achievement was reached."
        ),
    }
}

/// The indicator's actual value is not printed, though the same report
/// rates Taiwan that year (`source`); `as_tier` the years whose printed
/// actual value is the tier's number.
pub fn note_indicator_known(lang: Lang, year: i32, printed: &str, source: &str, taiwan: Tier, as_tier: &[i32]) -> String {
    let name = tier(lang, taiwan);
    let rank = taiwan.rank();
    let years: Vec<String> = as_tier.iter().map(|y| crate::locale::format::year(*y, lang)).collect();
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標實際值印為「{printed}」（未填報），而同一報告 {source} 列我國該年為{name}。若實際值即評等數字{}，該年應為 {rank}；報告未說明。",
            roc(year),
            if years.is_empty() { String::new() } else { format!("（{} 即是如此）", and_list(lang, &years)) }
        ),
        Lang::En => format!(
            "The {year} actual value is printed \"{printed}\" (not reported), while {} of the same report rates Taiwan {name} that year. If the actual value is the tier's number{}, it would be {rank}; the report does not say.",
            sec(lang, source),
            if years.is_empty() { String::new() } else { format!(", as it is in {}", and_list(lang, &years)) }
        ),
    }
}

/// A high-level visit from a country that had already signed, left out of
/// the printed count of visits from signatory countries.
#[allow(clippy::too_many_arguments)]
pub fn note_visit_not_counted(lang: Lang, count_source: &str, printed: &str, title: &str, held: &str, source: &str, country: &str, signed: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{count_source} 所列簽訂國高層來訪 {printed} 次，未包括 {source} 所列 {held}的「{title}」；{country}已於 {signed}簽署，該次來訪時已是簽訂國。"
        ),
        Lang::En => format!(
            "{} counts {printed} high-level visits from signatory countries, but leaves out the \"{title}\" of {held} ({}). The agreement with {country} had been signed on {signed}, before that visit.",
            sec(lang, count_source),
            sec(lang, source)
        ),
    }
}

/// A visit counted among high-level visits from signatory countries was
/// led by someone the report names by a former title.
pub fn note_visit_former_official(lang: Lang, count_source: &str, printed: &str, title: &str, held: &str, partner: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{count_source} 將 {held}的「{title}」計入簽訂國高層來訪 {printed} 次之一；報告記來訪者為「{partner}」，以前任職稱稱呼率團者，未說明其來訪時的職務。"
        ),
        Lang::En => format!(
            "{} counts the \"{title}\" of {held} among its {printed} high-level visits from signatory countries; the report gives the visitors as \"{partner}\", naming the delegation's leader by a former title, and does not say what post he held at the time of the visit.",
            sec(lang, count_source)
        ),
    }
}

/// The report says an earlier agreement with a country applies and no new
/// one is needed, yet reports talks on negotiating an MOU with it.
#[allow(clippy::too_many_arguments)]
pub fn note_mou_talks(lang: Lang, country: &str, source: &str, signed: &str, kind: &str, talks: &[String], title: &str, held: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{country}：{source} 稱 {signed}簽署之「{kind}」可適用，雙方無需另行簽訂協議；但 {} 記載 {held}「{title}」時雙方就洽簽 MOU 事宜交換意見。報告未說明確認適用的時間，兩處說法未經調和。",
            secs(lang, talks)
        ),
        Lang::En => format!(
            "{country}: {} says the \"{kind}\" of {signed} applies, so no new agreement is needed. Yet {} report a visit, \"{title}\" ({held}), at which the two sides exchanged views on negotiating an MOU. The report does not say when the confirmation was made, so it does not reconcile the two.",
            sec(lang, source),
            secs(lang, talks)
        ),
    }
}

/// Two sections name different organisers for the same activity.
pub fn note_organisers_differ(lang: Lang, title: &str, source_a: &str, names_a: &str, source_b: &str, names_b: &str) -> String {
    match lang {
        Lang::Zh => format!("「{title}」的主辦單位兩處所列不同：{source_a} 僅列{names_a}；{source_b} 列{names_b}共同舉辦。兩處可能只是詳略不同，但報告未說明。"),
        Lang::En => format!(
            "The two sections name different organisers for the \"{title}\": {} names only {names_a}; {} names {names_b} as joint organisers. This may only be an omission, but the report does not say.",
            sec(lang, source_a),
            sec(lang, source_b)
        ),
    }
}

/// A list of the report whose items are not in date order: each pair is
/// (the later item, its date, the item above it, its date).
pub fn note_list_order(lang: Lang, list: &str, pairs: &[(String, String, String, String)]) -> String {
    let said: Vec<String> = pairs
        .iter()
        .map(|(later, d1, earlier, d0)| match lang {
            Lang::Zh => format!("{later}（{d1}）列於 {earlier}（{d0}）之後"),
            Lang::En => format!("{} ({d1}) comes after {} ({d0})", sec(lang, later), sec(lang, earlier)),
        })
        .collect();
    let said = said.join(match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    });
    match lang {
        Lang::Zh => format!("{list} 各項並未依日期排列：{said}。本站依報告原有次序列出。"),
        Lang::En => format!("The items of {} are not in date order: {said}. They are listed in the report's order.", sec(lang, list)),
    }
}

/// A printed total adds figures of different units; `terms` are the parts
/// with their units, `units` the unit names.
pub fn note_units_mixed(lang: Lang, what: &str, terms: &[String], total: &str, units: &[String]) -> String {
    let (terms, units) = (and_list(lang, terms), and_list(lang, units));
    match lang {
        Lang::Zh => format!("{what}：報告所列合計 {total} 係由 {terms}相加而得；{units}為不同單位，報告將其合成一個數字。"),
        Lang::En => format!("{what}: the printed total of {total} adds {terms}; {units} are different units, counted as one number."),
    }
}

/// The fold of a chart's differences of rounding: how many printed
/// percentages differ, in which years (`per_year`: year, percentages), and
/// how many notes on a year's total are beside them.
pub fn notes_rounding_group(lang: Lang, per_year: &[(i32, usize)], totals: usize) -> String {
    let n: usize = per_year.iter().map(|(_, k)| k).sum();
    let years: Vec<String> = per_year
        .iter()
        .map(|(y, k)| match lang {
            // No space after a full-width mark: `100 年（2011）4 項`.
            Lang::Zh => format!("{}{k} 項", crate::locale::format::year(*y, lang)),
            Lang::En => format!("{y}: {k}"),
        })
        .collect();
    match lang {
        Lang::Zh => format!(
            "有 {n} 項所列百分比與依數量換算的結果僅有進位差異（{}）{}",
            years.join("；"),
            if totals > 0 { format!("，另有 {totals} 則各年百分比合計的說明") } else { String::new() }
        ),
        Lang::En => format!(
            "{n} printed {} from {} counts only by rounding ({}){}",
            if n == 1 { "percentage differs" } else { "percentages differ" },
            if n == 1 { "its" } else { "their" },
            years.join("; "),
            if totals > 0 { format!(", with {totals} {} on what a year's percentages add up to", if totals == 1 { "note" } else { "notes" }) } else { String::new() }
        ),
    }
}

/// `a、b與c` / `a, b and c`.
pub fn and_list(lang: Lang, items: &[String]) -> String {
    let (sep, and) = match lang {
        Lang::Zh => ("、", "與"),
        Lang::En => (", ", " and "),
    };
    // In Chinese, a space between a character and a following number.
    let join = |acc: String, sep: &str, item: &str| {
        let space = lang == Lang::Zh && item.starts_with(|c: char| c.is_ascii_alphanumeric());
        format!("{acc}{sep}{}{item}", if space { " " } else { "" })
    };
    let Some((first, rest)) = items.split_first() else { return String::new() };
    let n = rest.len();
    rest.iter().enumerate().fold(first.clone(), |acc, (i, item)| join(acc, if i + 1 == n { and } else { sep }, item))
}

/// A sum of figures matches the printed total.
pub fn note_sum_agrees(lang: Lang, what: &str, terms: &str, total: &str) -> String {
    match lang {
        Lang::Zh => format!("{what}：{terms} = {total}，與報告所列合計相符。"),
        Lang::En => format!("{what}: {terms} = {total}, matching the printed total."),
    }
}

/// A sum of figures differs from the printed total.
pub fn note_sum_differs(lang: Lang, what: &str, terms: &str, sum: &str, total: &str) -> String {
    match lang {
        Lang::Zh => format!("{what}：{terms} = {sum}，但報告所列合計為 {total}。"),
        Lang::En => format!("{what}: {terms} = {sum}, but the printed total is {total}."),
    }
}

/// Figures a sum check needs are missing; `names` are their ids.
pub fn note_missing_figures(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Zh => format!("無法核對：資料中缺少數據 {names}。"),
        Lang::En => format!("Could not be checked: the data lacks the figures {names}."),
    }
}

/// A printed count matches the records listed.
pub fn note_count_agrees(lang: Lang, what: &str, printed: &str, listed: usize) -> String {
    match lang {
        Lang::Zh => format!("{what}：報告所列 {printed}，與逐項列出的 {listed} 項相符。"),
        Lang::En => format!("{what}: the report prints {printed}, and lists {listed}."),
    }
}

/// A printed count differs from the records listed.
pub fn note_count_differs(lang: Lang, what: &str, printed: &str, listed: usize) -> String {
    match lang {
        Lang::Zh => format!("{what}：報告所列為 {printed}，但逐項列出的只有 {listed} 項。"),
        Lang::En => format!("{what}: the report prints {printed}, but lists {listed}."),
    }
}

/// What the per-year agreement checks compare.
/// What the printed count of countries with an agreement counts: those
/// signed by the end of `year`.
pub fn check_agreements_total(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("至 {} 年底簽署合作協定或備忘錄的國家", roc(year)),
        Lang::En => format!("Countries with a signed agreement or MOU by the end of {year}"),
    }
}

pub fn check_countries_signing_in(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{} 年簽署的國家", roc(year)),
        Lang::En => format!("Countries signing in {year}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::keys::{assert_both_languages, t, Key};

    #[test]
    fn every_note_has_both_languages() {
        assert_both_languages(&[
            ("note_tiers_sum", Box::new(|l| note_tiers_sum(l, 2014, "1 + 2", 3, 4))),
            ("note_tiers_pct_sum", Box::new(|l| note_tiers_pct_sum(l, 2014, "100.7"))),
            ("note_tier_pct", Box::new(|l| note_tier_pct(l, 2014, Tier::Tier2, "47.1", 88, 190, "46.3"))),
            ("note_indicator_actual", Box::new(|l| note_indicator_actual(l, 2012, "3.55", Tier::Tier1))),
            ("note_sum_agrees", Box::new(|l| note_sum_agrees(l, t(l, Key::CheckMediaSpots), "1 + 2", "3"))),
            ("note_sum_differs", Box::new(|l| note_sum_differs(l, t(l, Key::CheckMediaSpots), "1 + 2", "3", "4"))),
            ("note_missing_figures", Box::new(|l| note_missing_figures(l, "a, b"))),
            ("note_count_agrees", Box::new(|l| note_count_agrees(l, t(l, Key::CheckVisitsOutgoing), "5", 5))),
            ("note_count_differs", Box::new(|l| note_count_differs(l, t(l, Key::CheckVisitsOutgoing), "2", 1))),
            ("check_countries_signing_in", Box::new(|l| check_countries_signing_in(l, 2013))),
            ("note_indicator_unreported", Box::new(|l| note_indicator_unreported(l, 2011, "--", "100", "★", "★"))),
            ("note_indicator_target", Box::new(|l| note_indicator_target(l, 2011, "2", Tier::Tier1))),
            ("note_tiers_pct_total adjusted", Box::new(|l| note_tiers_pct_total(l, 2012, 1, 4, "99.9", true))),
            ("note_tiers_pct_total", Box::new(|l| note_tiers_pct_total(l, 2011, 4, 4, "100", false))),
            ("note_agreement_counted_as", Box::new(|l| note_agreement_counted_as(l, "x", "y", "k", "s", "c", "t"))),
            ("note_visit_before_signing", Box::new(|l| note_visit_before_signing(l, "s", "5", "t", "h", "c", "d"))),
            ("note_topics_differ", Box::new(|l| note_topics_differ(l, "t", "a", "x", "b", "y"))),
            ("note_probably_same", Box::new(|l| note_probably_same(l, "a", "s", "2", "t", "u", "2", "d", true))),
            ("note_probably_same differs", Box::new(|l| note_probably_same(l, "a", "s", "2", "t", "u", "3", "d", false))),
            ("note_indicator_missed", Box::new(|l| note_indicator_missed(l, 2012, "3.55", "2", "100", "★", "★"))),
            ("note_indicator_known", Box::new(|l| note_indicator_known(l, 2011, "--", "s", Tier::Tier1, &[2013, 2014]))),
            ("note_visit_not_counted", Box::new(|l| note_visit_not_counted(l, "s", "5", "t", "h", "u", "c", "d"))),
            ("note_visit_former_official", Box::new(|l| note_visit_former_official(l, "s", "5", "t", "h", "p"))),
            ("note_mou_talks", Box::new(|l| note_mou_talks(l, "c", "s", "d", "k", &["a".into(), "b".into()], "t", "h"))),
            ("note_organisers_differ", Box::new(|l| note_organisers_differ(l, "t", "a", "x", "b", "y"))),
            ("note_list_order", Box::new(|l| note_list_order(l, "s", &[("b".into(), "2".into(), "a".into(), "1".into())]))),
            ("note_units_mixed", Box::new(|l| note_units_mixed(l, "w", &["1 a".into(), "2 b".into()], "3", &["a".into(), "b".into()]))),
            ("notes_rounding_group", Box::new(|l| notes_rounding_group(l, &[(2011, 2), (2012, 1)], 2))),
        ]);
    }

    #[test]
    fn and_list_joins_as_each_language_does() {
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(Lang::Zh, &items(&["615 次", "9,430 檔次"])), "615 次與 9,430 檔次");
        assert_eq!(and_list(Lang::Zh, &items(&["「次」", "「檔次」"])), "「次」與「檔次」");
        assert_eq!(and_list(Lang::En, &items(&["a", "b", "c"])), "a, b and c");
        assert_eq!(and_list(Lang::En, &items(&["a"])), "a");
    }
}
