//! Layer 1, the shared value types: the languages and a text in both, dates,
//! the report's vocabularies, the charts as an identity, the figures the
//! code relies on, and a small sort. Imports nothing of the crate.

pub mod chart_id;
pub mod date;
pub mod figure_id;
pub mod lang;
pub mod mixed;
pub mod sort;
pub mod vocab;

pub use chart_id::ChartId;
pub use date::{Date, DateError, ROC_OFFSET};
pub use figure_id::FigureId;
pub use lang::{Lang, Text};
pub use vocab::{ActivityKind, Dimension, FigureGroup, Pillar, Tier, Unit};
