//! Layer 1, the shared value types: the languages and a text in both, dates,
//! the report's vocabularies, the charts as an identity, the figures the
//! code relies on, a small sort and a digest. Imports nothing of the crate.

/// `schemars::JsonSchema` for a type the data files store as a string of
/// one form (a date, a count reference): its name, the pattern and a
/// description, for the data files' schemas (`data::schema`, native only).
#[cfg(not(target_arch = "wasm32"))]
macro_rules! string_schema {
    ($ty:ty, $name:literal, $pattern:literal, $description:literal) => {
        impl schemars::JsonSchema for $ty {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $name.into()
            }
            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                schemars::json_schema!({ "type": "string", "pattern": $pattern, "description": $description })
            }
        }
    };
}
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use string_schema;

pub mod chart_id;
pub mod chart_kind;
pub mod date;
pub mod digest;
pub mod role;
pub mod lang;
pub mod mixed;
pub mod site;
pub mod sort;
pub mod vocab;

pub use chart_id::ChartId;
pub use chart_kind::ChartKind;
pub use date::{Date, DateError, ROC_OFFSET};
pub use role::Role;
pub use lang::{Lang, Text};
pub use site::SiteUrl;
pub use vocab::{ActivityKind, Dimension, Direction, FigureGroup, Pillar, Tier, Unit};
