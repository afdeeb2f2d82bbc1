//! The embed view (`embed.html?chart=…`): one chart with its title, unit,
//! source, notes and table, a link to the full report, and its height
//! reported to the parent page.

use std::sync::Arc;

use leptos::prelude::*;

use super::chart_panel::ChartPanel;
use super::page::{self, use_page};
use super::{browser, load, url};
use crate::charts::ChartId;
use crate::dataset::Dataset;
use crate::embed::requested_chart;
use crate::i18n::{t, Key, Lang};
use crate::state::{Query, UrlNotice};

#[component]
pub fn EmbedApp() -> impl IntoView {
    let (page, notices) = page::provide();
    let lang = page.lang;
    let chart = requested_chart(&Query::parse(&browser::query()));
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
        <super::offline::UpdateNotice ready=update />
        <main class="embed" id="main">
            {move || match (chart.clone(), data.get()) {
                (Err(given), _) => view! { <UnknownChart lang given /> }.into_any(),
                (Ok(_), None) => view! { <p class="status" role="status">{t(lang, Key::Loading)}</p> }.into_any(),
                (Ok(_), Some(Err(error))) => view! { <super::error::DataError error /> }.into_any(),
                (Ok(id), Some(Ok(data))) => view! { <EmbeddedChart id data notices=notices.clone() /> }.into_any(),
            }}
        </main>
    }
}

#[component]
fn EmbeddedChart(id: ChartId, data: Arc<Dataset>, mut notices: Vec<UrlNotice>) -> impl IntoView {
    let page = use_page();
    page::provide_data(data, &mut notices);
    let full_report = move || {
        let mut full = url::query_for(&page.state.get());
        full.set("chart", None);
        let q = full.to_string();
        format!("./index.html{}#{}", if q.is_empty() { String::new() } else { format!("?{q}") }, id.anchor())
    };
    view! {
        <super::notices::UrlNotices notices heading=false />
        <super::notices::EchartsMissing heading=false />
        <ChartPanel id embedded=true />
        <p class="embed-footer">
            <a href=full_report target="_top">{t(page.lang, Key::FullReport)}</a>
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
