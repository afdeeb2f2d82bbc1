//! Cross-checks: where the report's own figures can be compared with each
//! other, compare them and say what was found, in both languages. The data
//! is never changed; a disagreement is reported, not fixed.

use crate::core::{Date, Lang, Role, Text};
use crate::locale::format;
use crate::locale::{self, both, t, text_of, Key};
use crate::data::Report;

/// What a check found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Outcome {
    /// The printed figures contradict each other.
    Disagreement,
    /// The figures do not contradict each other, but a reader should know
    /// something before adding or comparing them (probably the same thing
    /// counted twice; two units added as one number).
    Caution,
    /// A printed percentage differs from the one its counts give by rounding.
    Rounding,
    /// The figures agree.
    Agrees,
}

/// The part of the report a check is about; charts show the notes of theirs.
/// One enum with the data's cautions (`data::Caution::about`).
pub use crate::data::Subject;

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

/// The prefix of the notes on what a year's printed percentages add up to
/// (beside those on one percentage each).
const YEAR_TOTAL: &str = "tiers-pct-total-";

impl Note {
    /// Whether it is about a year's percentages together, not one of them.
    pub fn is_year_total(&self) -> bool {
        self.id.starts_with(YEAR_TOTAL)
    }
}

/// The tag of the visits 貳、五、(二)、2 counts as from signatory countries.
pub const SIGNATORY_VISIT: &str = "signatory_visit";
/// The tag of the high-level visits of 貳、三、(二)、4、(2)、A.
pub const HIGH_LEVEL_VISIT: &str = "high_level_visit";
/// The tag of the visits the Agency made abroad.
pub const OUTGOING_VISIT: &str = "outgoing_visit";
/// The tag of a visit at which the two sides discussed negotiating an MOU.
pub const MOU_TALKS: &str = "mou_talks";
/// The tag of a visit whose leader the report names by a former title
/// (前主任 …), without saying what post he then held.
pub const FORMER_OFFICIAL: &str = "led_by_former_official";

fn tagged(a: &crate::data::Activity, tag: &str) -> bool {
    a.tags.iter().any(|t| t == tag)
}

/// The agreement an activity names.
fn agreement_of<'a>(r: &'a Report, a: &crate::data::Activity) -> Option<&'a crate::data::Agreement> {
    a.agreement.as_ref().and_then(|id| r.agreements.iter().find(|g| &g.id == id))
}

/// The printed count of visits from signatory countries: its section and
/// its number (`?` when the data lacks it).
fn signatory_count(r: &Report) -> (Option<String>, String) {
    let printed = r.figure(Role::VisitsIncomingSignatories);
    (printed.map(|f| f.source.clone()), printed.map_or_else(|| "?".to_string(), |f| fmt_num(f.value)))
}

/// Every check, in a stable order: disagreements first.
pub fn run(r: &Report) -> Vec<Note> {
    let mut notes = Vec::new();
    tiers(r, &mut notes);
    indicator(r, &mut notes);
    media(r, &mut notes);
    agreements(r, &mut notes);
    visits(r, &mut notes);
    mou_talks(r, &mut notes);
    activities(r, &mut notes);
    overlaps(r, &mut notes);
    list_order(r, &mut notes);
    told(r, &mut notes);
    crate::core::sort::sort_by_key(&mut notes, |n| n.outcome);
    notes
}

/// The disagreements the data tells in words (`Report::cautions`): each a
/// caution beside the chart of its part.
fn told(r: &Report, notes: &mut Vec<Note>) {
    for c in &r.cautions {
        notes.push(Note { id: format!("caution-{}", c.id), outcome: Outcome::Caution, subject: c.about, year: c.year, text: c.text.clone(), sources: c.sources.clone() });
    }
}

/// What `run` finds about the activities alone: the notes of the one chart
/// with notes that the browser builds (`Dataset::for_page`), without the
/// checks of every other figure.
pub fn about_activities(r: &Report) -> Vec<Note> {
    let mut notes = Vec::new();
    activities(r, &mut notes);
    overlaps(r, &mut notes);
    list_order(r, &mut notes);
    told(r, &mut notes);
    notes.retain(|n| n.subject == Subject::Activities);
    crate::core::sort::sort_by_key(&mut notes, |n| n.outcome);
    notes
}

/// Notes about one subject.
pub fn about(notes: &[Note], subject: Subject) -> Vec<&Note> {
    notes.iter().filter(|n| n.subject == subject).collect()
}

fn fmt_num(v: f64) -> String {
    crate::locale::format::number(v, crate::core::Lang::En)
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
    for y in r.tier_years() {
        let sum: u32 = y.tiers.iter().map(|c| c.count).sum();
        let parts: Vec<String> = y.tiers.iter().map(|c| c.count.to_string()).collect();
        let parts = parts.join(" + ");
        if sum != y.total {
            notes.push(Note {
                id: format!("tiers-sum-{}", y.year),
                outcome: Outcome::Disagreement,
                subject: Subject::Tiers,
                year: Some(y.year),
                text: both(|lang| locale::note_tiers_sum(lang, y.year, &parts, sum, y.total)),
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
                text: both(|lang| locale::note_tiers_pct_sum(lang, y.year, &fmt_num(round_to(pct_sum, 1)))),
                sources: vec![y.source.clone()],
            });
        }
        // Printed percentages that add up to exactly 100 although some
        // differ from count ÷ total: what do the computed ones add up to?
        let computed: Vec<(f64, f64)> = y
            .tiers
            .iter()
            .filter(|_| y.total > 0)
            .filter_map(|c| c.pct.value.map(|p| (p, round_to(c.count as f64 * 100.0 / y.total as f64, printed_decimals(&c.pct.printed)))))
            .collect();
        let differing = computed.iter().filter(|(p, c)| (p - c).abs() > 1e-9).count();
        if computed.len() == y.tiers.len() && (round_to(pct_sum, 1) - 100.0).abs() < 1e-9 && differing > 0 {
            let computed_sum = round_to(computed.iter().map(|(_, c)| c).sum(), 1);
            let adjusted = (computed_sum - 100.0).abs() > 1e-9;
            notes.push(Note {
                id: format!("{YEAR_TOTAL}{}", y.year),
                outcome: Outcome::Rounding,
                subject: Subject::Tiers,
                year: Some(y.year),
                text: both(|lang| locale::note_tiers_pct_total(lang, y.year, differing, computed.len(), &fmt_num(computed_sum), adjusted)),
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
                    text: both(|lang| locale::note_tier_pct(lang, y.year, c.tier, printed, c.count, y.total, &fmt_num(computed))),
                    sources: vec![y.source.clone()],
                });
            }
        }
    }
}

/// A disagreement of the indicator's table in `year`.
fn indicator_note(kind: &str, year: i32, text: Text, sources: Vec<String>) -> Note {
    Note { id: format!("indicator-{kind}-{year}"), outcome: Outcome::Disagreement, subject: Subject::Indicator, year: Some(year), text, sources }
}

fn indicator(r: &Report, notes: &mut Vec<Note>) {
    let Some(ind) = &r.indicator else { return };
    for y in &ind.years {
        // A target that is not the tier the measure asks for.
        if let Some(target) = y.target.value {
            if (target - ind.target_tier.rank()).abs() > 1e-9 {
                let text = both(|lang| locale::note_indicator_target(lang, y.year, &y.target.printed, ind.target_tier));
                notes.push(indicator_note("target", y.year, text, vec![ind.source.clone()]));
            }
        }
        // No actual value, yet an achievement and reviews.
        if y.actual.value.is_none() && y.achievement_pct.value.is_some() {
            let text = both(|lang| {
                locale::note_indicator_unreported(lang, y.year, &y.actual.printed, &y.achievement_pct.printed, &y.first_review, &y.second_review)
            });
            notes.push(indicator_note("unreported", y.year, text, vec![ind.source.clone()]));
        }
    }
    for y in &ind.years {
        // On the tier scale a lower number is a better tier: an actual above
        // the target misses it, whatever the achievement printed.
        let (Some(actual), Some(target), Some(achievement)) = (y.actual.value, y.target.value, y.achievement_pct.value) else { continue };
        if actual > target + 1e-9 && achievement >= 100.0 - 1e-9 {
            let text = both(|lang| {
                locale::note_indicator_missed(lang, y.year, &y.actual.printed, &y.target.printed, &y.achievement_pct.printed, &y.first_review, &y.second_review)
            });
            notes.push(indicator_note("achievement", y.year, text, vec![ind.source.clone()]));
        }
    }
    // No actual value printed, though the same report rates Taiwan that year.
    // The years whose printed actual value is the tier's number.
    let as_tier: Vec<i32> = ind
        .years
        .iter()
        .filter(|y| y.actual.value.is_some_and(|a| r.tier_years().iter().any(|t| t.year == y.year && (a - t.taiwan.rank()).abs() < 1e-9)))
        .map(|y| y.year)
        .collect();
    for y in ind.years.iter().filter(|y| y.actual.value.is_none()) {
        let Some(tier_year) = r.tier_years().iter().find(|t| t.year == y.year) else { continue };
        let text = both(|lang| locale::note_indicator_known(lang, y.year, &y.actual.printed, &tier_year.source, tier_year.taiwan, &as_tier));
        notes.push(indicator_note("known", y.year, text, vec![ind.source.clone(), tier_year.source.clone()]));
    }
    for y in &ind.years {
        let Some(actual) = y.actual.value else { continue };
        let Some(tier_year) = r.tier_years().iter().find(|t| t.year == y.year) else { continue };
        if (actual - tier_year.taiwan.rank()).abs() > 1e-9 {
            let text = both(|lang| locale::note_indicator_actual(lang, y.year, &y.actual.printed, tier_year.taiwan));
            notes.push(indicator_note("actual", y.year, text, vec![ind.source.clone(), tier_year.source.clone()]));
        }
    }
}

/// Compares the sum of some figures with a printed total.
fn sum_check(
    r: &Report,
    notes: &mut Vec<Note>,
    id: &str,
    subject: Subject,
    parts: &[Role],
    total: Role,
    what: Key,
) {
    // A report that prints no total has nothing to check its parts against.
    let Some(total) = r.figure(total) else { return };
    let found: Option<Vec<&crate::data::Figure>> = parts.iter().map(|p| r.figure(*p)).collect();
    let Some(found) = found else {
        notes.push(missing(id, subject, r, parts));
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
            both(|lang| locale::note_sum_agrees(lang, t(lang, what), &terms, &fmt_num(total.value)))
        } else {
            both(|lang| locale::note_sum_differs(lang, t(lang, what), &terms, &fmt_num(sum), &fmt_num(total.value)))
        },
        sources: sources.clone(),
    });
    // Parts of different units added as one number.
    let mut units: Vec<crate::core::Unit> = Vec::new();
    for f in &found {
        if !units.contains(&f.unit) {
            units.push(f.unit);
        }
    }
    if units.len() > 1 {
        notes.push(Note {
            id: format!("{id}-units"),
            outcome: Outcome::Caution,
            subject,
            year: Some(total.date.year),
            text: both(|lang| {
                let terms: Vec<String> = found.iter().map(|f| format::count(f.value, f.unit, false, lang)).collect();
                let names: Vec<String> = units.iter().map(|u| format::quoted(locale::unit(lang, *u), lang)).collect();
                locale::note_units_mixed(lang, t(lang, what), &terms, &fmt_num(total.value), &names)
            }),
            sources,
        });
    }
}

/// A printed total whose parts the data lacks (some of them): the roles of
/// those it lacks.
fn missing(id: &str, subject: Subject, r: &Report, parts: &[Role]) -> Note {
    let names = parts.iter().filter(|p| r.figure(**p).is_none()).map(|p| p.id()).collect::<Vec<_>>().join(", ");
    Note {
        id: id.to_string(),
        outcome: Outcome::Disagreement,
        subject,
        year: None,
        text: both(|lang| locale::note_missing_figures(lang, &names)),
        sources: vec![],
    }
}

fn media(r: &Report, notes: &mut Vec<Note>) {
    sum_check(
        r,
        notes,
        "media-outlets",
        Subject::Media,
        &[Role::TvStations, Role::RadioStations],
        Role::MediaOutletsTotal,
        Key::CheckMediaOutlets,
    );
    sum_check(
        r,
        notes,
        "media-spots",
        Subject::Media,
        &[Role::TvBroadcasts, Role::RadioSpots],
        Role::MediaAiringsTotal,
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
    // A report that prints no such count has nothing to compare.
    let Some(printed) = printed else { return };
    let agrees = (printed.value - listed as f64).abs() < 1e-9;
    let n = fmt_num(printed.value);
    notes.push(Note {
        id: id.to_string(),
        outcome: if agrees { Outcome::Agrees } else { Outcome::Disagreement },
        subject,
        year: Some(printed.date.year),
        text: if agrees {
            both(|lang| locale::note_count_agrees(lang, what.get(lang), &n, listed))
        } else {
            both(|lang| locale::note_count_differs(lang, what.get(lang), &n, listed))
        },
        sources: vec![printed.source.clone(), list_source.to_string()],
    });
}

fn agreements(r: &Report, notes: &mut Vec<Note>) {
    let counted = || r.agreements.iter().filter(|a| a.counted);
    // An agreement counted under another name than the one it was signed under.
    for a in counted() {
        let Some(c) = &a.counted_as else { continue };
        if c.text == a.kind {
            continue;
        }
        notes.push(Note {
            id: format!("agreement-counted-as-{}", a.id),
            outcome: Outcome::Disagreement,
            subject: Subject::Agreements,
            year: Some(a.date.year),
            text: both(|lang| {
                locale::note_agreement_counted_as(lang, a.country.get(lang), &format::date(a.date, lang), a.kind.get(lang), &a.source, c.text.get(lang), &c.source)
            }),
            sources: vec![a.source.clone(), c.source.clone()],
        });
    }
    let list_source = r.agreements.first().map(|a| a.source.clone()).unwrap_or_default();
    let total = r.figure(Role::AgreementsTotal);
    let through = total.map_or(i32::MAX, |f| f.date.year);
    count_check(
        notes,
        "agreements-total",
        Subject::Agreements,
        total,
        counted().filter(|a| a.date.year <= through).count(),
        both(|lang| locale::check_agreements_total(lang, through)),
        &list_source,
    );
    // The countries signing in a year, as printed for each year, and as
    // printed again for the year elsewhere: latest year first.
    let mut printed: Vec<(String, &crate::data::Figure)> = r.figures_in(Role::AgreementsSignedInYear).map(|f| (format!("agreements-{}", f.date.year), f)).collect();
    printed.extend(r.figures_in(Role::AgreementsSignedWithinYear).map(|f| ("agreements-one-year".to_string(), f)));
    printed.sort_by_key(|(_, f)| std::cmp::Reverse(f.date.year));
    for (id, figure) in printed {
        let year = figure.date.year;
        count_check(
            notes,
            &id,
            Subject::Agreements,
            Some(figure),
            counted().filter(|a| a.date.year == year).count(),
            both(|lang| locale::check_countries_signing_in(lang, year)),
            &list_source,
        );
    }
}

fn visits(r: &Report, notes: &mut Vec<Note>) {
    for (id, fid, tag, what) in [
        ("visits-incoming", Role::VisitsIncomingSignatories, SIGNATORY_VISIT, Key::CheckVisitsIncoming),
        ("visits-outgoing", Role::VisitsOutgoing, "outgoing_visit", Key::CheckVisitsOutgoing),
    ] {
        let tagged: Vec<_> = r.activities.iter().filter(|a| a.tags.iter().any(|t| t == tag)).collect();
        let src = r.figure(fid).map(|f| f.source.clone()).unwrap_or_default();
        count_check(notes, id, Subject::Visits, r.figure(fid), tagged.len(), text_of(what), &src);
    }
    signatory_visits(r, notes);
}

/// Visits against the printed count of high-level visits from signatory
/// countries: one it counts that came before the country signed, one it
/// leaves out that came after, and one it counts whose leader the report
/// names by a former title.
fn signatory_visits(r: &Report, notes: &mut Vec<Note>) {
    let (printed_source, n) = signatory_count(r);
    for a in &r.activities {
        let Some(agreement) = agreement_of(r, a) else { continue };
        let counted = tagged(a, SIGNATORY_VISIT);
        let held = |lang| format::date_range(a.date, a.end, lang);
        let signed = |lang| format::date(agreement.date, lang);
        let (id, text, sources) = if counted && surely_before(a.end.unwrap_or(a.date), agreement.date) {
            let count_source = printed_source.clone().unwrap_or_else(|| a.source.clone());
            let text = both(|lang| {
                locale::note_visit_before_signing(lang, &count_source, &n, a.title.get(lang), &held(lang), agreement.country.get(lang), &signed(lang))
            });
            ("visit-before-signing", text, vec![a.source.clone(), agreement.source.clone()])
        } else if !counted && tagged(a, HIGH_LEVEL_VISIT) && !tagged(a, OUTGOING_VISIT) && agreement.counted && surely_before(agreement.date, a.date) {
            let count_source = printed_source.clone().unwrap_or_default();
            let text = both(|lang| {
                locale::note_visit_not_counted(lang, &count_source, &n, a.title.get(lang), &held(lang), &a.source, agreement.country.get(lang), &signed(lang))
            });
            ("visit-not-counted", text, vec![count_source, a.source.clone(), agreement.source.clone()])
        } else {
            continue;
        };
        notes.push(Note { id: format!("{id}-{}", a.id), outcome: Outcome::Disagreement, subject: Subject::Visits, year: Some(a.date.year), text, sources });
    }
    let count_source = printed_source.unwrap_or_default();
    for a in r.activities.iter().filter(|a| tagged(a, SIGNATORY_VISIT) && tagged(a, FORMER_OFFICIAL)) {
        notes.push(Note {
            id: format!("visit-former-official-{}", a.id),
            outcome: Outcome::Caution,
            subject: Subject::Visits,
            year: Some(a.date.year),
            text: both(|lang| {
                let partner = a.partner.as_ref().map(|p| p.get(lang)).unwrap_or_default();
                locale::note_visit_former_official(lang, &count_source, &n, a.title.get(lang), &format::date(a.date, lang), partner)
            }),
            sources: vec![count_source.clone(), a.source.clone()],
        });
    }
}

/// A visit at which the two sides discussed negotiating an MOU, with a
/// country whose earlier agreement the report says already applies.
fn mou_talks(r: &Report, notes: &mut Vec<Note>) {
    for a in r.activities.iter().filter(|a| tagged(a, MOU_TALKS)) {
        let Some(agreement) = agreement_of(r, a) else { continue };
        if !surely_before(agreement.date, a.date) {
            continue;
        }
        let mut sources = vec![agreement.source.clone(), a.source.clone()];
        sources.extend(a.also_in.iter().cloned());
        let talks = sources[1..].to_vec();
        notes.push(Note {
            id: format!("mou-talks-{}", a.id),
            outcome: Outcome::Disagreement,
            subject: Subject::Agreements,
            year: Some(a.date.year),
            text: both(|lang| {
                locale::note_mou_talks(
                    lang,
                    agreement.country.get(lang),
                    &agreement.source,
                    &format::date(agreement.date, lang),
                    agreement.kind.get(lang),
                    &talks,
                    a.title.get(lang),
                    &format::date_range(a.date, a.end, lang),
                )
            }),
            sources,
        });
    }
}

/// The number of an item of a list, from the last part of its section
/// (`1`, `(2)`, `IV`, `B`).
fn item_number(part: &str) -> Option<u32> {
    let p = part.trim_matches(|c| c == '(' || c == ')');
    if let Ok(n) = p.parse() {
        return Some(n);
    }
    if !p.is_empty() && p.chars().all(|c| matches!(c, 'I' | 'V' | 'X')) {
        let value = |c| match c {
            'I' => 1,
            'V' => 5,
            _ => 10,
        };
        let digits: Vec<u32> = p.chars().map(value).collect();
        let mut n = 0;
        for (i, d) in digits.iter().enumerate() {
            if digits.get(i + 1).is_some_and(|next| next > d) { n -= *d as i32 } else { n += *d as i32 }
        }
        return u32::try_from(n).ok();
    }
    let mut chars = p.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) if c.is_ascii_uppercase() => Some(c as u32 - 'A' as u32 + 1),
        _ => None,
    }
}

/// Lists of the report whose items are not in date order: an item that
/// surely comes before the one listed above it.
fn list_order(r: &Report, notes: &mut Vec<Note>) {
    // Every list: its items by number, each with the activities it reports.
    let mut lists: Vec<(String, Vec<(u32, String, Vec<&crate::data::Activity>)>)> = Vec::new();
    for a in &r.activities {
        for path in std::iter::once(&a.source).chain(&a.also_in) {
            let Some((parent, last)) = path.rsplit_once('、') else { continue };
            let Some(n) = item_number(last) else { continue };
            let at = match lists.iter().position(|(p, _)| p == parent) {
                Some(i) => i,
                None => {
                    lists.push((parent.to_string(), Vec::new()));
                    lists.len() - 1
                }
            };
            let items = &mut lists[at].1;
            match items.iter_mut().find(|(m, _, _)| *m == n) {
                Some((_, _, acts)) => acts.push(a),
                None => items.push((n, path.clone(), vec![a])),
            }
        }
    }
    for (parent, mut items) in lists {
        items.sort_by_key(|(n, _, _)| *n);
        let first_day = |acts: &[&crate::data::Activity]| acts.iter().map(|a| a.date).min_by_key(|d| (d.year, d.month.unwrap_or(1), d.day.unwrap_or(1)));
        // Each item that begins before an item listed above it, with the
        // first such item.
        let mut out_of_order: Vec<(String, Date, String, Date)> = Vec::new();
        for (j, later) in items.iter().enumerate() {
            let Some(after) = first_day(&later.2) else { continue };
            let above = items[..j].iter().find_map(|earlier| first_day(&earlier.2).filter(|before| surely_before(after, *before)).map(|before| (earlier, before)));
            if let Some((earlier, before)) = above {
                out_of_order.push((later.1.clone(), after, earlier.1.clone(), before));
            }
        }
        if out_of_order.is_empty() {
            continue;
        }
        let all_partnership = items.iter().flat_map(|(_, _, acts)| acts).all(|a| a.pillar == crate::core::Pillar::Partnership);
        let mut sources: Vec<String> = items.iter().map(|(_, p, _)| p.clone()).collect();
        sources.dedup();
        notes.push(Note {
            id: format!("list-order-{}", crate::data::text::anchor(&parent).trim_start_matches("section-")),
            outcome: Outcome::Caution,
            subject: if all_partnership { Subject::Exchanges } else { Subject::Activities },
            year: None,
            text: both(|lang| {
                let pairs: Vec<(String, String, String, String)> = out_of_order
                    .iter()
                    .map(|(later, d1, earlier, d0)| (later.clone(), format::date(*d1, lang), earlier.clone(), format::date(*d0, lang)))
                    .collect();
                locale::note_list_order(lang, &parent, &pairs)
            }),
            sources,
        });
    }
}

/// Whether `a` ends before `b` begins, whatever day each stands for (a
/// year-precision date covers the whole year).
fn surely_before(a: Date, b: Date) -> bool {
    (a.year, a.month.unwrap_or(12), a.day.unwrap_or(31)) < (b.year, b.month.unwrap_or(1), b.day.unwrap_or(1))
}

/// What the report says about an activity in two places: the topics.
fn activities(r: &Report, notes: &mut Vec<Note>) {
    let quoted = |items: &[Text], lang: Lang| items.iter().map(|i| format::quoted(i.get(lang), lang)).collect::<Vec<_>>().join(format::name_sep(lang));
    let named = |items: &[Text], lang: Lang| locale::and_list(lang, &items.iter().map(|i| i.get(lang).to_string()).collect::<Vec<_>>());
    for a in &r.activities {
        listed_differ(a, &a.topics, "topics", Outcome::Disagreement, quoted, locale::note_topics_differ, notes);
        listed_differ(a, &a.organisers, "organisers", Outcome::Caution, named, locale::note_organisers_differ, notes);
    }
}

/// What two sections list for the same activity (its topics, its
/// organisers), when the lists differ: `say(lang, title, source, list,
/// other source, other list)`, each list written by `write`.
fn listed_differ(
    a: &crate::data::Activity,
    lists: &[crate::data::Listed],
    what: &str,
    outcome: Outcome,
    write: impl Fn(&[Text], Lang) -> String,
    say: fn(Lang, &str, &str, &str, &str, &str) -> String,
    notes: &mut Vec<Note>,
) {
    let Some(first) = lists.first() else { return };
    for other in &lists[1..] {
        let same = first.items.len() == other.items.len() && first.items.iter().all(|i| other.items.iter().any(|o| o.zh == i.zh));
        if same {
            continue;
        }
        notes.push(Note {
            id: format!("{what}-{}", a.id),
            outcome,
            subject: if a.pillar == crate::core::Pillar::Partnership { Subject::Exchanges } else { Subject::Activities },
            year: Some(a.date.year),
            text: both(|lang| say(lang, a.title.get(lang), &first.source, &write(&first.items, lang), &other.source, &write(&other.items, lang))),
            sources: vec![first.source.clone(), other.source.clone()],
        });
    }
}

/// Figures that probably repeat an activity's count.
fn overlaps(r: &Report, notes: &mut Vec<Note>) {
    for f in &r.figures {
        let Some((a, count)) = f.probably_same_as.as_ref().and_then(|c| r.count(c)) else { continue };
        let same = (count.value - f.value).abs() < 1e-9;
        let mut dates = vec![a.date];
        dates.extend(a.also_dated.iter().map(|d| d.date));
        notes.push(Note {
            id: format!("same-{}", f.id),
            outcome: if same { Outcome::Caution } else { Outcome::Disagreement },
            subject: Subject::Training,
            year: Some(f.date.year),
            text: both(|lang| {
                let dates: Vec<String> = dates.iter().map(|d| format::date(*d, lang)).collect();
                locale::note_probably_same(
                    lang,
                    f.label.get(lang),
                    &f.source,
                    &format::count(f.value, f.unit, f.approx, lang),
                    a.title.get(lang),
                    &a.source,
                    &format::count(count.value, count.unit, count.approx, lang),
                    &dates.join(format::name_sep(lang)),
                    same,
                )
            }),
            sources: vec![f.source.clone(), a.source.clone()],
        });
    }
}

#[cfg(test)]
mod tests;
