//! End-to-end tests: the real `kampung` binary on fixture sites under tests/fixtures.

mod amounts;
mod browser;
mod budgets;
mod build;
mod claims;
mod common;
mod destinations;
mod discovery;
mod errors;
mod fields;
mod fuzz;
mod i18n;
mod incremental;
mod links;
mod messages;
mod pictures;
#[path = "../support/rng.rs"]
mod rng;
mod serve;
mod services;
mod standards;
