//! The one lookup for every interface text, in Traditional Chinese and
//! English. Texts of the report itself come from the data (`Text`).
//!
//! Each key is declared once with both languages side by side (the `texts!`
//! table), so a key without one of them does not compile; a test also checks
//! that none is empty or left untranslated.

use crate::data::{ActivityKind, Pillar, Text, Tier, Unit};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Traditional Chinese (Taiwan), the default.
    #[default]
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];
    /// Value of `<html lang>`.
    pub fn html_lang(self) -> &'static str {
        match self {
            Lang::Zh => "zh-Hant",
            Lang::En => "en",
        }
    }
    /// Value in the URL (`?lang=en`).
    pub fn id(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }
    pub fn from_id(s: &str) -> Option<Lang> {
        match s {
            "zh" | "zh-Hant" | "zh-TW" => Some(Lang::Zh),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

impl Text {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

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
        Loading => ("正在載入報告資料…", "Loading the report data…"),
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
        NotesTitle => ("報告數據不一致之處", "Where the report's figures disagree"),
        Countries => ("國", "countries"),
        AboutTitle => ("關於這些資料", "About this data"),
        AboutPillars => ("4P 面向的分類", "How activities were assigned to pillars"),
        ChecksTitle => ("交叉核對結果", "What the cross-checks found"),
        ChecksAgree => ("相符", "Agrees"),
        DownloadsTitle => ("開放資料下載", "Open data downloads"),
        DownloadCsv => ("所有數據（CSV）", "All figures (CSV)"),
        DownloadJson => ("完整資料（JSON）", "Full data (JSON)"),
        Notice => ("注意", "Notice"),
        IndicatorTitle => ("關鍵績效指標「加強防制人口販運」：目標值與實際值", "Key performance indicator \"Strengthen the prevention of human trafficking\": target and actual"),
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
        ProsecutionTitle => ("查緝起訴：查獲、起訴與專業訓練，103 年（2014）", "Prosecution: cases uncovered, indicted, and training, 2014"),
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
        YearFilter => ("年度", "Year"),
        AllYears => ("全部年度", "All years"),
        SearchLabel => ("搜尋活動（名稱、地點或合作單位）", "Search activities (title, place or partner)"),
        ShowTable => ("顯示表格", "Show table"),
        HideTable => ("隱藏表格", "Hide table"),
        DownloadChartCsv => ("下載數據（CSV）", "Download data (CSV)"),
        DownloadPng => ("下載圖片（PNG）", "Download image (PNG)"),
        Permalink => ("本圖連結", "Link to this chart"),
        NothingToShow => ("所選的面向或年度沒有這張圖的數據。", "This chart has no figures for the selected pillar or year."),
        KeyFiguresTitle => ("重點數據", "Key figures"),
        ActivitiesTitle => ("報告所列活動", "Activities in the report"),
        ColPlace => ("地點", "Place"),
        ColPartner => ("合作或主辦單位", "Partner or organiser"),
        ColPillar => ("面向", "Pillar"),
        PillarIsViewers => ("面向為本檢視器的分類", "pillar assigned by this viewer"),
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
    };
    pick(lang, zh, en)
}

/// The label of a unit given by its id (as in `facts`).
pub fn unit_by_id(lang: Lang, id: &str) -> &'static str {
    Unit::from_id(id).map_or("", |u| unit(lang, u))
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

/// "Showing n of total activities", for the count line and live region.
pub fn showing(lang: Lang, n: usize, total: usize) -> String {
    match lang {
        Lang::Zh => format!("顯示 {total} 項活動中的 {n} 項"),
        Lang::En => format!("Showing {n} of {total} activities"),
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
    fn lang_ids_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_id(l.id()), Some(l));
        }
        assert_eq!(Lang::from_id("fr"), None);
        assert_eq!(Lang::default(), Lang::Zh);
    }
}
