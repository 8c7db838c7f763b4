//! A budget year given as a spreadsheet (`apbdes/<tahun>.xlsx`, `.ods`,
//! `.csv`): its sheets mapped onto the YAML layout, so that the one reader of
//! [`super::parse`] checks both, and every problem it finds named by its cell.
//!
//! The layout follows the YAML file, one sheet per part:
//!
//! | sheet | rows |
//! |---|---|
//! | `APBDes` | `tahun`, `status`, `sumber`, `perdes`: the name in column A, the value in B |
//! | `Pendapatan` | a header row with `Kode`, `Uraian`, `Anggaran`, `Realisasi`; one row per line |
//! | `Belanja` | a header row with `Bidang`, `Kegiatan`, `Anggaran`, `Realisasi`, `Sumber dana`; a row with a bidang and no kegiatan is the bidang's total, the rows under it its kegiatan |
//! | `Pembiayaan` | as `Pendapatan`; codes `6.1...` are receipts, `6.2...` expenditure |
//!
//! Rows above a sheet's header (a title, merged cells) and empty rows are
//! skipped; columns are found by their header, so their order and extra columns
//! (`No`) do not matter. A row whose code is empty and whose description starts
//! with `Jumlah` or `Total` is the sheet's declared total (YAML `jumlah:`),
//! checked like one. Amounts may be numbers or text as Indonesian spreadsheets
//! show money (`Rp 1.250.000`).
//!
//! The YAML is written with every value quoted as JSON writes it (valid YAML),
//! and a map from each field path to its cell: a problem found in the YAML is
//! moved to its cell ([`CellMap::place`]).

use crate::content::fields::spreadsheet_amount;
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::sheet::layout::{CellMap, Columns, Out, integer, quoted};
use crate::sheet::{Row, Sheet, Value, Workbook};
use std::path::Path;

/// A cell of an amount column as the amount reader wants it.
fn amount(value: &Value) -> String {
    match value {
        Value::Text(t) => spreadsheet_amount(t),
        v => v.text().unwrap_or_default(),
    }
}

/// A cell of a text column.
fn plain(value: &Value) -> String {
    value.text().unwrap_or_default()
}

/// The sheet names of the layout, in order; a CSV file's sections start with them.
pub const SHEETS: [&str; 4] = ["APBDes", "Pendapatan", "Belanja", "Pembiayaan"];

/// Whether a row is a sheet's total: no code, a description starting with
/// `Jumlah` or `Total`.
fn is_total(text: &Value) -> bool {
    let t = text.text().unwrap_or_default().to_lowercase();
    t.starts_with("jumlah") || t.starts_with("total")
}

/// A formula error in any cell of the workbook, reported at its cell.
fn formula_errors(book: &Workbook, rel: &Path, report: &mut Report) {
    for sheet in &book.sheets {
        for row in &sheet.rows {
            for (col, value) in row.cells.iter().enumerate() {
                if let Value::Error(e) = value {
                    let d = Diagnostic::error(rel, msg!("K1304", galat = e));
                    report.push(d.cell(sheet.cell_name(row.number, col)));
                }
            }
        }
    }
}

/// The workbook `book` of `rel` as the YAML text of a budget year and the
/// cells of its fields; `None` (with the problems in `report`) when its layout
/// cannot be read.
pub fn to_yaml(book: &Workbook, rel: &Path, report: &mut Report) -> Option<(String, CellMap)> {
    let errors = report.error_count();
    formula_errors(book, rel, report);
    let Some(info) = book.sheet("APBDes") else {
        let names: Vec<&str> = book.sheets.iter().map(|s| s.name.as_str()).collect();
        report.push(Diagnostic::error(
            rel,
            msg!("K1301", lembar = "APBDes", ada = names.join(", ")),
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
        let text = if key == "tahun" {
            integer(value)
        } else {
            quoted(&value.text().unwrap_or_default())
        };
        out.field(0, &key, &key, &text, info.cell_name(row.number, 1));
    }
    let mut totals = Vec::new();
    if let Some(sheet) = book.sheet("Pendapatan") {
        lines(sheet, "pendapatan", &mut out, &mut totals, rel, report);
    }
    if let Some(sheet) = book.sheet("Belanja") {
        spending(sheet, &mut out, &mut totals, rel, report);
    }
    if let Some(sheet) = book.sheet("Pembiayaan") {
        financing(sheet, &mut out, rel, report);
    }
    if !totals.is_empty() {
        out.open(0, "jumlah");
        for (key, value, cell) in totals {
            out.field(2, key, &format!("jumlah.{key}"), &quoted(&value), cell);
        }
    }
    (report.error_count() == errors).then_some((out.yaml, out.map))
}

const LINE_COLUMNS: [&str; 4] = ["kode", "uraian", "anggaran", "realisasi"];

/// The lines of `Pendapatan` as the list `field`; its total row into `totals`.
fn lines(
    sheet: &Sheet,
    field: &'static str,
    out: &mut Out,
    totals: &mut Vec<(&'static str, String, String)>,
    rel: &Path,
    report: &mut Report,
) {
    let Some(cols) = Columns::find(sheet, "kode", &LINE_COLUMNS, rel, report) else {
        return;
    };
    out.open(0, field);
    let mut i = 0;
    for row in cols.rows() {
        if matches!(cols.value(row, "kode"), Value::Empty) && is_total(cols.value(row, "uraian")) {
            let value = cols.value(row, "anggaran").text().unwrap_or_default();
            totals.push((
                field,
                spreadsheet_amount(&value),
                cols.cell(row, "anggaran"),
            ));
            continue;
        }
        line(&cols, row, field, i, 2, out);
        i += 1;
    }
}

/// One line (code, description, amounts) as item `i` of `field`.
fn line(cols: &Columns<'_>, row: &Row, field: &str, i: usize, indent: usize, out: &mut Out) {
    let path = format!("{field}[{i}]");
    out.item(indent, path.clone(), cols.cell(row, "kode"));
    // `kode` is always written: a line without one is reported at its cell.
    let code = cols.value(row, "kode").text().unwrap_or_default();
    out.field(
        indent + 2,
        "kode",
        &format!("{path}.kode"),
        &quoted(&code),
        cols.cell(row, "kode"),
    );
    cols.write(out, indent + 2, &path, row, "uraian", plain);
    cols.write(out, indent + 2, &path, row, "anggaran", amount);
    cols.write(out, indent + 2, &path, row, "realisasi", amount);
}

/// `Pembiayaan`: receipts (`6.1...`) and expenditure (`6.2...`).
fn financing(sheet: &Sheet, out: &mut Out, rel: &Path, report: &mut Report) {
    let Some(cols) = Columns::find(sheet, "kode", &LINE_COLUMNS, rel, report) else {
        return;
    };
    let rows: Vec<&Row> = cols
        .rows()
        .filter(|r| {
            !(matches!(cols.value(r, "kode"), Value::Empty) && is_total(cols.value(r, "uraian")))
        })
        .collect();
    let outgoing = |r: &&Row| {
        cols.value(r, "kode")
            .text()
            .unwrap_or_default()
            .starts_with("6.2")
    };
    out.open(0, "pembiayaan");
    for (part, want_out) in [("penerimaan", false), ("pengeluaran", true)] {
        let part_rows: Vec<&&Row> = rows.iter().filter(|r| outgoing(r) == want_out).collect();
        if part_rows.is_empty() {
            continue;
        }
        out.open(2, part);
        for (i, row) in part_rows.into_iter().enumerate() {
            line(&cols, row, &format!("pembiayaan.{part}"), i, 4, out);
        }
    }
}

const SPENDING_COLUMNS: [&str; 5] = ["bidang", "kegiatan", "anggaran", "realisasi", "sumber_dana"];

/// `Belanja`: a row with a bidang and no kegiatan opens the bidang (its total),
/// the rows under it are its kegiatan.
fn spending(
    sheet: &Sheet,
    out: &mut Out,
    totals: &mut Vec<(&'static str, String, String)>,
    rel: &Path,
    report: &mut Report,
) {
    let Some(cols) = Columns::find(sheet, "bidang", &SPENDING_COLUMNS, rel, report) else {
        return;
    };
    out.open(0, "belanja");
    let (mut sector, mut activity) = (None::<usize>, 0);
    for row in cols.rows() {
        let bidang = cols.value(row, "bidang");
        let kegiatan = cols.value(row, "kegiatan");
        if matches!(bidang, Value::Empty) && is_total(kegiatan) {
            let value = cols.value(row, "anggaran").text().unwrap_or_default();
            totals.push((
                "belanja",
                spreadsheet_amount(&value),
                cols.cell(row, "anggaran"),
            ));
            continue;
        }
        if matches!(kegiatan, Value::Empty) {
            let i = sector.map_or(0, |s| s + 1);
            let path = format!("belanja[{i}]");
            out.item(2, path.clone(), cols.cell(row, "bidang"));
            out.field(
                4,
                "bidang",
                &format!("{path}.bidang"),
                &integer(bidang),
                cols.cell(row, "bidang"),
            );
            cols.write(out, 4, &path, row, "anggaran", amount);
            cols.write(out, 4, &path, row, "realisasi", amount);
            out.open(4, "kegiatan");
            (sector, activity) = (Some(i), 0);
            continue;
        }
        let Some(s) = sector else {
            let d = Diagnostic::error(rel, msg!("K1305", lembar = &sheet.name));
            report.push(d.cell(cols.cell(row, "kegiatan")));
            return;
        };
        let path = format!("belanja[{s}].kegiatan[{activity}]");
        out.item(6, path.clone(), cols.cell(row, "kegiatan"));
        out.field(
            8,
            "uraian",
            &format!("{path}.uraian"),
            &quoted(&kegiatan.text().unwrap_or_default()),
            cols.cell(row, "kegiatan"),
        );
        cols.write(out, 8, &path, row, "anggaran", amount);
        cols.write(out, 8, &path, row, "realisasi", amount);
        cols.write(out, 8, &path, row, "sumber_dana", plain);
        activity += 1;
    }
}
