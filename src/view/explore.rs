//! Stepping through a chart by keyboard: where a key press goes, over the
//! chart's lines of steps (`charts::steps`), given by their lengths. Left
//! and Right move along a line (a series), Up and Down between lines (to
//! the nearest place), Home and End to the line's ends; the first press
//! starts at the first step; Escape leaves; Enter opens what a step names.
//! Pure: the panel announces the step and shows it on the chart.

/// What a key does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Move {
    /// To this step (line, place in it).
    To(usize, usize),
    /// Out of the chart's steps.
    Leave,
    /// Opens what the current step names (an activity).
    Open,
    /// Nothing: the key is the page's.
    Ignore,
}

/// Where `key` (a `KeyboardEvent.key`) goes from `at` (none: not yet in
/// the steps) over lines of `lens` steps.
pub fn on_key(key: &str, at: Option<(usize, usize)>, lens: &[usize]) -> Move {
    let lines: Vec<usize> = (0..lens.len()).filter(|&k| lens[k] > 0).collect();
    let Some(&first) = lines.first() else { return Move::Ignore };
    let last_of = |k: usize| lens[k] - 1;
    // A place that the view has since moved (fewer steps) is brought in.
    let at = at.map(|(k, j)| {
        let k = if lens.get(k).is_some_and(|n| *n > 0) { k } else { first };
        (k, j.min(last_of(k)))
    });
    let arrow = matches!(key, "ArrowLeft" | "ArrowRight" | "ArrowUp" | "ArrowDown" | "Home" | "End");
    match (key, at) {
        ("Escape", Some(_)) => Move::Leave,
        ("Enter", Some(_)) => Move::Open,
        ("End", None) => Move::To(first, last_of(first)),
        (_, None) if arrow => Move::To(first, 0),
        ("ArrowRight", Some((k, j))) => Move::To(k, (j + 1).min(last_of(k))),
        ("ArrowLeft", Some((k, j))) => Move::To(k, j.saturating_sub(1)),
        ("Home", Some((k, _))) => Move::To(k, 0),
        ("End", Some((k, _))) => Move::To(k, last_of(k)),
        ("ArrowDown" | "ArrowUp", Some((k, j))) => {
            let i = lines.iter().position(|&l| l == k).unwrap_or(0);
            let next = if key == "ArrowDown" { lines.get(i + 1) } else { i.checked_sub(1).and_then(|i| lines.get(i)) };
            let k = next.copied().unwrap_or(k);
            Move::To(k, j.min(last_of(k)))
        }
        _ => Move::Ignore,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arrows_move_along_a_line_and_between_lines_and_stop_at_the_ends() {
        let lens = [5, 0, 3];
        assert_eq!(on_key("ArrowRight", None, &lens), Move::To(0, 0), "the first press starts at the first step");
        assert_eq!(on_key("End", None, &lens), Move::To(0, 4));
        assert_eq!(on_key("ArrowRight", Some((0, 0)), &lens), Move::To(0, 1));
        assert_eq!(on_key("ArrowRight", Some((0, 4)), &lens), Move::To(0, 4), "no further than the end");
        assert_eq!(on_key("ArrowLeft", Some((0, 0)), &lens), Move::To(0, 0));
        // Down skips the empty line and keeps the nearest place.
        assert_eq!(on_key("ArrowDown", Some((0, 4)), &lens), Move::To(2, 2));
        assert_eq!(on_key("ArrowDown", Some((2, 1)), &lens), Move::To(2, 1), "no line below the last");
        assert_eq!(on_key("ArrowUp", Some((2, 1)), &lens), Move::To(0, 1));
        assert_eq!(on_key("Home", Some((2, 2)), &lens), Move::To(2, 0));
        assert_eq!(on_key("End", Some((0, 1)), &lens), Move::To(0, 4));
    }

    #[test]
    fn escape_leaves_enter_opens_and_other_keys_are_the_pages() {
        assert_eq!(on_key("Escape", Some((0, 1)), &[3]), Move::Leave);
        assert_eq!(on_key("Escape", None, &[3]), Move::Ignore, "nothing to leave");
        assert_eq!(on_key("Enter", Some((0, 1)), &[3]), Move::Open);
        assert_eq!(on_key("Tab", Some((0, 1)), &[3]), Move::Ignore);
        assert_eq!(on_key("ArrowRight", None, &[]), Move::Ignore, "a chart without steps");
        // A place the view no longer has is brought in.
        assert_eq!(on_key("ArrowRight", Some((3, 9)), &[2, 2]), Move::To(0, 1));
    }
}
