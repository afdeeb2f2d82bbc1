#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
//! The message shown instead of the report when the data is unusable.

use leptos::prelude::*;

use super::files::AppError;
use super::start::Start;
use crate::locale::{t, Key};
use crate::data::LoadError;

#[component]
pub fn DataError(error: AppError) -> impl IntoView {
    let lang = super::page::use_page().lang;
    let details: Vec<String> = match &error {
        AppError::Fetch(_, msg) => vec![format!("{}: {msg}", t(lang, Key::DataUnreachable))],
        AppError::Data(_, LoadError::Invalid(errors)) => errors.iter().map(|e| e.describe(lang)).collect(),
        AppError::Data(_, e) => vec![e.to_string()],
    };
    let file = match &error {
        AppError::Data(file, _) | AppError::Fetch(file, _) => *file,
    };
    view! {
        <div class="notice notice-error" role="alert" id="data-error">
            <h2>{t(lang, Key::DataErrorTitle)}</h2>
            <p>{t(lang, Key::DataErrorHelp)}</p>
            <p class="error-file"><code>{file}</code></p>
            <ul class="error-details">
                {details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}
            </ul>
        </div>
    }
}

/// The page when the data could not be used: the header and the reason.
#[component]
pub fn ErrorApp(
    start: Start,
    error: AppError,
    embed: bool,
    /// The site's title as the page had it (the data that names it is
    /// what failed).
    title: String,
) -> impl IntoView {
    super::page::provide(start, None);
    view! {
        {(!embed).then(|| view! { <super::Header title /> })}
        <main id="main" class="wrap" tabindex="-1">
            <DataError error />
        </main>
    }
}
