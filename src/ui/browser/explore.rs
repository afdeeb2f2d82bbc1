//! The page side of stepping through a chart (`presentation::explore`): the steps
//! read from the chart's JSON data block in the page (`charts::steps`,
//! written by the build or by the panel for the charts built here), and a
//! step shown on the chart through ECharts' `dispatchAction`.

use wasm_bindgen::JsValue;

use super::echarts::{call, Instance};
use crate::charts::steps::{Line, Step};

fn get(v: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(v, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn items(v: &JsValue) -> Vec<JsValue> {
    js_sys::Array::is_array(v).then(|| js_sys::Array::from(v).iter().collect()).unwrap_or_default()
}

/// The steps in the data block inside the element `host_id`; none when
/// there is none.
pub fn read(host_id: &str) -> Vec<Line> {
    let text = super::document()
        .get_element_by_id(host_id)
        .and_then(|host| host.query_selector("script.chart-steps").ok().flatten())
        .and_then(|s| s.text_content())
        .unwrap_or_default();
    let Ok(json) = js_sys::JSON::parse(&text) else { return Vec::new() };
    items(&json)
        .iter()
        .map(|line| Line {
            name: get(line, "name").as_string().unwrap_or_default(),
            steps: items(&get(line, "steps"))
                .iter()
                .map(|s| Step {
                    say: get(s, "say").as_string().unwrap_or_default(),
                    value: get(s, "v").as_f64(),
                    series: get(s, "s").as_f64().unwrap_or(0.0) as usize,
                    index: get(s, "i").as_f64().unwrap_or(0.0) as usize,
                    activity: get(s, "a").as_string(),
                })
                .collect(),
        })
        .collect()
}

/// `{ type, seriesIndex, dataIndex }` for `dispatchAction`.
fn action(kind: &str, at: Option<(usize, usize)>) -> JsValue {
    let a = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&a, &"type".into(), &kind.into());
    if let Some((series, index)) = at {
        let _ = js_sys::Reflect::set(&a, &"seriesIndex".into(), &(series as u32).into());
        let _ = js_sys::Reflect::set(&a, &"dataIndex".into(), &(index as u32).into());
    }
    a.into()
}

impl Instance {
    /// Shows a step on the chart: its mark highlighted, its tooltip shown.
    pub fn show_step(&self, series: usize, index: usize) {
        let _ = call(self.js(), "dispatchAction", &[action("downplay", None)]);
        for kind in ["highlight", "showTip"] {
            let _ = call(self.js(), "dispatchAction", &[action(kind, Some((series, index)))]);
        }
    }

    /// No step shown.
    pub fn clear_step(&self) {
        for kind in ["downplay", "hideTip"] {
            let _ = call(self.js(), "dispatchAction", &[action(kind, None)]);
        }
    }
}

/// Goes to an activity in the list, as a chosen mark of the timeline does.
pub fn open_activity(id: &str) {
    let _ = super::window().location().set_hash(&format!("activity-{id}"));
}
