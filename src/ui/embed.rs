#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
//! The embed view (`embed.html?chart=…`): one chart with its title, unit,
//! source, notes and table, a link to the full report, and its height
//! reported to the parent page.

use leptos::prelude::*;
use leptos::either::Either;

use super::chart_panel::ChartPanel;
use super::page::{self, use_page};
use super::start::Start;
use super::{browser, url};
use crate::core::ChartId;
use crate::locale::{t, Key};
use crate::presentation::embed::requested_chart;

/// A chart's embed page (prerendered for each chart and language).
#[component]
pub fn EmbedApp() -> impl IntoView {
    let env = page::environment();
    let charts: Vec<(ChartId, String)> = env
        .report
        .as_ref()
        .map(|r| r.data.chart_ids().into_iter().map(|c| (c, r.data.chart_title(c, env.start.lang).to_string())).collect())
        .unwrap_or_default();
    // A chart of ours that this report shows; any other is unknown here.
    let chart = requested_chart(&env.start.query).and_then(|id| if charts.iter().any(|(c, _)| *c == id) { Ok(id) } else { Err(id.id().to_string()) });
    let charts = charts.into_iter().map(|(c, title)| (c.id().to_string(), title)).collect();
    view! {
        <EmbedRoot>
            <super::offline::UpdateNotice />
            <main class="embed" id="main">
                // `Either`, not `.into_any()`: an AnyView links every way of
                // rendering its view, async hydration included (never used
                // here); for the whole chart panel that was ~100 KB of wasm.
                {match chart {
                    Err(given) => Either::Left(view! { <UnknownChart given charts /> }),
                    Ok(id) => Either::Right(view! { <EmbeddedChart id /> }),
                }}
            </main>
        </EmbedRoot>
    }
}

/// The embed page's state (the root island): the chart's view, the title.
#[island]
fn EmbedRoot(children: Children) -> impl IntoView {
    let env = page::environment();
    let chart = requested_chart(&env.start.query);
    env.report.map(|report| {
        let data = report.data.clone();
        let page = page::provide(env.start, Some(report));
        let lang = page.lang;
        if let Ok(id) = chart {
            // (Its height is reported to a portal's page by boot.js.)
            page::after_hydration(move || {
                browser::set_title(&crate::presentation::embed::page_title(&data, id, lang));
            });
        }
        children()
    })
}

#[component]
fn EmbeddedChart(id: ChartId) -> impl IntoView {
    view! {
        <super::notices::UrlNotices heading=false />
        <super::notices::EchartsMissing heading=false />
        <ChartPanel id embedded=true />
        <p class="embed-footer"><FullReportLink id /></p>
        <super::cite::Cite cited=crate::presentation::cite::Cited::Chart(id) />
    }
}

/// The link to the chart in the full report, with the same view.
#[island]
fn FullReportLink(id: ChartId) -> impl IntoView {
    let page = use_page();
    let full_report = move || {
        let mut full = url::query_for(&page.state.get());
        full.set("chart", None);
        full.set("lang", None);
        url::href_to(page.lang.page(), &full, Some(&id.anchor()))
    };
    view! { <a href=full_report target="_top">{t(page.lang, Key::FullReport)}</a> }
}

/// An older embed link (`embed.html?chart=…`) that names no chart of ours:
/// drawn in the browser (boot.js sends the others on to their page).
#[component]
pub fn UnknownEmbed(
    start: Start,
    /// The charts there are: (id, title).
    charts: Vec<(String, String)>,
) -> impl IntoView {
    let given = match requested_chart(&start.query) {
        Err(given) => given,
        Ok(id) => id.id().to_string(),
    };
    page::provide(start, None);
    view! {
        <main class="embed" id="main">
            <UnknownChart given charts />
        </main>
    }
}

#[component]
fn UnknownChart(given: String, charts: Vec<(String, String)>) -> impl IntoView {
    let lang = use_page().lang;
    let valid = charts
        .into_iter()
        .map(|(id, title)| view! { <li><code>{id}</code>" – "{title}</li> })
        .collect_view();
    let given = if given.is_empty() { "—".to_string() } else { given };
    view! {
        <div class="notice notice-error" role="alert" id="embed-error">
            <h1>{t(lang, Key::UnknownChartTitle)}</h1>
            <p>{t(lang, Key::UnknownChartHelp)}" "<code>{given}</code></p>
            <ul class="chart-ids">{valid}</ul>
        </div>
    }
}
