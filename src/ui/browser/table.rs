//! Sorting a chart's table in the page: a press on a column header's
//! button (`ui::panel_html::table`) turns that column's `aria-sort` to its next
//! state and moves the rows into the order `presentation::table_sort` gives for the
//! keys in their cells (`data-sort`) or, back to the report's, for their
//! places (`data-row`). The table is the prerendered one, or the one a view
//! wrote: the keys are in the page, so nothing of the model is read.

use wasm_bindgen::JsCast;

use crate::presentation::table_sort::{order, Key, Sort};

/// The children of `el` that are elements, in order.
fn children(el: &web_sys::Element) -> Vec<web_sys::Element> {
    let list = el.children();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

/// A cell's key: a number when the browser's `Number` reads it as one.
fn key(s: String) -> Key {
    let number = js_sys::Reflect::get(&js_sys::global(), &"Number".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    let n = number.and_then(|f| f.call1(&wasm_bindgen::JsValue::NULL, &s.as_str().into()).ok()).and_then(|n| n.as_f64());
    match n {
        Some(n) if n.is_finite() && !s.trim().is_empty() => Key::Number(n),
        _ => Key::Text(s),
    }
}

/// Sorts the table whose header's sort button the event came from, if it
/// did; returns whether it did.
pub fn sort_clicked(ev: &web_sys::Event) -> bool {
    let button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button.sort").ok().flatten());
    let Some(button) = button else { return false };
    let (Some(th), Some(table)) = (button.closest("th").ok().flatten(), button.closest("table").ok().flatten()) else { return false };
    let Some(col) = button.get_attribute("data-col").and_then(|c| c.parse::<usize>().ok()) else { return false };
    let Some(body) = table.query_selector("tbody").ok().flatten() else { return false };
    let sort = Sort::from_aria(th.get_attribute("aria-sort").as_deref()).next();
    // One column sorts at a time.
    if let Ok(Some(row)) = table.query_selector("thead tr") {
        for h in children(&row) {
            let _ = h.remove_attribute("aria-sort");
        }
    }
    if let Some(aria) = sort.aria() {
        let _ = th.set_attribute("aria-sort", aria);
    }
    // The rows in the report's order first (each in its place), then
    // sorted from there (stable).
    let now = children(&body);
    let mut places: Vec<Option<web_sys::Element>> = vec![None; now.len()];
    for row in now {
        if let Some(place) = row.get_attribute("data-row").and_then(|n| n.parse::<usize>().ok()).and_then(|i| places.get_mut(i)) {
            *place = Some(row);
        }
    }
    let rows: Vec<web_sys::Element> = places.into_iter().flatten().collect();
    let keys: Vec<Option<Key>> = rows
        .iter()
        .map(|r| children(r).get(col).and_then(|cell| cell.get_attribute("data-sort")).map(key))
        .collect();
    for i in order(&keys, sort) {
        let _ = body.append_child(&rows[i]);
    }
    true
}
