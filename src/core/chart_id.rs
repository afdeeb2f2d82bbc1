//! A chart of the page, by its id: the id a report's `viewer.json` gives
//! it (`tiers`), which is also its place in URLs and in the page
//! (`#chart-tiers`). What the chart is (its kind, pillar, title, figures)
//! is the data's (`data::viewer::ChartDef`); the code knows chart kinds
//! (`ChartKind`), never a report's charts.

use std::sync::Mutex;

/// A chart's id, interned: cheap to copy and compare, as the page's islands
/// and memos pass it around.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ChartId(&'static str);

/// Every id met so far, each stored once for the life of the program (a
/// report names a handful).
static IDS: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

impl ChartId {
    /// The chart with this id (which the data may or may not define).
    pub fn new(id: &str) -> ChartId {
        let mut ids = IDS.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(known) = ids.iter().find(|k| **k == id) {
            return ChartId(known);
        }
        let stored: &'static str = Box::leak(id.to_string().into_boxed_str());
        ids.push(stored);
        ChartId(stored)
    }

    /// Id in URLs and in the page (`#chart-tiers`).
    pub fn id(self) -> &'static str {
        self.0
    }

    /// The chart's place in the page (`chart-tiers`): its section's id and
    /// the fragment of its links.
    pub fn anchor(self) -> String {
        format!("chart-{}", self.0)
    }
}

impl std::fmt::Debug for ChartId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.0)
    }
}

/// As its id (`"tiers"`): how an island of the page names its chart.
impl serde::Serialize for ChartId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.0)
    }
}

impl<'de> serde::Deserialize<'de> for ChartId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(ChartId::new(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::ChartId;

    #[test]
    fn an_id_is_interned_and_an_island_names_its_chart_by_it() {
        let a = ChartId::new("tiers");
        assert_eq!(a, ChartId::new(&String::from("tiers")));
        assert!(std::ptr::eq(a.id(), ChartId::new("tiers").id()), "stored once");
        assert_ne!(a, ChartId::new("media"));
        let json = serde_json::to_string(&a).unwrap();
        assert_eq!(json, "\"tiers\"");
        assert_eq!(serde_json::from_str::<ChartId>(&json).unwrap(), a);
        assert_eq!(a.anchor(), "chart-tiers");
    }
}
