//! The Leptos app (wasm only): loads the bundled data, then shows the
//! report. Shared state lives in context (`page`); browser glue stays in
//! `browser`; logic lives in the pure modules.

mod about;
mod activities;
mod browser;
mod chart;
mod chart_panel;
mod embed;
mod error;
mod filters;
mod key_figures;
mod load;
mod notices;
mod offline;
mod page;
mod reading;
mod url;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::i18n::{t, Key};
use crate::state::UrlNotice;
use page::use_page;

/// Entry point called by `main`.
pub fn start() {
    console_error_panic_hook::set_once();
    let document = browser::document();
    let root = document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("the page has a body"));
    root.set_inner_html("");
    if browser::page_name() == crate::embed::EMBED_PAGE {
        leptos::mount::mount_to(root, embed::EmbedApp).forget();
    } else {
        leptos::mount::mount_to(root, App).forget();
    }
}

#[component]
fn App() -> impl IntoView {
    let (page, notices) = page::provide();
    let lang = page.lang;
    let data = load::use_report();
    let update = RwSignal::new_local(None);
    offline::register(update);

    view! {
        <a class="skip-link" href="#main">{t(lang, Key::SkipToContent)}</a>
        <offline::UpdateNotice ready=update />
        <header class="site-header">
            <div class="wrap">
                <p class="publisher">{t(lang, Key::SourceReport)}</p>
                <h1>{t(lang, Key::SiteTitle)}</h1>
                <p class="subtitle">{t(lang, Key::SiteSubtitle)}</p>
                <a class="lang-switch" id="lang-switch" href=move || url::with_lang(&page.state.get(), lang.other())
                    hreflang=lang.other().html_lang() lang=lang.other().html_lang()>
                    {t(lang, Key::SwitchLanguage)}
                </a>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {move || match data.get() {
                None => view! { <p class="status" role="status">{t(lang, Key::Loading)}</p> }.into_any(),
                Some(Err(error)) => view! { <error::DataError error /> }.into_any(),
                Some(Ok(data)) => view! { <Viewer data notices=notices.clone() /> }.into_any(),
            }}
        </main>
    }
}

/// The report with its filters; the view lives in the URL.
#[component]
fn Viewer(data: Arc<Dataset>, mut notices: Vec<UrlNotice>) -> impl IntoView {
    let page = use_page();
    page::provide_data(data.clone(), &mut notices);
    url::sync(page.state, data.years());
    // The activities the selection shows, by position in the report: read
    // by the filter's count and the list.
    let shown = Memo::new(move |_| page.state.with(|s| crate::filter::activity_positions(&data.report, s)));
    // A link to a chart was followed before the charts were there.
    Effect::new(move |_| browser::scroll_to_fragment());
    view! {
        <notices::UrlNotices notices heading=true />
        <notices::EchartsMissing heading=true />
        <filters::Filters shown />
        <key_figures::KeyFigures />
        <h2 class="section-title">{t(page.lang, Key::ChartsTitle)}</h2>
        {ChartId::ALL.into_iter().map(|id| view! { <chart_panel::ChartPanel id /> }).collect_view()}
        <activities::ActivityList shown />
        <reading::ReportTextSection />
        <about::About />
    }
}
