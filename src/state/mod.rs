//! Page state kept in the URL query. Pure: parsing and serialising are
//! tested natively; `app::browser` reads and writes `location`.

mod query;

pub use query::Query;
