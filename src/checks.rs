//! Cross-checks: where the report's own figures can be compared with each
//! other, compare them and say what was found, in both languages. The data
//! is never changed; a disagreement is reported, not fixed.

use crate::data::{Report, Text};
use crate::i18n::{self, both, t, text_of, Key};

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
    crate::format::number(v, i18n::Lang::En)
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
        let parts: Vec<String> = y.tiers.iter().map(|c| c.count.to_string()).collect();
        let parts = parts.join(" + ");
        if sum != y.total {
            notes.push(Note {
                id: format!("tiers-sum-{}", y.year),
                outcome: Outcome::Disagreement,
                subject: Subject::Tiers,
                year: Some(y.year),
                text: both(|lang| i18n::note_tiers_sum(lang, y.year, &parts, sum, y.total)),
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
                text: both(|lang| i18n::note_tiers_pct_sum(lang, y.year, &fmt_num(round_to(pct_sum, 1)))),
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
                let printed = c.pct.printed.trim_end_matches(['％', '%']);
                notes.push(Note {
                    id: format!("tiers-pct-{}-{}", y.year, c.tier.id()),
                    outcome: Outcome::Rounding,
                    subject: Subject::Tiers,
                    year: Some(y.year),
                    text: both(|lang| i18n::note_tier_pct(lang, y.year, c.tier, printed, c.count, y.total, &fmt_num(computed))),
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
            notes.push(Note {
                id: format!("indicator-actual-{}", y.year),
                outcome: Outcome::Disagreement,
                subject: Subject::Indicator,
                year: Some(y.year),
                text: both(|lang| i18n::note_indicator_actual(lang, y.year, &y.actual.printed, tier_year.taiwan)),
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
    what: Key,
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
        year: Some(total.date.year),
        text: if agrees {
            both(|lang| i18n::note_sum_agrees(lang, t(lang, what), &terms, &fmt_num(total.value)))
        } else {
            both(|lang| i18n::note_sum_differs(lang, t(lang, what), &terms, &fmt_num(sum), &fmt_num(total.value)))
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
        text: both(|lang| i18n::note_missing_figures(lang, &names)),
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
        Key::CheckMediaOutlets,
    );
    sum_check(
        r,
        notes,
        "media-spots",
        Subject::Media,
        &[MEDIA_TV_BROADCASTS, MEDIA_RADIO_SPOTS],
        MEDIA_TOTAL_SPOTS,
        Key::CheckMediaSpots,
    );
}

/// Compares a printed count with the number of records that it counts.
fn count_check(
    notes: &mut Vec<Note>,
    id: &str,
    subject: Subject,
    printed: Option<&crate::data::Figure>,
    listed: usize,
    what: Text,
    list_source: &str,
) {
    let Some(printed) = printed else {
        notes.push(Note {
            id: id.to_string(),
            outcome: Outcome::Disagreement,
            subject,
            year: None,
            text: both(|lang| i18n::note_count_missing(lang, what.get(lang))),
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
        year: Some(printed.date.year),
        text: if agrees {
            both(|lang| i18n::note_count_agrees(lang, what.get(lang), &n, listed))
        } else {
            both(|lang| i18n::note_count_differs(lang, what.get(lang), &n, listed))
        },
        sources: vec![printed.source.clone(), list_source.to_string()],
    });
}

fn agreements(r: &Report, notes: &mut Vec<Note>) {
    use figure_ids::*;
    let counted = || r.agreements.iter().filter(|a| a.counted);
    let list_source = r.agreements.first().map(|a| a.source.clone()).unwrap_or_default();
    let total = figure(r, AGREEMENTS_TOTAL);
    let through = total.map_or(i32::MAX, |f| f.date.year);
    count_check(
        notes,
        "agreements-total",
        Subject::Agreements,
        total,
        counted().filter(|a| a.date.year <= through).count(),
        text_of(Key::CheckAgreementsTotal),
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
            counted().filter(|a| a.date.year == year).count(),
            both(|lang| i18n::check_countries_signing_in(lang, year)),
            &list_source,
        );
    }
}

fn visits(r: &Report, notes: &mut Vec<Note>) {
    use figure_ids::*;
    for (id, fid, tag, what) in [
        ("visits-incoming", VISITS_INCOMING, "signatory_visit", Key::CheckVisitsIncoming),
        ("visits-outgoing", VISITS_OUTGOING, "outgoing_visit", Key::CheckVisitsOutgoing),
    ] {
        let tagged: Vec<_> = r.activities.iter().filter(|a| a.tags.iter().any(|t| t == tag)).collect();
        let src = figure(r, fid).map(|f| f.source.clone()).unwrap_or_default();
        count_check(notes, id, Subject::Visits, figure(r, fid), tagged.len(), text_of(what), &src);
    }
}
