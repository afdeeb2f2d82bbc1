//! The corrections and changes since the data was first published
//! (prerendered, no island): each change to a figure or a text, with its
//! version, date, place and reason, from the data folder's `changes.json`
//! (`data::changes`); or, plainly, that there has been none.

use leptos::prelude::*;

use super::mixed::mixed;
use super::page::{use_data, use_page};
use crate::locale::format::colon;
use crate::locale::cite::{self as words, word, Word};

#[component]
pub fn Changes() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let c = &data.changes;
    let (first, first_date) = (&c.published.version, &c.published.date);
    let intro = if c.changes.is_empty() { words::no_changes(lang, first, first_date) } else { words::changes_intro(lang, c.version(), c.date(), first, first_date) };
    // The newest first.
    let items = c
        .changes
        .iter()
        .rev()
        .map(|change| {
            let line = |key: Word, text: &str| view! { <p><strong>{word(lang, key)}{colon(lang)}</strong>{mixed(text)}</p> };
            view! {
                <li data-change=change.version.clone()>
                    <p class="change-version"><strong>{word(lang, Word::ChangesVersion)}" "{change.version.clone()}</strong>" · "{word(lang, Word::ChangesDate)}{colon(lang)}{change.date.clone()}</p>
                    {line(Word::ChangesWhere, change.place.get(lang))}
                    {line(Word::ChangesWhat, change.what.get(lang))}
                    {line(Word::ChangesWhy, change.why.get(lang))}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="changes" id="changes" aria-labelledby="changes-title">
            <h2 id="changes-title">{word(lang, Word::ChangesTitle)}</h2>
            <p id="changes-summary">{intro}</p>
            {(!c.changes.is_empty()).then(|| view! { <ol class="change-list">{items}</ol> })}
            <p><a href=format!("data/{}", crate::data::changes::FILE) download=crate::data::changes::FILE>{word(lang, Word::ChangesFile)}</a></p>
        </section>
    }
}
