//! The two languages of the viewer, and a text in both.

use serde::{Deserialize, Serialize};

/// The viewer's languages: Traditional Chinese first, then English.
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
    /// Open Graph's `og:locale` (language_TERRITORY): Taiwan's Chinese,
    /// and British English, the spelling of the English texts.
    pub fn og_locale(self) -> &'static str {
        match self {
            Lang::Zh => "zh_TW",
            Lang::En => "en_GB",
        }
    }
    /// The report page in this language, relative to the site: each
    /// language has its own prerendered page.
    pub fn page(self) -> &'static str {
        match self {
            Lang::Zh => "./",
            Lang::En => "./en.html",
        }
    }
    /// The file the build writes for `page`.
    pub fn page_file(self) -> &'static str {
        match self {
            Lang::Zh => "index.html",
            Lang::En => "en.html",
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


/// A text in both languages.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Text {
    pub zh: String,
    pub en: String,
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lang_ids_round_trip() {
        for l in Lang::ALL {
            assert_eq!(Lang::from_id(l.id()), Some(l));
        }
        assert_eq!(Lang::from_id("fr"), None);
        assert_eq!(Lang::default(), Lang::Zh);
    }
}
