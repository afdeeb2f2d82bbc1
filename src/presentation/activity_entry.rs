//! One activity as the page lists it: the date line, the title and the
//! labelled rows (place, partner, further dates, figures, topics, pillar and
//! why, the report's challenge dimension, note, report section).
//! The list component renders exactly these rows, so what a reader sees is
//! tested natively here.

use crate::core::{Lang, Pillar};
use crate::locale::format::{self, colon, list_sep, name_sep, parens};
use crate::locale::{self, t, Key};
use crate::data::Activity;

#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub id: String,
    pub pillar: Pillar,
    /// The date or range as the language writes it.
    pub when: String,
    /// The same for `<time datetime>` (ISO, `start/end` for a range).
    pub datetime: String,
    pub title: String,
    /// Labelled rows, in the order shown.
    pub rows: Vec<(Key, String)>,
    /// The report sections that report it (the `ColSource` row), each a
    /// passage of the report's text.
    pub sources: Vec<String>,
}

pub fn entry(a: &Activity, lang: Lang) -> Entry {
    let datetime = match a.end {
        Some(e) => format!("{}/{}", a.date, e),
        None => a.date.iso(),
    };
    let counts: Vec<String> = a
        .counts
        .iter()
        .map(|c| {
            // A count printed in another section says where.
            let source = c.source.as_deref().map(|s| parens(&format::section(lang, s), lang)).unwrap_or_default();
            format!("{}{}{}{source}", c.label.get(lang), colon(lang), format::count(c.value, c.unit, c.approx, lang))
        })
        .collect();
    let mut sources = vec![a.source.clone()];
    sources.extend(a.also_in.iter().cloned());
    let mut rows = Vec::new();
    if let Some(p) = &a.place {
        rows.push((Key::ColPlace, p.get(lang).to_string()));
    }
    if let Some(p) = &a.partner {
        rows.push((Key::ColPartner, p.get(lang).to_string()));
    }
    if !a.also_dated.is_empty() {
        let dates: Vec<String> =
            a.also_dated.iter().map(|d| format!("{}{}{}", format::date(d.date, lang), colon(lang), d.text.get(lang))).collect();
        rows.push((Key::AlsoDated, dates.join(list_sep(lang))));
    }
    if let Some(e) = a.expected_end {
        rows.push((Key::ExpectedEnd, format::date(e, lang)));
    }
    if !counts.is_empty() {
        rows.push((Key::ColValue, counts.join(list_sep(lang))));
    }
    for l in &a.topics {
        let items: Vec<&str> = l.items.iter().map(|i| i.get(lang)).collect();
        rows.push((Key::ColTopics, format!("{}{}", items.join(name_sep(lang)), parens(&format::section(lang, &l.source), lang))));
    }
    rows.push((Key::ColPillar, format!("{}{}", locale::pillar(lang, a.pillar), parens(t(lang, Key::PillarIsViewers), lang))));
    rows.push((Key::PillarReason, a.pillar_reason.get(lang).to_string()));
    if !a.dimensions.is_empty() {
        let names: Vec<String> =
            a.dimensions.iter().map(|d| format!("{}{}", locale::dimension(lang, *d), parens(&format::section(lang, d.section()), lang))).collect();
        rows.push((Key::ColDimension, names.join(name_sep(lang))));
    }
    if let Some(n) = &a.note {
        rows.push((Key::Note, n.get(lang).to_string()));
    }
    rows.push((Key::ColSource, sources.join(list_sep(lang))));
    Entry {
        id: a.id.clone(),
        pillar: a.pillar,
        when: format::date_range(a.date, a.end, lang),
        datetime,
        title: a.title.get(lang).to_string(),
        rows,
        sources,
    }
}
