//! The charts of the viewer as an identity: which there are, their ids in
//! URLs and in the page, and their pillar. The layers above add what they
//! know of a chart: its title and unit (`locale`), its figures and notes
//! (`dataset`), the part of the view it reads (`view`) and how it is built
//! (`charts`).

use crate::core::Pillar;

/// One chart of the viewer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ChartId {
    Indicator,
    Tiers,
    Media,
    Outreach,
    Protection,
    Prosecution,
    Agreements,
    Exchanges,
    /// The partner countries on a world map.
    Partners,
    Activities,
    /// Each activity on a time axis.
    Timeline,
}

/// As its id (`"tiers"`): how an island of the page names its chart.
impl serde::Serialize for ChartId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.id())
    }
}

impl<'de> serde::Deserialize<'de> for ChartId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        ChartId::from_id(&s).ok_or_else(|| serde::de::Error::custom(format!("no chart {s:?}")))
    }
}

impl ChartId {
    pub const ALL: [ChartId; 11] = [
        ChartId::Indicator,
        ChartId::Tiers,
        ChartId::Media,
        ChartId::Outreach,
        ChartId::Protection,
        ChartId::Prosecution,
        ChartId::Agreements,
        ChartId::Exchanges,
        ChartId::Partners,
        ChartId::Activities,
        ChartId::Timeline,
    ];

    /// Id in URLs and in the page (`#chart-tiers`).
    pub fn id(self) -> &'static str {
        match self {
            ChartId::Indicator => "indicator",
            ChartId::Tiers => "tiers",
            ChartId::Media => "media",
            ChartId::Outreach => "outreach",
            ChartId::Protection => "protection",
            ChartId::Prosecution => "prosecution",
            ChartId::Agreements => "agreements",
            ChartId::Exchanges => "exchanges",
            ChartId::Partners => "partners",
            ChartId::Activities => "activities",
            ChartId::Timeline => "timeline",
        }
    }

    /// The chart's place in the page (`chart-tiers`): its section's id and
    /// the fragment of its links.
    pub fn anchor(self) -> String {
        format!("chart-{}", self.id())
    }

    pub fn from_id(s: &str) -> Option<ChartId> {
        ChartId::ALL.into_iter().find(|c| c.id() == s)
    }

    /// The pillar the chart belongs to; `None` for charts of the whole report.
    pub fn pillar(self) -> Option<Pillar> {
        match self {
            ChartId::Indicator | ChartId::Tiers | ChartId::Activities | ChartId::Timeline => None,
            ChartId::Media | ChartId::Outreach => Some(Pillar::Prevention),
            ChartId::Protection => Some(Pillar::Protection),
            ChartId::Prosecution => Some(Pillar::Prosecution),
            ChartId::Agreements | ChartId::Exchanges | ChartId::Partners => Some(Pillar::Partnership),
        }
    }


}

#[cfg(test)]
mod tests {
    use super::ChartId;

    #[test]
    fn an_island_names_its_chart_by_id_and_an_unknown_id_is_refused() {
        for id in ChartId::ALL {
            let json = serde_json::to_string(&id).unwrap();
            assert_eq!(json, format!("\"{}\"", id.id()));
            assert_eq!(serde_json::from_str::<ChartId>(&json).unwrap(), id);
        }
        let err = serde_json::from_str::<ChartId>("\"pie\"").unwrap_err();
        assert!(err.to_string().contains("no chart \"pie\""), "{err}");
    }
}
