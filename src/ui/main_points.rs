//! The main points, first on the page and the report's one summary: a few
//! facts, each once, with its figure set apart (large, as a card shows it)
//! above the sentence that says it, and the link to the chart that shows
//! it (`presentation::main_points`). Prerendered only: they describe the whole
//! report, whatever the filters.

use leptos::prelude::*;

use super::page::{use_data, use_page};
use crate::locale::{t, Key};
use crate::presentation::main_points::main_points;

#[component]
pub fn MainPoints() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let points = main_points(&data, lang)
        .into_iter()
        .map(|p| {
            view! {
                <li class="point" data-point=p.id>
                    // Seen first, large; heard once, in its sentence.
                    <span class="point-figure" aria-hidden="true">{p.figure.clone()}</span>
                    <span class="point-text">{p.before}<strong>{p.figure}</strong>{p.after}</span>
                    {p.chart.map(|chart| view! {
                        <a class="point-chart" href=format!("#{}", chart.anchor())>
                            {t(lang, Key::SeeChart)}<span class="visually-hidden">{crate::locale::format::colon(lang)}{data.chart_title(chart, lang).to_string()}</span>
                        </a>
                    })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="main-points" id="main-points" aria-labelledby="main-points-title">
            <h2 id="main-points-title">{t(lang, Key::MainPointsTitle)}</h2>
            <ul class="points">{points}</ul>
        </section>
    }
}
