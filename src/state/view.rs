//! What the reader selected: pillars, year, search text. Parsed from and
//! written to the URL query (`?pillar=prevention,partnership&year=2014&q=…`).
//! Unknown values are ignored and reported, never fatal.

use super::Query;
use crate::data::dates::ROC_OFFSET;
use crate::data::{Pillar, Text};
use crate::i18n::Lang;

/// The selection. An empty `pillars` means all four.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ViewState {
    pub pillars: Vec<Pillar>,
    pub year: Option<i32>,
    pub q: String,
}

/// A URL value that was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlNotice {
    pub param: &'static str,
    pub value: String,
}

impl UrlNotice {
    pub fn text(&self, lang: Lang) -> String {
        let (zh_param, en_param) = match self.param {
            "pillar" => ("面向", "pillar"),
            "year" => ("年度", "year"),
            "lang" => ("語言", "language"),
            _ => ("參數", "parameter"),
        };
        let t = Text {
            zh: format!("網址中的{zh_param}「{}」無法辨識，已略過。", self.value),
            en: format!("The {en_param} \"{}\" in the address is not recognised and was ignored.", self.value),
        };
        t.get(lang).to_string()
    }
}

impl ViewState {
    /// Reads the selection; `years` are the years the report covers.
    pub fn parse(query: &Query, years: &[i32]) -> (ViewState, Vec<UrlNotice>) {
        let mut notices = Vec::new();
        let mut state = ViewState::default();
        if let Some(list) = query.get("pillar") {
            for part in list.split(',').map(str::trim).filter(|p| !p.is_empty()) {
                match Pillar::from_id(&part.to_ascii_lowercase()) {
                    Some(p) if !state.pillars.contains(&p) => state.pillars.push(p),
                    Some(_) => {}
                    None if part.eq_ignore_ascii_case("all") => {}
                    None => notices.push(UrlNotice { param: "pillar", value: part.to_string() }),
                }
            }
            state.pillars.sort();
            if state.pillars.len() == Pillar::ALL.len() {
                state.pillars.clear();
            }
        }
        if let Some(y) = query.get("year").map(str::trim).filter(|y| !y.is_empty() && *y != "all") {
            match parse_year(y, years) {
                Some(y) => state.year = Some(y),
                None => notices.push(UrlNotice { param: "year", value: y.to_string() }),
            }
        }
        if let Some(l) = query.get("lang") {
            if Lang::from_id(l).is_none() {
                notices.push(UrlNotice { param: "lang", value: l.to_string() });
            }
        }
        state.q = query.get("q").map(|q| q.trim().to_string()).unwrap_or_default();
        (state, notices)
    }

    /// Writes the selection into `query`, keeping its other parameters and
    /// dropping what equals the default.
    pub fn write(&self, query: &mut Query) {
        let pillars: Vec<&str> = self.pillars.iter().map(|p| p.id()).collect();
        query.set("pillar", (!pillars.is_empty()).then(|| pillars.join(",")).as_deref());
        query.set("year", self.year.map(|y| y.to_string()).as_deref());
        query.set("q", (!self.q.is_empty()).then_some(self.q.as_str()));
    }

    /// Whether `p` is selected (all are when none is picked).
    pub fn shows_pillar(&self, p: Pillar) -> bool {
        self.pillars.is_empty() || self.pillars.contains(&p)
    }

    /// Whether a figure of year `y` is selected.
    pub fn shows_year(&self, y: i32) -> bool {
        self.year.map_or(true, |s| s == y)
    }

    /// Toggles one pillar as a filter chip: from "all", picking a pillar
    /// shows just that one; dropping the last picked, or picking all four,
    /// shows all again.
    pub fn toggle_pillar(&mut self, p: Pillar) {
        if self.pillars.is_empty() {
            self.pillars = vec![p];
        } else if let Some(i) = self.pillars.iter().position(|x| *x == p) {
            self.pillars.remove(i);
        } else {
            self.pillars.push(p);
            self.pillars.sort();
        }
        if self.pillars.len() == Pillar::ALL.len() {
            self.pillars.clear();
        }
    }
}

/// `2014`, or the ROC year `103`, when the report covers it.
fn parse_year(s: &str, years: &[i32]) -> Option<i32> {
    if !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 4 {
        return None;
    }
    let n: i32 = s.parse().ok()?;
    let y = if s.len() <= 3 { n + ROC_OFFSET } else { n };
    years.contains(&y).then_some(y)
}

#[cfg(test)]
mod tests {
    use super::*;

    const YEARS: [i32; 5] = [2010, 2011, 2012, 2013, 2014];

    fn parse(s: &str) -> (ViewState, Vec<UrlNotice>) {
        ViewState::parse(&Query::parse(s), &YEARS)
    }

    #[test]
    fn reads_pillars_and_year() {
        let (s, n) = parse("?pillar=prevention,partnership&year=2014");
        assert_eq!(s.pillars, [Pillar::Prevention, Pillar::Partnership]);
        assert_eq!(s.year, Some(2014));
        assert!(n.is_empty());
    }

    #[test]
    fn empty_means_all_and_all_four_is_all() {
        assert_eq!(parse("").0, ViewState::default());
        assert_eq!(parse("pillar=all&year=all").0, ViewState::default());
        let (s, _) = parse("pillar=prosecution,prevention,partnership,protection");
        assert!(s.pillars.is_empty());
    }

    #[test]
    fn roc_years_are_accepted() {
        assert_eq!(parse("year=103").0.year, Some(2014));
        assert_eq!(parse("year=99").0.year, Some(2010));
    }

    #[test]
    fn unknown_values_are_ignored_with_a_notice() {
        let (s, n) = parse("pillar=nonsense,protection&year=abc&lang=fr");
        assert_eq!(s.pillars, [Pillar::Protection]);
        assert_eq!(s.year, None);
        assert_eq!(
            n,
            [
                UrlNotice { param: "pillar", value: "nonsense".into() },
                UrlNotice { param: "year", value: "abc".into() },
                UrlNotice { param: "lang", value: "fr".into() },
            ]
        );
        assert!(n[0].text(Lang::En).contains("\"nonsense\""));
        assert!(n[1].text(Lang::Zh).contains("「abc」"));
        // A year the report does not cover is unknown too.
        assert_eq!(parse("year=2009").1.len(), 1);
        assert_eq!(parse("year=-1").1.len(), 1);
        assert_eq!(parse("year=20140").1.len(), 1);
    }

    #[test]
    fn writes_back_what_it_reads() {
        for s in ["pillar=prevention,partnership&year=2014", "year=2012", "pillar=protection&q=%E5%AE%89%E7%BD%AE", ""] {
            let q = Query::parse(s);
            let (state, _) = ViewState::parse(&q, &YEARS);
            let mut out = Query::default();
            state.write(&mut out);
            assert_eq!(out.to_string(), s);
        }
    }

    #[test]
    fn write_keeps_other_parameters() {
        let mut q = Query::parse("lang=en&pillar=protection");
        let state = ViewState { pillars: vec![Pillar::Prevention], year: Some(2014), q: String::new() };
        state.write(&mut q);
        assert_eq!(q.to_string(), "lang=en&pillar=prevention&year=2014");
    }

    #[test]
    fn toggling_pillars() {
        let mut s = ViewState::default();
        s.toggle_pillar(Pillar::Prevention);
        assert_eq!(s.pillars, [Pillar::Prevention]);
        s.toggle_pillar(Pillar::Prevention);
        assert!(s.pillars.is_empty(), "dropping the last one shows all");
        for p in Pillar::ALL {
            s.toggle_pillar(p);
        }
        assert!(s.pillars.is_empty(), "all four is all");
        let mut s = ViewState { pillars: vec![Pillar::Partnership], ..Default::default() };
        s.toggle_pillar(Pillar::Prevention);
        assert_eq!(s.pillars, [Pillar::Prevention, Pillar::Partnership]);
        s.toggle_pillar(Pillar::Partnership);
        assert_eq!(s.pillars, [Pillar::Prevention]);
    }
}
