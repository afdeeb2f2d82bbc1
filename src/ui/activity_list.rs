//! The report's activities as a list, filtered and searchable. All are
//! prerendered; the selection hides those it leaves out, so an activity
//! keeps its element whatever the filters do.

use leptos::prelude::*;
use leptos::either::EitherOf3;

use super::{browser, hidden};
use super::page::{use_data, use_page, use_shown_activities};
use crate::locale::{self, t, Key};
use crate::data::text;
use crate::presentation::activity_entry::{self, Entry};

/// Every activity, prerendered; the `ActivitiesShown` island hides those
/// the selection leaves out (each keeps its element).
#[component]
pub fn ActivityList() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    // In the report's order by date: a selection only hides some.
    let order = crate::presentation::filter::activity_positions(&data.report, &crate::presentation::Selection::default());
    let items = order.into_iter().map(|i| view! { <ActivityItem entry=activity_entry::entry(&data.report.activities[i], lang) /> }).collect_view();
    view! {
        <section class="activities" id="activities" aria-labelledby="activity-list-title">
            <h2 id="activity-list-title">{t(lang, Key::ActivitiesTitle)}</h2>
            <ActivitiesShown />
            <ol class="activity-list" id="activity-list">{items}</ol>
        </section>
    }
}

/// How many activities the selection shows, or that it shows none; and the
/// activities it leaves out hidden (`hidden`, set as the selection changes).
#[island]
fn ActivitiesShown() -> impl IntoView {
    let lang = use_page().lang;
    let data = use_data();
    let shown = use_shown_activities();
    let total = data.report.activities.len();
    let empty = Memo::new(move |_| shown.with(Vec::is_empty));
    hidden::follow(data.report.activities.iter().map(|a| format!("activity-{}", a.id)).collect(), shown);
    Effect::new(move |_| browser::set_hidden("activity-list", empty.get()));
    view! {
        <p class="result-count" id="activity-count">{move || locale::showing(lang, shown.with(Vec::len), total)}</p>
        <p class="empty" id="no-activities" hidden=move || !empty.get()>{t(lang, Key::NoActivities)}</p>
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
                            <details><summary>{t(lang, key)}</summary><p>{super::mixed::mixed(&value)}</p></details>
                        </dd></div>
                    })
                } else if key == Key::ColSource {
                    // Each section links to its passage in "Read the report".
                    let links = entry.sources.iter().enumerate().map(|(i, s)| view! {
                        {(i > 0).then(|| crate::locale::format::list_sep(lang))}<a href=format!("#{}", text::anchor(s)) lang=(lang != crate::core::Lang::Zh).then_some("zh-Hant")>{s.clone()}</a>
                    }).collect_view();
                    let _ = value;
                    EitherOf3::B(view! { <div class="meta-row"><dt>{t(lang, key)}</dt><dd>{links}</dd></div> })
                } else {
                    EitherOf3::C(view! { <div class="meta-row"><dt>{t(lang, key)}</dt><dd>{super::mixed::mixed(&value)}</dd></div> })
                }).collect_view()}
            </dl>
        </li>
    }
}
