//! Every text a reader sees, in Traditional Chinese and English, in files
//! by who uses them. Texts of the report itself come from the data (`Text`).
//!
//! - `keys`: the fixed texts, one `texts!` table looked up with
//!   `t(lang, Key)`; `both` and `text_of` make a `Text` of both languages.
//! - `vocab`: the vocabularies' names (pillar, tier, unit, challenge
//!   dimension, activity kind).
//! - `charts`: a chart's title and unit, text alternative and labels; the
//!   key figures' labels.
//! - `notes`: the cross-checks' notes.
//! - `points`: the main points' sentences.
//! - `cite`: a citation's sentences, the list of changes.
//! - `messages`: what the page says about its state (counts of what it
//!   shows, ignored URL parameters, validation errors).
//! - `facts`: table cells and the open-data figures' labels.
//! - `open_data`: the open data's description (`data/datapackage.json`), native only.
//! - `share`: the share cards' labels and text alternatives, the dataset's
//!   names in the pages' JSON-LD, native only.
//! - `format`: numbers, years, dates and punctuation as each language
//!   writes them.
//!
//! All but `format`, `open_data` and `share` are re-exported here (`locale::t`, `locale::pillar`,
//! `locale::note_tiers_sum` …).

pub mod charts;
pub mod cite;
pub mod facts;
pub mod format;
pub mod keys;
pub mod messages;
pub mod notes;
#[cfg(not(target_arch = "wasm32"))]
pub mod open_data;
pub mod points;
#[cfg(not(target_arch = "wasm32"))]
pub mod share;
pub mod vocab;

pub use charts::{
    activities_summary, agreements_summary, exchanges_summary, indicator_summary,
    map_applies, map_signed_in, media_radio_label, media_tv_label, outreach_summary, partners_summary,
    tiers_home_column, tiers_summary, tiers_year_label, timeline_summary,
};
pub use facts::{fact_not_reported, fact_home_rating, fact_tier_count, fact_tier_share, not_reported_printed};
pub use keys::{both, t, text_of, Key, ALL_KEYS};
pub use messages::{
    field_error, passages_matching, problem_bad_date, problem_bad_number, problem_duplicate_id, problem_role_taken, problem_bad_name, problem_nothing_to_show, problem_after_report_year, downloads_licence, problem_missing_language,
    problem_bad_country_code, problem_bare_chinese, problem_out_of_range, problem_unknown_id, quoted_search, selection_summary, showing, url_notice, url_param,
};
pub use notes::{
    and_list, check_agreements_total, check_countries_signing_in, note_agreement_counted_as, note_count_agrees, note_count_differs,
    note_indicator_actual, note_indicator_target, note_indicator_unreported, note_missing_figures, note_probably_same, note_sum_agrees,
    note_sum_differs, note_tier_pct, note_tiers_pct_sum, note_tiers_pct_total, note_tiers_sum, note_topics_differ, note_units_mixed,
    note_visit_before_signing, notes_rounding_group, note_indicator_missed, note_indicator_known, note_visit_not_counted, note_visit_former_official,
    note_mou_talks, note_organisers_differ, note_list_order,
};
pub use vocab::{activity_kind, dimension, direction, pillar, tier, unit};
