//! A chart's texts (`charts`) the code writes: its text alternative
//! (summary) and labels, by kind (titles and units are the data's).
//! Numbers arrive formatted (`format::number`), so each text only words them.

use super::keys::{t, Key};
use super::vocab::tier;
use crate::core::date::roc_year as roc;
use crate::core::{Lang, Tier};

// ---------------------------------------------------------------------------
// Text alternatives (summaries) and labels.
// ---------------------------------------------------------------------------

/// Label under a year in the tiers chart: the year, then Taiwan's tier.
pub fn tiers_year_label(lang: Lang, home: &str, year: i32, rating: Tier) -> String {
    match lang {
        Lang::Zh => format!("{} 年\n{home}\n{}", roc(year), tier(lang, rating)),
        Lang::En => format!("{year}\n{home}:\n{}", tier(lang, rating)),
    }
}

/// The tiers chart's text alternative; `tier1_*` are the Tier 1 counts of
/// the first and last year.
pub fn tiers_summary(lang: Lang, home: &str, first: i32, last: i32, tier1_first: u32, tier1_last: u32, all_tier1: bool) -> String {
    match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{}至{}年美國人口販運問題報告各級國家數。第一級國家由 {} 國變為 {} 國；{home}{}。",
            roc(first),
            roc(last),
            tier1_first,
            tier1_last,
            if all_tier1 { "每年皆列第一級" } else { "各年評等見表" }
        ),
        Lang::En => format!(
            "Stacked bar chart of countries per tier in the US Trafficking in Persons Report, {}–{}. Tier 1 went from {} to {} countries; {home} {}.",
            first,
            last,
            tier1_first,
            tier1_last,
            if all_tier1 { "was Tier 1 every year" } else { "changed tier; see the table" }
        ),
    }
}

/// The indicator chart's text alternative: `name` is the indicator's name
/// in `lang`; `missing` the years without an actual value.
pub fn indicator_summary(lang: Lang, name: &str, first: i32, last: i32, all_met: bool, missing: &[i32]) -> String {
    use crate::locale::format::year;
    match lang {
        Lang::Zh => format!(
            "長條圖：關鍵績效指標「{}」{}的原訂目標值與實際值{}{}。",
            name,
            if first == last { year(first, lang) } else { format!("{}至{}", year(first, lang), year(last, lang)) },
            if all_met { "，各年達成度皆為 100％" } else { "" },
            if missing.is_empty() { String::new() } else { format!("；{} 實際值未列", missing.iter().map(|y| year(*y, lang)).collect::<Vec<_>>().join("、")) }
        ),
        Lang::En => format!(
            "Bar chart: target and actual values of the key performance indicator \"{}\", {}{}{}.",
            name,
            if first == last { first.to_string() } else { format!("{first}–{last}") },
            if all_met { "; achievement was 100% every year" } else { "" },
            if missing.is_empty() { String::new() } else { format!("; the actual value for {} is not reported", missing.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ")) }
        ),
    }
}

/// Category label of the media chart's TV bar, on two lines (so that both
/// labels fit side by side at 320 px).
pub fn media_tv_label(lang: Lang, stations: &str) -> String {
    match lang {
        Lang::Zh => format!("電視臺\n（{stations} 家）"),
        Lang::En => format!("TV\n({stations} stations)"),
    }
}

/// Category label of the media chart's radio bar, on two lines.
pub fn media_radio_label(lang: Lang, stations: &str) -> String {
    match lang {
        Lang::Zh => format!("廣播電臺\n（{stations} 家）"),
        Lang::En => format!("Radio\n({stations} stations)"),
    }
}

/// A sentence naming what a chart shows (`charts::SHORT_LIST`), or nothing
/// when `items` is empty: `分別為：a；b。` / ` They are: a; b.`
fn they_are(lang: Lang, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let list = items.join(crate::locale::format::list_sep(lang));
    match lang {
        Lang::Zh => format!("分別為：{list}。"),
        Lang::En => format!(" They are: {list}."),
    }
}

/// The outreach chart's text alternative; `approx` when a count is
/// "about"; `named` the events with their counts when few (else empty).
pub fn outreach_summary(lang: Lang, events: usize, total: &str, approx: bool, named: &[(String, String)]) -> String {
    let about = if approx { format!("{} ", t(lang, Key::About)) } else { String::new() };
    let named: Vec<String> = named
        .iter()
        .map(|(event, count)| match lang {
            // No space after a full-width mark: `（8 月 30 日）200 人`.
            Lang::Zh if event.ends_with(|c: char| !c.is_ascii() && !c.is_alphanumeric()) => format!("{event}{count}"),
            Lang::Zh => format!("{event} {count}"),
            Lang::En => format!("{event}, {count}"),
        })
        .collect();
    let named = they_are(lang, &named);
    match lang {
        Lang::Zh => format!("長條圖：{events} 場宣導活動的參加人數，合計{about}{total} 人。{named}"),
        Lang::En => format!("Bar chart: people attending {events} outreach events, {about}{total} in all.{named}"),
    }
}

/// The agreements chart's text alternative; `named` the countries by year
/// of signing when they are few (else empty).
pub fn agreements_summary(lang: Lang, last: i32, cumulative: usize, named: &[(i32, Vec<String>)]) -> String {
    let sep = crate::locale::format::name_sep(lang);
    let named: Vec<String> = named
        .iter()
        .filter(|(_, names)| !names.is_empty())
        .enumerate()
        .map(|(i, (year, names))| match lang {
            Lang::Zh => format!("{} 年簽署：{}", roc(*year), names.join(sep)),
            Lang::En => format!("{} {year}: {}", if i == 0 { "Signed in" } else { "in" }, names.join(sep)),
        })
        .collect();
    let named = if named.is_empty() {
        String::new()
    } else {
        match lang {
            Lang::Zh => format!("{}。", named.join("；")),
            Lang::En => format!(" {}.", named.join("; ")),
        }
    };
    match lang {
        Lang::Zh => format!(
            "長條圖與折線圖：各年簽署合作協定或瞭解備忘錄的國家；至 {} 年底累計 {} 國。{named}",
            roc(last),
            cumulative
        ),
        Lang::En => format!(
            "Bar and line chart: countries signing cooperation agreements or MOUs each year; {} in all by the end of {last}.{named}",
            cumulative
        ),
    }
}

/// The exchanges chart's text alternative: `dated` activities drawn,
/// `undated` more only in the table; `named` the drawn ones when few
/// (else empty).
pub fn exchanges_summary(lang: Lang, year: i32, dated: usize, undated: usize, named: &[String]) -> String {
    let named = they_are(lang, named);
    match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{} 年各月份的夥伴關係活動（{} 項，依訪問、會議、研討會、NGO 合作等類型）{}。{named}",
            roc(year),
            dated,
            if undated > 0 { format!("；另 {undated} 項未列月份，見下表") } else { String::new() }
        ),
        Lang::En => format!(
            "Stacked bar chart: partnership activities in {year} by month ({} in all, by kind: visits, meetings, conferences, NGO projects){}.{named}",
            dated,
            if undated > 0 { format!("; {undated} more without a month are in the table") } else { String::new() }
        ),
    }
}

/// The activities chart's text alternative; `named` the drawn activities
/// when few (else empty).
pub fn activities_summary(lang: Lang, year: i32, dated: usize, undated: usize, named: &[String]) -> String {
    let named = they_are(lang, named);
    match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{} 年各月份的活動數，依 4P 面向區分，共 {} 項{}。{named}",
            roc(year),
            dated,
            if undated > 0 { format!("；另 {undated} 項未列月份") } else { String::new() }
        ),
        Lang::En => format!(
            "Stacked bar chart: activities in {year} by month and pillar, {} in all{}.{named}",
            dated,
            if undated > 0 { format!("; {undated} more have no month") } else { String::new() }
        ),
    }
}

// ---------------------------------------------------------------------------
// Key figures (labels under the headline numbers).
// ---------------------------------------------------------------------------

/// Taiwan's tier; `span` is the years as `format::year_span` writes them.
/// The tiers table's column of the report's country (`home`).
pub fn tiers_home_column(lang: Lang, home: &str) -> String {
    match lang {
        Lang::Zh => format!("{home}評等"),
        Lang::En => format!("{home}'s tier"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::keys::assert_both_languages;

    #[test]
    fn every_chart_text_has_both_languages() {
        assert_both_languages(&[
            ("tiers_year_label", Box::new(|l| tiers_year_label(l, "x", 2014, Tier::Tier1))),
            ("tiers_summary", Box::new(|l| tiers_summary(l, "x", 2010, 2014, 20, 31, true))),
            ("tiers_summary changed", Box::new(|l| tiers_summary(l, "x", 2010, 2014, 20, 31, false))),
            ("indicator_summary", Box::new(|l| indicator_summary(l, "x", 2011, 2014, true, &[2011]))),
            ("indicator_summary one year", Box::new(|l| indicator_summary(l, "x", 2014, 2014, false, &[]))),
            ("media_tv_label", Box::new(|l| media_tv_label(l, "6"))),
            ("media_radio_label", Box::new(|l| media_radio_label(l, "68"))),
            ("outreach_summary", Box::new(|l| outreach_summary(l, 4, "1,200", true, &[]))),
            ("outreach_summary named", Box::new(|l| outreach_summary(l, 1, "200", false, &[("x".into(), "200".into())]))),
            ("agreements_summary", Box::new(|l| agreements_summary(l, 2014, 10, &[]))),
            ("agreements_summary named", Box::new(|l| agreements_summary(l, 2014, 10, &[(2013, vec!["x".into()]), (2014, vec!["y".into()])]))),
            ("exchanges_summary", Box::new(|l| exchanges_summary(l, 2014, 12, 2, &[]))),
            ("exchanges_summary named", Box::new(|l| exchanges_summary(l, 2014, 1, 0, &["x".into()]))),
            ("activities_summary", Box::new(|l| activities_summary(l, 2014, 40, 0, &[]))),
            ("activities_summary named", Box::new(|l| activities_summary(l, 2014, 2, 0, &["x".into(), "y".into()]))),
            ("tiers_home_column", Box::new(|l| tiers_home_column(l, "x"))),
            ("map_signed_in", Box::new(|l| map_signed_in(l, 2014))),
            ("map_applies", Box::new(|l| map_applies(l, 2003))),
            ("partners_summary", Box::new(|l| partners_summary(l, "x", &[(2014, vec!["y".into()])], &[(2003, "z".into())], &["v".into()], &["w".into()]))),
            ("partners_summary none", Box::new(|l| partners_summary(l, "x", &[], &[], &[], &[]))),
            ("timeline_summary", Box::new(|l| timeline_summary(l, "a", "b", 2, &[("p".into(), 2)]))),
            ("timeline_summary one", Box::new(|l| timeline_summary(l, "a", "a", 1, &[("p".into(), 1)]))),
        ]);
    }
}

/// A legend entry of the map: the agreements signed in `year`.
/// An agreement of `year` the report found to apply, though not counted
/// as signed (the year as printed: Gregorian in both languages).
pub fn map_applies(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year} 年備忘錄經確認適用"),
        Lang::En => format!("{year} MOU found to apply"),
    }
}

pub fn map_signed_in(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{} 年簽署", roc(year)),
        Lang::En => format!("Signed {year}"),
    }
}

/// The map's text alternative. `signed`: (year, countries) of the counted
/// agreements shown; `applies`: the countries whose earlier agreement was
/// found to apply, with its year; `received` and `abroad`: the countries of
/// the visits and exchanges each way; `home`: Taiwan's name.
pub fn partners_summary(
    lang: Lang,
    home: &str,
    signed: &[(i32, Vec<String>)],
    applies: &[(i32, String)],
    received: &[String],
    abroad: &[String],
) -> String {
    let sep = crate::locale::format::name_sep(lang);
    let total: usize = signed.iter().map(|(_, c)| c.len()).sum();
    match lang {
        Lang::Zh => {
            let mut out = format!("世界地圖，標示{home}與合作國家。");
            if total > 0 {
                let years: Vec<String> = signed.iter().map(|(y, c)| format!("{} 年{}", roc(*y), c.join(sep))).collect();
                out.push_str(&format!("簽署協定或備忘錄 {total} 國：{}。", years.join("；")));
            }
            for (y, c) in applies {
                out.push_str(&format!("{c}：{} 年簽署之備忘錄經確認適用。", roc(*y)));
            }
            if !received.is_empty() {
                out.push_str(&format!("來訪或來臺會議：{}。", received.join(sep)));
            }
            if !abroad.is_empty() {
                out.push_str(&format!("出訪或赴外交流：{}。", abroad.join(sep)));
            }
            out
        }
        Lang::En => {
            let mut out = format!("World map of {home} and its partner countries.");
            if total > 0 {
                let years: Vec<String> = signed.iter().map(|(y, c)| format!("{y}, {}", c.join(sep))).collect();
                out.push_str(&format!(" Agreements or MOUs signed with {total} {}: {}.", if total == 1 { "country" } else { "countries" }, years.join("; ")));
            }
            for (y, c) in applies {
                out.push_str(&format!(" {c}: an MOU of {y}, found to apply."));
            }
            if !received.is_empty() {
                out.push_str(&format!(" Delegations received from: {}.", received.join(sep)));
            }
            if !abroad.is_empty() {
                out.push_str(&format!(" Visits or exchanges abroad: {}.", abroad.join(sep)));
            }
            out
        }
    }
}

/// The timeline's text alternative: the span of the activities shown
/// (formatted dates), and how many of each pillar.
pub fn timeline_summary(lang: Lang, first: &str, last: &str, total: usize, per_pillar: &[(String, usize)]) -> String {
    let sep = crate::locale::format::list_sep(lang);
    match lang {
        Lang::Zh => {
            let parts: Vec<String> = per_pillar.iter().map(|(p, n)| format!("{p} {n} 項")).collect();
            format!("時間軸：{first}至{last}的 {total} 項活動，依 4P 面向分列：{}。選取一項即跳至活動清單中的該項。", parts.join(sep))
        }
        Lang::En => {
            let parts: Vec<String> = per_pillar.iter().map(|(p, n)| format!("{p} {n}")).collect();
            format!(
                "Timeline of {total} {} from {first} to {last}, by pillar: {}. Choosing one goes to it in the list of activities.",
                if total == 1 { "activity" } else { "activities" },
                parts.join(sep)
            )
        }
    }
}
