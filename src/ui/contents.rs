//! The page's contents: a list of links to its parts (`presentation::contents`),
//! plain links that work without script. On a phone it is a short list at
//! the top; on a wide screen a column that stays beside the content. The
//! `PartInView` island marks the part the reader is in, and leaves out the
//! charts a selection does not show.

use leptos::prelude::*;

use super::browser;
use super::page::{use_data, use_page, use_text};
use crate::locale::{t, Key};
use crate::presentation::contents::{self, Part};

#[component]
pub fn Contents() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let parts = contents::parts(&data, &use_text(), lang);
    // The parts as a list of lists: each part of the page, with its charts
    // or chapters below it.
    let mut groups: Vec<(Part, Vec<Part>)> = Vec::new();
    for part in parts {
        match groups.last_mut() {
            Some((_, subs)) if part.level > 1 => subs.push(part),
            _ => groups.push((part, Vec::new())),
        }
    }
    let link = |p: &Part| {
        view! { <a href=format!("#{}", p.target) id=contents::link_id(&p.target)>{super::mixed::mixed(&p.label)}</a> }
    };
    let items = groups
        .into_iter()
        .map(|(part, subs)| {
            let sub = (!subs.is_empty()).then(|| {
                view! {
                    <ol class="contents-sub">
                        {subs.iter().map(|s| view! { <li id=format!("{}-item", contents::link_id(&s.target))>{link(s)}</li> }).collect_view()}
                    </ol>
                }
            });
            view! { <li>{link(&part)}{sub}</li> }
        })
        .collect_view();
    view! {
        <nav class="contents" id="contents" aria-labelledby="contents-title">
            <h2 id="contents-title">{t(lang, Key::ContentsTitle)}</h2>
            <ol class="contents-list">{items}</ol>
            <PartInView chapters=use_text().chapters().len() />
        </nav>
    }
}

/// Marks the link of the part in view as the reader scrolls, and hides the
/// links to the charts the selection leaves out (their sections are gone).
#[island]
fn PartInView(
    /// How many chapters the report's text has (the island needs no more of it).
    chapters: usize,
) -> impl IntoView {
    let page = use_page();
    let data = use_data();
    let parts = contents::targets(&data.chart_ids(), chapters);
    let targets: Vec<String> = parts.iter().map(|(target, _)| target.clone()).collect();
    let charts: Vec<_> = parts.iter().filter_map(|(target, chart)| chart.map(|c| (c, format!("{}-item", contents::link_id(target))))).collect();
    let shown = Memo::new({
        let charts = charts.clone();
        let pillars: Vec<_> = charts.iter().map(|(c, _)| data.pillar(*c)).collect();
        move |_| page.state.with(|s| pillars.iter().enumerate().filter(|(_, p)| crate::presentation::in_selection(**p, s)).map(|(i, _)| i).collect::<Vec<_>>())
    });
    super::hidden::follow(charts.into_iter().map(|(_, id)| id).collect(), shown);
    let current = RwSignal::new(None::<usize>);
    let measure = move || {
        // A part is the reader's once its top is in the upper third.
        let line = browser::viewport_height() / 3.0;
        current.set(contents::in_view(&browser::tops(&targets), line));
    };
    // The marking follows `current`, touching only the link that comes or goes.
    let links: Vec<String> = parts.iter().map(|(target, _)| contents::link_id(target)).collect();
    Effect::new(move |before: Option<Option<usize>>| {
        let now = current.get();
        if before.flatten() != now {
            if let Some(i) = before.flatten() {
                browser::set_current(&links[i], false);
            }
            if let Some(i) = now {
                browser::set_current(&links[i], true);
            }
        }
        now
    });
    #[cfg(target_arch = "wasm32")]
    {
        let measure = std::rc::Rc::new(measure);
        // At most once a frame, however often the page scrolls.
        let queued = StoredValue::new(false);
        let on_scroll = {
            let measure = measure.clone();
            move || {
                if !queued.get_value() {
                    queued.set_value(true);
                    let measure = measure.clone();
                    request_animation_frame(move || {
                        queued.set_value(false);
                        measure();
                    });
                }
            }
        };
        let on_resize = on_scroll.clone();
        let scroll = window_event_listener(leptos::ev::scroll, move |_| on_scroll());
        let resize = window_event_listener(leptos::ev::resize, move |_| on_resize());
        super::page::after_hydration(move || measure());
        on_cleanup(move || {
            scroll.remove();
            resize.remove();
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = measure;
}

/// The link back to the contents, after each part of the page.
#[component]
pub fn BackToContents() -> impl IntoView {
    let lang = use_page().lang;
    view! { <p class="back-to-contents"><a href="#contents">{t(lang, Key::BackToContents)}</a></p> }
}
