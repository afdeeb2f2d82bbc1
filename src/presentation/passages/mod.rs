//! Figures and dates in the report's text, linked to where the viewer shows
//! them. A passage of "Read the report" is split into plain text and links
//! (`link_section`): its figures and dates, found as each language prints
//! them (`scan`), each lead to the chart or record that shows it (`place`).

mod place;
mod scan;

use place::{place, Placed};
use crate::core::Lang;
use crate::data::text::{Block, Section};
use crate::dataset::Dataset;

/// The heading as the report numbers it: `（一）創新性` / `(一) Innovation`;
/// in English the report's numbering is marked as Chinese (`core::mixed`:
/// render it with `ui::mixed`, or take `mixed::plain` of it). A section not
/// yet translated has its Chinese heading in English, marked so.
pub fn heading(s: &Section, lang: Lang) -> String {
    if s.shown_in(lang) != lang {
        return crate::core::mixed::zh(&heading(s, Lang::Zh));
    }
    let title = s.title.as_ref().and_then(|t| t.get(lang)).map(|t| t.trim_end_matches('：').to_string()).unwrap_or_default();
    let number = s.number.trim();
    let zh = |n: &str| crate::locale::format::section(lang, n);
    match (number.is_empty(), title.is_empty()) {
        (true, true) => zh(&s.path),
        (true, false) => title,
        (false, true) => zh(number.trim_end_matches('、')),
        (false, false) if lang == Lang::Zh => format!("{number}{title}"),
        (false, false) => format!("{} {title}", zh(number.trim_end_matches('、'))),
    }
}

/// A run of a passage's text: plain, or a link to a chart or record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    /// `href` is a fragment (`#chart-media`), so the page keeps its view.
    Link { text: String, href: String },
}

impl Segment {
    pub fn text(&self) -> &str {
        match self {
            Segment::Text(t) | Segment::Link { text: t, .. } => t,
        }
    }
}

/// The text of segments, links included: the text as printed.
pub fn plain(segments: &[Segment]) -> String {
    segments.iter().map(Segment::text).collect()
}

/// A block of a section with its links: a paragraph, or a table's rows of
/// cells (the first row its head).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LinkedBlock {
    Paragraph(Vec<Segment>),
    Table(Vec<Vec<Vec<Segment>>>),
}

/// The blocks of section `s` in `lang`, in order, with their figures and
/// dates linked; in Chinese where `s` has no English yet (`Section::shown_in`:
/// the page marks it so).
pub fn link_section(d: &Dataset, s: &Section, lang: Lang) -> Vec<LinkedBlock> {
    let lang = s.shown_in(lang);
    let pieces = pieces(s, lang);
    let placed = place(d, &s.path, &pieces, lang);
    let mut split = pieces.iter().enumerate().map(|(i, p)| segments(p, placed.iter().filter(|x| x.piece == i)));
    s.blocks
        .iter()
        .map(|b| match b {
            Block::Paragraph(_) => LinkedBlock::Paragraph(split.next().unwrap_or_default()),
            Block::Table { table } => {
                let rows = table.rows(lang).unwrap_or(&table.zh);
                LinkedBlock::Table(rows.iter().map(|r| r.iter().map(|_| split.next().unwrap_or_default()).collect()).collect())
            }
        })
        .collect()
}

/// The section's texts in `lang`, in order: each paragraph, each table
/// cell row by row (the Chinese of a block without its English, which
/// `link_section` does not ask for).
fn pieces(s: &Section, lang: Lang) -> Vec<&str> {
    let mut out = Vec::new();
    for b in &s.blocks {
        match b {
            Block::Paragraph(t) => out.push(t.get(lang).unwrap_or(&t.zh)),
            Block::Table { table } => {
                let rows = table.rows(lang).unwrap_or(&table.zh);
                out.extend(rows.iter().flatten().map(String::as_str));
            }
        }
    }
    out
}

fn segments<'a>(text: &str, placed: impl Iterator<Item = &'a Placed>) -> Vec<Segment> {
    let mut spans: Vec<&Placed> = placed.collect();
    crate::core::sort::sort_by_key(&mut spans, |p| p.start);
    let mut out = Vec::new();
    let mut at = 0;
    for p in spans {
        if p.start < at {
            continue;
        }
        if p.start > at {
            out.push(Segment::Text(text[at..p.start].to_string()));
        }
        out.push(Segment::Link { text: text[p.start..p.end].to_string(), href: p.href.clone() });
        at = p.end;
    }
    if at < text.len() {
        out.push(Segment::Text(text[at..].to_string()));
    }
    out
}

/// Through `link_section`, on the report's data and text: which link each
/// figure and date gets (`place`), as each language prints it (`scan`), and
/// the text kept whole. `data` serves `place`'s tests too.
#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::text::ReportText;
    use Lang::{En, Zh};

    pub(super) fn data() -> (Dataset, ReportText) {
        (
            Dataset::bundled(),
            crate::data::fixtures::BUNDLED.text(),
        )
    }

    /// The links of a section, as (text, href).
    fn links(d: &Dataset, t: &ReportText, path: &str, lang: Lang) -> Vec<(String, String)> {
        let s = t.section(path).unwrap_or_else(|| panic!("no section {path}"));
        let mut out = Vec::new();
        for b in link_section(d, s, lang) {
            let segs: Vec<Segment> = match b {
                LinkedBlock::Paragraph(p) => p,
                LinkedBlock::Table(rows) => rows.into_iter().flatten().flatten().collect(),
            };
            for seg in segs {
                if let Segment::Link { text, href } = seg {
                    out.push((text, href));
                }
            }
        }
        out
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect()
    }

    #[test]
    fn the_media_figures_lead_to_the_media_chart_in_both_languages() {
        let (d, t) = data();
        let m = "#chart-media";
        assert_eq!(links(&d, &t, "貳、三、(一)、3", Zh), pairs(&[("6", m), ("615", m), ("68", m), ("9,430", m)]));
        assert_eq!(links(&d, &t, "貳、三、(一)、3", En), pairs(&[("615", m), ("6", m), ("9,430", m), ("68", m)]));
        // Their totals, printed in another section.
        assert_eq!(links(&d, &t, "貳、四、(三)、1", Zh), pairs(&[("74", m), ("10,045", m)]));
        assert_eq!(links(&d, &t, "貳、四、(三)、1", En), pairs(&[("74", m), ("10,045", m)]));
    }

    #[test]
    fn a_date_and_a_count_lead_to_their_activity() {
        let (d, t) = data();
        let a = "#activity-booth-ximending-2014-08-30";
        assert_eq!(links(&d, &t, "貳、三、(一)、2、(1)", Zh), pairs(&[("103 年 8月 30 日", a), ("200", a)]));
        assert_eq!(links(&d, &t, "貳、三、(一)、2、(1)", En), pairs(&[("30 August 2014", a), ("200", a)]));
        let c = "#activity-comic-contest-press-conference";
        assert_eq!(links(&d, &t, "貳、三、(一)、1", Zh), pairs(&[("103 年 10 月 6 日", c), ("55", c), ("3", c)]), "not 103 年度, not 4P");
        assert_eq!(links(&d, &t, "貳、三、(一)、1", En), pairs(&[("6 October 2014", c), ("55", c), ("3", c)]), "not the year 2014");
    }

    #[test]
    fn ranges_and_lists_of_dates() {
        let (d, t) = data();
        let eu = "#activity-eu-asia-dialogue-phnom-penh";
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(2)、B、I", Zh), pairs(&[("103 年 3 月 6 至 7 日", eu)]), "日 of the date, not of 日本");
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(2)、B、I", En), pairs(&[("6 to 7 March 2014", eu)]));
        let sa = "#activity-visit-south-africa-2014-07-29";
        let visits = "#chart-exchanges";
        assert_eq!(links(&d, &t, "貳、五、(二)、1", Zh), pairs(&[("1", visits), ("103 年 7 月 29 日至 8月 5 日", sa)]));
        assert_eq!(links(&d, &t, "貳、五、(二)、1", En), pairs(&[("1", visits), ("29 July to 5 August 2014", sa)]));
        // Two dates, two visits (the second date without its year).
        let (vn, mn) = ("#activity-visit-vietnam-2014-05-12", "#activity-visit-mongolia-2014-06-26");
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(5)、B", Zh), pairs(&[("103 年 5 月 12 日", vn), ("6月 26 日", mn)]));
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(5)、B", En), pairs(&[("12 May", vn), ("26 June 2014", mn)]));
        // Two days of one training, and its further date.
        let edu = "#activity-cross-ministry-general-education-2014";
        assert_eq!(links(&d, &t, "貳、三、(四)、1", Zh), pairs(&[("103 年 5月 26 日及 6 月 12 日", edu), ("2", edu), ("176", edu)]), "not 1 樓");
        assert_eq!(links(&d, &t, "貳、三、(四)、1", En), pairs(&[("26 May and 12 June 2014", edu), ("2", edu), ("176", edu)]), "not 1st");
        let ev = "#activity-local-government-evaluation-2014";
        assert_eq!(
            links(&d, &t, "貳、三、(四)、2", Zh),
            pairs(&[("103 年 5 月 23 日至 7月 9 日", ev), ("22", ev), ("6", ev), ("103 年 10 月 1 日", ev)])
        );
        // The signing dates of the 2014 agreements lead to their chart; 2003 is a year alone.
        let ag = "#chart-agreements";
        let zh = links(&d, &t, "貳、三、(二)、4、(1)", Zh);
        assert_eq!(zh.len(), 5);
        assert_eq!(zh[0], ("103 年 5 月 29 日".to_string(), ag.to_string()));
        assert!(zh.iter().all(|(_, h)| h == ag));
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(1)", En)[4], ("20 November 2014".to_string(), ag.to_string()));
    }

    #[test]
    fn the_same_value_twice_is_each_figure_in_turn() {
        let (d, t) = data();
        let (pre, ey) = ("#activity-coordination-pre-meetings-2014", "#activity-executive-yuan-coordination-meetings-2014");
        for lang in [Zh, En] {
            assert_eq!(links(&d, &t, "貳、三、(四)、3", lang), pairs(&[("2", pre), ("2", ey)]), "{lang:?}");
        }
        // The indicator's table: each printed value is one of its figures; not its years, not "--".
        let kpi = links(&d, &t, "貳、關鍵績效指標", Zh);
        let texts: Vec<&str> = kpi.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["2", "2", "1", "1", "3.55", "1", "1", "100", "100", "100", "100"], "not 1.預防宣導, 2.安置保護");
        assert!(kpi.iter().all(|(_, h)| h == "#chart-indicator"));
        assert_eq!(links(&d, &t, "貳、關鍵績效指標", En).len(), 11, "not 2011, not \"1. Prevention\"");
    }

    #[test]
    fn figures_as_each_language_prints_them() {
        let (d, t) = data();
        let ex = "#chart-exchanges";
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(2)", Zh), pairs(&[("40 多萬", ex)]));
        assert_eq!(links(&d, &t, "貳、五、(二)、3、(2)", En), pairs(&[("400,000", ex)]));
        let pr = "#chart-prosecution";
        assert_eq!(links(&d, &t, "貳、四、(三)、2", Zh), pairs(&[("二梯次", pr)]));
        assert_eq!(links(&d, &t, "貳、四、(三)、2", En), pairs(&[("2", pr)]));
        assert_eq!(links(&d, &t, "貳、四、(三)、3", En), pairs(&[("1", pr)]));
        // Percentages and counts of the tier table, not the year, not "Tier 1".
        let tiers = links(&d, &t, "貳、五、(一)、5", En);
        let texts: Vec<&str> = tiers.iter().map(|(t, _)| t.as_str()).collect();
        assert_eq!(texts, ["187", "31", "16.6", "88", "47.1", "44", "23.5", "23", "12.3"]);
        assert_eq!(links(&d, &t, "貳、五、(一)、4", Zh)[2], ("16".to_string(), "#chart-tiers".to_string()), "16％");
        // A workshop date is linked where the workshop is also reported; its counts
        // (from 貳、三、(三)、2) only there.
        let ws = "#activity-international-workshop-2014";
        assert_eq!(links(&d, &t, "貳、三、(二)、4、(2)、B、IV", Zh), pairs(&[("103 年 10 月 8 日", ws)]));
        assert_eq!(links(&d, &t, "貳、三、(三)、2", Zh), pairs(&[("103 年 10 月 8 日", ws), ("20", ws), ("236", ws), ("3", ws)]), "not 103 年防制");
        // Nothing in a passage with no figure of its own.
        assert!(links(&d, &t, "貳、五、(一)", Zh).is_empty(), "99 至 103 年 are years");
        assert!(links(&d, &t, "貳、四、(二)", Zh).is_empty(), "a date of no record");
    }


    #[test]
    fn the_text_is_kept_whole() {
        let (d, t) = data();
        for s in &t.sections {
            for lang in [Zh, En] {
                let linked = link_section(&d, s, lang);
                assert_eq!(linked.len(), s.blocks.len());
                for (b, l) in s.blocks.iter().zip(linked) {
                    match (b, l) {
                        (Block::Paragraph(p), LinkedBlock::Paragraph(segs)) => assert_eq!(Some(plain(&segs).as_str()), p.get(lang), "{}", s.path),
                        (Block::Table { table }, LinkedBlock::Table(rows)) => {
                            let printed = table.rows(lang).unwrap();
                            let cells: Vec<Vec<String>> = rows.iter().map(|r| r.iter().map(|c| plain(c)).collect()).collect();
                            assert_eq!(&cells, printed, "{}", s.path);
                        }
                        _ => panic!("{}: blocks out of step", s.path),
                    }
                }
            }
        }
    }
}
