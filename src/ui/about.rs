//! What the report is, how pillars were assigned, what the cross-checks
//! found, and the open-data downloads.

use leptos::prelude::*;

use super::page::{use_data, use_page};
use crate::locale::format::{colon, list_sep, parens};
use crate::locale::{t, Key};
use crate::dataset::checks::Outcome;

#[component]
pub fn About() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let r = &data.report;
    let downloads_licence = crate::locale::downloads_licence(lang, data.viewer.site.source.get(lang));
    let checks = data
        .notes
        .iter()
        .map(|n| {
            let mark = match n.outcome {
                Outcome::Agrees => t(lang, Key::ChecksAgree).to_string(),
                Outcome::Caution => t(lang, Key::ChecksCaution).to_string(),
                _ => t(lang, Key::Notice).to_string(),
            };
            let sources = n.sources.iter().map(|s| crate::locale::format::section(lang, s)).collect::<Vec<_>>().join(list_sep(lang));
            view! {
                <li data-check=n.id.clone() class:agrees=n.outcome == Outcome::Agrees>
                    <strong>{mark}{colon(lang)}</strong>{super::mixed::mixed(n.text.get(lang))}
                    {(!sources.is_empty()).then(|| view! { <span class="check-source">{super::mixed::mixed(&parens(&sources, lang))}</span> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="about" id="about" aria-labelledby="about-title">
            <h2 id="about-title">{t(lang, Key::AboutTitle)}</h2>
            <p>{r.meta.title.get(lang).to_string()}{colon(lang)}{r.meta.publisher.get(lang).to_string()}</p>
            <p>{r.meta.goal.get(lang).to_string()}<span class="check-source">{super::mixed::mixed(&parens(&crate::locale::format::section(lang, &r.meta.goal_source), lang))}</span></p>
            <h3>{t(lang, Key::AboutPillars)}</h3>
            <p>{super::mixed::mixed(r.meta.pillar_note.get(lang))}</p>
            <h3>{t(lang, Key::ChecksTitle)}</h3>
            <ul class="checks">{checks}</ul>
            <h3>{t(lang, Key::DownloadsTitle)}</h3>
            <p id="data-version">
                {crate::locale::cite::data_version(lang, data.changes.version(), data.changes.date())}" "
                <a href="data/datapackage.json">{t(lang, Key::DownloadPackage)}</a>
            </p>
            <ul class="downloads">
                <li><a href="data/facts.csv" download="facts.csv">{t(lang, Key::DownloadCsv)}</a></li>
                <li><a href="data/facts.xlsx" download="facts.xlsx">{t(lang, Key::DownloadXlsx)}</a></li>
                <li><a href="data/report.json" download="report.json">{t(lang, Key::DownloadJson)}</a></li>
                <li><a href="data/report.schema.json" download="report.schema.json">{t(lang, Key::DownloadReportSchema)}</a></li>
                <li><a href="data/datapackage.json" download="datapackage.json">{t(lang, Key::DownloadPackage)}</a></li>
            </ul>
            <p>
                {downloads_licence}" "
                <a href=crate::dataset::LICENCE.1 hreflang="zh-Hant">{t(lang, Key::DownloadsLicenceLink)}</a>
            </p>
        </section>
    }
}
