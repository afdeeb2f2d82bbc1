//! Layer 5, how the report is presented to a reader: the selection
//! (`Selection`, kept in the URL query, with its history rule), what it
//! shows (filters, main points, table sorting, stepping through a chart,
//! activity entries), embed URLs, citations, the report's passages with
//! their links, and what each page tells the outside world (`share`: its
//! head's sharing tags, the sitemap, robots.txt; native only). Pure:
//! tested natively; `ui::browser` reads and writes `location`.
//!
//! (One meaning a word: "view" is a chart's view for one selection,
//! `charts::views`, and Leptos's `view!`; this layer was `view`.)

pub mod activity_entry;
pub mod cite;
pub mod contents;
pub mod embed;
pub mod explore;
pub mod filter;
pub mod main_points;
pub mod passages;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
mod query;
mod state;
pub mod table_sort;

pub use query::Query;
pub use state::{in_selection, HistoryStep, UrlNotice, Selection};
