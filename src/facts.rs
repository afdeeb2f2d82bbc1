//! The open-data table: every figure of the report, one a row, derived from
//! the data and nothing else. Written as `data/facts.csv` by `make dist`;
//! the page's own CSV downloads use the same rows.

use crate::data::dates::Date;
use crate::data::{Pillar, PrintedValue, Report, Text, Unit};
use crate::format::plain;
use crate::i18n::{self, Lang};

/// Column names, in this order.
pub const HEADER: [&str; 10] =
    ["dataset", "pillar", "year", "label_zh", "label_en", "value", "unit", "source", "date", "record_id"];

/// One figure.
#[derive(Debug, Clone, PartialEq)]
pub struct Fact {
    pub dataset: String,
    pub pillar: Option<Pillar>,
    pub year: i32,
    pub label: Text,
    /// `None` where the report prints no number (e.g. `--`).
    pub value: Option<f64>,
    /// Unit id (`people`, `countries`, …).
    pub unit: &'static str,
    pub source: String,
    /// ISO date (any precision) of the figure.
    pub date: String,
    pub record_id: String,
}

fn text(zh: impl Into<String>, en: impl Into<String>) -> Text {
    Text { zh: zh.into(), en: en.into() }
}

fn year_of(date: &str) -> i32 {
    Date::parse(date).map(|d| d.year).unwrap_or(0)
}

/// Every figure in the report.
pub fn facts(r: &Report) -> Vec<Fact> {
    let mut out = Vec::new();
    let ind = &r.indicator;
    for y in &ind.years {
        let values: [(&str, &str, &str, &PrintedValue, Unit); 3] = [
            ("target", "原訂目標值", "target value", &y.target, Unit::Rank),
            ("actual", "實際值", "actual value", &y.actual, Unit::Rank),
            ("achievement", "達成度", "achievement", &y.achievement_pct, Unit::Percent),
        ];
        for (id, zh, en, v, unit) in values {
            let (zh_note, en_note) = if v.value.is_none() {
                (format!("（未列數值，原文為「{}」）", v.printed), format!(" (not reported, printed \"{}\")", v.printed))
            } else {
                (String::new(), String::new())
            };
            out.push(Fact {
                dataset: "indicator".into(),
                pillar: None,
                year: y.year,
                label: text(
                    format!("{}：{zh}{zh_note}", ind.name.zh),
                    format!("{}: {en}{en_note}", ind.name.en),
                ),
                value: v.value,
                unit: unit.id(),
                source: ind.source.clone(),
                date: y.year.to_string(),
                record_id: format!("{}-{}-{id}", ind.id, y.year),
            });
        }
    }

    for y in &r.tip_tiers.years {
        let base = |id: &str, label: Text, value: Option<f64>, unit: Unit| Fact {
            dataset: "tip_tiers".into(),
            pillar: None,
            year: y.year,
            label,
            value,
            unit: unit.id(),
            source: y.source.clone(),
            date: y.year.to_string(),
            record_id: format!("tip-{}-{id}", y.year),
        };
        out.push(base(
            "total",
            text("受評國家總數（報告所列）", "Countries rated (total as printed)"),
            Some(y.total as f64),
            Unit::Countries,
        ));
        for c in &y.tiers {
            let (zh, en) = (i18n::tier(Lang::Zh, c.tier), i18n::tier(Lang::En, c.tier));
            out.push(base(
                c.tier.id(),
                text(format!("{zh}國家數"), format!("Countries in {en}")),
                Some(c.count as f64),
                Unit::Countries,
            ));
            out.push(base(
                &format!("{}-pct", c.tier.id()),
                text(format!("{zh}國家占比（約，報告所列）"), format!("Share of countries in {en} (about, as printed)")),
                c.pct.value,
                Unit::Percent,
            ));
        }
        out.push(base(
            "taiwan",
            text(
                format!("臺灣評等：{}", i18n::tier(Lang::Zh, y.taiwan)),
                format!("Taiwan's rating: {}", i18n::tier(Lang::En, y.taiwan)),
            ),
            Some(y.taiwan.rank()),
            Unit::Rank,
        ));
    }

    for a in &r.agreements {
        out.push(Fact {
            dataset: "agreements".into(),
            pillar: Some(Pillar::Partnership),
            year: year_of(&a.date),
            label: text(format!("{}：{}", a.country.zh, a.kind.zh), format!("{}: {}", a.country.en, a.kind.en)),
            value: Some(1.0),
            unit: Unit::Agreements.id(),
            source: a.source.clone(),
            date: a.date.clone(),
            record_id: a.id.clone(),
        });
    }

    for a in &r.activities {
        for (i, c) in a.counts.iter().enumerate() {
            let (zh_about, en_about) = if c.approx { ("（約）", " (about)") } else { ("", "") };
            out.push(Fact {
                dataset: "activities".into(),
                pillar: Some(a.pillar),
                year: year_of(&a.date),
                label: text(
                    format!("{}：{}{zh_about}", a.title.zh, c.label.zh),
                    format!("{}: {}{en_about}", a.title.en, c.label.en),
                ),
                value: Some(c.value),
                unit: c.unit.id(),
                source: a.source.clone(),
                date: a.date.clone(),
                record_id: format!("{}#{}", a.id, i),
            });
        }
    }

    for f in &r.figures {
        out.push(Fact {
            dataset: f.group.clone(),
            pillar: f.pillar,
            year: year_of(&f.date),
            label: f.label.clone(),
            value: Some(f.value),
            unit: f.unit.id(),
            source: f.source.clone(),
            date: f.date.clone(),
            record_id: f.id.clone(),
        });
    }
    out
}

/// Facts as CSV (UTF-8, header first, CRLF-free lines).
pub fn to_csv(facts: &[Fact]) -> String {
    let mut out = HEADER.join(",");
    out.push('\n');
    for f in facts {
        let row = [
            f.dataset.clone(),
            f.pillar.map(|p| p.id().to_string()).unwrap_or_default(),
            f.year.to_string(),
            f.label.zh.clone(),
            f.label.en.clone(),
            f.value.map(plain).unwrap_or_default(),
            f.unit.to_string(),
            f.source.clone(),
            f.date.clone(),
            f.record_id.clone(),
        ];
        let cells: Vec<String> = row.iter().map(|c| crate::format::csv_cell(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    }
    out
}
