//! What the selection shows: activities by pillar, the report's challenge
//! dimension, year and search text, and the years the report covers.

use crate::core::Lang;
use crate::data::{Activity, Report};
use crate::locale::{self, format, t, Key};
use crate::presentation::Selection;

/// The selection in one line, for the filters' fold: the pillars, the
/// challenge dimensions and the search when any is chosen, the year, and
/// how many activities are shown.
pub fn selection_summary(state: &Selection, shown: usize, total: usize, lang: Lang) -> String {
    let names = |names: Vec<&str>| names.join(format::name_sep(lang));
    let mut parts = vec![if state.pillars.is_empty() {
        t(lang, Key::AllPillars).to_string()
    } else {
        names(state.pillars.iter().map(|p| locale::pillar(lang, *p)).collect())
    }];
    if !state.dimensions.is_empty() {
        parts.push(names(state.dimensions.iter().map(|d| locale::dimension(lang, *d)).collect()));
    }
    parts.push(state.year.map_or_else(|| t(lang, Key::AllYears).to_string(), |y| format::year(y, lang)));
    let q = state.search_words();
    if !q.is_empty() {
        parts.push(locale::quoted_search(lang, &q));
    }
    locale::selection_summary(lang, &parts, shown, total)
}

/// The first and last year an activity spans.
pub fn activity_years(a: &Activity) -> (i32, i32) {
    (a.date.year, a.end.map_or(a.date.year, |e| e.year))
}

/// Case-insensitive match of the search text against title, place and
/// partner, in both languages. Every word must match somewhere.
pub fn matches_text(a: &Activity, q: &str) -> bool {
    let haystack: String = [Some(&a.title), a.place.as_ref(), a.partner.as_ref()]
        .into_iter()
        .flatten()
        .flat_map(|t| [t.zh.clone(), crate::core::mixed::plain(&t.en).into_owned()])
        .collect::<Vec<_>>()
        .join("\n")
        .to_lowercase();
    q.split_whitespace().all(|w| haystack.contains(&w.to_lowercase()))
}

/// Whether the selection shows an activity. With a challenge dimension
/// selected, an activity the report lists under none (it is reported only
/// outside 貳、三) is not shown.
pub fn shows_activity(state: &Selection, a: &Activity) -> bool {
    state.shows_pillar(a.pillar)
        && state.shows_dimensions(&a.dimensions)
        && state.year.map_or(true, |y| {
            let (start, end) = activity_years(a);
            start <= y && y <= end
        })
        && matches_text(a, &state.q)
}

/// The activities shown, sorted by date (then id, for a stable order).
pub fn activities<'a>(r: &'a Report, state: &Selection) -> Vec<&'a Activity> {
    activity_positions(r, state).into_iter().map(|i| &r.activities[i]).collect()
}

/// The activities shown, as positions in `r.activities` (what the page
/// keys its list by), sorted by date (then id, for a stable order).
pub fn activity_positions(r: &Report, state: &Selection) -> Vec<usize> {
    let mut list: Vec<usize> = (0..r.activities.len()).filter(|&i| shows_activity(state, &r.activities[i])).collect();
    crate::core::sort::sort_by(&mut list, |&a, &b| {
        let (a, b) = (&r.activities[a], &r.activities[b]);
        a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id))
    });
    list
}

/// What to hide and show when a selection of positions (`0..total`) goes
/// from `before` to `now`: `(position, hidden)` for each that changes.
/// `before` is `None` at first, when the page shows every one (as it is
/// prerendered).
pub fn visibility_changes(before: Option<&[usize]>, now: &[usize], total: usize) -> Vec<(usize, bool)> {
    let mask = |list: &[usize]| {
        let mut m = vec![false; total];
        for &i in list.iter().filter(|&&i| i < total) {
            m[i] = true;
        }
        m
    };
    let was = before.map(mask).unwrap_or_else(|| vec![true; total]);
    let is = mask(now);
    (0..total).filter(|&i| was[i] != is[i]).map(|i| (i, !is[i])).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Date, Dimension, Pillar};

    use crate::data::fixtures::FICTIONAL;
    use serde_json::json;

    // On the fictional report (five activities of 2019: two of prevention
    // under innovation, two visits of partnership under difficulty on one
    // day, one training of prosecution under quality; none of protection);
    // the 2014 report's own results are in tests/report_2014.rs.
    fn report() -> Report {
        FICTIONAL.report()
    }

    /// The fictional report with an edit of its JSON: it still loads.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> Report {
        FICTIONAL.edited(edit).unwrap()
    }

    fn ids(r: &Report, s: &Selection) -> Vec<String> {
        activities(r, s).iter().map(|a| a.id.clone()).collect()
    }

    #[test]
    fn the_summary_says_the_selection_in_one_line() {
        assert_eq!(selection_summary(&Selection::default(), 34, 34, Lang::En), "All pillars · All years · 34 of 34 activities");
        assert_eq!(selection_summary(&Selection::default(), 34, 34, Lang::Zh), "全部面向 · 全部年度 · 34／34 項活動");
        let s = Selection {
            pillars: vec![Pillar::Prevention, Pillar::Partnership],
            dimensions: vec![Dimension::Innovation],
            year: Some(2014),
            q: "  shelter  visit ".into(),
            ..Selection::default()
        };
        assert_eq!(selection_summary(&s, 2, 34, Lang::En), "Prevention, Partnership · Innovation · 2014 · search “shelter visit” · 2 of 34 activities");
        assert_eq!(selection_summary(&s, 2, 34, Lang::Zh), "預防、夥伴關係 · 創新性 · 103 年（2014） · 搜尋「shelter visit」 · 2／34 項活動");
    }

    #[test]
    fn visibility_changes_name_only_what_comes_or_goes() {
        // At first all are shown: only those left out are hidden.
        assert_eq!(visibility_changes(None, &[0, 2], 4), [(1, true), (3, true)]);
        assert_eq!(visibility_changes(None, &[3, 2, 1, 0], 4), []);
        // Then only the difference, whatever the order.
        assert_eq!(visibility_changes(Some(&[0, 2]), &[2, 3], 4), [(0, true), (3, false)]);
        assert_eq!(visibility_changes(Some(&[1]), &[1], 4), []);
        assert_eq!(visibility_changes(Some(&[0, 1]), &[], 2), [(0, true), (1, true)]);
        // A position out of range is ignored.
        assert_eq!(visibility_changes(Some(&[]), &[9], 2), []);
    }

    #[test]
    fn the_years_are_those_the_report_rates_and_its_activities_fall_in() {
        assert_eq!(report().years(), [2018, 2019]);
        // An activity of another year brings its year.
        let r = edited(|v| v["activities"][0]["date"] = json!("2016-03-01"));
        assert_eq!(r.years(), [2016, 2018, 2019]);
    }

    #[test]
    fn filters_by_pillar_and_year() {
        let r = report();
        let all = activities(&r, &Selection::default());
        assert_eq!(all.len(), r.activities.len());
        let prevention = Selection { pillars: vec![Pillar::Prevention], ..Default::default() };
        assert_eq!(ids(&r, &prevention), ["fx-booth-ximending", "fx-comic-contest-press-conference"]);
        // Two pillars: either; a pillar without activities: none.
        let two = Selection { pillars: vec![Pillar::Prevention, Pillar::Prosecution], ..Default::default() };
        assert_eq!(ids(&r, &two), ["fx-advisory-network-training", "fx-booth-ximending", "fx-comic-contest-press-conference"]);
        assert!(ids(&r, &Selection { pillars: vec![Pillar::Protection], ..Default::default() }).is_empty());
        let year = |y: i32| Selection { year: Some(y), ..Default::default() };
        assert!(activities(&r, &year(2018)).is_empty(), "the report's activities are all of 2019");
        assert_eq!(activities(&r, &year(2019)).len(), r.activities.len());
        // An activity over the turn of a year is in both years.
        let r = edited(|v| {
            v["activities"][4]["date"] = json!("2018-11-01");
            v["activities"][4]["end"] = json!("2019-02-01");
        });
        assert_eq!(ids(&r, &year(2018)), ["fx-advisory-network-training"]);
        assert!(ids(&r, &year(2019)).contains(&"fx-advisory-network-training".to_string()));
        // Pillar and year: both must hold.
        let both = Selection { pillars: vec![Pillar::Prevention], year: Some(2018), ..Default::default() };
        assert!(activities(&r, &both).is_empty());
    }

    #[test]
    fn sorted_by_date() {
        let r = report();
        let dates: Vec<Date> = activities(&r, &Selection::default()).iter().map(|a| a.date).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]));
        assert!(r.activities.iter().map(|a| a.date).collect::<Vec<_>>().windows(2).any(|w| w[0] > w[1]), "the data is not in date order");
        // Two on one day: by id.
        assert_eq!(ids(&r, &Selection::default())[..2], ["fx-visit-thailand", "fx-visit-vietnam"]);
    }

    #[test]
    fn searches_title_place_partner_in_both_languages() {
        let find = |r: &Report, q: &str| ids(r, &Selection { q: q.into(), ..Default::default() });
        let r = report();
        let zh = find(&r, "西門町");
        assert_eq!(zh, ["fx-booth-ximending"]);
        assert_eq!(find(&r, "XIMENDING"), zh, "English, any case");
        assert_eq!(find(&r, "  ximending  "), zh, "spaces around");
        assert!(find(&r, "ximending vietnamese").is_empty(), "every word must match");
        assert_eq!(find(&r, "vietnamese"), ["fx-visit-vietnam"], "the title");
        assert!(find(&r, "nothing-like-this").is_empty());
        // A partner's name is searched, in either language.
        assert!(find(&r, "虛構夥伴").is_empty());
        let r = edited(|v| v["activities"][2]["partner"] = json!({"zh": "虛構夥伴協會", "en": "Fictional Partner Society"}));
        assert_eq!(find(&r, "虛構夥伴"), ["fx-visit-vietnam"]);
        assert_eq!(find(&r, "partner society"), ["fx-visit-vietnam"]);
    }

    #[test]
    fn filters_by_the_reports_challenge_dimension() {
        let r = report();
        let only = |d: Dimension| Selection { dimensions: vec![d], ..Default::default() };
        assert_eq!(ids(&r, &only(Dimension::Innovation)), ["fx-booth-ximending", "fx-comic-contest-press-conference"]);
        assert!(ids(&r, &only(Dimension::Coordination)).is_empty());
        // Several dimensions: any one in common.
        let two = Selection { dimensions: vec![Dimension::Quality, Dimension::Difficulty], ..Default::default() };
        assert_eq!(ids(&r, &two), ["fx-visit-thailand", "fx-visit-vietnam", "fx-advisory-network-training"]);
        // An activity listed under two dimensions: either selects it.
        let r = edited(|v| v["activities"][4]["dimensions"] = json!(["quality", "coordination"]));
        for d in [Dimension::Quality, Dimension::Coordination] {
            assert_eq!(ids(&r, &only(d)), ["fx-advisory-network-training"], "{d:?}");
        }
        // An activity under no dimension: shown with no dimension selected,
        // hidden with any.
        let r = edited(|v| v["activities"][0]["dimensions"] = json!([]));
        let outside: Vec<&Activity> = r.activities.iter().filter(|a| a.dimensions.is_empty()).collect();
        assert_eq!(outside.len(), 1);
        assert!(shows_activity(&Selection::default(), outside[0]));
        for d in Dimension::ALL {
            assert!(!shows_activity(&only(d), outside[0]), "{d:?}");
        }
        // Every activity with a dimension is shown by that dimension.
        let by_each: usize = Dimension::ALL.iter().map(|d| ids(&r, &only(*d)).len()).sum();
        let listed: usize = r.activities.iter().map(|a| a.dimensions.len()).sum();
        assert_eq!(by_each, listed);
        // With the pillars: both must hold.
        let both = |p: Pillar| Selection { pillars: vec![p], dimensions: vec![Dimension::Difficulty], ..Default::default() };
        assert!(ids(&r, &both(Pillar::Prevention)).is_empty());
        assert_eq!(ids(&r, &both(Pillar::Partnership)), ["fx-visit-thailand", "fx-visit-vietnam"]);
    }
}
