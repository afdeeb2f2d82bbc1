//! The report as the viewer uses it, computed once when the data loads:
//! the data itself, what the cross-checks found, every figure as a row and
//! the chart that shows it. Charts, key figures, the activity list and the
//! report's text read from here and never recompute these.

pub mod chart_facts;
pub mod checks;
pub mod facts;
#[cfg(not(target_arch = "wasm32"))]
pub mod jsonld;
#[cfg(not(target_arch = "wasm32"))]
pub mod package;

/// The licence of the open data: Taiwan's Open Government Data License,
/// version 1.0, by its SPDX id, and its text (the page's downloads link to
/// it, datapackage.json names it; the README, "Licence", says why).
pub const LICENCE: (&str, &str) = ("OGDL-Taiwan-1.0", "https://data.gov.tw/license");

use std::collections::BTreeMap;

use crate::core::ChartId;
use crate::data::viewer::{self, ChartDef, Viewer};
use crate::data::{self, Activity, LoadError, Report};
use checks::Note;
use facts::Fact;

#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    pub report: Report,
    /// How the viewer presents it (`viewer.json`): the site's texts, the charts.
    pub viewer: Viewer,
    pub notes: Vec<Note>,
    /// The data's editions (`changes.json`): its version, what changed.
    /// Read by the build (`load_files`); empty in the browser.
    pub changes: crate::data::changes::Changes,
    pub facts: Vec<Fact>,
    /// The chart that shows each fact (`ChartDef::shows`), in `facts`' order.
    fact_charts: Vec<Option<ChartId>>,
    /// The charts whose figures each passage prints, in the page's order.
    passage_charts: BTreeMap<String, Vec<ChartId>>,
}

impl Dataset {
    pub fn new(report: Report, viewer: Viewer) -> Dataset {
        let notes = checks::run(&report);
        let facts = facts::facts(&report);
        let positions = chart_facts::chart_of_each(&facts, &viewer.charts);
        let mut passage_charts: BTreeMap<String, Vec<usize>> = BTreeMap::new();
        for (f, chart) in facts.iter().zip(&positions) {
            if let Some(chart) = chart {
                let charts = passage_charts.entry(f.source.clone()).or_default();
                if !charts.contains(chart) {
                    charts.push(*chart);
                }
            }
        }
        let id = |i: usize| viewer.charts[i].chart_id();
        let fact_charts = positions.iter().map(|p| p.map(id)).collect();
        let passage_charts = passage_charts
            .into_iter()
            .map(|(path, mut charts)| {
                charts.sort();
                (path, charts.into_iter().map(id).collect())
            })
            .collect();
        Dataset { report, viewer, notes, changes: Default::default(), facts, fact_charts, passage_charts }
    }

    /// What the page's islands read in the browser: the report, and the
    /// notes of the charts the browser builds (the activities and the
    /// timeline: `charts::views::is_static`). Every other chart comes built
    /// (`charts::views`) and the passages' links prerendered, so the other
    /// checks, the figures as rows and the passages' charts are not derived
    /// here: `facts_of` and `from_passage` find nothing in it.
    pub fn for_page(report: Report, viewer: Viewer) -> Dataset {
        let notes = checks::about_activities(&report);
        Dataset { report, viewer, notes, changes: Default::default(), facts: Vec::new(), fact_charts: Vec::new(), passage_charts: BTreeMap::new() }
    }

    /// Parses, validates and derives: the one way in for the page, the
    /// build tools and the tests (`report.json`, then `viewer.json`).
    pub fn load(report_json: &str, viewer_json: &str) -> Result<Dataset, LoadError> {
        let report = data::load(report_json)?;
        let viewer = viewer::load(viewer_json, &report)?;
        Ok(Dataset::new(report, viewer))
    }

    /// `load` of the data folder `dir` (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load_dir(dir: &std::path::Path) -> Result<Dataset, String> {
        let read = |name: &str| std::fs::read_to_string(dir.join(name)).map_err(|e| format!("{}: {e}", dir.join(name).display()));
        Dataset::load_files(dir, &read("report.json")?, &read("viewer.json")?)
    }

    /// `load` of the two files of the data folder `dir`, read already, with
    /// its `changes.json`: an error names the file it is about (native only).
    #[cfg(not(target_arch = "wasm32"))]
    pub fn load_files(dir: &std::path::Path, report_json: &str, viewer_json: &str) -> Result<Dataset, String> {
        let report = data::load(report_json).map_err(|e| format!("{}: {e}", dir.join("report.json").display()))?;
        let viewer = viewer::load(viewer_json, &report).map_err(|e| format!("{}: {e}", dir.join("viewer.json").display()))?;
        let path = dir.join(crate::data::changes::FILE);
        let changes = std::fs::read_to_string(&path)
            .map_err(|e| format!("{}: {e} (every data folder records its editions: docs/new-report.md, \"Changes\")", path.display()))
            .and_then(|json| crate::data::changes::load(&json).map_err(|e| format!("{}: {e}", path.display())))?;
        Ok(Dataset { changes, ..Dataset::new(report, viewer) })
    }

    /// `for_page` of files the build has validated (`data::load_built`).
    pub fn for_page_built(report_json: &str, viewer_json: &str) -> Result<Dataset, LoadError> {
        Ok(Dataset::for_page(data::load_built(report_json)?, viewer::load_built(viewer_json)?))
    }

    /// The bundled 2014 report (`public/data/`), for the crate's own tests.
    #[cfg(test)]
    pub(crate) fn bundled() -> Dataset {
        data::fixtures::BUNDLED.dataset()
    }

    /// The fictional report (`tests/fixtures/report-fictional/`), for the
    /// crate's own tests of behaviour.
    #[cfg(test)]
    pub(crate) fn fictional() -> Dataset {
        data::fixtures::FICTIONAL.dataset()
    }

    /// A chart's definition (`viewer.json`).
    pub fn chart(&self, id: ChartId) -> Option<&ChartDef> {
        self.viewer.chart(id)
    }

    /// A chart's title in `lang` (empty for a chart the data does not define).
    pub fn chart_title(&self, id: ChartId, lang: crate::core::Lang) -> &str {
        self.chart(id).map_or("", |c| c.title.get(lang))
    }

    /// A chart's unit line in `lang`.
    pub fn chart_unit(&self, id: ChartId, lang: crate::core::Lang) -> &str {
        self.chart(id).map_or("", |c| c.unit.get(lang))
    }

    /// The report's charts, in the page's order.
    pub fn chart_ids(&self) -> Vec<ChartId> {
        self.viewer.charts.iter().map(ChartDef::chart_id).collect()
    }

    /// What a chart draws; `None` for a chart the data does not define.
    pub fn kind(&self, id: ChartId) -> Option<crate::core::ChartKind> {
        self.chart(id).map(|c| c.kind)
    }

    /// The chart's pillar (`None` for a chart of the whole report).
    pub fn pillar(&self, id: ChartId) -> Option<crate::core::Pillar> {
        self.chart(id).and_then(|c| c.pillar)
    }

    /// The chart that shows the figure playing `role` (the first whose
    /// `groups` hold the figure's): where a main point or a key figure about
    /// it links to. Read from the definitions, so the page's islands find it
    /// too (`for_page` derives no facts).
    pub fn chart_of_role(&self, role: crate::core::Role) -> Option<ChartId> {
        let group = self.report.figure(role)?.group;
        self.viewer.charts.iter().find(|c| c.groups.contains(&group)).map(ChartDef::chart_id)
    }

    /// The first chart of a kind, if the report has one: where a main point
    /// or a key figure links to.
    pub fn chart_of_kind(&self, kind: crate::core::ChartKind) -> Option<ChartId> {
        self.viewer.charts.iter().find(|c| c.kind == kind).map(ChartDef::chart_id)
    }

    /// The figures (facts) a chart shows, before any year filter.
    pub fn facts_of(&self, id: ChartId) -> impl Iterator<Item = &Fact> {
        self.facts.iter().zip(&self.fact_charts).filter(move |(_, c)| **c == Some(id)).map(|(f, _)| f)
    }

    /// The chart that shows the fact at `index` of `facts`, if any.
    pub fn chart_of(&self, index: usize) -> Option<ChartId> {
        self.fact_charts.get(index).copied().flatten()
    }

    /// The years the report has figures for, ascending.
    pub fn years(&self) -> Vec<i32> {
        self.report.years()
    }

    /// What comes from the passage at `path` (a section of the report):
    /// the charts whose figures it prints, and the activities it reports.
    pub fn from_passage(&self, path: &str) -> (Vec<ChartId>, Vec<&Activity>) {
        let charts = self.passage_charts.get(path).cloned().unwrap_or_default();
        let activities = self
            .report
            .activities
            .iter()
            .filter(|a| a.source == path || a.also_in.iter().any(|s| s == path))
            .collect();
        (charts, activities)
    }
}

#[cfg(test)]
impl data::fixtures::Source {
    /// Its `report.json` and `viewer.json`, loaded as one dataset.
    pub fn dataset(&self) -> Dataset {
        Dataset::load(self.report, self.viewer).unwrap_or_else(|e| panic!("{}: {e}", self.dir))
    }

}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_passage_leads_to_its_figures_and_activities() {
        let d = Dataset::bundled();
        let (charts, activities) = d.from_passage("貳、三、(一)、3");
        assert_eq!(charts, [ChartId::new("media")]);
        assert!(activities.is_empty());
        let (charts, activities) = d.from_passage("貳、三、(一)、2、(1)");
        assert_eq!(charts, [ChartId::new("outreach")]);
        assert_eq!(activities.len(), 1);
        assert!(d.from_passage("貳、一").0.is_empty());
    }

    #[test]
    fn the_chart_of_a_fact_is_the_chart_that_lists_it() {
        let d = Dataset::bundled();
        for id in d.chart_ids() {
            for f in d.facts_of(id) {
                assert!(d.chart(id).unwrap().shows(f));
            }
        }
        let shown: usize = d.chart_ids().iter().map(|id| d.facts_of(*id).count()).sum();
        assert_eq!(shown, (0..d.facts.len()).filter(|i| d.chart_of(*i).is_some()).count());
    }
}
