//! What the components of a page share, provided once as context (as
//! Leptos's own examples do): the language, the view state read from the
//! URL, how charts are drawn, and, once loaded, the report.

use std::sync::Arc;

use leptos::prelude::*;

use super::browser;
use crate::charts::ChartEnv;
use crate::dataset::Dataset;
use crate::i18n::Lang;
use crate::state::{Query, UrlNotice, ViewState};

/// The page's shared state. Cheap to copy: the view state is a signal.
#[derive(Clone, Copy)]
pub struct Page {
    pub lang: Lang,
    pub state: RwSignal<ViewState>,
    pub env: ChartEnv,
    /// Whether the ECharts library loaded (without it, the tables remain).
    pub echarts: bool,
}

/// Reads the URL and the reader's preferences, sets the document's
/// language, and provides the page context; returns what in the URL was
/// ignored. Called once by each page (the report and the embed view).
pub fn provide() -> (Page, Vec<UrlNotice>) {
    let lang = browser::lang_from_url();
    browser::set_document_lang(lang);
    let (initial, notices) = ViewState::parse(&Query::parse(&browser::query()));
    let page = Page {
        lang,
        state: RwSignal::new(initial),
        env: ChartEnv { lang, dark: browser::prefers_dark(), animate: !browser::prefers_reduced_motion() },
        echarts: browser::has_echarts(),
    };
    provide_context(page);
    (page, notices)
}

pub fn use_page() -> Page {
    expect_context()
}

/// The loaded report, provided to what is shown once it is there.
#[derive(Clone)]
struct Data(Arc<Dataset>);

/// Provides the loaded report, and drops a year from the view that the
/// report does not cover (adding its notice).
pub fn provide_data(data: Arc<Dataset>, notices: &mut Vec<UrlNotice>) {
    let page = use_page();
    let years = data.years();
    if page.state.with_untracked(|s| s.year.is_some_and(|y| !years.contains(&y))) {
        page.state.update(|s| notices.extend(s.keep_report_years(&years)));
    }
    provide_context(Data(data));
}

pub fn use_data() -> Arc<Dataset> {
    expect_context::<Data>().0
}
