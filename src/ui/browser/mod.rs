#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
//! The browser glue, and the only place that names the browser's APIs
//! (`web_sys`, `js_sys`, `wasm_bindgen`; `tests/layers.rs` checks it): thin
//! wrappers over the document, the URL, media queries and frames here; the
//! chart library in `echarts`, the data files in `fetch`, the service
//! worker in `service_worker`. Components call these from effects and
//! event handlers only, so that they also render natively. It imports no
//! part of the app: what boot.js calls in the app is the wasm's entry
//! point (`src/main.rs`).

pub mod echarts;
pub mod explore;
#[cfg(target_arch = "wasm32")]
pub mod fetch;
pub mod service_worker;
pub mod table;
pub mod tones;

use wasm_bindgen::{JsCast, JsValue};

use crate::core::Lang;

pub fn window() -> web_sys::Window {
    web_sys::window().expect("running in a browser window")
}

pub fn document() -> web_sys::Document {
    window().document().expect("the window has a document")
}

/// The `search` part of the page's URL (`?lang=en`).
pub fn query() -> String {
    window().location().search().unwrap_or_default()
}

/// The file name of this page (`index.html`, or empty for a directory URL).
pub fn page_name() -> String {
    let path = window().location().pathname().unwrap_or_default();
    path.rsplit('/').next().unwrap_or_default().to_string()
}

/// Changes the address to a relative URL of this document: a new history
/// entry when `push`, else replacing the current one.
pub fn set_url(url: &str, push: bool) {
    if let Ok(history) = window().history() {
        let _ = if push {
            history.push_state_with_url(&JsValue::NULL, "", Some(url))
        } else {
            history.replace_state_with_url(&JsValue::NULL, "", Some(url))
        };
    }
}

/// Starts a download of `url` (a data: URL) under `file_name`.
pub fn save_url(url: &str, file_name: &str) {
    let Ok(a) = document().create_element("a") else { return };
    let _ = a.set_attribute("href", url);
    let _ = a.set_attribute("download", file_name);
    if let Some(a) = a.dyn_ref::<web_sys::HtmlElement>() {
        a.click();
    }
}

pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.html_lang());
    }
}

pub fn set_title(title: &str) {
    document().set_title(title);
}

/// The page's title, as prerendered from the data.
pub fn title() -> String {
    document().title()
}

fn media_matches(query: &str) -> bool {
    window().match_media(query).ok().flatten().map(|m| m.matches()).unwrap_or(false)
}

pub fn prefers_dark() -> bool {
    media_matches("(prefers-color-scheme: dark)")
}

pub fn prefers_reduced_motion() -> bool {
    media_matches("(prefers-reduced-motion: reduce)")
}

/// `relative` resolved against this page's URL (for embed code).
pub fn absolute_url(relative: &str) -> String {
    let base = window().location().href().unwrap_or_default();
    web_sys::Url::new_with_base(relative, &base).map(|u| u.href()).unwrap_or_else(|_| relative.to_string())
}

/// Brings the element named by the address's fragment into view: content
/// drawn after the page loaded (the charts, the report's text) is not
/// there when the browser first looks for it.
pub fn scroll_to_fragment() {
    let hash = window().location().hash().unwrap_or_default();
    let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty()) else { return };
    let id: String = js_sys::decode_uri_component(id).map(String::from).unwrap_or_else(|_| id.to_string());
    if let Some(el) = document().get_element_by_id(&id) {
        // A folded chapter opens to show it.
        let mut parent = el.parent_element();
        while let Some(p) = parent {
            if p.tag_name().eq_ignore_ascii_case("details") {
                let _ = p.set_attribute("open", "");
            }
            parent = p.parent_element();
        }
        el.scroll_into_view();
    }
}

/// What the page starts from: its address and the reader's preferences.
pub fn start() -> crate::ui::start::Start {
    use crate::presentation::Query;
    let name = page_name();
    let mut query = Query::parse(&query());
    let (lang, page) = if let Some((chart, lang)) = crate::presentation::embed::from_page_file(&name) {
        // A chart's own embed page: its name says the chart and language.
        query.set("chart", Some(chart.id()));
        (lang, format!("./{name}"))
    } else if name == crate::presentation::embed::EMBED_PAGE {
        (query.lang().unwrap_or_default(), format!("./{name}"))
    } else if name == Lang::En.page_file() {
        (Lang::En, Lang::En.page().to_string())
    } else {
        let lang = query.lang().unwrap_or_default();
        (lang, lang.page().to_string())
    };
    set_document_lang(lang);
    crate::ui::start::Start { lang, page, query, dark: prefers_dark(), animate: !prefers_reduced_motion(), echarts: echarts::available(), site: None }
}

/// The element the app renders into (`<div id="app">`), or the body.
pub fn app_root() -> web_sys::HtmlElement {
    let document = document();
    document
        .get_element_by_id("app")
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
        .unwrap_or_else(|| document.body().expect("the page has a body"))
}

/// Hides or shows the element with this id (prerendered content that an
/// island cannot own: the activities, the passages).
pub fn set_hidden(id: &str, hidden: bool) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = if hidden { el.set_attribute("hidden", "") } else { el.remove_attribute("hidden") };
    }
}

/// The top of each element with these ids, in pixels from the top of the
/// viewport: `None` for one not on the page or not laid out (hidden).
pub fn tops(ids: &[String]) -> Vec<Option<f64>> {
    let document = document();
    ids.iter()
        .map(|id| {
            let rect = document.get_element_by_id(id)?.get_bounding_client_rect();
            (rect.width() > 0.0 || rect.height() > 0.0).then(|| rect.top())
        })
        .collect()
}

/// The viewport's height, in CSS pixels.
pub fn viewport_height() -> f64 {
    window().inner_height().ok().and_then(|h| h.as_f64()).unwrap_or(0.0)
}

/// Marks the link with this id as where the reader is
/// (`aria-current="location"`), or unmarks it.
pub fn set_current(id: &str, current: bool) {
    if let Some(el) = document().get_element_by_id(id) {
        let _ = if current { el.set_attribute("aria-current", "location") } else { el.remove_attribute("aria-current") };
    }
}

/// Closes the `<details>` with this id, and moves the focus to its summary
/// (a menu closed with Escape).
pub fn close_details(id: &str) {
    let Some(el) = document().get_element_by_id(id) else { return };
    let _ = el.remove_attribute("open");
    if let Some(summary) = el.query_selector("summary").ok().flatten().and_then(|s| s.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = summary.focus();
    }
}

/// Whether an event came from an item of a menu (a link or button in its
/// `.menu-items`).
pub fn is_menu_item(ev: &web_sys::Event) -> bool {
    ev.target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest(".menu-items a, .menu-items button").ok().flatten())
        .is_some()
}

/// Whether the `<details>` an event came from is open.
pub fn details_open(ev: &web_sys::Event) -> Option<bool> {
    ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok()).map(|d| d.open())
}

/// A new element at the top of `<div id="app">`, for a notice about the
/// whole page.
pub fn notice_host() -> Option<web_sys::HtmlElement> {
    let root = app_root();
    let host = document().create_element("div").ok()?.dyn_into::<web_sys::HtmlElement>().ok()?;
    root.prepend_with_node_1(&host).ok()?;
    Some(host)
}

/// Marks the page as answering (`<html data-ready>`): tests and tools wait
/// for it.
pub fn mark_ready() {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("data-ready", "");
    }
}

/// Selects the text of the text area an event came from (the embed code,
/// on focus).
pub fn select_text_of(ev: &web_sys::Event) {
    if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
        area.select();
    }
}

#[cfg(target_arch = "wasm32")]
/// Resolves in a later task of the browser's event loop: long work is cut
/// into tasks the page can answer between (`ui::boot`).
pub async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback(&resolve);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Logs an error to the console (a view the page could not fetch).
pub fn log_error(message: &str) {
    web_sys::console::error_1(&JsValue::from_str(message));
}

/// Fetches a chart's view the build wrote (`charts::views`), `file` in the
/// views' folder the page names (`<div id="app" data-views>`), and reads
/// it with `JSON.parse`: the browser parses no model for it. Calls `done`
/// with the view, or why it could not be had.
pub fn fetch_chart_view(file: &str, done: impl FnOnce(Result<crate::charts::views::ChartView, String>) + 'static) {
    #[cfg(target_arch = "wasm32")]
    {
        let folder = app_root().get_attribute("data-views").unwrap_or_default();
        let url = format!("./{folder}{file}");
        wasm_bindgen_futures::spawn_local(async move {
            let text = fetch::text(&url, fetch::Started(None)).await.map_err(|e| format!("{url}: {e}"));
            done(text.and_then(|t| chart_view(&t).ok_or_else(|| format!("{url}: not a chart view"))));
        });
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (file, done);
    }
}

/// A chart view from the JSON of its file: the parts as strings, the
/// options of each scheme as JSON again (ECharts takes them as they are).
#[cfg(target_arch = "wasm32")]
fn chart_view(json: &str) -> Option<crate::charts::views::ChartView> {
    let v = js_sys::JSON::parse(json).ok().filter(JsValue::is_object)?;
    let get = |name: &str| js_sys::Reflect::get(&v, &JsValue::from_str(name)).ok();
    let text = |name: &str| get(name).and_then(|s| s.as_string());
    let options = |name: &str| {
        get(name).filter(JsValue::is_object).and_then(|o| js_sys::JSON::stringify(&o).ok()).map(String::from).unwrap_or_default()
    };
    let [summary, context, notes, tables, downloads, sources, steps] = crate::charts::views::PARTS.map(text);
    Some(crate::charts::views::ChartView {
        drawn: get("drawn")?.as_bool()?,
        options: [options("light"), options("dark")],
        summary: summary?,
        context: context?,
        notes: notes?,
        tables: tables?,
        downloads: downloads?,
        sources: sources?,
        steps: steps?,
    })
}
