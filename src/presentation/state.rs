//! What the reader selected and opened: pillars, the report's challenge
//! dimensions, year, search text, and the charts whose table or embed code
//! is open. Parsed from and written to the URL query
//! (`?pillar=prevention&dimension=innovation&year=2014&q=…&table=tiers`),
//! so a link reopens the same view. Unknown values are ignored and
//! reported, never fatal.

use super::Query;
use crate::core::date::ROC_OFFSET;
use crate::core::{ChartId, ChartKind, Dimension, Lang, Pillar};

/// The selection. An empty `pillars` means all four; an empty
/// `dimensions`, no filter by the report's own grouping.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Selection {
    pub pillars: Vec<Pillar>,
    /// The report's challenge dimensions (貳、三), in the report's order.
    pub dimensions: Vec<Dimension>,
    pub year: Option<i32>,
    /// The search text as typed, spaces and all; trimmed where it is
    /// matched and written to the URL.
    pub q: String,
    /// Charts whose table view is open (`table=tiers,media`), in catalogue order.
    pub tables: Vec<ChartId>,
    /// Charts whose embed code is open (`embed=tiers`), in catalogue order.
    pub embeds: Vec<ChartId>,
}

/// What a chart of a kind reads of the selection.
impl ChartKind {
    /// The part of the selection a chart of this kind is built from: the
    /// year for every kind; the pillars, the challenge dimensions and the
    /// search words for the kinds of activities (`reads_selection`). The
    /// page keeps one memo of this per chart, so a change that a chart does
    /// not read (typing a search, a space at the end of it) does not
    /// rebuild it.
    pub fn input(self, state: &Selection) -> Selection {
        if self.reads_selection() {
            state.activity_filter()
        } else {
            Selection { year: state.year, ..Selection::default() }
        }
    }
}

/// Whether the selection's pillars include a chart of `pillar` (a chart of
/// the whole report, `None`, is always in).
pub fn in_selection(pillar: Option<Pillar>, state: &Selection) -> bool {
    pillar.map_or(true, |p| state.shows_pillar(p))
}

/// How a change of the selection reaches the browser's history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HistoryStep {
    /// A new entry: the pillars, the dimensions or the year changed (back
    /// undoes it).
    Push,
    /// The same entry, rewritten: typing a search, opening a table.
    Replace,
    /// Nothing to write.
    Keep,
}

/// A URL value that was ignored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UrlNotice {
    pub param: &'static str,
    pub value: String,
}

impl UrlNotice {
    pub fn text(&self, lang: Lang) -> String {
        crate::locale::url_notice(lang, self.param, &self.value)
    }
}

impl Selection {
    /// The part of the selection that picks activities (the list and the
    /// activities chart): pillars, dimensions, year and the search words,
    /// their spacing aside. Opening a table does not change it.
    pub fn activity_filter(&self) -> Selection {
        Selection {
            pillars: self.pillars.clone(),
            dimensions: self.dimensions.clone(),
            year: self.year,
            q: self.search_words(),
            ..Selection::default()
        }
    }

    /// The search words, one space between them (what is matched).
    pub fn search_words(&self) -> String {
        self.q.split_whitespace().collect::<Vec<_>>().join(" ")
    }

    /// Reads the selection from the URL. A year is taken when it is a year at
    /// all (Gregorian or ROC), a chart by any id; whether the report covers
    /// the year and has the charts is `keep_report`'s question, asked once
    /// the data is there.
    pub fn parse(query: &Query) -> (Selection, Vec<UrlNotice>) {
        // The charts as the URL names them: which the report has is
        // `keep_report`'s question.
        let charts = |param: &'static str| -> Vec<ChartId> {
            let mut out = Vec::new();
            for part in query.get(param).unwrap_or_default().split(',').map(str::trim).filter(|p| !p.is_empty()) {
                let id = ChartId::new(part);
                if !out.contains(&id) {
                    out.push(id);
                }
            }
            out
        };
        let mut notices = Vec::new();
        let mut state = Selection::default();
        state.pillars = chips(query, "pillar", Pillar::from_id, Pillar::ALL.len(), &mut notices);
        state.dimensions = chips(query, "dimension", Dimension::from_id, Dimension::ALL.len(), &mut notices);
        if let Some(y) = query.get("year").map(str::trim).filter(|y| !y.is_empty() && *y != "all") {
            match parse_year(y) {
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
        state.tables = charts("table");
        state.embeds = charts("embed");
        (state, notices)
    }

    /// Drops a selected year that the report does not cover (`years`),
    /// with the notice to show.
    pub fn keep_report_years(&mut self, years: &[i32]) -> Option<UrlNotice> {
        let y = self.year.filter(|y| !years.contains(y))?;
        self.year = None;
        Some(UrlNotice { param: "year", value: y.to_string() })
    }

    /// Keeps what the report has: a year it covers (`keep_report_years`)
    /// and, of the charts whose table or embed code the URL opens, those
    /// of `charts` (the report's, in its order), in that order; the rest is
    /// told.
    pub fn keep_report(&mut self, years: &[i32], charts: &[ChartId]) -> Vec<UrlNotice> {
        let mut notices: Vec<UrlNotice> = self.keep_report_years(years).into_iter().collect();
        for (param, list) in [("table", &mut self.tables), ("embed", &mut self.embeds)] {
            notices.extend(list.iter().filter(|c| !charts.contains(c)).map(|c| UrlNotice { param, value: c.id().to_string() }));
            *list = in_order(std::mem::take(list), charts);
        }
        notices
    }

    /// Writes the selection into `query`, keeping its other parameters and
    /// dropping what equals the default.
    pub fn write(&self, query: &mut Query) {
        let pillars: Vec<&str> = self.pillars.iter().map(|p| p.id()).collect();
        query.set("pillar", (!pillars.is_empty()).then(|| pillars.join(",")).as_deref());
        let dimensions: Vec<&str> = self.dimensions.iter().map(|d| d.id()).collect();
        query.set("dimension", (!dimensions.is_empty()).then(|| dimensions.join(",")).as_deref());
        // Four digits at least: a year of three is read as an ROC year
        // (`parse_year`), so `0999` must not come back as `999` (found by
        // tests/robust.rs).
        query.set("year", self.year.map(|y| format!("{y:04}")).as_deref());
        let q = self.q.trim();
        query.set("q", (!q.is_empty()).then_some(q));
        let ids = |list: &[ChartId]| (!list.is_empty()).then(|| list.iter().map(|c| c.id()).collect::<Vec<_>>().join(","));
        query.set("table", ids(&self.tables).as_deref());
        query.set("embed", ids(&self.embeds).as_deref());
    }

    /// How going from `self` to `next` is recorded in the history.
    pub fn history_step(&self, next: &Selection) -> HistoryStep {
        let written = |s: &Selection| {
            let mut q = Query::default();
            s.write(&mut q);
            q
        };
        if self.pillars != next.pillars || self.dimensions != next.dimensions || self.year != next.year {
            HistoryStep::Push
        } else if written(self) != written(next) {
            HistoryStep::Replace
        } else {
            HistoryStep::Keep
        }
    }

    /// The selection a chart's permalink opens: this selection, with the chart's
    /// own table open if it is open here, and no embed code.
    pub fn for_chart(&self, id: ChartId) -> Selection {
        Selection {
            tables: self.tables.iter().copied().filter(|t| *t == id).collect(),
            embeds: Vec::new(),
            ..self.clone()
        }
    }

    /// Opens or closes a chart's table view.
    pub fn toggle_table(&mut self, id: ChartId, order: &[ChartId]) {
        toggle(&mut self.tables, id, order);
    }

    /// Opens or closes a chart's embed code.
    pub fn toggle_embed(&mut self, id: ChartId, order: &[ChartId]) {
        toggle(&mut self.embeds, id, order);
    }

    /// Whether `p` is selected (all are when none is picked).
    pub fn shows_pillar(&self, p: Pillar) -> bool {
        self.pillars.is_empty() || self.pillars.contains(&p)
    }

    /// Whether an activity listed under `dims` (its challenge dimensions)
    /// is selected: any is when no dimension is picked; otherwise it must
    /// be listed under a picked one, so an activity with none is not.
    pub fn shows_dimensions(&self, dims: &[Dimension]) -> bool {
        self.dimensions.is_empty() || dims.iter().any(|d| self.dimensions.contains(d))
    }

    /// Whether a figure of year `y` is selected.
    pub fn shows_year(&self, y: i32) -> bool {
        self.year.map_or(true, |s| s == y)
    }

    /// Toggles one pillar as a filter chip: from "all", picking a pillar
    /// shows just that one; dropping the last picked, or picking all four,
    /// shows all again.
    pub fn toggle_pillar(&mut self, p: Pillar) {
        toggle_chip(&mut self.pillars, p, Pillar::ALL.len());
    }

    /// Toggles one challenge dimension as a filter chip, as
    /// `toggle_pillar` does: from "all", picking one shows just that one;
    /// dropping the last picked, or picking all six, shows all again.
    pub fn toggle_dimension(&mut self, d: Dimension) {
        toggle_chip(&mut self.dimensions, d, Dimension::ALL.len());
    }
}

/// A chip selection from the URL (`pillar=prevention,partnership`): known
/// ids in their order, an unknown one noticed, `all` or every one meaning
/// none picked (all shown).
fn chips<T: Copy + Ord>(
    query: &Query,
    param: &'static str,
    from_id: impl Fn(&str) -> Option<T>,
    all: usize,
    notices: &mut Vec<UrlNotice>,
) -> Vec<T> {
    let mut out = Vec::new();
    for part in query.get(param).unwrap_or_default().split(',').map(str::trim).filter(|p| !p.is_empty()) {
        match from_id(&part.to_ascii_lowercase()) {
            Some(x) if !out.contains(&x) => out.push(x),
            Some(_) => {}
            None if part.eq_ignore_ascii_case("all") => {}
            None => notices.push(UrlNotice { param, value: part.to_string() }),
        }
    }
    crate::core::sort::sort(&mut out);
    if out.len() == all {
        out.clear();
    }
    out
}

/// Toggles one chip: from "all" (none picked), picking one shows just that
/// one; dropping the last picked, or picking every one, shows all again.
fn toggle_chip<T: Copy + Ord>(list: &mut Vec<T>, x: T, all: usize) {
    if list.is_empty() {
        *list = vec![x];
    } else if let Some(i) = list.iter().position(|y| *y == x) {
        list.remove(i);
    } else {
        list.push(x);
        crate::core::sort::sort(list);
    }
    if list.len() == all {
        list.clear();
    }
}

fn toggle(list: &mut Vec<ChartId>, id: ChartId, order: &[ChartId]) {
    if let Some(i) = list.iter().position(|c| *c == id) {
        list.remove(i);
    } else {
        list.push(id);
        *list = in_order(std::mem::take(list), order);
    }
}

/// The charts of `list` that are in `order`, in its order.
fn in_order(list: Vec<ChartId>, order: &[ChartId]) -> Vec<ChartId> {
    order.iter().copied().filter(|c| list.contains(c)).collect()
}

/// `2014`, or the ROC year `103`.
fn parse_year(s: &str) -> Option<i32> {
    if !s.bytes().all(|b| b.is_ascii_digit()) || s.len() > 4 {
        return None;
    }
    let n: i32 = s.parse().ok()?;
    Some(if s.len() <= 3 { n + ROC_OFFSET } else { n })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The charts of a report, in its order.
    fn order() -> Vec<ChartId> {
        ["indicator", "tiers", "media", "agreements"].map(ChartId::new).to_vec()
    }

    const YEARS: [i32; 5] = [2010, 2011, 2012, 2013, 2014];

    /// Parses as the page does: the URL, then the report's years.
    fn parse(s: &str) -> (Selection, Vec<UrlNotice>) {
        let (mut state, mut notices) = Selection::parse(&Query::parse(s));
        notices.extend(state.keep_report(&YEARS, &order()));
        (state, notices)
    }

    #[test]
    fn reads_pillars_and_year() {
        let (s, n) = parse("?pillar=prevention,partnership&year=2014");
        assert_eq!(s.pillars, [Pillar::Prevention, Pillar::Partnership]);
        assert_eq!(s.year, Some(2014));
        assert!(n.is_empty());
    }

    /// A Gregorian year below 1000 is written with four digits, so that it
    /// is not read back as an ROC year (`0999` is 999, `999` is 2910).
    #[test]
    fn a_year_writes_back_as_it_was_read() {
        for (given, year) in [("0999", 999), ("999", 2910), ("103", 2014), ("2014", 2014)] {
            let (s, _) = Selection::parse(&Query::parse(&format!("year={given}")));
            assert_eq!(s.year, Some(year), "{given}");
            let mut q = Query::default();
            s.write(&mut q);
            assert_eq!(Selection::parse(&Query::parse(&q.to_string())).0.year, Some(year), "{given} written as {q}");
        }
    }

    #[test]
    fn empty_means_all_and_all_four_is_all() {
        assert_eq!(parse("").0, Selection::default());
        assert_eq!(parse("pillar=all&year=all").0, Selection::default());
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
            let (state, _) = Selection::parse(&q);
            let mut out = Query::default();
            state.write(&mut out);
            assert_eq!(out.to_string(), s);
        }
    }

    #[test]
    fn write_keeps_other_parameters() {
        let mut q = Query::parse("lang=en&pillar=protection");
        let state = Selection { pillars: vec![Pillar::Prevention], year: Some(2014), ..Default::default() };
        state.write(&mut q);
        assert_eq!(q.to_string(), "lang=en&pillar=prevention&year=2014");
    }

    #[test]
    fn open_tables_and_embed_code_round_trip_through_the_url() {
        let (s, n) = parse("table=media,tiers&embed=tiers");
        assert!(n.is_empty());
        assert_eq!(s.tables, [ChartId::new("tiers"), ChartId::new("media")], "the report's order");
        assert_eq!(s.embeds, [ChartId::new("tiers")]);
        let mut q = Query::default();
        s.write(&mut q);
        assert_eq!(q.to_string(), "table=tiers,media&embed=tiers");
        let (s, n) = parse("table=pie,tiers");
        assert_eq!(s.tables, [ChartId::new("tiers")]);
        assert_eq!(n, [UrlNotice { param: "table", value: "pie".into() }]);
        assert!(n[0].text(Lang::En).contains("table \"pie\""), "{}", n[0].text(Lang::En));
    }

    #[test]
    fn search_text_keeps_its_spaces_but_the_url_does_not() {
        let s = Selection { q: "taipei booth ".into(), ..Default::default() };
        let mut q = Query::default();
        s.write(&mut q);
        assert_eq!(q.to_string(), "q=taipei%20booth");
        assert_eq!(s.q, "taipei booth ", "the state keeps what was typed");
    }

    #[test]
    fn pillars_and_year_push_history_the_rest_replaces_it() {
        let base = Selection::default();
        let with = |f: &dyn Fn(&mut Selection)| {
            let mut s = base.clone();
            f(&mut s);
            s
        };
        assert_eq!(base.history_step(&with(&|s| s.toggle_pillar(Pillar::Protection))), HistoryStep::Push);
        assert_eq!(base.history_step(&with(&|s| s.year = Some(2014))), HistoryStep::Push);
        assert_eq!(base.history_step(&with(&|s| s.q = "安置".into())), HistoryStep::Replace);
        assert_eq!(base.history_step(&with(&|s| s.toggle_table(ChartId::new("tiers"), &order()))), HistoryStep::Replace);
        assert_eq!(base.history_step(&with(&|s| s.q = "  ".into())), HistoryStep::Keep, "spaces alone change no URL");
        assert_eq!(base.history_step(&base), HistoryStep::Keep);
    }

    #[test]
    fn a_permalink_keeps_only_its_own_table() {
        let mut s = Selection { year: Some(2014), ..Default::default() };
        s.toggle_table(ChartId::new("media"), &order());
        s.toggle_table(ChartId::new("tiers"), &order());
        s.toggle_embed(ChartId::new("tiers"), &order());
        assert_eq!(s.tables, [ChartId::new("tiers"), ChartId::new("media")]);
        let p = s.for_chart(ChartId::new("media"));
        assert_eq!(p.tables, [ChartId::new("media")]);
        assert!(p.embeds.is_empty());
        assert_eq!(p.year, Some(2014));
        assert!(s.for_chart(ChartId::new("agreements")).tables.is_empty());
        s.toggle_table(ChartId::new("media"), &order());
        assert_eq!(s.tables, [ChartId::new("tiers")]);
    }

    #[test]
    fn reads_and_writes_dimensions_in_the_report_order() {
        let (s, n) = parse("dimension=coordination,Innovation,coordination");
        assert!(n.is_empty());
        assert_eq!(s.dimensions, [Dimension::Innovation, Dimension::Coordination], "the report's order, once each");
        let mut q = Query::parse("lang=en");
        s.write(&mut q);
        assert_eq!(q.to_string(), "lang=en&dimension=innovation,coordination");
        for url in ["pillar=prevention&dimension=partnership_building&year=2014", "dimension=uncontrollable"] {
            let (state, _) = Selection::parse(&Query::parse(url));
            let mut out = Query::default();
            state.write(&mut out);
            assert_eq!(out.to_string(), url);
        }
    }

    #[test]
    fn no_dimension_or_all_six_is_all() {
        assert!(parse("dimension=").0.dimensions.is_empty());
        assert!(parse("dimension=all").0.dimensions.is_empty());
        let six = Dimension::ALL.map(|d| d.id()).join(",");
        assert!(parse(&format!("dimension={six}")).0.dimensions.is_empty());
        let mut q = Query::default();
        Selection::default().write(&mut q);
        assert_eq!(q.get("dimension"), None);
    }

    #[test]
    fn an_unknown_dimension_is_ignored_with_a_notice() {
        let (s, n) = parse("dimension=innovation,fun");
        assert_eq!(s.dimensions, [Dimension::Innovation]);
        assert_eq!(n, [UrlNotice { param: "dimension", value: "fun".into() }]);
        assert_eq!(n[0].text(Lang::En), "The challenge dimension \"fun\" in the address is not recognised and was ignored.");
        assert_eq!(n[0].text(Lang::Zh), "網址中的指標挑戰性分類「fun」無法辨識，已略過。");
    }

    #[test]
    fn toggling_chips() {
        let mut s = Selection::default();
        s.toggle_dimension(Dimension::Coordination);
        assert_eq!(s.dimensions, [Dimension::Coordination]);
        s.toggle_dimension(Dimension::Innovation);
        assert_eq!(s.dimensions, [Dimension::Innovation, Dimension::Coordination]);
        s.toggle_dimension(Dimension::Coordination);
        assert_eq!(s.dimensions, [Dimension::Innovation]);
        s.toggle_dimension(Dimension::Innovation);
        assert!(s.dimensions.is_empty(), "dropping the last one shows all");
        for d in Dimension::ALL {
            s.toggle_dimension(d);
        }
        assert!(s.dimensions.is_empty(), "all six is all");
        assert!(s.pillars.is_empty(), "pillars are a separate selection");
        // Pillars are chips by the same rule, with their own count.
        for p in Pillar::ALL.into_iter().rev().skip(1) {
            s.toggle_pillar(p);
        }
        assert_eq!(s.pillars, Pillar::ALL[..3], "in the pillars' order");
        s.toggle_pillar(Pillar::ALL[3]);
        assert!(s.pillars.is_empty(), "all four pillars is all");
    }

    #[test]
    fn a_dimension_change_pushes_history() {
        let base = Selection { pillars: vec![Pillar::Protection], ..Default::default() };
        let mut next = base.clone();
        next.toggle_dimension(Dimension::Difficulty);
        assert_eq!(base.history_step(&next), HistoryStep::Push);
        assert_eq!(next.history_step(&base), HistoryStep::Push, "and dropping it too");
    }

    #[test]
    fn an_activity_with_no_dimension_is_hidden_while_one_is_selected() {
        let all = Selection::default();
        assert!(all.shows_dimensions(&[]));
        assert!(all.shows_dimensions(&[Dimension::Quality]));
        let picked = Selection { dimensions: vec![Dimension::Innovation, Dimension::Quality], ..Default::default() };
        assert!(picked.shows_dimensions(&[Dimension::Difficulty, Dimension::Quality]), "any one in common");
        assert!(!picked.shows_dimensions(&[Dimension::Difficulty]));
        assert!(!picked.shows_dimensions(&[]), "reported only outside 貳、三");
    }

    #[test]
    fn the_activity_filter_is_what_picks_activities() {
        let s = Selection {
            pillars: vec![Pillar::Prevention],
            dimensions: vec![Dimension::Innovation],
            year: Some(2014),
            q: "  taipei   booth ".into(),
            tables: vec![ChartId::new("tiers")],
            embeds: vec![ChartId::new("media")],
        };
        let f = s.activity_filter();
        assert_eq!(f.q, "taipei booth");
        assert_eq!((f.pillars.clone(), f.dimensions.clone(), f.year), (s.pillars.clone(), s.dimensions.clone(), s.year));
        assert!(f.tables.is_empty() && f.embeds.is_empty(), "opening a table or embed code does not filter again");
        let opened = Selection { tables: vec![ChartId::new("media")], ..s.clone() };
        assert_eq!(opened.activity_filter(), f);
        let typed = Selection { q: "taipei booth".into(), ..s.clone() };
        assert_eq!(typed.activity_filter(), f, "spacing aside");
        assert_eq!(ChartKind::ActivitiesByMonth.input(&s), f);
    }
}
