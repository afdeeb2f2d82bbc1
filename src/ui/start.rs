//! What a page starts from: its address and the reader's preferences. Read
//! once from the browser (`browser::start`) or set by the build
//! (`Start::prerendered`); a leaf of `ui`, which the page, the loading and
//! the browser glue all read.

use crate::core::Lang;
use crate::presentation::Query;

/// What a page starts from: its address and the reader's preferences.
#[derive(Debug, Clone, PartialEq)]
pub struct Start {
    pub lang: Lang,
    /// This page, relative to the site (`./`, `./en.html`, `./embed.html`).
    pub page: String,
    /// The address's query when the page opened.
    pub query: Query,
    /// `prefers-color-scheme: dark`.
    pub dark: bool,
    /// `false` under `prefers-reduced-motion: reduce`.
    pub animate: bool,
    /// Whether the ECharts library is there to draw live charts.
    pub echarts: bool,
    /// The site's public address, when the build was given one
    /// (`SITE_URL`): what a citation's address is made absolute with.
    /// Never known in the browser (nothing there needs it).
    pub site: Option<crate::core::SiteUrl>,
}

impl Start {
    /// The report page in `lang`, at its default view, as the build
    /// prerenders it.
    pub fn prerendered(lang: Lang) -> Start {
        Start { lang, page: lang.page().to_string(), query: Query::default(), dark: false, animate: false, echarts: true, site: None }
    }

    /// A chart's embed page in `lang`, likewise.
    pub fn prerendered_embed(chart: crate::core::ChartId, lang: Lang) -> Start {
        let mut query = Query::default();
        query.set("chart", Some(chart.id()));
        Start { page: format!("./{}", crate::presentation::embed::page_file(chart, lang)), query, ..Start::prerendered(lang) }
    }
}
