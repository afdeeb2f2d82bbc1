//! The page's contents: its parts in order (the main points, the key
//! figures, each chart, the activities, the report's chapters, the about
//! section, the changes, the citation), as the contents list links them, and which part is in view.

use crate::core::{ChartId, Lang};
use crate::data::text::ReportText;
use crate::dataset::Dataset;
use crate::locale::{t, Key};
use crate::presentation::passages;

/// A part of the page: the element it links to and its name.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The element's id (the link is `#` and this).
    pub target: String,
    pub label: String,
    /// 1 for a part of the page, 2 for a chart or a chapter within one.
    pub level: u8,
    /// The chart it is, when it is one (a selection may leave it out).
    pub chart: Option<ChartId>,
}

/// The element id of the `k`th chapter's fold (`reading`).
pub fn chapter_id(k: usize) -> String {
    format!("chapter-{}", k + 1)
}

/// The id of a part's link in the contents list.
pub fn link_id(target: &str) -> String {
    format!("contents-{target}")
}

/// The parts' targets in the page's order, for a report text of `chapters`
/// chapters, each with its chart when it is one: what `parts` links, without
/// the names (the `PartInView` island needs no more, and so not the text).
pub fn targets(charts: &[ChartId], chapters: usize) -> Vec<(String, Option<ChartId>)> {
    let top = |t: &str| (t.to_string(), None);
    let mut out = vec![top("main-points"), top("charts")];
    out.extend(charts.iter().map(|c| (c.anchor(), Some(*c))));
    out.push(top("activities"));
    out.push(top("report-text"));
    out.extend((0..chapters).map(|k| (chapter_id(k), None)));
    out.push(top("about"));
    out.push(top("changes"));
    out.push(top("cite"));
    out
}

/// Every part, in the page's order.
pub fn parts(d: &Dataset, text: &ReportText, lang: Lang) -> Vec<Part> {
    let top = |target: &str, key: Key| Part { target: target.to_string(), label: t(lang, key).to_string(), level: 1, chart: None };
    let mut out = vec![top("main-points", Key::MainPointsTitle), top("charts", Key::ChartsTitle)];
    out.extend(d.chart_ids().into_iter().map(|c| Part { target: c.anchor(), label: d.chart_title(c, lang).to_string(), level: 2, chart: Some(c) }));
    out.push(top("activities", Key::ActivitiesTitle));
    out.push(top("report-text", Key::ReadReportTitle));
    out.extend(text.chapters().into_iter().enumerate().map(|(k, (head, _))| {
        let s = &text.sections[head];
        // A chapter numbered but untitled (`一`) is named by its place (`貳、一`).
        let titled = s.title.as_ref().is_some_and(|t| !t.zh.trim().is_empty());
        Part { target: chapter_id(k), label: if titled { passages::heading(s, lang) } else { crate::locale::format::section(lang, &s.path) }, level: 2, chart: None }
    }));
    out.push(top("about", Key::AboutTitle));
    let named = |target: &str, w: crate::locale::cite::Word| Part { target: target.to_string(), label: crate::locale::cite::word(lang, w).to_string(), level: 1, chart: None };
    out.push(named("changes", crate::locale::cite::Word::ChangesTitle));
    out.push(named("cite", crate::locale::cite::Word::CiteTitle));
    out
}

/// The part in view: the last, in the page's order, whose top has passed
/// `line` (pixels from the top of the viewport). `tops` holds each part's
/// top, `None` for one not on the page (left out by the selection, hidden).
pub fn in_view(tops: &[Option<f64>], line: f64) -> Option<usize> {
    tops.iter().enumerate().filter_map(|(i, top)| top.filter(|t| *t <= line).map(|_| i)).last()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::fixtures::{BUNDLED, FICTIONAL};

    /// Both reports the tests run on, each with its text.
    fn reports() -> [(Dataset, ReportText); 2] {
        [(FICTIONAL.dataset(), FICTIONAL.text()), (BUNDLED.dataset(), BUNDLED.text())]
    }

    #[test]
    fn parts_cover_the_page_in_order() {
        for (d, text) in reports() {
            parts_cover_the_page_of(&d, &text);
        }
    }

    fn parts_cover_the_page_of(d: &Dataset, text: &ReportText) {
        for lang in Lang::ALL {
            let p = parts(d, text, lang);
            let targets: Vec<&str> = p.iter().map(|p| p.target.as_str()).collect();
            assert_eq!(targets[..2], ["main-points", "charts"]);
            assert_eq!(p.iter().filter(|p| p.chart.is_some()).count(), d.chart_ids().len());
            assert_eq!(p.iter().filter(|p| p.target.starts_with("chapter-")).count(), text.chapters().len());
            assert_eq!(targets[targets.len() - 3..], ["about", "changes", "cite"]);
            assert!(p.iter().all(|p| !p.label.trim().is_empty()), "{lang:?}");
            let mut unique = targets.clone();
            unique.sort();
            unique.dedup();
            assert_eq!(unique.len(), targets.len());
        }
        assert_eq!(parts(d, text, Lang::Zh)[0].label, "重點摘要");
        // Every chapter's name says where it is: none is a bare number.
        for p in parts(d, text, Lang::En).iter().filter(|p| p.target.starts_with("chapter-")) {
            assert!(p.label.chars().count() > 1, "{:?}", p.label);
        }
    }

    #[test]
    fn the_targets_are_the_parts_targets() {
        for (d, text) in reports() {
            for lang in Lang::ALL {
                let p: Vec<(String, Option<ChartId>)> = parts(&d, &text, lang).into_iter().map(|p| (p.target, p.chart)).collect();
                assert_eq!(targets(&d.chart_ids(), text.chapters().len()), p);
            }
        }
    }

    #[test]
    fn the_part_in_view_is_the_last_whose_top_has_passed_the_line() {
        let tops = [Some(-900.0), Some(-10.0), None, Some(150.0), Some(2000.0)];
        assert_eq!(in_view(&tops, 100.0), Some(1));
        assert_eq!(in_view(&tops, 200.0), Some(3));
        // Before the first part: none is marked.
        assert_eq!(in_view(&[Some(300.0), Some(900.0)], 100.0), None);
        // A part not on the page is skipped, not marked.
        assert_eq!(in_view(&[Some(-50.0), None], 100.0), Some(0));
    }
}
