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
        TiersDesc => (
            "臺灣每年皆評列第一級。",
            "Taiwan was rated Tier 1 in every year.",
        ),
        TiersUnit => ("單位：國家數", "Unit: number of countries"),
        TiersTaiwan => ("臺灣評等", "Taiwan's tier"),
        TiersTotalPrinted => ("報告所列總數", "Total as printed"),
        TiersSumOfTiers => ("各級相加", "Sum of tiers"),
        Source => ("資料來源", "Source"),
        SourceReport => ("內政部入出國及移民署 103 年度施政績效報告", "National Immigration Agency, Performance Report 2014"),
        NotesTitle => ("報告數據不一致之處", "Where the report's figures disagree"),
        Year => ("年度", "Year"),
        Countries => ("國", "countries"),
        AboutTitle => ("關於這些資料", "About this data"),
        AboutPillars => ("4P 面向的分類", "How activities were assigned to pillars"),
        ChecksTitle => ("交叉核對結果", "What the cross-checks found"),
        ChecksAgree => ("相符", "Agrees"),
        DownloadsTitle => ("開放資料下載", "Open data downloads"),
        DownloadCsv => ("所有數據（CSV）", "All figures (CSV)"),
        DownloadJson => ("完整資料（JSON）", "Full data (JSON)"),
        Notice => ("注意", "Notice"),
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
