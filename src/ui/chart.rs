//! One ECharts chart, drawn once the element is mounted and redrawn when its
//! options change. charming builds the options (see `charts`); they reach
//! ECharts as JSON made by `charts::options_json`, the one serialisation
//! path. (charming's `WasmRenderer` would serialise every option type a
//! second time through serde-wasm-bindgen, which measured as a large share
//! of the wasm.) The ECharts handle is a JS object, so it is kept in a local
//! stored value, never in a signal.

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use super::browser::{self, call};
use super::page::use_page;
use crate::charts::svg;
use crate::core::ChartId;

/// `echarts.init(element)` with the global ECharts.
fn init(element: &web_sys::Element) -> Option<JsValue> {
    call(&browser::echarts()?, "init", &[element.into()]).filter(|h| h.is_object())
}

/// Marks `first-chart` in the page's performance timeline when the first
/// chart has finished drawing (read by `make bench`).
fn mark_first_chart(handle: &JsValue) {
    use wasm_bindgen::closure::Closure;
    let on_finished = Closure::<dyn FnMut()>::new(|| {
        let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return };
        if performance.get_entries_by_name("first-chart").length() == 0 {
            let _ = performance.mark("first-chart");
        }
    });
    let _ = call(handle, "on", &[JsValue::from_str("finished"), on_finished.as_ref().clone()]);
    // ECharts keeps the listener as long as the chart lives.
    on_finished.forget();
}

/// Replaces the options (`notMerge`), so series removed by a filter go away.
fn replace_options(handle: &JsValue, json: &str) {
    let Ok(options) = js_sys::JSON::parse(json) else { return };
    let _ = call(handle, "setOption", &[options, JsValue::TRUE]);
}

/// The chart. Until it is live, the image the build rendered of it (the
/// default view, light or dark as the reader's scheme, at phone or desktop
/// width) fills its place, so the page shows every chart before any script
/// runs and loads no chart library for a reader who only reads. It goes
/// live, loading ECharts first if no chart has, when a reader reaches for it
/// (`wanted`: a pointer over it, a touch, focus in its section), or at once
/// when the view differs from the image's. Live, it is one ECharts instance
/// for as long as the component lives, updated in place (`setOption`)
/// whenever `options` change. `label` is its text alternative.
#[component]
pub fn EChart(
    chart: ChartId,
    /// A one- or two-sentence summary of what the chart shows.
    #[prop(into)]
    label: Signal<String>,
    /// The chart options as JSON (see `charts::options_json`).
    #[prop(into)]
    options: Signal<String>,
    /// Whether the chart shows the view its image was rendered from.
    #[prop(into)]
    as_image: Signal<bool>,
    /// Set when a reader reaches for the chart.
    wanted: RwSignal<bool>,
) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let handle = StoredValue::new_local(None::<JsValue>);
    let loading = StoredValue::new(false);
    let surface = NodeRef::<leptos::html::Div>::new();
    // A pointer already over the chart when the page came alive.
    Effect::new(move |_| {
        if surface.get().and_then(|el| el.matches(":hover").ok()).unwrap_or(false) {
            wanted.set(true);
        }
    });
    Effect::new(move |_| {
        let json = options.get();
        if !wanted.get() && as_image.get() {
            return;
        }
        if handle.with_value(Option::is_some) {
            handle.with_value(|h| h.as_ref().map(|h| replace_options(h, &json)));
            return;
        }
        if loading.get_value() {
            return;
        }
        loading.set_value(true);
        browser::load_echarts(move |loaded| {
            // The chart may have left the page while the library loaded.
            if loading.try_set_value(false).is_some() {
                return;
            }
            if !loaded {
                let _ = page.echarts.try_set(false);
                return;
            }
            let (Some(Some(element)), Some(json)) = (surface.try_get_untracked(), options.try_get_untracked()) else { return };
            handle.try_update_value(|h| {
                if h.is_none() {
                    *h = init(&element);
                    if let Some(h) = h {
                        mark_first_chart(h);
                    }
                }
                if let Some(h) = h {
                    // The options of now: they may have changed while loading.
                    replace_options(h, &json);
                }
            });
        });
    });
    #[cfg(target_arch = "wasm32")]
    {
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            handle.try_with_value(|h| {
                if let Some(h) = h {
                    let _ = call(h, "resize", &[]);
                }
            });
        });
        on_cleanup(move || resize.remove());
    }
    on_cleanup(move || {
        // The stored value may already be gone when the owner is torn down.
        handle.try_update_value(|h| {
            if let Some(h) = h.take() {
                let _ = call(&h, "dispose", &[]);
            }
        });
    });
    let image = move |dark: bool| svg::path(chart, lang, dark);
    view! {
        <div class="chart" role="img" aria-label=move || label.get()
            on:pointerenter=move |_| wanted.set(true) on:touchstart=move |_| wanted.set(true)>
            <div class="chart-surface" id=format!("{}-chart", chart.id()) node_ref=surface>
                <picture class="chart-image">
                    <source srcset=svg::narrow_path(chart, lang, true) media="(max-width: 480px) and (prefers-color-scheme: dark)" />
                    <source srcset=svg::narrow_path(chart, lang, false) media="(max-width: 480px)" />
                    <source srcset=image(true) media="(prefers-color-scheme: dark)" />
                    <img src=image(false) alt="" width=svg::WIDTH height=svg::HEIGHT loading="lazy" decoding="async"
                        elementtiming="chart" />
                </picture>
            </div>
        </div>
    }
}
