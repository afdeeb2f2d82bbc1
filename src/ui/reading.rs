//! "Read the report": the report's own text, section by section in its
//! numbering, each section deep-linkable (`#section-貳-三-一-1`), its
//! figures and dates linked to their chart or activity
//! (`presentation::passages`), with what comes from it (charts, activities) linked
//! below it. All of it is prerendered and none of it is in the wasm but
//! `PassagesShown`: the search box narrows it to the passages that hold
//! the search words.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::either::{Either, EitherOf4};

use super::hidden;
use super::page::{use_data, use_page, use_text};
use crate::core::Lang;
use crate::locale::{self, t, Key};
use crate::data::text::{ReportText, Section};
use crate::presentation::Selection;
use crate::presentation::contents::chapter_id;
use crate::presentation::passages::{self, LinkedBlock, Segment};

#[component]
pub fn ReportTextSection() -> impl IntoView {
    let lang = use_page().lang;
    let text = use_text();
    view! {
        <section class="report-text" id="report-text" aria-labelledby="report-text-title">
            <h2 id="report-text-title">{t(lang, Key::ReadReportTitle)}</h2>
            <p>{t(lang, Key::ReadReportIntro)}</p>
            <ul class="downloads">
                <li><a href="data/report-text.md" download="report-text.md">{t(lang, Key::DownloadTextMarkdown)}</a></li>
                <li><a href="data/text.json" download="text.json">{t(lang, Key::DownloadTextJson)}</a></li>
                <li><a href="data/text.schema.json" download="text.schema.json">{t(lang, Key::DownloadTextSchema)}</a></li>
            </ul>
            <Passages text />
        </section>
    }
}

/// Every passage, prerendered, in chapters that fold away (open at first);
/// the `PassagesShown` island hides what a search leaves out.
#[component]
fn Passages(text: Arc<ReportText>) -> impl IntoView {
    let lang = use_page().lang;
    let chapters = text
        .chapters()
        .into_iter()
        .enumerate()
        .map(|(k, (head, members))| {
            // The chapter's own heading, at its section's level (as a passage's).
            let summary = section_heading(&text.sections[head], lang, "chapter-heading");
            let passages = std::iter::once(head)
                .chain(members)
                .map(|i| view! { <Passage section=text.sections[i].clone() titled=i != head /> })
                .collect_view();
            view! {
                <details class="chapter" id=chapter_id(k) open>
                    <summary class="chapter-title">{summary}</summary>
                    {passages}
                </details>
            }
        })
        .collect_view();
    view! {
        <PassagesShown />
        <div class="passages">{chapters}</div>
    }
}

/// While a search is on, how many passages hold its words; the passages
/// it leaves out hidden, and a chapter with none of them. The report's text
/// is fetched when the first search needs it (`text_for_search`), not with
/// the page.
#[island]
fn PassagesShown() -> impl IntoView {
    let page = use_page();
    let lang = page.lang;
    // The search words alone: a click elsewhere does not scan the text again.
    let words = Memo::new(move |_| page.state.with(Selection::search_words));
    let searching = Memo::new(move |_| words.with(|q| !q.is_empty()));
    let text = text_for_search(searching);
    // What the search shows, once the text is there (`None` until then:
    // the page as prerendered, every passage shown).
    let shown = Memo::new(move |_| match text.get() {
        TextState::Loaded(t) => Some(words.with(|q| t.matching(q))),
        _ => None,
    });
    let sections = Memo::new(move |_| match text.get() {
        TextState::Loaded(t) => t.sections.iter().map(|s| s.anchor()).collect(),
        _ => Vec::new(),
    });
    hidden::follow_once_known(sections, shown);
    // A chapter is shown when any of its passages is.
    let chapters = Memo::new(move |_| match text.get() {
        TextState::Loaded(t) => t.chapters(),
        _ => Vec::new(),
    });
    let chapter_ids = Memo::new(move |_| chapters.with(|c| (0..c.len()).map(chapter_id).collect::<Vec<_>>()));
    let chapters_shown = Memo::new(move |_| {
        shown.with(|s| {
            s.as_ref().map(|s| chapters.with(|c| c.iter().enumerate().filter(|(_, (head, members))| s.iter().any(|i| i == head || members.contains(i))).map(|(k, _)| k).collect::<Vec<_>>()))
        })
    });
    hidden::follow_once_known(chapter_ids, chapters_shown);
    let status = move || match text.get() {
        TextState::Loaded(t) => locale::passages_matching(lang, shown.with(|s| s.as_ref().map_or(0, Vec::len)), t.sections.len()),
        TextState::Loading => t(lang, Key::PassagesLoading).to_string(),
        TextState::Failed => t(lang, Key::PassagesFailed).to_string(),
        TextState::NotNeeded => String::new(),
    };
    view! {
        <Show when=move || searching.get()>
            <p class="result-count" id="passage-count">{status}</p>
        </Show>
    }
}

/// Where the report's text is, for the search (natively, at build time,
/// it is never needed: the prerendered page has no search).
#[derive(Clone, PartialEq)]
#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
enum TextState {
    /// No search has needed it.
    NotNeeded,
    Loading,
    Loaded(Arc<ReportText>),
    /// It could not be fetched or read, or is another build's (the page
    /// says which in the console, and a notice for another build's).
    Failed,
}

/// The report's text, fetched once `needed` first holds (in the browser;
/// the build has no search to run).
fn text_for_search(needed: Memo<bool>) -> ReadSignal<TextState> {
    let (state, set) = signal(TextState::NotNeeded);
    Effect::new(move |_| {
        if !needed.get() || state.get_untracked() != TextState::NotNeeded {
            return;
        }
        set.set(TextState::Loading);
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            let built_from = super::browser::app_root().get_attribute("data-text-build");
            let (next, other_build) = match super::load::text(built_from.as_deref()).await {
                Ok(Some(text)) => (TextState::Loaded(text), false),
                Ok(None) => {
                    super::browser::log_error("data/text.json is another build's than the page's");
                    (TextState::Failed, true)
                }
                Err(e) => {
                    super::browser::log_error(&format!("{e:?}"));
                    (TextState::Failed, false)
                }
            };
            // The search's own line first, then the page's notice.
            let _ = set.try_set(next);
            if other_build {
                super::show_mismatch();
            }
        });
    });
    state
}

/// One section of the text; `titled`: its heading is shown (a chapter's
/// own heading is its fold's summary).
#[component]
fn Passage(section: Section, titled: bool) -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let (charts, activities) = data.from_passage(&section.path);
    let links: Vec<(String, String)> = charts
        .iter()
        .map(|c| (format!("#{}", c.anchor()), data.chart_title(*c, lang).to_string()))
        .chain(activities.iter().map(|a| (format!("#activity-{}", a.id), a.title.get(lang).to_string())))
        .collect();
    let title = section_heading(&section, lang, "passage-title");
    // The section in the page's language; one without its English yet in
    // Chinese, marked so, under a note that says it is not translated.
    let shown = section.shown_in(lang);
    let blocks = passages::link_section(&data, &section, lang).into_iter().map(|block| view! { <BlockView block /> }).collect_view();
    let body = if shown == lang {
        Either::Left(blocks)
    } else {
        Either::Right(view! {
            <p class="untranslated">{t(lang, Key::NotYetTranslated)}</p>
            <div lang="zh-Hant">{blocks}</div>
        })
    };
    let original = (shown != Lang::Zh && !section.blocks.is_empty()).then(|| {
        let zh = passages::link_section(&data, &section, Lang::Zh).into_iter().map(|block| view! { <BlockView block /> }).collect_view();
        view! { <details class="original" lang="zh-Hant"><summary>{t(lang, Key::ChineseOriginal)}</summary>{zh}</details> }
    });
    view! {
        <section class=format!("passage depth-{}", section.depth()) id=section.anchor() data-path=section.path.clone()>
            {titled.then_some(title)}
            {body}
            {original}
            {(!section.slips.is_empty()).then(|| view! {
                <ul class="slips">
                    {section.slips.iter().map(|s| view! {
                        <li><strong>{t(lang, Key::AsPrinted)}</strong>" 「"<span lang="zh-Hant">{s.printed.clone()}</span>"」"{crate::locale::format::colon(lang)}{super::mixed::mixed(s.note.get(lang))}</li>
                    }).collect_view()}
                </ul>
            })}
            {(!links.is_empty()).then(|| view! {
                <p class="from-passage">
                    <strong>{t(lang, Key::FromThisPassage)}{crate::locale::format::colon(lang)}</strong>
                    {links.into_iter().enumerate().map(|(i, (href, label))| view! {
                        {(i > 0).then(|| crate::locale::format::list_sep(lang))}<a href=href>{label}</a>
                    }).collect_view()}
                </p>
            })}
        </section>
    }
}

/// A section's heading element, a level below the part's `h2` for each of
/// its levels (`h3` to `h6`).
fn section_heading(s: &Section, lang: Lang, class: &'static str) -> impl IntoView {
    let text = super::mixed::mixed(&passages::heading(s, lang));
    match s.depth().clamp(1, 4) {
        1 => EitherOf4::A(view! { <h3 class=class>{text}</h3> }),
        2 => EitherOf4::B(view! { <h4 class=class>{text}</h4> }),
        3 => EitherOf4::C(view! { <h5 class=class>{text}</h5> }),
        _ => EitherOf4::D(view! { <h6 class=class>{text}</h6> }),
    }
}

/// Text with its figures and dates as links (fragment-only: the page keeps
/// its view), and the Chinese an English text quotes marked as such
/// (`core::mixed`; a span may run across a link).
fn segments(segs: Vec<Segment>) -> impl IntoView {
    use crate::core::mixed::{continuing, Span};
    let mut in_zh = false;
    let mut out: Vec<AnyView> = Vec::new();
    for s in segs {
        match s {
            Segment::Text(text) => {
                for piece in continuing(&text, &mut in_zh) {
                    out.push(match piece {
                        Span::Own(t) => t.to_string().into_any(),
                        Span::Zh(t) => view! { <span lang="zh-Hant">{t.to_string()}</span> }.into_any(),
                    });
                }
            }
            Segment::Link { text, href } => out.push(view! { <a href=href lang=in_zh.then_some("zh-Hant")>{text}</a> }.into_any()),
        }
    }
    out.collect_view()
}

#[component]
fn BlockView(block: LinkedBlock) -> impl IntoView {
    match block {
        LinkedBlock::Paragraph(p) => Either::Left(view! { <p class="passage-text">{segments(p)}</p> }),
        LinkedBlock::Table(rows) => {
            let mut rows = rows.into_iter();
            let head = rows.next().unwrap_or_default();
            let label = head.first().map(|c| passages::plain(c)).unwrap_or_default();
            Either::Right(view! {
                <div class="table-scroll" tabindex="0" role="region" aria-label=label>
                    <table class="data-table">
                        <thead><tr>{head.into_iter().map(|c| view! { <th scope="col">{segments(c)}</th> }).collect_view()}</tr></thead>
                        <tbody>
                            {rows.map(|row| view! {
                                <tr>{row.into_iter().enumerate().map(|(i, c)| if i == 0 {
                                    Either::Left(view! { <th scope="row">{segments(c)}</th> })
                                } else {
                                    Either::Right(view! { <td class="num">{segments(c)}</td> })
                                }).collect_view()}</tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </div>
            })
        }
    }
}
