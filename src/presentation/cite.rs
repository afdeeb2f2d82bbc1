//! "Cite this": what a page shows as a reference a reader can paste, in the
//! page's language: as plain text, as BibTeX and as CSL-JSON. Everything
//! comes from the data (the agency and the report from `report.json`, the
//! site's name from `viewer.json`, the version and its date from
//! `changes.json`); the address is the page's own, relative to the site,
//! made absolute with the site's address when the build has one
//! (`SITE_URL`). The build writes the BibTeX and CSL-JSON of each page as
//! files (`cite/…`), which the page links; pure, so tested natively.

use crate::core::{ChartId, Lang, SiteUrl};
use crate::dataset::Dataset;
use crate::locale::cite as words;

/// The folder of the citation files, in the site.
pub const FOLDER: &str = "cite";

/// What is cited: the report page, or one chart (its embed page).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cited {
    Report,
    Chart(ChartId),
}

/// One page's citation, in one language.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub lang: Lang,
    /// The agency that published the report.
    pub agency: String,
    /// The report's title.
    pub report: String,
    /// The report's year.
    pub year: i32,
    /// The chart, when one is cited.
    pub chart: Option<String>,
    /// The report's sections the cited figures come from (for a chart).
    pub sections: Vec<String>,
    /// This viewer's name.
    pub viewer: String,
    /// The data's version and its date (`YYYY-MM-DD`).
    pub version: String,
    pub date: String,
    /// The page's address: absolute with the site's address, else
    /// relative to the site (`en.html`, `embed-tiers-en.html`).
    pub address: String,
    pub absolute: bool,
    /// The citation's key (BibTeX) and id (CSL-JSON).
    pub key: String,
}

/// At most this many sections are named; more are "… and others".
const MAX_SECTIONS: usize = 3;

impl Citation {
    pub fn new(d: &Dataset, cited: Cited, lang: Lang, site: Option<&SiteUrl>) -> Citation {
        let meta = &d.report.meta;
        let (chart, sections, page, stem) = match cited {
            Cited::Report => (None, Vec::new(), lang.page_file().to_string(), "report".to_string()),
            Cited::Chart(id) => {
                let mut sections: Vec<String> = Vec::new();
                for f in d.facts_of(id) {
                    if !f.source.is_empty() && !sections.contains(&f.source) {
                        sections.push(f.source.clone());
                    }
                }
                (Some(d.chart_title(id, lang).to_string()), sections, crate::presentation::embed::page_file(id, lang), format!("chart-{}", id.id()))
            }
        };
        // The report page in Chinese is the site's own address.
        let address = match site {
            Some(s) if page == Lang::Zh.page_file() => s.join("./"),
            Some(s) => s.join(&page),
            None => page,
        };
        Citation {
            lang,
            agency: meta.publisher.get(lang).to_string(),
            report: meta.title.get(lang).to_string(),
            year: meta.year,
            chart,
            sections,
            viewer: d.viewer.site.title.get(lang).to_string(),
            version: d.changes.version().to_string(),
            date: d.changes.date().to_string(),
            address,
            absolute: site.is_some(),
            key: format!("{}-{stem}-{}", d.viewer.site.id, lang.id()),
        }
    }

    /// The file of the citation in `format` (`bib`, `json`), relative to the site.
    pub fn file(&self, format: &str) -> String {
        format!("{FOLDER}/{}.{format}", self.key)
    }

    /// The sections as the citation names them (at most `MAX_SECTIONS`).
    fn sections_named(&self) -> Option<String> {
        (!self.sections.is_empty()).then(|| {
            let shown: Vec<&str> = self.sections.iter().take(MAX_SECTIONS).map(String::as_str).collect();
            words::sections(self.lang, &shown, self.sections.len() > MAX_SECTIONS)
        })
    }

    /// The title as cited: the report, or the chart in it.
    fn title(&self) -> String {
        match &self.chart {
            Some(chart) => words::chart_title(self.lang, &self.report, chart),
            None => self.report.clone(),
        }
    }

    /// The citation as one paragraph of plain text.
    pub fn plain(&self) -> String {
        words::plain(self.lang, &words::CitationParts {
            agency: &self.agency,
            report: &self.report,
            year: self.year,
            chart: self.chart.as_deref(),
            sections: self.sections_named().as_deref(),
            viewer: &self.viewer,
            version: &self.version,
            date: &self.date,
            address: &self.address,
            absolute: self.absolute,
        })
    }

    /// The citation as one BibTeX entry (`@misc`, braces protecting the
    /// agency as one name and the title's case).
    pub fn bibtex(&self) -> String {
        let mut fields = vec![
            ("author", format!("{{{}}}", bib(&self.agency))),
            ("title", format!("{{{}}}", bib(&self.title()))),
            ("year", self.year.to_string()),
            ("howpublished", bib(&words::howpublished(self.lang, &self.viewer, &self.version))),
            // The version's date is in the note: biblatex's `date` would
            // stand for the report's own date and override `year`.
            ("version", bib(&self.version)),
            ("url", bib(&self.address)),
            ("language", bib(words::bib_language(self.lang))),
        ];
        let mut note = Vec::new();
        if let Some(s) = self.sections_named() {
            note.push(s);
        }
        note.push(words::version_of(self.lang, &self.version, &self.date));
        if !self.absolute {
            note.push(words::relative_address(self.lang).to_string());
        }
        fields.push(("note", bib(&note.join(words::sep(self.lang)))));
        let body: Vec<String> = fields.into_iter().map(|(k, v)| format!("  {k} = {{{v}}}")).collect();
        format!("@misc{{{},\n{}\n}}\n", self.key, body.join(",\n"))
    }

    /// The citation as CSL-JSON: a list of one item (`type: dataset`).
    pub fn csl_json(&self) -> String {
        let mut item = serde_json::json!({
            "id": self.key,
            "type": "dataset",
            "title": self.title(),
            "author": [{ "literal": self.agency }],
            "publisher": self.agency,
            "container-title": self.viewer,
            "version": self.version,
            "issued": { "date-parts": [[self.year]] },
            "language": self.lang.html_lang(),
            "URL": self.address,
        });
        let mut note = vec![words::version_of(self.lang, &self.version, &self.date)];
        if let Some(s) = self.sections_named() {
            item["section"] = s.clone().into();
            note.insert(0, s);
        }
        if let Some(date) = date_parts(&self.date) {
            item["available-date"] = serde_json::json!({ "date-parts": [date] });
        }
        if !self.absolute {
            note.push(words::relative_address(self.lang).to_string());
        }
        item["note"] = note.join(words::sep(self.lang)).into();
        let mut out = serde_json::to_string_pretty(&serde_json::json!([item])).expect("JSON");
        out.push('\n');
        out
    }
}

/// `YYYY-MM-DD` as CSL's date parts.
fn date_parts(date: &str) -> Option<Vec<i64>> {
    let parts: Vec<i64> = date.split('-').map(|p| p.parse().ok()).collect::<Option<_>>()?;
    (parts.len() == 3).then_some(parts)
}

/// Text for a BibTeX field in braces: its specials escaped, its braces
/// kept balanced.
fn bib(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\textbackslash{}"),
            '{' => out.push_str("\\{"),
            '}' => out.push_str("\\}"),
            '%' | '&' | '#' | '$' | '_' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            _ => out.push(c),
        }
    }
    out
}

/// `text` as the page shows it in `lang`: in English each run of Chinese
/// (a section of the report, its punctuation) marked as Chinese
/// (`core::mixed`), so that it is read with a Chinese voice.
pub fn marked(text: &str, lang: Lang) -> String {
    if lang == Lang::Zh {
        return text.to_string();
    }
    let chinese = |c: char| crate::core::mixed::is_han(c) || ('\u{3000}'..='\u{303F}').contains(&c) || ('\u{FF00}'..='\u{FFEF}').contains(&c);
    let mut out = String::new();
    let (mut open, mut depth) = (false, 0);
    for c in text.chars() {
        // A run goes on through ASCII digits and brackets between Chinese
        // (`貳、三、(一)、3`), not through a bracket it did not open.
        let inside = chinese(c) || (open && (c.is_ascii_digit() || c == '(' || (c == ')' && depth > 0)));
        match c {
            '(' if inside => depth += 1,
            ')' if inside => depth -= 1,
            _ if !inside => depth = 0,
            _ => {}
        }
        if inside && !open {
            out.push_str(crate::core::mixed::OPEN);
            open = true;
        } else if !inside && open {
            out.push(crate::core::mixed::CLOSE);
            open = false;
        }
        out.push(c);
    }
    if open {
        out.push(crate::core::mixed::CLOSE);
    }
    out
}

/// Every citation of the site: the report page and each chart, in each
/// language.
pub fn all(d: &Dataset, site: Option<&SiteUrl>) -> Vec<Citation> {
    let mut out = Vec::new();
    for lang in Lang::ALL {
        out.push(Citation::new(d, Cited::Report, lang, site));
        for id in d.chart_ids() {
            out.push(Citation::new(d, Cited::Chart(id), lang, site));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bibtex_specials_are_escaped() {
        assert_eq!(bib("50% & {x}_1 #2 $"), "50\\% \\& \\{x\\}\\_1 \\#2 \\$");
    }

    #[test]
    fn english_marks_its_chinese() {
        assert_eq!(marked("sections 貳、三、(一)、3; 貳、四 and", Lang::En), "sections {zh:貳、三、(一)、3}; {zh:貳、四} and");
        assert_eq!(marked("報告 貳、四", Lang::Zh), "報告 貳、四");
        assert_eq!(marked("(section 貳、三、(一)、3).", Lang::En), "(section {zh:貳、三、(一)、3}).");
        assert_eq!(crate::core::mixed::bare_chinese(&marked("a 貳、三 (x) b", Lang::En)), None);
    }

    #[test]
    fn a_date_is_csl_date_parts() {
        assert_eq!(date_parts("2026-12-06"), Some(vec![2026, 12, 6]));
        assert_eq!(date_parts("2026"), None);
    }
}
