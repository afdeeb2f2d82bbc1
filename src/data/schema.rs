//! JSON Schemas of the data files, generated from the serde model
//! (`derive(JsonSchema)` beside `derive(Deserialize)`, native only), so they
//! say what `load` reads: the fields, their types, the vocabularies, and no
//! unknown field (`deny_unknown_fields`). `export-data` publishes them as
//! `data/report.schema.json`, `data/viewer.schema.json` and
//! `data/text.schema.json` (and `data/changes.schema.json`); `make test-dist` validates the data files against them. The descriptions are the model's
//! doc comments. What a schema cannot say (both languages filled in, ids
//! unique, real calendar dates, ranges in order) is `validate`'s.

use schemars::JsonSchema;

use super::model::Report;
use super::text::ReportText;
use super::viewer::Viewer;

/// The schema of `report.json`, as the published file's text.
pub fn report() -> String {
    write::<Report>("report.json", "The figures of a performance report on combating human trafficking, as the viewer reads them.")
}

/// The schema of `viewer.json`, as the published file's text.
pub fn viewer() -> String {
    write::<Viewer>("viewer.json", "How the viewer presents the report: the site's texts and the charts it shows.")
}

/// The schema of `text.json`, as the published file's text.
pub fn text() -> String {
    write::<ReportText>("text.json", "The report's text, section by section: the Chinese as printed, and the English translation (absent from a section not yet translated).")
}

/// The schema of `changes.json`, as the published file's text.
pub fn changes() -> String {
    write::<super::changes::Changes>("changes.json", "The data's editions: the version first published, then each change to a figure or a text since (what, where, why, the version).")
}

fn write<T: JsonSchema>(file: &str, description: &str) -> String {
    let mut schema = schemars::schema_for!(T);
    schema.insert("title".into(), format!("{file} (tip-report-viewer)").into());
    schema.insert("description".into(), description.into());
    let mut out = serde_json::to_string_pretty(&schema).expect("a schema is JSON");
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The vocabularies come from the model's enums, and unknown fields are
    /// refused as `load` refuses them.
    #[test]
    fn the_schema_follows_the_model() {
        let s: serde_json::Value = serde_json::from_str(&report()).unwrap();
        assert_eq!(s["$schema"], "https://json-schema.org/draft/2020-12/schema");
        assert_eq!(s["additionalProperties"], false);
        let pillars = s["$defs"]["Pillar"].to_string();
        for p in crate::core::Pillar::ALL {
            assert!(pillars.contains(&format!("\"{}\"", p.id())), "{p:?} not in {pillars}");
        }
        let units = s["$defs"]["Unit"].to_string();
        for u in crate::core::Unit::ALL {
            assert!(units.contains(&format!("\"{}\"", u.id())), "{u:?} not in {units}");
        }
        let required = s["required"].as_array().unwrap();
        for field in ["schema", "meta", "agreements", "activities", "figures"] {
            assert!(required.iter().any(|r| r == field), "{field} not required");
        }
        // A report may have no KPI table and no TIP ratings.
        for field in ["indicator", "tip_tiers"] {
            assert!(!required.iter().any(|r| r == field), "{field} required");
        }
        let t: serde_json::Value = serde_json::from_str(&text()).unwrap();
        assert!(t["$defs"]["Block"]["anyOf"].is_array(), "a block is a table or a paragraph: {}", t["$defs"]["Block"]);
        // A section's English may be absent (not yet translated); a slip's
        // note has both languages.
        assert_eq!(t["$defs"]["Words"]["required"], serde_json::json!(["zh"]), "{}", t["$defs"]["Words"]);
        assert_eq!(t["$defs"]["TableText"]["required"], serde_json::json!(["zh"]), "{}", t["$defs"]["TableText"]);
        assert_eq!(t["$defs"]["Text"]["required"], serde_json::json!(["zh", "en"]), "{}", t["$defs"]["Text"]);
    }
}
