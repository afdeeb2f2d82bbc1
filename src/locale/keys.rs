//! The fixed interface texts: one table of keys, each with its Traditional
//! Chinese and English side by side, looked up with `t(lang, Key)`. Texts
//! of the report itself come from the data (`Text`).
//!
//! One cohesive table, hence the file's length: each key is declared once
//! with both languages (the `texts!` macro makes the enum, `ALL_KEYS` and
//! the lookup from it), so a key without one of them does not compile; a
//! test also checks that none is empty or left untranslated. The texts with
//! parameters are beside it, by who uses them (`charts`, `notes`,
//! `messages`, `facts`).

use crate::core::{Lang, Text};

/// Declares the interface keys with both languages side by side: the enum,
/// the list of all keys, and the lookup come from one table.
macro_rules! texts {
    ($($key:ident => ($zh:expr, $en:expr $(,)?)),* $(,)?) => {
        /// Interface texts.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key { $($key),* }

        /// Every key, for completeness tests.
        pub const ALL_KEYS: &[Key] = &[$(Key::$key),*];

        fn pair(key: Key) -> (&'static str, &'static str) {
            match key { $(Key::$key => ($zh, $en)),* }
        }
    };
}

texts! {
        SkipToContent => ("跳到主要內容", "Skip to main content"),
        SwitchLanguage => ("English", "中文"),

        // Finding one's way: the main points, the contents, the filters' fold.
        MainPointsTitle => ("重點摘要", "Main points"),
        SeeChart => ("看圖表", "See the chart"),
        ContentsTitle => ("目錄", "Contents"),
        BackToContents => ("回到目錄", "Back to contents"),
        // Chart actions, grouped (a table, the downloads, sharing).
        TableTab => ("表格", "Table"),
        DownloadMenu => ("下載", "Download"),
        ShareMenu => ("分享", "Share"),
        DownloadCsvItem => ("數據（CSV）", "Data (CSV)"),
        DownloadPngItem => ("圖片（PNG）", "Image (PNG)"),
        DownloadSvgItem => ("向量圖（SVG）", "Image (SVG)"),
        EmbedItem => ("嵌入程式碼", "Embed code"),
        DataErrorTitle => ("無法顯示報告資料", "The report data cannot be shown"),
        DataErrorHelp => (
            "資料檔有誤，因此本頁不顯示任何數據，以免呈現錯誤資訊。請稍後再試；若問題持續，請通知網站管理者，並附上以下說明：",
            "The data file has a problem, so this page shows no figures rather than wrong ones. Please try again later; if it persists, tell the site's maintainers and include this detail:",
        ),
        DataUnreachable => ("無法下載資料檔", "The data file could not be downloaded"),
        ChartLibMissingTitle => ("圖表無法顯示", "Charts cannot be drawn"),
        ChartLibMissingHelp => (
            "繪圖程式庫（ECharts）未能載入，因此不顯示圖表；下方表格仍列出相同數據。",
            "The chart library (ECharts) did not load, so charts are not drawn; the tables below give the same figures.",
        ),
        TiersTotalPrinted => ("報告所列總數", "Total as printed"),
        TiersSumOfTiers => ("各級相加", "Sum of tiers"),
        Source => ("資料來源", "Source"),
        NotesTitle => ("報告數據不一致或須留意之處", "Where the report's figures disagree or need care"),
        Countries => ("國", "countries"),
        // A step through a chart by keyboard (`charts::steps`), and how.
        Listen => ("聆聽", "Listen"),
        StepNoted => ("（有附註）", " (see the notes)"),
        ChartKeys => ("可按 Tab 鍵進入圖表，以方向鍵逐一瀏覽數據：左右鍵沿同一系列移動，上下鍵切換系列，Home 與 End 鍵至首尾，Esc 鍵離開；按 T 鍵可開關每一步的音調。", "Tab into the chart and step through its data with the arrow keys: Left and Right along a series, Up and Down between series, Home and End to its ends, Escape to leave; T turns a tone on each step on or off."),
        StepTonesOn => ("每一步的音調：開", "Tone on each step: on"),
        StepTonesOff => ("每一步的音調：關", "Tone on each step: off"),
        AboutTitle => ("關於這些資料", "About this data"),
        AboutPillars => ("4P 面向的分類", "How activities were assigned to pillars"),
        ChecksTitle => ("交叉核對結果", "What the cross-checks found"),
        ChecksAgree => ("相符", "Agrees"),
        ChecksCaution => ("請留意", "Caution"),
        DownloadsTitle => ("開放資料下載", "Open data downloads"),
        DownloadCsv => ("所有數據（CSV）", "All figures (CSV)"),
        DownloadJson => ("完整資料（JSON）", "Full data (JSON)"),
        DownloadXlsx => ("所有數據（Excel 試算表）", "All figures (Excel spreadsheet)"),
        DownloadReportSchema => ("完整資料的結構（JSON Schema）", "The structure of the full data (JSON Schema)"),
        DownloadPackage => ("各檔案與欄位的說明（Frictionless Data Package）", "What each file and column holds (Frictionless Data Package)"),
        DownloadsLicenceLink => ("授權條款全文", "The licence"),
        Notice => ("注意", "Notice"),
        IndicatorTarget => ("原訂目標值", "Target"),
        IndicatorActual => ("實際值", "Actual"),
        IndicatorAchievement => ("達成度（%）", "Achievement (%)"),
        IndicatorFirstReview => ("初核結果", "First review"),
        IndicatorSecondReview => ("複核結果", "Second review"),
        NotReported => ("實際值未列", "actual not reported"),
        AgreementsSignedThatYear => ("當年簽署", "Signed that year"),
        AgreementsCumulative => ("累計", "Cumulative"),
        AgreementsListCaption => ("各國協定與備忘錄", "Agreements and MOUs by country"),
        PrintedCountsCaption => ("報告所列數目", "Counts as printed in the report"),
        ContextCaption => ("背景數字（非來訪或會議次數）", "Background figure (not a count of visits or meetings)"),
        ExchangesListCaption => ("夥伴關係活動", "Partnership activities"),
        PartnersListCaption => ("合作國家：協定、互訪與交流", "Partner countries: agreements, visits and exchanges"),
        MapIncoming => ("來訪或來臺會議", "Delegation received"),
        MapOutgoing => ("出訪或赴外交流", "Visit or exchange abroad"),
        ColCode => ("ISO 3166-1 代碼", "ISO 3166-1 code"),
        ColAgreement => ("協定或備忘錄", "Agreement or MOU"),
        ColVisits => ("互訪與交流", "Visits and exchanges"),
        TimelineYearOnly => ("僅列年度", "Year only"),
        NoMonth => ("未列月份", "No month given"),
        ColFigure => ("項目", "Figure"),
        ColDate => ("日期", "Date"),
        ColValue => ("數值", "Value"),
        ColUnit => ("單位", "Unit"),
        ColSource => ("報告章節", "Report section"),
        ColYear => ("年度", "Year"),
        ColMonth => ("月份", "Month"),
        ColCountry => ("國家", "Country"),
        ColKind => ("類型", "Kind"),
        ColCounted => ("列入報告 10 國", "Among the report's ten"),
        ColTitle => ("活動", "Activity"),
        Yes => ("是", "Yes"),
        No => ("否", "No"),
        FiltersTitle => ("篩選", "Filter"),
        PillarFilter => ("4P 面向", "Pillar"),
        AllPillars => ("全部面向", "All pillars"),
        DimensionFilter => ("報告的指標挑戰性分類", "The report's grouping (challenge dimension)"),
        AllDimensions => ("全部分類", "All dimensions"),
        DimensionFilterHelp => (
            "報告在貳、三「指標挑戰性」下將活動分為六類（4P 面向則是本檢視器的分類）。選取任一類時，只在貳、三以外提及、未列入任何一類的活動不會顯示。",
            "The report lists its activities under six challenge dimensions ({zh:貳、三}); the pillars are this viewer's classification. While a dimension is selected, activities the report gives only outside {zh:貳、三}, under no dimension, are hidden.",
        ),
        YearFilter => ("年度", "Year"),
        AllYears => ("全部年度", "All years"),
        SearchLabel => ("搜尋活動（名稱、地點或合作單位）", "Search activities (title, place or partner)"),
        ShowTable => ("顯示表格", "Show table"),
        HideTable => ("隱藏表格", "Hide table"),
        DownloadChartCsv => ("下載數據（CSV）", "Download data (CSV)"),
        DownloadPng => ("下載圖片（PNG）", "Download image (PNG)"),
        DownloadSvg => ("下載向量圖（SVG）", "Download image (SVG)"),
        Permalink => ("本圖連結", "Link to this chart"),
        NothingToShow => ("所選的面向或年度沒有這張圖的數據。", "This chart has no figures for the selected pillar or year."),
        PassagesLoading => ("正在載入報告全文以供搜尋…", "Loading the report's text to search it…"),
        PassagesFailed => ("報告全文無法載入，所以無法搜尋；活動的搜尋不受影響。請檢查網路連線後重新整理頁面。", "The report's text could not be loaded, so it cannot be searched; the search of the activities still works. Check your connection and reload the page."),
        MapUnavailable => ("地圖檔案未能載入，無法依所選的年度繪製地圖：下方的圖是全部年度的；表格與說明是所選年度的。請檢查網路連線後重新整理頁面。", "The map file did not load, so the map cannot be drawn for the selected year: the picture below shows all years, while the table and text are for the selected year. Check your connection and reload the page."),
        ChartViewFailed => ("這張圖無法更新為所選的年度（檔案未能載入），下方仍是先前的內容。請檢查網路連線後重新整理頁面。", "This chart could not be updated to the selected year (its file did not load), so what it shows below is the earlier selection. Check your connection and reload the page."),
        ActivitiesTitle => ("報告所列活動", "Activities in the report"),
        ColPlace => ("地點", "Place"),
        ColPartner => ("合作或主辦單位", "Partner or organiser"),
        ColPillar => ("面向", "Pillar"),
        PillarIsViewers => ("面向為本檢視器的分類", "pillar assigned by this viewer"),
        PillarReason => ("歸類理由", "Why this pillar"),
        ColDimension => ("報告所列指標挑戰性", "Challenge dimension in the report"),
        AlsoDated => ("其他日期", "Other dates"),
        ExpectedEnd => ("預計完成", "Expected completion"),
        ColTopics => ("討論議題", "Topics discussed"),
        NoActivities => ("沒有符合篩選條件的活動。", "No activity matches the filters."),
        UrlNoticeTitle => ("部分網址參數已略過", "Some address parameters were ignored"),
        ChartsTitle => ("圖表", "Charts"),
        Note => ("說明", "Note"),
        FullReport => ("查看完整報告", "See the full report"),
        UnknownChartTitle => ("找不到這張圖表", "No such chart"),
        UnknownChartHelp => ("網址中的 chart 參數須為下列之一；收到的是：", "The chart parameter in the address must be one of these; it was:"),
        Embed => ("嵌入", "Embed"),
        UpdateReady => ("本報告檢視器有新版本可用。", "A newer version of this report viewer is ready."),
        UpdateLoad => ("載入新版本", "Load the new version"),
        BuildMismatchTitle => ("本頁無法互動", "This page cannot respond"),
        BuildMismatchHelp => (
            "本頁與其資料或程式來自網站的不同版本，因此篩選與圖表無法使用；下方內容仍可閱讀。請稍後重新載入本頁。",
            "This page and its data or program come from different versions of the site, so the filters and charts do not work; the content below can still be read. Please reload the page later.",
        ),
        EmbedHelp => (
            "將以下程式碼貼到網頁中即可嵌入本圖。iframe 預設高度 640 像素；加入 embed-host.js 後，高度會隨內容自動調整。",
            "Paste this code into a web page to embed the chart. The iframe is 640 pixels high by default; with embed-host.js it sizes itself to its content.",
        ),
        EmbedCodeLabel => ("嵌入程式碼", "Embed code"),
        NoScriptNote => (
            "未啟用 JavaScript：以下為完整報告，圖表為靜態圖片；篩選、搜尋與互動圖表需要 JavaScript。",
            "JavaScript is off: the whole report is below, with the charts as images; the filters, the search and the interactive charts need JavaScript.",
        ),
        ReadReportTitle => ("閱讀報告全文", "Read the report"),
        ReadReportIntro => (
            "以下為報告原文，依報告的章節編號排列。原文照錄，錯漏之處保留並加註說明；英文為本檢視器團隊的翻譯。文中的數據與日期連結到呈現它們的圖表或活動，每段之後也列出出自該段的圖表與活動。",
            "The report's own text, in its own numbering. The Chinese is kept exactly as printed, with its slips marked; the English is a translation by this viewer's team. Figures and dates in the text link to the chart or activity that shows them, and under each passage are the charts and activities that come from it.",
        ),
        DownloadTextMarkdown => ("報告全文（Markdown，中英對照）", "The report's text (Markdown, Chinese and English)"),
        DownloadTextJson => ("報告全文（JSON，含章節代碼）", "The report's text (JSON, with section ids)"),
        DownloadTextSchema => ("報告全文的結構（JSON Schema）", "The structure of the report's text (JSON Schema)"),
        ChineseOriginal => ("中文原文", "Chinese original"),
        // A section of the text without its English yet (`data::import`):
        // shown in Chinese on the English page, with this note.
        NotYetTranslated => ("尚未翻譯", "Not yet translated"),
        AsPrinted => ("原文照錄", "As printed"),
        FromThisPassage => ("出自本段", "From this passage"),

        // Words inside formatted texts.
        // Before an approximate count (`約 55 人` / `about 55 people`).
        About => ("約", "about"),
        // Before an approximate share in the tiers chart's labels.
        AboutShare => ("約占", "about"),

        // Cross-check notes: what is compared.
        CheckMediaOutlets => ("電視臺加廣播電臺家數", "TV plus radio stations"),
        CheckMediaSpots => ("電視播放加廣播檔次", "TV broadcasts plus radio spots"),
        CheckVisitsIncoming => ("簽訂國高層來訪", "High-level visits from signatory countries"),
        CheckVisitsOutgoing => ("高層出訪", "High-level visits abroad"),

        // Validation messages.
        ProblemEndBeforeStart => ("結束日期早於開始日期", "the end date is before the start date"),
        ProblemEmpty => ("不可空白", "must not be empty"),
        ProblemNoRecords => ("沒有任何資料", "has no records"),

        // Open-data figures (labels of the facts table).
        FactTarget => ("原訂目標值", "target value"),
        FactActual => ("實際值", "actual value"),
        FactAchievement => ("達成度", "achievement"),
        FactCountriesRated => ("受評國家總數（報告所列）", "Countries rated (total as printed)"),
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (zh, en) = pair(key);
    pick(lang, zh, en)
}

/// Builds a `Text` (both languages) from a per-language function.
pub fn both(f: impl Fn(Lang) -> String) -> Text {
    Text { zh: f(Lang::Zh), en: f(Lang::En) }
}

/// A fixed text in both languages.
pub fn text_of(key: Key) -> Text {
    both(|lang| t(lang, key).to_string())
}

/// The form in `lang` of a text given in both.
pub(super) fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
}

/// Named texts with parameters, each as a function of the language.
#[cfg(test)]
pub(super) type Texts<'a> = [(&'a str, Box<dyn Fn(Lang) -> String>)];

/// Fails on a text that is empty or the same in both languages (the tests
/// of each file of texts).
#[cfg(test)]
pub(super) fn assert_both_languages(texts: &Texts) {
    for (name, f) in texts {
        let (zh, en) = (f(Lang::Zh), f(Lang::En));
        assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name} lacks a language");
        assert_ne!(zh, en, "{name} is not translated");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for &k in ALL_KEYS {
            for lang in Lang::ALL {
                assert!(!t(lang, k).trim().is_empty(), "{k:?} lacks {lang:?}");
            }
            assert_ne!(t(Lang::Zh, k), t(Lang::En, k), "{k:?} is not translated");
        }
    }

    #[test]
    fn both_and_text_of_hold_each_language() {
        let text = both(|l| format!("{} 3", t(l, Key::About)));
        assert_eq!((text.get(Lang::Zh), text.get(Lang::En)), ("約 3", "about 3"));
        assert_eq!(text_of(Key::About).get(Lang::En), "about");
    }
}
