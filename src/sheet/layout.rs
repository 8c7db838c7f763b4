//! Writing a workbook's sheets as the YAML text of a content file, with a map
//! from each field path to the cell it came from ([`CellMap`]): a content kind
//! that accepts spreadsheets lays its sheets out with these pieces, and its one
//! YAML reader then checks both forms; [`CellMap::place`] moves every problem
//! found in the written YAML to its cell.
//!
//! Every value is quoted as JSON writes a string (valid YAML), so no cell's
//! text can change the YAML's structure.

use super::{Row, Sheet, Value};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use std::fmt::Write;
use std::path::Path;

/// Which cell each field path of the written YAML came from.
#[derive(Debug, Default)]
pub struct CellMap {
    cells: Vec<(String, String)>,
    /// The cell each line of the YAML came from, if one did.
    lines: Vec<Option<String>>,
}

impl CellMap {
    /// The cell of `field`, or of its nearest ancestor that has one.
    fn cell(&self, field: &str) -> Option<&str> {
        let mut path = field;
        loop {
            if let Some((_, cell)) = self.cells.iter().find(|(p, _)| p == path) {
                return Some(cell);
            }
            let cut = path.rfind(['.', '['])?;
            path = &path[..cut];
        }
    }

    /// `d`, found in the written YAML, placed at its cell instead.
    pub fn place(&self, mut d: Diagnostic) -> Diagnostic {
        let by_line = d
            .position
            .and_then(|p| self.lines.get(p.line.wrapping_sub(1)).cloned().flatten());
        d.cell = self.cell(&d.field).map(str::to_string).or(by_line);
        d.position = None;
        d.snippet = None;
        d
    }
}

/// The written YAML and its cells.
#[derive(Debug, Default)]
pub struct Out {
    /// The YAML text.
    pub yaml: String,
    /// Where each of its fields came from.
    pub map: CellMap,
}

impl Out {
    /// `key: value` at `indent`, recorded as `path` from `cell`.
    pub fn field(&mut self, indent: usize, key: &str, path: &str, value: &str, cell: String) {
        let key = serde_json::to_string(key).unwrap_or_default();
        let _ = writeln!(self.yaml, "{:indent$}{key}: {value}", "");
        self.map.lines.push(Some(cell.clone()));
        self.map.cells.push((path.to_string(), cell));
    }

    /// A line that opens a mapping or a list (`pendapatan:`).
    pub fn open(&mut self, indent: usize, key: &str) {
        let _ = writeln!(self.yaml, "{:indent$}{key}:", "");
        self.map.lines.push(None);
    }

    /// A line that opens a mapping or a list (`agama:`), recorded as `path`
    /// from `cell` (a sheet that stands for it).
    pub fn open_at(&mut self, indent: usize, key: &str, path: String, cell: String) {
        let _ = writeln!(self.yaml, "{:indent$}{key}:", "");
        self.map.lines.push(Some(cell.clone()));
        self.map.cells.push((path, cell));
    }

    /// A list item at `indent` (`-` alone on its line: its fields follow,
    /// indented), recorded as `path` from `cell`.
    pub fn item(&mut self, indent: usize, path: String, cell: String) {
        let _ = writeln!(self.yaml, "{:indent$}-", "");
        self.map.lines.push(Some(cell.clone()));
        self.map.cells.push((path, cell));
    }
}

/// A value as YAML: quoted text, or a bare integer where the model wants a
/// number and the cell holds one.
pub fn quoted(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_default()
}

/// A cell as a YAML integer when it holds one, else as quoted text (for the
/// reader to refuse), `null` when empty.
pub fn integer(value: &Value) -> String {
    match value.text() {
        Some(t) if t.parse::<i64>().is_ok() => t,
        Some(t) => quoted(&t),
        None => "null".into(),
    }
}

/// The columns of a sheet found by their header row.
pub struct Columns<'s> {
    sheet: &'s Sheet,
    /// The header's position in `sheet.rows`.
    header: usize,
    found: Vec<(&'static str, usize)>,
}

impl<'s> Columns<'s> {
    /// Finds the header row of `sheet` (the first with a cell `key`) and the
    /// columns `names` in it (a header matches a name it starts with, ignoring
    /// case, `_`, `-` and spaces: `Anggaran (Rp)` is `anggaran`, `Laki-laki` is
    /// `laki_laki`).
    pub fn find(
        sheet: &'s Sheet,
        key: &'static str,
        names: &[&'static str],
        rel: &Path,
        report: &mut Report,
    ) -> Option<Self> {
        let norm = |v: &Value| {
            v.text()
                .unwrap_or_default()
                .to_lowercase()
                .replace(['_', ' ', '-'], "")
        };
        let Some(header) = sheet
            .rows
            .iter()
            .position(|r| r.cells.iter().any(|c| norm(c) == key))
        else {
            let d = Diagnostic::error(rel, msg!("K1302", lembar = &sheet.name, kolom = key));
            report.push(d.cell(format!("{}!A1", sheet.name)));
            return None;
        };
        let row = &sheet.rows[header];
        let found = names
            .iter()
            .filter_map(|name| {
                let want = name.replace(['_', '-'], "");
                row.cells
                    .iter()
                    .position(|c| norm(c).starts_with(&want))
                    .map(|col| (*name, col))
            })
            .collect();
        Some(Columns {
            sheet,
            header,
            found,
        })
    }

    /// The column (from 0) whose header is `name`.
    pub fn col(&self, name: &str) -> Option<usize> {
        self.found.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }

    /// The cell of column `name` in `row` (empty when the column is missing).
    pub fn value<'r>(&self, row: &'r Row, name: &str) -> &'r Value {
        self.col(name).map_or(&Value::Empty, |c| row.get(c))
    }

    /// The name of that cell (`Belanja!C14`).
    pub fn cell(&self, row: &Row, name: &str) -> String {
        self.sheet
            .cell_name(row.number, self.col(name).unwrap_or(0))
    }

    /// The rows under the header that hold something in a known column.
    pub fn rows(&self) -> impl Iterator<Item = &'s Row> + '_ {
        self.sheet.rows[self.header + 1..].iter().filter(|r| {
            self.found
                .iter()
                .any(|(_, c)| !matches!(r.get(*c), Value::Empty))
        })
    }

    /// Writes the cell of column `name` in `row` as the field `name` of
    /// `path`, its text made by `convert`; nothing when the cell is empty.
    pub fn write(
        &self,
        out: &mut Out,
        indent: usize,
        path: &str,
        row: &Row,
        name: &str,
        convert: fn(&Value) -> String,
    ) {
        let value = self.value(row, name);
        if self.col(name).is_none() || matches!(value, Value::Empty) {
            return;
        }
        out.field(
            indent,
            name,
            &format!("{path}.{name}"),
            &quoted(&convert(value)),
            self.cell(row, name),
        );
    }
}
