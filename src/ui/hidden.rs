//! Prerendered content that an island shows and hides but does not own (an
//! island's children are opaque to it): the activities, the passages and
//! the chapters of the report's text.

use leptos::prelude::*;

use super::browser;
use crate::presentation::filter::visibility_changes;

/// Keeps each element of `ids` (by position) hidden unless `shown` lists
/// it, touching only those that come or go. At first every one is shown,
/// as the page is prerendered.
pub fn follow(ids: Vec<String>, shown: Memo<Vec<usize>>) {
    Effect::new(move |before: Option<Vec<usize>>| {
        let now = shown.get();
        apply(&ids, before.as_deref(), &now);
        now
    });
}

/// `follow` for elements known only later (`ids` empty, `shown` `None`,
/// until then): nothing changes until both are known; then each that the
/// selection leaves out is hidden, as from the page as prerendered.
pub fn follow_once_known(ids: Memo<Vec<String>>, shown: Memo<Option<Vec<usize>>>) {
    Effect::new(move |before: Option<Option<Vec<usize>>>| {
        let now = shown.get();
        if let Some(list) = &now {
            ids.with(|ids| apply(ids, before.flatten().as_deref(), list));
        }
        now
    });
}

/// Hides or shows what changed from `before` (`None`: every one shown) to `now`.
fn apply(ids: &[String], before: Option<&[usize]>, now: &[usize]) {
    for (i, hidden) in visibility_changes(before, now, ids.len()) {
        browser::set_hidden(&ids[i], hidden);
    }
}
