#![recursion_limit = "256"]
//! Viewer for the National Immigration Agency's 2014 performance report on
//! combating human trafficking.
//!
//! The layers, each in its own module:
//! `data` (model, dates, loading and validation) → `checks` (cross-checks)
//! → `facts` (open-data rows and CSV) → `charts` (chart options) → `app`
//! (Leptos components, wasm only). `i18n` and `format` serve every layer.

pub mod activity;
pub mod charts;
pub mod checks;
pub mod data;
pub mod dataset;
pub mod embed;
pub mod facts;
pub mod filter;
pub mod format;
pub mod i18n;
pub mod passage_links;
pub mod sort;
pub mod state;
pub mod summary;

pub mod app;
