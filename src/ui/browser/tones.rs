//! Hearing a chart: its tones (`presentation::explore::score`) played through Web
//! Audio, one oscillator a tone, from the steps in the page; `Playing`
//! stops them (the audio context closed). Nothing is fetched.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::presentation::explore::Tone;

/// Tones playing; dropped or stopped, they end.
pub struct Playing {
    context: web_sys::AudioContext,
    timers: Vec<i32>,
}

impl Playing {
    pub fn stop(self) {
        for t in &self.timers {
            super::window().clear_timeout_with_handle(*t);
        }
        let _ = self.context.close();
    }
}

/// Calls `f` after `seconds`; the timer's handle.
fn after(seconds: f64, f: impl FnOnce() + 'static) -> Option<i32> {
    let f = Closure::once_into_js(f);
    super::window()
        .set_timeout_with_callback_and_timeout_and_arguments_0(f.unchecked_ref(), (seconds * 1000.0).round() as i32)
        .ok()
}

/// Plays `tones`, calling `on_line(k)` as line `k` starts (at `starts[k]`)
/// and `on_end` after the last; `None` when the browser has no Web Audio.
pub fn play(tones: &[Tone], starts: &[f64], on_line: impl Fn(usize) + 'static, on_end: impl FnOnce() + 'static) -> Option<Playing> {
    let context = web_sys::AudioContext::new().ok()?;
    let now = context.current_time() + 0.05;
    for tone in tones {
        let (Ok(osc), Ok(gain)) = (context.create_oscillator(), context.create_gain()) else { continue };
        osc.set_type(web_sys::OscillatorType::Sine);
        osc.frequency().set_value(tone.pitch as f32);
        // A soft start and end: no click.
        let g = gain.gain();
        let (start, end) = (now + tone.at, now + tone.at + tone.length);
        let _ = g.set_value_at_time(0.0, start);
        let _ = g.linear_ramp_to_value_at_time(0.25, start + 0.02);
        let _ = g.linear_ramp_to_value_at_time(0.0, end);
        let _ = osc.connect_with_audio_node(&gain);
        let _ = gain.connect_with_audio_node(&context.destination());
        let _ = osc.start_with_when(start);
        let _ = osc.stop_with_when(end);
    }
    let on_line = std::rc::Rc::new(on_line);
    let mut timers: Vec<i32> = starts
        .iter()
        .enumerate()
        .filter_map(|(k, at)| {
            let on_line = on_line.clone();
            after(0.05 + at, move || on_line(k))
        })
        .collect();
    let last = tones.last().map_or(0.0, |t| t.at + t.length);
    timers.extend(after(0.1 + last, on_end));
    Some(Playing { context, timers })
}
