#![recursion_limit = "256"]
//! A viewer for the National Immigration Agency's performance reports on
//! combating human trafficking: one report, read from its data folder.
//!
//! The layers, in the order the data flows. Each folder imports only the
//! ones before it (`tests/layers.rs` fails otherwise), and only
//! `ui/browser/` names the browser's APIs (`web_sys`, `js_sys`,
//! `wasm_bindgen`):
//!
//! 1. `core` — shared value types: `Lang`, `Text`, `Date`, the vocabularies
//!    (`Pillar`, `Dimension`, `Tier`, `Unit` …), `ChartId` and `FigureId`
//!    as identities.
//! 2. `locale` — every text a reader sees, in both languages, and number
//!    and date formatting.
//! 3. `data` — the data folder's files into typed records, refused with
//!    the record and field.
//! 4. `dataset` — derived once at load: every figure as a row (facts), the
//!    chart that shows it, the cross-checks.
//! 5. `presentation` — what the reader selected (`Selection`: URL query,
//!    history rule) and what it shows (filters, main points, activity
//!    entries, chart steps, table sorting), embed URLs, citations, the
//!    report's passages and their links.
//! 6. `charts` — chart options, tables, text alternatives, SVG jobs.
//! 7. `ui` — the Leptos components, rendered natively at build time and
//!    hydrated in the browser; `ui/browser/` is the browser glue.
//!
//! `src/bin/` (the build's tools) and `src/main.rs` (mounting) sit on top.

pub mod core;
pub mod locale;
pub mod data;
pub mod dataset;
pub mod presentation;
pub mod charts;
pub mod ui;
