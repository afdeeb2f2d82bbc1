//! The embed view (`embed.html?chart=…`): one chart with its title, unit,
//! source, notes and table, a link to the full report, and its height
//! reported to the parent page.

use leptos::prelude::*;

use super::chart_panel::ChartPanel;
use super::{browser, load, url, Loaded};
use crate::charts::{ChartEnv, ChartId};
use crate::embed::requested_chart;
use crate::i18n::{t, Key, Lang};
use crate::state::Query;

#[component]
pub fn EmbedApp() -> impl IntoView {
    let lang = browser::lang_from_url();
    browser::set_document_lang(lang);
    let query = Query::parse(&browser::query());
    let chart = requested_chart(&query);
    if let Ok(id) = chart {
        if browser::in_frame() {
            browser::report_height_to_parent(id.id());
        }
        browser::set_title(&format!("{} – {}", id.title(lang), t(lang, Key::SiteTitle)));
    }
    let data = load::use_report();
    let update = RwSignal::new_local(None);
    super::offline::register(update);
    view! {
        <super::offline::UpdateNotice lang ready=update />
        <main class="embed" id="main">
            {move || match (chart.clone(), data.get()) {
                (Err(given), _) => view! { <UnknownChart lang given /> }.into_any(),
                (Ok(_), None) => view! { <p class="status" role="status">{t(lang, Key::Loading)}</p> }.into_any(),
                (Ok(_), Some(Err(e))) => view! { <super::error::DataError lang error=e /> }.into_any(),
                (Ok(id), Some(Ok(loaded))) => view! { <EmbeddedChart lang id loaded /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn EmbeddedChart(lang: Lang, id: ChartId, loaded: Loaded) -> impl IntoView {
    let years = crate::filter::report_years(&loaded.report);
    let (initial, notices) = url::read_state(&years);
    let state = RwSignal::new(initial);
    let env = ChartEnv { lang, dark: browser::prefers_dark(), animate: !browser::prefers_reduced_motion() };
    let echarts = browser::has_echarts();
    let mut full = url::query_for(&state.get_untracked());
    full.set("chart", None);
    let full_report = format!("./index.html{}#chart-{}", if full.to_string().is_empty() { String::new() } else { format!("?{full}") }, id.id());
    view! {
        <super::notices::UrlNotices lang notices heading=false />
        <super::notices::EchartsMissing lang echarts heading=false />
        <ChartPanel id lang loaded state env echarts embedded=true />
        <p class="embed-footer">
            <a href=full_report target="_top">{t(lang, Key::FullReport)}</a>
        </p>
    }
}

#[component]
fn UnknownChart(lang: Lang, given: String) -> impl IntoView {
    let valid = ChartId::ALL
        .iter()
        .map(|c| view! { <li><code>{c.id()}</code>" – "{c.title(lang)}</li> })
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
