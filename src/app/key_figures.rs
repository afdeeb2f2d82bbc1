//! The headline figures, following the filters, each linking to its chart.

use std::sync::Arc;

use leptos::prelude::*;

use super::url;
use crate::data::Report;
use crate::i18n::{t, Key, Lang};
use crate::state::ViewState;
use crate::summary::key_figures;

#[component]
pub fn KeyFigures(lang: Lang, state: RwSignal<ViewState>, report: Arc<Report>) -> impl IntoView {
    let figures = move || key_figures(&report, &state.get(), lang);
    view! {
        <section class="key-figures" aria-labelledby="key-figures-title">
            <h2 id="key-figures-title">{t(lang, Key::KeyFiguresTitle)}</h2>
            <ul class="figure-cards">
                {move || figures().into_iter().map(|k| {
                    let href = url::href(&url::query_for(&state.get_untracked()), Some(&format!("chart-{}", k.chart.id())));
                    view! {
                        <li class="figure-card" data-figure=k.id>
                            <a href=href>
                                <span class="figure-value">{k.value}</span>
                                <span class="figure-label">{k.label}</span>
                            </a>
                        </li>
                    }
                }).collect_view()}
            </ul>
        </section>
    }
}
