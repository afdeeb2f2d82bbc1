//! The Leptos app, as islands. Its components render to HTML at build time
//! (`render`, used by `bin/prerender`); in the browser only the islands
//! among them (`#[island]`) hydrate, after `boot` (called by boot.js
//! through the wasm's entry point, `src/main.rs`) has checked the data.
//! Shared state lives in context, provided by the root island (`page`);
//! browser glue stays in `browser`, effects and event handlers.

mod about;
mod activity_list;
mod browser;
mod chart;
mod chart_panel;
mod changes;
mod cite;
mod contents;
mod embed;
mod error;
mod files;
mod filters;
mod hidden;
mod main_points;
#[cfg(target_arch = "wasm32")]
mod load;
mod mixed;
mod notices;
mod offline;
pub mod page;
pub mod start;
mod panel_html;
mod reading;
mod url;

use leptos::prelude::*;

use crate::locale::{t, Key};
use crate::presentation::Selection;
pub use files::{AppError, DATA_URL, TEXT_URL, VIEWER_URL};
/// The fetch of the report boot.js started, if it did (for `boot`).
#[cfg(target_arch = "wasm32")]
pub use browser::fetch::Started;
use page::{use_page, Content};
use start::Start;

/// Called by `main` when the wasm starts: nothing is drawn yet; boot.js
/// calls `load` (`src/main.rs`), then hydrates the page's islands.
#[cfg(target_arch = "wasm32")]
pub fn init() {
    console_error_panic_hook::set_once();
}

/// What `boot` did, for boot.js: `Hydrate` its islands now; the page was
/// `Mounted` anew (the data is unusable, or an older embed link names no
/// chart); or the page and the data come from different builds
/// (`Mismatch`: boot.js reloads once, then asks for `show_mismatch`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Hydrate,
    Mounted,
    Mismatch,
}

impl Outcome {
    pub fn id(self) -> &'static str {
        match self {
            Outcome::Hydrate => "hydrate",
            Outcome::Mounted => "mounted",
            Outcome::Mismatch => "mismatch",
        }
    }
}

/// Fetches (or takes the fetch boot.js `started` of) and checks the
/// report; then either readies the islands' hydration
/// (the prerendered page was built from that same data in that language)
/// or draws what the page needs instead.
#[cfg(target_arch = "wasm32")]
pub async fn boot(started: Started) -> Outcome {
    let start = browser::start();
    let name = browser::page_name();
    let root = browser::app_root();
    let built_from = root.get_attribute("data-build");
    let older_embed = name == crate::presentation::embed::EMBED_PAGE;
    // An older embed link that names no chart of ours (boot.js sends the
    // others on): the page is the bare shell, drawn here; it needs no data.
    if older_embed {
        // The charts there are, to list: from the viewer's file, or none.
        let charts = load::viewer().await.map(|v| v.charts.into_iter().map(|c| (c.id, c.title.get(start.lang).to_string())).collect()).unwrap_or_default();
        root.set_inner_html("");
        leptos::mount::mount_to(root, move || view! { <embed::UnknownEmbed start charts /> }).forget();
        page::page_ready();
        return Outcome::Mounted;
    }
    match load::report(built_from.as_deref(), &start, started).await {
        Ok(load::Loaded::Same(report)) => {
            load::keep(start, report);
            leptos::mount::hydrate_islands();
            Outcome::Hydrate
        }
        Ok(load::Loaded::Other) => Outcome::Mismatch,
        Err(error) => {
            root.set_inner_html("");
            let embed = crate::presentation::embed::from_page_file(&name).is_some();
            let title = browser::title();
            leptos::mount::mount_to(root, move || view! { <error::ErrorApp start error embed title /> }).forget();
            page::page_ready();
            Outcome::Mounted
        }
    }
}

/// The page and its data (or its wasm) come from different builds, and a
/// reload did not help: the page stays as it is, with a notice above it.
#[cfg(target_arch = "wasm32")]
pub fn show_mismatch() {
    let start = browser::start();
    let lang = start.lang;
    if let Some(host) = browser::notice_host() {
        // Readable, but the filters and charts do not answer.
        let notice = move || {
            view! {
                <div class="notice notice-warning wrap" role="alert" id="build-mismatch">
                    <h2>{t(lang, Key::BuildMismatchTitle)}</h2>
                    <p>{t(lang, Key::BuildMismatchHelp)}</p>
                </div>
            }
        };
        leptos::mount::mount_to(host, notice).forget();
    }
}

/// What the prerendered page records it was built from (`data-build`):
/// the data's fingerprint and the page's language.
pub fn build_key(fingerprint: &str, lang: crate::core::Lang) -> String {
    format!("{fingerprint}-{}", lang.id())
}

/// The report page as HTML, for the build to write (the content of
/// `<div id="app">`).
pub fn render(start: Start, report: Content) -> String {
    prerender(start, report, || view! { <App /> }.to_html())
}

/// A chart's embed page as HTML, likewise.
pub fn render_embed(start: Start, report: Content) -> String {
    prerender(start, report, || view! { <embed::EmbedApp /> }.to_html())
}

/// Every view of the charts the build writes (`charts::views::is_static`),
/// as (file, JSON): each chart in each language, for all years and each
/// year, on the report page and on its embed page, its parts rendered by
/// the page's own components.
#[cfg(not(target_arch = "wasm32"))]
pub fn chart_views(report: Content) -> Vec<(String, String)> {
    use crate::charts::views;
    let mut out = Vec::new();
    let data = report.data.clone();
    for lang in crate::core::Lang::ALL {
        let start = Start::prerendered(lang);
        prerender(start.clone(), report.clone(), || {
            page::provide(start, Some(report.clone()));
            for (id, kind) in data.viewer.charts.iter().map(|c| (c.chart_id(), c.kind)).filter(|(_, kind)| views::is_static(*kind)) {
                for year in views::years(&data.years()) {
                    let input = Selection { year, ..Selection::default() };
                    for embedded in [false, true] {
                        let view = chart_panel::view_of(id, kind, &input, lang, embedded, [true, true], |env| crate::charts::build(id, &data, &input, env));
                        out.push((views::file(id, year, lang, embedded), view.to_json()));
                    }
                }
            }
        });
    }
    out
}

/// Renders under a root owner that knows islands (as leptos_axum's), with
/// the page's environment as context.
#[cfg(not(target_arch = "wasm32"))]
fn prerender<T>(start: Start, report: Content, html: impl FnOnce() -> T) -> T {
    use hydration_context::SsrSharedContext;
    let owner = Owner::new_root(Some(std::sync::Arc::new(SsrSharedContext::new_islands())));
    owner.with(|| {
        provide_context(page::Environment { start, report: Some(report) });
        html()
    })
}

#[cfg(target_arch = "wasm32")]
fn prerender(_: Start, _: Content, _: impl FnOnce() -> String) -> String {
    unreachable!("pages are prerendered natively")
}

#[component]
pub(crate) fn Header(
    /// The title when there is no data to take the site's texts from (the
    /// page of a data error).
    #[prop(optional)]
    title: String,
) -> impl IntoView {
    let lang = use_page().lang;
    let site = page::try_use_data().map(|d| d.viewer.site.clone());
    let (source, title, subtitle) = match &site {
        Some(s) => (Some(s.source.get(lang).to_string()), s.title.get(lang).to_string(), Some(s.subtitle.get(lang).to_string())),
        None => (None, title, None),
    };
    view! {
        <a class="skip-link" href="#main">{t(lang, Key::SkipToContent)}</a>
        <offline::UpdateNotice />
        <header class="site-header">
            <div class="wrap">
                {source.map(|s| view! { <p class="publisher">{s}</p> })}
                <h1>{title}</h1>
                {subtitle.map(|s| view! { <p class="subtitle">{s}</p> })}
                <LangLink />
            </div>
        </header>
    }
}

/// The link to the other language's page, with the same view.
#[island]
fn LangLink() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    view! {
        <a class="lang-switch" id="lang-switch" href=move || url::with_lang(&page.state.get(), lang.other())
            hreflang=lang.other().html_lang() lang=lang.other().html_lang()>
            {t(lang, Key::SwitchLanguage)}
        </a>
    }
}

/// The report page. Only its islands are interactive (and in the wasm):
/// the root `Viewer` holds the page's state, and inside its prerendered
/// children the language link, the notices, the filters, the key figures,
/// the charts and what shows or hides the activities and passages.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <Viewer>
            <Header />
            <main id="main" class="wrap layout" tabindex="-1">
                <Body />
            </main>
        </Viewer>
    }
}

/// The page's state, shared as context with the islands inside it: the
/// view (kept in the address), what a selection shows, what the address
/// asked for that was ignored.
#[island]
fn Viewer(children: Children) -> impl IntoView {
    let env = page::environment();
    env.report.map(|report| {
        let (years, charts) = (report.data.years(), report.data.chart_ids());
        let page = page::provide(env.start, Some(report));
        url::sync(page.state, years, charts);
        let data = page::use_data();
        let filter = Memo::new(move |_| page.state.with(Selection::activity_filter));
        let shown = Memo::new(move |_| filter.with(|s| crate::presentation::filter::activity_positions(&data.report, s)));
        provide_context(page::ShownActivities(shown));
        // The address's fragment (a chart, a passage) is followed once the
        // page answers, and again on each in-page link: a link into a folded
        // chapter opens it.
        page::after_hydration(browser::scroll_to_fragment);
        #[cfg(target_arch = "wasm32")]
        {
            let listener = window_event_listener(leptos::ev::hashchange, |_| browser::scroll_to_fragment());
            on_cleanup(move || listener.remove());
        }
        children()
    })
}

/// The report with its filters (prerendered; the islands inside answer):
/// the main points first, the contents beside the rest on a wide screen
/// (below the main points on a phone), a way back to them after each part.
#[component]
fn Body() -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <div class="layout-top">
            <notices::UrlNotices heading=true />
            <notices::EchartsMissing heading=true />
            <main_points::MainPoints />
        </div>
        <contents::Contents />
        <div class="layout-content">
            <filters::Filters />
            <contents::BackToContents />
            <h2 class="section-title" id="charts">{t(lang, Key::ChartsTitle)}</h2>
            {page::use_data().chart_ids().into_iter().map(|id| view! { <chart_panel::ChartPanel id embedded=false /> }).collect_view()}
            <activity_list::ActivityList />
            <contents::BackToContents />
            <reading::ReportTextSection />
            <contents::BackToContents />
            <about::About />
            <contents::BackToContents />
            <changes::Changes />
            <contents::BackToContents />
            <cite::Cite cited=crate::presentation::cite::Cited::Report />
            <contents::BackToContents />
        </div>
    }
}
