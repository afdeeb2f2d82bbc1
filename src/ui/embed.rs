#![cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
//! The embed view (`embed.html?chart=…`): one chart with its title, unit,
//! source, notes and table, a link to the full report, and its height
//! reported to the parent page.

use leptos::prelude::*;
use leptos::either::Either;

use super::chart_panel::ChartPanel;
use super::page::{self, use_page, Content, Start};
use super::{browser, url};
use crate::core::{ChartId, Lang};
use crate::locale::{t, Key};
use crate::view::UrlNotice;
use crate::view::embed::requested_chart;

#[component]
pub fn EmbedApp(start: Start, report: Content) -> impl IntoView {
    let chart = requested_chart(&start.query);
    let (page, notices) = page::provide(start, Some(report));
    let lang = page.lang;
    if let Ok(id) = chart {
        page::after_hydration(move || {
            if browser::in_frame() {
                browser::report_height_to_parent(id.id());
            }
            browser::set_title(&crate::view::embed::page_title(id, lang));
        });
    }
    view! {
        <super::offline::UpdateNotice />
        <main class="embed" id="main">
            // `Either`, not `.into_any()`: an AnyView links every way of
            // rendering its view, async hydration included (never used
            // here); for the whole chart panel that was ~100 KB of wasm.
            {match chart {
                Err(given) => Either::Left(view! { <UnknownChart lang given /> }),
                Ok(id) => Either::Right(view! { <EmbeddedChart id notices /> }),
            }}
        </main>
    }
}

#[component]
fn EmbeddedChart(id: ChartId, notices: Vec<UrlNotice>) -> impl IntoView {
    let page = use_page();
    let full_report = move || {
        let mut full = url::query_for(&page.state.get());
        full.set("chart", None);
        full.set("lang", None);
        url::href_to(page.lang.page(), &full, Some(&id.anchor()))
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
