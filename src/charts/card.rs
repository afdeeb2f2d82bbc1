//! The share cards: a 1200 × 630 picture per page, for the link previews
//! of chat apps and social sites (`og:image`). The report page's shows
//! the report's title, Taiwan's tier and three key figures; a chart's
//! shows the chart (its SVG as the build drew it, `charts::svg`) with its
//! title and source line. Each card is an SVG built here from the data,
//! then rasterised to PNG at build time (`bin/cards`, resvg) in the Noto
//! Sans CJK font the build installs (`fonts-noto-cjk`).
//!
//! Text is laid out by an estimate of each character's width (CJK 1 em,
//! Latin by a rough table that errs wide), wrapped by words in English and
//! by characters in Chinese; a text longer than its lines ends with `…`.

use crate::core::{ChartId, Role, Lang};
use crate::dataset::Dataset;
use crate::locale::{self, format, share, t, Key};
use crate::presentation::share::{CARD_HEIGHT, CARD_WIDTH};
use crate::presentation::Selection;

/// What a card shows: the report page, or one chart's embed page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Card {
    Report,
    Chart(ChartId),
}

impl Card {
    /// Every card the site of `d` has, in each language.
    pub fn all(d: &Dataset) -> Vec<Card> {
        std::iter::once(Card::Report).chain(d.chart_ids().into_iter().map(Card::Chart)).collect()
    }

    /// The card's file in the built site: `cards/report-zh.png`, `cards/tiers-en.png`.
    pub fn file(self, lang: Lang) -> String {
        let name = match self {
            Card::Report => "report",
            Card::Chart(id) => id.id(),
        };
        format!("{DIR}/{name}-{}.png", lang.id())
    }
}

/// The cards' folder in the built site.
pub const DIR: &str = "cards";

/// The font the cards are drawn in (a family of the Noto CJK collection:
/// its Latin and Traditional Chinese glyphs).
pub const FONT_FAMILY: &str = "Noto Sans CJK TC";

const ACCENT: &str = "#1d4f91";
const TEXT: &str = "#1f2933";
const MUTED: &str = "#4a5560";
const MARGIN: f64 = 72.0;

/// The estimated width of `s` at `size` px: CJK and full-width forms
/// 1 em, Latin by class (Noto Sans' widths, rounded up).
pub fn text_width(s: &str, size: f64) -> f64 {
    s.chars()
        .map(|c| match c {
            ' ' => 0.26,
            'i' | 'l' | 'j' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' => 0.28,
            'f' | 't' | 'r' | '(' | ')' | '[' | ']' | '-' | '‘' | '’' => 0.36,
            'm' | 'w' | 'M' | 'W' | '@' => 0.86,
            'A'..='Z' | '0'..='9' | '–' | '—' => 0.64,
            c if c.is_ascii() => 0.56,
            // Greek, Latin with accents and the like.
            c if (c as u32) < 0x2E80 => 0.62,
            _ => 1.0,
        })
        .sum::<f64>()
        * size
}

/// Whether `c` is written without spaces between words (CJK).
fn is_wide(c: char) -> bool {
    (c as u32) >= 0x2E80
}

/// Punctuation that may not begin a line (it stays with the character before).
fn no_break_before(c: char) -> bool {
    "，。、；：？！）」』》〉%.,;:?!)".contains(c)
}

/// Punctuation that may not end a line (it stays with the character after).
fn no_break_after(c: char) -> bool {
    "（「『《〈([“‘".contains(c)
}

/// `s` in lines of at most `width` px at `size`, at most `max` lines (the
/// last ends with `…` when the text is longer).
pub fn wrap(s: &str, size: f64, width: f64, max: usize) -> Vec<String> {
    // The marks of Chinese inside English go first: a line may not cut one.
    let s = plain(s);
    // The pieces a line may break between: a word with the spaces after
    // it, or one CJK character (with the punctuation that follows it).
    let mut pieces: Vec<String> = Vec::new();
    for c in s.chars() {
        let new_piece = match pieces.last() {
            None => true,
            Some(last) => {
                let prev = last.chars().last().unwrap_or(' ');
                !no_break_before(c) && !no_break_after(prev) && (is_wide(c) || is_wide(prev) || (prev == ' ' && c != ' ') || prev == '/' || prev == '–')
            }
        };
        if new_piece {
            pieces.push(c.to_string());
        } else if let Some(last) = pieces.last_mut() {
            last.push(c);
        }
    }
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for piece in pieces {
        let candidate = format!("{line}{piece}");
        if !line.is_empty() && text_width(candidate.trim_end(), size) > width {
            lines.push(line.trim_end().to_string());
            line = piece.trim_start().to_string();
        } else {
            line = candidate;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_string());
    }
    if lines.len() > max {
        lines.truncate(max);
        if let Some(last) = lines.last_mut() {
            while !last.is_empty() && text_width(&format!("{last}…"), size) > width {
                last.pop();
            }
            *last = format!("{}…", last.trim_end());
        }
    }
    lines
}

/// Text for SVG.
fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// Lines of text from `(x, y)`, `height` apart: the SVG and the y of the
/// last. Chinese marked inside English (`{zh:…}`) is written plain.
fn text_lines(lines: &[String], x: f64, y: f64, size: f64, height: f64, fill: &str, bold: bool) -> (String, f64) {
    let weight = if bold { " font-weight=\"bold\"" } else { "" };
    let mut out = String::new();
    let mut y = y;
    for line in lines {
        out.push_str(&format!("<text x=\"{x}\" y=\"{y}\" font-size=\"{size}\" fill=\"{fill}\"{weight}>{}</text>", esc(&plain(line))));
        y += height;
    }
    (out, y - height)
}

/// Text without the marks of Chinese inside English.
fn plain(s: &str) -> String {
    crate::core::mixed::plain(s).into_owned()
}

/// The card's frame: its size, language and font, white, with the accent
/// band at its left.
fn frame(lang: Lang, body: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" viewBox=\"0 0 {CARD_WIDTH} {CARD_HEIGHT}\" xml:lang=\"{}\" font-family=\"{FONT_FAMILY}\">\
<rect width=\"{CARD_WIDTH}\" height=\"{CARD_HEIGHT}\" fill=\"#ffffff\"/><rect width=\"24\" height=\"{CARD_HEIGHT}\" fill=\"{ACCENT}\"/>{body}</svg>",
        lang.html_lang(),
    )
}

/// A rule and one line of text at the foot of a card.
fn footer(text: &str) -> String {
    let inner = CARD_WIDTH as f64 - 2.0 * MARGIN;
    let (line, _) = text_lines(&wrap(text, 22.0, inner, 1), MARGIN, CARD_HEIGHT as f64 - 34.0, 22.0, 28.0, MUTED, false);
    format!("<rect x=\"{MARGIN}\" y=\"{}\" width=\"{inner}\" height=\"2\" fill=\"#d5dbe3\"/>{line}", CARD_HEIGHT as f64 - 72.0)
}

/// One of the report card's key figures: its value and label.
#[derive(Debug, Clone, PartialEq)]
pub struct CardFigure {
    pub value: String,
    pub label: String,
}

/// Taiwan's tier over the years, when it was the same in every year: the
/// tier's name and the tier line.
pub fn report_tier(d: &Dataset, lang: Lang) -> Option<(String, String)> {
    let years = d.report.tier_years();
    let (first, last) = (years.first()?, years.last()?);
    years.iter().all(|y| y.taiwan == first.taiwan).then(|| {
        (locale::tier(lang, first.taiwan).to_string(), share::card_tier(lang, d.report.meta.home.name.get(lang), &format::year_span(first.year, last.year, lang)))
    })
}

/// The report card's three figures, from the data: the cases uncovered,
/// the victims placed, the countries with an agreement (a figure the data
/// lacks is left out).
pub fn report_figures(d: &Dataset, lang: Lang) -> Vec<CardFigure> {
    let r = &d.report;
    let n = |v: f64| format::number(v, lang);
    let mut out = Vec::new();
    if let Some(f) = r.figure(Role::CasesUncovered) {
        out.push(CardFigure { value: format!("{} {}", n(f.value), locale::unit(lang, crate::core::Unit::Cases)), label: share::card_cases(lang, f.date.year) });
    }
    if let Some(f) = r.figure(Role::VictimsPlaced) {
        out.push(CardFigure { value: format!("{} {}", n(f.value), locale::unit(lang, crate::core::Unit::Persons)), label: share::card_victims(lang, f.date.year) });
    }
    // Counted from the agreements, as the chart and the key figures count them.
    let year = r.meta.year;
    let count = r.agreements.iter().filter(|a| a.counted && a.date.year <= year).count();
    if count > 0 {
        out.push(CardFigure { value: n(count as f64), label: share::card_agreements(lang, year) });
    }
    out
}

/// The report card's text alternative.
pub fn report_alt(d: &Dataset, lang: Lang) -> String {
    let tier = report_tier(d, lang).map(|(tier, line)| format!("{line}{}{tier}", format::colon(lang))).unwrap_or_default();
    let figures: Vec<String> = report_figures(d, lang).iter().map(|f| format!("{} {}", f.value, f.label)).collect();
    plain(&share::card_alt_report(lang, d.viewer.site.title.get(lang), &tier, &figures))
}

/// The report page's card, as SVG.
pub fn report_svg(d: &Dataset, lang: Lang) -> String {
    let inner = CARD_WIDTH as f64 - 2.0 * MARGIN;
    let mut body = String::new();
    let (publisher, _) = text_lines(&wrap(d.report.meta.publisher.get(lang), 28.0, inner, 1), MARGIN, 92.0, 28.0, 34.0, MUTED, false);
    body.push_str(&publisher);
    let title = wrap(d.viewer.site.title.get(lang), 54.0, inner, 2);
    let (title, mut y) = text_lines(&title, MARGIN, 166.0, 54.0, 66.0, ACCENT, true);
    body.push_str(&title);
    if let Some((tier, line)) = report_tier(d, lang) {
        y += 40.0;
        let badge = text_width(&tier, 40.0) + 48.0;
        body.push_str(&format!("<rect x=\"{MARGIN}\" y=\"{y}\" width=\"{badge}\" height=\"72\" rx=\"10\" fill=\"{ACCENT}\"/>"));
        let (tier_text, _) = text_lines(&[tier], MARGIN + 24.0, y + 51.0, 40.0, 0.0, "#ffffff", true);
        body.push_str(&tier_text);
        let x = MARGIN + badge + 28.0;
        let lines = wrap(&line, 28.0, CARD_WIDTH as f64 - MARGIN - x, 2);
        let first = if lines.len() > 1 { y + 30.0 } else { y + 46.0 };
        let (line, _) = text_lines(&lines, x, first, 28.0, 34.0, TEXT, false);
        body.push_str(&line);
        y += 72.0;
    }
    let figures = report_figures(d, lang);
    let column = inner / figures.len().max(1) as f64;
    let top = (y + 84.0).max(396.0);
    for (i, f) in figures.iter().enumerate() {
        let x = MARGIN + column * i as f64;
        let (value, _) = text_lines(&wrap(&f.value, 54.0, column - 40.0, 1), x, top, 54.0, 0.0, ACCENT, true);
        let (label, _) = text_lines(&wrap(&f.label, 24.0, column - 40.0, 3), x, top + 38.0, 24.0, 29.0, TEXT, false);
        body.push_str(&value);
        body.push_str(&label);
    }
    // What the link leads to: an interactive view of the report.
    body.push_str(&footer(d.viewer.site.subtitle.get(lang)));
    frame(lang, &body)
}

/// A chart's source line, as its panel writes it: "Source: the report; its sections".
pub fn source_line(id: ChartId, d: &Dataset, lang: Lang) -> String {
    let built = super::build(id, d, &Selection::default(), super::ChartEnv { lang, dark: false, animate: false });
    let sections: Vec<String> = built.sources.iter().map(|s| format::section(lang, s)).collect();
    let mut line = format!("{}{}{}", t(lang, Key::Source), format::colon(lang), d.viewer.site.source.get(lang));
    if !sections.is_empty() {
        line.push_str(format::list_sep(lang));
        line.push_str(&sections.join(format::list_sep(lang)));
    }
    line
}

/// The width, height and (where given) viewBox of an SVG's root element.
fn svg_size(svg: &str) -> Option<(f64, f64)> {
    let start = svg.find("<svg")?;
    let tag = &svg[start..start + svg[start..].find('>')?];
    let attr = |name: &str| -> Option<f64> {
        let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
        tag[at..at + tag[at..].find('"')?].trim_end_matches("px").parse().ok()
    };
    Some((attr("width")?, attr("height")?))
}

/// Base64 (RFC 4648, with padding), for the chart's data URL.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = (chunk[0] as u32) << 16 | (*chunk.get(1).unwrap_or(&0) as u32) << 8 | *chunk.get(2).unwrap_or(&0) as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A chart's card, as SVG: its title, the chart (`chart_svg`, the light SVG
/// the build drew of the default view) and its source line. An error when
/// `chart_svg` is not an SVG with a size.
pub fn chart_svg(id: ChartId, d: &Dataset, lang: Lang, chart_svg: &str) -> Result<String, String> {
    let (w, h) = svg_size(chart_svg).ok_or_else(|| format!("the SVG of chart {} has no <svg width height>", id.id()))?;
    let inner = CARD_WIDTH as f64 - 2.0 * MARGIN;
    let mut body = String::new();
    // The site, small, above the chart's title.
    let (site, _) = text_lines(&wrap(d.viewer.site.title.get(lang), 22.0, inner, 1), MARGIN, 54.0, 22.0, 0.0, MUTED, false);
    body.push_str(&site);
    let title = wrap(d.chart_title(id, lang), 38.0, inner, 2);
    let (title, y) = text_lines(&title, MARGIN, 104.0, 38.0, 48.0, ACCENT, true);
    body.push_str(&title);
    // The source line at the foot, in up to two lines.
    let source = wrap(&source_line(id, d, lang), 21.0, inner, 2);
    let source_top = CARD_HEIGHT as f64 - 30.0 - 27.0 * (source.len() as f64 - 1.0);
    let (source_svg, _) = text_lines(&source, MARGIN, source_top, 21.0, 27.0, MUTED, false);
    // The chart between the title and the source line, as large as fits.
    let (top, bottom) = (y + 18.0, source_top - 34.0);
    let scale = (inner / w).min((bottom - top) / h);
    let (cw, ch) = (w * scale, h * scale);
    let x = MARGIN + (inner - cw) / 2.0;
    body.push_str(&format!(
        "<image x=\"{x:.1}\" y=\"{top:.1}\" width=\"{cw:.1}\" height=\"{ch:.1}\" xlink:href=\"data:image/svg+xml;base64,{}\"/>",
        base64(chart_svg.as_bytes())
    ));
    body.push_str(&source_svg);
    Ok(frame(lang, &body))
}

/// A chart card's text alternative: the chart's title and its own.
pub fn chart_alt(id: ChartId, d: &Dataset, lang: Lang) -> String {
    let built = super::build(id, d, &Selection::default(), super::ChartEnv { lang, dark: false, animate: false });
    plain(&share::card_alt_chart(lang, d.chart_title(id, lang), &built.summary))
}

/// The fonts and the rasteriser (native only: the wasm never draws a card).
#[cfg(not(target_arch = "wasm32"))]
pub mod raster {
    use std::path::{Path, PathBuf};
    use std::sync::Arc;

    use resvg::{tiny_skia, usvg};

    use super::FONT_FAMILY;
    use crate::presentation::share::{CARD_HEIGHT, CARD_WIDTH};

    /// Where Debian's `fonts-noto-cjk` puts its fonts.
    pub const FONT_DIRS: [&str; 2] = ["/usr/share/fonts/opentype/noto", "/usr/share/fonts/noto-cjk"];
    /// The two faces the cards use.
    pub const FONT_FILES: [&str; 2] = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"];

    /// The cards' fonts, loaded once.
    pub struct Fonts(Arc<usvg::fontdb::Database>);

    impl Fonts {
        /// The Noto Sans CJK faces from the first of `dirs` that has them,
        /// or an error that says what to install.
        pub fn load(dirs: &[&str]) -> Result<Fonts, String> {
            let dir = dirs
                .iter()
                .map(PathBuf::from)
                .find(|d| FONT_FILES.iter().all(|f| d.join(f).is_file()))
                .ok_or_else(|| {
                    format!(
                        "the share cards need the font Noto Sans CJK ({}) in {}: install Debian's fonts-noto-cjk (make setup-apt)",
                        FONT_FILES.join(", "),
                        dirs.join(" or ")
                    )
                })?;
            let mut db = usvg::fontdb::Database::new();
            for f in FONT_FILES {
                let path: &Path = &dir.join(f);
                let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
                db.load_font_data(bytes);
            }
            if !db.faces().any(|f| f.families.iter().any(|(name, _)| name == FONT_FAMILY)) {
                return Err(format!("{} holds no {FONT_FAMILY}", dir.display()));
            }
            db.set_sans_serif_family(FONT_FAMILY);
            Ok(Fonts(Arc::new(db)))
        }
    }

    /// A card's SVG as a 1200 × 630 PNG.
    pub fn png(svg: &str, fonts: &Fonts) -> Result<Vec<u8>, String> {
        let opt = usvg::Options { font_family: FONT_FAMILY.into(), fontdb: fonts.0.clone(), languages: vec!["zh-Hant".into(), "en".into()], ..Default::default() };
        let tree = usvg::Tree::from_str(svg, &opt).map_err(|e| format!("the card's SVG: {e}"))?;
        let mut pixmap = tiny_skia::Pixmap::new(CARD_WIDTH, CARD_HEIGHT).ok_or("no pixmap of the card's size")?;
        let size = tree.size();
        let transform = tiny_skia::Transform::from_scale(CARD_WIDTH as f32 / size.width(), CARD_HEIGHT as f32 / size.height());
        resvg::render(&tree, transform, &mut pixmap.as_mut());
        pixmap.encode_png().map_err(|e| format!("the card's PNG: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dataset() -> Dataset {
        Dataset::bundled()
    }

    #[test]
    fn every_page_has_a_card_in_each_language() {
        let mut files: Vec<String> = Card::all(&dataset()).iter().flat_map(|c| Lang::ALL.map(|l| c.file(l))).collect();
        assert_eq!(files.len(), 2 * (1 + dataset().chart_ids().len()));
        files.sort();
        files.dedup();
        assert_eq!(files.len(), 2 * (1 + dataset().chart_ids().len()));
        assert_eq!(Card::Report.file(Lang::Zh), "cards/report-zh.png");
        assert_eq!(Card::Chart(ChartId::new("tiers")).file(Lang::En), "cards/tiers-en.png");
    }

    #[test]
    fn the_report_card_says_the_tier_and_three_figures_from_the_data() {
        let d = dataset();
        for lang in Lang::ALL {
            let svg = report_svg(&d, lang);
            assert!(roxmltree::Document::parse(&svg).is_ok(), "{svg}");
            let figures = report_figures(&d, lang);
            assert_eq!(figures.len(), 3);
            for f in &figures {
                assert!(svg.contains(&esc(&f.value)), "{} not on the card", f.value);
            }
            assert!(svg.contains(locale::tier(lang, crate::core::Tier::Tier1)));
            assert!(!svg.contains("style"), "presentation attributes only");
        }
        let en = report_figures(&d, Lang::En);
        assert_eq!(en[0].value, format!("{} cases", d.report.figure(Role::CasesUncovered).unwrap().value));
        assert_eq!(en[2].value, "10");
        // Another figure in the data, another figure on the card.
        let mut r = d.report.clone();
        r.figures.iter_mut().find(|f| f.role == Some(Role::VictimsPlaced)).unwrap().value = 31.0;
        assert_eq!(report_figures(&Dataset::new(r, Dataset::bundled().viewer), Lang::En)[1].value, "31 persons");
        assert!(report_alt(&d, Lang::En).contains("Tier 1"), "{}", report_alt(&d, Lang::En));
    }

    #[test]
    fn a_chart_card_holds_its_chart_title_and_source() {
        let d = dataset();
        let chart = r#"<svg width="720" height="416" xmlns="http://www.w3.org/2000/svg"><rect width="720" height="416" fill="red"/></svg>"#;
        let svg = chart_svg(ChartId::new("tiers"), &d, Lang::Zh, chart).unwrap();
        assert!(roxmltree::Document::parse(&svg).is_ok());
        let title = wrap(&d.chart_title(ChartId::new("tiers"), Lang::Zh), 38.0, CARD_WIDTH as f64 - 2.0 * MARGIN, 2);
        assert_eq!(title.concat(), d.chart_title(ChartId::new("tiers"), Lang::Zh), "the whole title, in its lines");
        for line in &title {
            assert!(svg.contains(&format!(">{}</text>", esc(line))), "{line}");
        }
        assert!(svg.contains(&base64(chart.as_bytes())));
        assert!(source_line(ChartId::new("tiers"), &d, Lang::En).starts_with("Source: "));
        let en = chart_svg(ChartId::new("tiers"), &d, Lang::En, chart).unwrap();
        assert!(!en.contains("{zh:") && !en.contains('}'), "the marks of Chinese in English are not drawn, nor cut");
        assert_eq!(wrap("Source: {zh:貳、三、(三)、1}; {zh:貳、四}", 20.0, 200.0, 3).concat().matches(['{', '}']).count(), 0);
        assert!(!chart_alt(ChartId::new("tiers"), &d, Lang::En).contains("{zh:"));
        assert!(chart_svg(ChartId::new("tiers"), &d, Lang::Zh, "<svg>").unwrap_err().contains("tiers"));
    }

    #[test]
    fn text_wraps_within_its_width_and_ends_with_an_ellipsis_when_cut() {
        let en = wrap("Combating Human Trafficking: Performance Report 2014", 54.0, 1056.0, 2);
        assert!(en.len() <= 2 && en.iter().all(|l| text_width(l, 54.0) <= 1056.0), "{en:?}");
        assert_eq!(en.join(" "), "Combating Human Trafficking: Performance Report 2014");
        let zh = wrap("至 103 年底簽署合作協定或備忘錄的國家", 24.0, 150.0, 2);
        assert_eq!(zh.len(), 2);
        assert!(zh[1].ends_with('…'), "{zh:?}");
        assert!(!wrap("甲，乙，丙", 24.0, 30.0, 9).iter().any(|l| l.starts_with('，')), "no line starts with a comma");
        assert!(!wrap("甲乙丙（丁戊）", 24.0, 80.0, 9).iter().any(|l| l.ends_with('（')), "no line ends with an opening bracket");
        assert_eq!(base64(b"Man"), "TWFu");
        assert_eq!(base64(b"Ma"), "TWE=");
        assert_eq!(base64(b"M"), "TQ==");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn a_card_is_a_png_of_1200_by_630_or_a_clear_error_without_the_font() {
        let missing = raster::Fonts::load(&["/nonexistent/fonts"]).err().unwrap();
        assert!(missing.contains("fonts-noto-cjk") && missing.contains("/nonexistent/fonts"), "{missing}");
        let fonts = raster::Fonts::load(&raster::FONT_DIRS).expect("make setup-apt installs fonts-noto-cjk");
        let d = dataset();
        let png = raster::png(&report_svg(&d, Lang::Zh), &fonts).unwrap();
        let decoder = png::Decoder::new(std::io::Cursor::new(&png));
        let info = decoder.read_info().unwrap();
        assert_eq!((info.info().width, info.info().height), (1200, 630));
        assert!(raster::png("<svg", &fonts).is_err());
    }
}
