//! A statistics year given as a spreadsheet (`statistik/<tahun>.xlsx`, `.ods`,
//! `.csv`): its sheets mapped onto the YAML layout, so that [`super::parse_year`]
//! (with its personal-data scan and every check) reads both, and every problem
//! is named by its cell.
//!
//! | sheet | rows |
//! |---|---|
//! | `Statistik` | `per`, `sumber`, `jumlah_penduduk`: the name in column A, the value in B |
//! | one per category, named by its key (`jenis-kelamin`, `agama`, ...) | a header row with `Kelompok` (or `Label`), `Jumlah`, `Laki-laki`, `Perempuan`; one row per group |
//!
//! As for budgets, rows above the header, empty rows, extra columns and a
//! closing `JUMLAH`/`TOTAL` row are skipped, and a date cell reads as the date.

use super::CATEGORIES;
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::sheet::layout::{CellMap, Columns, Out, integer, quoted};
use crate::sheet::{Value, Workbook};
use std::path::Path;

/// The sheet that holds the year's facts.
const INFO: &str = "Statistik";

/// The sheet names a CSV file's sections may start with: `Statistik` and every
/// category key.
pub fn sheet_names() -> Vec<&'static str> {
    std::iter::once(INFO)
        .chain(CATEGORIES.iter().map(|c| c.slug))
        .collect()
}

const COLUMNS: [&str; 5] = ["kelompok", "label", "jumlah", "laki_laki", "perempuan"];

/// The workbook `book` of `rel` as the YAML text of a statistics year and the
/// cells of its fields; `None` (with the problems in `report`) when its layout
/// cannot be read.
pub fn to_yaml(book: &Workbook, rel: &Path, report: &mut Report) -> Option<(String, CellMap)> {
    let errors = report.error_count();
    let Some(info) = book.sheet(INFO) else {
        let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        report.push(Diagnostic::error(
            rel,
            msg!("K1301", lembar = INFO, ada = names.join(", ")),
        ));
        return None;
    };
    let mut out = Out::default();
    for row in &info.rows {
        let key = row
            .get(0)
            .text()
            .unwrap_or_default()
            .to_lowercase()
            .replace(' ', "_");
        let value = row.get(1);
        if key.is_empty() || matches!(value, Value::Empty) {
            continue;
        }
        let text = if key == "jumlah_penduduk" {
            integer(value)
        } else {
            quoted(&value.text().unwrap_or_default())
        };
        out.field(0, &key, &key, &text, info.cell_name(row.number, 1));
    }
    let categories: Vec<_> = book
        .sheets
        .iter()
        .filter(|s| !s.name.trim().eq_ignore_ascii_case(INFO))
        .collect();
    if !categories.is_empty() {
        out.open(0, "kategori");
    }
    for sheet in categories {
        let slug = sheet.name.trim().to_lowercase();
        let Some(cols) = Columns::find(sheet, "jumlah", &COLUMNS, rel, report) else {
            continue;
        };
        let label_col = if cols.col("kelompok").is_some() {
            "kelompok"
        } else {
            "label"
        };
        let path = format!("kategori.{slug}");
        let key = serde_json::to_string(&slug).unwrap_or_default();
        out.open_at(2, &key, path.clone(), sheet.cell_name(1, 0));
        let mut i = 0;
        for row in cols.rows() {
            let label = cols.value(row, label_col).text().unwrap_or_default();
            let upper = label.to_uppercase();
            if upper.starts_with("JUMLAH") || upper.starts_with("TOTAL") {
                continue;
            }
            let item = format!("{path}[{i}]");
            out.item(4, item.clone(), cols.cell(row, label_col));
            out.field(
                6,
                "label",
                &format!("{item}.label"),
                &quoted(&label),
                cols.cell(row, label_col),
            );
            for name in ["jumlah", "laki_laki", "perempuan"] {
                let value = cols.value(row, name);
                if cols.col(name).is_some() && !matches!(value, Value::Empty) {
                    let at = format!("{item}.{name}");
                    out.field(6, name, &at, &integer(value), cols.cell(row, name));
                }
            }
            i += 1;
        }
    }
    (report.error_count() == errors).then_some((out.yaml, out.map))
}
