//! Prevention: the media campaign and attendance at outreach events.

use charming::component::{Axis, Grid};
use charming::element::{AxisType, Formatter, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

use super::catalog::{facts_in, ChartId, Parts};
use super::common::{axis_label, base, labelled_bars, BarItem, value_axis};
use super::table::Table;
use super::ChartEnv;
use crate::checks::figure_ids::*;
use crate::data::dates::Date;
use crate::data::{Pillar, Report, Unit};
use crate::facts::Fact;
use crate::filter;
use crate::format;
use crate::i18n::{self, Lang};
use crate::state::ViewState;

fn value_of(facts: &[Fact], id: &str) -> Option<f64> {
    facts.iter().find(|f| f.record_id == id).and_then(|f| f.value)
}

/// TV broadcasts and radio spots, with the number of stations in the labels.
pub fn media(r: &Report, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    let facts = facts_in(ChartId::Media, r, state);
    let sources = facts.iter().map(|f| f.source.clone()).collect();
    let table = Table::of_facts(ChartId::Media.title(lang).to_string(), &facts, lang);
    let (Some(tv), Some(tv_n), Some(radio), Some(radio_n)) = (
        value_of(&facts, MEDIA_TV_STATIONS),
        value_of(&facts, MEDIA_TV_BROADCASTS),
        value_of(&facts, MEDIA_RADIO_STATIONS),
        value_of(&facts, MEDIA_RADIO_SPOTS),
    ) else {
        return Parts { chart: None, tables: vec![table].into_iter().filter(|t| !t.is_empty()).collect(), summary: String::new(), sources, context: None };
    };
    let n = |v: f64| format::number(v, lang);
    let (tv_label, radio_label) = match lang {
        Lang::Zh => (format!("電視臺（{} 家）", n(tv)), format!("廣播電臺（{} 家）", n(radio))),
        Lang::En => (format!("TV ({} stations)", n(tv)), format!("Radio ({} stations)", n(radio))),
    };
    let total = value_of(&facts, MEDIA_TOTAL_SPOTS);
    let summary = match lang {
        Lang::Zh => format!(
            "長條圖：103 年於 {} 家電視臺播放宣導短片 {} 次，於 {} 家廣播電臺播送宣導廣告 {} 檔次{}。",
            n(tv), n(tv_n), n(radio), n(radio_n), total.map(|t| format!("，合計 {} 檔次", n(t))).unwrap_or_default()
        ),
        Lang::En => format!(
            "Bar chart: in 2014 awareness clips were broadcast {} times on {} TV stations and {} spots aired on {} radio stations{}.",
            n(tv_n), n(tv), n(radio_n), n(radio), total.map(|t| format!(", {} in all", n(t))).unwrap_or_default()
        ),
    };
    let label = |unit: Unit| Label::new().show(true).position(LabelPosition::Top).color(env.text_color())
        .formatter(Formatter::String(format!("{{c}} {}", i18n::unit(lang, unit))));
    let chart = base(&env)
        .grid(Grid::new().left(8).right(8).top(48).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Category).data(vec![tv_label.clone(), radio_label.clone()]).axis_label(axis_label(&env)))
        .y_axis(value_axis(&env))
        .series(Bar::new().name(i18n::unit(lang, Unit::Broadcasts)).stack("media").label(label(Unit::Broadcasts))
            .data(vec![charming::datatype::DataPoint::from(tv_n), charming::datatype::DataPoint::from("-")]))
        .series(Bar::new().name(i18n::unit(lang, Unit::Spots)).stack("media").label(label(Unit::Spots))
            .data(vec![charming::datatype::DataPoint::from("-"), charming::datatype::DataPoint::from(radio_n)]));
    Parts { chart: Some(chart), tables: vec![table], summary, sources, context: None }
}

/// People reached at each prevention event with a count of participants.
pub fn outreach(r: &Report, state: &ViewState, env: ChartEnv) -> Parts {
    let lang = env.lang;
    let mut bars = Vec::new();
    let mut sources = Vec::new();
    let mut total = 0.0;
    let mut approx = false;
    for a in filter::activities(r, &ViewState { pillars: vec![Pillar::Prevention], year: state.year, q: String::new() }) {
        for c in a.counts.iter().filter(|c| c.unit == Unit::People) {
            let date = Date::parse(&a.date).map(|d| format::month_day(d, lang)).unwrap_or_default();
            bars.push(BarItem { label: format!("{}{}", a.title.get(lang), format::parens(&date, lang)), value: Some(c.value), unit: Unit::People.id() });
            sources.push(a.source.clone());
            total += c.value;
            approx |= c.approx;
        }
    }
    let facts = facts_in(ChartId::Outreach, r, state);
    let table = Table::of_facts(ChartId::Outreach.title(lang).to_string(), &facts, lang);
    if bars.is_empty() {
        return Parts { chart: None, tables: vec![], summary: String::new(), sources, context: None };
    }
    let about = if approx { if lang == Lang::Zh { "約 " } else { "about " } } else { "" };
    let summary = match lang {
        Lang::Zh => format!("長條圖：{} 場宣導活動的參加人數，合計{about}{} 人。", bars.len(), format::number(total, lang)),
        Lang::En => format!("Bar chart: participants at {} outreach events, {about}{} people in all.", bars.len(), format::number(total, lang)),
    };
    Parts { chart: Some(labelled_bars(&bars, &env)), tables: vec![table], summary, sources, context: None }
}
