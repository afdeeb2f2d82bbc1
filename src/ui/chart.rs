//! One ECharts chart, drawn once the element is mounted and redrawn when its
//! options change. The options are JSON: the build's, in the chart's view
//! file, or built in the browser for the two charts that read the whole
//! selection (`chart_panel`), each through `charts::options_json`'s
//! cleaning. (charming's `WasmRenderer` would serialise every option type a
//! second time through serde-wasm-bindgen, which measured as a large share
//! of the wasm.) The ECharts handle is a JS object, so it is kept in a local
//! stored value, never in a signal.

use leptos::prelude::*;

use super::browser::echarts::{self, Instance};
use super::page::use_page;
use crate::core::ChartId;
use crate::charts::svg;

/// The chart. Until it is live, the image the build rendered of it (the
/// default view, light or dark as the reader's scheme, at phone or desktop
/// width) fills its place, so the page shows every chart before any script
/// runs and loads no chart library for a reader who only reads. It goes
/// live, loading ECharts first if no chart has, when a reader reaches for it
/// (`wanted`: a pointer over it, a touch, focus in its section), or at once
/// when the view differs from the image's. Live, it is one ECharts instance
/// for as long as the component lives, updated in place (`setOption`)
/// whenever `options` change. `labelled_by` names its text alternative.
#[component]
pub fn EChart(
    chart: ChartId,
    /// Whether it draws on the map of partners, whose geometry is fetched
    /// when it first goes live.
    draws_map: bool,
    /// The id of the element that says, in a sentence or two, what the
    /// chart shows: its text alternative.
    labelled_by: String,
    /// The id of the chart's title: the name of the live chart.
    title_id: String,
    /// The id of the element holding the chart's steps (`charts::steps`).
    steps_id: String,
    /// What is said of the chart (a polite live region of the panel's).
    said: RwSignal<String>,
    /// The chart options as JSON (see `charts::options_json`); empty until
    /// they are there (fetched or built).
    #[prop(into)]
    options: Signal<String>,
    /// Whether the chart shows the view its image was rendered from.
    #[prop(into)]
    as_image: Signal<bool>,
    /// Set when a reader reaches for the chart.
    wanted: RwSignal<bool>,
    /// Set when what the chart needs besides its options (the map's
    /// geometry) could not be had, so that it cannot go live; cleared when
    /// it could.
    #[prop(optional)]
    unavailable: Option<RwSignal<bool>>,
) -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    let handle = StoredValue::new_local(None::<Instance>);
    // Once the page is alive and the chart library can be had, the chart
    // is a place of its own: one Tab stop, its data stepped through by
    // keyboard (`presentation::explore`), each step said in `said`.
    let explorable = RwSignal::new(false);
    Effect::new(move |_| {
        if page.echarts.get() {
            explorable.set(true);
        }
    });
    let at = StoredValue::new(None::<(usize, usize)>);
    // The tone of the step last reached, while it sounds.
    let tone = StoredValue::new_local(None::<super::browser::tones::Playing>);
    let hush = move || {
        if let Some(p) = tone.try_update_value(Option::take).flatten() {
            p.stop();
        }
    };
    on_cleanup(hush);
    let on_key = {
        let steps_id = steps_id.clone();
        move |ev: leptos::ev::KeyboardEvent| {
            use crate::presentation::explore::{on_key, step_tone, Move};
            let lines = super::browser::explore::read(&steps_id);
            let lens: Vec<usize> = lines.iter().map(|l| l.steps.len()).collect();
            let step = |(k, j): (usize, usize)| lines.get(k).and_then(|l| l.steps.get(j)).cloned();
            match on_key(&ev.key(), at.get_value(), &lens) {
                Move::To(k, j) => {
                    ev.prevent_default();
                    at.set_value(Some((k, j)));
                    if let Some(s) = step((k, j)) {
                        said.set(s.say.clone());
                        handle.with_value(|h| h.as_ref().map(|h| h.show_step(s.series, s.index)));
                    }
                    if page.step_tones.get_untracked() {
                        hush();
                        let values: Vec<Vec<Option<f64>>> = lines.iter().map(|l| l.steps.iter().map(|s| s.value).collect()).collect();
                        let played = super::browser::tones::play(&[step_tone(&values, k, j)], &[], |_| {}, move || hush());
                        tone.set_value(played);
                    }
                }
                Move::Tones => {
                    ev.prevent_default();
                    let on = !page.step_tones.get_untracked();
                    page.step_tones.set(on);
                    if !on {
                        hush();
                    }
                    said.set(crate::locale::t(lang, if on { crate::locale::Key::StepTonesOn } else { crate::locale::Key::StepTonesOff }).to_string());
                }
                Move::Leave => {
                    hush();
                    at.set_value(None);
                    said.set(String::new());
                    handle.with_value(|h| h.as_ref().map(|h| h.clear_step()));
                }
                Move::Open => {
                    if let Some(id) = at.get_value().and_then(step).and_then(|s| s.activity) {
                        ev.prevent_default();
                        super::browser::explore::open_activity(&id);
                    }
                }
                Move::Ignore => {}
            }
        }
    };
    let loading = StoredValue::new(false);
    let surface = NodeRef::<leptos::html::Div>::new();
    // A pointer already over the chart when the page came alive.
    Effect::new(move |_| {
        if surface.get().and_then(|el| el.matches(":hover").ok()).unwrap_or(false) {
            wanted.set(true);
        }
    });
    Effect::new(move |_| {
        let json = options.get();
        // Not before every island has hydrated: a chart that cannot load
        // its library changes what the others show (`page.echarts`).
        // Nor before its options are there (fetched or built: `chart_panel`).
        if !super::page::is_ready() || (!wanted.get() && as_image.get()) || json.is_empty() {
            return;
        }
        let animate = page.animate;
        if handle.with_value(Option::is_some) {
            handle.with_value(|h| h.as_ref().map(|h| h.replace_options(&json, animate)));
            return;
        }
        if loading.get_value() {
            return;
        }
        loading.set_value(true);
        // The first draw, once the library (and a map's geometry) is there.
        let start = move || {
            let (Some(Some(element)), Some(json)) = (surface.try_get_untracked(), options.try_get_untracked()) else { return };
            handle.try_update_value(|h| {
                if h.is_none() {
                    *h = Instance::init(&element);
                    if let Some(h) = h {
                        h.mark_first_chart();
                        h.follow_activity_links();
                    }
                }
                if let Some(h) = h {
                    // The options of now: they may have changed while loading.
                    h.replace_options(&json, animate);
                }
            });
        };
        echarts::load(move |loaded| {
            if !loaded {
                if loading.try_set_value(false).is_none() {
                    let _ = page.echarts.try_set(false);
                }
                return;
            }
            // The map of partners draws on a map fetched only now: until it
            // is there, the image stays.
            let (map, file) = (crate::charts::partner_map::MAP_NAME, crate::charts::partner_map::MAP_FILE);
            if draws_map {
                // Gone while the library loaded (a view that leaves the
                // partnership pillar out, applied after hydration): no fetch.
                if loading.try_get_value().is_none() {
                    return;
                }
                echarts::with_map(map, file, move |ok| {
                    // The chart may have left the page while the map loaded.
                    if loading.try_set_value(false).is_none() {
                        if let Some(u) = unavailable {
                            u.try_set(!ok);
                        }
                        if ok {
                            start();
                        }
                    }
                });
            } else if loading.try_set_value(false).is_none() {
                start();
            }
        });
    });
    #[cfg(target_arch = "wasm32")]
    {
        let resize = window_event_listener(leptos::ev::resize, move |_| {
            handle.try_with_value(|h| {
                if let Some(h) = h {
                    h.resize();
                }
            });
        });
        on_cleanup(move || resize.remove());
    }
    on_cleanup(move || {
        // The stored value may already be gone when the owner is torn down.
        handle.try_update_value(|h| {
            if let Some(h) = h.take() {
                h.dispose();
            }
        });
    });
    let image = move |dark: bool| svg::path(chart, lang, dark);
    let keys_id = format!("{}-keys", chart.id());
    let described = format!("{labelled_by} {keys_id}");
    view! {
        <div class="chart" role=move || if explorable.get() { "application" } else { "img" }
            tabindex=move || explorable.get().then_some("0")
            aria-labelledby=move || if explorable.get() { title_id.clone() } else { labelled_by.clone() }
            aria-describedby=move || explorable.get().then(|| described.clone())
            on:keydown=on_key
            on:pointerenter=move |_| wanted.set(true) on:touchstart=move |_| wanted.set(true)>
            <div class="chart-surface" id=format!("{}-chart", chart.id()) node_ref=surface>
                <picture class="chart-image">
                    <source srcset=svg::narrow_path(chart, lang, true) media="(max-width: 480px) and (prefers-color-scheme: dark)" />
                    <source srcset=svg::narrow_path(chart, lang, false) media="(max-width: 480px)" />
                    <source srcset=image(true) media="(prefers-color-scheme: dark)" />
                    <img src=image(false) alt="" width=svg::WIDTH height=svg::HEIGHT loading="lazy" decoding="async"
                        elementtiming="chart" />
                </picture>
            </div>
        </div>
        <p class="visually-hidden" id=keys_id hidden>{crate::locale::t(lang, crate::locale::Key::ChartKeys)}</p>
    }
}
