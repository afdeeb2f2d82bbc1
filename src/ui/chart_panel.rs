//! One chart with what a public chart needs: title, unit, context, the
//! chart or a "nothing to show" message, notes, and three actions: its
//! table, its downloads (CSV, PNG, SVG) and sharing (a permalink, embed
//! code); then the source line.
//!
//! What the panel shows for a selection is a `ChartView` (`charts::views`):
//! for the charts that read only the year, the build's file of that year,
//! fetched; for the two that read the whole selection, built here from the
//! data (`follow`). The page is prerendered with the default view, and each
//! part (summary, notes, tables …) is a memo of its own, rewritten only
//! when it changes. The live chart stays mounted while there is something
//! to draw and is updated in place.

use leptos::prelude::*;

use super::chart::EChart;
use super::page::use_page;
use super::{browser, panel_html, url};
use crate::core::{ChartId, ChartKind, Lang};
use crate::locale::format::{colon, list_sep};
use crate::locale::{t, Key};
use crate::charts::views::ChartView;
use crate::charts::{Built, ChartEnv};
use crate::presentation::Selection;

/// The chart when the selected pillars include it: an island, live in the
/// browser with everything it shows (the chart, its summary, notes, tables
/// and actions follow the selection).
#[island]
pub fn ChartPanel(
    id: ChartId,
    /// In the embed view: the title is the page's heading, no embed code.
    embedded: bool,
) -> impl IntoView {
    let page = use_page();
    let data = super::page::use_data();
    // A panel of a chart the report does not define shows nothing.
    let (kind, pillar) = (data.kind(id), data.pillar(id));
    let shown = Memo::new(move |_| embedded || page.state.with(|s| crate::presentation::in_selection(pillar, s)));
    kind.map(|kind| {
        view! {
            <Show when=move || shown.get()>
                <ChartBody id kind embedded />
            </Show>
        }
    })
}

#[component]
fn ChartBody(id: ChartId, kind: ChartKind, embedded: bool) -> impl IntoView {
    let page = use_page();
    let (lang, state) = (page.lang, page.state);
    let data = super::page::use_data();
    let title = data.chart_title(id, lang).to_string();
    let title_for_listen = title.clone();
    // The report's charts, in its order: the order of the opened tables and
    // embed codes in the address.
    let charts = data.chart_ids();
    let charts_for_embed = charts.clone();
    let source = data.viewer.site.source.get(lang).to_string();
    let input = Memo::new(move |_| state.with(|s| kind.input(s)));
    // A reader reached for the chart: its live version is wanted. An
    // embedded chart is all its page shows: it is live from the start.
    let wanted = RwSignal::new(embedded);
    // What the panel shows (`None`: as prerendered, the default view) and
    // the view whose options the live chart draws; `follow` fills
    // them from the build's files or, for the charts that read the
    // selection, from the data.
    let shown = RwSignal::new(prerendered(id, kind, embedded));
    let live = RwSignal::new(None::<ChartView>);
    let failed = RwSignal::new(false);
    // The map's geometry could not be fetched: the map cannot go live.
    let map_missing = RwSignal::new(false);
    follow(id, kind, embedded, input, wanted, shown, live, failed);
    let drawn = Memo::new(move |_| shown.with(|v| v.as_ref().map_or(true, |v| v.drawn)));
    // The SVG drawn at build time (`charts::svg`) shows the default view only.
    let svg_shown = Memo::new(move |_| state.with(|s| crate::charts::svg::shows_default_view(kind, s)));
    let options = Memo::new(move |_| {
        let dark = page.dark.get();
        live.with(|v| v.as_ref().map(|v| v.options(dark).to_string()).unwrap_or_default())
    });
    // Each part of the panel as HTML, rewritten only when it changes (and
    // never at hydration: the prerendered page has it already).
    let part = move |f: fn(&ChartView) -> &String| {
        let m = Memo::new(move |_| shown.with(|v| v.as_ref().map(|v| f(v).clone())));
        move || m.get().unwrap_or_default()
    };
    // Whether the view has a table, or anything to download (its CSV, the
    // PNG of a drawn chart, the SVG of the default view): a fold with
    // nothing in it is not offered.
    let has_tables = Memo::new(move |_| shown.with(|v| v.as_ref().map_or(true, |v| !v.tables.is_empty())));
    let has_downloads = Memo::new(move |_| {
        shown.with(|v| v.as_ref().map_or(true, |v| !v.downloads.is_empty())) || drawn.get() || svg_shown.get()
    });
    let table_open = Memo::new(move |_| state.with(|s| s.tables.contains(&id)));
    let embed_open = Memo::new(move |_| state.with(|s| s.embeds.contains(&id)));

    let anchor = id.anchor();
    let surface_id = format!("{}-chart", id.id());
    let tables_id = format!("{}-tables", id.id());
    let title_id = format!("{}-title", id.id());
    let embed_id = format!("{}-embed", id.id());
    let summary_id = format!("{}-summary", id.id());
    let steps_id = format!("{}-steps", id.id());
    // What is said of the chart as it is stepped through or heard.
    let said = RwSignal::new(String::new());
    let listening = RwSignal::new(false);
    let playing = StoredValue::new_local(None::<browser::tones::Playing>);
    let stop = move || {
        if let Some(p) = playing.try_update_value(Option::take).flatten() {
            p.stop();
        }
        listening.try_set(false);
    };
    let listen = {
        let steps_id = steps_id.clone();
        move || {
            if listening.get_untracked() {
                stop();
                return;
            }
            let lines = browser::explore::read(&steps_id);
            let values: Vec<Vec<Option<f64>>> = lines.iter().map(|l| l.steps.iter().map(|s| s.value).collect()).collect();
            let names: Vec<String> = lines.iter().map(|l| l.name.clone()).collect();
            let (tones, starts) = crate::presentation::explore::score(&values);
            let title = title_for_listen.clone();
            let started = browser::tones::play(&tones, &starts, move |k| {
                let name = names.get(k).filter(|n| !n.is_empty()).unwrap_or(&title);
                said.try_set(name.clone());
            }, move || stop());
            listening.set(started.is_some());
            playing.set_value(started);
        }
    };
    on_cleanup(stop);
    let permalink = move || url::href(&url::query_for(&state.get().for_chart(id)), Some(&id.anchor()));
    let png_name = format!("{}-{}.png", id.id(), lang.id());
    let png_surface = surface_id.clone();
    let svg_href = move || crate::charts::svg::path(id, lang, page.dark.get());
    let svg_name = move || svg_href().trim_start_matches("charts/").to_string();

    let (chart_title_id, listen_title) = (title_id.clone(), title.clone());
    view! {
        <section class="chart-section" id=anchor aria-labelledby=title_id.clone() data-chart=id.id()
            on:focusin=move |_| wanted.set(true)
            on:keydown=move |ev| if ev.key() == "Escape" && listening.get_untracked() { stop() }>
            {if embedded {
                view! { <h1 class="chart-title" id=title_id.clone()>{title.clone()}</h1> }.into_any()
            } else {
                view! { <h3 class="chart-title" id=title_id.clone()>{title.clone()}</h3> }.into_any()
            }}
            <p class="chart-unit">{data.chart_unit(id, lang).to_string()}</p>
            <div class="part" inner_html=part(|v| &v.context)></div>
            <Show when=move || failed.get()>
                <p class="notice notice-warning chart-failed" role="alert">{t(lang, Key::ChartViewFailed)}</p>
            </Show>
            // Its picture is of all years: say so when another is selected.
            <Show when=move || map_missing.get() && !svg_shown.get()>
                <p class="notice notice-warning chart-failed" role="alert">{t(lang, Key::MapUnavailable)}</p>
            </Show>
            <Show when=move || drawn.get()
                fallback=move || view! { <p class="empty" role="status">{t(lang, Key::NothingToShow)}</p> }>
                // The summary is heard once: as the picture's name
                // (`aria-labelledby`), or the live chart's description,
                // not again as a paragraph.
                <EChart chart=id draws_map={kind == ChartKind::PartnerMap} labelled_by=summary_id.clone() title_id=chart_title_id.clone() steps_id=steps_id.clone() said options as_image=svg_shown wanted unavailable=map_missing />
                <div class="steps-data" id=steps_id.clone() inner_html=part(|v| &v.steps)></div>
                <p class="chart-summary" id=summary_id.clone() aria-hidden="true" inner_html=part(|v| &v.summary)></p>
            </Show>
            <div class="part" inner_html=part(|v| &v.notes)></div>
            // At most three actions until one is opened: the table (it opens
            // without script), the downloads and the sharing, each a fold.
            // The files the build wrote (CSV, SVG) are plain links; what needs
            // script (PNG, the embed code) is not offered without it.
            <p class="visually-hidden chart-said" aria-live="polite" inner_html=move || panel_html::mixed(&said.get())></p>
            <div class="chart-actions">
                <Show when=move || drawn.get()>
                    <button type="button" class="action listen needs-script" aria-pressed=move || listening.get().to_string()
                        on:click={let listen = listen.clone(); move |_| listen()}>
                        {t(lang, Key::Listen)}<span class="visually-hidden">{colon(lang)}{listen_title.clone()}</span>
                    </button>
                </Show>
                <details class="chart-table" hidden=move || !has_tables.get() prop:open=move || table_open.get() on:toggle=move |ev| {
                    if let Some(open) = browser::details_open(&ev) {
                        if open != table_open.get_untracked() {
                            state.update(|s| s.toggle_table(id, &charts));
                        }
                    }
                }>
                    <summary class="action">{t(lang, Key::TableTab)}<span class="visually-hidden">{colon(lang)}{title.clone()}</span></summary>
                    <div class="chart-tables" id=tables_id inner_html=part(|v| &v.tables)
                        on:click=move |ev| { browser::table::sort_clicked(&ev); }></div>
                </details>
                <Menu id=format!("{}-download", id.id()) label=t(lang, Key::DownloadMenu) title=title.clone() offered=has_downloads.into()>
                    <ul inner_html=part(|v| &v.downloads)></ul>
                    <ul>
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
                    </ul>
                </Menu>
                {(!embedded).then(|| view! {
                    <Menu id=format!("{}-share", id.id()) label=t(lang, Key::ShareMenu) title=title.clone()>
                        <ul>
                            <li><a class="permalink" href=permalink>{t(lang, Key::Permalink)}</a></li>
                            <li class="needs-script">
                                <button type="button" aria-expanded=move || embed_open.get().to_string()
                                    aria-controls=embed_id.clone() on:click=move |_| state.update(|s| s.toggle_embed(id, &charts_for_embed))>
                                    {t(lang, Key::EmbedItem)}
                                </button>
                            </li>
                        </ul>
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
                {t(lang, Key::Source)}{colon(lang)}{source}{list_sep(lang)}
                <span inner_html=part(|v| &v.sources)></span>
            </p>
            {(!embedded).then(|| view! { <super::contents::BackToContents /> })}
        </section>
    }
}

/// The default view as the page is prerendered with it: built natively
/// (its parts; the page draws no options, so one scheme is built). In the
/// browser the prerendered page has it, and the panel starts from that
/// (`None`).
fn prerendered(id: ChartId, kind: ChartKind, embedded: bool) -> Option<ChartView> {
    #[cfg(not(target_arch = "wasm32"))]
    {
        let page = use_page();
        let data = super::page::use_data();
        let input = Selection::default();
        Some(view_of(id, kind, &input, page.lang, embedded, [true, false], |env| crate::charts::build(id, &data, &input, env)))
    }
    #[cfg(target_arch = "wasm32")]
    {
        let _ = (id, kind, embedded);
        None
    }
}

/// The chart's view for the selection's `input`: its parts written by
/// `ui::panel_html`, and the options of the `schemes` asked for (light, dark;
/// the other left empty), each from `build` in that scheme (the parts do
/// not depend on it). The build writes the static charts' views with it;
/// the browser calls it for the charts that read the selection.
pub fn view_of(id: ChartId, kind: ChartKind, input: &Selection, lang: Lang, embedded: bool, schemes: [bool; 2], build: impl Fn(ChartEnv) -> Built) -> ChartView {
    let env = |dark: bool| ChartEnv { lang, dark, animate: true };
    let json = |chart: Option<serde_json::Value>| chart.map(|c| c.to_string()).unwrap_or_default();
    // The first scheme asked for gives the parts too.
    let first_dark = !schemes[0];
    let built = build(env(first_dark));
    let mut options = [String::new(), String::new()];
    options[usize::from(first_dark)] = json(built.chart.clone());
    if schemes == [true, true] {
        options[1] = json(build(env(true)).chart);
    }
    let as_built = crate::charts::svg::shows_default_view(kind, input);
    let summary = panel_html::escape(&built.summary);
    let context = panel_html::context(built.context.as_deref());
    let notes = panel_html::notes(&built.notes, lang, embedded);
    let tables = built.tables.iter().map(|table| panel_html::table(table, lang)).collect();
    let downloads = panel_html::downloads(id, &built.tables, lang, as_built);
    let sources = panel_html::sources(&built.sources, lang, embedded);
    let steps = built.chart.as_ref().map(|c| crate::charts::steps::to_html(&crate::charts::steps::steps(c, built.tables.first(), lang))).unwrap_or_default();
    ChartView { drawn: !built.is_empty(), options, summary, context, notes, tables, downloads, sources, steps }
}

/// Keeps the panel's views following the selection: when it differs from
/// the default view, or the reader wants the live chart, the view for the
/// selection is fetched (a static chart: the build's file) or built from
/// the data (the activities and the timeline). A view that arrives after
/// the selection moved on is dropped; one that cannot be fetched leaves the
/// panel as it was, saying so.
#[allow(clippy::too_many_arguments)]
fn follow(
    id: ChartId,
    kind: ChartKind,
    embedded: bool,
    input: Memo<Selection>,
    wanted: RwSignal<bool>,
    shown: RwSignal<Option<ChartView>>,
    live: RwSignal<Option<ChartView>>,
    failed: RwSignal<bool>,
) {
    let page = use_page();
    let lang = page.lang;
    // The input whose view `live` holds (or is on its way).
    let asked = StoredValue::new(None::<Selection>);
    let arrive = move |for_input: Selection, view: ChartView| {
        if input.try_get_untracked().as_ref() != Some(&for_input) {
            return;
        }
        failed.set(false);
        // The prerendered parts are the default view's: kept, not rewritten.
        let as_prerendered = shown.with_untracked(Option::is_none) && for_input == Selection::default();
        if !as_prerendered {
            shown.set(Some(view.clone()));
        }
        live.set(Some(view));
    };
    if crate::charts::views::is_static(kind) {
        Effect::new(move |_| {
            let now = input.get();
            if !super::page::is_ready() || (now == Selection::default() && !wanted.get()) {
                return;
            }
            if asked.get_value().as_ref() == Some(&now) {
                return;
            }
            asked.set_value(Some(now.clone()));
            let file = crate::charts::views::file(id, now.year, lang, embedded);
            browser::fetch_chart_view(&file, move |result| match result {
                Ok(view) => arrive(now, view),
                Err(error) => {
                    browser::log_error(&error);
                    asked.try_set_value(None);
                    if input.try_get_untracked().as_ref() == Some(&now) {
                        failed.try_set(true);
                    }
                }
            });
        });
    } else {
        let data = super::page::use_data();
        Effect::new(move |_| {
            let now = input.get();
            let dark = page.dark.get();
            if !super::page::is_ready() || (now == Selection::default() && !wanted.get()) {
                return;
            }
            let view = view_of(id, kind, &now, lang, embedded, [!dark, dark], |env| crate::charts::catalog::build_selected(id, &data, &now, env));
            arrive(now, view);
        });
    }
}

/// A menu of a chart's actions: a fold whose summary names it (and, for a
/// screen reader, the chart), its items a list. Escape closes it and gives
/// the focus back to its summary; choosing an item closes it.
#[component]
fn Menu(
    id: String,
    label: &'static str,
    title: String,
    /// Whether it has items to offer: hidden when not (always offered
    /// when not given).
    #[prop(optional)]
    offered: Option<Signal<bool>>,
    children: Children,
) -> impl IntoView {
    let lang = use_page().lang;
    let (on_key, on_pick) = (id.clone(), id.clone());
    view! {
        <details class="menu" id=id hidden=move || offered.is_some_and(|offered| !offered.get())
            on:keydown=move |ev| if ev.key() == "Escape" { browser::close_details(&on_key) }
            on:click=move |ev| if browser::is_menu_item(&ev) { browser::close_details(&on_pick) }>
            <summary class="action">{label}<span class="visually-hidden">{colon(lang)}{title}</span></summary>
            <div class="menu-items">{children()}</div>
        </details>
    }
}

/// The iframe code for the chart in the current view.
#[component]
fn EmbedCode(id: ChartId) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let title = super::page::use_data().chart_title(id, lang).to_string();
    let code = move || {
        crate::presentation::embed::iframe_code(
            &browser::absolute_url(&crate::presentation::embed::embed_url(id, &page.state.get(), lang)),
            &browser::absolute_url("./embed-host.js"),
            &title,
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Dataset;

    #[test]
    fn a_view_is_the_same_in_either_scheme_but_for_its_options() {
        // Any report's charts: the fictional one's and the bundled one's.
        for d in [Dataset::fictional(), Dataset::bundled()] {
            views_of_both_schemes_agree(&d);
        }
    }

    fn views_of_both_schemes_agree(d: &Dataset) {
        for id in d.chart_ids() {
            let kind = d.kind(id).unwrap();
            for year in std::iter::once(None).chain(d.years().into_iter().map(Some)) {
                let input = Selection { year, ..Selection::default() };
                let view = |schemes| view_of(id, kind, &input, Lang::En, false, schemes, |env| crate::charts::build(id, d, &input, env));
                let (both, light, dark) = (view([true, true]), view([true, false]), view([false, true]));
                assert_eq!(light.options, [both.options[0].clone(), String::new()], "{id:?} {year:?}");
                assert_eq!(dark.options, [String::new(), both.options[1].clone()], "{id:?} {year:?}");
                let parts = |v: &ChartView| ChartView { options: Default::default(), ..v.clone() };
                assert_eq!(parts(&light), parts(&both));
                assert_eq!(parts(&dark), parts(&both));
                // Drawn, the two schemes differ (their colours).
                if both.drawn {
                    assert_ne!(both.options[0], both.options[1], "{id:?} {year:?}");
                }
            }
        }
    }
}
