//! Chart options, built by pure functions from the data so that they can be
//! unit-tested natively; `app` only hands them to ECharts.

pub mod tiers;

use charming::element::Color;

use crate::i18n::Lang;

/// What a chart needs to know about where it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ChartEnv {
    pub lang: Lang,
    /// `prefers-color-scheme: dark`.
    pub dark: bool,
    /// `false` under `prefers-reduced-motion: reduce`.
    pub animate: bool,
}

impl ChartEnv {
    pub fn new(lang: Lang) -> Self {
        ChartEnv { lang, dark: false, animate: true }
    }

    /// Colour of axis labels and legend text (meets 4.5:1 on the page).
    pub fn text_color(&self) -> Color {
        Color::from(if self.dark { "#e8e8e8" } else { "#1b1b1b" })
    }
}
