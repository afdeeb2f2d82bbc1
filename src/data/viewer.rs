//! How the viewer presents one report, as `viewer.json` beside `report.json`
//! holds it: the site's own texts (title, subtitle, the credit line) and
//! the charts it shows, each with its title, unit and, where the chart's
//! kind takes one, a text alternative written around the report's figures.
//! Everything here is about one report: the code knows chart kinds, the
//! data names the charts.

use serde::{Deserialize, Serialize};

use super::validate::{Problem, ValidationError, Walker};
use super::{LoadError, Report};
use crate::core::{ChartId, ChartKind, FigureGroup, Pillar, Text, Unit};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Viewer {
    pub schema: u32,
    pub site: Site,
    /// The charts, in the page's order.
    pub charts: Vec<ChartDef>,
}

/// The site's texts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Site {
    /// The open data's name (`datapackage.json`): lower case, digits, `-`.
    pub id: String,
    /// The site's title: the pages' heading and title, the share cards.
    pub title: Text,
    /// The name under the icon of an installed site (a dozen characters).
    pub short_name: String,
    /// The line under the title.
    pub subtitle: Text,
    /// The report as credited: above the title, in each chart's source
    /// line and in the open data's licence note.
    pub source: Text,
    /// What the open data holds, for `datapackage.json`.
    pub open_data: Text,
}

/// One chart of the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ChartDef {
    /// The chart's id in URLs and the page (`tiers` → `#chart-tiers`):
    /// lower case, digits, `-`.
    pub id: String,
    /// What it draws (`core::ChartKind`).
    pub kind: ChartKind,
    /// The pillar it belongs to: the pillar filter shows or hides it; none
    /// for a chart of the whole report.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pillar: Option<Pillar>,
    /// The groups of `report.json`'s figures it shows (`group`), for the
    /// kinds that show figures.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub groups: Vec<FigureGroup>,
    /// The activities' counts it shows too: those of this unit, of the
    /// activities of this pillar.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub activity_counts: Option<ActivityCounts>,
    pub title: Text,
    /// The line under the title that says what the numbers count.
    pub unit: Text,
    /// The text alternative, for the kinds that take one from the data
    /// (the figure bars): `{figure-id}` stands for that figure's value, as
    /// the language writes numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Text>,
}

/// A selection of activities' counts: the counts in `unit` of the
/// activities of `pillar`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ActivityCounts {
    pub pillar: Pillar,
    pub unit: Unit,
}

impl Viewer {
    /// The definition of a chart.
    pub fn chart(&self, id: ChartId) -> Option<&ChartDef> {
        self.charts.iter().find(|c| c.id == id.id())
    }
}

impl ChartDef {
    pub fn chart_id(&self) -> ChartId {
        ChartId::new(&self.id)
    }
}

/// The `{…}` placeholders of a text, in order.
pub fn placeholders(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push(&rest[open + 1..open + close]);
        rest = &rest[open + close + 1..];
    }
    out
}

/// `text` with each `{figure-id}` replaced by `value(figure-id)`.
pub fn fill(text: &str, value: impl Fn(&str) -> String) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(close) = rest[open..].find('}') else { break };
        out.push_str(&rest[..open]);
        out.push_str(&value(&rest[open + 1..open + close]));
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

/// Parses and validates `viewer.json` against the report it presents.
pub fn load(json: &str, report: &Report) -> Result<Viewer, LoadError> {
    let viewer: Viewer = super::deserialize(json, |e| {
        let (record, field) = super::split_path(&e.path, e.record_id.as_deref());
        LoadError::Shape { record, field, message: e.message }
    })?;
    let errors = validate(&viewer, report);
    if errors.is_empty() {
        Ok(viewer)
    } else {
        Err(LoadError::Invalid(errors))
    }
}

/// Parses a `viewer.json` the build has validated (the browser's way in).
pub fn load_built(json: &str) -> Result<Viewer, LoadError> {
    super::deserialize(json, |e| LoadError::Shape { record: e.path, field: String::new(), message: e.message })
}

/// What is wrong with a viewer file, each error naming its record and field.
pub fn validate(v: &Viewer, report: &Report) -> Vec<ValidationError> {
    let mut w = Walker::new();
    for (field, text) in [("title", &v.site.title), ("subtitle", &v.site.subtitle), ("source", &v.site.source), ("open_data", &v.site.open_data)] {
        w.text("site", field, text);
    }
    w.nonempty("site", "short_name", &v.site.short_name);
    if !is_name(&v.site.id) {
        w.push("site", "id", Problem::BadName(v.site.id.clone()));
    }
    for (i, c) in v.charts.iter().enumerate() {
        let record = format!("charts[{i}] ({})", c.id);
        w.id(&record, &c.id);
        // As an embed page's name ends in its language (`embed-tiers-en.html`), no id does.
        let lang_suffix = crate::core::Lang::ALL.iter().any(|l| c.id.ends_with(&format!("-{}", l.id())));
        if !is_name(&c.id) || lang_suffix {
            w.push(&record, "id", Problem::BadName(c.id.clone()));
        }
        // A kind whose data the report does not have: an empty panel.
        let lacking = match c.kind {
            ChartKind::TargetActual => report.indicator.is_none(),
            ChartKind::TierCounts => report.tip_tiers.is_none(),
            ChartKind::AgreementsByYear => report.agreements.is_empty(),
            _ => false,
        };
        if lacking {
            w.push(&record, "kind", Problem::NothingToShow(c.kind.id()));
        }
        // A kind the figures of which the chart names none of: an empty panel.
        if c.kind == ChartKind::FigureBars && c.groups.is_empty() && c.activity_counts.is_none() {
            w.push(&record, "groups", Problem::NoRecords);
        }
        w.text(&record, "title", &c.title);
        w.text(&record, "unit", &c.unit);
        w.opt_text(&record, "summary", &c.summary);
        for (lang, sentence) in c.summary.iter().flat_map(|s| [("zh", &s.zh), ("en", &s.en)]) {
            for name in placeholders(sentence) {
                if report.figure_by_id(name).is_none() {
                    w.push(&record, &format!("summary.{lang}"), Problem::UnknownId(name.to_string()));
                }
            }
        }
    }
    w.errors
}

/// Lower-case letters, digits and `-`, not empty: an id that is a file name
/// and a URL's part as it is.
fn is_name(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_found_and_filled_in_order() {
        assert_eq!(placeholders("a {x} b {y-2}."), ["x", "y-2"]);
        assert_eq!(fill("a {x} b {y-2}.", |n| n.to_uppercase()), "a X b Y-2.");
        assert_eq!(fill("no braces", |_| unreachable!()), "no braces");
        assert_eq!(fill("open { only", |n| n.to_string()), "open { only");
    }

    fn bundled() -> (serde_json::Value, Report) {
        let b = &crate::data::fixtures::BUNDLED;
        (b.viewer_json(), b.report())
    }

    #[test]
    fn a_viewer_that_contradicts_its_report_is_refused_by_record_and_field() {
        let (mut v, report) = bundled();
        assert!(load(&v.to_string(), &report).is_ok());
        v["charts"][2]["summary"]["en"] = "{no-such-figure} spots".into();
        v["charts"][4]["id"] = "protection-en".into();
        v["charts"][5]["groups"] = serde_json::json!([]);
        v["charts"][5].as_object_mut().unwrap().remove("activity_counts");
        v["charts"][6]["id"] = "tiers".into();
        v["site"]["title"]["zh"] = " ".into();
        v["charts"][1]["unit"]["en"] = "Unit: 國家數".into();
        let Err(LoadError::Invalid(errors)) = load(&v.to_string(), &report) else { panic!("accepted") };
        let found: Vec<(String, String, Problem)> = errors.into_iter().map(|e| (e.record, e.field, e.problem)).collect();
        assert!(found.contains(&("charts[2] (media)".into(), "summary.en".into(), Problem::UnknownId("no-such-figure".into()))), "{found:?}");
        assert!(found.contains(&("charts[4] (protection-en)".into(), "id".into(), Problem::BadName("protection-en".into()))), "{found:?}");
        assert!(found.contains(&("charts[5] (prosecution)".into(), "groups".into(), Problem::NoRecords)), "{found:?}");
        assert!(found.contains(&("charts[6] (tiers)".into(), "id".into(), Problem::DuplicateId("tiers".into()))), "{found:?}");
        assert!(found.contains(&("site".into(), "title.zh".into(), Problem::MissingLanguage("zh"))), "{found:?}");
        assert!(found.contains(&("charts[1] (tiers)".into(), "unit.en".into(), Problem::BareChinese("國家數".into()))), "{found:?}");
        // A chart of what the report does not have.
        let (v, mut report) = bundled();
        report.indicator = None;
        let Err(LoadError::Invalid(errors)) = load(&v.to_string(), &report) else { panic!("accepted") };
        assert!(errors.iter().any(|e| e.record == "charts[0] (indicator)" && e.field == "kind" && e.problem == Problem::NothingToShow("target-actual".into())), "{errors:?}");
        // A kind the code does not draw is refused as it is read, naming the chart.
        let (mut v, report) = bundled();
        v["charts"][0]["kind"] = "pie".into();
        let err = load(&v.to_string(), &report).unwrap_err();
        assert!(matches!(&err, LoadError::Shape { record, field, .. } if record == "charts[0] (indicator)" && field == "kind"), "{err:?}");
    }
}
