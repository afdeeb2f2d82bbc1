//! The kinds of chart the code draws. A report's `viewer.json` names its
//! charts and gives each a kind; each kind is built by its module of
//! `charts` (`charts::catalog::build`) from the figures the chart's
//! definition selects.

use serde::{Deserialize, Serialize};

/// What a chart draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "kebab-case")]
pub enum ChartKind {
    /// The key performance indicator: target against actual, by year.
    TargetActual,
    /// The US TIP report: countries per tier, stacked by year, with the
    /// report's own country's tier under each year.
    TierCounts,
    /// The awareness campaign: TV broadcasts and radio spots, with the
    /// number of stations in each bar's label (the figures of the roles
    /// `tv-*` and `radio-*`).
    MediaAirings,
    /// People at the activities of the chart's pillar, one bar an event
    /// (the counts its `activity_counts` selects).
    EventAttendance,
    /// The chart's figures (its `groups`, and the counts its
    /// `activity_counts` selects) as labelled bars, one a figure.
    FigureBars,
    /// Agreements signed by year and in all, with the printed counts.
    AgreementsByYear,
    /// Partnership activities by month and kind, with the context figures.
    ExchangesByMonth,
    /// Partner countries on a world map.
    PartnerMap,
    /// Activities by month and pillar.
    ActivitiesByMonth,
    /// Each activity on a time axis.
    ActivityTimeline,
}

impl ChartKind {
    pub const ALL: [ChartKind; 10] = [
        ChartKind::TargetActual,
        ChartKind::TierCounts,
        ChartKind::MediaAirings,
        ChartKind::EventAttendance,
        ChartKind::FigureBars,
        ChartKind::AgreementsByYear,
        ChartKind::ExchangesByMonth,
        ChartKind::PartnerMap,
        ChartKind::ActivitiesByMonth,
        ChartKind::ActivityTimeline,
    ];

    /// Whether the kind reads the whole selection (pillars, dimensions,
    /// search) and not only the year: such charts are built in the browser,
    /// the others come from the build (`charts::views`).
    pub fn reads_selection(self) -> bool {
        matches!(self, ChartKind::ActivitiesByMonth | ChartKind::ActivityTimeline)
    }

    /// The kind as written in the data (`figure-bars`).
    pub fn id(self) -> String {
        serde_json::to_value(self).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default()
    }
}
