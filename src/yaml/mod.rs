//! YAML in, typed values out, every failure as a [`Diagnostic`] with file, line,
//! column and field path.
//!
//! This is the only module that knows the YAML crates: `serde_norway` deserializes
//! (with `serde_path_to_error` recording the field path), and a light event parser
//! (`yaml-rust2`) finds the position of a field for problems found after
//! deserialization (a duplicate id, a missing file). That second parse only runs
//! when there is something to report, so a clean build pays nothing for it.
//!
//! This file is the reader ([`Source`], [`parse`]); beside it, `bounds` refuses
//! what a content file never needs before serde reads it, `explain` words
//! serde's and the parsers' errors, `cause` names the usual causes seen in the
//! line, and `locate` finds a field path's position.

use crate::diagnostic::{Diagnostic, Position};
use crate::message::Message;
use bounds::check_bounds;
use explain::explain;
use serde::de::DeserializeOwned;
use std::path::Path;

pub use locate::{locate, scalar_at};

/// A YAML text and where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The file, relative to the site root, for messages.
    pub file: &'a Path,
    /// The YAML text alone (for front matter: without the `---` lines).
    pub text: &'a str,
    /// The whole file, for snippets (equal to `text` for a plain YAML file).
    pub whole: &'a str,
    /// Lines of the file before `text` starts (1 for front matter after `---`).
    pub line_offset: usize,
}

impl<'a> Source<'a> {
    /// A whole YAML file.
    pub fn file(file: &'a Path, text: &'a str) -> Self {
        Source {
            file,
            text,
            whole: text,
            line_offset: 0,
        }
    }

    /// Builds an error at the field `field` (a path like `kantor.telepon` or
    /// `perangkat[1].nama`), with the position of that field's value.
    pub fn error_at(&self, field: &str, message: Message) -> Diagnostic {
        self.place(
            Diagnostic::error(self.file, message),
            field,
            self.locate(field),
        )
    }

    /// Builds a warning at the field `field`.
    pub fn warning_at(&self, field: &str, message: Message) -> Diagnostic {
        self.place(
            Diagnostic::warning(self.file, message),
            field,
            self.locate(field),
        )
    }

    /// Puts `d` at `field` and `position`: its path, the line it points at, and
    /// the names of the list items on the way.
    pub(super) fn place(
        &self,
        d: Diagnostic,
        field: &str,
        position: Option<Position>,
    ) -> Diagnostic {
        d.field(field)
            .items(self.items(field))
            .at(position, self.whole)
    }

    /// What each list item on `field`'s path is called: its `id`, `nama`,
    /// `judul` or `jenis`, if it has one (`domisili` for `[0].persyaratan`).
    pub fn items(&self, field: &str) -> Vec<Option<String>> {
        let mut out = Vec::new();
        for (i, _) in field.match_indices(']') {
            let item = &field[..=i];
            let name = ["id", "nama", "judul", "jenis"]
                .iter()
                .find_map(|key| scalar_at(self.text, &format!("{item}.{key}")))
                .filter(|name| !name.trim().is_empty() && name.chars().count() <= 60);
            out.push(name);
        }
        out
    }

    /// The position of the value at `field`, or of its nearest existing ancestor.
    pub fn locate(&self, field: &str) -> Option<Position> {
        locate(self.text, field).map(|p| self.shift(p))
    }

    /// A position within `text` as a position within the whole file.
    pub(super) fn shift(&self, p: Position) -> Position {
        Position {
            line: p.line + self.line_offset,
            column: p.column,
        }
    }
}

/// Deserializes `source` into `T`, or explains in one diagnostic why it cannot.
///
/// An empty document is read as an empty mapping, so that missing required fields
/// are named rather than reported as "end of file".
///
/// Before `serde_norway` sees the text, [`check_bounds`] refuses anchors, aliases,
/// nesting deeper than [`MAX_DEPTH`] and a second document: an alias can multiply
/// a file's size a thousandfold when expanded, and deep nesting makes libyaml
/// quadratic. Positions are lines and columns as an editor shows them.
pub fn parse<T: DeserializeOwned>(source: &Source<'_>) -> Result<T, Diagnostic> {
    let text = if source.text.trim().is_empty() {
        "{}"
    } else {
        source.text
    };
    check_bounds(source)?;
    let deserializer = serde_norway::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let field = err.path().to_string();
        // serde_path_to_error writes `.` for the top and `?` for a key it cannot name.
        let field = if field == "." || field == "?" {
            String::new()
        } else {
            field.trim_end_matches(".?").to_string()
        };
        let inner = err.into_inner();
        // libyaml counts U+0085, U+2028 and U+2029 as line breaks, editors do not:
        // its byte index is exact, so the position is worked out from that.
        let position = inner
            .location()
            .map(|loc| source.shift(Position::in_text(text, loc.index())));
        explain(source, &field, &inner.to_string(), position)
    })
}

/// How deep lists and mappings may nest in a content file. The deepest content
/// of the sample site nests 5 levels (a budget file).
pub const MAX_DEPTH: usize = 64;

mod bounds;
mod cause;
mod explain;
mod locate;

#[cfg(test)]
mod tests;
