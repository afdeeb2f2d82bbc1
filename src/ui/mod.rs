//! The Leptos app. Its components render in both worlds: to HTML at build
//! time (`render`, used by `bin/prerender`) and in the browser, where
//! `start` hydrates that HTML. Shared state lives in context (`page`);
//! browser glue stays in `browser`, effects and event handlers.

mod about;
mod activity_list;
mod browser;
mod chart;
mod chart_panel;
mod embed;
mod error;
mod filters;
mod key_figures;
#[cfg(target_arch = "wasm32")]
mod load;
mod notices;
mod offline;
pub mod page;
mod reading;
mod url;

use leptos::prelude::*;

use crate::core::ChartId;
use crate::locale::{t, Key};
use crate::view::{UrlNotice, ViewState};
pub use error::AppError;
use page::{use_page, Content, Start};

/// Entry point called by `main` in the browser: fetches the data, then
/// hydrates the prerendered page when it was rendered from that same data
/// in the same language, and otherwise draws the page anew.
#[cfg(target_arch = "wasm32")]
pub fn start() {
    console_error_panic_hook::set_once();
    let start = browser::start();
    let name = browser::page_name();
    let embed = name == crate::view::embed::EMBED_PAGE || crate::view::embed::from_page_file(&name).is_some();
    browser::spawn(async move {
        let root = browser::app_root();
        let loaded = load::report().await;
        let built_from = root.get_attribute("data-build");
        match loaded {
            Ok((report, fingerprint)) if built_from == Some(build_key(&fingerprint, start.lang)) => {
                if embed {
                    leptos::mount::hydrate_from(root, move || view! { <embed::EmbedApp start report /> }).forget();
                } else {
                    leptos::mount::hydrate_from(root, move || view! { <App start report /> }).forget();
                }
            }
            Ok((report, _)) => {
                root.set_inner_html("");
                if embed {
                    leptos::mount::mount_to(root, move || view! { <embed::EmbedApp start report /> }).forget();
                } else {
                    leptos::mount::mount_to(root, move || view! { <App start report /> }).forget();
                }
            }
            Err(error) => {
                root.set_inner_html("");
                leptos::mount::mount_to(root, move || view! { <error::ErrorApp start error embed /> }).forget();
            }
        }
        // The page answers from now on.
        browser::mark_ready();
    });
}

/// What the prerendered page records it was built from (`data-build`):
/// the data's fingerprint and the page's language.
pub fn build_key(fingerprint: &str, lang: crate::core::Lang) -> String {
    format!("{fingerprint}-{}", lang.id())
}

/// The report page as HTML, for the build to write (the content of
/// `<div id="app">`).
pub fn render(start: Start, report: Content) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <App start report /> }.to_html())
}

/// A chart's embed page as HTML, likewise.
pub fn render_embed(start: Start, report: Content) -> String {
    let owner = Owner::new();
    owner.with(|| view! { <embed::EmbedApp start report /> }.to_html())
}

#[component]
pub(crate) fn Header() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    view! {
        <a class="skip-link" href="#main">{t(lang, Key::SkipToContent)}</a>
        <offline::UpdateNotice />
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
    }
}

#[component]
pub fn App(start: Start, report: Content) -> impl IntoView {
    let years = report.data.years();
    let (page, notices) = page::provide(start, Some(report));
    url::sync(page.state, years);
    view! {
        <Header />
        <main id="main" class="wrap" tabindex="-1">
            <Viewer notices />
        </main>
    }
}

/// The report with its filters; the view lives in the URL.
#[component]
fn Viewer(notices: Vec<UrlNotice>) -> impl IntoView {
    let page = use_page();
    let data = page::use_data();
    // The activities the selection shows, by position in the report: read
    // by the filter's count and the list.
    let filter = Memo::new(move |_| page.state.with(ViewState::activity_filter));
    let shown = Memo::new(move |_| filter.with(|s| crate::view::filter::activity_positions(&data.report, s)));
    // The address's fragment (a chart, a passage) is followed once the page
    // answers, and again on each in-page link: a link into a folded chapter
    // opens it.
    page::after_hydration(browser::scroll_to_fragment);
    #[cfg(target_arch = "wasm32")]
    {
        let listener = window_event_listener(leptos::ev::hashchange, |_| browser::scroll_to_fragment());
        on_cleanup(move || listener.remove());
    }
    view! {
        <notices::UrlNotices notices heading=true />
        <notices::EchartsMissing heading=true />
        <filters::Filters shown />
        <key_figures::KeyFigures />
        <h2 class="section-title">{t(page.lang, Key::ChartsTitle)}</h2>
        {ChartId::ALL.into_iter().map(|id| view! { <chart_panel::ChartPanel id /> }).collect_view()}
        <activity_list::ActivityList shown />
        <reading::ReportTextSection />
        <about::About />
    }
}
