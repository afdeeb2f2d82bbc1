//! Every page of the site as the outside world sees it
//! (`presentation::share::Page`): the report page and each chart's embed page, in
//! each language, with its title, its own summary, its share card and its
//! other language. `prerender` writes each page's head from these
//! (`presentation::share::tags`) and the sitemap from the list. Native only.

use super::card::{self, Card};
use super::{build, ChartEnv};
use crate::core::{ChartId, Lang};
use crate::dataset::{jsonld, Dataset};
use crate::locale::format;
use crate::presentation::embed;
use crate::presentation::main_points::main_points;
use crate::presentation::share::Page;
use crate::presentation::Selection;

/// Text without the marks of Chinese inside English: a head's tags are plain text.
fn plain(s: &str) -> String {
    crate::core::mixed::plain(s).into_owned()
}

/// The report page's summary: its first three main points (Taiwan's tier,
/// the cases, the victims), which say what the report found.
pub fn report_description(d: &Dataset, lang: Lang) -> String {
    let points: Vec<String> = main_points(d, lang).iter().take(3).map(|p| p.sentence()).collect();
    if points.is_empty() {
        d.viewer.site.subtitle.get(lang).to_string()
    } else {
        plain(&points.join(format::sentence_sep(lang)))
    }
}

/// The report page in `lang`, with the dataset (JSON-LD) for `site`.
pub fn report_page(d: &Dataset, lang: Lang, site: Option<&crate::core::SiteUrl>) -> Page {
    Page {
        lang,
        url: lang.page().to_string(),
        file: lang.page_file().to_string(),
        title: d.viewer.site.title.get(lang).to_string(),
        description: report_description(d, lang),
        site_name: d.viewer.site.title.get(lang).to_string(),
        card: Card::Report.file(lang),
        card_alt: card::report_alt(d, lang),
        alternates: Lang::ALL.iter().map(|&l| (l, l.page().to_string())).collect(),
        json_ld: Some(jsonld::dataset(&d.report, &d.viewer, site)),
    }
}

/// A chart's embed page in `lang`: its title, and its text alternative as its summary.
pub fn chart_page(id: ChartId, d: &Dataset, lang: Lang) -> Page {
    let built = build(id, d, &Selection::default(), ChartEnv { lang, dark: false, animate: false });
    Page {
        lang,
        url: format!("./{}", embed::page_file(id, lang)),
        file: embed::page_file(id, lang),
        title: embed::page_title(d, id, lang),
        description: plain(&built.summary),
        site_name: d.viewer.site.title.get(lang).to_string(),
        card: Card::Chart(id).file(lang),
        card_alt: card::chart_alt(id, d, lang),
        alternates: Lang::ALL.iter().map(|&l| (l, format!("./{}", embed::page_file(id, l)))).collect(),
        json_ld: None,
    }
}

/// Every page the build writes for readers, the report pages first.
pub fn all(d: &Dataset, site: Option<&crate::core::SiteUrl>) -> Vec<Page> {
    let mut out: Vec<Page> = Lang::ALL.iter().map(|&l| report_page(d, l, site)).collect();
    for id in d.chart_ids() {
        out.extend(Lang::ALL.iter().map(|&l| chart_page(id, d, l)));
    }
    out
}
