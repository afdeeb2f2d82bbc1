//! The Leptos app (wasm only): loads the bundled data, then shows the
//! report. Browser glue stays here; logic lives in the pure modules.

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
mod url;

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::charts::{ChartEnv, ChartId};
use crate::checks::Note;
use crate::data::Report;
use crate::i18n::{t, Key, Lang};

/// The report and what the cross-checks found, once loaded.
#[derive(Clone)]
pub struct Loaded {
    pub report: Arc<Report>,
    pub notes: Arc<Vec<Note>>,
}

/// Loaded data is never edited in place: the same allocation is the same data.
impl PartialEq for Loaded {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.report, &other.report)
    }
}

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
    let lang = browser::lang_from_url();
    browser::set_document_lang(lang);
    let data = load::use_report();
    let update = RwSignal::new_local(None);
    offline::register(update);

    view! {
        <a class="skip-link" href="#main">{t(lang, Key::SkipToContent)}</a>
        <offline::UpdateNotice lang ready=update />
        <header class="site-header">
            <div class="wrap">
                <p class="publisher">{t(lang, Key::SourceReport)}</p>
                <h1>{t(lang, Key::SiteTitle)}</h1>
                <p class="subtitle">{t(lang, Key::SiteSubtitle)}</p>
                <a class="lang-switch" href=move || url::with_lang(lang.other()) hreflang=lang.other().html_lang()
                    lang=lang.other().html_lang()>
                    {t(lang, Key::SwitchLanguage)}
                </a>
            </div>
        </header>
        <main id="main" class="wrap" tabindex="-1">
            {move || match data.get() {
                None => view! { <p class="status" role="status">{t(lang, Key::Loading)}</p> }.into_any(),
                Some(Err(e)) => view! { <error::DataError lang error=e /> }.into_any(),
                Some(Ok(loaded)) => view! { <Viewer lang loaded /> }.into_any(),
            }}
        </main>
    }
}

/// The report with its filters; the selection lives in the URL.
#[component]
fn Viewer(lang: Lang, loaded: Loaded) -> impl IntoView {
    let years = crate::filter::report_years(&loaded.report);
    let (initial, notices) = url::read_state(&years);
    let state = RwSignal::new(initial);
    url::sync(state, years.clone());
    let echarts = browser::has_echarts();
    let env = ChartEnv { lang, dark: browser::prefers_dark(), animate: !browser::prefers_reduced_motion() };
    // The activities the selection shows: the filter's count and the list.
    let total = loaded.report.activities.len();
    let activities = {
        let report = loaded.report.clone();
        Memo::new(move |_| crate::filter::activities(&report, &state.get()).into_iter().cloned().collect::<Vec<_>>())
    };
    let charts = ChartId::ALL
        .into_iter()
        .map(|id| view! { <chart_panel::ChartPanel id lang loaded=loaded.clone() state env echarts embedded=false /> })
        .collect_view();
    view! {
        <notices::UrlNotices lang notices heading=true />
        <notices::EchartsMissing lang echarts heading=true />
        <filters::Filters lang state years shown=activities total />
        <key_figures::KeyFigures lang state report=loaded.report.clone() />
        <h2 class="section-title">{t(lang, Key::ChartsTitle)}</h2>
        {charts}
        <activities::ActivityList lang shown=activities total />
        <about::About lang loaded />
    }
}
