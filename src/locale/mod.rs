//! The one lookup for every interface text, in Traditional Chinese and
//! English. Texts of the report itself come from the data (`Text`).
//!
//! Each key is declared once with both languages side by side (the `texts!`
//! table), so a key without one of them does not compile; a test also checks
//! that none is empty or left untranslated.

pub mod format;

use crate::core::{ActivityKind, ChartId, Dimension, Lang, Pillar, Text, Tier, Unit};

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
        SiteTitle => ("防制人口販運績效報告 103 年（2014）", "Combating Human Trafficking: Performance Report 2014"),
        SiteSubtitle => (
            "內政部入出國及移民署 103 年度施政績效報告的互動檢視",
            "An interactive view of the National Immigration Agency's performance report for 2014 (ROC year 103)",
        ),
        SkipToContent => ("跳到主要內容", "Skip to main content"),
        SwitchLanguage => ("English", "中文"),
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
        TiersTitle => (
            "美國人口販運問題報告評等：各級國家數，99–103 年（2010–2014）",
            "US Trafficking in Persons Report ratings: countries per tier, 2010–2014",
        ),
        TiersUnit => ("單位：國家數", "Unit: number of countries"),
        TiersTaiwan => ("臺灣評等", "Taiwan's tier"),
        TiersTotalPrinted => ("報告所列總數", "Total as printed"),
        TiersSumOfTiers => ("各級相加", "Sum of tiers"),
        Source => ("資料來源", "Source"),
        SourceReport => ("內政部入出國及移民署 103 年度施政績效報告", "National Immigration Agency, Performance Report 2014"),
        NotesTitle => ("報告數據不一致或須留意之處", "Where the report's figures disagree or need care"),
        Countries => ("國", "countries"),
        AboutTitle => ("關於這些資料", "About this data"),
        AboutPillars => ("4P 面向的分類", "How activities were assigned to pillars"),
        ChecksTitle => ("交叉核對結果", "What the cross-checks found"),
        ChecksAgree => ("相符", "Agrees"),
        ChecksCaution => ("請留意", "Caution"),
        DownloadsTitle => ("開放資料下載", "Open data downloads"),
        DownloadCsv => ("所有數據（CSV）", "All figures (CSV)"),
        DownloadJson => ("完整資料（JSON）", "Full data (JSON)"),
        Notice => ("注意", "Notice"),
        IndicatorTitle => ("關鍵績效指標「加強防制人口販運」：目標值與實際值", "Key performance indicator \"Strengthen combating human trafficking\": target and actual"),
        IndicatorUnit => ("單位：指標值（報告未註明單位；衡量標準為評列第一級）", "Unit: indicator value (the report gives no unit; the measure is a Tier 1 rating)"),
        IndicatorTarget => ("原訂目標值", "Target"),
        IndicatorActual => ("實際值", "Actual"),
        IndicatorAchievement => ("達成度（%）", "Achievement (%)"),
        IndicatorFirstReview => ("初核結果", "First review"),
        IndicatorSecondReview => ("複核結果", "Second review"),
        NotReported => ("實際值未列", "actual not reported"),
        MediaTitle => ("預防：電視與廣播公益託播宣導，103 年（2014）", "Prevention: TV and radio awareness campaign, 2014"),
        MediaUnit => ("單位：電視播放次數、廣播檔次", "Unit: TV broadcasts, radio spots"),
        OutreachTitle => ("預防：宣導活動參加人數，103 年（2014）", "Prevention: people reached at outreach events, 2014"),
        OutreachUnit => ("單位：人", "Unit: people"),
        ProtectionTitle => ("保護：被害人安置與庇護服務，103 年（2014）", "Protection: victims sheltered and shelter services, 2014"),
        ProsecutionTitle => (
            "查緝起訴：查獲、起訴及聲請簡易判決與專業訓練，103 年（2014）",
            "Prosecution: cases uncovered, indicted or for which summary judgment was requested, and training, 2014",
        ),
        MixedUnit => ("單位：各長條標示（人、件、場次、小時等）", "Unit: as labelled on each bar (persons, cases, sessions, hours …)"),
        AgreementsTitle => ("夥伴關係：移民事務及防制人口販運合作協定或備忘錄", "Partnership: cooperation agreements and MOUs on immigration and trafficking"),
        AgreementsUnit => ("單位：國家數", "Unit: number of countries"),
        AgreementsSignedThatYear => ("當年簽署", "Signed that year"),
        AgreementsCumulative => ("累計", "Cumulative"),
        AgreementsListCaption => ("各國協定與備忘錄", "Agreements and MOUs by country"),
        PrintedCountsCaption => ("報告所列數目", "Counts as printed in the report"),
        ExchangesTitle => ("夥伴關係：互訪、會議與國際研討，依月份", "Partnership: visits, meetings and conferences by month"),
        ExchangesListCaption => ("夥伴關係活動", "Partnership activities"),
        ActivitiesChartTitle => ("各月份活動數，依 4P 面向", "Activities by month and pillar"),
        ActivitiesUnit => ("單位：活動數", "Unit: number of activities"),
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
            "The report lists its activities under six challenge dimensions (貳、三); the pillars are this viewer's classification. While a dimension is selected, activities the report gives only outside 貳、三, under no dimension, are hidden.",
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
        KeyFiguresTitle => ("重點數據", "Key figures"),
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
        ChineseOriginal => ("中文原文", "Chinese original"),
        AsPrinted => ("原文照錄", "As printed"),
        FromThisPassage => ("出自本段", "From this passage"),

        // Words inside formatted texts.
        // Before an approximate count (`約 55 人` / `about 55 people`).
        About => ("約", "about"),
        // Before an approximate share in the tiers chart's labels.
        AboutShare => ("約占", "about"),
        // Between the two dates of a range spanning years.
        DateRangeTo => ("至", " – "),

        // Cross-check notes: what is compared.
        CheckMediaOutlets => ("電視臺加廣播電臺家數", "TV plus radio stations"),
        CheckMediaSpots => ("電視播放加廣播檔次", "TV broadcasts plus radio spots"),
        CheckAgreementsTotal => ("至 103 年底簽署合作協定或備忘錄的國家", "Countries with a signed agreement or MOU by the end of 2014"),
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

/// A chart's title and unit.
impl ChartId {
    pub fn title(self, lang: Lang) -> &'static str {
        t(lang, match self {
            ChartId::Indicator => Key::IndicatorTitle,
            ChartId::Tiers => Key::TiersTitle,
            ChartId::Media => Key::MediaTitle,
            ChartId::Outreach => Key::OutreachTitle,
            ChartId::Protection => Key::ProtectionTitle,
            ChartId::Prosecution => Key::ProsecutionTitle,
            ChartId::Agreements => Key::AgreementsTitle,
            ChartId::Exchanges => Key::ExchangesTitle,
            ChartId::Activities => Key::ActivitiesChartTitle,
        })
    }

    pub fn unit(self, lang: Lang) -> &'static str {
        t(lang, match self {
            ChartId::Indicator => Key::IndicatorUnit,
            ChartId::Tiers => Key::TiersUnit,
            ChartId::Media => Key::MediaUnit,
            ChartId::Outreach => Key::OutreachUnit,
            ChartId::Protection | ChartId::Prosecution => Key::MixedUnit,
            ChartId::Agreements => Key::AgreementsUnit,
            ChartId::Exchanges | ChartId::Activities => Key::ActivitiesUnit,
        })
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (zh, en) = pair(key);
    pick(lang, zh, en)
}

pub fn pillar(lang: Lang, p: Pillar) -> &'static str {
    let (zh, en) = match p {
        Pillar::Prevention => ("預防", "Prevention"),
        Pillar::Protection => ("保護", "Protection"),
        Pillar::Prosecution => ("查緝起訴", "Prosecution"),
        Pillar::Partnership => ("夥伴關係", "Partnership"),
    };
    pick(lang, zh, en)
}

pub fn tier(lang: Lang, t: Tier) -> &'static str {
    let (zh, en) = match t {
        Tier::Tier1 => ("第一級", "Tier 1"),
        Tier::Tier2 => ("第二級", "Tier 2"),
        Tier::Tier2Watch => ("第二級觀察名單", "Tier 2 Watch List"),
        Tier::Tier3 => ("第三級", "Tier 3"),
    };
    pick(lang, zh, en)
}

pub fn unit(lang: Lang, u: Unit) -> &'static str {
    let (zh, en) = match u {
        Unit::People => ("人", "people"),
        Unit::Countries => ("國", "countries"),
        Unit::Sessions => ("場次", "sessions"),
        Unit::Broadcasts => ("次", "broadcasts"),
        Unit::Spots => ("檔次", "spots"),
        Unit::Hours => ("小時", "hours"),
        Unit::Stations => ("家", "stations"),
        Unit::Outlets => ("家", "outlets"),
        Unit::Cases => ("件", "cases"),
        Unit::Persons => ("人", "persons"),
        Unit::Meetings => ("次", "meetings"),
        Unit::Visits => ("次", "visits"),
        Unit::Shelters => ("處", "shelters"),
        Unit::Lectures => ("場次", "lectures"),
        Unit::Agreements => ("項", "agreements"),
        Unit::Counties => ("縣市", "counties and cities"),
        Unit::Aspects => ("面向", "aspects"),
        Unit::Topics => ("議題", "topics"),
        Unit::Speakers => ("名講者", "speakers"),
        Unit::Places => ("名", "places"),
        Unit::Percent => ("％", "%"),
        Unit::Rank => ("級", "tier"),
        Unit::Rounds => ("梯次", "rounds"),
        Unit::Times => ("次", "times"),
        Unit::Value => ("指標值", "indicator value"),
    };
    pick(lang, zh, en)
}

/// The six challenge dimensions, as the report names them (貳、三).
pub fn dimension(lang: Lang, d: Dimension) -> &'static str {
    let (zh, en) = match d {
        Dimension::Innovation => ("創新性", "Innovation"),
        Dimension::Difficulty => ("執行困難度", "Difficulty of execution"),
        Dimension::Quality => ("目標質量提升", "Higher quality of targets"),
        Dimension::Coordination => ("跨多機關協調", "Coordination across agencies"),
        Dimension::PartnershipBuilding => ("夥伴關係經營", "Building partnerships"),
        Dimension::Uncontrollable => ("較多不可控制影響因素", "Factors beyond control"),
    };
    pick(lang, zh, en)
}

pub fn activity_kind(lang: Lang, k: ActivityKind) -> &'static str {
    let (zh, en) = match k {
        ActivityKind::Event => ("活動", "Event"),
        ActivityKind::Outreach => ("設攤宣導", "Outreach"),
        ActivityKind::Visit => ("訪問", "Visit"),
        ActivityKind::Meeting => ("會議", "Meeting"),
        ActivityKind::Conference => ("研討會", "Conference"),
        ActivityKind::Training => ("訓練", "Training"),
        ActivityKind::Campaign => ("宣導", "Campaign"),
        ActivityKind::Evaluation => ("考核", "Evaluation"),
        ActivityKind::NgoProject => ("NGO 合作", "NGO project"),
        ActivityKind::Construction => ("工程", "Construction"),
    };
    pick(lang, zh, en)
}

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

/// Builds a `Text` (both languages) from a per-language function.
pub fn both(f: impl Fn(Lang) -> String) -> Text {
    Text { zh: f(Lang::Zh), en: f(Lang::En) }
}

/// A fixed text in both languages.
pub fn text_of(key: Key) -> Text {
    both(|lang| t(lang, key).to_string())
}

fn roc(year: i32) -> i32 {
    crate::core::date::roc_year(year)
}

// ---------------------------------------------------------------------------
// Charts: text alternatives (summaries) and labels.
// Numbers arrive formatted (`format::number`), so each text only words them.
// ---------------------------------------------------------------------------

/// Label under a year in the tiers chart: the year, then Taiwan's tier.
pub fn tiers_year_label(lang: Lang, year: i32, taiwan: Tier) -> String {
    match lang {
        Lang::Zh => format!("{} 年\n臺灣\n{}", roc(year), tier(lang, taiwan)),
        Lang::En => format!("{year}\nTaiwan:\n{}", tier(lang, taiwan)),
    }
}

/// The tiers chart's text alternative; `tier1_*` are the Tier 1 counts of
/// the first and last year.
pub fn tiers_summary(lang: Lang, first: i32, last: i32, tier1_first: u32, tier1_last: u32, all_tier1: bool) -> String {
    match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{}至{}年美國人口販運問題報告各級國家數。第一級國家由 {} 國變為 {} 國；臺灣{}。",
            roc(first),
            roc(last),
            tier1_first,
            tier1_last,
            if all_tier1 { "每年皆列第一級" } else { "各年評等見表" }
        ),
        Lang::En => format!(
            "Stacked bar chart of countries per tier in the US Trafficking in Persons report, {}–{}. Tier 1 went from {} to {} countries; Taiwan {}.",
            first,
            last,
            tier1_first,
            tier1_last,
            if all_tier1 { "was Tier 1 every year" } else { "changed tier; see the table" }
        ),
    }
}

/// The indicator chart's text alternative: `name` is the indicator's name
/// in `lang`; `missing` the years without an actual value.
pub fn indicator_summary(lang: Lang, name: &str, first: i32, last: i32, all_met: bool, missing: &[i32]) -> String {
    use crate::locale::format::year;
    match lang {
        Lang::Zh => format!(
            "長條圖：關鍵績效指標「{}」{}的原訂目標值與實際值{}{}。",
            name,
            if first == last { year(first, lang) } else { format!("{}至{}", year(first, lang), year(last, lang)) },
            if all_met { "，各年達成度皆為 100％" } else { "" },
            if missing.is_empty() { String::new() } else { format!("；{} 實際值未列", missing.iter().map(|y| year(*y, lang)).collect::<Vec<_>>().join("、")) }
        ),
        Lang::En => format!(
            "Bar chart: target and actual values of the key performance indicator \"{}\", {}{}{}.",
            name,
            if first == last { first.to_string() } else { format!("{first}–{last}") },
            if all_met { "; achievement was 100% every year" } else { "" },
            if missing.is_empty() { String::new() } else { format!("; the actual value for {} is not reported", missing.iter().map(|y| y.to_string()).collect::<Vec<_>>().join(", ")) }
        ),
    }
}

/// Category label of the media chart's TV bar, on two lines (so that both
/// labels fit side by side at 320 px).
pub fn media_tv_label(lang: Lang, stations: &str) -> String {
    match lang {
        Lang::Zh => format!("電視臺\n（{stations} 家）"),
        Lang::En => format!("TV\n({stations} stations)"),
    }
}

/// Category label of the media chart's radio bar, on two lines.
pub fn media_radio_label(lang: Lang, stations: &str) -> String {
    match lang {
        Lang::Zh => format!("廣播電臺\n（{stations} 家）"),
        Lang::En => format!("Radio\n({stations} stations)"),
    }
}

/// The media chart's text alternative.
pub fn media_summary(lang: Lang, tv: &str, tv_broadcasts: &str, radio: &str, radio_spots: &str, total: Option<&str>) -> String {
    match lang {
        Lang::Zh => format!(
            "長條圖：103 年於 {} 家電視臺播放宣導短片 {} 次，於 {} 家廣播電臺播送宣導廣告 {} 檔次{}。",
            tv, tv_broadcasts, radio, radio_spots, total.map(|n| format!("，合計 {n} 檔次")).unwrap_or_default()
        ),
        Lang::En => format!(
            "Bar chart: in 2014 awareness clips were broadcast {} times on {} TV stations and {} spots aired on {} radio stations{}.",
            tv_broadcasts, tv, radio_spots, radio, total.map(|n| format!(", {n} in all")).unwrap_or_default()
        ),
    }
}

/// A sentence naming what a chart shows (`charts::SHORT_LIST`), or nothing
/// when `items` is empty: `分別為：a；b。` / ` They are: a; b.`
fn they_are(lang: Lang, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let list = items.join(crate::locale::format::list_sep(lang));
    match lang {
        Lang::Zh => format!("分別為：{list}。"),
        Lang::En => format!(" They are: {list}."),
    }
}

/// The outreach chart's text alternative; `approx` when a count is
/// "about"; `named` the events with their counts when few (else empty).
pub fn outreach_summary(lang: Lang, events: usize, total: &str, approx: bool, named: &[(String, String)]) -> String {
    let about = if approx { format!("{} ", t(lang, Key::About)) } else { String::new() };
    let named: Vec<String> = named
        .iter()
        .map(|(event, count)| match lang {
            // No space after a full-width mark: `（8 月 30 日）200 人`.
            Lang::Zh if event.ends_with(|c: char| !c.is_ascii() && !c.is_alphanumeric()) => format!("{event}{count}"),
            Lang::Zh => format!("{event} {count}"),
            Lang::En => format!("{event}, {count}"),
        })
        .collect();
    let named = they_are(lang, &named);
    match lang {
        Lang::Zh => format!("長條圖：{events} 場宣導活動的參加人數，合計{about}{total} 人。{named}"),
        Lang::En => format!("Bar chart: participants at {events} outreach events, {about}{total} people in all.{named}"),
    }
}

/// The protection chart's text alternative.
pub fn protection_summary(lang: Lang, placed: &str, repatriated: &str, lectures: &str, training_hours: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "長條圖：103 年安置被害人 {placed} 人、結束安置安排返國 {repatriated} 人；3 處庇護處所舉辦講座 {lectures} 場次、技能學習 {training_hours} 小時。"
        ),
        Lang::En => format!(
            "Bar chart: in 2014, {placed} victims placed in shelters and {repatriated} repatriated when placement ended; the shelters held {lectures} lectures and {training_hours} hours of skills training."
        ),
    }
}

/// The prosecution chart's text alternative.
pub fn prosecution_summary(lang: Lang, uncovered: &str, by_agency: &str, indicted: &str, persons: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "長條圖：103 年司法警察機關查獲人口販運案件 {uncovered} 件（其中本署 {by_agency} 件），起訴及聲請簡易判決 {indicted} 件 {persons} 人；另列防制人口販運訓練人數。"
        ),
        Lang::En => format!(
            "Bar chart: in 2014, judicial police uncovered {uncovered} trafficking cases ({by_agency} by the agency); {indicted} cases against {persons} persons were indicted or had summary judgment requested; trainees of anti-trafficking training are also shown."
        ),
    }
}

/// The agreements chart's text alternative; `named` the countries by year
/// of signing when they are few (else empty).
pub fn agreements_summary(lang: Lang, last: i32, cumulative: usize, named: &[(i32, Vec<String>)]) -> String {
    let sep = crate::locale::format::name_sep(lang);
    let named: Vec<String> = named
        .iter()
        .filter(|(_, names)| !names.is_empty())
        .enumerate()
        .map(|(i, (year, names))| match lang {
            Lang::Zh => format!("{} 年簽署：{}", roc(*year), names.join(sep)),
            Lang::En => format!("{} {year}: {}", if i == 0 { "Signed in" } else { "in" }, names.join(sep)),
        })
        .collect();
    let named = if named.is_empty() {
        String::new()
    } else {
        match lang {
            Lang::Zh => format!("{}。", named.join("；")),
            Lang::En => format!(" {}.", named.join("; ")),
        }
    };
    match lang {
        Lang::Zh => format!(
            "長條圖與折線圖：各年簽署移民事務及防制人口販運合作協定或瞭解備忘錄的國家；至 {} 年底累計 {} 國。{named}",
            roc(last),
            cumulative
        ),
        Lang::En => format!(
            "Bar and line chart: countries signing cooperation agreements or MOUs on immigration and trafficking each year; {} in all by the end of {last}.{named}",
            cumulative
        ),
    }
}

/// The exchanges chart's text alternative: `dated` activities drawn,
/// `undated` more only in the table; `named` the drawn ones when few
/// (else empty).
pub fn exchanges_summary(lang: Lang, year: i32, dated: usize, undated: usize, named: &[String]) -> String {
    let named = they_are(lang, named);
    match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{} 年各月份的夥伴關係活動（{} 項，依訪問、會議、研討會、NGO 合作等類型）{}。{named}",
            roc(year),
            dated,
            if undated > 0 { format!("；另 {undated} 項未列月份，見下表") } else { String::new() }
        ),
        Lang::En => format!(
            "Stacked bar chart: partnership activities in {year} by month ({} in all, by kind: visits, meetings, conferences, NGO projects){}.{named}",
            dated,
            if undated > 0 { format!("; {undated} more without a month are in the table") } else { String::new() }
        ),
    }
}

/// The activities chart's text alternative; `named` the drawn activities
/// when few (else empty).
pub fn activities_summary(lang: Lang, year: i32, dated: usize, undated: usize, named: &[String]) -> String {
    let named = they_are(lang, named);
    match lang {
        Lang::Zh => format!(
            "堆疊長條圖：{} 年各月份的活動數，依 4P 面向區分，共 {} 項{}。{named}",
            roc(year),
            dated,
            if undated > 0 { format!("；另 {undated} 項未列月份") } else { String::new() }
        ),
        Lang::En => format!(
            "Stacked bar chart: activities in {year} by month and pillar, {} in all{}.{named}",
            dated,
            if undated > 0 { format!("; {undated} more have no month") } else { String::new() }
        ),
    }
}

// ---------------------------------------------------------------------------
// Key figures (labels under the headline numbers).
// ---------------------------------------------------------------------------

/// Taiwan's tier; `span` is the years as `format::year_span` writes them.
pub fn key_tier_label(lang: Lang, span: &str, every_year: bool) -> String {
    match lang {
        Lang::Zh => format!("臺灣在美國人口販運問題報告的評等，{span}{}", if every_year { "每年" } else { "" }),
        Lang::En => format!("Taiwan's rating in the US Trafficking in Persons report, {span}{}", if every_year { ", every year" } else { "" }),
    }
}

/// Countries with an agreement by the end of `until`.
pub fn key_agreements_label(lang: Lang, until: i32) -> String {
    match lang {
        Lang::Zh => format!("至 {} 年底已簽署合作協定或備忘錄的國家", roc(until)),
        Lang::En => format!("Countries with a signed cooperation agreement or MOU by the end of {until}"),
    }
}

pub fn key_cases_label(lang: Lang, by_agency: &str, indicted: &str, persons: &str) -> String {
    match lang {
        Lang::Zh => format!("查獲人口販運案件（其中本署 {by_agency} 件）；起訴及聲請簡易判決 {indicted} 件 {persons} 人"),
        Lang::En => format!(
            "trafficking cases uncovered ({by_agency} by the agency); {indicted} cases against {persons} persons indicted or for which summary judgment was requested"
        ),
    }
}

pub fn key_victims_label(lang: Lang, repatriated: &str) -> String {
    match lang {
        Lang::Zh => format!("被害人獲安置保護；結束安置安排返國 {repatriated} 人"),
        Lang::En => format!("victims placed in shelters; {repatriated} repatriated when placement ended"),
    }
}

pub fn key_media_label(lang: Lang, outlets: &str) -> String {
    match lang {
        Lang::Zh => format!("電視與廣播公益託播宣導檔次（{outlets} 家媒體）"),
        Lang::En => format!("TV and radio awareness broadcasts ({outlets} outlets)"),
    }
}

// ---------------------------------------------------------------------------
// Cross-check notes (`checks`): each note holds both languages, built with
// `both(|lang| note_…(lang, …))`. `what` is the thing compared, in `lang`.
// ---------------------------------------------------------------------------

/// The tiers of a year do not add up to the printed total.
pub fn note_tiers_sum(lang: Lang, year: i32, parts: &str, sum: u32, total: u32) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）各級國家數相加為 {parts} = {sum} 國，但報告所列受評國家總數為 {total} 國。本站照原文呈現，未作更正。",
            roc(year)
        ),
        Lang::En => format!(
            "In {year}, the countries in each tier add up to {parts} = {sum}, but the report prints a total of {total} countries rated. Both are shown as printed."
        ),
    }
}

/// The printed percentages of a year do not add up to 100.
pub fn note_tiers_pct_sum(lang: Lang, year: i32, pct_sum: &str) -> String {
    match lang {
        Lang::Zh => format!("{} 年（{year}）所列各級百分比相加為 {pct_sum}％，而非 100％。", roc(year)),
        Lang::En => format!("In {year}, the printed tier percentages add up to {pct_sum}%, not 100%."),
    }
}

/// A printed percentage differs from the one its counts give.
pub fn note_tier_pct(lang: Lang, year: i32, which: Tier, printed: &str, count: u32, total: u32, computed: &str) -> String {
    let name = tier(lang, which);
    match lang {
        Lang::Zh => format!("{} 年（{year}）{name}：報告列約占 {printed}％，以 {count} ÷ {total} 計算為 {computed}％。", roc(year)),
        Lang::En => format!("{year} {name}: printed as about {printed}%; {count} of {total} is {computed}%."),
    }
}

/// The indicator's actual value does not match Taiwan's tier that year.
pub fn note_indicator_actual(lang: Lang, year: i32, printed: &str, taiwan: Tier) -> String {
    let name = tier(lang, taiwan);
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標實際值印為 {printed}，但同報告的評等表列我國為{name}；衡量標準為評列第一級，報告未說明此數值的意義。",
            roc(year)
        ),
        Lang::En => format!(
            "The {year} actual value is printed as {printed}, while the report's tier table rates Taiwan {name} that year; the measure is a Tier 1 rating and the report does not explain this value."
        ),
    }
}

/// The indicator's actual value is not printed, yet its achievement and
/// reviews are.
pub fn note_indicator_unreported(lang: Lang, year: i32, printed: &str, achievement: &str, first: &str, second: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標實際值印為「{printed}」（未填報），但達成度仍列 {achievement}％，初核與複核結果分別為 {first}、{second}；報告未說明無實際值如何計算達成度。",
            roc(year)
        ),
        Lang::En => format!(
            "The {year} actual value is printed \"{printed}\" (not reported), yet the achievement is printed as {achievement}% and the first and second reviews give {first} and {second}; the report does not say how an achievement was computed without an actual value."
        ),
    }
}

/// The indicator's target of a year is not the tier the measure asks for.
pub fn note_indicator_target(lang: Lang, year: i32, printed: &str, measure: Tier) -> String {
    let name = tier(lang, measure);
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）指標原訂目標值印為 {printed}，但衡量標準為評列{name}；報告未說明目標值 {printed} 的意義。",
            roc(year)
        ),
        Lang::En => format!(
            "The {year} target is printed as {printed}, while the measure is a {name} rating; the report does not explain a target of {printed}."
        ),
    }
}

/// The printed percentages of a year add up to exactly 100 although some
/// differ from count ÷ total; `computed` is what the rounded shares add up
/// to. `adjusted` when that is not 100 (the printed ones were made to add up).
pub fn note_tiers_pct_total(lang: Lang, year: i32, differing: usize, of: usize, computed: &str, adjusted: bool) -> String {
    match lang {
        Lang::Zh => format!(
            "{} 年（{year}）所列各級百分比相加恰為 100％，但 {of} 項中有 {differing} 項與「國家數 ÷ 總數」不符；{}",
            roc(year),
            if adjusted {
                format!("依同樣位數四捨五入，計算值相加為 {computed}％，所列百分比似經調整使合計為 100％。")
            } else {
                format!("依同樣位數四捨五入，計算值相加亦為 {computed}％，故差異並非為湊足 100％ 而調整，報告未說明其算法。")
            }
        ),
        Lang::En => format!(
            "In {year} the printed tier percentages add up to exactly 100%, although {differing} of the {of} {} from count ÷ total; {}",
            if differing == 1 { "differs" } else { "differ" },
            if adjusted {
                format!("rounded the same way, count ÷ total adds up to {computed}%, so the printed figures appear to have been adjusted to total 100%.")
            } else {
                format!("rounded the same way, count ÷ total also adds up to {computed}%, so the differences are not an adjustment to reach 100%; the report does not say how its percentages were computed.")
            }
        ),
    }
}

/// An agreement is counted under another name than the one it was signed
/// under.
pub fn note_agreement_counted_as(lang: Lang, country: &str, signed: &str, kind: &str, source: &str, counted_as: &str, counted_source: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{country}：{source} 載明 {signed}簽署的是「{kind}」，但 {counted_source} 將{country}列入完成簽署「{counted_as}」的國家並計入總數。"
        ),
        Lang::En => format!(
            "{country}: {source} names the agreement signed on {signed} \"{kind}\", but {counted_source} counts {country} among the countries that signed a \"{counted_as}\"."
        ),
    }
}

/// A visit counted among those from signatory countries came before the
/// country signed.
pub fn note_visit_before_signing(lang: Lang, count_source: &str, printed: &str, title: &str, held: &str, country: &str, signed: &str) -> String {
    match lang {
        Lang::Zh => format!(
            "{count_source} 所列簽訂國高層來訪 {printed} 次，包括 {held}的「{title}」，但{country}於 {signed}才簽署；該次來訪時{country}尚非簽訂國。"
        ),
        Lang::En => format!(
            "{count_source} counts {printed} high-level visits from signatory countries, including the \"{title}\" of {held}, but {country} signed only on {signed}: at the time of that visit it was not yet a signatory."
        ),
    }
}

/// Two sections give different topics for the same activity.
pub fn note_topics_differ(lang: Lang, title: &str, source_a: &str, topics_a: &str, source_b: &str, topics_b: &str) -> String {
    match lang {
        Lang::Zh => format!("「{title}」的討論議題兩處所列不同：{source_a} 列為{topics_a}；{source_b} 列為{topics_b}。"),
        Lang::En => format!("The two sections list different topics for the \"{title}\": {source_a} lists {topics_a}; {source_b} lists {topics_b}."),
    }
}

/// A figure probably repeats an activity's count; `same` when the numbers
/// agree. `dates` are the activity's dates.
#[allow(clippy::too_many_arguments)]
pub fn note_probably_same(lang: Lang, label: &str, source: &str, figure: &str, title: &str, activity_source: &str, count: &str, dates: &str, same: bool) -> String {
    match lang {
        Lang::Zh if same => format!(
            "{source} 的「{label}」{figure}，與 {activity_source} 的「{title}」{count}（{dates}）很可能是同一批訓練，但報告未明言；本站將兩者並列，不相加。"
        ),
        Lang::Zh => format!(
            "{source} 的「{label}」{figure}，與 {activity_source} 的「{title}」{count}（{dates}）很可能是同一批訓練，但兩處數目不同。"
        ),
        Lang::En if same => format!(
            "\"{label}\": {figure} ({source}); \"{title}\": {count} ({activity_source}; {dates}). These are probably the same trainings, though the report does not say so; they are shown side by side and never added together."
        ),
        Lang::En => format!(
            "\"{label}\": {figure} ({source}); \"{title}\": {count} ({activity_source}; {dates}). These are probably the same trainings, but the two counts differ."
        ),
    }
}

/// A printed total adds figures of different units; `terms` are the parts
/// with their units, `units` the unit names.
pub fn note_units_mixed(lang: Lang, what: &str, terms: &[String], total: &str, units: &[String]) -> String {
    let (terms, units) = (and_list(lang, terms), and_list(lang, units));
    match lang {
        Lang::Zh => format!("{what}：報告所列合計 {total} 係由 {terms}相加而得；{units}為不同單位，報告將其合成一個數字。"),
        Lang::En => format!("{what}: the printed total of {total} adds {terms}; {units} are different units, counted as one number."),
    }
}

/// `a、b與c` / `a, b and c`.
pub fn and_list(lang: Lang, items: &[String]) -> String {
    let (sep, and) = match lang {
        Lang::Zh => ("、", "與"),
        Lang::En => (", ", " and "),
    };
    // In Chinese, a space between a character and a following number.
    let join = |acc: String, sep: &str, item: &str| {
        let space = lang == Lang::Zh && item.starts_with(|c: char| c.is_ascii_alphanumeric());
        format!("{acc}{sep}{}{item}", if space { " " } else { "" })
    };
    let Some((first, rest)) = items.split_first() else { return String::new() };
    let n = rest.len();
    rest.iter().enumerate().fold(first.clone(), |acc, (i, item)| join(acc, if i + 1 == n { and } else { sep }, item))
}

/// A sum of figures matches the printed total.
pub fn note_sum_agrees(lang: Lang, what: &str, terms: &str, total: &str) -> String {
    match lang {
        Lang::Zh => format!("{what}：{terms} = {total}，與報告所列合計相符。"),
        Lang::En => format!("{what}: {terms} = {total}, matching the printed total."),
    }
}

/// A sum of figures differs from the printed total.
pub fn note_sum_differs(lang: Lang, what: &str, terms: &str, sum: &str, total: &str) -> String {
    match lang {
        Lang::Zh => format!("{what}：{terms} = {sum}，但報告所列合計為 {total}。"),
        Lang::En => format!("{what}: {terms} = {sum}, but the printed total is {total}."),
    }
}

/// Figures a sum check needs are missing; `names` are their ids.
pub fn note_missing_figures(lang: Lang, names: &str) -> String {
    match lang {
        Lang::Zh => format!("無法核對：資料中缺少數據 {names}。"),
        Lang::En => format!("Could not be checked: the data lacks the figures {names}."),
    }
}

/// The printed count a count check needs is missing.
pub fn note_count_missing(lang: Lang, what: &str) -> String {
    match lang {
        Lang::Zh => format!("無法核對{what}：資料中缺少報告所列的數目。"),
        Lang::En => format!("Could not check {what}: the data lacks the printed count."),
    }
}

/// A printed count matches the records listed.
pub fn note_count_agrees(lang: Lang, what: &str, printed: &str, listed: usize) -> String {
    match lang {
        Lang::Zh => format!("{what}：報告所列 {printed}，與逐項列出的 {listed} 項相符。"),
        Lang::En => format!("{what}: the report prints {printed}, and lists {listed}."),
    }
}

/// A printed count differs from the records listed.
pub fn note_count_differs(lang: Lang, what: &str, printed: &str, listed: usize) -> String {
    match lang {
        Lang::Zh => format!("{what}：報告所列為 {printed}，但逐項列出的只有 {listed} 項。"),
        Lang::En => format!("{what}: the report prints {printed}, but lists {listed}."),
    }
}

/// What the per-year agreement checks compare.
pub fn check_countries_signing_in(lang: Lang, year: i32) -> String {
    match lang {
        Lang::Zh => format!("{} 年簽署的國家", roc(year)),
        Lang::En => format!("Countries signing in {year}"),
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
// Validation messages (`data::validate::Problem::describe`, `app::error`).
// Fixed ones are keys (`ProblemEndBeforeStart`, `ProblemEmpty`, `ProblemNoRecords`).
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

/// A figure the viewer relies on is not in the data (renamed or removed).
pub fn problem_missing_figure(lang: Lang, id: &str) -> String {
    match lang {
        Lang::Zh => format!("缺少本檢視器所需的數據「{id}」（已改名或刪除？）"),
        Lang::En => format!("the figure \"{id}\" that the viewer relies on is missing (renamed or removed?)"),
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

// ---------------------------------------------------------------------------
// Tables and open-data figures (`charts::table`, `facts`).
// ---------------------------------------------------------------------------

/// A cell for a number the report does not give, with what it printed.
pub fn not_reported_printed(lang: Lang, printed: &str) -> String {
    match lang {
        Lang::Zh => format!("未列（原文「{printed}」）"),
        Lang::En => format!("not reported (printed \"{printed}\")"),
    }
}

/// Appended to a figure's label when the report prints no number.
pub fn fact_not_reported(lang: Lang, printed: &str) -> String {
    match lang {
        Lang::Zh => format!("（未列數值，原文為「{printed}」）"),
        Lang::En => format!(" (not reported, printed \"{printed}\")"),
    }
}

pub fn fact_tier_count(lang: Lang, which: Tier) -> String {
    let name = tier(lang, which);
    match lang {
        Lang::Zh => format!("{name}國家數"),
        Lang::En => format!("Countries in {name}"),
    }
}

pub fn fact_tier_share(lang: Lang, which: Tier) -> String {
    let name = tier(lang, which);
    match lang {
        Lang::Zh => format!("{name}國家占比（約，報告所列）"),
        Lang::En => format!("Share of countries in {name} (about, as printed)"),
    }
}

pub fn fact_taiwan_rating(lang: Lang, taiwan: Tier) -> String {
    let name = tier(lang, taiwan);
    match lang {
        Lang::Zh => format!("臺灣評等：{name}"),
        Lang::En => format!("Taiwan's rating: {name}"),
    }
}

fn pick(lang: Lang, zh: &'static str, en: &'static str) -> &'static str {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
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
    fn every_parameterised_text_has_both_languages() {
        let texts: Vec<(&str, Box<dyn Fn(Lang) -> String>)> = vec![
            ("showing", Box::new(|l| showing(l, 3, 10))),
            ("passages_matching", Box::new(|l| passages_matching(l, 3, 90))),
            ("tiers_year_label", Box::new(|l| tiers_year_label(l, 2014, Tier::Tier1))),
            ("tiers_summary", Box::new(|l| tiers_summary(l, 2010, 2014, 20, 31, true))),
            ("tiers_summary changed", Box::new(|l| tiers_summary(l, 2010, 2014, 20, 31, false))),
            ("indicator_summary", Box::new(|l| indicator_summary(l, "x", 2011, 2014, true, &[2011]))),
            ("indicator_summary one year", Box::new(|l| indicator_summary(l, "x", 2014, 2014, false, &[]))),
            ("media_tv_label", Box::new(|l| media_tv_label(l, "6"))),
            ("media_radio_label", Box::new(|l| media_radio_label(l, "68"))),
            ("media_summary", Box::new(|l| media_summary(l, "6", "615", "68", "9,430", Some("10,045")))),
            ("media_summary no total", Box::new(|l| media_summary(l, "6", "615", "68", "9,430", None))),
            ("outreach_summary", Box::new(|l| outreach_summary(l, 4, "1,200", true, &[]))),
            ("outreach_summary named", Box::new(|l| outreach_summary(l, 1, "200", false, &[("x".into(), "200".into())]))),
            ("protection_summary", Box::new(|l| protection_summary(l, "23", "20", "30", "400"))),
            ("prosecution_summary", Box::new(|l| prosecution_summary(l, "138", "40", "102", "184"))),
            ("agreements_summary", Box::new(|l| agreements_summary(l, 2014, 10, &[]))),
            ("agreements_summary named", Box::new(|l| agreements_summary(l, 2014, 10, &[(2013, vec!["x".into()]), (2014, vec!["y".into()])]))),
            ("exchanges_summary", Box::new(|l| exchanges_summary(l, 2014, 12, 2, &[]))),
            ("exchanges_summary named", Box::new(|l| exchanges_summary(l, 2014, 1, 0, &["x".into()]))),
            ("activities_summary", Box::new(|l| activities_summary(l, 2014, 40, 0, &[]))),
            ("activities_summary named", Box::new(|l| activities_summary(l, 2014, 2, 0, &["x".into(), "y".into()]))),
            ("key_tier_label", Box::new(|l| key_tier_label(l, "2010–2014", true))),
            ("key_agreements_label", Box::new(|l| key_agreements_label(l, 2014))),
            ("key_cases_label", Box::new(|l| key_cases_label(l, "40", "102", "184"))),
            ("key_victims_label", Box::new(|l| key_victims_label(l, "20"))),
            ("key_media_label", Box::new(|l| key_media_label(l, "74"))),
            ("note_tiers_sum", Box::new(|l| note_tiers_sum(l, 2014, "1 + 2", 3, 4))),
            ("note_tiers_pct_sum", Box::new(|l| note_tiers_pct_sum(l, 2014, "100.7"))),
            ("note_tier_pct", Box::new(|l| note_tier_pct(l, 2014, Tier::Tier2, "47.1", 88, 190, "46.3"))),
            ("note_indicator_actual", Box::new(|l| note_indicator_actual(l, 2012, "3.55", Tier::Tier1))),
            ("note_sum_agrees", Box::new(|l| note_sum_agrees(l, t(l, Key::CheckMediaSpots), "1 + 2", "3"))),
            ("note_sum_differs", Box::new(|l| note_sum_differs(l, t(l, Key::CheckMediaSpots), "1 + 2", "3", "4"))),
            ("note_missing_figures", Box::new(|l| note_missing_figures(l, "a, b"))),
            ("note_count_missing", Box::new(|l| note_count_missing(l, t(l, Key::CheckVisitsOutgoing)))),
            ("note_count_agrees", Box::new(|l| note_count_agrees(l, t(l, Key::CheckVisitsOutgoing), "5", 5))),
            ("note_count_differs", Box::new(|l| note_count_differs(l, t(l, Key::CheckVisitsOutgoing), "2", 1))),
            ("check_countries_signing_in", Box::new(|l| check_countries_signing_in(l, 2013))),
            ("url_notice", Box::new(|l| url_notice(l, "pillar", "x"))),
            ("url_notice unknown parameter", Box::new(|l| url_notice(l, "zzz", "x"))),
            ("problem_missing_language zh", Box::new(|l| problem_missing_language(l, Lang::Zh))),
            ("problem_missing_language en", Box::new(|l| problem_missing_language(l, Lang::En))),
            ("problem_bad_date", Box::new(|l| problem_bad_date(l, "2014-13"))),
            ("problem_duplicate_id", Box::new(|l| problem_duplicate_id(l, "a"))),
            ("problem_bad_number", Box::new(|l| problem_bad_number(l, -1.0))),
            ("problem_out_of_range", Box::new(|l| problem_out_of_range(l, "3000"))),
            ("problem_unknown_id", Box::new(|l| problem_unknown_id(l, "x"))),
            ("problem_missing_figure", Box::new(|l| problem_missing_figure(l, "x"))),
            ("note_indicator_unreported", Box::new(|l| note_indicator_unreported(l, 2011, "--", "100", "★", "★"))),
            ("note_indicator_target", Box::new(|l| note_indicator_target(l, 2011, "2", Tier::Tier1))),
            ("note_tiers_pct_total adjusted", Box::new(|l| note_tiers_pct_total(l, 2012, 1, 4, "99.9", true))),
            ("note_tiers_pct_total", Box::new(|l| note_tiers_pct_total(l, 2011, 4, 4, "100", false))),
            ("note_agreement_counted_as", Box::new(|l| note_agreement_counted_as(l, "x", "y", "k", "s", "c", "t"))),
            ("note_visit_before_signing", Box::new(|l| note_visit_before_signing(l, "s", "5", "t", "h", "c", "d"))),
            ("note_topics_differ", Box::new(|l| note_topics_differ(l, "t", "a", "x", "b", "y"))),
            ("note_probably_same", Box::new(|l| note_probably_same(l, "a", "s", "2", "t", "u", "2", "d", true))),
            ("note_probably_same differs", Box::new(|l| note_probably_same(l, "a", "s", "2", "t", "u", "3", "d", false))),
            ("note_units_mixed", Box::new(|l| note_units_mixed(l, "w", &["1 a".into(), "2 b".into()], "3", &["a".into(), "b".into()]))),
            ("field_error", Box::new(|l| field_error(l, "activities[3] (x)", "title.en", "…"))),
            ("not_reported_printed", Box::new(|l| not_reported_printed(l, "--"))),
            ("fact_not_reported", Box::new(|l| fact_not_reported(l, "--"))),
            ("fact_tier_count", Box::new(|l| fact_tier_count(l, Tier::Tier3))),
            ("fact_tier_share", Box::new(|l| fact_tier_share(l, Tier::Tier3))),
            ("fact_taiwan_rating", Box::new(|l| fact_taiwan_rating(l, Tier::Tier1))),
        ];
        for (name, f) in &texts {
            let (zh, en) = (f(Lang::Zh), f(Lang::En));
            assert!(!zh.trim().is_empty() && !en.trim().is_empty(), "{name} lacks a language");
            assert_ne!(zh, en, "{name} is not translated");
        }
        for d in Dimension::ALL {
            assert_ne!(dimension(Lang::Zh, d), dimension(Lang::En, d), "{d:?}");
        }
        for u in Unit::ALL {
            assert!(!unit(Lang::Zh, u).is_empty() && !unit(Lang::En, u).is_empty(), "{u:?}");
        }
        for p in ["pillar", "dimension", "year", "lang", "table", "embed", "other"] {
            assert_ne!(url_param(Lang::Zh, p), url_param(Lang::En, p), "{p}");
        }
        let note = both(|l| note_missing_figures(l, "a"));
        assert_eq!((note.get(Lang::Zh), note.get(Lang::En)), (note_missing_figures(Lang::Zh, "a").as_str(), note_missing_figures(Lang::En, "a").as_str()));
        assert_eq!(text_of(Key::About).get(Lang::En), "about");
        let items = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(and_list(Lang::Zh, &items(&["615 次", "9,430 檔次"])), "615 次與 9,430 檔次");
        assert_eq!(and_list(Lang::Zh, &items(&["「次」", "「檔次」"])), "「次」與「檔次」");
        assert_eq!(and_list(Lang::En, &items(&["a", "b", "c"])), "a, b and c");
        assert_eq!(and_list(Lang::En, &items(&["a"])), "a");
    }

    #[test]
    fn lang_ids_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_id(l.id()), Some(l));
        }
        assert_eq!(Lang::from_id("fr"), None);
        assert_eq!(Lang::default(), Lang::Zh);
    }
}
