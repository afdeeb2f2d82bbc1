//! One island, as small as an interactive part of a page gets: a signal, two
//! buttons that say which is pressed, and a line formatted from the signal.

use leptos::prelude::*;

#[island]
pub fn Counter() -> impl IntoView {
    let count = RwSignal::new(0_i32);
    view! {
        <button type="button" aria-pressed=move || (count.get() < 0).to_string() on:click=move |_| count.update(|n| *n -= 1)>"−"</button>
        <button type="button" aria-pressed=move || (count.get() > 0).to_string() on:click=move |_| count.update(|n| *n += 1)>"+"</button>
        <p>{move || format!("{} presses", count.get())}</p>
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
pub fn hydrate() {
    leptos::mount::hydrate_islands();
}
