//! One chart with what a public chart needs: title, unit, context, the
//! chart or a "nothing to show" message, notes, table view, CSV and PNG
//! downloads, a permalink, and the source line.

use leptos::prelude::*;

use super::chart::EChart;
use super::{browser, url, Loaded};
use crate::charts::Built;
use crate::charts::table::Table;
use crate::charts::{build, ChartEnv, ChartId};
use crate::checks::{Note, Outcome};
use crate::format::{colon, list_sep};
use crate::i18n::{t, Key, Lang};
use crate::state::ViewState;

/// The chart when the selected pillars include it.
#[component]
pub fn ChartPanel(
    id: ChartId,
    lang: Lang,
    loaded: Loaded,
    state: RwSignal<ViewState>,
    env: ChartEnv,
    echarts: bool,
    /// In the embed view: the title is the page's heading, no embed code.
    embedded: bool,
) -> impl IntoView {
    let built = Memo::new(move |_| build(id, &loaded.report, &loaded.notes, &state.get(), env));
    view! {
        <Show when=move || embedded || id.in_selection(&state.get())>
            <ChartBody id lang built state env echarts embedded />
        </Show>
    }
}

#[component]
fn ChartBody(id: ChartId, lang: Lang, built: Memo<Built>, state: RwSignal<ViewState>, env: ChartEnv, echarts: bool, embedded: bool) -> impl IntoView {
    let table_open = RwSignal::new(false);
    let embed_open = RwSignal::new(false);
    let embed_id = format!("{}-embed", id.id());
    let embed_code = move || {
        let q = crate::embed::embed_query(id, &state.get(), lang);
        crate::embed::iframe_code(
            &browser::absolute_url(&format!("./{}?{q}", crate::embed::EMBED_PAGE)),
            &browser::absolute_url("./embed-host.js"),
            id.title(lang),
        )
    };
    let section_id = format!("chart-{}", id.id());
    let surface_id = format!("{}-chart", id.id());
    let tables_id = format!("{}-tables", id.id());
    let title_id = format!("{}-title", id.id());
    let permalink = {
        let section_id = section_id.clone();
        move || url::href(&url::query_for(&state.get()), Some(&section_id))
    };
    let png_name = format!("{}-{}.png", id.id(), lang.id());
    let png_surface = surface_id.clone();

    view! {
            <section class="chart-section" id=section_id.clone() aria-labelledby=title_id.clone() data-chart=id.id()>
                {if embedded {
                    view! { <h1 class="chart-title" id=title_id.clone()>{id.title(lang)}</h1> }.into_any()
                } else {
                    view! { <h3 class="chart-title" id=title_id.clone()>{id.title(lang)}</h3> }.into_any()
                }}
                <p class="chart-unit">{id.unit(lang)}</p>
                {move || built.with(|b| b.context.clone()).map(|c| view! { <p class="chart-context">{c}</p> })}
                {
                    let surface_id = surface_id.clone();
                    move || {
                        let b = built.get();
                        match (&b.chart, echarts) {
                            (None, _) => view! { <p class="empty" role="status">{t(lang, Key::NothingToShow)}</p> }.into_any(),
                            (Some(_), false) => ().into_any(),
                            (Some(_), true) => view! {
                                <EChart id=surface_id.clone() label=Signal::derive(move || built.with(|b| b.summary.clone()))
                                    chart=move || built.with(|b| b.chart.clone().unwrap_or_default()) />
                            }.into_any(),
                        }
                    }
                }
                {move || (!built.with(|b| b.is_empty())).then(|| view! { <p class="chart-summary">{built.with(|b| b.summary.clone())}</p> })}
                {move || view! { <NoteList lang notes=built.with(|b| b.notes.clone()) /> }}
                <div class="chart-actions">
                    <button type="button" class="action" aria-expanded=move || table_open.get().to_string()
                        aria-controls=tables_id.clone() on:click=move |_| table_open.update(|o| *o = !*o)>
                        {move || t(lang, if table_open.get() { Key::HideTable } else { Key::ShowTable })}
                    </button>
                    {move || built.with(|b| b.tables.iter().enumerate().map(|(i, table)| {
                        let name = format!("{}{}-{}.csv", id.id(), if i == 0 { String::new() } else { format!("-{}", i + 1) }, lang.id());
                        let label = if i == 0 { t(lang, Key::DownloadChartCsv).to_string() } else { format!("{}{}{}", t(lang, Key::DownloadChartCsv), colon(lang), table.caption) };
                        view! { <a class="action" href=browser::csv_data_url(&table.to_csv()) download=name>{label}</a> }
                    }).collect_view())}
                    <Show when=move || echarts && !built.with(|b| b.is_empty())>
                        <button type="button" class="action" on:click={
                            let png_surface = png_surface.clone();
                            let png_name = png_name.clone();
                            move |_| browser::download_chart_png(&png_surface, &png_name, env.dark)
                        }>{t(lang, Key::DownloadPng)}</button>
                    </Show>
                    {(!embedded).then(|| view! {
                        <a class="action" href=permalink>{t(lang, Key::Permalink)}</a>
                        <button type="button" class="action" aria-expanded=move || embed_open.get().to_string()
                            aria-controls=embed_id.clone() on:click=move |_| embed_open.update(|o| *o = !*o)>
                            {t(lang, Key::Embed)}
                        </button>
                    })}
                </div>
                {(!embedded).then(|| view! {
                    <div class="embed-code" id=format!("{}-embed", id.id()) hidden=move || !embed_open.get()>
                        <p>{t(lang, Key::EmbedHelp)}</p>
                        <label for=format!("{}-embed-code", id.id())>{t(lang, Key::EmbedCodeLabel)}</label>
                        <textarea id=format!("{}-embed-code", id.id()) readonly rows="4" prop:value=embed_code
                            on:focus=|ev| {
                                use wasm_bindgen::JsCast;
                                if let Some(area) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok()) {
                                    area.select();
                                }
                            }></textarea>
                    </div>
                })}
                <div class="chart-tables" id=tables_id hidden=move || !table_open.get()>
                    {move || built.with(|b| b.tables.iter().map(|table| view! { <DataTable table=table.clone() /> }).collect_view())}
                </div>
                <p class="source">
                    {t(lang, Key::Source)}{colon(lang)}{t(lang, Key::SourceReport)}{list_sep(lang)}
                    {move || built.with(|b| b.sources.join(list_sep(lang)))}
                </p>
            </section>
    }
}

/// A table of a chart's numbers.
#[component]
pub fn DataTable(table: Table) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=table.caption.clone()>
            <table class="data-table">
                <caption>{table.caption.clone()}</caption>
                <thead>
                    <tr>{table.columns.iter().map(|c| view! { <th scope="col">{c.clone()}</th> }).collect_view()}</tr>
                </thead>
                <tbody>
                    {table.rows.iter().map(|row| view! {
                        <tr>
                            {row.iter().enumerate().map(|(i, cell)| {
                                let class = format!("{}{}", if cell.numeric { "num" } else { "" }, if cell.flagged { " mismatch" } else { "" });
                                if i == 0 {
                                    view! { <th scope="row" class=class>{cell.text.clone()}</th> }.into_any()
                                } else {
                                    view! { <td class=class>{cell.text.clone()}</td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Where the report disagrees with itself, as printed.
#[component]
pub fn NoteList(lang: Lang, notes: Vec<Note>) -> impl IntoView {
    (!notes.is_empty()).then(|| {
        let items = notes
            .into_iter()
            .map(|n| {
                let class = if n.outcome == Outcome::Disagreement { "note note-disagreement" } else { "note note-rounding" };
                view! { <li class=class data-note=n.id.clone()>{n.text.get(lang).to_string()}</li> }
            })
            .collect_view();
        view! {
            <div class="notes">
                <h4>{t(lang, Key::NotesTitle)}</h4>
                <ul>{items}</ul>
            </div>
        }
    })
}
