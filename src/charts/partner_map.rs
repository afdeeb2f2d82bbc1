//! Partnership on a world map: every country of the agreements, coloured by
//! the year it signed (the 2003 South Africa MOU, found to apply, apart), and
//! every country of the visits and exchanges, received or abroad; Taiwan
//! too. Countries are found by their ISO 3166-1 numeric code (report.json's
//! `country_code`), which names the shapes of the map (`tools/world-map.mjs`,
//! Natural Earth through world-atlas): no name is matched. Each country also
//! has a marker at its place (`map_points`), so that small states (Saint
//! Kitts and Nevis, Solomon Islands, Belize, Singapore) show at phone width.
//!
//! The options are written as ECharts JSON (`Options::from_json`): a `geo`
//! component on the map `world` (registered by the page when the chart goes
//! live, and by `tools/render-charts.mjs` for the SVGs) and scatter series
//! of markers on it.

use serde_json::{json, Value};

use super::parts::ChartParts;
use super::map_points::POINTS;
use super::table::{Cell, Table};
use super::{ChartEnv, Options};
use crate::core::{mixed, ChartId, Direction, Lang, Pillar};
use crate::data::model::{Activity, Agreement, CountryCode, Report};
use crate::dataset::Dataset;
use crate::locale::format;
use crate::locale::{self, t, Key};
use crate::presentation::Selection;

/// The name the map is registered under (`echarts.registerMap`), and the
/// file it is fetched from, relative to the page.
pub const MAP_NAME: &str = "world";
pub const MAP_FILE: &str = "map/world.json";

/// How a country is marked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum MarkKind {
    /// Taiwan.
    Home,
    /// An agreement the report counts, signed in that year.
    Signed(i32),
    /// An agreement the report does not count but found to apply (South
    /// Africa's police MOU of 2003).
    Applies(i32),
    /// Visits or exchanges of the selection, that way.
    Visits(Direction),
}

/// One marker on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub code: CountryCode,
    /// The country's name in the language (from the data).
    pub name: String,
    pub kind: MarkKind,
    /// What the tooltip says, its Chinese marked (`core::mixed`): the
    /// tooltip shows it plain; a step through the map says it marked
    /// (`say`), so that a screen reader reads the section numbers the
    /// English quotes with a Chinese voice.
    pub text: String,
}

/// A country of the selection with what it shows.
pub struct Partner<'a> {
    pub code: &'a CountryCode,
    pub name: &'a crate::core::Text,
    pub agreements: Vec<&'a Agreement>,
    pub visits: Vec<&'a Activity>,
}

/// The countries of the agreements and of the visits of the year shown,
/// agreements first (by date), then the rest by their first visit.
pub fn partners<'a>(r: &'a Report, state: &Selection) -> Vec<Partner<'a>> {
    let mut agreements: Vec<&Agreement> = r.agreements.iter().filter(|a| state.shows_year(a.date.year)).collect();
    crate::core::sort::sort_by(&mut agreements, |a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    let mut visits: Vec<&Activity> = r.activities.iter().filter(|a| a.country.is_some() && state.shows_year(a.date.year)).collect();
    crate::core::sort::sort_by(&mut visits, |a, b| a.date.cmp(&b.date).then_with(|| a.id.cmp(&b.id)));
    let mut out: Vec<Partner> = Vec::new();
    for a in agreements {
        match out.iter_mut().find(|p| p.code.numeric == a.country_code.numeric) {
            Some(p) => p.agreements.push(a),
            None => out.push(Partner { code: &a.country_code, name: &a.country, agreements: vec![a], visits: vec![] }),
        }
    }
    for a in visits {
        let Some(c) = &a.country else { continue };
        match out.iter_mut().find(|p| p.code.numeric == c.code.numeric) {
            Some(p) => p.visits.push(a),
            None => out.push(Partner { code: &c.code, name: &c.name, agreements: vec![], visits: vec![a] }),
        }
    }
    out
}

/// An agreement in a few words: its date and kind, and how another section
/// counts it. Marked where English quotes Chinese (`core::mixed`): the
/// table renders the marks, a tooltip drops them.
fn agreement_text(a: &Agreement, lang: Lang) -> String {
    let mut text = format!("{}{}{}", format::date(a.date, lang), format::colon(lang), a.kind.get(lang));
    if let Some(c) = &a.counted_as {
        text.push_str(&format::parens(&format!("{}{}{}", format::section(lang, &c.source), format::colon(lang), c.text.get(lang)), lang));
    }
    if !a.counted {
        text.push_str(&format::parens(&locale::map_applies(lang, a.date.year), lang));
    }
    text
}

fn visit_text(a: &Activity, lang: Lang) -> String {
    format!("{}{}{}", format::date_range(a.date, a.end, lang), format::colon(lang), a.title.get(lang))
}

/// Every marker of the selection: Taiwan, each agreement's country by its kind
/// and year, and each country of the visits once per direction.
pub fn marks(r: &Report, state: &Selection, lang: Lang) -> Vec<Mark> {
    let home = &r.meta.home;
    let mut out = vec![Mark { code: home.code.clone(), name: home.name.get(lang).to_string(), kind: MarkKind::Home, text: home.name.get(lang).to_string() }];
    for p in partners(r, state) {
        let name = p.name.get(lang).to_string();
        for a in &p.agreements {
            let kind = if a.counted { MarkKind::Signed(a.date.year) } else { MarkKind::Applies(a.date.year) };
            out.push(Mark { code: p.code.clone(), name: name.clone(), kind, text: format!("{name}\n{}", agreement_text(a, lang)) });
        }
        for d in Direction::ALL {
            let visits: Vec<String> = p.visits.iter().filter(|a| a.country.as_ref().is_some_and(|c| c.direction == d)).map(|a| visit_text(a, lang)).collect();
            if visits.is_empty() {
                continue;
            }
            let text = format!("{name}{}{}\n{}", format::colon(lang), locale::direction(lang, d), visits.join("\n"));
            out.push(Mark { code: p.code.clone(), name: name.clone(), kind: MarkKind::Visits(d), text });
        }
    }
    out
}

/// Where a country is marked: (longitude, latitude).
pub fn point(code: &CountryCode) -> Option<(f64, f64)> {
    POINTS.iter().find(|(n, _, _)| *n == code.numeric).map(|(_, lon, lat)| (*lon, *lat))
}

/// Colours of the signing years, earliest first: light to dark on a light
/// page, the reverse on a dark one, so the latest stands out in both.
fn year_color(i: usize, n: usize, dark: bool) -> &'static str {
    let light = ["#9ecae1", "#5fa2d2", "#2b7bba", "#08519c"];
    let dark_ = ["#2f5f8a", "#4a86c0", "#7db3e3", "#bcdcf7"];
    let scale = if dark { dark_ } else { light };
    // The last year takes the strongest colour.
    let k = scale.len().saturating_sub(n) + i;
    scale[k.min(scale.len() - 1)]
}

struct Style {
    color: &'static str,
    symbol: &'static str,
    size: f64,
}

fn style(kind: MarkKind, years: &[i32], dark: bool) -> Style {
    let partnership = super::common::pillar_color(Pillar::Partnership, dark);
    match kind {
        MarkKind::Home => Style { color: if dark { "#f28b82" } else { "#b3261e" }, symbol: "pin", size: 18.0 },
        MarkKind::Signed(y) => {
            let i = years.iter().position(|x| *x == y).unwrap_or(0);
            Style { color: year_color(i, years.len(), dark), symbol: "circle", size: 9.0 }
        }
        MarkKind::Applies(_) => Style { color: if dark { "#b0b6bc" } else { "#6b6f73" }, symbol: "diamond", size: 11.0 },
        // Hollow: an outline around what lies under it (ECharts' own
        // `emptyCircle` is filled white on a canvas, a disc on a dark page).
        MarkKind::Visits(Direction::Incoming) => Style { color: partnership, symbol: "circle", size: 16.0 },
        MarkKind::Visits(Direction::Outgoing) => Style { color: partnership, symbol: "triangle", size: 15.0 },
    }
}

fn legend_name(kind: MarkKind, r: &Report, lang: Lang) -> String {
    match kind {
        MarkKind::Home => r.meta.home.name.get(lang).to_string(),
        MarkKind::Signed(y) => locale::map_signed_in(lang, y),
        MarkKind::Applies(y) => locale::map_applies(lang, y),
        MarkKind::Visits(d) => locale::direction(lang, d).to_string(),
    }
}

/// The map's options for the marks of a view.
pub fn options(r: &Report, marks: &[Mark], env: &ChartEnv) -> Value {
    let lang = env.lang;
    let dark = env.dark;
    let mut kinds: Vec<MarkKind> = marks.iter().map(|m| m.kind).collect();
    crate::core::sort::sort(&mut kinds);
    kinds.dedup();
    let years: Vec<i32> = kinds.iter().filter_map(|k| if let MarkKind::Signed(y) = k { Some(*y) } else { None }).collect();
    let text = env.text_color();
    let (land, border) = if dark { ("#2e3338", "#121416") } else { ("#e3e6ea", "#ffffff") };
    let visited_fill = if dark { "#5c3d1e" } else { "#f4d8bb" };

    // The regions: each country's fill, by its strongest mark (home, an
    // agreement, then visits alone).
    let mut regions: Vec<Value> = Vec::new();
    let mut filled: Vec<&str> = Vec::new();
    for m in marks {
        if filled.contains(&m.code.numeric.as_str()) {
            continue;
        }
        let best = marks.iter().filter(|o| o.code == m.code).map(|o| o.kind).min().unwrap_or(m.kind);
        let fill = match best {
            MarkKind::Visits(_) => visited_fill,
            k => style(k, &years, dark).color,
        };
        filled.push(&m.code.numeric);
        regions.push(json!({ "name": m.code.numeric, "itemStyle": { "areaColor": fill } }));
    }

    let series: Vec<Value> = kinds
        .iter()
        .map(|k| {
            let s = style(*k, &years, dark);
            let data: Vec<Value> = marks
                .iter()
                .filter(|m| m.kind == *k)
                .filter_map(|m| {
                    let (lon, lat) = point(&m.code)?;
                    let plain = mixed::plain(&m.text);
                    let mut item = json!({ "name": plain, "value": [lon, lat], "country": m.code.alpha3 });
                    // Said marked where the tooltip drops marks (ECharts
                    // ignores a key it does not know).
                    if plain != m.text {
                        item["say"] = m.text.clone().into();
                    }
                    Some(item)
                })
                .collect();
            let hollow = matches!(k, MarkKind::Visits(_));
            json!({
                "type": "scatter",
                "coordinateSystem": "geo",
                "name": legend_name(*k, r, lang),
                "symbol": s.symbol,
                "symbolSize": s.size,
                // Hollow marks around the filled ones; Taiwan's pin on top.
                "z": match k { MarkKind::Home => 5, MarkKind::Visits(_) => 3, _ => 4 },
                "itemStyle": if hollow {
                    json!({ "color": "rgba(0, 0, 0, 0)", "borderColor": s.color, "borderWidth": 2 })
                } else {
                    json!({ "color": s.color, "borderColor": text, "borderWidth": 1 })
                },
                "emphasis": { "scale": 1.4 },
                "tooltip": { "formatter": "{b}" },
                "data": data,
            })
        })
        .collect();

    json!({
        "animation": env.animate,
        "aria": { "enabled": true, "decal": { "show": false } },
        "tooltip": { "trigger": "item", "confine": true },
        "legend": {
            "bottom": 0,
            "left": "center",
            "itemGap": 8,
            "itemWidth": 14,
            "itemHeight": 12,
            "textStyle": { "color": text, "fontSize": 11 },
        },
        "geo": {
            "map": MAP_NAME,
            "roam": false,
            "silent": true,
            "left": 4,
            "right": 4,
            "top": 4,
            "bottom": 100,
            "itemStyle": { "areaColor": land, "borderColor": border, "borderWidth": 0.5 },
            "regions": regions,
        },
        "series": series,
    })
}

/// The map chart for a view: nothing to draw when the year shown has no
/// agreement and no visit.
pub fn parts(_id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let r = &d.report;
    let lang = env.lang;
    let partners = partners(r, state);
    let sep = format::list_sep(lang);
    let rows: Vec<Vec<Cell>> = partners
        .iter()
        .map(|p| {
            let agreements: Vec<String> = p.agreements.iter().map(|a| agreement_text(a, lang)).collect();
            let visits: Vec<String> = p
                .visits
                .iter()
                .map(|a| {
                    let d = a.country.as_ref().map(|c| locale::direction(lang, c.direction)).unwrap_or_default();
                    format!("{}{}", visit_text(a, lang), format::parens(d, lang))
                })
                .collect();
            let mut sections: Vec<String> = p.agreements.iter().map(|a| a.source.clone()).chain(p.visits.iter().map(|a| a.source.clone())).collect();
            crate::core::sort::sort(&mut sections);
            sections.dedup();
            let sections: Vec<String> = sections.iter().map(|s| format::section(lang, s)).collect();
            vec![
                Cell::text(p.name.get(lang)),
                Cell { raw: format!("{} {}", p.code.alpha2, p.code.alpha3), ..Cell::text(format!("{} / {}", p.code.alpha2, p.code.alpha3)) },
                Cell::text(agreements.join(sep)),
                Cell::text(visits.join(sep)),
                Cell::text(sections.join(sep)),
            ]
        })
        .collect();
    let table = Table {
        caption: t(lang, Key::PartnersListCaption).to_string(),
        columns: [Key::ColCountry, Key::ColCode, Key::ColAgreement, Key::ColVisits, Key::ColSource].map(|k| t(lang, k).to_string()).to_vec(),
        rows,
    };
    let sources: Vec<String> = partners.iter().flat_map(|p| p.agreements.iter().map(|a| a.source.clone()).chain(p.visits.iter().map(|a| a.source.clone()))).collect();
    if partners.is_empty() {
        return ChartParts { chart: None, tables: vec![], summary: String::new(), sources, context: None };
    }
    let marks = marks(r, state, lang);
    // The text alternative names every country: the map has no other way to say them.
    let mut signed: Vec<(i32, Vec<String>)> = Vec::new();
    let mut applies = Vec::new();
    let (mut received, mut abroad) = (Vec::new(), Vec::new());
    for m in &marks {
        match m.kind {
            MarkKind::Home => {}
            MarkKind::Signed(y) => match signed.iter_mut().find(|(sy, _)| *sy == y) {
                Some((_, names)) => names.push(m.name.clone()),
                None => signed.push((y, vec![m.name.clone()])),
            },
            MarkKind::Applies(y) => applies.push((y, m.name.clone())),
            MarkKind::Visits(Direction::Incoming) => received.push(m.name.clone()),
            MarkKind::Visits(Direction::Outgoing) => abroad.push(m.name.clone()),
        }
    }
    crate::core::sort::sort_by(&mut signed, |a, b| a.0.cmp(&b.0));
    let summary = locale::partners_summary(lang, r.meta.home.name.get(lang), &signed, &applies, &received, &abroad);
    ChartParts { chart: Some(Options::from_json(options(r, &marks, &env))), tables: vec![table], summary, sources, context: None }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{build, ChartId};
    use crate::core::Lang::{En, Zh};

    fn dataset() -> Dataset {
        Dataset::bundled()
    }

    fn json(state: &Selection, lang: Lang) -> Value {
        build(ChartId::new("partners"), &dataset(), state, ChartEnv::new(lang)).chart.expect("the map draws")
    }

    /// The series of the drawn map whose legend entry is `name`, and the
    /// (longitude, latitude) of each of its markers.
    fn markers<'a>(json: &'a Value, name: &str) -> Vec<(&'a Value, (f64, f64))> {
        json["series"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|s| s["name"] == name)
            .flat_map(|s| s["data"].as_array().unwrap().iter())
            .map(|item| (item, (item["value"][0].as_f64().unwrap(), item["value"][1].as_f64().unwrap())))
            .collect()
    }

    #[test]
    fn every_agreement_country_is_on_the_map_with_its_year_and_kind() {
        let d = dataset();
        for lang in [Zh, En] {
            let json = json(&Selection::default(), lang);
            assert_eq!(json["geo"]["map"], MAP_NAME);
            for a in &d.report.agreements {
                let (lon, lat) = point(&a.country_code).unwrap_or_else(|| panic!("{} has no place: run tools/world-map.mjs --points", a.id));
                let legend = if a.counted { locale::map_signed_in(lang, a.date.year) } else { locale::map_applies(lang, a.date.year) };
                let found = markers(&json, &legend);
                let (item, _) = found.iter().find(|(_, p)| *p == (lon, lat)).unwrap_or_else(|| panic!("{} not marked under {legend:?}", a.id));
                assert_eq!(item["country"], a.country_code.alpha3.as_str());
                let tip = item["name"].as_str().unwrap();
                assert!(tip.starts_with(a.country.get(lang)), "{tip}");
                assert!(tip.contains(&format::date(a.date, lang)), "{tip}");
                assert!(tip.contains(mixed::plain(a.kind.get(lang)).as_ref()), "{tip}");
                // The region is filled too (where the 110m map has it).
                assert!(json["geo"]["regions"].as_array().unwrap().iter().any(|r| r["name"] == a.country_code.numeric.as_str()));
            }
        }
        // As the data says: Japan's MOU is on immigration control and
        // counted as an anti-trafficking one; South Africa's 2003 MOU applies.
        let en = json(&Selection::default(), En);
        let japan_item = markers(&en, "Signed 2014").into_iter().find(|(i, _)| i["country"] == "JPN").unwrap().0;
        let japan = japan_item["name"].as_str().unwrap().to_string();
        assert!(japan.contains("MOU on information exchange and cooperation in immigration control") && japan.contains("貳、五、(二)、3"), "{japan}");
        // The tooltip plain, the step said with the section marked Chinese.
        assert!(!japan.contains(mixed::OPEN), "{japan}");
        assert!(japan_item["say"].as_str().unwrap().contains(&mixed::zh("貳、五、(二)、3")), "{japan_item}");
        let zh = json(&Selection::default(), Zh);
        assert!(zh["series"].as_array().unwrap().iter().flat_map(|s| s["data"].as_array().unwrap()).all(|i| i.get("say").is_none()), "nothing marked in Chinese");
        let sa = markers(&en, "2003 MOU found to apply");
        assert_eq!(sa.len(), 1);
        assert!(sa[0].0["name"].as_str().unwrap().contains("2003"), "{}", sa[0].0["name"]);
        // Taiwan is shown.
        assert_eq!(markers(&en, "Taiwan").len(), 1);
        assert_eq!(markers(&json(&Selection::default(), Zh), "臺灣")[0].1, point(&d.report.meta.home.code).unwrap());
    }

    #[test]
    fn every_visit_country_is_on_the_map_with_its_date_and_direction() {
        let d = dataset();
        let json = json(&Selection::default(), En);
        let mut n = 0;
        for a in d.report.activities.iter().filter(|a| a.country.is_some()) {
            let c = a.country.as_ref().unwrap();
            let found = markers(&json, locale::direction(En, c.direction));
            let (item, _) = found.iter().find(|(i, _)| i["country"] == c.code.alpha3.as_str()).unwrap_or_else(|| panic!("{} not marked", a.id));
            let tip = item["name"].as_str().unwrap();
            assert!(tip.contains(&format::date_range(a.date, a.end, En)) && tip.contains(mixed::plain(a.title.get(En)).as_ref()), "{tip}");
            n += 1;
        }
        assert_eq!(n, 14, "the visits and exchanges with a country");
        // South Africa was visited (outgoing), Vietnam came (incoming).
        assert!(markers(&json, "Visit or exchange abroad").iter().any(|(i, _)| i["country"] == "ZAF"));
        assert!(markers(&json, "Delegation received").iter().any(|(i, _)| i["country"] == "VNM"));
    }

    #[test]
    fn small_states_are_marked_where_the_map_has_no_shape() {
        let d = dataset();
        let json = json(&Selection::default(), En);
        for alpha3 in ["KNA", "SLB", "BLZ", "SGP"] {
            let all: Vec<_> = json["series"].as_array().unwrap().iter().flat_map(|s| s["data"].as_array().unwrap().iter()).collect();
            let item = all.iter().find(|i| i["country"] == alpha3).unwrap_or_else(|| panic!("{alpha3} not marked"));
            let series = json["series"].as_array().unwrap().iter().find(|s| s["data"].as_array().unwrap().contains(item)).unwrap();
            assert!(series["symbolSize"].as_f64().unwrap() >= 9.0, "{alpha3} is too small to see");
        }
        // Every country the data names has its place.
        for a in &d.report.agreements {
            assert!(point(&a.country_code).is_some(), "{}", a.id);
        }
    }

    #[test]
    fn the_map_follows_the_year() {
        let all = json(&Selection::default(), En);
        let y2013 = json(&Selection { year: Some(2013), ..Selection::default() }, En);
        assert_ne!(all, y2013);
        let names = |j: &Value| j["series"].as_array().unwrap().iter().map(|s| s["name"].as_str().unwrap().to_string()).collect::<Vec<_>>();
        assert_eq!(names(&y2013), ["Taiwan", "Signed 2013"]);
        let countries: Vec<_> = markers(&y2013, "Signed 2013").iter().map(|(i, _)| i["country"].as_str().unwrap().to_string()).collect();
        assert_eq!(countries, ["HND", "PRY", "VNM"]);
        let y2014 = json(&Selection { year: Some(2014), ..Selection::default() }, En);
        assert!(names(&y2014).contains(&"Delegation received".to_string()));
        assert!(!names(&y2014).contains(&"Signed 2013".to_string()));
        // A year without partners draws nothing.
        assert!(build(ChartId::new("partners"), &dataset(), &Selection { year: Some(2010), ..Selection::default() }, ChartEnv::new(En)).chart.is_none());
    }

    #[test]
    fn the_text_alternative_and_table_name_every_country() {
        let d = dataset();
        for lang in [Zh, En] {
            let built = build(ChartId::new("partners"), &d, &Selection::default(), ChartEnv::new(lang));
            for a in &d.report.agreements {
                assert!(built.summary.contains(a.country.get(lang)), "{lang:?} {}: {}", a.id, built.summary);
            }
            for c in d.report.activities.iter().filter_map(|a| a.country.as_ref()) {
                let name = d.report.agreements.iter().find(|a| a.country_code == c.code).map_or(c.name.get(lang), |a| a.country.get(lang));
                assert!(built.summary.contains(name), "{lang:?} {name}: {}", built.summary);
            }
            let table = &built.tables[0];
            assert_eq!(table.rows.len(), 18 - 1, "every partner country once (Taiwan is the map's own)");
            assert!(table.rows.iter().any(|r| r[1].raw == "KN KNA"));
            assert!(!built.sources.is_empty());
        }
        crate::charts::lint::assert_echarts_safe(&json(&Selection::default(), Zh), "options");
    }
}
