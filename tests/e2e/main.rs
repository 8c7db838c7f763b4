//! End-to-end tests: the real `kampung` binary on fixture sites under tests/fixtures.

mod browser;
mod budgets;
mod build;
mod claims;
mod common;
mod destinations;
mod discovery;
mod errors;
mod fuzz;
mod i18n;
mod incremental;
mod links;
mod pictures;
#[path = "../support/rng.rs"]
mod rng;
mod serve;
mod services;
mod standards;
