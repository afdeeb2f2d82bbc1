//! The texts of a citation (`presentation::cite`) and of the list of changes
//! (`ui::changes`), with their parameters, in both languages.

use crate::core::Lang;

/// The fixed words of the citation and of the list of changes: here, not in
/// `keys`, as only the build renders them (the keys' table is in the wasm).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Word {
    CiteTitle,
    CiteChartTitle,
    CiteHelp,
    CiteBibtex,
    CiteCslJson,
    CiteDownloadBib,
    CiteDownloadCsl,
    CiteCharts,
    ChangesTitle,
    ChangesWhere,
    ChangesWhat,
    ChangesWhy,
    ChangesVersion,
    ChangesDate,
    ChangesFile,
}

impl Word {
    pub const ALL: [Word; 15] = [Word::CiteTitle, Word::CiteChartTitle, Word::CiteHelp, Word::CiteBibtex, Word::CiteCslJson, Word::CiteDownloadBib, Word::CiteDownloadCsl, Word::CiteCharts, Word::ChangesTitle, Word::ChangesWhere, Word::ChangesWhat, Word::ChangesWhy, Word::ChangesVersion, Word::ChangesDate, Word::ChangesFile];
}

/// A word in `lang`.
pub fn word(lang: Lang, w: Word) -> &'static str {
    let (zh, en) = match w {
        Word::CiteTitle => ("引用本頁", "Cite this page"),
        Word::CiteChartTitle => ("引用本圖表", "Cite this chart"),
        Word::CiteHelp => ("可直接選取下列文字複製，或下載引用檔（BibTeX、CSL-JSON，可匯入 Zotero 等書目管理軟體）。", "Select the text below to copy it, or download the citation as a file (BibTeX, CSL-JSON: for reference managers such as Zotero)."),
        Word::CiteBibtex => ("BibTeX 格式", "BibTeX"),
        Word::CiteCslJson => ("CSL-JSON 格式", "CSL-JSON"),
        Word::CiteDownloadBib => ("下載 BibTeX（.bib）", "Download BibTeX (.bib)"),
        Word::CiteDownloadCsl => ("下載 CSL-JSON（.json）", "Download CSL-JSON (.json)"),
        Word::CiteCharts => ("引用單一圖表：", "To cite one chart:"),
        Word::ChangesTitle => ("更正與更動紀錄", "Corrections and changes"),
        Word::ChangesWhere => ("位置", "Where"),
        Word::ChangesWhat => ("更動內容", "What changed"),
        Word::ChangesWhy => ("原因", "Why"),
        Word::ChangesVersion => ("版本", "Version"),
        Word::ChangesDate => ("日期", "Date"),
        Word::ChangesFile => ("更動紀錄（JSON）", "The changes as data (JSON)"),
    };
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// What a plain-text citation is made of.
pub struct CitationParts<'a> {
    pub agency: &'a str,
    pub report: &'a str,
    pub year: i32,
    pub chart: Option<&'a str>,
    /// The sections, already named (`sections`).
    pub sections: Option<&'a str>,
    pub viewer: &'a str,
    pub version: &'a str,
    pub date: &'a str,
    pub address: &'a str,
    pub absolute: bool,
}

/// The report's sections a chart's figures come from: `報告 貳、三、(一)、3、貳、四 等章節`
/// / `report sections 貳、三、(一)、3; 貳、四 and others`.
pub fn sections(lang: Lang, shown: &[&str], more: bool) -> String {
    match lang {
        Lang::Zh => format!("報告{}{}章節", shown.join("；"), if more { "等" } else { "" }),
        Lang::En => format!("report section{} {}{}", if shown.len() > 1 || more { "s" } else { "" }, shown.join("; "), if more { " and others" } else { "" }),
    }
}

/// A chart as a title: `〈report〉圖表：chart` / `report: chart "chart"`.
pub fn chart_title(lang: Lang, report: &str, chart: &str) -> String {
    match lang {
        Lang::Zh => format!("{report}，圖表「{chart}」"),
        Lang::En => format!("{report}, chart \"{chart}\""),
    }
}

/// The data's version with its date.
pub fn version_of(lang: Lang, version: &str, date: &str) -> String {
    match lang {
        Lang::Zh => format!("資料版本 {version}（{date}）"),
        Lang::En => format!("data version {version} ({date})"),
    }
}

/// Where the citation says it is published: the viewer and the version.
pub fn howpublished(lang: Lang, viewer: &str, version: &str) -> String {
    match lang {
        Lang::Zh => format!("{viewer}，資料版本 {version}"),
        Lang::En => format!("{viewer}, data version {version}"),
    }
}

/// BibTeX's `language` field.
pub fn bib_language(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "chinese",
        Lang::En => "english",
    }
}

/// Between the parts of a note.
pub fn sep(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "；",
        Lang::En => "; ",
    }
}

/// What a relative address is relative to (a build without `SITE_URL`).
pub fn relative_address(lang: Lang) -> &'static str {
    match lang {
        Lang::Zh => "網址為相對於本網站所在位置的路徑：請在前面加上您開啟本網站的網址",
        Lang::En => "the address is relative to where this site is published: put the address you opened the site at before it",
    }
}

/// The citation as one paragraph.
pub fn plain(lang: Lang, p: &CitationParts) -> String {
    let address = if p.absolute { p.address.to_string() } else { format!("{}{}", p.address, relative_note(lang)) };
    match lang {
        Lang::Zh => {
            let chart = p.chart.map(|c| format!("，圖表「{c}」")).unwrap_or_default();
            let sections = p.sections.map(|s| format!("（{s}）")).unwrap_or_default();
            format!("{}（{}）。《{}》{chart}{sections}。收錄於「{}」，{}。{address}", p.agency, p.year, p.report, p.viewer, version_of(lang, p.version, p.date))
        }
        Lang::En => {
            let chart = p.chart.map(|c| format!(", chart \"{c}\"")).unwrap_or_default();
            let sections = p.sections.map(|s| format!(" ({s})")).unwrap_or_default();
            format!("{} ({}). {}{chart}{sections}. In: {}, {}. {address}", p.agency, p.year, p.report, p.viewer, version_of(lang, p.version, p.date))
        }
    }
}

/// After a relative address in the plain text.
fn relative_note(lang: Lang) -> String {
    match lang {
        Lang::Zh => format!("（{}）", relative_address(lang)),
        Lang::En => format!(" ({})", relative_address(lang)),
    }
}

/// The heading of the list of changes, and its first line: the data's
/// version, and when it was first published.
pub fn changes_intro(lang: Lang, version: &str, date: &str, first: &str, first_date: &str) -> String {
    match lang {
        Lang::Zh => format!("目前的資料版本為 {version}（{date}）。本檢視器的資料於 {first_date} 首次發布（版本 {first}），以下列出其後對數據或文字的每一項更動。"),
        Lang::En => format!("The data is at version {version} ({date}). This viewer's data was first published on {first_date} (version {first}); each change to a figure or a text since is listed below."),
    }
}

/// When there has been no change.
pub fn no_changes(lang: Lang, version: &str, date: &str) -> String {
    match lang {
        Lang::Zh => format!("自 {date} 首次發布（資料版本 {version}）以來，數據與文字均未更動。"),
        Lang::En => format!("No figure or text has changed since the data was first published on {date} (data version {version})."),
    }
}

/// The data version in the about section.
pub fn data_version(lang: Lang, version: &str, date: &str) -> String {
    match lang {
        Lang::Zh => format!("資料版本 {version}（{date}）：各檔案的大小與 SHA-256 雜湊值，列於資料說明檔。"),
        Lang::En => format!("Data version {version} ({date}): each file's size and SHA-256 hash are in the data package."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_word_in_both_languages() {
        for w in Word::ALL {
            let (zh, en) = (word(Lang::Zh, w), word(Lang::En, w));
            assert!(!en.is_empty() && zh.chars().any(crate::core::mixed::is_han), "{w:?}");
            assert!(!en.chars().any(crate::core::mixed::is_han), "{w:?}");
        }
    }
}
