//! The chart library: whether it is there, loading it on first need, and
//! one chart's ECharts instance (`Instance`), which the options reach as
//! JSON (`charts::options_json`).

use wasm_bindgen::{JsCast, JsValue};

/// The global `echarts` (what charming binds), when the library loaded.
pub fn global() -> Option<JsValue> {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts")).ok().filter(|v| v.is_object())
}

/// Whether the ECharts library is loaded, or can be: a prerendered page
/// names it in `<meta name="echarts">` and loads it when a chart first
/// goes live (`load`).
pub fn available() -> bool {
    global().is_some() || echarts_meta().is_some()
}

fn echarts_meta() -> Option<web_sys::Element> {
    super::document().query_selector("meta[name=\"echarts\"]").ok().flatten()
}

thread_local! {
    /// The one load of the library, shared by every chart that waits for it.
    static ECHARTS_LOAD: std::cell::RefCell<Option<js_sys::Promise>> = const { std::cell::RefCell::new(None) };
}

/// Loads ECharts (once) if the page has not, then calls `done` with
/// whether it is there.
pub fn load(done: impl FnOnce(bool) + 'static) {
    if global().is_some() {
        done(true);
        return;
    }
    let promise = ECHARTS_LOAD.with(|load| {
        load.borrow_mut()
            .get_or_insert_with(|| {
                js_sys::Promise::new(&mut |resolve, reject| {
                    let Some(meta) = echarts_meta() else {
                        let _ = reject.call0(&JsValue::NULL);
                        return;
                    };
                    let Ok(script) = super::document().create_element("script") else { return };
                    for (attr, data) in [("src", "data-src"), ("integrity", "data-integrity")] {
                        if let Some(v) = meta.get_attribute(data) {
                            let _ = script.set_attribute(attr, &v);
                        }
                    }
                    let _ = js_sys::Reflect::set(&script, &"onload".into(), &resolve);
                    let _ = js_sys::Reflect::set(&script, &"onerror".into(), &reject);
                    if let Some(head) = super::document().head() {
                        let _ = head.append_child(&script);
                    }
                })
            })
            .clone()
    });
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
        done(loaded && global().is_some());
    });
}

/// Makes sure the map `name` is registered with ECharts (`registerMap`),
/// fetching its GeoJSON from `file` (a URL relative to the page) the first
/// time, then calls `done` with whether it is. Parsed with `JSON.parse`
/// and handed over as an object: ECharts evaluates only a string.
pub fn with_map(name: &'static str, file: &'static str, done: impl FnOnce(bool) + 'static) {
    let Some(echarts) = global() else {
        done(false);
        return;
    };
    let registered = |e: &JsValue| call(e, "getMap", &[JsValue::from_str(name)]).is_some_and(|m| !m.is_undefined() && !m.is_null());
    if registered(&echarts) {
        done(true);
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let response = wasm_bindgen_futures::JsFuture::from(super::window().fetch_with_str(file)).await;
        let Some(response) = response.ok().and_then(|r| r.dyn_into::<web_sys::Response>().ok()).filter(|r| r.ok()) else {
            done(false);
            return;
        };
        let text = match response.text() {
            Ok(p) => wasm_bindgen_futures::JsFuture::from(p).await.ok().and_then(|t| t.as_string()),
            Err(_) => None,
        };
        let Some(geo) = text.and_then(|t| js_sys::JSON::parse(&t).ok()) else {
            done(false);
            return;
        };
        if !registered(&echarts) {
            let _ = call(&echarts, "registerMap", &[JsValue::from_str(name), geo]);
        }
        done(registered(&echarts));
    });
}

/// Calls `target[method](...args)`; `None` when there is no such method or
/// it throws.
pub fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let f = js_sys::Reflect::get(target, &JsValue::from_str(method)).ok()?;
    let f = f.dyn_ref::<js_sys::Function>()?;
    let array: js_sys::Array = args.iter().collect();
    f.apply(target, &array).ok()
}

/// One chart's ECharts instance: a JS object, so kept in a local stored
/// value, never in a signal.
#[derive(Clone)]
pub struct Instance(JsValue);

impl Instance {
    /// The ECharts instance itself.
    pub fn js(&self) -> &JsValue {
        &self.0
    }

    /// `echarts.init(element)` with the global ECharts.
    pub fn init(element: &web_sys::Element) -> Option<Instance> {
        call(&global()?, "init", &[element.into()]).filter(|h| h.is_object()).map(Instance)
    }

    /// Replaces the options (`notMerge`), so series removed by a filter go
    /// away; without animation when the reader asks for reduced motion (the
    /// options are written with it on).
    pub fn replace_options(&self, json: &str, animate: bool) {
        let Ok(options) = js_sys::JSON::parse(json) else { return };
        if !animate {
            let _ = js_sys::Reflect::set(&options, &"animation".into(), &JsValue::FALSE);
        }
        let _ = call(&self.0, "setOption", &[options, JsValue::TRUE]);
    }

    pub fn resize(&self) {
        let _ = call(&self.0, "resize", &[]);
    }

    pub fn dispose(&self) {
        let _ = call(&self.0, "dispose", &[]);
    }

    /// A chosen mark that names an activity (`activity` on its data item:
    /// the timeline's) goes to it in the list (`#activity-<id>`).
    pub fn follow_activity_links(&self) {
        use wasm_bindgen::closure::Closure;
        let on_click = Closure::<dyn FnMut(JsValue)>::new(|params: JsValue| {
            let id = js_sys::Reflect::get(&params, &"data".into())
                .ok()
                .and_then(|d| js_sys::Reflect::get(&d, &"activity".into()).ok())
                .and_then(|a| a.as_string());
            if let Some(id) = id {
                let _ = super::window().location().set_hash(&format!("activity-{id}"));
            }
        });
        let _ = call(&self.0, "on", &[JsValue::from_str("click"), on_click.as_ref().clone()]);
        on_click.forget();
    }

    /// Marks `first-chart` in the page's performance timeline when the first
    /// chart has finished drawing (read by `make bench`).
    pub fn mark_first_chart(&self) {
        use wasm_bindgen::closure::Closure;
        let on_finished = Closure::<dyn FnMut()>::new(|| {
            let Some(performance) = web_sys::window().and_then(|w| w.performance()) else { return };
            if performance.get_entries_by_name("first-chart").length() == 0 {
                let _ = performance.mark("first-chart");
            }
        });
        let _ = call(&self.0, "on", &[JsValue::from_str("finished"), on_finished.as_ref().clone()]);
        // ECharts keeps the listener as long as the chart lives.
        on_finished.forget();
    }
}

/// Saves the drawn chart in `surface_id` as a PNG file.
pub fn download_png(surface_id: &str, file_name: &str, dark: bool) {
    let Some(el) = super::document().get_element_by_id(surface_id) else { return };
    let Some(echarts) = global() else { return };
    let Some(instance) = call(&echarts, "getInstanceByDom", &[el.into()]) else { return };
    if instance.is_undefined() || instance.is_null() {
        return;
    }
    let options = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&options, &"type".into(), &"png".into());
    let _ = js_sys::Reflect::set(&options, &"pixelRatio".into(), &2.into());
    let _ = js_sys::Reflect::set(&options, &"backgroundColor".into(), &(if dark { "#121416" } else { "#ffffff" }).into());
    let Some(url) = call(&instance, "getDataURL", &[options.into()]).and_then(|u| u.as_string()) else { return };
    super::save_url(&url, file_name);
}

