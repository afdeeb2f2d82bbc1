//! Every chart of the viewer: its id (as in URLs), pillar, title, unit and
//! how it is built for a selection.

use super::parts::ChartParts;
use super::table::Table;
use super::{ChartEnv, Options};
use crate::core::{ChartId, ChartKind};
use crate::dataset::Dataset;
use crate::dataset::checks::{self, Note};
use crate::presentation::Selection;

/// A chart ready to show.
#[derive(Debug, Clone, PartialEq)]
pub struct Built {
    /// The ECharts options (see `Options::json`); `None` when the selection
    /// leaves nothing to draw. Kept as JSON: built once, compared and cloned
    /// cheaply by the page (charming's option types are large to clone).
    pub chart: Option<serde_json::Value>,
    /// The same numbers as tables (table view and CSV download).
    pub tables: Vec<Table>,
    /// The text alternative: what the chart shows, in a sentence or two.
    pub summary: String,
    /// Report sections the numbers come from.
    pub sources: Vec<String>,
    /// What the cross-checks found about these numbers (disagreements first).
    pub notes: Vec<Note>,
    /// Further context from the data (e.g. how values relate to the measure).
    pub context: Option<String>,
}

impl Built {
    /// Nothing to show.
    pub fn nothing() -> Built {
        Built { chart: None, tables: vec![], summary: String::new(), sources: vec![], notes: vec![], context: None }
    }

    pub fn is_empty(&self) -> bool {
        self.chart.is_none()
    }
}

/// Builds `id` for a selection.
/// Builds `id` for a selection, by its kind (nothing for a chart the
/// data does not define).
pub fn build(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> Built {
    let Some(kind) = d.kind(id) else { return Built::nothing() };
    let parts = match kind {
        ChartKind::TargetActual => super::target_actual::parts,
        ChartKind::TierCounts => super::tier_counts::parts,
        ChartKind::MediaAirings => super::media_airings::parts,
        ChartKind::EventAttendance => super::event_attendance::parts,
        ChartKind::FigureBars => super::figure_bars::parts,
        ChartKind::AgreementsByYear => super::agreements_by_year::parts,
        ChartKind::ExchangesByMonth => super::exchanges_by_month::parts,
        ChartKind::PartnerMap => super::partner_map::parts,
        ChartKind::ActivitiesByMonth => super::activities_by_month::parts,
        ChartKind::ActivityTimeline => super::activity_timeline::parts,
    };
    build_with(id, d, state, |d, s| parts(id, d, s, env))
}

/// The chart from its module's `parts`, with its notes and source line.
fn build_with(id: ChartId, d: &Dataset, state: &Selection, parts: impl FnOnce(&Dataset, &Selection) -> ChartParts) -> Built {
    let parts = parts(d, state);
    let sources = source_line(parts.sources);
    let subjects = d.chart(id).map(|c| c.subjects()).unwrap_or_default();
    let notes = subjects
        .iter()
        .flat_map(|s| checks::about(&d.notes, *s))
        .filter(|n| n.outcome != checks::Outcome::Agrees && n.year.map_or(true, |y| state.shows_year(y)))
        .cloned()
        .collect();
    Built { chart: parts.chart.as_ref().map(Options::json), tables: parts.tables, summary: parts.summary, sources, notes, context: parts.context }
}

/// `build` for the charts that read the whole selection (the activities
/// and the timeline), the only ones the browser builds: it names no other
/// chart's builder, so theirs stay out of the wasm. Any other chart is
/// built empty.
pub fn build_selected(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> Built {
    let parts = match d.kind(id) {
        Some(ChartKind::ActivitiesByMonth) => super::activities_by_month::parts,
        Some(ChartKind::ActivityTimeline) => super::activity_timeline::parts,
        _ => return Built::nothing(),
    };
    build_with(id, d, state, |d, s| parts(id, d, s, env))
}

/// The sections for a chart's source line, sorted and unique; a long list
/// is shortened to its sections' first three levels (the tables keep the
/// full section of every row).
pub fn source_line(mut sources: Vec<String>) -> Vec<String> {
    crate::core::sort::sort(&mut sources);
    sources.dedup();
    if sources.len() > 6 {
        sources = sources.iter().map(|s| s.split('、').take(3).collect::<Vec<_>>().join("、")).collect();
        sources.dedup();
    }
    sources
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::{Dimension, Pillar};

    /// The two reports the tests run on: the fictional one, the bundled one.
    fn reports() -> [Dataset; 2] {
        [Dataset::fictional(), Dataset::bundled()]
    }

    /// Selections of `d` that differ in every field a chart might read.
    fn selections(d: &Dataset) -> Vec<Selection> {
        let years = d.years();
        let (first, last) = (years.first().copied(), years.last().copied());
        let mut out = Vec::new();
        for pillars in [vec![], vec![Pillar::Prevention], vec![Pillar::Protection, Pillar::Partnership], vec![Pillar::Prosecution]] {
            for year in [None, first, last] {
                for q in ["", "  ", "taipei", "善牧", "Taipei  2014 ", "nothing-like-this"] {
                    out.push(Selection { pillars: pillars.clone(), year, q: q.into(), ..Selection::default() });
                }
            }
        }
        // The report's own grouping, alone and with pillars, year and search.
        for dimensions in [vec![Dimension::Innovation], vec![Dimension::Difficulty, Dimension::Coordination], vec![Dimension::Uncontrollable]] {
            for pillars in [vec![], vec![Pillar::Prevention], vec![Pillar::Partnership]] {
                for (year, q) in [(None, ""), (last, ""), (None, "taipei")] {
                    out.push(Selection { pillars: pillars.clone(), dimensions: dimensions.clone(), year, q: q.into(), ..Selection::default() });
                }
            }
        }
        out
    }

    #[test]
    fn a_chart_built_from_its_input_is_the_chart_built_from_the_whole_selection() {
        let env = ChartEnv::new(crate::core::Lang::En);
        for d in reports() {
            for id in d.chart_ids() {
                let kind = d.kind(id).unwrap();
                for s in selections(&d) {
                    assert_eq!(build(id, &d, &kind.input(&s), env), build(id, &d, &s, env), "{id:?} reads more than its input: {s:?}");
                }
            }
        }
    }

    #[test]
    fn only_the_activities_chart_reads_pillars_dimensions_and_search() {
        let s = Selection {
            pillars: vec![Pillar::Prevention],
            dimensions: vec![Dimension::Innovation],
            year: Some(2014),
            q: " Taipei  booth ".into(),
            ..Selection::default()
        };
        assert_eq!(ChartKind::TierCounts.input(&s), Selection { year: Some(2014), ..Selection::default() });
        assert_eq!(ChartKind::ExchangesByMonth.input(&s), Selection { year: Some(2014), ..Selection::default() });
        assert_eq!(ChartKind::ActivitiesByMonth.input(&s).q, "Taipei booth");
        assert_eq!(ChartKind::ActivitiesByMonth.input(&s).pillars, [Pillar::Prevention]);
        assert_eq!(ChartKind::ActivitiesByMonth.input(&s).dimensions, [Dimension::Innovation]);
        // And it draws what it reads: the innovation activities alone are fewer.
        let env = ChartEnv::new(crate::core::Lang::En);
        let innovation = Selection { dimensions: vec![Dimension::Innovation], ..Selection::default() };
        for d in reports() {
            assert_ne!(build(ChartId::new("activities"), &d, &innovation, env), build(ChartId::new("activities"), &d, &Selection::default(), env));
        }
    }

    #[test]
    fn the_page_builds_the_charts_it_builds_as_the_build_does() {
        for full in reports() {
            let page = crate::dataset::Dataset::for_page(full.report.clone(), full.viewer.clone());
            let env = ChartEnv::new(crate::core::Lang::En);
            let built_in_browser: Vec<ChartId> = full.chart_ids().into_iter().filter(|c| !crate::charts::views::is_static(full.kind(*c).unwrap())).collect();
            assert!(!built_in_browser.is_empty());
            for id in built_in_browser {
                for state in selections(&full) {
                    let in_browser = build_selected(id, &page, &state, env);
                    assert_eq!(in_browser, build(id, &full, &state, env), "{id:?} {state:?}");
                }
            }
            assert_eq!(page.notes, checks::about(&full.notes, checks::Subject::Activities).into_iter().cloned().collect::<Vec<_>>());
        }
        // And the bundled report's activities chart has notes to lose, were they left out.
        assert!(!crate::dataset::Dataset::for_page(Dataset::bundled().report, Dataset::bundled().viewer).notes.is_empty());
    }

    #[test]
    fn long_source_lists_are_shortened_to_sections() {
        let short = vec!["貳、五、(一)、2".to_string(), "貳、五、(一)、1".to_string(), "貳、五、(一)、1".to_string()];
        assert_eq!(source_line(short), ["貳、五、(一)、1", "貳、五、(一)、2"]);
        let long: Vec<String> = (1..=8).map(|i| format!("貳、三、(五)、{i}")).chain(["貳、五、(二)、1".to_string()]).collect();
        assert_eq!(source_line(long), ["貳、三、(五)", "貳、五、(二)"]);
    }

    fn dataset() -> Dataset {
        Dataset::bundled()
    }

    fn options(id: ChartId, d: &Dataset, state: &Selection, lang: crate::core::Lang) -> serde_json::Value {
        build(id, d, state, ChartEnv::new(lang)).chart.unwrap_or_else(|| panic!("{id:?} draws nothing for {state:?}"))
    }

    /// Each label a chart draws: (series, item, its text or template, the
    /// item's value).
    fn drawn_labels(json: &serde_json::Value) -> Vec<(usize, usize, String, serde_json::Value)> {
        let mut out = Vec::new();
        for (i, s) in json["series"].as_array().unwrap().iter().enumerate() {
            if s["label"]["show"] != true {
                continue;
            }
            let template = s["label"]["formatter"].as_str().unwrap_or("{c}");
            for (j, item) in s["data"].as_array().unwrap().iter().enumerate() {
                let value = if item.is_object() { item["value"].clone() } else { item.clone() };
                if value == "-" {
                    continue;
                }
                let text = item["label"]["formatter"].as_str().unwrap_or(template);
                out.push((i, j, text.to_string(), value));
            }
        }
        out
    }

    #[test]
    fn value_labels_write_numbers_as_the_language_does() {
        let d = dataset();
        for lang in crate::core::Lang::ALL {
            let mut thousands = 0;
            for id in d.chart_ids() {
                for year in [None, Some(2012), Some(2014)] {
                    let state = Selection { year, ..Selection::default() };
                    let Some(json) = build(id, &d, &state, ChartEnv::new(lang)).chart else { continue };
                    for (i, j, text, value) in drawn_labels(&json) {
                        // ECharts' `{c}` and `{@…}` print raw numbers ("9430").
                        assert!(!text.contains("{c}") && !text.contains("{@"), "{id:?} series {i} item {j} prints a raw number: {text}");
                        if let (Some(v), false) = (value.as_f64(), text.contains('{')) {
                            let n = crate::locale::format::number(v, lang);
                            assert!(text.contains(&n), "{id:?} series {i} item {j}: {text:?} lacks {n}");
                            thousands += usize::from(v >= 1000.0);
                        }
                    }
                }
            }
            assert!(thousands > 0, "no label of a thousand or more was checked");
        }
        let media = |lang| options(ChartId::new("media"), &d, &Selection::default(), lang);
        assert_eq!(media(crate::core::Lang::Zh)["series"][1]["data"][1]["label"]["formatter"], "9,430 檔次");
        assert_eq!(media(crate::core::Lang::En)["series"][1]["data"][1]["label"]["formatter"], "9,430 spots");
        let outreach = options(ChartId::new("outreach"), &d, &Selection::default(), crate::core::Lang::En);
        assert!(drawn_labels(&outreach).iter().any(|l| l.2 == "about 55 people"), "a count given as \"about\" says so");
    }

    #[test]
    fn tooltips_still_read_the_numbers() {
        let d = dataset();
        let json = options(ChartId::new("media"), &d, &Selection::default(), crate::core::Lang::Zh);
        // ECharts' own item tooltip, which groups thousands ("9,430"), in the canvas.
        assert_eq!(json["tooltip"]["trigger"], "item");
        assert_eq!(json["tooltip"]["renderMode"], "richText");
        assert!(json["series"].as_array().unwrap().iter().all(|s| s.get("tooltip").is_none()));
        assert_eq!(json["series"][1]["data"][1]["value"], 9430.0);
        for id in d.chart_ids() {
            let json = options(id, &d, &Selection::default(), crate::core::Lang::En);
            assert_eq!(json["tooltip"]["renderMode"], "richText", "{id:?}");
        }
    }

    /// The layout of the horizontal bars (protection, prosecution,
    /// outreach) in the smallest chart, 320 × 352 px.
    #[test]
    fn horizontal_bar_labels_fit_a_small_chart() {
        use super::super::common::{text_width, FONT_SIZE, MIN_PLOT};
        let d = dataset();
        for lang in crate::core::Lang::ALL {
            for id in [ChartId::new("protection"), ChartId::new("prosecution"), ChartId::new("outreach")] {
                let json = options(id, &d, &Selection::default(), lang);
                let num = |v: &serde_json::Value| v.as_f64().unwrap_or_else(|| panic!("{id:?}: {v} is not a number"));
                // Category labels: neighbours' lines do not meet.
                let categories: Vec<usize> = json["yAxis"]["data"].as_array().unwrap().iter().map(|c| c.as_str().unwrap().lines().count()).collect();
                let font = num(&json["yAxis"]["axisLabel"]["fontSize"]);
                let band = (352.0 - num(&json["grid"][0]["top"]) - num(&json["grid"][0]["bottom"])) / categories.len() as f64;
                for pair in categories.windows(2) {
                    assert!((pair[0] + pair[1]) as f64 * font / 2.0 <= band, "{id:?} {lang:?}: labels of {pair:?} lines meet in {band} px");
                }
                // No numbers on the value axis: they would overlap in a plot this narrow.
                assert_eq!(json["xAxis"]["axisLabel"]["show"], false, "{id:?}");
                // Value labels: each fits right of its bar, within the chart.
                let right = num(&json["grid"][0]["right"]);
                let labels = drawn_labels(&json);
                let max = labels.iter().filter_map(|l| l.3.as_f64()).fold(0.0, f64::max);
                for (_, _, text, value) in &labels {
                    let end = num(value) / max * MIN_PLOT + 5.0 + text_width(text, FONT_SIZE);
                    assert!(end <= MIN_PLOT + right, "{id:?} {lang:?}: {text:?} ends at {end}, past {}", MIN_PLOT + right);
                }
            }
        }
    }

    #[test]
    fn every_category_label_is_shown() {
        let d = dataset();
        for lang in crate::core::Lang::ALL {
            // Few categories: each is named (ECharts would otherwise drop
            // some when they crowd, e.g. the radio bar at 320 px).
            for id in [ChartId::new("indicator"), ChartId::new("tiers"), ChartId::new("media"), ChartId::new("agreements")] {
                let json = options(id, &d, &Selection::default(), lang);
                assert_eq!(json["xAxis"]["axisLabel"]["interval"], 0.0, "{id:?}");
            }
        }
        let media = options(ChartId::new("media"), &d, &Selection::default(), crate::core::Lang::Zh);
        assert_eq!(media["xAxis"]["data"][1], "廣播電臺\n（68 家）");
        // Four years side by side at 320 px: the Chinese year on two lines,
        // the country names in lines that fit a bar.
        let agreements = options(ChartId::new("agreements"), &d, &Selection::default(), crate::core::Lang::Zh);
        assert_eq!(agreements["xAxis"]["data"][3], "103 年\n(2014)");
        for lang in crate::core::Lang::ALL {
            let json = options(ChartId::new("agreements"), &d, &Selection::default(), lang);
            for item in json["series"][0]["data"].as_array().unwrap() {
                let names = item["name"].as_str().unwrap();
                let cols = |l: &str| l.chars().map(|c| if c.is_ascii() { 1 } else { 2 }).sum::<usize>();
                assert!(names.lines().all(|l| cols(l) <= 10), "{names:?}");
            }
        }
    }

    #[test]
    fn summaries_name_a_short_list_of_what_the_chart_shows() {
        use crate::core::Lang::{En, Zh};
        let d = dataset();
        let summary = |id, state: &Selection, lang| build(id, &d, state, ChartEnv::new(lang)).summary;
        let partnership_2014 = Selection { pillars: vec![Pillar::Partnership], year: Some(2014), ..Selection::default() };
        assert!(
            summary(ChartId::new("agreements"), &partnership_2014, En).ends_with("Signed in 2014: United States, Solomon Islands, Belize, Saint Kitts and Nevis, Japan."),
            "{}",
            summary(ChartId::new("agreements"), &partnership_2014, En)
        );
        assert!(summary(ChartId::new("agreements"), &partnership_2014, Zh).ends_with("103 年簽署：美國、索羅門群島、貝里斯、聖克里斯多福及尼維斯、日本。"));
        let y2013 = Selection { year: Some(2013), ..Selection::default() };
        assert!(summary(ChartId::new("agreements"), &y2013, En).ends_with("Signed in 2013: Honduras, Vietnam, Paraguay."));
        // Ten countries in all: too many to read out.
        let all = Selection::default();
        for (lang, name) in [(En, "Mongolia"), (En, "Japan"), (Zh, "蒙古國"), (Zh, "日本")] {
            assert!(!summary(ChartId::new("agreements"), &all, lang).contains(name), "{lang:?} {name}");
        }
        // The five outreach events, with their counts.
        let outreach = summary(ChartId::new("outreach"), &all, En);
        assert!(outreach.contains("Booth at a Mid-Autumn Festival charity event (30 Aug), 200 people;"), "{outreach}");
        assert!(outreach.contains("results press conference (6 Oct), about 55 people;"), "{outreach}");
        assert!(summary(ChartId::new("outreach"), &all, Zh).contains("中秋節公益活動防制人口販運宣導攤位（8 月 30 日）200 人；"));
        // Activities: the two of prosecution are named; the 31 of all pillars are not.
        let prosecution = Selection { pillars: vec![Pillar::Prosecution], ..Selection::default() };
        let named = summary(ChartId::new("activities"), &prosecution, En);
        assert!(named.ends_with("They are: Cross-ministry introductory (awareness) training (26 May); Anti-trafficking advisory network training workshop (21 Jul)."), "{named}");
        assert!(summary(ChartId::new("activities"), &prosecution, Zh).contains("分別為：跨部會防制人口販運通識教育訓練（5 月 26 日）；"));
        for (id, title) in [(ChartId::new("activities"), "Cross-ministry"), (ChartId::new("exchanges"), "Royal Thai Police")] {
            let long = summary(id, &all, En);
            assert!(!long.contains(title) && !long.contains("They are"), "{id:?}: {long}");
        }
    }
}
