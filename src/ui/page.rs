//! What the components of a page share, provided once as context (as
//! Leptos's own examples do): the language, the selection, how charts are
//! drawn, and the report. The same components render in the browser and,
//! at build time, to HTML (`bin/prerender`): everything they need from the
//! browser comes in through `Start`, read once by the browser glue.

use std::sync::Arc;

use leptos::prelude::*;

use crate::core::Lang;
use crate::data::text::ReportText;
use crate::dataset::Dataset;
use super::start::Start;
use crate::presentation::{Query, UrlNotice, Selection};
use crate::charts::ChartEnv;

/// The page's shared state. Cheap to copy: the selection is a signal.
#[derive(Clone, Copy)]
pub struct Page {
    pub lang: Lang,
    pub state: RwSignal<Selection>,
    /// `false` under `prefers-reduced-motion: reduce`.
    pub animate: bool,
    /// Whether the ECharts library is there. Like `dark`, it starts as the
    /// prerendered page has it (there, yes) and takes the browser's answer
    /// right after hydration, so what it shows or hides is an update.
    pub echarts: RwSignal<bool>,
    /// Whether the reader's scheme is dark: the one source for the charts'
    /// colours (`chart_env`) and the links to the dark images.
    pub dark: RwSignal<bool>,
    /// Whether a step through a chart by keyboard plays its tone (the
    /// reader turns it on with T in any chart; off at first).
    pub step_tones: RwSignal<bool>,
}

impl Page {
    /// How charts are drawn: in the page's language and the reader's scheme.
    pub fn chart_env(&self) -> ChartEnv {
        ChartEnv { lang: self.lang, dark: self.dark.get(), animate: self.animate }
    }
}

/// Runs `f` once in the browser, right after the page has hydrated (or
/// mounted): where the page takes in what only the browser knows. Islands
/// hydrate one per task (boot.js), so this waits for the last of them
/// (`page_ready`), not only for its own island: a change made earlier would
/// meet islands still to hydrate from the page as prerendered. At build
/// time it never runs. What `f` reads is not tracked.
pub fn after_hydration(f: impl FnOnce() + 'static) {
    let mut f = Some(f);
    let ready = READY.with(Clone::clone);
    Effect::new(move |_| {
        if ready.get() {
            if let Some(f) = f.take() {
                untrack(f);
            }
        }
    });
}

thread_local! {
    /// Whether every island of the page has hydrated (or the page was
    /// mounted anew).
    static READY: ArcRwSignal<bool> = ArcRwSignal::new(false);
}

/// Whether every island has hydrated (tracked: an effect that reads it runs
/// again when it has).
pub fn is_ready() -> bool {
    READY.with(|r| r.get())
}

/// Every island has hydrated (or the page was mounted): what waits for it
/// (`after_hydration`) runs, and the page is marked as answering.
pub fn page_ready() {
    READY.with(|r| r.set(true));
    super::browser::mark_ready();
}

/// The page's address and what the selection does not own in it (`chart=` …).
#[derive(Clone)]
pub struct Address {
    pub page: String,
    pub query: Query,
}

/// What a page shows: the report (its data, derived once) and its text.
/// The build renders with both; in the browser the text is not read until
/// a search needs it (`reading::PassagesShown`), so it is `None` there.
#[derive(Clone)]
pub struct Content {
    pub data: Arc<Dataset>,
    pub text: Option<Arc<ReportText>>,
}

/// What a page is rendered from: where it is, and the report. At build
/// time the prerender provides it as context; in the browser it is read
/// from the address and the data `load` fetched.
#[derive(Clone)]
pub struct Environment {
    pub start: Start,
    pub report: Option<Content>,
}

/// The page's environment (see `Environment`).
pub fn environment() -> Environment {
    #[cfg(target_arch = "wasm32")]
    {
        match super::load::loaded() {
            Some((start, data)) => Environment { start, report: Some(Content { data, text: None }) },
            None => Environment { start: super::browser::start(), report: None },
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        expect_context::<Environment>()
    }
}

/// Provides the page context (and the report, when there is one), with
/// what in the URL was ignored (`Ignored`). The selection starts as the prerendered
/// page shows it (the default view), so hydration finds what it expects;
/// the address's own view is applied right after, as an update.
pub fn provide(start: Start, report: Option<Content>) -> Page {
    let (mut view, mut notices) = Selection::parse(&start.query);
    if let Some(r) = &report {
        notices.extend(view.keep_report(&r.data.years(), &r.data.chart_ids()));
    }
    let state = RwSignal::new(Selection::default());
    if view != Selection::default() {
        after_hydration(move || state.set(view));
    }
    let (echarts, dark) = (RwSignal::new(true), RwSignal::new(false));
    after_hydration(move || {
        echarts.set(start.echarts);
        dark.set(start.dark);
    });
    let page = Page { lang: start.lang, state, animate: start.animate, echarts, dark, step_tones: RwSignal::new(false) };
    provide_context(page);
    provide_context(Address { page: start.page, query: start.query });
    provide_context(Ignored(notices));
    if let Some(r) = report {
        provide_context(Data(r.data));
        if let Some(text) = r.text {
            provide_context(TextData(text));
        }
    }
    page
}

pub fn use_page() -> Page {
    expect_context()
}

pub fn use_address() -> Address {
    expect_context()
}

/// The loaded report, provided to what shows it.
#[derive(Clone)]
struct Data(Arc<Dataset>);

/// The report's text.
#[derive(Clone)]
struct TextData(Arc<ReportText>);

pub fn use_data() -> Arc<Dataset> {
    expect_context::<Data>().0
}

/// The loaded report, where there is one (not on the page of a data error).
pub fn try_use_data() -> Option<Arc<Dataset>> {
    use_context::<Data>().map(|d| d.0)
}

/// The report's text, for what the build renders (no island reads it).
pub fn use_text() -> Arc<ReportText> {
    expect_context::<TextData>().0
}

/// The activities the selection shows, by position in the report: read by
/// the filters' count and the list. Provided by the page's root island.
#[derive(Clone, Copy)]
pub struct ShownActivities(pub Memo<Vec<usize>>);

pub fn use_shown_activities() -> Memo<Vec<usize>> {
    expect_context::<ShownActivities>().0
}

/// What in the address was ignored (for `notices::UrlNotices`).
#[derive(Clone)]
struct Ignored(Vec<UrlNotice>);

pub fn use_ignored() -> Vec<UrlNotice> {
    use_context::<Ignored>().map(|i| i.0).unwrap_or_default()
}
