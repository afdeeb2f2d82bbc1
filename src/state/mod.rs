//! Page state kept in the URL query. Pure: parsing and serialising are
//! tested natively; `app::browser` reads and writes `location`.

mod query;
mod view;

pub use query::Query;
pub use view::{HistoryStep, UrlNotice, ViewState};
