//! What the page says about its own state: how much the filters and the
//! search show (`ui`), the address's values that were ignored
//! (`presentation::UrlNotice`), and why the data was refused (`data::validate`,
//! `ui::error`; the fixed messages are keys, `Problem…`).

use super::keys::pick;
use crate::core::Lang;

/// How many passages of the report's text hold the search words.
pub fn passages_matching(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("報告全文 {total} 段中有 {n} 段符合搜尋"),
        Lang::En => format!("{n} of the report's {total} passages match the search"),
    }
}

/// "Showing n of total activities", for the count line and live region.
pub fn showing(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("顯示 {total} 項活動中的 {n} 項"),
        Lang::En => format!("Showing {n} of {total} activities"),
    }
}

/// The filters' one-line summary: the selection's parts, then the count
/// (`All pillars · All years · 34 of 34 activities`).
pub fn selection_summary(lang: Lang, parts: &[String], shown: usize, total: usize) -> String {
    let count = match lang {
        Lang::Zh => format!("{shown}／{total} 項活動"),
        Lang::En => format!("{shown} of {total} activities"),
    };
    parts.iter().cloned().chain(std::iter::once(count)).collect::<Vec<_>>().join(" · ")
}

/// A search text in the filters' summary.
pub fn quoted_search(lang: Lang, q: &str) -> String {
    match lang {
        Lang::Zh => format!("搜尋「{q}」"),
        Lang::En => format!("search “{q}”"),
    }
}

// ---------------------------------------------------------------------------
// URL notices (values of the address that were ignored).
// ---------------------------------------------------------------------------

/// The name of a URL parameter (`pillar`, `year`, …) for a reader.
pub fn url_param(lang: Lang, param: &str) -> &'static str {
    let (zh, en) = match param {
        "pillar" => ("面向", "pillar"),
        "dimension" => ("指標挑戰性分類", "challenge dimension"),
        "year" => ("年度", "year"),
        "lang" => ("語言", "language"),
        "table" => ("表格", "table"),
        "embed" => ("嵌入", "embed"),
        _ => ("參數", "parameter"),
    };
    pick(lang, zh, en)
}

pub fn url_notice(lang: Lang, param: &str, value: &str) -> String {
    let name = url_param(lang, param);
    match lang {
        Lang::Zh => format!("網址中的{name}「{value}」無法辨識，已略過。"),
        Lang::En => format!("The {name} \"{value}\" in the address is not recognised and was ignored."),
    }
}

// ---------------------------------------------------------------------------
// Validation messages.
// ---------------------------------------------------------------------------

/// A text lacks its form in `missing`.
pub fn problem_missing_language(lang: Lang, missing: Lang) -> String {
    match (lang, missing) {
        (Lang::Zh, Lang::Zh) => "缺少中文字".to_string(),
        (Lang::Zh, Lang::En) => "缺少英文字".to_string(),
        (Lang::En, Lang::Zh) => "the Chinese text is missing".to_string(),
        (Lang::En, Lang::En) => "the English text is missing".to_string(),
    }
}

pub fn problem_bad_date(lang: Lang, date: &str) -> String {
    match lang {
        Lang::Zh => format!("「{date}」不是 ISO 日期（YYYY、YYYY-MM 或 YYYY-MM-DD）"),
        Lang::En => format!("\"{date}\" is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD)"),
    }
}

pub fn problem_duplicate_id(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Zh => format!("代碼「{id}」重複"),
        Lang::En => format!("the id \"{id}\" is used twice"),
    }
}

pub fn problem_bad_number(lang: Lang, value: f64) -> String {
    match lang {
        Lang::Zh => format!("數值 {value} 無效"),
        Lang::En => format!("the value {value} is not a valid count"),
    }
}

pub fn problem_unknown_id(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Zh => format!("沒有代碼為「{id}」的資料"),
        Lang::En => format!("no record has the id \"{id}\""),
    }
}

/// A country code that is not ISO 3166-1 in form, or differs from the
/// country's codes elsewhere in the file.
pub fn problem_bad_country_code(lang: Lang, code: &str) -> String {
    match lang {
        Lang::Zh => format!("國家代碼「{code}」不符 ISO 3166-1（二或三個大寫字母、三位數字），或與他處同一國家之代碼不同"),
        Lang::En => format!("the country code \"{code}\" is not ISO 3166-1 in form (two or three capital letters, three digits), or differs from the same country's codes elsewhere"),
    }
}

/// A figure the viewer relies on is not in the data (renamed or removed).
pub fn problem_bad_name(lang: Lang, name: &str) -> String {
    match lang {
        Lang::Zh => format!("「{name}」須為小寫英文字母、數字與連字號（-），且不以語言代碼（如 -en）結尾"),
        Lang::En => format!("\"{name}\" must be lower-case letters, digits and hyphens, not ending in a language (such as -en)"),
    }
}

pub fn problem_after_report_year(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{year} 年晚於報告年度（meta.year）"),
        Lang::En => format!("{year} is after the report's year (meta.year)"),
    }
}

pub fn problem_nothing_to_show(lang: Lang, kind: &str) -> String {
    match lang {
        Lang::Zh => format!("報告沒有此類圖表（{kind}）所需的資料；請刪除此圖表"),
        Lang::En => format!("the report has none of what a chart of this kind ({kind}) shows; leave the chart out"),
    }
}

pub fn problem_role_taken(lang: Lang, role: &str) -> String {
    match lang {
        Lang::Zh => format!("角色「{role}」已由另一項數據擔任（每個角色只能由一項數據擔任）"),
        Lang::En => format!("another figure already plays the role \"{role}\" (a role is played by one figure)"),
    }
}

pub fn problem_bare_chinese(lang: Lang, run: &str) -> String {
    match lang {
        Lang::Zh => format!("英文中有未標示的中文「{run}」（請以 {{zh:…}} 標示，或改為英文）"),
        Lang::En => format!("Chinese \"{run}\" in English text outside a {{zh:…}} span (mark it, or put it in English)"),
    }
}

pub fn problem_out_of_range(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Zh => format!("超出範圍：{what}"),
        Lang::En => format!("out of range: {what}"),
    }
}

/// A validation error: the record, the field and the problem (in `lang`).
pub fn field_error(lang: Lang, record: &str, field: &str, problem: &str) -> String {
    match lang {
        Lang::Zh => format!("{record}，欄位 {field}：{problem}"),
        Lang::En => format!("{record}, field {field}: {problem}"),
    }
}

/// The open data's licence note on the page: the licence, the report to
/// credit (`source`, as the site credits it) and which file is for whom.
pub fn downloads_licence(lang: Lang, source: &str) -> String {
    match lang {
        Lang::Zh => format!("本站的開放資料依「政府資料開放授權條款－第1版」提供，使用時請註明出處（{source}）。CSV 檔為 UTF-8 編碼，供程式讀取；以 Excel 開啟請用試算表檔。"),
        Lang::En => format!(
            "The open data of this site is offered under Taiwan's Open Government Data License, version 1.0; credit the source ({source}) when you use it. The CSV file is UTF-8, for programs; to open the figures in Excel, use the spreadsheet."
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::locale::keys::assert_both_languages;

    #[test]
    fn every_message_has_both_languages() {
        assert_both_languages(&[
            ("showing", Box::new(|l| showing(l, 3, 10))),
            ("passages_matching", Box::new(|l| passages_matching(l, 3, 90))),
            ("url_notice", Box::new(|l| url_notice(l, "pillar", "x"))),
            ("url_notice unknown parameter", Box::new(|l| url_notice(l, "zzz", "x"))),
            ("problem_missing_language zh", Box::new(|l| problem_missing_language(l, Lang::Zh))),
            ("problem_missing_language en", Box::new(|l| problem_missing_language(l, Lang::En))),
            ("problem_bad_date", Box::new(|l| problem_bad_date(l, "2014-13"))),
            ("problem_duplicate_id", Box::new(|l| problem_duplicate_id(l, "a"))),
            ("problem_bad_number", Box::new(|l| problem_bad_number(l, -1.0))),
            ("problem_out_of_range", Box::new(|l| problem_out_of_range(l, "3000"))),
            ("problem_unknown_id", Box::new(|l| problem_unknown_id(l, "x"))),
            ("problem_bad_country_code", Box::new(|l| problem_bad_country_code(l, "x"))),
            ("problem_role_taken", Box::new(|l| problem_role_taken(l, "x"))),
            ("problem_bad_name", Box::new(|l| problem_bad_name(l, "X"))),
            ("problem_nothing_to_show", Box::new(|l| problem_nothing_to_show(l, "x"))),
            ("problem_after_report_year", Box::new(|l| problem_after_report_year(l, 2015))),
            ("downloads_licence", Box::new(|l| downloads_licence(l, "x"))),
            ("field_error", Box::new(|l| field_error(l, "activities[3] (x)", "title.en", "…"))),
        ]);
        for p in ["pillar", "dimension", "year", "lang", "table", "embed", "other"] {
            assert_ne!(url_param(Lang::Zh, p), url_param(Lang::En, p), "{p}");
        }
    }
}
