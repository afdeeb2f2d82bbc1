//! Links within the site for a selection, and (in the browser) the selection kept in
//! the address bar: written on change, pushed or replaced as
//! `Selection::history_step` says, restored on back/forward. Parsing and
//! writing are `presentation::Selection`'s.

use leptos::prelude::*;

use super::page::use_address;
use crate::core::Lang;
use crate::presentation::{Query, Selection};

/// `?query` for `state`, keeping the address's other parameters (`chart` …).
pub fn query_for(state: &Selection) -> Query {
    let mut q = use_address().query;
    state.write(&mut q);
    q
}

/// A relative href: `page` with `query` (empty: no `?`) and a fragment.
pub fn href_to(page: &str, query: &Query, fragment: Option<&str>) -> String {
    let q = query.to_string();
    let mut out = page.to_string();
    if !q.is_empty() {
        out.push('?');
        out.push_str(&q);
    }
    if let Some(f) = fragment {
        out.push('#');
        out.push_str(f);
    }
    out
}

/// A relative href to this page.
pub fn href(query: &Query, fragment: Option<&str>) -> String {
    href_to(&use_address().page, query, fragment)
}

/// The report page in `lang`, showing the same view.
pub fn with_lang(state: &Selection, lang: Lang) -> String {
    let mut q = query_for(state);
    q.set("lang", None);
    href_to(lang.page(), &q, None)
}

/// Writes the selection to the address whenever it changes, and follows
/// back/forward by reading the address again.
#[cfg(target_arch = "wasm32")]
pub fn sync(state: RwSignal<Selection>, years: Vec<i32>, charts: Vec<crate::core::ChartId>) {
    use super::browser;
    use crate::presentation::HistoryStep;
    let read = move |years: &[i32], charts: &[crate::core::ChartId]| {
        let (mut view, _) = Selection::parse(&Query::parse(&browser::query()));
        view.keep_report(years, charts);
        view
    };
    let (years_for_effect, charts_for_effect) = (years.clone(), charts.clone());
    let address = use_address();
    Effect::new(move |first: Option<()>| {
        let next = state.get();
        // The first run only subscribes: the address already holds the selection
        // the page is about to show.
        if first.is_none() {
            return;
        }
        let shown = read(&years_for_effect, &charts_for_effect);
        match shown.history_step(&next) {
            HistoryStep::Keep => {}
            step => {
                let mut q = Query::parse(&browser::query());
                next.write(&mut q);
                browser::set_url(&href_to(&address.page, &q, None), step == HistoryStep::Push);
            }
        }
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| state.set(read(&years, &charts)));
    on_cleanup(move || listener.remove());
}

/// At build time there is no address bar.
#[cfg(not(target_arch = "wasm32"))]
pub fn sync(_state: RwSignal<Selection>, _years: Vec<i32>, _charts: Vec<crate::core::ChartId>) {}
