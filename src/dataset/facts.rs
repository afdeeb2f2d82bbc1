//! The open-data table: every figure of the report, one a row, derived from
//! the data and nothing else. Written as `data/facts.csv` by `make dist`;
//! the page's own CSV downloads use the same rows.

use crate::core::{Date, FigureGroup, Pillar, Text, Unit};
use crate::locale::format::{colon, parens, plain};
use crate::locale::{self, both, t, text_of, Key};
use crate::data::{CountRef, PrintedValue, Report};

/// Column names, in this order.
pub const HEADER: [&str; 10] =
    ["dataset", "pillar", "year", "label_zh", "label_en", "value", "unit", "source", "date", "record_id"];

/// Where in the data a figure comes from: facts.csv's `dataset` column.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FactSet {
    Indicator,
    TipTiers,
    /// The list of agreements (one row per agreement).
    AgreementList,
    /// An activity's count.
    Activities,
    /// A standalone figure, by its group.
    Figures(FigureGroup),
}

impl FactSet {
    /// The `dataset` column (the agreement list and the agreement figures
    /// are both `agreements`).
    pub fn id(self) -> &'static str {
        match self {
            FactSet::Indicator => "indicator",
            FactSet::TipTiers => "tip_tiers",
            FactSet::AgreementList => "agreements",
            FactSet::Activities => "activities",
            FactSet::Figures(g) => g.id(),
        }
    }
}

/// One figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub dataset: FactSet,
    pub pillar: Option<Pillar>,
    pub year: i32,
    pub label: Text,
    /// `None` where the report prints no number (e.g. `--`).
    pub value: Option<f64>,
    /// `Unit::Value` where the report prints no unit (an empty CSV cell).
    pub unit: Unit,
    pub source: String,
    /// The date (any precision) of the figure.
    pub date: Date,
    pub record_id: String,
    /// For an activity's count, which one (its `record_id` is this, written out).
    pub count: Option<CountRef>,
}

/// Every figure in the report.
pub fn facts(r: &Report) -> Vec<Fact> {
    let mut out = Vec::new();
    if let Some(ind) = &r.indicator {
        for y in &ind.years {
            // The report prints target and actual without a unit.
            let values: [(&str, Key, &PrintedValue, Unit); 3] = [
                ("target", Key::FactTarget, &y.target, Unit::Value),
                ("actual", Key::FactActual, &y.actual, Unit::Value),
                ("achievement", Key::FactAchievement, &y.achievement_pct, Unit::Percent),
            ];
            for (id, key, v, unit) in values {
                out.push(Fact {
                    dataset: FactSet::Indicator,
                    pillar: None,
                    year: y.year,
                    label: both(|lang| {
                        let note = if v.value.is_none() { locale::fact_not_reported(lang, &v.printed) } else { String::new() };
                        format!("{}{}{}{note}", ind.name.get(lang), colon(lang), t(lang, key))
                    }),
                    value: v.value,
                    unit,
                    source: ind.source.clone(),
                    date: Date::year(y.year),
                    record_id: format!("{}-{}-{id}", ind.id, y.year),
                    count: None,
                });
            }
        }
    }

    for y in r.tier_years() {
        let base = |id: &str, label: Text, value: Option<f64>, unit: Unit| Fact {
            dataset: FactSet::TipTiers,
            pillar: None,
            year: y.year,
            label,
            value,
            unit,
            source: y.source.clone(),
            date: Date::year(y.year),
            record_id: format!("tip-{}-{id}", y.year),
            count: None,
        };
        out.push(base(
            "total",
            text_of(Key::FactCountriesRated),
            Some(y.total as f64),
            Unit::Countries,
        ));
        for c in &y.tiers {
            out.push(base(
                c.tier.id(),
                both(|lang| locale::fact_tier_count(lang, c.tier)),
                Some(c.count as f64),
                Unit::Countries,
            ));
            out.push(base(
                &format!("{}-pct", c.tier.id()),
                both(|lang| locale::fact_tier_share(lang, c.tier)),
                c.pct.value,
                Unit::Percent,
            ));
        }
        out.push(base(
            "taiwan",
            both(|lang| locale::fact_home_rating(lang, r.meta.home.name.get(lang), y.taiwan)),
            Some(y.taiwan.rank()),
            Unit::Rank,
        ));
    }

    for a in &r.agreements {
        out.push(Fact {
            dataset: FactSet::AgreementList,
            pillar: Some(Pillar::Partnership),
            year: a.date.year,
            label: both(|lang| format!("{}{}{}", a.country.get(lang), colon(lang), a.kind.get(lang))),
            value: Some(1.0),
            unit: Unit::Agreements,
            source: a.source.clone(),
            date: a.date,
            record_id: a.id.clone(),
            count: None,
        });
    }

    for a in &r.activities {
        for (i, c) in a.counts.iter().enumerate() {
            out.push(Fact {
                dataset: FactSet::Activities,
                pillar: Some(a.pillar),
                year: a.date.year,
                label: both(|lang| {
                    let about = if c.approx { parens(t(lang, Key::About), lang) } else { String::new() };
                    format!("{}{}{}{about}", a.title.get(lang), colon(lang), c.label.get(lang))
                }),
                value: Some(c.value),
                unit: c.unit,
                source: c.source.clone().unwrap_or_else(|| a.source.clone()),
                date: a.date,
                record_id: CountRef { activity: a.id.clone(), index: i }.to_string(),
                count: Some(CountRef { activity: a.id.clone(), index: i }),
            });
        }
    }

    for f in &r.figures {
        out.push(Fact {
            dataset: FactSet::Figures(f.group),
            pillar: f.pillar,
            year: f.date.year,
            label: f.label.clone(),
            value: Some(f.value),
            unit: f.unit,
            source: f.source.clone(),
            date: f.date,
            record_id: f.id.clone(),
            count: None,
        });
    }
    out
}

/// Facts as CSV (UTF-8, header first, CRLF-free lines).
pub fn to_csv(facts: &[Fact]) -> String {
    let mut out = HEADER.join(",");
    out.push('\n');
    for f in facts {
        let cells: Vec<String> = cells(f).iter().map(|c| crate::locale::format::csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}

/// A fact's cells in `HEADER`'s order, as facts.csv writes them (and
/// facts.xlsx, with the numeric columns as numbers).
pub fn cells(f: &Fact) -> [String; 10] {
    [
        f.dataset.id().to_string(),
        f.pillar.map(|p| p.id().to_string()).unwrap_or_default(),
        f.year.to_string(),
        f.label.zh.clone(),
        f.label.en.clone(),
        f.value.map(plain).unwrap_or_default(),
        f.unit.column().to_string(),
        f.source.clone(),
        f.date.iso(),
        f.record_id.clone(),
    ]
}
