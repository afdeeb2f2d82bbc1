//! One chart with what a public chart needs: title, unit, context, the
//! chart or a "nothing to show" message, notes, and three actions: its
//! table, its downloads (CSV, PNG, SVG) and sharing (a permalink, embed
//! code); then the source line.
//!
//! What is derived from the view is a memo each, reading exactly what it
//! needs: the chart's input (`ChartId::input`), the built chart from it,
//! and from that its options, summary, notes and tables. The live chart
//! stays mounted while there is something to draw and is updated in place.

use leptos::prelude::*;
use leptos::either::Either;

use super::chart::EChart;
use super::page::{use_data, use_page};
use super::{browser, url};
use crate::core::ChartId;
use crate::locale::format::{colon, list_sep};
use crate::locale::{t, Key};
use crate::data::text;
use crate::dataset::checks::{Note, Outcome};
use crate::charts::build;
use crate::charts::table::Table;

/// The chart when the selected pillars include it: an island, live in the
/// browser with everything it shows (the chart, its summary, notes, tables
/// and actions follow the view).
#[island]
pub fn ChartPanel(
    id: ChartId,
    /// In the embed view: the title is the page's heading, no embed code.
    embedded: bool,
) -> impl IntoView {
    let page = use_page();
    let shown = Memo::new(move |_| embedded || page.state.with(|s| id.in_selection(s)));
    view! {
        <Show when=move || shown.get()>
            <ChartBody id embedded />
        </Show>
    }
}

#[component]
fn ChartBody(id: ChartId, embedded: bool) -> impl IntoView {
    let page = use_page();
    let data = use_data();
    let (lang, state) = (page.lang, page.state);
    let input = Memo::new(move |_| state.with(|s| id.input(s)));
    let built = Memo::new(move |_| input.with(|s| build(id, &data, s, page.chart_env())));
    let drawn = Memo::new(move |_| built.with(|b| !b.is_empty()));
    let options = Memo::new(move |_| built.with(|b| b.chart.as_ref().map(|c| c.to_string()).unwrap_or_default()));

    let summary = Memo::new(move |_| built.with(|b| b.summary.clone()));
    let context = Memo::new(move |_| built.with(|b| b.context.clone()));
    let notes = Memo::new(move |_| built.with(|b| b.notes.clone()));
    let tables = Memo::new(move |_| built.with(|b| b.tables.clone()));
    let sources = Memo::new(move |_| built.with(|b| b.sources.clone()));
    let table_open = Memo::new(move |_| state.with(|s| s.tables.contains(&id)));
    let embed_open = Memo::new(move |_| state.with(|s| s.embeds.contains(&id)));

    let anchor = id.anchor();
    let surface_id = format!("{}-chart", id.id());
    let tables_id = format!("{}-tables", id.id());
    let title_id = format!("{}-title", id.id());
    let embed_id = format!("{}-embed", id.id());
    let summary_id = format!("{}-summary", id.id());
    let permalink = move || url::href(&url::query_for(&state.get().for_chart(id)), Some(&id.anchor()));
    let png_name = format!("{}-{}.png", id.id(), lang.id());
    let png_surface = surface_id.clone();
    // The SVG drawn at build time (`charts::svg`) shows the default view only.
    let svg_shown = Memo::new(move |_| state.with(|s| crate::charts::svg::shows_default_view(id, s)));
    // A reader reached for the chart: its live version is wanted. An
    // embedded chart is all its page shows: it is live from the start.
    let wanted = RwSignal::new(embedded);
    let svg_href = move || crate::charts::svg::path(id, lang, page.dark.get());
    let svg_name = move || svg_href().trim_start_matches("charts/").to_string();

    view! {
        <section class="chart-section" id=anchor aria-labelledby=title_id.clone() data-chart=id.id()
            on:focusin=move |_| wanted.set(true)>
            {if embedded {
                view! { <h1 class="chart-title" id=title_id.clone()>{id.title(lang)}</h1> }.into_any()
            } else {
                view! { <h3 class="chart-title" id=title_id.clone()>{id.title(lang)}</h3> }.into_any()
            }}
            <p class="chart-unit">{id.unit(lang)}</p>
            {move || context.get().map(|c| view! { <p class="chart-context">{c}</p> })}
            <Show when=move || drawn.get()
                fallback=move || view! { <p class="empty" role="status">{t(lang, Key::NothingToShow)}</p> }>
                // The summary is the chart's name, heard once: as the
                // picture's (`aria-labelledby`), not again as a paragraph.
                <EChart chart=id labelled_by=summary_id.clone() options as_image=svg_shown wanted />
                <p class="chart-summary" id=summary_id.clone() aria-hidden="true">{move || summary.get()}</p>
            </Show>
            {move || view! { <NoteList notes=notes.get() embedded /> }}
            // At most three actions until one is opened: the table (it opens
            // without script), the downloads and the sharing, each a fold.
            // The files the build wrote (CSV, SVG) are plain links; what needs
            // script (PNG, the embed code) is not offered without it.
            <div class="chart-actions">
                <details class="chart-table" prop:open=move || table_open.get() on:toggle=move |ev| {
                    if let Some(open) = browser::details_open(&ev) {
                        if open != table_open.get_untracked() {
                            state.update(|s| s.toggle_table(id));
                        }
                    }
                }>
                    <summary class="action">{t(lang, Key::TableTab)}<span class="visually-hidden">{colon(lang)}{id.title(lang)}</span></summary>
                    <div class="chart-tables" id=tables_id>
                        {move || tables.get().into_iter().map(|table| view! { <DataTable table /> }).collect_view()}
                    </div>
                </details>
                <Menu id=format!("{}-download", id.id()) label=t(lang, Key::DownloadMenu) title=id.title(lang)>
                    {move || tables.with(|tables| tables.iter().enumerate().map(|(i, table)| {
                        let name = crate::charts::svg::table_file(id, i, lang);
                        // The build wrote the default view's tables; another view's are made here.
                        let href = if svg_shown.get() { format!("charts/{name}") } else { table.csv_data_url() };
                        let label = if i == 0 { t(lang, Key::DownloadCsvItem).to_string() } else { format!("{}{}{}", t(lang, Key::DownloadCsvItem), colon(lang), table.caption) };
                        view! { <li><a href=href download=name>{label}</a></li> }
                    }).collect_view())}
                    <Show when=move || page.echarts.get() && drawn.get()>
                        <li class="needs-script"><button type="button" on:click={
                            let png_surface = png_surface.clone();
                            let png_name = png_name.clone();
                            move |_| browser::echarts::download_png(&png_surface, &png_name, page.dark.get_untracked())
                        }>{t(lang, Key::DownloadPngItem)}</button></li>
                    </Show>
                    <Show when=move || svg_shown.get()>
                        <li><a href=svg_href download=svg_name>{t(lang, Key::DownloadSvgItem)}</a></li>
                    </Show>
                </Menu>
                {(!embedded).then(|| view! {
                    <Menu id=format!("{}-share", id.id()) label=t(lang, Key::ShareMenu) title=id.title(lang)>
                        <li><a class="permalink" href=permalink>{t(lang, Key::Permalink)}</a></li>
                        <li class="needs-script">
                            <button type="button" aria-expanded=move || embed_open.get().to_string()
                                aria-controls=embed_id.clone() on:click=move |_| state.update(|s| s.toggle_embed(id))>
                                {t(lang, Key::EmbedItem)}
                            </button>
                        </li>
                    </Menu>
                })}
            </div>
            {(!embedded).then(|| view! {
                <div class="embed-code" id=format!("{}-embed", id.id()) hidden=move || !embed_open.get()>
                    // Built on demand: the code follows the view when it is opened.
                    <Show when=move || embed_open.get()>
                        <EmbedCode id />
                    </Show>
                </div>
            })}
            <p class="source">
                {t(lang, Key::Source)}{colon(lang)}{t(lang, Key::SourceReport)}{list_sep(lang)}
                // Each section links to its passage in "Read the report":
                // from an embed page (which has no text), in the full report.
                {move || sources.get().into_iter().enumerate().map(|(i, s)| {
                    let fragment = format!("#{}", text::anchor(&s));
                    let href = if embedded { format!("{}{fragment}", lang.page()) } else { fragment };
                    view! { {(i > 0).then(|| list_sep(lang))}<a href=href target=embedded.then_some("_top") lang=(lang != crate::core::Lang::Zh).then_some("zh-Hant")>{s}</a> }
                }).collect_view()}
            </p>
            {(!embedded).then(|| view! { <super::contents::BackToContents /> })}
        </section>
    }
}

/// A menu of a chart's actions: a fold whose summary names it (and, for a
/// screen reader, the chart), its items a list. Escape closes it and gives
/// the focus back to its summary; choosing an item closes it.
#[component]
fn Menu(id: String, label: &'static str, title: &'static str, children: Children) -> impl IntoView {
    let lang = use_page().lang;
    let (on_key, on_pick) = (id.clone(), id.clone());
    view! {
        <details class="menu" id=id
            on:keydown=move |ev| if ev.key() == "Escape" { browser::close_details(&on_key) }
            on:click=move |ev| if browser::is_menu_item(&ev) { browser::close_details(&on_pick) }>
            <summary class="action">{label}<span class="visually-hidden">{colon(lang)}{title}</span></summary>
            <ul class="menu-items">{children()}</ul>
        </details>
    }
}

/// The iframe code for the chart in the current view.
#[component]
fn EmbedCode(id: ChartId) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let code = move || {
        crate::view::embed::iframe_code(
            &browser::absolute_url(&crate::view::embed::embed_url(id, &page.state.get(), lang)),
            &browser::absolute_url("./embed-host.js"),
            id.title(lang),
        )
    };
    let code_id = format!("{}-embed-code", id.id());
    view! {
        <p>{t(lang, Key::EmbedHelp)}</p>
        <label for=code_id.clone()>{t(lang, Key::EmbedCodeLabel)}</label>
        <textarea id=code_id readonly rows="4" prop:value=code
            on:focus=|ev| browser::select_text_of(&ev)></textarea>
    }
}

/// A table of a chart's numbers.
#[component]
pub fn DataTable(table: Table) -> impl IntoView {
    let lang = use_page().lang;
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
                                    view! { <th scope="row" class=class>{super::mixed::mixed(&cell.text)}</th> }.into_any()
                                } else {
                                    // A section of the report is Chinese on the English page too.
                                    let zh = (lang != crate::core::Lang::Zh && super::mixed::is_section(&cell.text)).then_some("zh-Hant");
                                    view! { <td class=class lang=zh>{super::mixed::mixed(&cell.text)}</td> }.into_any()
                                }
                            }).collect_view()}
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
    }
}

/// Where the report disagrees with itself, as printed. The disagreements
/// and cautions are each in view; where a chart has several differences of
/// rounding, they are one folded note that says how many.
#[component]
pub fn NoteList(
    notes: Vec<Note>,
    /// On an embed page the chart's title is the page's `h1`.
    embedded: bool,
) -> impl IntoView {
    let lang = use_page().lang;
    (!notes.is_empty()).then(|| {
        let item = move |n: Note| {
            let class = match n.outcome {
                Outcome::Disagreement => "note note-disagreement",
                Outcome::Rounding => "note note-rounding",
                _ => "note note-caution",
            };
            view! { <li class=class data-note=n.id.clone()>{super::mixed::mixed(n.text.get(lang))}</li> }
        };
        let (rounding, rest): (Vec<Note>, Vec<Note>) = notes.into_iter().partition(|n| n.outcome == Outcome::Rounding);
        let (rounding, rest) = if rounding.len() > 1 { (rounding, rest) } else { (Vec::new(), rounding.into_iter().chain(rest).collect()) };
        let group = (!rounding.is_empty()).then(|| {
            view! {
                <li class="note note-group" data-notes="rounding">
                    <details>
                        <summary>{crate::locale::notes_rounding_group(lang, rounding.len())}</summary>
                        <ul>{rounding.into_iter().map(item).collect_view()}</ul>
                    </details>
                </li>
            }
        });
        view! {
            <div class="notes">
                {if embedded {
                    Either::Left(view! { <h2 class="notes-title">{t(lang, Key::NotesTitle)}</h2> })
                } else {
                    Either::Right(view! { <h4 class="notes-title">{t(lang, Key::NotesTitle)}</h4> })
                }}
                <ul>{rest.into_iter().map(item).collect_view()}{group}</ul>
            </div>
        }
    })
}
