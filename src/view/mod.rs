//! Layer 5, what the reader sees of the report: the selection (kept in the
//! URL query, with its history rule), what it shows (filters, main points, table sorting, stepping through a chart,
//! activity entries), embed URLs, the report's passages with their
//! links, and what each page tells the outside world (`share`: its head's
//! sharing tags, the sitemap, robots.txt; native only). Pure: tested natively; `ui::browser` reads and writes `location`.

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
pub use state::{in_selection, HistoryStep, UrlNotice, ViewState};
