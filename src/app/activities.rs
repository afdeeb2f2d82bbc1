//! The report's activities as a list, filtered and searchable.

use leptos::prelude::*;

use crate::data::dates::Date;
use crate::data::Activity;
use crate::format::{self, colon, list_sep, parens};
use crate::i18n::{self, t, Key, Lang};

#[component]
pub fn ActivityList(lang: Lang, shown: Memo<Vec<Activity>>, total: usize) -> impl IntoView {
    view! {
        <section class="activities" id="activities" aria-labelledby="activities-title">
            <h2 id="activities-title">{t(lang, Key::ActivitiesTitle)}</h2>
            {move || {
                let list = shown.get();
                let count = i18n::showing(lang, list.len(), total);
                view! {
                    <p class="result-count" id="activity-count">{count}</p>
                    {if list.is_empty() {
                        view! { <p class="empty">{t(lang, Key::NoActivities)}</p> }.into_any()
                    } else {
                        view! { <ol class="activity-list">{list.into_iter().map(|a| view! { <ActivityItem lang a /> }).collect_view()}</ol> }.into_any()
                    }}
                }
            }}
        </section>
    }
}

#[component]
fn ActivityItem(lang: Lang, a: Activity) -> impl IntoView {
    let start = Date::parse(&a.date).ok();
    let end = a.end.as_deref().and_then(|e| Date::parse(e).ok());
    let when = start.map(|s| format::date_range(s, end, lang)).unwrap_or_else(|| a.date.clone());
    let datetime = match &a.end {
        Some(e) => format!("{}/{}", a.date, e),
        None => a.date.clone(),
    };
    let counts: Vec<String> = a.counts.iter().map(|c| format!("{}{}{}", c.label.get(lang), colon(lang), format::count(c.value, c.unit, c.approx, lang))).collect();
    let mut sources = vec![a.source.clone()];
    sources.extend(a.also_in.iter().cloned());
    let row = |key: Key, value: String| view! { <div class="meta-row"><dt>{t(lang, key)}</dt><dd>{value}</dd></div> };
    view! {
        <li class=format!("activity pillar-{}", a.pillar.id()) data-activity=a.id.clone()>
            <p class="activity-date"><time datetime=datetime>{when}</time></p>
            <h3 class="activity-title">{a.title.get(lang).to_string()}</h3>
            <dl class="activity-meta">
                {a.place.as_ref().map(|p| row(Key::ColPlace, p.get(lang).to_string()))}
                {a.partner.as_ref().map(|p| row(Key::ColPartner, p.get(lang).to_string()))}
                {(!counts.is_empty()).then(|| row(Key::ColValue, counts.join(list_sep(lang))))}
                {row(Key::ColPillar, format!("{}{}", i18n::pillar(lang, a.pillar), parens(t(lang, Key::PillarIsViewers), lang)))}
                {a.note.as_ref().map(|n| row(Key::Note, n.get(lang).to_string()))}
                {row(Key::ColSource, sources.join(list_sep(lang)))}
            </dl>
        </li>
    }
}
