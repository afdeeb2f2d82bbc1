//! Notices shared by the report page and the embed view.

use leptos::prelude::*;
use leptos::either::Either;

use super::page::use_page;
use crate::locale::{t, Key};
use crate::presentation::UrlNotice;

/// URL values that were ignored (`page::Ignored`). `heading`: the full
/// page titles it.
#[island]
pub fn UrlNotices(heading: bool) -> impl IntoView {
    let lang = use_page().lang;
    let notices = super::page::use_ignored();
    // The prerendered page has an address with nothing to ignore; the
    // browser reads the real one.
    let shown = RwSignal::new(Vec::<UrlNotice>::new());
    super::page::after_hydration(move || shown.set(notices));
    view! {
        <Show when=move || shown.with(|n| !n.is_empty())>
            <div class="notice notice-warning" role="status" id="url-notice">
                {heading.then(|| view! { <h2>{t(lang, Key::UrlNoticeTitle)}</h2> })}
                <ul>{move || shown.get().iter().map(|n| view! { <li>{n.text(lang)}</li> }).collect_view()}</ul>
            </div>
        </Show>
    }
}

/// ECharts did not load: the tables still carry the figures.
#[island]
pub fn EchartsMissing(heading: bool) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    view! {
        <Show when=move || !page.echarts.get()>
            {if heading {
                Either::Left(view! {
                    <div class="notice notice-warning" role="alert" id="echarts-missing">
                        <h2>{t(lang, Key::ChartLibMissingTitle)}</h2>
                        <p>{t(lang, Key::ChartLibMissingHelp)}</p>
                    </div>
                })
            } else {
                Either::Right(view! { <p class="notice notice-warning" role="alert" id="echarts-missing">{t(lang, Key::ChartLibMissingHelp)}</p> })
            }}
        </Show>
    }
}
