//! English text that quotes the report's Chinese (`core::mixed`): each
//! marked span becomes `<span lang="zh-Hant">`, so that it is read with a
//! Chinese voice; a text without marks is rendered as it is.

use leptos::either::Either;
use leptos::prelude::*;

use crate::core::mixed::{spans, Span};

/// `text` with its Chinese spans marked.
pub fn mixed(text: &str) -> impl IntoView {
    spans(text)
        .into_iter()
        .map(|s| match s {
            Span::Own(t) => Either::Left(t.to_string()),
            Span::Zh(t) => Either::Right(view! { <span lang="zh-Hant">{t.to_string()}</span> }),
        })
        .collect_view()
}
