//! Thin wrappers over the browser: the document, the URL, media queries,
//! and whether the ECharts global is there.

use wasm_bindgen::JsValue;

use crate::i18n::Lang;

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

/// Language from `?lang=`, Chinese when absent or unknown.
pub fn lang_from_url() -> Lang {
    crate::state::Query::parse(&query()).lang().unwrap_or_default()
}

/// A relative link to this page in `lang`, keeping the rest of the query.
pub fn url_with_lang(lang: Lang) -> String {
    let mut q = crate::state::Query::parse(&query());
    q.set("lang", if lang == Lang::default() { None } else { Some(lang.id()) });
    let s = q.to_string();
    if s.is_empty() {
        "./".to_string() + &page_name()
    } else {
        format!("./{}?{s}", page_name())
    }
}

/// The file name of this page (`index.html`, or empty for a directory URL).
fn page_name() -> String {
    let path = window().location().pathname().unwrap_or_default();
    path.rsplit('/').next().unwrap_or_default().to_string()
}

pub fn set_document_lang(lang: Lang) {
    if let Some(html) = document().document_element() {
        let _ = html.set_attribute("lang", lang.html_lang());
    }
    document().set_title(crate::i18n::t(lang, crate::i18n::Key::SiteTitle));
}

/// Whether the ECharts library loaded (charming calls the global `echarts`).
pub fn has_echarts() -> bool {
    js_sys::Reflect::get(&js_sys::global(), &JsValue::from_str("echarts"))
        .map(|v| v.is_object())
        .unwrap_or(false)
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
