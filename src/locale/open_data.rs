//! The texts of the open data's description (`dataset::package`, written as
//! `data/datapackage.json` by `export-data`): the package, each file, and
//! each column of `facts.csv` and `facts.xlsx`, in both languages. Native
//! only: the page never shows them, so they stay out of the wasm.

use crate::core::Text;

fn text(zh: &str, en: &str) -> Text {
    Text { zh: zh.to_string(), en: en.to_string() }
}

/// The package's title: the site's, as open data.
pub fn package_title(site: &Text) -> Text {
    text(&format!("{}開放資料", site.zh), &format!("{}, open data", site.en))
}

/// The licence's name as its licensor gives it.
pub fn licence_title() -> Text {
    text("政府資料開放授權條款－第1版", "Open Government Data License, version 1.0")
}

/// What the source's sections are (the chapters listed with it).
pub fn source_sections() -> Text {
    text(
        "報告的章節，編號同報告（每筆數據的 source 欄位即其所在章節）：",
        "The report's chapters, numbered as the report numbers them (each figure's source column is the section it is printed in):",
    )
}

/// A file of `data/`: its title and description, by file name; `None` for a
/// file this table does not describe.
pub fn resource(file: &str) -> Option<(Text, Text)> {
    Some(match file {
        "facts.csv" => (
            text("所有數據（CSV）", "All figures (CSV)"),
            text(
                "報告中每一項數據一列：關鍵績效指標、美國人口販運問題報告評等、合作備忘錄、各項活動的數量與其他獨立數據。UTF-8 編碼、無位元組順序記號（BOM），供程式讀取；以 Excel 開啟請用 facts.xlsx。",
                "Every figure of the report, one a row: the key performance indicator, the US Trafficking in Persons Report ratings, the agreements, the activities' counts and the standalone figures. UTF-8 without a byte-order mark, for programs; to open it in Excel, use facts.xlsx.",
            ),
        ),
        "facts.xlsx" => (
            text("所有數據（Excel 試算表）", "All figures (Excel spreadsheet)"),
            text(
                "與 facts.csv 相同的欄位與列，為 Excel 試算表（.xlsx），中文在 Excel 中正確顯示；數值與年份為數字格。",
                "The same columns and rows as facts.csv, as an Excel spreadsheet (.xlsx) in which the Chinese shows as it should; values and years are number cells.",
            ),
        ),
        "report.json" => (
            text("完整資料（JSON）", "Full data (JSON)"),
            text(
                "本檢視器的資料來源：指標、評等、合作備忘錄、活動與數據，每筆附報告章節與中英文說明。結構見 report.schema.json。",
                "The viewer's data source: the indicator, the ratings, the agreements, the activities and the figures, each with its report section and texts in both languages. Its structure is report.schema.json.",
            ),
        ),
        "text.json" => (
            text("報告全文（JSON）", "The report's text (JSON)"),
            text(
                "報告全文，依章節：中文依原文（原文之誤植照錄並列出），英文為本專案翻譯。結構見 text.schema.json。",
                "The report's full text, section by section: the Chinese as printed (its slips kept and listed), the English this project's translation. Its structure is text.schema.json.",
            ),
        ),
        "changes.json" => (
            text("資料的版本與更正（JSON）", "The data's versions and corrections (JSON)"),
            text(
                "資料首次發布的版本與日期，以及其後每一次數據或文字的更動：改了什麼、在哪裡、為什麼、屬於哪個版本。結構見 changes.schema.json。",
                "The version and date the data was first published, then each change to a figure or a text since: what, where, why, and in which version. Its structure is changes.schema.json.",
            ),
        ),
        "report-text.md" => (
            text("報告全文（Markdown）", "The report's text (Markdown)"),
            text("報告全文，中英文對照，為 Markdown 文件。", "The report's full text in both languages, as a Markdown document."),
        ),
        "viewer.json" => (
            text("檢視器設定（JSON）", "The viewer's settings (JSON)"),
            text(
                "本檢視器如何呈現這份報告：網站標題與說明、各圖表的標題、單位與文字說明。結構見 viewer.schema.json。",
                "How the viewer presents this report: the site's title and texts, and each chart's title, unit and text alternative. Its structure is viewer.schema.json.",
            ),
        ),
        "viewer.schema.json" => (
            text("viewer.json 的結構（JSON Schema）", "The structure of viewer.json (JSON Schema)"),
            text(
                "由檢視器的資料模型產生的 JSON Schema（2020-12 版），編輯 viewer.json 時可用以檢查。",
                "A JSON Schema (draft 2020-12) generated from the viewer's data model, to check viewer.json against while editing it.",
            ),
        ),
        "report.schema.json" => (
            text("report.json 的結構（JSON Schema）", "The structure of report.json (JSON Schema)"),
            text(
                "由檢視器的資料模型產生的 JSON Schema（2020-12 版），編輯 report.json 時可用以檢查。",
                "A JSON Schema (draft 2020-12) generated from the viewer's data model, to check report.json against while editing it.",
            ),
        ),
        "changes.schema.json" => (
            text("changes.json 的結構（JSON Schema）", "The structure of changes.json (JSON Schema)"),
            text(
                "由檢視器的資料模型產生的 JSON Schema（2020-12 版），編輯 changes.json 時可用以檢查。",
                "A JSON Schema (draft 2020-12) generated from the viewer's data model, to check changes.json against while editing it.",
            ),
        ),
        "text.schema.json" => (
            text("text.json 的結構（JSON Schema）", "The structure of text.json (JSON Schema)"),
            text(
                "由檢視器的資料模型產生的 JSON Schema（2020-12 版），編輯 text.json 時可用以檢查。",
                "A JSON Schema (draft 2020-12) generated from the viewer's data model, to check text.json against while editing it.",
            ),
        ),
        _ => return None,
    })
}

/// A column of `facts.csv`: its title and description; `None` for a
/// column this table does not describe.
pub fn field(column: &str) -> Option<(Text, Text)> {
    Some(match column {
        "dataset" => (
            text("資料集", "Dataset"),
            text(
                "數據所屬的部分：indicator（關鍵績效指標）、tip_tiers（美國人口販運問題報告評等）、agreements（合作備忘錄）、activities（活動的數量），其餘為報告中獨立數據的分組。",
                "The part of the report the figure belongs to: indicator (the key performance indicator), tip_tiers (the US Trafficking in Persons Report ratings), agreements, activities (an activity's count); the others are the groups of the report's standalone figures.",
            ),
        ),
        "pillar" => (
            text("支柱（4P）", "Pillar (4P)"),
            text(
                "本專案歸類的防制人口販運支柱；空白表示未歸類（如關鍵績效指標與評等）。各值：",
                "The pillar this project assigns; empty where it assigns none (such as the indicator and the ratings). The values:",
            ),
        ),
        "year" => (text("年份（西元）", "Year (Gregorian)"), text("數據所屬的年份，西元紀年（民國年加 1911）。", "The year the figure is for, Gregorian (ROC year plus 1911)."),),
        "label_zh" => (text("說明（中文）", "Label (Chinese)"), text("數據的中文說明。", "What the figure is, in Traditional Chinese.")),
        "label_en" => (text("說明（英文）", "Label (English)"), text("數據的英文說明。", "What the figure is, in English.")),
        "value" => (
            text("數值", "Value"),
            text(
                "報告所列的數值，單位見 unit 欄；空白表示報告未列數值（例如印為「--」，見說明）。",
                "The figure as the report prints it, in the unit of the unit column; empty where the report prints no number (such as \"--\", told in the label).",
            ),
        ),
        "unit" => (
            text("單位", "Unit"),
            text(
                "數值的單位；空白表示報告未註明單位（關鍵績效指標的目標值與實際值）。各值：",
                "The value's unit; empty where the report gives none (the indicator's target and actual). The values:",
            ),
        ),
        "source" => (
            text("報告章節", "Report section"),
            text("數據所在的報告章節，編號同報告（例如「貳、五、(一)、5」）。", "The section of the report the figure is printed in, numbered as the report numbers it (such as 貳、五、(一)、5)."),
        ),
        "date" => (
            text("日期", "Date"),
            text("數據所指的日期，ISO 8601 格式，精確到年、月或日（YYYY、YYYY-MM、YYYY-MM-DD）。", "The date the figure refers to, ISO 8601, to the year, month or day (YYYY, YYYY-MM, YYYY-MM-DD)."),
        ),
        "record_id" => (
            text("紀錄代號", "Record id"),
            text(
                "數據在 report.json 中的出處：紀錄的 id；活動的數量為「活動 id#序號」（從 0 起算）。每列唯一。",
                "Where the figure is in report.json: the record's id; for an activity's count, `<activity id>#<n>` (from 0). Unique to each row.",
            ),
        ),
        _ => return None,
    })
}

/// One value's entry in a column's description (`people：人`).
pub fn value_entry(id: &str, zh: &str, en: &str) -> Text {
    text(&format!("{id}：{zh}"), &format!("{id}: {en}"))
}
