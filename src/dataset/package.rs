//! The open data's description: `data/datapackage.json`, a Frictionless
//! Data Package (v1) of every file `export-data` writes into `data/`,
//! derived at build time from what it writes. `facts.csv`'s fields come
//! from `facts::HEADER`, their vocabularies from the enums, the source and
//! its chapters from the data, each file's size from its bytes, the texts
//! from `locale::open_data`; a file or column without a description there
//! is an error, so the build fails before the package drifts from the
//! files. Native only (the page never reads it).

use serde_json::{json, Value};

use super::facts::{FactSet, HEADER};
use super::LICENCE;
use crate::core::{FigureGroup, Lang, Pillar, Text, Unit};
use crate::data::text::ReportText;
use crate::data::viewer::Viewer;
use crate::data::Report;
use crate::locale::open_data;
use crate::locale::{pillar, unit};

/// A file of `data/` as the package describes it: its name there, the
/// package's name for it, its format and media type.
struct Resource {
    file: &'static str,
    name: &'static str,
    format: &'static str,
    mediatype: &'static str,
}

/// Every file `export-data` writes beside `datapackage.json`, in its order.
const RESOURCES: [Resource; 11] = [
    Resource { file: "facts.csv", name: "facts", format: "csv", mediatype: "text/csv" },
    Resource { file: "facts.xlsx", name: "facts-xlsx", format: "xlsx", mediatype: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" },
    Resource { file: "report.json", name: "report", format: "json", mediatype: "application/json" },
    Resource { file: "viewer.json", name: "viewer", format: "json", mediatype: "application/json" },
    Resource { file: "text.json", name: "text", format: "json", mediatype: "application/json" },
    Resource { file: "changes.json", name: "changes", format: "json", mediatype: "application/json" },
    Resource { file: "report-text.md", name: "report-text", format: "md", mediatype: "text/markdown" },
    Resource { file: "report.schema.json", name: "report-schema", format: "json", mediatype: "application/schema+json" },
    Resource { file: "viewer.schema.json", name: "viewer-schema", format: "json", mediatype: "application/schema+json" },
    Resource { file: "text.schema.json", name: "text-schema", format: "json", mediatype: "application/schema+json" },
    Resource { file: "changes.schema.json", name: "changes-schema", format: "json", mediatype: "application/schema+json" },
];

/// The files the package describes, in its order (what `export-data` must write).
pub fn files() -> Vec<&'static str> {
    RESOURCES.iter().map(|r| r.file).collect()
}

/// Every file of `data/` as a download, this package's own file last:
/// its name there and its media type (`dataset::jsonld`'s distributions).
pub fn downloads() -> Vec<(&'static str, &'static str)> {
    RESOURCES.iter().map(|r| (r.file, r.mediatype)).chain([(FILE, "application/json")]).collect()
}

/// The package's own file in `data/`.
pub const FILE: &str = "datapackage.json";

/// The type of a column of `facts.csv` (Table Schema's), for the package
/// and for facts.xlsx's cells; `None` for a column it does not know.
pub fn column_type(column: &str) -> Option<&'static str> {
    Some(match column {
        "year" => "integer",
        "value" => "number",
        "dataset" | "pillar" | "label_zh" | "label_en" | "unit" | "source" | "date" | "record_id" => "string",
        _ => return None,
    })
}

/// Both languages in one string, Chinese first: Frictionless has one
/// `title` and one `description` per item.
fn title(t: &Text) -> String {
    format!("{} · {}", t.zh, t.en)
}

fn description(t: &Text) -> String {
    format!("{}\n\n{}", t.zh, t.en)
}

/// A column's description, with the list of its values where it has one.
fn described(t: &Text, values: &[(String, Text)]) -> String {
    let list = |lang: Lang| -> String {
        values.iter().map(|(id, name)| open_data::value_entry(id, &name.zh, &name.en).get(lang).to_string()).collect::<Vec<_>>().join(match lang {
            Lang::Zh => "；",
            Lang::En => "; ",
        })
    };
    if values.is_empty() {
        description(t)
    } else {
        description(&Text { zh: format!("{}{}", t.zh, list(Lang::Zh)), en: format!("{} {}", t.en, list(Lang::En)) })
    }
}

/// The values a column may hold, with their names, where it is a vocabulary.
fn vocabulary(column: &str) -> Option<Vec<(String, Text)>> {
    let name = |f: &dyn Fn(Lang) -> &'static str| Text { zh: f(Lang::Zh).to_string(), en: f(Lang::En).to_string() };
    Some(match column {
        "pillar" => Pillar::ALL.iter().map(|&p| (p.id().to_string(), name(&|l| pillar(l, p)))).collect(),
        "unit" => Unit::ALL.iter().filter(|u| !u.column().is_empty()).map(|&u| (u.id().to_string(), name(&|l| unit(l, u)))).collect(),
        _ => return None,
    })
}

/// The `dataset` column's values: the fixed parts, then the figure groups.
fn datasets() -> Vec<String> {
    let mut out: Vec<String> = [FactSet::Indicator, FactSet::TipTiers, FactSet::AgreementList, FactSet::Activities]
        .into_iter()
        .chain(FigureGroup::ALL.into_iter().map(FactSet::Figures))
        .map(|d| d.id().to_string())
        .collect();
    let mut seen = std::collections::HashSet::new();
    out.retain(|d| seen.insert(d.clone()));
    out
}

/// The Table Schema of `facts.csv` (and `facts.xlsx`).
fn facts_schema() -> Result<Value, String> {
    let mut fields = Vec::new();
    for column in HEADER {
        let (t, d) = open_data::field(column).ok_or_else(|| format!("facts.csv's column {column} has no description (locale::open_data::field)"))?;
        let kind = column_type(column).ok_or_else(|| format!("facts.csv's column {column} has no type (dataset::package::column_type)"))?;
        let values = vocabulary(column).unwrap_or_default();
        let mut field = json!({ "name": column, "type": kind, "title": title(&t), "description": described(&d, &values) });
        let mut constraints = serde_json::Map::new();
        match column {
            "dataset" => {
                constraints.insert("enum".into(), json!(datasets()));
            }
            "pillar" | "unit" => {
                constraints.insert("enum".into(), json!(values.iter().map(|(id, _)| id).collect::<Vec<_>>()));
            }
            "date" => {
                constraints.insert("pattern".into(), json!("[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?"));
            }
            "value" => {
                constraints.insert("minimum".into(), json!(0));
            }
            _ => {}
        }
        if !matches!(column, "pillar" | "value" | "unit") {
            constraints.insert("required".into(), json!(true));
        }
        if column == "record_id" {
            constraints.insert("unique".into(), json!(true));
        }
        field["constraints"] = Value::Object(constraints);
        fields.push(field);
    }
    Ok(json!({ "fields": fields, "primaryKey": ["record_id"], "missingValues": [""] }))
}

/// A file's hash as Frictionless writes it: `sha256:` and 64 hex digits.
pub fn hash(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(bytes);
    let mut out = String::with_capacity(7 + 64);
    out.push_str("sha256:");
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// `data/datapackage.json` for the files `written` (name and bytes, in
/// any order), at the data's `version` (`changes.json`): each file with
/// its size and hash. An error names a file the package does not
/// describe, or one it describes that was not written.
pub fn datapackage(report: &Report, viewer: &Viewer, text: &ReportText, version: &str, written: &[(&str, &[u8])]) -> Result<String, String> {
    for (file, _) in written {
        if !RESOURCES.iter().any(|r| r.file == *file) {
            return Err(format!("{file} is written but not described (dataset::package::RESOURCES)"));
        }
    }
    let schema = facts_schema()?;
    let mut resources = Vec::new();
    for r in &RESOURCES {
        let bytes = written.iter().find(|(f, _)| *f == r.file).map(|(_, b)| *b).ok_or_else(|| format!("{} is described but not written", r.file))?;
        let (bytes, hash) = (bytes.len(), hash(bytes));
        let (t, d) = open_data::resource(r.file).ok_or_else(|| format!("{} has no description (locale::open_data::resource)", r.file))?;
        let mut resource = json!({
            "name": r.name,
            "path": r.file,
            "title": title(&t),
            "description": description(&d),
            "format": r.format,
            "mediatype": r.mediatype,
            "bytes": bytes,
            "hash": hash,
        });
        // Frictionless guesses a type from the name where none is given
        // (`report.json` as a validation report, `*.schema.json` as a
        // Table Schema): each file says what it is.
        resource["type"] = json!(match r.format {
            "csv" | "xlsx" => "table",
            "json" => "json",
            _ => "text",
        });
        if r.format != "xlsx" {
            resource["encoding"] = json!("utf-8");
        }
        if matches!(r.format, "csv" | "xlsx") {
            resource["profile"] = json!("tabular-data-resource");
            resource["schema"] = schema.clone();
        }
        resources.push(resource);
    }
    let package_title = open_data::package_title(&viewer.site.title);
    let package_description = &viewer.site.open_data;
    let chapters: Vec<Value> = text
        .chapters()
        .into_iter()
        .map(|(i, _)| &text.sections[i])
        .filter(|s| s.path != "title")
        // The Chinese headings keep their colon in the text (`衡量標準：`).
        // A chapter not yet translated is named in Chinese alone.
        .map(|s| {
            let named = s.title.as_ref().map(|t| {
                let zh = t.zh.trim_end_matches('：').to_string();
                match &t.en {
                    Some(en) => title(&Text { zh, en: en.clone() }),
                    None => zh,
                }
            });
            json!({ "path": s.path, "title": named })
        })
        .collect();
    let package = json!({
        "profile": "data-package",
        "name": viewer.site.id,
        "title": title(&package_title),
        "version": version,
        "description": description(package_description),
        "licenses": [{ "name": LICENCE.0, "path": LICENCE.1, "title": title(&open_data::licence_title()) }],
        "sources": [{
            "title": title(&report.meta.title),
            "publisher": title(&report.meta.publisher),
            "year": report.meta.year,
            "description": description(&open_data::source_sections()),
            "sections": chapters,
        }],
        "keywords": ["human trafficking", "人口販運", &report.meta.home.name.en, &report.meta.home.name.zh, &report.meta.publisher.en, &report.meta.publisher.zh],
        "resources": resources,
    });
    let mut out = serde_json::to_string_pretty(&package).map_err(|e| e.to_string())?;
    out.push('\n');
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_column_has_a_type_and_a_description_in_both_languages() {
        for column in HEADER {
            assert!(column_type(column).is_some(), "{column}");
            let (t, d) = open_data::field(column).unwrap_or_else(|| panic!("{column}"));
            for text in [&t, &d] {
                assert!(!text.zh.is_empty() && !text.en.is_empty(), "{column}: {text:?}");
                assert!(text.zh.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{column}: no Chinese in {:?}", text.zh);
            }
        }
        for r in &RESOURCES {
            let (t, d) = open_data::resource(r.file).unwrap_or_else(|| panic!("{}", r.file));
            assert!(!t.zh.is_empty() && !t.en.is_empty() && !d.zh.is_empty() && !d.en.is_empty(), "{}", r.file);
        }
    }

    #[test]
    fn a_hash_is_sha256_in_the_frictionless_form() {
        assert_eq!(hash(b""), "sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assert_eq!(hash(b"abc"), "sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    #[test]
    fn the_dataset_values_are_the_fact_sets() {
        let d = datasets();
        assert_eq!(d[..4], ["indicator", "tip_tiers", "agreements", "activities"]);
        assert_eq!(d.len(), 3 + FigureGroup::ALL.len(), "agreements is both a part and a figure group: {d:?}");
    }
}
