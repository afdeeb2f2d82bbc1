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

/// Whether a whole text is a section of the report as it numbers them
/// (`貳、三、(一)、3`, `貳、關鍵績效指標`): a table's source cell, which in
/// English is Chinese.
pub fn is_section(text: &str) -> bool {
    text.starts_with(['壹', '貳'])
        && text.chars().all(|c| "壹貳一二三四五六七八九十、()關鍵績效指標".contains(c) || c.is_ascii_digit() || c.is_ascii_uppercase())
}
