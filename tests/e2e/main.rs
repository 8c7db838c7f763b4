//! End-to-end tests: the real `kampung` binary on fixture sites under tests/fixtures.

mod admin;
mod amounts;
mod browser;
mod budgets;
mod build;
mod claims;
mod common;
mod destinations;
mod discovery;
mod dokumen;
mod errors;
mod fields;
mod fuzz;
mod i18n;
mod incremental;
mod init;
mod jsonld;
mod lembar;
mod links;
mod logos;
mod messages;
mod offline;
mod pembangunan;
mod pictures;
mod produk;
mod publish;
mod regency;
#[path = "../support/rng.rs"]
mod rng;
mod schema;
mod search;
mod serve;
mod services;
mod single;
mod standards;
mod statistik;
