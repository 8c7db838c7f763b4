//! kampung: a static-site generator for village information websites.
//!
//! The pipeline runs one way: [`content`] loads and validates the Markdown and YAML
//! under `content/` into a typed model, [`render`] turns the model into pages with
//! the [`theme`], and [`output`] writes them. [`build`] ties the stages together.

#![warn(missing_docs)]

pub mod build;
pub mod config;
pub mod content;
pub mod diagnostic;
pub mod output;
pub mod render;
pub mod theme;
pub mod yaml;

pub use build::{BuildError, BuildOptions, Summary, build, check};
