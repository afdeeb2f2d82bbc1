//! The filter controls: pillars and the report's challenge dimensions
//! (toggle buttons), year (select) and the activity search, with a polite
//! live region saying what is shown. Folded to a one-line summary of the
//! selection that opens them (`<details>`), kept at the top of the screen
//! while the reader scrolls; not offered without script (`needs-script`:
//! they would do nothing).

use leptos::prelude::*;

use super::page::{use_data, use_page, use_shown_activities};
use crate::core::{Dimension, Pillar};
use crate::locale::format;
use crate::locale::{self, t, Key};

/// An island: the page's state is the root island's (`Viewer`).
#[island]
pub fn Filters() -> impl IntoView {
    let page = use_page();
    // The activities the selection shows (shared with the list).
    let shown = use_shown_activities();
    let data = use_data();
    let (lang, state) = (page.lang, page.state);
    let years = data.years();
    let total = data.report.activities.len();
    let pillar_buttons = Pillar::ALL
        .into_iter()
        .map(|p| {
            let pressed = move || state.with(|s| s.pillars.contains(&p));
            view! {
                <button type="button" class=format!("chip chip-{}", p.id()) data-pillar=p.id()
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| state.update(|s| s.toggle_pillar(p))>
                    {locale::pillar(lang, p)}
                </button>
            }
        })
        .collect_view();
    let dimension_buttons = Dimension::ALL
        .into_iter()
        .map(|d| {
            let pressed = move || state.with(|s| s.dimensions.contains(&d));
            view! {
                <button type="button" class="chip" data-dimension=d.id()
                    aria-pressed=move || pressed().to_string()
                    on:click=move |_| state.update(|s| s.toggle_dimension(d))>
                    {locale::dimension(lang, d)}
                </button>
            }
        })
        .collect_view();
    let year_options = years
        .iter()
        .map(|y| {
            let y = *y;
            view! { <option value=y.to_string() selected=move || state.with(|s| s.year == Some(y))>{format::year(y, lang)}</option> }
        })
        .collect_view();
    let summary = Memo::new(move |_| state.with(|s| crate::presentation::filter::selection_summary(s, shown.with(Vec::len), total, lang)));
    view! {
        <section class="filters needs-script" id="filters" aria-labelledby="filters-title">
            // Escape folds the panel and gives the focus back to its summary.
            <details class="filters-fold" id="filters-fold"
                on:keydown=move |ev| if ev.key() == "Escape" { super::browser::close_details("filters-fold") }>
            <summary>
                <span class="filters-name" id="filters-title">{t(lang, Key::FiltersTitle)}</span>
                <span class="filters-summary" id="filters-summary">{move || summary.get()}</span>
            </summary>
            <div class="filters-panel">
            <div class="filter-row">
                <div class="filter-group" role="group" aria-labelledby="pillar-label">
                    <span class="filter-label" id="pillar-label">{t(lang, Key::PillarFilter)}</span>
                    <div class="chips">
                        <button type="button" class="chip chip-all" data-pillar="all"
                            aria-pressed=move || state.with(|s| s.pillars.is_empty()).to_string()
                            on:click=move |_| state.update(|s| s.pillars.clear())>
                            {t(lang, Key::AllPillars)}
                        </button>
                        {pillar_buttons}
                    </div>
                </div>
                <div class="filter-group" role="group" aria-labelledby="dimension-label" aria-describedby="dimension-help">
                    <span class="filter-label" id="dimension-label">{t(lang, Key::DimensionFilter)}</span>
                    <div class="chips">
                        <button type="button" class="chip chip-all" data-dimension="all"
                            aria-pressed=move || state.with(|s| s.dimensions.is_empty()).to_string()
                            on:click=move |_| state.update(|s| s.dimensions.clear())>
                            {t(lang, Key::AllDimensions)}
                        </button>
                        {dimension_buttons}
                    </div>
                    <p class="filter-help" id="dimension-help">{super::mixed::mixed(t(lang, Key::DimensionFilterHelp))}</p>
                </div>
                <div class="filter-group">
                    <label class="filter-label" for="year-select">{t(lang, Key::YearFilter)}</label>
                    <select id="year-select" on:change=move |ev| {
                        let v = event_target_value(&ev);
                        state.update(|s| s.year = v.parse().ok());
                    }>
                        <option value="" selected=move || state.with(|s| s.year.is_none())>{t(lang, Key::AllYears)}</option>
                        {year_options}
                    </select>
                </div>
                <div class="filter-group filter-search">
                    <label class="filter-label" for="activity-search">{t(lang, Key::SearchLabel)}</label>
                    <input type="search" id="activity-search" prop:value=move || state.with(|s| s.q.clone())
                        on:input=move |ev| {
                            // Kept as typed: a space between two words must survive.
                            let v = event_target_value(&ev);
                            state.update(|s| s.q = v);
                        } />
                </div>
            </div>
            <p class="result-count" role="status" aria-live="polite" id="result-count">
                {move || locale::showing(lang, shown.with(Vec::len), total)}
            </p>
            </div>
            </details>
        </section>
    }
}
