//! One ECharts chart, drawn by charming once the element is mounted and
//! redrawn when its options change. The ECharts handle is a JS object, so it
//! is kept in a local stored value, never in a signal.

use charming::{Chart, Echarts, WasmRenderer};
use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

/// Calls a method of the ECharts instance (`resize`, `dispose`, `setOption`).
fn call(handle: &Echarts, method: &str, args: &[JsValue]) {
    let target: &JsValue = handle.as_ref();
    if let Ok(f) = js_sys::Reflect::get(target, &JsValue::from_str(method)) {
        if let Some(f) = f.dyn_ref::<js_sys::Function>() {
            let array: js_sys::Array = args.iter().collect();
            let _ = f.apply(target, &array);
        }
    }
}

/// Replaces the options (`notMerge`), so series removed by a filter go away.
fn replace_options(handle: &Echarts, chart: &Chart) {
    let json = crate::charts::options_json(chart).to_string();
    let Ok(options) = js_sys::JSON::parse(&json) else { return };
    call(handle, "setOption", &[options, JsValue::TRUE]);
}

/// The chart; `label` is its text alternative, read by screen readers.
#[component]
pub fn EChart(
    /// DOM id of the drawing surface.
    id: String,
    /// A one- or two-sentence summary of what the chart shows.
    #[prop(into)]
    label: Signal<String>,
    /// The chart options; re-read when the signals they use change.
    chart: impl Fn() -> Chart + 'static,
) -> impl IntoView {
    let handle = StoredValue::new_local(None::<Echarts>);
    let surface = NodeRef::<leptos::html::Div>::new();
    let surface_id = id.clone();
    Effect::new(move |_| {
        let options = chart();
        if surface.get().is_none() {
            return;
        }
        handle.update_value(|h| match h {
            Some(h) => replace_options(h, &options),
            None => {
                // charming creates the instance; the options always go
                // through `options_json`, the one serialisation path.
                *h = WasmRenderer::new_opt(None, None).render(&surface_id, &Chart::new()).ok();
                if let Some(h) = h {
                    replace_options(h, &options);
                }
            }
        });
    });
    let resize = window_event_listener(leptos::ev::resize, move |_| {
        handle.try_with_value(|h| {
            if let Some(h) = h {
                call(h, "resize", &[]);
            }
        });
    });
    on_cleanup(move || {
        resize.remove();
        // The stored value may already be gone when the owner is torn down.
        handle.try_update_value(|h| {
            if let Some(h) = h.take() {
                call(&h, "dispose", &[]);
            }
        });
    });
    view! {
        <div class="chart" role="img" aria-label=move || label.get()>
            <div class="chart-surface" id=id node_ref=surface></div>
        </div>
    }
}
