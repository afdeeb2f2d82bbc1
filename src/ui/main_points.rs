//! The main points, first on the page: a few sentences with their figures
//! from the data (`view::main_points`), each linking to its chart.
//! Prerendered only: they describe the whole report, whatever the filters.

use leptos::prelude::*;

use super::page::{use_data, use_page};
use crate::locale::{t, Key};
use crate::view::main_points::main_points;

#[component]
pub fn MainPoints() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let points = main_points(&data, lang)
        .into_iter()
        .map(|p| {
            view! {
                <li data-point=p.id>
                    {p.before}<strong class="point-figure">{p.figure}</strong>{p.after}" "
                    {p.chart.map(|chart| view! {
                        <a href=format!("#{}", chart.anchor())>
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
            <ul>{points}</ul>
        </section>
    }
}
