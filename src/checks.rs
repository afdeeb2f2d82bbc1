//! Cross-checks: where the report's own figures can be compared with each
//! other, compare them and say what was found, in both languages. The data
//! is never changed; a disagreement is reported, not fixed.

use crate::data::dates::Date;
use crate::data::{Report, Text, Tier};

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// The printed figures contradict each other.
    Disagreement,
    /// A printed percentage differs from the one its counts give by rounding.
    Rounding,
    /// The figures agree.
    Agrees,
}

/// The part of the report a check is about; charts show the notes of theirs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Subject {
    Indicator,
    Tiers,
    Media,
    Agreements,
    Visits,
}

/// One finding, ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    /// Stable id, e.g. `tiers-sum-2014`.
    pub id: String,
    pub outcome: Outcome,
    pub subject: Subject,
    pub year: Option<i32>,
    pub text: Text,
    /// The report sections compared.
    pub sources: Vec<String>,
}

/// Ids of the figures the checks compare against.
pub mod figure_ids {
    pub const MEDIA_TV_STATIONS: &str = "media-tv-stations";
    pub const MEDIA_TV_BROADCASTS: &str = "media-tv-broadcasts";
    pub const MEDIA_RADIO_STATIONS: &str = "media-radio-stations";
    pub const MEDIA_RADIO_SPOTS: &str = "media-radio-spots";
    pub const MEDIA_TOTAL_OUTLETS: &str = "media-outlets-total";
    pub const MEDIA_TOTAL_SPOTS: &str = "media-spots-total";
    pub const AGREEMENTS_TOTAL: &str = "agreements-total-countries";
    pub const AGREEMENTS_2014: &str = "agreements-2014-countries";
    pub const AGREEMENTS_2013: &str = "agreements-2013-countries";
    pub const AGREEMENTS_ONE_YEAR: &str = "agreements-one-year-countries";
    pub const VISITS_OUTGOING: &str = "visits-outgoing";
    pub const VISITS_INCOMING: &str = "visits-incoming-signatories";
}

/// Every check, in a stable order: disagreements first.
pub fn run(r: &Report) -> Vec<Note> {
    let mut notes = Vec::new();
    tiers(r, &mut notes);
    indicator(r, &mut notes);
    media(r, &mut notes);
    agreements(r, &mut notes);
    visits(r, &mut notes);
    notes.sort_by_key(|n| n.outcome);
    notes
}

/// Notes about one subject.
pub fn about(notes: &[Note], subject: Subject) -> Vec<&Note> {
    notes.iter().filter(|n| n.subject == subject).collect()
}

fn fmt_num(v: f64) -> String {
    crate::format::number(v, crate::i18n::Lang::En)
}

fn tier_name(t: Tier) -> (&'static str, &'static str) {
    (crate::i18n::tier(crate::i18n::Lang::Zh, t), crate::i18n::tier(crate::i18n::Lang::En, t))
}

/// Decimals printed in a figure such as `12.1％` or `16％`.
fn printed_decimals(printed: &str) -> i32 {
    let digits: String = printed
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits.split('.').nth(1).map(|d| d.len() as i32).unwrap_or(0)
}

fn round_to(v: f64, decimals: i32) -> f64 {
    let f = 10f64.powi(decimals);
    (v * f).round() / f
}

fn tiers(r: &Report, notes: &mut Vec<Note>) {
    for y in &r.tip_tiers.years {
        let sum: u32 = y.tiers.iter().map(|c| c.count).sum();
        let roc = crate::data::dates::roc_year(y.year);
        let parts: Vec<String> = y.tiers.iter().map(|c| c.count.to_string()).collect();
        let parts = parts.join(" + ");
        if sum != y.total {
            notes.push(Note {
                id: format!("tiers-sum-{}", y.year),
                outcome: Outcome::Disagreement,
                subject: Subject::Tiers,
                year: Some(y.year),
                text: Text {
                    zh: format!(
                        "{roc} 年（{}）各級國家數相加為 {parts} = {sum} 國，但報告所列受評國家總數為 {} 國。本站照原文呈現，未作更正。",
                        y.year, y.total
                    ),
                    en: format!(
                        "In {}, the countries in each tier add up to {parts} = {sum}, but the report prints a total of {} countries rated. Both are shown as printed.",
                        y.year, y.total
                    ),
                },
                sources: vec![y.source.clone()],
            });
        }
        let pct_sum: f64 = y.tiers.iter().filter_map(|c| c.pct.value).sum();
        if (pct_sum - 100.0).abs() > 0.25 {
            notes.push(Note {
                id: format!("tiers-pct-sum-{}", y.year),
                outcome: Outcome::Disagreement,
                subject: Subject::Tiers,
                year: Some(y.year),
                text: Text {
                    zh: format!("{roc} 年（{}）所列各級百分比相加為 {}％，而非 100％。", y.year, fmt_num(round_to(pct_sum, 1))),
                    en: format!("In {}, the printed tier percentages add up to {}%, not 100%.", y.year, fmt_num(round_to(pct_sum, 1))),
                },
                sources: vec![y.source.clone()],
            });
        }
        for c in &y.tiers {
            let Some(printed) = c.pct.value else { continue };
            if y.total == 0 {
                continue;
            }
            let decimals = printed_decimals(&c.pct.printed);
            let computed = round_to(c.count as f64 * 100.0 / y.total as f64, decimals);
            if (computed - printed).abs() > 1e-9 {
                let (zh_t, en_t) = tier_name(c.tier);
                notes.push(Note {
                    id: format!("tiers-pct-{}-{}", y.year, c.tier.id()),
                    outcome: Outcome::Rounding,
                    subject: Subject::Tiers,
                    year: Some(y.year),
                    text: Text {
                        zh: format!(
                            "{roc} 年（{}）{zh_t}：報告列約占 {}％，以 {} ÷ {} 計算為 {}％。",
                            y.year, c.pct.printed.trim_end_matches(['％', '%']), c.count, y.total, fmt_num(computed)
                        ),
                        en: format!(
                            "{} {en_t}: printed as about {}%; {} of {} is {}%.",
                            y.year, c.pct.printed.trim_end_matches(['％', '%']), c.count, y.total, fmt_num(computed)
                        ),
                    },
                    sources: vec![y.source.clone()],
                });
            }
        }
    }
}

fn indicator(r: &Report, notes: &mut Vec<Note>) {
    for y in &r.indicator.years {
        let Some(actual) = y.actual.value else { continue };
        let Some(tier_year) = r.tip_tiers.years.iter().find(|t| t.year == y.year) else { continue };
        if (actual - tier_year.taiwan.rank()).abs() > 1e-9 {
            let (zh_t, en_t) = tier_name(tier_year.taiwan);
            notes.push(Note {
                id: format!("indicator-actual-{}", y.year),
                outcome: Outcome::Disagreement,
                subject: Subject::Indicator,
                year: Some(y.year),
                text: Text {
                    zh: format!(
                        "{} 年（{}）指標實際值印為 {}，但同報告的評等表列我國為{zh_t}；衡量標準為評列第一級，報告未說明此數值的意義。",
                        crate::data::dates::roc_year(y.year), y.year, y.actual.printed
                    ),
                    en: format!(
                        "The {} actual value is printed as {}, while the report's tier table rates Taiwan {en_t} that year; the measure is a Tier 1 rating and the report does not explain this value.",
                        y.year, y.actual.printed
                    ),
                },
                sources: vec![r.indicator.source.clone(), tier_year.source.clone()],
            });
        }
    }
}

fn figure<'a>(r: &'a Report, id: &str) -> Option<&'a crate::data::Figure> {
    r.figures.iter().find(|f| f.id == id)
}

/// Compares the sum of some figures with a printed total.
fn sum_check(
    r: &Report,
    notes: &mut Vec<Note>,
    id: &str,
    subject: Subject,
    parts: &[&str],
    total: &str,
    what: (&str, &str),
) {
    let found: Option<Vec<&crate::data::Figure>> = parts.iter().map(|p| figure(r, p)).collect();
    let (Some(found), Some(total)) = (found, figure(r, total)) else {
        notes.push(missing(id, subject, parts, total));
        return;
    };
    let sum: f64 = found.iter().map(|f| f.value).sum();
    let terms: Vec<String> = found.iter().map(|f| fmt_num(f.value)).collect();
    let terms = terms.join(" + ");
    let mut sources: Vec<String> = found.iter().map(|f| f.source.clone()).collect();
    sources.push(total.source.clone());
    sources.dedup();
    let agrees = (sum - total.value).abs() < 1e-9;
    notes.push(Note {
        id: id.to_string(),
        outcome: if agrees { Outcome::Agrees } else { Outcome::Disagreement },
        subject,
        year: Date::parse(&total.date).ok().map(|d| d.year),
        text: if agrees {
            Text {
                zh: format!("{}：{terms} = {}，與報告所列合計相符。", what.0, fmt_num(total.value)),
                en: format!("{}: {terms} = {}, matching the printed total.", what.1, fmt_num(total.value)),
            }
        } else {
            Text {
                zh: format!("{}：{terms} = {}，但報告所列合計為 {}。", what.0, fmt_num(sum), fmt_num(total.value)),
                en: format!("{}: {terms} = {}, but the printed total is {}.", what.1, fmt_num(sum), fmt_num(total.value)),
            }
        },
        sources,
    });
}

fn missing(id: &str, subject: Subject, parts: &[&str], total: &str) -> Note {
    let names = [parts, &[total]].concat().join(", ");
    Note {
        id: id.to_string(),
        outcome: Outcome::Disagreement,
        subject,
        year: None,
        text: Text {
            zh: format!("無法核對：資料中缺少數據 {names}。"),
            en: format!("Could not be checked: the data lacks the figures {names}."),
        },
        sources: vec![],
    }
}

fn media(r: &Report, notes: &mut Vec<Note>) {
    use figure_ids::*;
    sum_check(
        r,
        notes,
        "media-outlets",
        Subject::Media,
        &[MEDIA_TV_STATIONS, MEDIA_RADIO_STATIONS],
        MEDIA_TOTAL_OUTLETS,
        ("電視臺加廣播電臺家數", "TV plus radio stations"),
    );
    sum_check(
        r,
        notes,
        "media-spots",
        Subject::Media,
        &[MEDIA_TV_BROADCASTS, MEDIA_RADIO_SPOTS],
        MEDIA_TOTAL_SPOTS,
        ("電視播放加廣播檔次", "TV broadcasts plus radio spots"),
    );
}

/// Compares a printed count with the number of records that it counts.
fn count_check(
    notes: &mut Vec<Note>,
    id: &str,
    subject: Subject,
    printed: Option<&crate::data::Figure>,
    listed: usize,
    what: (&str, &str),
    list_source: &str,
) {
    let Some(printed) = printed else {
        notes.push(Note {
            id: id.to_string(),
            outcome: Outcome::Disagreement,
            subject,
            year: None,
            text: Text {
                zh: format!("無法核對{}：資料中缺少報告所列的數目。", what.0),
                en: format!("Could not check {}: the data lacks the printed count.", what.1),
            },
            sources: vec![],
        });
        return;
    };
    let agrees = (printed.value - listed as f64).abs() < 1e-9;
    let n = fmt_num(printed.value);
    notes.push(Note {
        id: id.to_string(),
        outcome: if agrees { Outcome::Agrees } else { Outcome::Disagreement },
        subject,
        year: Date::parse(&printed.date).ok().map(|d| d.year),
        text: if agrees {
            Text {
                zh: format!("{}：報告所列 {n}，與逐項列出的 {listed} 項相符。", what.0),
                en: format!("{}: the report prints {n}, and lists {listed}.", what.1),
            }
        } else {
            Text {
                zh: format!("{}：報告所列為 {n}，但逐項列出的只有 {listed} 項。", what.0),
                en: format!("{}: the report prints {n}, but lists {listed}.", what.1),
            }
        },
        sources: vec![printed.source.clone(), list_source.to_string()],
    });
}

fn agreements(r: &Report, notes: &mut Vec<Note>) {
    use figure_ids::*;
    let year_of = |d: &str| Date::parse(d).map(|d| d.year).unwrap_or(0);
    let counted = || r.agreements.iter().filter(|a| a.counted);
    let list_source = r.agreements.first().map(|a| a.source.clone()).unwrap_or_default();
    let total = figure(r, AGREEMENTS_TOTAL);
    let through = total.and_then(|f| Date::parse(&f.date).ok()).map(|d| d.year).unwrap_or(i32::MAX);
    count_check(
        notes,
        "agreements-total",
        Subject::Agreements,
        total,
        counted().filter(|a| year_of(&a.date) <= through).count(),
        ("至 103 年底簽署合作協定或備忘錄的國家", "Countries with a signed agreement or MOU by the end of 2014"),
        &list_source,
    );
    for (id, fid, year) in [
        ("agreements-2014", AGREEMENTS_2014, 2014),
        ("agreements-one-year", AGREEMENTS_ONE_YEAR, 2014),
        ("agreements-2013", AGREEMENTS_2013, 2013),
    ] {
        count_check(
            notes,
            id,
            Subject::Agreements,
            figure(r, fid),
            counted().filter(|a| year_of(&a.date) == year).count(),
            (
                &format!("{} 年簽署的國家", crate::data::dates::roc_year(year)),
                &format!("Countries signing in {year}"),
            ),
            &list_source,
        );
    }
}

fn visits(r: &Report, notes: &mut Vec<Note>) {
    use figure_ids::*;
    for (id, fid, tag, what) in [
        ("visits-incoming", VISITS_INCOMING, "signatory_visit", ("簽訂國高層來訪", "High-level visits from signatory countries")),
        ("visits-outgoing", VISITS_OUTGOING, "outgoing_visit", ("高層出訪", "High-level visits abroad")),
    ] {
        let tagged: Vec<_> = r.activities.iter().filter(|a| a.tags.iter().any(|t| t == tag)).collect();
        let src = figure(r, fid).map(|f| f.source.clone()).unwrap_or_default();
        count_check(notes, id, Subject::Visits, figure(r, fid), tagged.len(), what, &src);
    }
}
