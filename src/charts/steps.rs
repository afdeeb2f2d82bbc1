//! The steps a reader takes through a chart by keyboard (and hears as
//! tones): one list per series, each step what the chart draws at one
//! place — where the chart draws it (its series and data index, for
//! ECharts' `highlight` and `showTip`), its value, and its sentence in the
//! page's language, written here once ("2012, Tier 2 Watch List: 43
//! countries"). Read from the chart's own options, so that a step is always
//! a mark the chart draws, and named by the same data as its table (a
//! category is the table's row when the rows are the categories; a row
//! with a figure that disagrees is marked as the table marks it). The page
//! carries them as a JSON data block (`to_html`), which the browser reads
//! without the model.

use serde_json::Value;

use super::table::Table;
use crate::core::Lang;
use crate::core::mixed::plain;
use crate::locale::format;
use crate::locale::{t, Key};

/// One place in the chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Step {
    /// What is announced: category, series, value with its unit, note mark.
    pub say: String,
    /// The value, for its tone (`None`: a place without a number).
    pub value: Option<f64>,
    /// Where ECharts draws it: series index, data index.
    pub series: usize,
    pub index: usize,
    /// The activity the place stands for (the timeline's): Enter opens it.
    pub activity: Option<String>,
}

/// One series' steps, in its order.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub name: String,
    pub steps: Vec<Step>,
}

/// A number of an item: `12`, `{ "value": 12 }`, `[i, 12, …]` (the value
/// second, as the category charts write it); `None` for `"-"`.
fn number(item: &Value) -> Option<f64> {
    match item {
        Value::Number(n) => n.as_f64(),
        Value::Object(o) => o.get("value").and_then(number),
        Value::Array(a) if a.len() >= 2 => a[1].as_f64(),
        _ => None,
    }
}

/// The category axis's labels (the x axis's, or the y axis's for bars
/// laid sideways).
fn categories(options: &Value) -> Vec<String> {
    ["xAxis", "yAxis"]
        .iter()
        .filter_map(|axis| {
            let a = options.get(*axis)?;
            let a = if let Value::Array(all) = a { all.first()? } else { a };
            (a.get("type")? == "category").then(|| a.get("data")?.as_array().cloned()).flatten()
        })
        .next()
        .unwrap_or_default()
        .iter()
        .map(|c| c.as_str().map(str::to_string).unwrap_or_else(|| c.to_string()))
        .collect()
}

/// The value axis's name (the tiers' "countries"), said after a number
/// that has no label of its own.
fn value_unit(options: &Value) -> Option<String> {
    ["yAxis", "xAxis"].iter().find_map(|axis| {
        let a = options.get(*axis)?;
        let a = if let Value::Array(all) = a { all.first()? } else { a };
        (a.get("type")? == "value").then(|| a.get("name")?.as_str().map(str::to_string)).flatten()
    })
}

/// Text drawn on several lines, as one: a mark's own text (a tooltip's
/// lines) with commas, an axis label (`TV\n(6 stations)`) as one phrase
/// (with a space in English, none in Chinese).
fn one_line(s: &str, lang: Lang) -> String {
    lines(s).join(format::comma(lang))
}

fn lines(s: &str) -> Vec<&str> {
    s.split('\n').map(str::trim).filter(|l| !l.is_empty()).collect()
}

/// The chart's steps from its `options` (ECharts JSON, as the page draws
/// them) and its first `table`.
pub fn steps(options: &Value, table: Option<&Table>, lang: Lang) -> Vec<Line> {
    let cats = categories(options);
    // The table's rows name the categories when they are the categories,
    // in order (a row's header begins as its category's label: "2010",
    // "99 年（2010）" under "99 年").
    let rows: Option<&Table> = table.filter(|t| {
        !cats.is_empty()
            && t.rows.len() == cats.len()
            && t.rows.iter().zip(&cats).all(|(row, cat)| {
                let first = lines(cat).first().copied().unwrap_or_default();
                row.first().is_some_and(|c| !first.is_empty() && plain(&c.text).starts_with(first))
            })
    });
    let category = |k: usize| -> String {
        match rows.and_then(|t| t.rows[k].first()) {
            Some(cell) => plain(&cell.text).into_owned(),
            None => cats.get(k).map(|c| lines(c).join(format::sentence_sep(lang))).unwrap_or_default(),
        }
    };
    let noted = |k: usize| rows.is_some_and(|t| t.rows[k].iter().any(|c| c.flagged));
    let unit = value_unit(options);
    let mut lines: Vec<Line> = Vec::new();
    let mut activities: Vec<(f64, Step)> = Vec::new();
    let Some(series) = options.get("series").and_then(Value::as_array) else { return lines };
    for (s, one) in series.iter().enumerate() {
        let name = one_line(one.get("name").and_then(Value::as_str).unwrap_or_default(), lang);
        let Some(data) = one.get("data").and_then(Value::as_array) else { continue };
        let mut steps = Vec::new();
        for (i, item) in data.iter().enumerate() {
            if item.is_string() || item.is_null() {
                continue;
            }
            let label = item.pointer("/label/formatter").and_then(Value::as_str);
            // A mark that names itself and stands at a place, not for a
            // number (a partner, an activity): its name.
            let placed = item.get("value").is_none_or(Value::is_array);
            // Its name as said, with its Chinese marked (`say`), where the
            // chart shows it plain.
            let own = item.get("say").or_else(|| item.get("name")).and_then(Value::as_str);
            if let Some(own) = own.filter(|_| placed) {
                let own = one_line(own, lang);
                // A series of one mark named as it (the map's home): once.
                let say = if name.is_empty() || name == own { own } else { format!("{name}{}{own}", format::colon(lang)) };
                let step = Step { say, value: None, series: s, index: i, activity: None };
                match item.get("activity").and_then(Value::as_str) {
                    // An activity once, however many marks it has.
                    Some(id) => {
                        if !activities.iter().any(|(_, a)| a.activity.as_deref() == Some(id)) {
                            let at = item.pointer("/value/0").and_then(Value::as_f64).unwrap_or(0.0);
                            activities.push((at, Step { activity: Some(id.to_string()), ..step }));
                        }
                    }
                    None => steps.push(step),
                }
                continue;
            }
            let Some(value) = number(item) else { continue };
            // The category: the item's own (`[k, value, …]`), or its place.
            let k = match item {
                Value::Array(a) => a[0].as_f64().map_or(i, |k| k as usize),
                _ => i,
            };
            let mut said = match (label, &unit) {
                (Some(label), _) => one_line(label, lang),
                (None, Some(unit)) => format!("{} {unit}", format::number(value, lang)),
                (None, None) => format::number(value, lang),
            };
            // What the item names besides (the countries of a year's bar).
            if let Some(own) = item.get("name").and_then(Value::as_str) {
                said.push_str(&format::parens(&one_line(own, lang), lang));
            }
            let mut say = category(k);
            // A series named by its unit, which the label says already.
            if !name.is_empty() && !(label.is_some() && said.contains(&name)) {
                say.push_str(format::comma(lang));
                say.push_str(&name);
            }
            say.push_str(format::colon(lang));
            say.push_str(&said);
            if noted(k) {
                say.push_str(t(lang, Key::StepNoted));
            }
            steps.push(Step { say, value: Some(value), series: s, index: i, activity: None });
        }
        if steps.is_empty() {
            continue;
        }
        // Series of one name (one drawn in parts) are one line.
        match lines.iter_mut().find(|l| l.name == name) {
            Some(line) => line.steps.extend(steps),
            None => lines.push(Line { name, steps }),
        }
    }
    if !activities.is_empty() {
        // The activities in date order, one line.
        activities.sort_by(|a, b| a.0.total_cmp(&b.0));
        lines.push(Line { name: String::new(), steps: activities.into_iter().map(|(_, s)| s).collect() });
    }
    lines
}

/// The steps as the page carries them: a JSON data block (`<` written as
/// `\u003c`, so that no text can end it), or nothing when there are none.
pub fn to_html(lines: &[Line]) -> String {
    if lines.iter().all(|l| l.steps.is_empty()) {
        return String::new();
    }
    let json: Vec<Value> = lines
        .iter()
        .map(|l| {
            let steps: Vec<Value> = l
                .steps
                .iter()
                .map(|s| {
                    let mut v = serde_json::json!({ "say": s.say, "s": s.series, "i": s.index });
                    if let Some(n) = s.value {
                        v["v"] = n.into();
                    }
                    if let Some(a) = &s.activity {
                        v["a"] = a.as_str().into();
                    }
                    v
                })
                .collect();
            serde_json::json!({ "name": l.name, "steps": steps })
        })
        .collect();
    let text = Value::Array(json).to_string().replace('<', "\\u003c");
    format!("<script type=\"application/json\" class=\"chart-steps\">{text}</script>")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::ChartEnv;
    use crate::dataset::Dataset;
    use crate::presentation::Selection;

    fn built(id: &str, lang: Lang, state: &Selection) -> Vec<Line> {
        let d = Dataset::bundled();
        let b = crate::charts::build(crate::core::ChartId::new(id), &d, state, ChartEnv::new(lang));
        let options = b.chart.clone().expect("drawn");
        steps(&options, b.tables.first(), lang)
    }

    #[test]
    fn the_tiers_step_by_year_along_a_tier_in_both_languages() {
        let en = built("tiers", Lang::En, &Selection::default());
        assert_eq!(en.iter().map(|l| l.name.as_str()).collect::<Vec<_>>(), ["Tier 1", "Tier 2", "Tier 2 Watch List", "Tier 3"]);
        let watch = &en[2].steps;
        assert_eq!(watch.len(), 5);
        assert_eq!(watch[2].say, "2012, Tier 2 Watch List: 42 countries");
        assert_eq!((watch[2].series, watch[2].index, watch[2].value), (2, 2, Some(42.0)));
        let zh = built("tiers", Lang::Zh, &Selection::default());
        assert_eq!(zh[2].steps[2].say, "101 年（2012），第二級觀察名單：42 國");
        // One year: one step a tier.
        let y = built("tiers", Lang::En, &Selection { year: Some(2013), ..Selection::default() });
        assert!(y.iter().all(|l| l.steps.len() == 1 && l.steps[0].say.starts_with("2013, ")), "{y:?}");
    }

    fn says(lines: &[Line]) -> Vec<&str> {
        lines.iter().flat_map(|l| &l.steps).map(|s| s.say.as_str()).collect()
    }

    #[test]
    fn a_labelled_bar_says_its_label_with_its_unit_once() {
        assert_eq!(says(&built("media", Lang::En, &Selection::default())), ["TV (6 stations): 615 broadcasts", "Radio (68 stations): 9,430 spots"]);
        assert_eq!(says(&built("media", Lang::Zh, &Selection::default())), ["電視臺（6 家）：615 次", "廣播電臺（68 家）：9,430 檔次"]);
        // Each bar its own category (the figures' table is in another order).
        let protection = built("protection", Lang::En, &Selection::default());
        assert!(says(&protection).contains(&"Lectures by academics and other experts: 44 lectures"), "{protection:?}");
        // A bar that names what it counts says it after its number.
        let agreements = built("agreements", Lang::En, &Selection::default());
        assert_eq!(says(&agreements)[0], "2011, Signed that year: 1 (Mongolia)");
    }

    #[test]
    fn the_timeline_steps_through_the_activities_once_each_in_date_order() {
        let d = Dataset::bundled();
        let lines = built("timeline", Lang::En, &Selection::default());
        assert_eq!(lines.len(), 1);
        let ids: Vec<&str> = lines[0].steps.iter().map(|s| s.activity.as_deref().unwrap()).collect();
        let mut unique = ids.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), ids.len(), "each activity once");
        assert_eq!(ids.len(), d.report.activities.len());
        assert!(lines[0].steps.iter().all(|s| !s.say.contains('\n')));
    }

    #[test]
    fn the_map_steps_through_the_partners() {
        let lines = built("partners", Lang::Zh, &Selection::default());
        let all: Vec<&Step> = lines.iter().flat_map(|l| &l.steps).collect();
        assert!(all.len() >= 10, "{lines:?}");
        assert!(all.iter().all(|s| s.value.is_none() && !s.say.is_empty()));
    }

    #[test]
    fn the_data_block_cannot_be_ended_by_a_text() {
        let lines = vec![Line { name: "a".into(), steps: vec![Step { say: "</script><b>".into(), value: Some(1.5), series: 0, index: 3, activity: Some("x".into()) }] }];
        let html = to_html(&lines);
        assert_eq!(html.matches("</script>").count(), 1, "{html}");
        assert!(html.contains(r#""say":"\u003c/script>\u003cb>""#), "{html}");
        assert!(html.contains(r#""v":1.5"#) && html.contains(r#""a":"x""#));
        assert_eq!(to_html(&[]), "");
    }
}
