//! Which link each figure or date found in a passage gets, from the
//! dataset:
//!
//! - every figure the data holds with this section as its `source`, where
//!   the passage prints it: a count of an activity leads to the activity
//!   (`#activity-…`), any other figure to the chart that draws it
//!   (`#chart-…`, the first of the report's charts whose `facts_of` holds it);
//! - every date of an activity reported in this section (its `source` or
//!   `also_in`) leads to the activity; the signing date of an agreement
//!   reported here leads to the agreements chart. A range or a list of
//!   dates of one record is one link.
//!
//! Facts that are not printed figures are not sought: one agreement per
//! country (found by its date instead) and Taiwan's tier (printed as a
//! name, 第一級).
//!
//! When a value is printed as many times in the section as the data has
//! figures of that value there, the k-th printed is the k-th figure in the
//! data's order (which follows the text's, e.g. the two "2" of 貳、三、(四)、3);
//! otherwise it is ambiguous and only its first occurrence is linked, to
//! the first figure.

use super::scan::{self, Ymd};
use crate::core::{Lang, Unit};
use crate::dataset::Dataset;

/// Where a link goes and which record it stands for (a fact's
/// `record_id`, or the id of an activity or agreement).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Target {
    href: String,
    record: String,
}

/// A link placed in piece `piece`, bytes `start..end`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Placed {
    pub(super) piece: usize,
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) href: String,
    record: String,
}

/// The records of section `path` with their dates to the day, in the
/// data's order: activities (start, end, further dates), then agreements.
fn dated_records(d: &Dataset, path: &str) -> Vec<(Vec<Ymd>, Target)> {
    let ymd = |date: &crate::core::Date| Some((date.year, date.month?, date.day?));
    let r = &d.report;
    let activities = r.activities.iter().filter(|a| a.source == path || a.also_in.iter().any(|s| s == path)).map(|a| {
        let dates = [Some(a.date), a.end].into_iter().flatten().chain(a.also_dated.iter().map(|x| x.date)).filter_map(|x| ymd(&x)).collect();
        (dates, Target { href: format!("#activity-{}", a.id), record: a.id.clone() })
    });
    let agreements = r.agreements.iter().filter(|a| a.source == path || a.also_in.iter().any(|s| s == path)).map(|a| {
        let chart = d.chart_of_kind(crate::core::ChartKind::AgreementsByYear).map_or_else(|| "#about".to_string(), |c| format!("#{}", c.anchor()));
        (ymd(&a.date).into_iter().collect(), Target { href: chart, record: a.id.clone() })
    });
    activities.chain(agreements).filter(|(dates, _): &(Vec<Ymd>, Target)| !dates.is_empty()).collect()
}

/// A figure the passage may print.
struct Figure {
    key: i64,
    value: f64,
    unit: Unit,
    target: Target,
}

fn key(v: f64) -> i64 {
    (v * 1000.0).round() as i64
}

/// The figures of section `path`, in the data's order, with their targets.
fn figures(d: &Dataset, path: &str) -> Vec<Figure> {
    d.facts
        .iter()
        .enumerate()
        .filter(|(_, f)| f.source == path && !matches!(f.unit, Unit::Agreements | Unit::Rank))
        .filter_map(|(i, f)| {
            let value = f.value?;
            let href = if let Some(count) = &f.count {
                format!("#activity-{}", count.activity)
            } else {
                format!("#{}", d.chart_of(i)?.anchor())
            };
            Some(Figure { key: key(value), value, unit: f.unit, target: Target { href, record: f.record_id.clone() } })
        })
        .collect()
}

/// Every link of the section: dates first, then figures outside them.
pub(super) fn place(d: &Dataset, path: &str, pieces: &[&str], lang: Lang) -> Vec<Placed> {
    let mut placed = Vec::new();
    let records = dated_records(d, path);
    let mut taken: Vec<Vec<(usize, usize)>> = vec![Vec::new(); pieces.len()];
    for (i, text) in pieces.iter().enumerate() {
        for e in scan::dates(text, lang) {
            taken[i].push((e.start, e.end));
            // Consecutive dates of one record make one link; the end of a
            // range goes with its start.
            let mut run: Option<(usize, usize, &Target)> = None;
            let mut prev: Option<&Target> = None;
            for part in &e.parts {
                let mut target = records.iter().find(|(dates, _)| dates.contains(&part.date)).map(|(_, t)| t);
                if target.is_none() && part.ends_range {
                    target = prev;
                }
                run = match (run, target) {
                    (Some((s, _, t)), Some(n)) if t == n => Some((s, part.end, t)),
                    (old, new) => {
                        if let Some((s, end, t)) = old {
                            placed.push(Placed { piece: i, start: s, end, href: t.href.clone(), record: t.record.clone() });
                        }
                        new.map(|t| (part.start, part.end, t))
                    }
                };
                prev = target;
            }
            if let Some((s, end, t)) = run {
                placed.push(Placed { piece: i, start: s, end, href: t.href.clone(), record: t.record.clone() });
            }
        }
    }

    let figures = figures(d, path);
    let mut occurrences: Vec<(usize, usize, usize, i64)> = Vec::new();
    for (i, text) in pieces.iter().enumerate() {
        let outside = |s: usize, e: usize| taken[i].iter().all(|&(a, b)| e <= a || b <= s);
        for n in scan::numbers(text, lang) {
            if outside(n.start, n.end) {
                occurrences.push((i, n.start, n.end, key(n.value)));
            }
        }
        for f in figures.iter().filter(|f| f.value.fract() == 0.0 && (1.0..=10.0).contains(&f.value)) {
            for (s, e) in scan::in_words(text, f.value as usize, f.unit, lang) {
                let fresh = !occurrences.iter().any(|o| o.0 == i && o.1 < e && s < o.2);
                if outside(s, e) && fresh {
                    occurrences.push((i, s, e, f.key));
                }
            }
        }
    }
    crate::core::sort::sort(&mut occurrences);
    let mut seen = Vec::new();
    for k in figures.iter().map(|f| f.key) {
        if seen.contains(&k) {
            continue;
        }
        seen.push(k);
        let these: Vec<&Figure> = figures.iter().filter(|f| f.key == k).collect();
        let printed: Vec<&(usize, usize, usize, i64)> = occurrences.iter().filter(|o| o.3 == k).collect();
        let pairs = if printed.len() == these.len() { printed.len() } else { printed.len().min(1) };
        for (o, f) in printed.iter().zip(&these).take(pairs) {
            placed.push(Placed { piece: o.0, start: o.1, end: o.2, href: f.target.href.clone(), record: f.target.record.clone() });
        }
    }
    placed
}

#[cfg(test)]
mod tests {
    use super::super::{pieces, tests::data};
    use super::*;
    use Lang::{En, Zh};

    /// Every figure the data takes from a passage is linked there, but these.
    const NOT_LINKED: &[(&str, &str)] = &[
        ("strengthen-anti-trafficking-2011-actual", "printed \"--\": no figure to link"),
        ("tip-2010-taiwan", "Taiwan's tier is printed as a name (第一級), not a figure"),
        ("tip-2011-taiwan", "the same"),
        ("tip-2012-taiwan", "the same"),
        ("tip-2013-taiwan", "the same"),
        ("tip-2014-taiwan", "the same"),
        ("mou-south-africa-2003", "an agreement is found by its date, and this one has a year alone (2003 年)"),
        ("mou-mongolia-2011", "the same (100 年)"),
        ("mou-indonesia-2012", "the same (101 年)"),
        ("mou-honduras-2013", "the same (102 年)"),
        ("mou-vietnam-2013", "the same (102 年)"),
        ("mou-paraguay-2013", "the same (102 年)"),
    ];

    #[test]
    fn every_figure_of_a_passage_is_linked_in_it() {
        let (d, t) = data();
        for lang in [Zh, En] {
            let mut missing = Vec::new();
            for f in &d.facts {
                let s = t.section(&f.source).unwrap_or_else(|| panic!("{} has no section {}", f.record_id, f.source));
                let placed = place(&d, &s.path, &pieces(s, lang), lang);
                let linked = placed.iter().any(|p| p.record == f.record_id);
                let excused = NOT_LINKED.iter().any(|(id, _)| *id == f.record_id);
                assert!(!(linked && excused), "{} is linked: take it off NOT_LINKED", f.record_id);
                if !linked && !excused {
                    missing.push(format!("{} ({}, {:?})", f.record_id, f.source, f.value));
                }
            }
            assert!(missing.is_empty(), "{lang:?}: not linked in their passage: {missing:#?}");
        }
    }
}
