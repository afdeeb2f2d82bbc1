//! Stepping through a chart by keyboard: where a key press goes, over the
//! chart's lines of steps (`charts::steps`), given by their lengths. Left
//! and Right move along a line (a series), Up and Down between lines (to
//! the nearest place), Home and End to the line's ends; the first press
//! starts at the first step; Escape leaves; Enter opens what a step names;
//! T turns a tone on each step on or off (off at first: `step_tone`).
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
    /// Turns the tone on each step on or off (a setting of the page's).
    Tones,
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
        ("t" | "T", _) => Move::Tones,
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

/// One tone of a chart heard (`score`): when it starts (seconds from the
/// start), its pitch (Hz), how long it lasts, and the line it is of.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Tone {
    pub at: f64,
    pub pitch: f64,
    pub length: f64,
    pub line: usize,
}

/// A tone's length, the silence after it, and the pause between lines.
pub const TONE: f64 = 0.16;
pub const GAP: f64 = 0.06;
pub const PAUSE: f64 = 0.7;
/// The lowest and highest pitch (two octaves, A3 to A5).
pub const LOW: f64 = 220.0;
pub const HIGH: f64 = 880.0;

/// The pitch of `value` between the chart's smallest and largest values,
/// evenly by octave (the ear hears ratios); the middle one for a place
/// without a number, or when all values are one.
pub fn pitch(value: Option<f64>, min: f64, max: f64) -> f64 {
    let share = match value {
        Some(v) if max > min => ((v - min) / (max - min)).clamp(0.0, 1.0),
        _ => 0.5,
    };
    LOW * (HIGH / LOW).powf(share)
}

/// The tones of a chart's lines (each a list of values), one line after
/// another with a pause between, and when each line starts.
pub fn score(lines: &[Vec<Option<f64>>]) -> (Vec<Tone>, Vec<f64>) {
    let (min, max) = range(lines);
    let mut tones = Vec::new();
    let mut starts = Vec::new();
    let mut at = 0.0;
    for (line, values) in lines.iter().enumerate() {
        if line > 0 {
            at += PAUSE;
        }
        starts.push(at);
        for v in values {
            tones.push(Tone { at, pitch: pitch(*v, min, max), length: TONE, line });
            at += TONE + GAP;
        }
    }
    (tones, starts)
}

/// The smallest and largest value of a chart's lines.
fn range(lines: &[Vec<Option<f64>>]) -> (f64, f64) {
    let values = lines.iter().flatten().flatten().copied();
    values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
}

/// The tone of one step (line `k`, place `j`), played as the step is
/// reached when the reader has turned tones on: at the pitch `score`
/// gives the same value, so a step sounds as it does in the whole chart.
pub fn step_tone(lines: &[Vec<Option<f64>>], k: usize, j: usize) -> Tone {
    let (min, max) = range(lines);
    let value = lines.get(k).and_then(|l| l.get(j)).copied().flatten();
    Tone { at: 0.0, pitch: pitch(value, min, max), length: TONE, line: k }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chart_is_heard_line_after_line_higher_for_more() {
        let (tones, starts) = score(&[vec![Some(10.0), Some(43.0), None], vec![Some(31.0)]]);
        assert_eq!(tones.len(), 4);
        assert_eq!((tones[0].pitch, tones[1].pitch), (LOW, HIGH), "the smallest lowest, the largest highest");
        assert!(tones[3].pitch > LOW && tones[3].pitch < HIGH);
        assert_eq!(tones[2].pitch, pitch(None, 10.0, 43.0));
        // The second line starts after the first, with a pause.
        assert_eq!(starts.len(), 2);
        assert!((starts[1] - (3.0 * (TONE + GAP) + PAUSE)).abs() < 1e-9, "{starts:?}");
        assert_eq!(tones[3].at, starts[1]);
        assert!(tones.windows(2).all(|w| w[1].at > w[0].at));
        // One value, or none: the middle pitch.
        assert_eq!(score(&[vec![Some(5.0), Some(5.0)]]).0[0].pitch, pitch(None, 0.0, 0.0));
    }

    #[test]
    fn a_step_sounds_as_it_does_in_the_whole_chart() {
        let lines = [vec![Some(10.0), Some(43.0), None], vec![Some(31.0)]];
        let (tones, _) = score(&lines);
        for (k, j, n) in [(0, 0, 0), (0, 1, 1), (0, 2, 2), (1, 0, 3)] {
            let one = step_tone(&lines, k, j);
            assert_eq!((one.pitch, one.line, one.at), (tones[n].pitch, k, 0.0), "step ({k}, {j})");
        }
        assert_eq!(step_tone(&lines, 5, 5).pitch, pitch(None, 10.0, 43.0), "a step the view no longer has: the middle");
    }

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
        assert_eq!(on_key("t", None, &[3]), Move::Tones, "tones are turned on before the first step too");
        assert_eq!(on_key("T", Some((0, 1)), &[3]), Move::Tones);
        assert_eq!(on_key("t", None, &[]), Move::Ignore, "a chart without steps has no tones");
        assert_eq!(on_key("ArrowRight", None, &[]), Move::Ignore, "a chart without steps");
        // A place the view no longer has is brought in.
        assert_eq!(on_key("ArrowRight", Some((3, 9)), &[2, 2]), Move::To(0, 1));
    }
}
