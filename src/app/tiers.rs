//! The TIP tier chart with its table, notes and source line.

use leptos::prelude::*;

use super::chart::EChart;
use super::browser;
use super::Loaded;
use crate::charts::{self, ChartEnv};
use crate::checks::{self, Outcome, Subject};
use crate::data::Tier;
use crate::format::{self, colon, list_sep};
use crate::i18n::{self, t, Key, Lang};

#[component]
pub fn TiersSection(lang: Lang, loaded: Loaded, echarts: bool) -> impl IntoView {
    let report = loaded.report.clone();
    let env = ChartEnv { lang, dark: browser::prefers_dark(), animate: !browser::prefers_reduced_motion() };
    let summary = charts::tiers::summary(&report, lang);
    let chart_report = report.clone();
    let notes: Vec<_> = checks::about(&loaded.notes, Subject::Tiers)
        .into_iter()
        .filter(|n| n.outcome != Outcome::Agrees)
        .cloned()
        .collect();
    let sources = {
        let mut s = vec![report.tip_tiers.source.clone(), report.tip_tiers.published.source.clone()];
        s.dedup();
        s.join(list_sep(lang))
    };
    let published = &report.tip_tiers.published;
    let published_line = format!(
        "{}{}{}",
        crate::data::dates::Date::parse(&published.date).map(|d| format::date(d, lang)).unwrap_or_default(),
        colon(lang),
        published.text.get(lang)
    );

    let rows = report.tip_tiers.years.iter().map(|y| {
        let sum: u32 = y.tiers.iter().map(|c| c.count).sum();
        let cells = Tier::ALL.map(|tier| {
            let c = y.tiers.iter().find(|c| c.tier == tier);
            let count = c.map(|c| format::number(c.count as f64, lang)).unwrap_or_default();
            let pct = c.map(|c| c.pct.printed.clone()).unwrap_or_default();
            view! { <td class="num">{count}<span class="pct">{format!(" ({pct})")}</span></td> }
        });
        let mismatch = sum != y.total;
        view! {
            <tr>
                <th scope="row">{format::year(y.year, lang)}</th>
                {cells.into_iter().collect_view()}
                <td class="num" class:mismatch=mismatch>{format::number(sum as f64, lang)}</td>
                <td class="num" class:mismatch=mismatch>{format::number(y.total as f64, lang)}</td>
                <td>{i18n::tier(lang, y.taiwan)}</td>
            </tr>
        }
    }).collect_view();

    view! {
        <section class="chart-section" id="tiers" aria-labelledby="tiers-title">
            <h2 id="tiers-title">{t(lang, Key::TiersTitle)}</h2>
            <p class="chart-desc">{t(lang, Key::TiersDesc)}" "{published_line}</p>
            <p class="chart-unit">{t(lang, Key::TiersUnit)}</p>
            {echarts.then(|| view! {
                <EChart id="chart-tiers".to_string() label=summary.clone()
                    chart=move || charts::tiers::chart(&chart_report, env) />
            })}
            <NoteList lang notes />
            <div class="table-scroll">
                <table class="data-table" id="tiers-table">
                    <caption>{t(lang, Key::TiersTitle)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(lang, Key::Year)}</th>
                            {Tier::ALL.map(|tier| view! { <th scope="col">{i18n::tier(lang, tier)}</th> }).into_iter().collect_view()}
                            <th scope="col">{t(lang, Key::TiersSumOfTiers)}</th>
                            <th scope="col">{t(lang, Key::TiersTotalPrinted)}</th>
                            <th scope="col">{t(lang, Key::TiersTaiwan)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
            <p class="source">{t(lang, Key::Source)}{colon(lang)}{t(lang, Key::SourceReport)}{list_sep(lang)}{sources}</p>
        </section>
    }
}

/// Where the report disagrees with itself, as printed.
#[component]
pub fn NoteList(lang: Lang, notes: Vec<checks::Note>) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        let items = notes
            .into_iter()
            .map(|n| {
                let class = if n.outcome == Outcome::Disagreement { "note note-disagreement" } else { "note note-rounding" };
                view! { <li class=class data-note=n.id.clone()>{n.text.get(lang).to_string()}</li> }
            })
            .collect_view();
        view! {
            <div class="notes">
                <h3>{t(lang, Key::NotesTitle)}</h3>
                <ul>{items}</ul>
            </div>
        }
    })
}
