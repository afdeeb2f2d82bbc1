//! The headline figures, following the filters, each linking to its chart.

use leptos::either::Either;
use leptos::prelude::*;

use super::page::{use_data, use_page};
use crate::locale::{t, Key};
use crate::view::ViewState;
use crate::view::key_figures::key_figures;

/// An island: the figures follow the pillars and the year.
#[island]
pub fn KeyFigures() -> impl IntoView {
    let page = use_page();
    let data = use_data();
    let lang = page.lang;
    // The key figures read the pillars and the year, not the search text.
    let input = Memo::new(move |_| page.state.with(|s| ViewState { pillars: s.pillars.clone(), year: s.year, ..ViewState::default() }));
    let figures = Memo::new(move |_| input.with(|s| key_figures(&data, s, lang)));
    view! {
        <section class="key-figures" id="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{t(lang, Key::KeyFiguresTitle)}</h2>
            <ul class="figure-cards">
                {move || figures.get().into_iter().map(|k| {
                    let figure = view! {
                        <span class="figure-value">{k.value}</span>
                        <span class="figure-label">{k.label}</span>
                    };
                    // A link within this page (the view in the address
                    // stays), where the report has the chart.
                    let card = match k.chart {
                        Some(chart) => Either::Left(view! { <a href=format!("#{}", chart.anchor())>{figure}</a> }),
                        None => Either::Right(view! { <div class="figure-plain">{figure}</div> }),
                    };
                    view! { <li class="figure-card" data-figure=k.id>{card}</li> }
                }).collect_view()}
            </ul>
        </section>
    }
}
