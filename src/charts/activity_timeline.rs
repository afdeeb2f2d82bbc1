//! The activities on a time axis, by pillar: a dot for a date, a bar for a
//! range (start to `end`), a diamond for each further date
//! (`also_dated`), a dashed bar over the year for an activity the report
//! dates by its year alone. Each pillar has its lanes; an activity takes
//! the first lane of its pillar that is free over its span, so none hides
//! another. It shows the activities the filters and the search select
//! (`filter::activities`), as the list does; each mark carries its
//! activity's id (`activity`), which the page follows to the list
//! (`#activity-<id>`) when a reader chooses it.
//!
//! Written as ECharts JSON (`Options::from_json`): line series for the
//! bars (`-` breaks a line between two bars), scatter series for the dots
//! and diamonds, on a time axis in UTC (`useUTC`, values in ms), so a
//! date is the same day in every time zone.

use serde_json::{json, Value};

use super::parts::ChartParts;
use super::common::pillar_color;
use super::table::{Cell, Table};
use super::{ChartEnv, Options};
use crate::core::{mixed, ChartId, Date, Lang, Pillar};
use crate::data::model::Activity;
use crate::dataset::Dataset;
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::presentation::filter;
use crate::presentation::Selection;

const DAY_MS: i64 = 86_400_000;
/// Room kept around a mark in its lane, in days: a dot of 8 px is about
/// ten days wide at phone width.
const PAD_DAYS: i64 = 7;

/// Days since 1970-01-01 (proleptic Gregorian), of a civil date.
fn days(y: i32, m: u32, d: u32) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The first and the last day a date covers, as day numbers.
fn span_of(d: Date) -> (i64, i64) {
    match (d.month, d.day) {
        (Some(m), Some(day)) => {
            let n = days(d.year, m.into(), day.into());
            (n, n)
        }
        (Some(m), None) => {
            let next = if m == 12 { days(d.year + 1, 1, 1) } else { days(d.year, u32::from(m) + 1, 1) };
            (days(d.year, m.into(), 1), next - 1)
        }
        _ => (days(d.year, 1, 1), days(d.year + 1, 1, 1) - 1),
    }
}

/// One activity on the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Item<'a> {
    pub activity: &'a Activity,
    /// Its lane: 0 is the top one.
    pub lane: usize,
    /// The first and last day, as day numbers (1970-01-01 is 0).
    pub start: i64,
    pub end: i64,
    /// Dated by its year (or month) alone: drawn over the time it covers, dashed.
    pub vague: bool,
    /// Further dates (`also_dated`), as day numbers.
    pub further: Vec<i64>,
}

/// The activities of the selection on their lanes, with the lanes' pillars
/// (one entry per lane, top first).
pub fn items<'a>(r: &'a crate::data::Report, state: &Selection) -> (Vec<Item<'a>>, Vec<Pillar>) {
    let shown = filter::activities(r, state);
    let mut items = Vec::new();
    let mut lanes: Vec<Pillar> = Vec::new();
    for p in Pillar::ALL {
        // Each lane's last day taken.
        let mut taken: Vec<i64> = Vec::new();
        let mut of_pillar: Vec<&Activity> = shown.iter().copied().filter(|a| a.pillar == p).collect();
        // Long spans first within a start day, so the lanes fill evenly.
        crate::core::sort::sort_by(&mut of_pillar, |a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
        for a in of_pillar {
            let (start, first_end) = span_of(a.date);
            let end = a.end.map_or(first_end, |e| span_of(e).1);
            let vague = a.date.day.is_none();
            let further: Vec<i64> = a.also_dated.iter().map(|d| span_of(d.date).0).collect();
            let from = start - PAD_DAYS;
            let to = further.iter().copied().chain([end]).max().unwrap_or(end) + PAD_DAYS;
            let lane = match taken.iter().position(|last| *last < from) {
                Some(i) => i,
                None => {
                    taken.push(i64::MIN);
                    taken.len() - 1
                }
            };
            taken[lane] = to;
            items.push(Item { activity: a, lane: lanes.len() + lane, start, end, vague, further });
        }
        lanes.extend(std::iter::repeat_n(p, taken.len()));
    }
    (items, lanes)
}

/// What the tooltip of an activity says: its title, dates, place and counts.
fn tip(a: &Activity, lang: Lang) -> String {
    let mut lines = vec![mixed::plain(a.title.get(lang)).into_owned(), format::date_range(a.date, a.end, lang)];
    for d in &a.also_dated {
        lines.push(format!("{}{}{}", t(lang, Key::AlsoDated), format::colon(lang), format::date(d.date, lang)));
    }
    if let Some(e) = a.expected_end {
        lines.push(format!("{}{}{}", t(lang, Key::ExpectedEnd), format::colon(lang), format::date(e, lang)));
    }
    if let Some(p) = &a.place {
        lines.push(mixed::plain(p.get(lang)).into_owned());
    }
    let counts: Vec<String> = a.counts.iter().map(|c| format!("{} {}", mixed::plain(c.label.get(lang)), format::count(c.value, c.unit, c.approx, lang))).collect();
    if !counts.is_empty() {
        lines.push(counts.join(format::list_sep(lang)));
    }
    lines.join("\n")
}

/// The timeline's options.
pub fn options(items: &[Item], lanes: &[Pillar], env: &ChartEnv) -> Value {
    let lang = env.lang;
    let text = env.text_color();
    let grid_line = if env.dark { "#3a3f45" } else { "#e0e6f1" };
    let ms = |day: i64| day * DAY_MS;
    let point = |a: &Activity, day: i64, lane: usize| json!({ "name": tip(a, lang), "value": [ms(day), lane], "activity": a.id });
    let mut series = Vec::new();
    for p in Pillar::ALL.into_iter().filter(|p| lanes.contains(p)) {
        let color = pillar_color(p, env.dark);
        let name = locale::pillar(lang, p);
        let of: Vec<&Item> = items.iter().filter(|i| i.activity.pillar == p).collect();
        let dots: Vec<Value> = of.iter().filter(|i| !i.vague && i.start == i.end).map(|i| point(i.activity, i.start, i.lane)).collect();
        let bars = |vague: bool| -> Vec<Value> {
            let mut data = Vec::new();
            for i in of.iter().filter(|i| i.vague == vague && (vague || i.start != i.end)) {
                if !data.is_empty() {
                    data.push(json!("-"));
                }
                data.push(point(i.activity, i.start, i.lane));
                data.push(point(i.activity, i.end, i.lane));
            }
            data
        };
        let further: Vec<Value> = of.iter().flat_map(|i| i.further.iter().map(|d| point(i.activity, *d, i.lane))).collect();
        // The dots first: the legend shows the series' first symbol.
        series.push(json!({
            "type": "scatter", "name": name, "symbol": "circle", "symbolSize": 9, "z": 4,
            "itemStyle": { "color": color, "borderColor": text, "borderWidth": 0.5 },
            "tooltip": { "formatter": "{b}" }, "data": dots,
        }));
        for (vague, data) in [(false, bars(false)), (true, bars(true))] {
            if data.is_empty() {
                continue;
            }
            series.push(json!({
                "type": "line", "name": name, "symbol": if vague { "none" } else { "circle" }, "symbolSize": 7, "showSymbol": !vague,
                "connectNulls": false, "z": if vague { 2 } else { 3 },
                "itemStyle": { "color": color },
                "lineStyle": { "color": color, "width": if vague { 2 } else { 6 }, "type": if vague { "dashed" } else { "solid" }, "cap": "round" },
                "emphasis": { "disabled": true },
                "tooltip": { "formatter": "{b}" }, "data": data,
            }));
        }
        if !further.is_empty() {
            series.push(json!({
                "type": "scatter", "name": name, "symbol": "diamond", "symbolSize": 10, "z": 4,
                "itemStyle": { "color": color, "borderColor": text, "borderWidth": 0.5 },
                "tooltip": { "formatter": "{b}" }, "data": further,
            }));
        }
    }
    let first = items.iter().map(|i| i.start).min().unwrap_or(0);
    let last = items.iter().flat_map(|i| i.further.iter().copied().chain([i.end])).max().unwrap_or(first);
    let year = |day: i64| 1970 + (day as f64 / 365.2425).floor() as i32;
    let (y0, y1) = (year(first + 1), year(last - 1));
    // The pillar's name beside its first lane; the others unlabelled.
    let labels: Vec<String> = lanes.iter().enumerate().map(|(i, p)| if i == 0 || lanes[i - 1] != *p { locale::pillar(lang, *p).to_string() } else { String::new() }).collect();
    let month = match lang {
        Lang::Zh => "{M}月",
        Lang::En => "{MMM}",
    };
    json!({
        "animation": env.animate,
        "useUTC": true,
        "aria": { "enabled": true, "decal": { "show": false } },
        "tooltip": { "trigger": "item", "confine": true },
        "legend": { "top": 0, "itemWidth": 14, "itemHeight": 10, "textStyle": { "color": text } },
        // Room for the legend on two lines at phone width.
        "grid": { "left": 8, "right": 16, "top": 52, "bottom": 8, "containLabel": true },
        "xAxis": {
            "type": "time",
            "min": ms(days(y0, 1, 1)),
            "max": ms(days(y1 + 1, 1, 1)),
            "splitNumber": 6,
            "axisLabel": { "color": text, "hideOverlap": true, "formatter": { "year": "{yyyy}", "month": month, "day": "{d}" } },
            "splitLine": { "show": true, "lineStyle": { "color": grid_line } },
        },
        "yAxis": {
            "type": "category",
            "inverse": true,
            "data": labels,
            "axisTick": { "show": false },
            "axisLabel": { "color": text, "interval": 0, "fontSize": 11 },
            "splitLine": { "show": false },
        },
        "series": series,
    })
}

pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let (items, lanes) = items(r, state);
    let mut listed: Vec<&Item> = items.iter().collect();
    crate::core::sort::sort_by(&mut listed, |a, b| a.activity.date.cmp(&b.activity.date).then_with(|| a.activity.id.cmp(&b.activity.id)));
    let sep = format::list_sep(lang);
    let table = Table {
        caption: d.chart_title(id, lang).to_string(),
        columns: [Key::ColDate, Key::ColTitle, Key::ColPillar, Key::AlsoDated, Key::ColPlace, Key::ColSource].map(|k| t(lang, k).to_string()).to_vec(),
        rows: listed
            .iter()
            .map(|i| {
                let a = i.activity;
                let further: Vec<String> = a.also_dated.iter().map(|d| format::date(d.date, lang)).collect();
                let further_raw: Vec<String> = a.also_dated.iter().map(|d| d.date.iso()).collect();
                let raw_date = match a.end {
                    Some(e) => format!("{}/{}", a.date.iso(), e.iso()),
                    None => a.date.iso(),
                };
                vec![
                    Cell { raw: raw_date, ..Cell::text(format::date_range(a.date, a.end, lang)) },
                    Cell::text(a.title.get(lang)),
                    Cell::text(locale::pillar(lang, a.pillar)),
                    Cell { raw: further_raw.join(" "), ..Cell::text(further.join(sep)) },
                    Cell::text(a.place.as_ref().map_or("", |p| p.get(lang))),
                    Cell::text(a.source.clone()),
                ]
            })
            .collect(),
    };
    let sources = items.iter().map(|i| i.activity.source.clone()).collect();
    if items.is_empty() {
        return ChartParts { chart: None, tables: vec![], summary: String::new(), sources, context: None };
    }
    // The span, from the first and last days drawn (an activity dated by
    // its year alone covers the whole year, but says nothing of its days).
    let dated: Vec<&&Item> = listed.iter().filter(|i| !i.vague).collect();
    let dated = if dated.is_empty() { listed.iter().collect() } else { dated };
    let first = dated.iter().map(|i| i.activity.date).min().unwrap_or(listed[0].activity.date);
    let last = dated.iter().map(|i| i.activity.end.unwrap_or(i.activity.date)).max().unwrap_or(first);
    let per_pillar: Vec<(String, usize)> = Pillar::ALL
        .into_iter()
        .map(|p| (locale::pillar(lang, p).to_string(), items.iter().filter(|i| i.activity.pillar == p).count()))
        .filter(|(_, n)| *n > 0)
        .collect();
    let summary = locale::timeline_summary(lang, &format::date(first, lang), &format::date(last, lang), items.len(), &per_pillar);
    ChartParts { chart: Some(Options::from_json(options(&items, &lanes, &env))), tables: vec![table], summary, sources, context: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{build, ChartId};
    use crate::core::Lang::{En, Zh};
    use crate::core::Dimension;

    fn dataset() -> Dataset {
        Dataset::bundled()
    }

    /// Each activity's marks in the options: (series type, lane, ms) by id.
    fn marks(json: &Value) -> Vec<(String, String, i64, i64)> {
        let mut out = Vec::new();
        for s in json["series"].as_array().unwrap() {
            for item in s["data"].as_array().unwrap().iter().filter(|i| i.is_object()) {
                out.push((
                    item["activity"].as_str().unwrap().to_string(),
                    format!("{}{}", s["type"].as_str().unwrap(), if s["symbol"] == "diamond" { "-further" } else { "" }),
                    item["value"][0].as_i64().unwrap(),
                    item["value"][1].as_i64().unwrap(),
                ));
            }
        }
        out
    }

    fn ms(iso: &str) -> i64 {
        span_of(Date::parse(iso).unwrap()).0 * DAY_MS
    }

    #[test]
    fn day_numbers_are_the_calendars() {
        assert_eq!(days(1970, 1, 1), 0);
        assert_eq!(days(2014, 5, 12) * DAY_MS, 1_399_852_800_000, "2014-05-12T00:00Z");
        assert_eq!(span_of(Date::parse("2014").unwrap()), (days(2014, 1, 1), days(2014, 12, 31)));
        assert_eq!(span_of(Date::parse("2015-12").unwrap()).1, days(2015, 12, 31));
    }

    #[test]
    fn the_timeline_holds_all_34_activities_with_their_dates_and_ranges() {
        let d = dataset();
        let json = build(ChartId::new("timeline"), &d, &Selection::default(), ChartEnv::new(En)).chart.unwrap();
        crate::charts::lint::assert_echarts_safe(&json, "options");
        let marks = marks(&json);
        assert_eq!(d.report.activities.len(), 34);
        for a in &d.report.activities {
            let own: Vec<_> = marks.iter().filter(|m| m.0 == a.id).collect();
            let lane = own.first().unwrap_or_else(|| panic!("{} is not on the timeline", a.id)).3;
            assert!(own.iter().all(|m| m.3 == lane), "{}: one lane", a.id);
            let at = |kind: &str, iso: &str| own.iter().any(|m| m.1 == kind && m.2 == ms(iso));
            match (a.date.day, a.end) {
                (Some(_), None) => assert!(at("scatter", &a.date.iso()), "{}: a dot on its day", a.id),
                (Some(_), Some(end)) => {
                    assert!(at("line", &a.date.iso()) && own.iter().any(|m| m.1 == "line" && m.2 == span_of(end).1 * DAY_MS), "{}: a bar over its range", a.id)
                }
                (None, _) => {
                    let (from, to) = span_of(a.date);
                    assert!(own.iter().any(|m| m.1 == "line" && m.2 == from * DAY_MS) && own.iter().any(|m| m.1 == "line" && m.2 == to * DAY_MS), "{}: over its year", a.id)
                }
            }
            for further in &a.also_dated {
                assert!(at("scatter-further", &further.date.iso()), "{}: a mark on {}", a.id, further.date.iso());
            }
        }
        // No two activities of a lane overlap.
        let (items, lanes) = items(&d.report, &Selection::default());
        for a in &items {
            for b in items.iter().filter(|b| b.lane == a.lane && b.activity.id != a.activity.id) {
                let a_to = a.further.iter().copied().chain([a.end]).max().unwrap();
                let b_to = b.further.iter().copied().chain([b.end]).max().unwrap();
                assert!(a_to < b.start || b_to < a.start, "{} and {} share a lane", a.activity.id, b.activity.id);
            }
            assert_eq!(lanes[a.lane], a.activity.pillar);
        }
        // The tooltip names the activity, its place and its count.
        let booth = json["series"].as_array().unwrap().iter().flat_map(|s| s["data"].as_array().unwrap()).find(|i| i["activity"] == "booth-ximending-2014-08-30").unwrap();
        let tip = booth["name"].as_str().unwrap();
        assert!(tip.contains("Ximending") && tip.contains("200 people") && tip.contains(&format::date(Date::parse("2014-08-30").unwrap(), En)), "{tip}");
        assert_eq!(json["useUTC"], true);
        assert_eq!(json["xAxis"]["type"], "time");
    }

    #[test]
    fn the_filters_and_the_search_change_the_timeline() {
        let d = dataset();
        let ids = |s: &Selection| {
            let json = build(ChartId::new("timeline"), &d, s, ChartEnv::new(Zh)).chart;
            let mut ids: Vec<String> = json.map(|j| marks(&j).into_iter().map(|m| m.0).collect()).unwrap_or_default();
            ids.sort();
            ids.dedup();
            ids
        };
        let all = ids(&Selection::default());
        assert_eq!(all.len(), 34);
        let prosecution = ids(&Selection { pillars: vec![Pillar::Prosecution], ..Selection::default() });
        assert_eq!(prosecution, ["advisory-network-training-2014-07-21", "cross-ministry-general-education-2014"]);
        let innovation = ids(&Selection { dimensions: vec![Dimension::Innovation], ..Selection::default() });
        assert!(!innovation.is_empty() && innovation.len() < 34);
        let search = ids(&Selection { q: "Ximending".into(), ..Selection::default() });
        assert_eq!(search, ["booth-ximending-2014-08-30"]);
        assert!(ids(&Selection { year: Some(2013), ..Selection::default() }).is_empty());
        assert!(build(ChartId::new("timeline"), &d, &Selection { q: "nothing-like-this".into(), ..Selection::default() }, ChartEnv::new(En)).chart.is_none());
        // The text alternative: the span and how many per pillar.
        let summary = build(ChartId::new("timeline"), &d, &Selection::default(), ChartEnv::new(En)).summary;
        assert!(summary.contains("34 activities from 16 January 2014 to 6 December 2014"), "{summary}");
        let zh = build(ChartId::new("timeline"), &d, &Selection { pillars: vec![Pillar::Prosecution], ..Selection::default() }, ChartEnv::new(Zh)).summary;
        assert!(zh.contains("2 項活動"), "{zh}");
    }
}
