//! The site's public address, where a standard asks for an absolute URL
//! (Open Graph's `og:image` and `og:url`, the canonical link, `hreflang`
//! alternates, the sitemap, the dataset's download URLs). Given to the
//! build as `SITE_URL` (`make dist SITE_URL=https://example.gov.tw/report/`);
//! without it, the build writes none of those and stays relative.

/// An `http(s)` address ending in `/`, with nothing after its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteUrl(String);

impl SiteUrl {
    /// The address as given, checked: `http://` or `https://`, a host, no
    /// query, fragment, white space or quote; a `/` is added at its end
    /// when missing (`https://example.gov.tw/report` is the folder).
    pub fn parse(given: &str) -> Result<SiteUrl, String> {
        let s = given.trim();
        let why = |what: &str| format!("SITE_URL={given:?} {what}; give the site's public address, e.g. SITE_URL=https://example.gov.tw/report/");
        let rest = s
            .strip_prefix("https://")
            .or_else(|| s.strip_prefix("http://"))
            .ok_or_else(|| why("does not start with https:// or http://"))?;
        let host = rest.split('/').next().unwrap_or_default();
        if host.is_empty() || host.starts_with(':') || host.contains('@') {
            return Err(why("has no host (or has a user name in it)"));
        }
        if let Some(c) = s.chars().find(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '\'' | '<' | '>' | '\\' | '`' | '{' | '}' | '|' | '^')) {
            return Err(why(&format!("contains {c:?}, which a URL cannot hold as it is")));
        }
        if s.contains('?') || s.contains('#') {
            return Err(why("has a query or a fragment: the site's address is a folder"));
        }
        if rest.split('/').skip(1).any(|part| part == "." || part == "..") {
            return Err(why("has . or .. in its path"));
        }
        let mut url = s.to_string();
        if !url.ends_with('/') {
            url.push('/');
        }
        Ok(SiteUrl(url))
    }

    /// `SITE_URL` from the environment: `None` when unset or empty.
    pub fn from_env_value(value: Option<&str>) -> Result<Option<SiteUrl>, String> {
        match value.map(str::trim) {
            None | Some("") => Ok(None),
            Some(v) => SiteUrl::parse(v).map(Some),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The absolute URL of a file of the site, given relative to the site
    /// (`./`, `./en.html`, `cards/report-zh.png`).
    pub fn join(&self, relative: &str) -> String {
        let rel = relative.strip_prefix("./").unwrap_or(relative);
        format!("{}{}", self.0, rel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_site_url_is_a_folder_of_an_http_host() {
        let s = SiteUrl::parse("https://example.gov.tw/report").unwrap();
        assert_eq!(s.as_str(), "https://example.gov.tw/report/");
        assert_eq!(s.join("./"), "https://example.gov.tw/report/");
        assert_eq!(s.join("./en.html"), "https://example.gov.tw/report/en.html");
        assert_eq!(s.join("cards/report-zh.png"), "https://example.gov.tw/report/cards/report-zh.png");
        assert_eq!(SiteUrl::parse(" http://127.0.0.1:8080/ ").unwrap().as_str(), "http://127.0.0.1:8080/");
        assert_eq!(SiteUrl::parse("https://example.gov.tw").unwrap().as_str(), "https://example.gov.tw/");
    }

    #[test]
    fn a_bad_site_url_is_refused_with_what_is_wrong() {
        for (bad, why) in [
            ("example.gov.tw/report/", "does not start with https:// or http://"),
            ("ftp://example.gov.tw/", "does not start with"),
            ("/report/", "does not start with"),
            ("https://", "has no host"),
            ("https:///report/", "has no host"),
            ("https://user@example.gov.tw/", "user name"),
            ("https://example.gov.tw/my report/", "contains ' '"),
            ("https://example.gov.tw/\"/", "contains '\"'"),
            ("https://example.gov.tw/report/?x=1", "query or a fragment"),
            ("https://example.gov.tw/report/#top", "query or a fragment"),
            ("https://example.gov.tw/a/../b/", ". or .."),
        ] {
            let e = SiteUrl::parse(bad).unwrap_err();
            assert!(e.contains(why) && e.contains("SITE_URL=https://example.gov.tw/report/"), "{bad}: {e}");
        }
        assert_eq!(SiteUrl::from_env_value(None), Ok(None));
        assert_eq!(SiteUrl::from_env_value(Some("  ")), Ok(None));
        assert!(SiteUrl::from_env_value(Some("nope")).is_err());
    }
}
