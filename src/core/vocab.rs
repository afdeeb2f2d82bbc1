//! The report's vocabularies: the 4P pillars, its six challenge
//! dimensions, the TIP tiers, the kinds of activity, the groups of its
//! standalone figures and the units of its counts. Their ids are the data file's and the URL's; their labels in
//! each language are `locale`'s.

use serde::{Deserialize, Serialize};

/// The 4P pillars.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Pillar {
    Prevention,
    Protection,
    Prosecution,
    Partnership,
}

impl Pillar {
    pub const ALL: [Pillar; 4] = [
        Pillar::Prevention,
        Pillar::Protection,
        Pillar::Prosecution,
        Pillar::Partnership,
    ];
    pub fn id(self) -> &'static str {
        match self {
            Pillar::Prevention => "prevention",
            Pillar::Protection => "protection",
            Pillar::Prosecution => "prosecution",
            Pillar::Partnership => "partnership",
        }
    }
    pub fn from_id(s: &str) -> Option<Pillar> {
        Pillar::ALL.into_iter().find(|p| p.id() == s)
    }
}

/// The report's own grouping of its activities: the six ways the indicator
/// is challenging (貳、三「指標挑戰性」, sections (一) to (六)).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Dimension {
    /// (一) 創新性
    Innovation,
    /// (二) 執行困難度
    Difficulty,
    /// (三) 目標質量提升
    Quality,
    /// (四) 跨多機關協調
    Coordination,
    /// (五) 夥伴關係經營
    PartnershipBuilding,
    /// (六) 較多不可控制影響因素
    Uncontrollable,
}

impl Dimension {
    /// In the report's order.
    pub const ALL: [Dimension; 6] = [
        Dimension::Innovation,
        Dimension::Difficulty,
        Dimension::Quality,
        Dimension::Coordination,
        Dimension::PartnershipBuilding,
        Dimension::Uncontrollable,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Dimension::Innovation => "innovation",
            Dimension::Difficulty => "difficulty",
            Dimension::Quality => "quality",
            Dimension::Coordination => "coordination",
            Dimension::PartnershipBuilding => "partnership_building",
            Dimension::Uncontrollable => "uncontrollable",
        }
    }

    /// The dimension with this id (as in the data: `partnership_building`).
    pub fn from_id(s: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| d.id() == s)
    }

    /// The report section that lists the dimension's activities (`貳、三、(一)` …).
    pub fn section(self) -> &'static str {
        match self {
            Dimension::Innovation => "貳、三、(一)",
            Dimension::Difficulty => "貳、三、(二)",
            Dimension::Quality => "貳、三、(三)",
            Dimension::Coordination => "貳、三、(四)",
            Dimension::PartnershipBuilding => "貳、三、(五)",
            Dimension::Uncontrollable => "貳、三、(六)",
        }
    }

    /// The dimension whose section holds `source` (a section path), if any.
    pub fn of_section(source: &str) -> Option<Dimension> {
        Dimension::ALL.into_iter().find(|d| source == d.section() || source.starts_with(&format!("{}、", d.section())))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    Tier1,
    Tier2,
    Tier2Watch,
    Tier3,
}

impl Tier {
    pub const ALL: [Tier; 4] = [Tier::Tier1, Tier::Tier2, Tier::Tier2Watch, Tier::Tier3];
    /// The tier as a number, as the indicator measures it (Tier 1 → 1; the
    /// watch list is a kind of Tier 2).
    pub fn rank(self) -> f64 {
        match self {
            Tier::Tier1 => 1.0,
            Tier::Tier2 | Tier::Tier2Watch => 2.0,
            Tier::Tier3 => 3.0,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Tier::Tier1 => "tier1",
            Tier::Tier2 => "tier2",
            Tier::Tier2Watch => "tier2_watch",
            Tier::Tier3 => "tier3",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActivityKind {
    Event,
    Outreach,
    Visit,
    Meeting,
    Conference,
    Training,
    Campaign,
    Evaluation,
    NgoProject,
    Construction,
}

/// Which way a visit or exchange went: a delegation received in Taiwan, or
/// one sent abroad (a visit paid, a conference attended there).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    Incoming,
    Outgoing,
}

impl Direction {
    pub const ALL: [Direction; 2] = [Direction::Incoming, Direction::Outgoing];
}

/// Units of counts and figures; their labels live in `locale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Unit {
    People,
    Countries,
    Sessions,
    Broadcasts,
    Spots,
    Hours,
    Stations,
    Outlets,
    Cases,
    Persons,
    Meetings,
    Visits,
    Shelters,
    Lectures,
    Agreements,
    Counties,
    Aspects,
    Topics,
    Speakers,
    Places,
    Percent,
    Rank,
    /// 梯次: rounds (intakes) of a training.
    Rounds,
    /// 次: times something was held.
    Times,
    /// A value the report prints without a unit (the indicator's target
    /// and actual): written as an empty `unit` in CSV.
    Value,
}

impl Unit {
    pub const ALL: [Unit; 25] = [
        Unit::People,
        Unit::Countries,
        Unit::Sessions,
        Unit::Broadcasts,
        Unit::Spots,
        Unit::Hours,
        Unit::Stations,
        Unit::Outlets,
        Unit::Cases,
        Unit::Persons,
        Unit::Meetings,
        Unit::Visits,
        Unit::Shelters,
        Unit::Lectures,
        Unit::Agreements,
        Unit::Counties,
        Unit::Aspects,
        Unit::Topics,
        Unit::Speakers,
        Unit::Places,
        Unit::Percent,
        Unit::Rank,
        Unit::Rounds,
        Unit::Times,
        Unit::Value,
    ];

    pub fn from_id(s: &str) -> Option<Unit> {
        Unit::ALL.into_iter().find(|u| u.id() == s)
    }

    pub fn id(self) -> &'static str {
        match self {
            Unit::People => "people",
            Unit::Countries => "countries",
            Unit::Sessions => "sessions",
            Unit::Broadcasts => "broadcasts",
            Unit::Spots => "spots",
            Unit::Hours => "hours",
            Unit::Stations => "stations",
            Unit::Outlets => "outlets",
            Unit::Cases => "cases",
            Unit::Persons => "persons",
            Unit::Meetings => "meetings",
            Unit::Visits => "visits",
            Unit::Shelters => "shelters",
            Unit::Lectures => "lectures",
            Unit::Agreements => "agreements",
            Unit::Counties => "counties",
            Unit::Aspects => "aspects",
            Unit::Topics => "topics",
            Unit::Speakers => "speakers",
            Unit::Places => "places",
            Unit::Percent => "percent",
            Unit::Rank => "rank",
            Unit::Rounds => "rounds",
            Unit::Times => "times",
            Unit::Value => "value",
        }
    }

    /// The unit as a CSV `unit` cell: its id, empty for a value the report
    /// prints without a unit.
    pub fn column(self) -> &'static str {
        match self {
            Unit::Value => "",
            u => u.id(),
        }
    }
}

/// Which table of the report a standalone figure belongs to (`figures[].group`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum FigureGroup {
    Media,
    Training,
    Victims,
    Shelters,
    Cases,
    Visits,
    Agreements,
    /// Figures that set the scene (foreign workers in Taiwan).
    Context,
}

impl FigureGroup {
    pub const ALL: [FigureGroup; 8] = [
        FigureGroup::Media,
        FigureGroup::Training,
        FigureGroup::Victims,
        FigureGroup::Shelters,
        FigureGroup::Cases,
        FigureGroup::Visits,
        FigureGroup::Agreements,
        FigureGroup::Context,
    ];

    /// The group's id, as in the data and in facts.csv's `dataset` column.
    pub fn id(self) -> &'static str {
        match self {
            FigureGroup::Media => "media",
            FigureGroup::Training => "training",
            FigureGroup::Victims => "victims",
            FigureGroup::Shelters => "shelters",
            FigureGroup::Cases => "cases",
            FigureGroup::Visits => "visits",
            FigureGroup::Agreements => "agreements",
            FigureGroup::Context => "context",
        }
    }
}
