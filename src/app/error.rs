//! The message shown instead of the report when the data is unusable.

use leptos::prelude::*;

use super::load::{AppError, DATA_URL};
use crate::data::LoadError;
use crate::i18n::{t, Key};

#[component]
pub fn DataError(error: AppError) -> impl IntoView {
    let lang = super::page::use_page().lang;
    let details: Vec<String> = match &error {
        AppError::Fetch(msg) => vec![format!("{}: {msg}", t(lang, Key::DataUnreachable))],
        AppError::Data(LoadError::Invalid(errors)) => errors.iter().map(|e| e.describe(lang)).collect(),
        AppError::Data(e) => vec![e.to_string()],
    };
    view! {
        <div class="notice notice-error" role="alert" id="data-error">
            <h2>{t(lang, Key::DataErrorTitle)}</h2>
            <p>{t(lang, Key::DataErrorHelp)}</p>
            <p class="error-file"><code>{DATA_URL}</code></p>
            <ul class="error-details">
                {details.into_iter().map(|d| view! { <li><code>{d}</code></li> }).collect_view()}
            </ul>
        </div>
    }
}
