//! The open data as a schema.org `Dataset` in JSON-LD, for dataset search
//! engines: written into the report page's head (`presentation::share`) as a
//! `<script type="application/ld+json">` data block, which is not executed
//! (the CSP allows it). Names and descriptions in both languages (JSON-LD
//! language-tagged values), the publisher, the licence of the data package
//! (`LICENCE`), the years and the place it covers, and a download
//! (`DataDownload`) for each file of `data/` (`package::downloads`): the
//! address of each is absolute with the site's address (`SITE_URL`),
//! relative to the page without it. Native only.

use serde_json::{json, Value};

use super::package;
use super::LICENCE;
use crate::core::{Lang, SiteUrl, Text};
use crate::data::viewer::Viewer;
use crate::data::Report;
use crate::locale::{open_data, share};

/// Both languages as JSON-LD values tagged with their language.
fn both(t: &Text) -> Value {
    Value::Array(Lang::ALL.iter().map(|&l| json!({ "@language": l.html_lang(), "@value": t.get(l) })).collect())
}

/// Where the data files are, relative to the report page.
pub const DATA_DIR: &str = "data/";

/// The first and last year the data covers: the tier ratings' first year
/// (the earliest the report gives) to the report's year.
pub fn years(r: &Report) -> (i32, i32) {
    let first = r.tier_years().iter().map(|y| y.year).chain(r.indicator.iter().flat_map(|i| i.years.iter().map(|y| y.year))).min().unwrap_or(r.meta.year);
    (first.min(r.meta.year), r.meta.year)
}

/// The `Dataset` of the report page; `site` makes its addresses absolute.
pub fn dataset(r: &Report, viewer: &Viewer, site: Option<&SiteUrl>) -> Value {
    let (name, description) = (open_data::package_title(&viewer.site.title), &viewer.site.open_data);
    let url = |file: &str| match site {
        Some(s) => s.join(file),
        None => file.to_string(),
    };
    let distribution: Vec<Value> = package::downloads()
        .into_iter()
        .map(|(file, mediatype)| {
            let title = open_data::resource(file).map(|(t, _)| t).unwrap_or_else(share::datapackage_title);
            json!({
                "@type": "DataDownload",
                "name": both(&title),
                "encodingFormat": mediatype,
                "contentUrl": url(&format!("{DATA_DIR}{file}")),
            })
        })
        .collect();
    let (first, last) = years(r);
    let publisher = json!({ "@type": "GovernmentOrganization", "name": both(&r.meta.publisher) });
    let mut out = json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": both(&name),
        "description": both(description),
        "inLanguage": Lang::ALL.iter().map(|l| l.html_lang()).collect::<Vec<_>>(),
        "publisher": publisher,
        "creator": publisher,
        "license": LICENCE.1,
        "isAccessibleForFree": true,
        "temporalCoverage": format!("{first}/{last}"),
        "spatialCoverage": { "@type": "Place", "name": both(&r.meta.home.name) },
        "isBasedOn": { "@type": "Report", "name": both(&r.meta.title)},
        "distribution": distribution,
    });
    if let Some(s) = site {
        out["url"] = s.join("./").into();
        out["@id"] = format!("{}#dataset", s.join("./")).into();
    }
    out
}

/// The files the distributions name, relative to the site (`data/facts.csv` …).
pub fn content_urls(dataset: &Value) -> Vec<String> {
    dataset["distribution"].as_array().into_iter().flatten().filter_map(|d| d["contentUrl"].as_str().map(String::from)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::fixtures::FICTIONAL;

    /// The fictional report (2018–2019, its own publisher); the 2014
    /// report's dataset is kept by tests/report_2014.rs.
    fn report() -> Report {
        FICTIONAL.report()
    }

    fn viewer() -> crate::data::viewer::Viewer {
        FICTIONAL.dataset().viewer
    }

    #[test]
    fn the_dataset_names_the_agency_the_licence_the_years_and_taiwan() {
        let d = dataset(&report(), &viewer(), None);
        assert_eq!(d["@type"], "Dataset");
        assert_eq!(d["temporalCoverage"], "2018/2019");
        assert_eq!(d["license"], LICENCE.1);
        assert_eq!(d["publisher"]["name"][0], json!({ "@language": "zh-Hant", "@value": "虛構機關" }));
        assert_eq!(d["publisher"]["name"][1]["@value"], "Fictional Agency");
        assert_eq!(d["spatialCoverage"]["name"][1]["@value"], "Taiwan");
        for key in ["name", "description"] {
            assert_eq!(d[key].as_array().unwrap().len(), 2, "{key} in both languages");
            assert_eq!(d[key][0]["@language"], "zh-Hant");
            assert_eq!(d[key][1]["@language"], "en");
        }
        assert!(d.get("url").is_none() && d.get("@id").is_none(), "no address without SITE_URL");
    }

    #[test]
    fn each_download_is_a_file_of_data_relative_or_under_the_site() {
        let r = report();
        let files: Vec<String> = package::files().into_iter().chain([package::FILE]).map(|f| format!("data/{f}")).collect();
        assert_eq!(content_urls(&dataset(&r, &viewer(), None)), files, "every file export-data writes, in its order");
        for d in dataset(&r, &viewer(), None)["distribution"].as_array().unwrap() {
            assert!(d["encodingFormat"].as_str().unwrap().contains('/'), "{d}");
            assert_eq!(d["name"].as_array().unwrap().len(), 2);
        }
        let site = SiteUrl::parse("https://example.gov.tw/report/").unwrap();
        let absolute = dataset(&r, &viewer(), Some(&site));
        assert_eq!(content_urls(&absolute), files.iter().map(|f| format!("https://example.gov.tw/report/{f}")).collect::<Vec<_>>());
        assert_eq!(absolute["url"], "https://example.gov.tw/report/");
    }
}
