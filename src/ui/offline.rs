//! Offline use: says when a newer version of the site is ready, with a
//! button to load it. The notice renders the same in both worlds; the
//! service worker is `browser::service_worker`'s, registered by an effect.

use leptos::prelude::*;

use super::browser;
use super::page::use_page;
use crate::locale::{t, Key};

/// "A newer version is ready", with a button to load it.
#[island]
pub fn UpdateNotice() -> impl IntoView {
    let lang = use_page().lang;
    let ready = RwSignal::new(false);
    super::page::after_hydration(move || browser::service_worker::register(move || ready.set(true)));
    view! {
        <Show when=move || ready.get()>
            <div class="notice notice-info update-ready" role="status" id="update-ready">
                <p>{t(lang, Key::UpdateReady)}</p>
                <button type="button" class="action" on:click=move |_| browser::service_worker::activate()>{t(lang, Key::UpdateLoad)}</button>
            </div>
        </Show>
    }
}
