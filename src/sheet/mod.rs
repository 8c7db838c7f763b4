//! Spreadsheets in (`.xlsx`, `.ods`, `.csv`), plain cells out: the only module
//! that knows the spreadsheet crates.
//!
//! A village's figures are often kept in Excel or LibreOffice, so a budget year
//! may be given as a workbook instead of YAML. This module reads one into a
//! [`Workbook`]: its sheets, each a list of rows of [`Value`]s with their cell
//! names (`Belanja!C14`). What the sheets mean is not known here: each content
//! kind maps its own layout onto its YAML model (`content::budget::sheet`), so
//! the same checks judge both.
//!
//! - `.xlsx` is read with `calamine`'s streaming cell reader, so a sheet that
//!   claims a huge size costs nothing: cells past [`MAX_ROWS`] rows or
//!   [`MAX_COLUMNS`] columns are refused before anything is allocated for them.
//! - `.ods` is read with `calamine` too (it reads a whole sheet at once; the
//!   file-size cap of [`FILE_LIMIT`] bounds it).
//! - `.csv` (the `csv` crate) holds several sheets one after another: a row with
//!   only a sheet's name in its first cell starts that sheet. Its delimiter is
//!   guessed from the first lines (Excel in an Indonesian locale writes `;`), and
//!   a file that is not UTF-8 is read as Windows-1252, as Excel saves it.
//!
//! A formula cell gives the value the spreadsheet program last computed and
//! saved; merged cells give their value in their top-left cell only.

use crate::diagnostic::Diagnostic;
use crate::msg;
use std::io::Cursor;
use std::path::Path;

pub mod layout;

/// A spreadsheet file is refused above this size (an APBDes workbook is 10-50 KB).
pub const FILE_LIMIT: u64 = 2 << 20;
/// Rows a sheet may have.
pub const MAX_ROWS: u32 = 5_000;
/// Columns a sheet may have.
pub const MAX_COLUMNS: u32 = 40;

/// A cell's value as the spreadsheet holds it.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// Nothing in the cell.
    Empty,
    /// Text, trimmed.
    Text(String),
    /// A number (money, a code typed as a number).
    Number(f64),
    /// A formula error (`#REF!`, `#DIV/0!`), as shown.
    Error(String),
}

impl Value {
    /// The value as text: a number without a needless `.0`, so `80000000` and
    /// `4.1` read as typed.
    pub fn text(&self) -> Option<String> {
        match self {
            Value::Empty => None,
            Value::Text(t) => Some(t.clone()),
            Value::Number(n) => Some(number_text(*n)),
            Value::Error(e) => Some(e.clone()),
        }
    }
}

/// A number as a person would write it: whole numbers without a fraction,
/// others with the fewest digits that give the same value back.
pub fn number_text(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e18 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// A date cell (an Excel serial day number, 1900 date system) as the text a
/// date field reads, `2025-06-30`; with its time of day when it has one.
fn excel_date(serial: f64) -> Value {
    // Serial day 25,569 is 1970-01-01.
    let date = crate::content::Date::from_unix_days(serial.floor() as i64 - 25_569);
    let minutes = ((serial - serial.floor()) * 1440.0).round() as u32;
    if minutes == 0 {
        Value::Text(date.to_string())
    } else {
        Value::Text(format!("{date}T{:02}:{:02}", minutes / 60, minutes % 60))
    }
}

/// One row: its number as the spreadsheet shows it (from 1) and its cells.
#[derive(Debug, Clone)]
pub struct Row {
    /// The row number shown by the spreadsheet (the line, for CSV).
    pub number: u32,
    /// Cells from column A; missing ones are [`Value::Empty`].
    pub cells: Vec<Value>,
}

impl Row {
    /// The cell in column `col` (from 0).
    pub fn get(&self, col: usize) -> &Value {
        self.cells.get(col).unwrap_or(&Value::Empty)
    }

    /// Whether every cell is empty.
    pub fn is_empty(&self) -> bool {
        self.cells.iter().all(|c| *c == Value::Empty)
    }
}

/// One sheet: its name and its rows that hold something, in order.
#[derive(Debug, Clone)]
pub struct Sheet {
    /// The sheet's name as written.
    pub name: String,
    /// Rows with at least one cell, top to bottom.
    pub rows: Vec<Row>,
}

impl Sheet {
    /// The name of the cell at `row` (its number) and `col` (from 0): `Belanja!C14`.
    pub fn cell_name(&self, row: u32, col: usize) -> String {
        format!("{}!{}{row}", self.name, column_letters(col))
    }
}

/// The sheets of a workbook.
#[derive(Debug, Clone, Default)]
pub struct Workbook {
    /// In the workbook's order.
    pub sheets: Vec<Sheet>,
}

impl Workbook {
    /// The sheet named `name`, ignoring case and spaces around it.
    pub fn sheet(&self, name: &str) -> Option<&Sheet> {
        self.sheets
            .iter()
            .find(|s| s.name.trim().eq_ignore_ascii_case(name))
    }
}

/// `A`, ..., `Z`, `AA`, ... for a column index from 0.
pub fn column_letters(mut col: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'A' + (col % 26) as u8);
        if col < 26 {
            break;
        }
        col = col / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// The spreadsheet kinds read, by file extension.
pub const EXTENSIONS: [&str; 3] = ["xlsx", "ods", "csv"];

/// Reads the workbook `bytes` of the file `rel` (its extension says the kind);
/// `sheet_names` are the names a CSV file's sections may start with.
pub fn read(rel: &Path, bytes: Vec<u8>, sheet_names: &[&str]) -> Result<Workbook, Diagnostic> {
    let ext = rel
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    let broken = |detail: String| Diagnostic::error(rel, msg!("K1300", sebab = detail));
    match ext.as_str() {
        "xlsx" => read_xlsx(bytes).map_err(broken),
        "ods" => read_ods(bytes).map_err(broken),
        _ => Ok(read_csv(&bytes, sheet_names)),
    }
}

fn read_xlsx(bytes: Vec<u8>) -> Result<Workbook, String> {
    use calamine::{DataRef, Reader, Xlsx};
    let mut book: Xlsx<_> = Xlsx::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let mut reader = book
            .worksheet_cells_reader(&name)
            .map_err(|e| e.to_string())?;
        let mut grid = Grid::default();
        while let Some(cell) = reader.next_cell().map_err(|e| e.to_string())? {
            let value = match cell.get_value() {
                DataRef::Empty => continue,
                DataRef::Int(i) => Value::Number(*i as f64),
                DataRef::Float(f) => Value::Number(*f),
                DataRef::String(s) => Value::Text(s.trim().to_string()),
                DataRef::SharedString(s) => Value::Text(s.trim().to_string()),
                DataRef::Bool(b) => Value::Text(b.to_string()),
                DataRef::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
                DataRef::DateTime(d) => Value::Number(d.as_f64()),
                DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Value::Text(s.clone()),
                DataRef::Error(e) => Value::Error(e.to_string()),
            };
            grid.put(cell.get_position(), value)?;
        }
        sheets.push(grid.sheet(name));
    }
    Ok(Workbook { sheets })
}

fn read_ods(bytes: Vec<u8>) -> Result<Workbook, String> {
    use calamine::{Data, Ods, Reader};
    let mut book: Ods<_> = Ods::new(Cursor::new(bytes)).map_err(|e| e.to_string())?;
    let mut sheets = Vec::new();
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).map_err(|e| e.to_string())?;
        let (row0, col0) = range.start().unwrap_or((0, 0));
        let mut grid = Grid::default();
        for (r, c, data) in range.used_cells() {
            let value = match data {
                Data::Empty => continue,
                Data::Int(i) => Value::Number(*i as f64),
                Data::Float(f) => Value::Number(*f),
                Data::String(s) => Value::Text(s.trim().to_string()),
                Data::Bool(b) => Value::Text(b.to_string()),
                Data::DateTime(d) if d.is_datetime() => excel_date(d.as_f64()),
                Data::DateTime(d) => Value::Number(d.as_f64()),
                Data::DateTimeIso(s) | Data::DurationIso(s) => Value::Text(s.clone()),
                Data::Error(e) => Value::Error(e.to_string()),
            };
            grid.put((row0 + r as u32, col0 + c as u32), value)?;
        }
        sheets.push(grid.sheet(name));
    }
    Ok(Workbook { sheets })
}

/// Cells gathered from a reader, bounded by [`MAX_ROWS`] and [`MAX_COLUMNS`].
#[derive(Default)]
struct Grid {
    rows: std::collections::BTreeMap<u32, Vec<Value>>,
}

impl Grid {
    fn put(&mut self, (row, col): (u32, u32), value: Value) -> Result<(), String> {
        if row >= MAX_ROWS || col >= MAX_COLUMNS {
            return Err(format!(
                "sel {}{} di luar batas {MAX_ROWS} baris x {MAX_COLUMNS} kolom",
                column_letters(col as usize),
                row + 1
            ));
        }
        let cells = self.rows.entry(row + 1).or_default();
        let col = col as usize;
        if cells.len() <= col {
            cells.resize(col + 1, Value::Empty);
        }
        cells[col] = value;
        Ok(())
    }

    fn sheet(self, name: String) -> Sheet {
        Sheet {
            name,
            rows: self
                .rows
                .into_iter()
                .map(|(number, cells)| Row { number, cells })
                .filter(|r| !r.is_empty())
                .collect(),
        }
    }
}

/// A CSV file as sheets: a row whose first cell is one of `sheet_names` (and
/// nothing else) starts that sheet; rows before the first such row belong to
/// the first name.
fn read_csv(bytes: &[u8], sheet_names: &[&str]) -> Workbook {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => std::borrow::Cow::Borrowed(t),
        Err(_) => encoding_rs::WINDOWS_1252.decode(bytes).0,
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
    // The delimiter most used in the first lines (a sheet's name line has none).
    let head: String = text.lines().take(50).collect();
    let count = |d: u8| head.bytes().filter(|b| *b == d).count();
    let delimiter = [b';', b'\t', b',']
        .into_iter()
        .max_by_key(|d| count(*d))
        .filter(|d| count(*d) > 0)
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut sheets: Vec<Sheet> = Vec::new();
    let default = sheet_names.first().copied().unwrap_or("Sheet1");
    // A record's line, from its byte offset: the reader's own line count lags
    // one line behind after a CRLF (Excel's line ending), and a record may
    // start on the line break before it.
    let bytes = text.as_bytes();
    let (mut counted_to, mut line) = (0usize, 1u32);
    for record in reader.records().take(MAX_ROWS as usize) {
        let Ok(record) = record else { continue };
        let mut start = record.position().map_or(0, |p| p.byte() as usize);
        while bytes.get(start).is_some_and(|b| *b == b'\r' || *b == b'\n') {
            start += 1;
        }
        let start = start.min(bytes.len()).max(counted_to);
        line += bytes[counted_to..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count() as u32;
        counted_to = start;
        let number = line;
        let cells: Vec<Value> = record
            .iter()
            .take(MAX_COLUMNS as usize)
            .map(|c| match c.trim() {
                "" => Value::Empty,
                t => Value::Text(t.to_string()),
            })
            .collect();
        let row = Row { number, cells };
        if row.is_empty() {
            continue;
        }
        let only = row.cells.iter().filter(|c| **c != Value::Empty).count() == 1;
        let named = match row.get(0) {
            Value::Text(t) if only => sheet_names.iter().find(|n| t.eq_ignore_ascii_case(n)),
            _ => None,
        };
        if let Some(name) = named {
            sheets.push(Sheet {
                name: (*name).to_string(),
                rows: Vec::new(),
            });
            continue;
        }
        if sheets.is_empty() {
            sheets.push(Sheet {
                name: default.to_string(),
                rows: Vec::new(),
            });
        }
        if let Some(sheet) = sheets.last_mut() {
            sheet.rows.push(row);
        }
    }
    Workbook { sheets }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_are_lettered_as_spreadsheets_do() {
        let names: Vec<String> = [0, 2, 25, 26, 27, 51, 52, 701, 702]
            .into_iter()
            .map(column_letters)
            .collect();
        assert_eq!(names, ["A", "C", "Z", "AA", "AB", "AZ", "BA", "ZZ", "AAA"]);
    }

    #[test]
    fn numbers_read_as_typed() {
        assert_eq!(number_text(80_000_000.0), "80000000");
        assert_eq!(number_text(4.1), "4.1");
        assert_eq!(number_text(2500.5), "2500.5");
    }

    #[test]
    fn a_csv_file_holds_sheets_one_after_another_with_its_delimiter_guessed() {
        let text = "APBDes\r\ntahun;2026\r\n\r\nPendapatan\r\nKode;Uraian;Anggaran\r\n4.1.1;Sewa;\"1.250.000\"\r\n;;\r\n";
        let book = read_csv(text.as_bytes(), &["APBDes", "Pendapatan"]);
        let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        assert_eq!(names, ["APBDes", "Pendapatan"]);
        let revenue = book
            .sheet("pendapatan")
            .map(|s| s.rows.clone())
            .unwrap_or_default();
        assert_eq!(revenue.len(), 2, "the empty trailing row is dropped");
        assert_eq!(revenue[1].number, 6);
        assert_eq!(*revenue[1].get(2), Value::Text("1.250.000".into()));
        assert_eq!(book.sheets[1].cell_name(6, 2), "Pendapatan!C6");
    }

    #[test]
    fn a_csv_file_saved_by_excel_in_windows_1252_is_read() {
        let bytes = b"APBDes\nsumber,Kantor Desa \xa9 2026\n";
        let book = read_csv(bytes, &["APBDes"]);
        assert_eq!(
            *book.sheets[0].rows[0].get(1),
            Value::Text("Kantor Desa \u{a9} 2026".into())
        );
    }
}
