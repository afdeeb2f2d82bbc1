//! The selection in the address bar: read at start, pushed on change,
//! restored on back/forward. Parsing and writing are `state::ViewState`'s.

use leptos::prelude::*;

use super::browser;
use crate::i18n::Lang;
use crate::state::{Query, UrlNotice, ViewState};

/// The selection in the current URL, and what in it was ignored.
pub fn read_state(years: &[i32]) -> (ViewState, Vec<UrlNotice>) {
    ViewState::parse(&Query::parse(&browser::query()), years)
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

/// This page in `lang`, keeping the selection.
pub fn with_lang(lang: Lang) -> String {
    let mut q = Query::parse(&browser::query());
    q.set("lang", (lang != Lang::default()).then_some(lang.id()));
    href(&q, None)
}

/// Pushes a history entry when the pillars or year change (typing in the
/// search box replaces the entry instead), and follows back/forward by
/// reading the URL again.
pub fn sync(state: RwSignal<ViewState>, years: Vec<i32>) {
    let years_for_effect = years.clone();
    Effect::new(move |_| {
        let new = state.get();
        let q = query_for(&new);
        let current = Query::parse(&browser::query());
        if q != current {
            let (old, _) = ViewState::parse(&current, &years_for_effect);
            let only_text = old.pillars == new.pillars && old.year == new.year;
            browser::set_url(&href(&q, None), !only_text);
        }
    });
    let listener = window_event_listener(leptos::ev::popstate, move |_| {
        let (s, _) = read_state(&years);
        state.set(s);
    });
    on_cleanup(move || listener.remove());
}
