//! The view in the address bar: written on change (pushed or replaced, as
//! `ViewState::history_step` says), restored on back/forward. Parsing and
//! writing are `state::ViewState`'s.

use leptos::prelude::*;

use super::browser;
use crate::i18n::Lang;
use crate::state::{HistoryStep, Query, ViewState};

/// The view in the current URL, with the report's years applied.
fn read_state(years: &[i32]) -> ViewState {
    let (mut state, _) = ViewState::parse(&Query::parse(&browser::query()));
    state.keep_report_years(years);
    state
}

/// `?query` for `state`, keeping the URL's other parameters (lang …).
pub fn query_for(state: &ViewState) -> Query {
    let mut q = Query::parse(&browser::query());
    state.write(&mut q);
    q
}

/// A relative href: this page with `query` (empty: no `?`) and a fragment.
pub fn href(query: &Query, fragment: Option<&str>) -> String {
    let q = query.to_string();
    let mut out = format!("./{}", browser::page_name());
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

/// This page in `lang`, showing the same view.
pub fn with_lang(state: &ViewState, lang: Lang) -> String {
    let mut q = query_for(state);
    q.set("lang", (lang != Lang::default()).then_some(lang.id()));
    href(&q, None)
}

/// Writes the view to the address whenever it changes, and follows
/// back/forward by reading the address again.
pub fn sync(state: RwSignal<ViewState>, years: Vec<i32>) {
    let years_for_effect = years.clone();
    Effect::new(move |_| {
        let next = state.get();
        let shown = read_state(&years_for_effect);
        match shown.history_step(&next) {
            HistoryStep::Keep => {}
            step => browser::set_url(&href(&query_for(&next), None), step == HistoryStep::Push),
        }
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| state.set(read_state(&years)));
    on_cleanup(move || listener.remove());
}
