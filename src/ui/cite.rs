//! "Cite this" (prerendered, no island): the citation of what the page
//! shows (`presentation::cite`) as text a reader can select and copy, and as
//! BibTeX and CSL-JSON, each shown and linked as the file the build wrote.
//! Without JavaScript it is all there; there is no copy button (a download
//! and a selectable text cost no wasm).

use leptos::prelude::*;

use super::mixed::mixed;
use super::page::{environment, use_data, use_page};
use crate::locale::cite::{word, Word};
use crate::presentation::cite::{marked, Citation, Cited};

/// The citation of the report page (`Cited::Report`, with links to each
/// chart's) or of one chart (its embed page).
#[component]
pub fn Cite(cited: Cited) -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let site = environment().start.site;
    let c = Citation::new(&data, cited, lang, site.as_ref());
    let (id, title) = match cited {
        Cited::Report => ("cite".to_string(), word(lang, Word::CiteTitle)),
        Cited::Chart(chart) => (format!("cite-{}", chart.id()), word(lang, Word::CiteChartTitle)),
    };
    let charts = matches!(cited, Cited::Report).then(|| {
        let items = data
            .chart_ids()
            .into_iter()
            .map(|chart| {
                let one = Citation::new(&data, Cited::Chart(chart), lang, site.as_ref());
                let page = crate::presentation::embed::page_file(chart, lang);
                view! {
                    <li>
                        <a href=format!("{page}#cite-{}", chart.id())>{data.chart_title(chart, lang).to_string()}</a>
                        " · "<a href=one.file("bib") download=file_name(&one.file("bib"))>"BibTeX"</a>
                        " · "<a href=one.file("json") download=file_name(&one.file("json"))>"CSL-JSON"</a>
                    </li>
                }
            })
            .collect_view();
        view! {
            <p>{word(lang, Word::CiteCharts)}</p>
            <ul class="cite-charts">{items}</ul>
        }
    });
    let heading = match cited {
        Cited::Report => leptos::either::Either::Left(view! { <h2 id=format!("{id}-title")>{title}</h2> }),
        Cited::Chart(_) => leptos::either::Either::Right(view! { <h2 class="cite-heading" id=format!("{id}-title")>{title}</h2> }),
    };
    let (bib, json) = (c.file("bib"), c.file("json"));
    view! {
        <section class="cite" id=id.clone() aria-labelledby=format!("{id}-title") data-cite=c.key.clone()>
            {heading}
            <p>{word(lang, Word::CiteHelp)}</p>
            <p class="cite-text" id=format!("{id}-text")>{mixed(&marked(&c.plain(), lang))}</p>
            <details class="cite-format">
                <summary>{word(lang, Word::CiteBibtex)}</summary>
                <pre class="cite-code"><code>{mixed(&marked(&c.bibtex(), lang))}</code></pre>
                <p><a href=bib.clone() download=file_name(&bib)>{word(lang, Word::CiteDownloadBib)}</a></p>
            </details>
            <details class="cite-format">
                <summary>{word(lang, Word::CiteCslJson)}</summary>
                <pre class="cite-code"><code>{mixed(&marked(&c.csl_json(), lang))}</code></pre>
                <p><a href=json.clone() download=file_name(&json)>{word(lang, Word::CiteDownloadCsl)}</a></p>
            </details>
            {charts}
        </section>
    }
}

/// The last part of a path.
fn file_name(path: &str) -> String {
    path.rsplit('/').next().unwrap_or(path).to_string()
}

