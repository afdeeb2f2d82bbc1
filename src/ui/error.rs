#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
//! The message shown instead of the report when the data is unusable.

use leptos::prelude::*;

use super::page::Start;
use crate::locale::{t, Key};
use crate::data::LoadError;

/// The report's data, relative to the page so the site works under any path.
pub const DATA_URL: &str = "data/report.json";
/// How the viewer presents the report (`data::viewer`), fetched beside it.
pub const VIEWER_URL: &str = "data/viewer.json";
/// The report's text, beside the data.
pub const TEXT_URL: &str = "data/text.json";

/// Why the report is not shown.
#[derive(Debug, Clone, PartialEq)]
pub enum AppError {
    /// A file could not be fetched (network, HTTP status): which, and why.
    Fetch(&'static str, String),
    /// A file is there but unusable: which file, and why.
    Data(&'static str, LoadError),
}

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
