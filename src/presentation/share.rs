//! What each page tells the outside world, in its `<head>`: a description
//! for search engines, Open Graph and Twitter card tags for chat apps and
//! social sites (title, description, the share card, language), the
//! canonical address and its other language (`hreflang`), and the report
//! page's dataset (JSON-LD). All of it from one function of the page's
//! data, `tags`, so every page says the same things the same way.
//!
//! The tags a standard wants absolute (`og:url`, `og:image`, the canonical
//! link, `hreflang` alternates) are written only with the site's address
//! (`SITE_URL`); without it they are left out and the page stays relative.

use crate::core::{Lang, SiteUrl};

/// The share cards' size in pixels (Open Graph's large image, 1.91:1).
pub const CARD_WIDTH: u32 = 1200;
pub const CARD_HEIGHT: u32 = 630;

/// A page as the outside world sees it.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    pub lang: Lang,
    /// Its address relative to the site: `./`, `./en.html`, `./embed-tiers.html`.
    pub url: String,
    /// The file the build writes for it: `index.html`, `en.html` …
    pub file: String,
    pub title: String,
    /// Its own summary (the report's main points, a chart's text alternative).
    pub description: String,
    /// The site's name in the page's language.
    pub site_name: String,
    /// Its share card, relative to the site (`cards/report-zh.png`), and the card's text alternative.
    pub card: String,
    pub card_alt: String,
    /// The same page in each language, this one included: language and address.
    pub alternates: Vec<(Lang, String)>,
    /// The dataset the page describes (JSON-LD), on the report page.
    pub json_ld: Option<serde_json::Value>,
}

impl Page {
    /// The page in the default language (`x-default`): the Chinese.
    pub fn default_alternate(&self) -> Option<&str> {
        self.alternates.iter().find(|(l, _)| *l == Lang::default()).map(|(_, u)| u.as_str())
    }
}

/// One tag of a page's head.
#[derive(Debug, Clone, PartialEq)]
pub enum Tag {
    /// `<meta name=…>` (`name`) or `<meta property=…>` (Open Graph's).
    Meta { property: bool, key: &'static str, content: String },
    /// `<link rel=… hreflang=… href=…>`.
    Link { rel: &'static str, hreflang: Option<&'static str>, href: String },
    /// `<script type="application/ld+json">`, its JSON.
    JsonLd(serde_json::Value),
}

fn meta(key: &'static str, content: impl Into<String>) -> Tag {
    Tag::Meta { property: false, key, content: content.into() }
}

fn og(key: &'static str, content: impl Into<String>) -> Tag {
    Tag::Meta { property: true, key, content: content.into() }
}

/// The tags of `page`'s head, with `site` the site's address if the build
/// has it. The one function every page's sharing tags come from.
pub fn tags(page: &Page, site: Option<&SiteUrl>) -> Vec<Tag> {
    let mut out = vec![meta("description", &page.description)];
    if let Some(site) = site {
        out.push(Tag::Link { rel: "canonical", hreflang: None, href: site.join(&page.url) });
        for (lang, url) in &page.alternates {
            out.push(Tag::Link { rel: "alternate", hreflang: Some(lang.html_lang()), href: site.join(url) });
        }
        if let Some(default) = page.default_alternate() {
            out.push(Tag::Link { rel: "alternate", hreflang: Some("x-default"), href: site.join(default) });
        }
    }
    out.push(og("og:type", "website"));
    out.push(og("og:site_name", &page.site_name));
    out.push(og("og:title", &page.title));
    out.push(og("og:description", &page.description));
    out.push(og("og:locale", page.lang.og_locale()));
    for (lang, _) in page.alternates.iter().filter(|(l, _)| *l != page.lang) {
        out.push(og("og:locale:alternate", lang.og_locale()));
    }
    if let Some(site) = site {
        out.push(og("og:url", site.join(&page.url)));
        out.push(og("og:image", site.join(&page.card)));
        out.push(og("og:image:type", "image/png"));
        out.push(og("og:image:width", CARD_WIDTH.to_string()));
        out.push(og("og:image:height", CARD_HEIGHT.to_string()));
        out.push(og("og:image:alt", &page.card_alt));
    }
    // The large picture needs the picture's address; without it, the summary card.
    out.push(meta("twitter:card", if site.is_some() { "summary_large_image" } else { "summary" }));
    if let Some(ld) = &page.json_ld {
        out.push(Tag::JsonLd(ld.clone()));
    }
    out
}

/// Text for an HTML attribute value.
fn attr(s: &str) -> String {
    s.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;").replace('>', "&gt;")
}

/// JSON for a `<script>` data block: serde_json's, with `<`, `>` and `&`
/// as `\u003c` … (the same JSON), so that no `</script>` or `<!--` can
/// end or change the block, whatever the text holds.
pub fn script_json(value: &serde_json::Value) -> String {
    serde_json::to_string(value)
        .unwrap_or_else(|_| "null".into())
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

impl Tag {
    pub fn html(&self) -> String {
        match self {
            Tag::Meta { property, key, content } => {
                format!("<meta {}=\"{key}\" content=\"{}\">", if *property { "property" } else { "name" }, attr(content))
            }
            Tag::Link { rel, hreflang, href } => {
                let lang = hreflang.map(|l| format!(" hreflang=\"{l}\"")).unwrap_or_default();
                format!("<link rel=\"{rel}\"{lang} href=\"{}\">", attr(href))
            }
            Tag::JsonLd(v) => format!("<script type=\"application/ld+json\">{}</script>", script_json(v)),
        }
    }
}

/// The tags as HTML, one a line, for the page's head.
pub fn head(page: &Page, site: Option<&SiteUrl>) -> String {
    tags(page, site).iter().map(|t| format!("  {}\n", t.html())).collect()
}

/// Text for XML.
fn xml(s: &str) -> String {
    attr(s).replace('\'', "&apos;")
}

/// `sitemap.xml`: every page with its alternates (`xhtml:link`, Google's
/// form of `hreflang` in a sitemap). Absolute addresses only, as the
/// sitemap protocol requires: there is none without the site's address.
pub fn sitemap(pages: &[Page], site: &SiteUrl) -> String {
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n");
    for page in pages {
        out.push_str(&format!("  <url>\n    <loc>{}</loc>\n", xml(&site.join(&page.url))));
        let default = page.default_alternate().map(|u| ("x-default", u));
        for (hreflang, url) in page.alternates.iter().map(|(l, u)| (l.html_lang(), u.as_str())).chain(default) {
            out.push_str(&format!("    <xhtml:link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\"/>\n", xml(&site.join(url))));
        }
        out.push_str("  </url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// The sitemap's file, beside the pages.
pub const SITEMAP: &str = "sitemap.xml";

/// `robots.txt`: every page may be read; with the site's address, where
/// the sitemap is.
pub fn robots(site: Option<&SiteUrl>) -> String {
    let mut out = String::from(
        "# Crawlers read robots.txt only at the root of a host: served under a\n# sub-path, copy its Sitemap line (written with SITE_URL) into the root's robots.txt.\nUser-agent: *\nAllow: /\n",
    );
    match site {
        Some(site) => out.push_str(&format!("Sitemap: {}\n", site.join(SITEMAP))),
        None => out.push_str("# Built without SITE_URL: no sitemap (its addresses must be absolute).\n"),
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(lang: Lang) -> Page {
        Page {
            lang,
            url: if lang == Lang::Zh { "./".into() } else { "./en.html".into() },
            file: lang.page_file().into(),
            title: "Title \"quoted\" & <b>".into(),
            description: "What it says.".into(),
            site_name: "Site".into(),
            card: format!("cards/report-{}.png", lang.id()),
            card_alt: "Alt".into(),
            alternates: vec![(Lang::Zh, "./".into()), (Lang::En, "./en.html".into())],
            json_ld: Some(serde_json::json!({ "name": "a </script><!-- b & c" })),
        }
    }

    fn html(page: &Page, site: Option<&SiteUrl>) -> String {
        head(page, site)
    }

    #[test]
    fn with_the_site_address_the_tags_that_need_it_are_absolute() {
        let site = SiteUrl::parse("https://example.gov.tw/report/").unwrap();
        let h = html(&page(Lang::En), Some(&site));
        for tag in [
            r#"<link rel="canonical" href="https://example.gov.tw/report/en.html">"#,
            r#"<link rel="alternate" hreflang="zh-Hant" href="https://example.gov.tw/report/">"#,
            r#"<link rel="alternate" hreflang="en" href="https://example.gov.tw/report/en.html">"#,
            r#"<link rel="alternate" hreflang="x-default" href="https://example.gov.tw/report/">"#,
            r#"<meta property="og:url" content="https://example.gov.tw/report/en.html">"#,
            r#"<meta property="og:image" content="https://example.gov.tw/report/cards/report-en.png">"#,
            r#"<meta property="og:image:width" content="1200">"#,
            r#"<meta property="og:image:height" content="630">"#,
            r#"<meta property="og:image:alt" content="Alt">"#,
            r#"<meta property="og:locale" content="en_GB">"#,
            r#"<meta property="og:locale:alternate" content="zh_TW">"#,
            r#"<meta name="twitter:card" content="summary_large_image">"#,
            r#"<meta property="og:title" content="Title &quot;quoted&quot; &amp; &lt;b&gt;">"#,
            r#"<meta name="description" content="What it says.">"#,
        ] {
            assert!(h.contains(tag), "no {tag} in\n{h}");
        }
        assert!(html(&page(Lang::Zh), Some(&site)).contains(r#"<meta property="og:locale" content="zh_TW">"#));
    }

    #[test]
    fn without_it_nothing_absolute_and_the_rest_as_before() {
        let h = html(&page(Lang::Zh), None);
        assert!(!h.contains("http"), "{h}");
        for gone in ["canonical", "hreflang", "og:url", "og:image"] {
            assert!(!h.contains(gone), "{gone} in\n{h}");
        }
        for kept in ["og:title", "og:description", "og:site_name", "og:type", "og:locale", "name=\"description\"", "twitter:card"] {
            assert!(h.contains(kept), "no {kept} in\n{h}");
        }
    }

    #[test]
    fn the_json_ld_cannot_end_its_script() {
        let h = html(&page(Lang::Zh), None);
        let start = h.find("<script type=\"application/ld+json\">").unwrap() + "<script type=\"application/ld+json\">".len();
        let end = h[start..].find("</script>").unwrap() + start;
        let json = &h[start..end];
        assert!(!json.contains('<') && !json.contains('>'), "{json}");
        assert_eq!(serde_json::from_str::<serde_json::Value>(json).unwrap()["name"], "a </script><!-- b & c", "the same JSON");
        assert_eq!(h.matches("</script>").count(), 1);
    }

    #[test]
    fn robots_names_the_sitemap_only_with_the_site_address() {
        let site = SiteUrl::parse("https://example.gov.tw/report/").unwrap();
        assert!(robots(Some(&site)).lines().any(|l| l == "Sitemap: https://example.gov.tw/report/sitemap.xml"));
        assert!(!robots(None).lines().any(|l| l.starts_with("Sitemap:")));
        assert!(!robots(None).contains("http"));
    }
}
