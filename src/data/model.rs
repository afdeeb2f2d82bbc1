//! The serde model of `public/data/report.json`, the one source of every
//! figure. Field names mirror the JSON; nothing here computes anything.
//!
//! Conventions of the file:
//! - every text a reader sees is a [`Text`] with both languages;
//! - every record carries `source`, the report section as the report numbers
//!   it (e.g. `貳、五、(一)、5`);
//! - dates are ISO 8601 strings of day, month or year precision
//!   (`2014-05-29`, `2015-12`, `2011`), read into [`Date`] at load (a bad
//!   date is refused there); the ROC year is derived, never stored;
//! - figures are stored as printed: a value the report does not give is
//!   `null` with its printed form in `printed`.

use serde::{Deserialize, Serialize};

use crate::core::{ActivityKind, Date, Dimension, Direction, FigureGroup, Pillar, Role, Text, Tier, Unit};

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Report {
    /// Version of this file's layout; bumped when fields change meaning.
    pub schema: u32,
    pub meta: Meta,
    /// The key performance indicator table; a report without one has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub indicator: Option<Indicator>,
    /// The US TIP report's ratings; a report without them has none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tip_tiers: Option<TipTiers>,
    pub agreements: Vec<Agreement>,
    pub activities: Vec<Activity>,
    pub figures: Vec<Figure>,
    /// What a reader of the report finds that cannot be squared and no
    /// check computes (a heading that says more than its body, a list that
    /// leaves out what another counts): each told as the report prints it,
    /// beside the chart of its part. A report may have none.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cautions: Vec<Caution>,
}

/// A disagreement told in words (`Report::cautions`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Caution {
    /// Lower case, digits, `-`; the note's id is `caution-` and this.
    pub id: String,
    /// The part of the report it is about: the chart of that part shows it.
    pub about: Subject,
    /// The year it is about, if one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub year: Option<i32>,
    /// What the report says and where, then what cannot be squared; never
    /// a conclusion the report does not draw.
    pub text: Text,
    /// The sections it compares.
    pub sources: Vec<String>,
}

/// The part of the report a note is about (a caution of the data, a
/// finding of the checks, `dataset::checks`): the chart of that part
/// shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Subject {
    Indicator,
    Tiers,
    Media,
    Agreements,
    Visits,
    /// The training figures (shown with prosecution), e.g. one that
    /// probably repeats an activity's count.
    Training,
    /// What the report says about a partnership activity.
    Exchanges,
    /// What the report says about an activity of another pillar.
    Activities,
}

impl Report {
    /// The US TIP report's ratings by year (none without `tip_tiers`).
    pub fn tier_years(&self) -> &[TierYear] {
        self.tip_tiers.as_ref().map_or(&[], |t| &t.years)
    }

    /// The years the report has figures for, ascending.
    pub fn years(&self) -> Vec<i32> {
        let mut years: Vec<i32> = self
            .tier_years()
            .iter()
            .map(|y| y.year)
            .chain(self.indicator.iter().flat_map(|i| i.years.iter().map(|y| y.year)))
            .chain(self.activities.iter().map(|a| a.date.year))
            .collect();
        crate::core::sort::sort(&mut years);
        years.dedup();
        years
    }

    /// The activity and count a reference points to.
    pub fn count(&self, r: &CountRef) -> Option<(&Activity, &Count)> {
        let a = self.activities.iter().find(|a| a.id == r.activity)?;
        Some((a, a.counts.get(r.index)?))
    }

    /// The figure the code names `id`: the one way to look a figure up.
    /// Validation refuses a file without it, so after `load` it is there.
    /// The figure that plays `role` (the latest, for a role of one figure
    /// per year).
    pub fn figure(&self, role: Role) -> Option<&Figure> {
        self.figures.iter().filter(|f| f.role == Some(role)).max_by_key(|f| f.date.year)
    }

    /// Every figure that plays `role`, in the data's order.
    pub fn figures_in(&self, role: Role) -> impl Iterator<Item = &Figure> {
        self.figures.iter().filter(move |f| f.role == Some(role))
    }

    /// The figure with this id.
    pub fn figure_by_id(&self, id: &str) -> Option<&Figure> {
        self.figures.iter().find(|f| f.id == id)
    }
}

/// What the report is and who published it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    pub title: Text,
    pub publisher: Text,
    /// The report year (Gregorian).
    pub year: i32,
    /// The country of the report: Taiwan, shown on the map of partners.
    pub home: Country,
    /// 壹、年度施政目標.
    pub goal: Text,
    pub goal_source: String,
    /// How the viewer assigned pillars (the report does not group by pillar).
    pub pillar_note: Text,
    /// The four pillars as the report introduces them.
    pub pillars_source: String,
}

/// The key performance indicator table (貳、關鍵績效指標).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Indicator {
    pub id: String,
    pub name: Text,
    pub standard: Text,
    pub source: String,
    /// Note on how the values relate to the tier measure.
    pub note: Text,
    /// The tier the measure asks for (衡量標準: rated 「第一級」), which the
    /// cross-checks compare the printed targets with.
    pub target_tier: Tier,
    pub years: Vec<IndicatorYear>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct IndicatorYear {
    pub year: i32,
    pub target: PrintedValue,
    pub actual: PrintedValue,
    pub achievement_pct: PrintedValue,
    /// 初核結果, as printed (a rating symbol such as ★).
    pub first_review: String,
    /// 複核結果, as printed.
    pub second_review: String,
}

/// A number as printed; `value` is `null` where the report prints no number
/// (such as `--`: not reported, not zero).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct PrintedValue {
    pub value: Option<f64>,
    pub printed: String,
}

/// The US Trafficking in Persons Report's ratings over the years the report gives.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TipTiers {
    pub source: String,
    /// Publication of the report of the report year (貳、四、(二)).
    pub published: Dated,
    pub years: Vec<TierYear>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Dated {
    pub date: Date,
    pub text: Text,
    pub source: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TierYear {
    pub year: i32,
    pub source: String,
    /// Printed total of countries rated.
    pub total: u32,
    pub taiwan: Tier,
    /// Counts in the order Tier 1, Tier 2, Tier 2 Watch List, Tier 3.
    pub tiers: Vec<TierCount>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TierCount {
    pub tier: Tier,
    pub count: u32,
    /// The printed percentage ("約占 12.1％"), as printed.
    pub pct: PrintedValue,
}

/// An MOU or agreement with another country.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Agreement {
    pub id: String,
    pub country: Text,
    /// The country's standard codes: how the map finds it.
    pub country_code: CountryCode,
    /// Date of signing (year precision where the report gives only the year).
    pub date: Date,
    pub kind: Text,
    /// Whether the report counts it among the agreements signed by the
    /// agency (its printed count of countries); an agreement the report
    /// finds to apply but does not count is `false`.
    pub counted: bool,
    /// How another section names the agreement where it counts it, when
    /// that differs from `kind` (the cross-checks compare the two).
    #[serde(default)]
    pub counted_as: Option<Sourced>,
    pub note: Option<Text>,
    pub source: String,
    #[serde(default)]
    pub also_in: Vec<String>,
}

/// A text with the report section it is printed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sourced {
    pub text: Text,
    pub source: String,
}

/// A list of items (topics …) as one section prints it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Listed {
    pub items: Vec<Text>,
    pub source: String,
}

/// A dated activity, event, visit, meeting, training, campaign or NGO project.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Activity {
    pub id: String,
    /// The viewer's classification (see `Meta::pillar_note`).
    pub pillar: Pillar,
    /// Why the viewer assigns that pillar, quoting the report's words and
    /// the measurement standard's (貳、關鍵績效指標, 衡量標準).
    pub pillar_reason: Text,
    /// Where the report lists the activity among the six challenge
    /// dimensions of 貳、三, in the report's order; empty when it is only
    /// reported outside 貳、三.
    pub dimensions: Vec<Dimension>,
    pub kind: ActivityKind,
    /// Start date (any precision).
    pub date: Date,
    /// Last day of a multi-day activity.
    pub end: Option<Date>,
    /// Further dates the report gives only in passing (a second session
    /// day, the day results were issued); not a range.
    #[serde(default)]
    pub also_dated: Vec<Dated>,
    /// When the report expects the activity to end (a forecast, not a fact;
    /// `end` stays empty).
    #[serde(default)]
    pub expected_end: Option<Date>,
    pub title: Text,
    pub place: Option<Text>,
    /// Partner or organiser.
    pub partner: Option<Text>,
    /// For a visit, meeting or exchange with another country: that country,
    /// and whether its delegation came to Taiwan or the exchange was abroad.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<ActivityCountry>,
    #[serde(default)]
    pub counts: Vec<Count>,
    /// Groups used by the cross-checks (e.g. `signatory_visit`).
    #[serde(default)]
    pub tags: Vec<String>,
    /// For a visit or meeting with a country that has an agreement: the id
    /// of that agreement (the cross-checks compare the dates).
    #[serde(default)]
    pub agreement: Option<String>,
    /// The topics discussed, as each section that lists them prints them
    /// (the cross-checks compare the lists).
    #[serde(default)]
    pub topics: Vec<Listed>,
    /// Who organised it, as each section that names them prints it, where
    /// the report names them in more than one place (the cross-checks
    /// compare the lists).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub organisers: Vec<Listed>,
    pub note: Option<Text>,
    pub source: String,
    /// Other sections that report the same activity.
    #[serde(default)]
    pub also_in: Vec<String>,
}

/// A country's ISO 3166-1 codes. The map finds a country's shape by its
/// numeric code (Natural Earth's id in `world-atlas`), never by its name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct CountryCode {
    /// ISO 3166-1 alpha-2, e.g. `JP`.
    pub alpha2: String,
    /// ISO 3166-1 alpha-3, e.g. `JPN`.
    pub alpha3: String,
    /// ISO 3166-1 numeric, three digits, e.g. `392`.
    pub numeric: String,
}

/// A country, named in both languages, with its codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Country {
    pub name: Text,
    pub code: CountryCode,
}

/// The country of a visit or exchange, and which way it went.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityCountry {
    pub name: Text,
    pub code: CountryCode,
    /// `incoming`: its delegation came to Taiwan (or met the Agency there);
    /// `outgoing`: the Agency, or a partner from Taiwan, went there.
    pub direction: Direction,
}

/// A count an activity gives, with its unit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Count {
    pub value: f64,
    pub unit: Unit,
    pub label: Text,
    /// The report says "about" (約) or "more than" (多).
    #[serde(default)]
    pub approx: bool,
    /// The section that prints the number, when it is not the activity's
    /// own `source`.
    #[serde(default)]
    pub source: Option<String>,
}

/// A figure that stands on its own (media campaign, victims, cases …).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Figure {
    pub id: String,
    /// Which table of the report the figure belongs to (`media`, `victims`, …).
    pub group: FigureGroup,
    /// The part the figure plays in the viewer (`core::Role`), if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<Role>,
    pub pillar: Option<Pillar>,
    /// The year the figure covers, or the date it refers to.
    pub date: Date,
    pub label: Text,
    pub value: f64,
    pub unit: Unit,
    #[serde(default)]
    pub approx: bool,
    pub note: Option<Text>,
    pub source: String,
    /// An activity count this figure probably repeats, though the report
    /// does not say so (`activity-id#n`, see `CountRef`); the viewer never
    /// adds the two.
    #[serde(default)]
    pub probably_same_as: Option<CountRef>,
}


/// One count of an activity: `<activity id>#<n>`, the n-th of its `counts`
/// from 0. The one way such a reference is written (facts.csv's
/// `record_id`, `probably_same_as` in the data) and read.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountRef {
    pub activity: String,
    pub index: usize,
}

impl CountRef {
    pub fn parse(s: &str) -> Option<CountRef> {
        let (activity, n) = s.rsplit_once('#')?;
        (!activity.is_empty()).then_some(())?;
        Some(CountRef { activity: activity.to_string(), index: n.parse().ok()? })
    }
}

impl std::fmt::Display for CountRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.activity, self.index)
    }
}

// In the JSON Schema of the data files: the string `CountRef::parse` reads.
#[cfg(not(target_arch = "wasm32"))]
crate::core::string_schema!(
    CountRef,
    "CountRef",
    "^.+#[0-9]+$",
    "One count of an activity: `<activity id>#<n>`, the n-th of its `counts` from 0."
);

impl Serialize for CountRef {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CountRef {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<CountRef, D::Error> {
        let s = String::deserialize(d)?;
        CountRef::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("\"{s}\" is not a count reference (`<activity id>#<n>`)")))
    }
}
