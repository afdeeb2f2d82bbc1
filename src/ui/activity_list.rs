//! The report's activities as a list, filtered and searchable. Keyed by
//! position in the report: an activity that stays in the selection keeps
//! its element; only those that come or go are added or removed.

use leptos::prelude::*;
use leptos::either::EitherOf3;

use super::page::{use_data, use_page};
use crate::locale::{self, t, Key};
use crate::data::text;
use crate::view::activity_entry::{self, Entry};

#[component]
pub fn ActivityList(shown: Memo<Vec<usize>>) -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let total = data.report.activities.len();
    let empty = Memo::new(move |_| shown.with(Vec::is_empty));
    view! {
        <section class="activities" id="activities" aria-labelledby="activity-list-title">
            <h2 id="activity-list-title">{t(lang, Key::ActivitiesTitle)}</h2>
            <p class="result-count" id="activity-count">{move || locale::showing(lang, shown.with(Vec::len), total)}</p>
            <Show when=move || !empty.get() fallback=move || view! { <p class="empty">{t(lang, Key::NoActivities)}</p> }>
                <ol class="activity-list">
                    <For each=move || shown.get() key=|i| *i
                        children={
                            let data = data.clone();
                            move |i| view! { <ActivityItem entry=activity_entry::entry(&data.report.activities[i], lang) /> }
                        } />
                </ol>
            </Show>
        </section>
    }
}

#[component]
fn ActivityItem(entry: Entry) -> impl IntoView {
    let lang = use_page().lang;
    view! {
        <li class=format!("activity pillar-{}", entry.pillar.id()) id=format!("activity-{}", entry.id) data-activity=entry.id>
            <p class="activity-date"><time datetime=entry.datetime>{entry.when}</time></p>
            <h3 class="activity-title">{entry.title}</h3>
            <dl class="activity-meta">
                {entry.rows.into_iter().map(|(key, value)| if key == Key::PillarReason {
                    // The viewer's judgement, explained on request.
                    EitherOf3::A(view! {
                        <div class="meta-row meta-reason"><dt class="visually-hidden">{t(lang, key)}</dt><dd>
                            <details><summary>{t(lang, key)}</summary><p>{value}</p></details>
                        </dd></div>
                    })
                } else if key == Key::ColSource {
                    // Each section links to its passage in "Read the report".
                    let links = entry.sources.iter().enumerate().map(|(i, s)| view! {
                        {(i > 0).then(|| crate::locale::format::list_sep(lang))}<a href=format!("#{}", text::anchor(s))>{s.clone()}</a>
                    }).collect_view();
                    let _ = value;
                    EitherOf3::B(view! { <div class="meta-row"><dt>{t(lang, key)}</dt><dd>{links}</dd></div> })
                } else {
                    EitherOf3::C(view! { <div class="meta-row"><dt>{t(lang, key)}</dt><dd>{value}</dd></div> })
                }).collect_view()}
            </dl>
        </li>
    }
}
