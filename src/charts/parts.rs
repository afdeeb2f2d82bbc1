//! What a chart kind's builder returns, and what the builders share; the
//! catalog (`catalog::build`) picks the builder and adds notes and sources.
//! A leaf of `charts`: the builders import it, and it imports none of them.

use super::table::Table;
use super::Options;
use crate::core::ChartId;
use crate::dataset::facts::Fact;
use crate::dataset::Dataset;
use crate::presentation::Selection;

/// What a chart kind's builder returns; `catalog::build` adds notes and sources.
pub struct ChartParts {
    pub chart: Option<Options>,
    pub tables: Vec<Table>,
    pub summary: String,
    pub sources: Vec<String>,
    pub context: Option<String>,
}

/// The chart's figures (`Dataset::facts_of`), narrowed to the selected year.
pub fn facts_in(id: ChartId, d: &Dataset, state: &Selection) -> Vec<Fact> {
    d.facts_of(id).filter(|f| state.shows_year(f.year)).cloned().collect()
}
