//! kampung: a static-site generator for village information websites.
//!
//! The pipeline runs one way: [`content`] loads and validates the Markdown and YAML
//! under `content/` into a typed model, [`render`] turns the model into pages with
//! the [`theme`], and [`output`] writes them. [`build`] ties the stages together.

#![warn(missing_docs)]
// A `Diagnostic` is large, but it is only built on the cold path of a bad file, and
// it travels by value through a few calls; boxing it everywhere buys nothing.
#![allow(clippy::result_large_err)]

pub mod build;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod forms;
pub mod init;
pub mod input;
pub mod media;
pub mod message;
pub mod numbers;
pub mod output;
pub mod render;
pub mod schema;
pub mod serve;
pub mod sheet;
pub mod theme;
pub mod url;
pub mod watch;
pub mod yaml;

pub use build::{BuildError, BuildOptions, ChangeSet, Session, Summary, build, check, watch_build};
