//! Media airings (a prevention chart): TV broadcasts and radio spots, with
//! the number of stations in the labels.

use charming::component::{Axis, Grid};
use charming::element::{AxisType, Label, LabelPosition, Tooltip, Trigger};
use charming::series::Bar;

use super::parts::{facts_in, ChartParts};
use crate::core::{ChartId, Role, Unit};
use crate::locale::format;
use crate::locale;
use crate::dataset::Dataset;
use crate::presentation::Selection;
use super::common::{axis_label, base, figure_value, summary_from_data, value_axis};
use super::table::Table;
use super::{ChartEnv, Options};

/// TV broadcasts and radio spots, with the number of stations in the labels.
pub fn parts(id: ChartId, d: &Dataset, state: &Selection, env: ChartEnv) -> ChartParts {
    let lang = env.lang;
    let facts = facts_in(id, d, state);
    let sources = facts.iter().map(|f| f.source.clone()).collect();
    let table = Table::of_facts(d.chart_title(id, lang).to_string(), &facts, lang);
    let role = |role: Role| d.report.figure(role).and_then(|f| figure_value(&facts, &f.id));
    let (Some(tv), Some(tv_n), Some(radio), Some(radio_n)) = (role(Role::TvStations), role(Role::TvBroadcasts), role(Role::RadioStations), role(Role::RadioSpots)) else {
        return ChartParts { chart: None, tables: vec![table].into_iter().filter(|t| !t.is_empty()).collect(), summary: String::new(), sources, context: None };
    };
    let n = |v: f64| format::number(v, lang);
    let (tv_label, radio_label) = (locale::media_tv_label(lang, &n(tv)), locale::media_radio_label(lang, &n(radio)));
    let summary = summary_from_data(d, id, &facts, lang);
    let label = Label::new().show(true).position(LabelPosition::Top).color(env.text_color());
    let chart = base(&env)
        .grid(Grid::new().left(8).right(8).top(48).bottom(8).contain_label(true))
        .tooltip(Tooltip::new().trigger(Trigger::Item))
        .x_axis(Axis::new().type_(AxisType::Category).data(vec![tv_label.clone(), radio_label.clone()]).axis_label(axis_label(&env).interval(0)))
        .y_axis(value_axis(&env))
        .series(Bar::new().name(locale::unit(lang, Unit::Broadcasts)).stack("media").label(label.clone())
            .data(vec![charming::datatype::DataPoint::from(tv_n), charming::datatype::DataPoint::from("-")]))
        .series(Bar::new().name(locale::unit(lang, Unit::Spots)).stack("media").label(label)
            .data(vec![charming::datatype::DataPoint::from("-"), charming::datatype::DataPoint::from(radio_n)]));
    let count = |v: f64, unit: Unit| Some(format::count(v, unit, false, lang));
    let chart = Options::new(chart)
        .item_labels(0, vec![count(tv_n, Unit::Broadcasts), None])
        .item_labels(1, vec![None, count(radio_n, Unit::Spots)]);
    ChartParts { chart: Some(chart), tables: vec![table], summary, sources, context: None }
}
