//! The spreadsheet templates `init` writes beside `content/`, for offices that
//! keep their figures in Excel, in the layouts the content readers take
//! (`content::budget::sheet`, `content::statistik::sheet`), written with
//! `rust_xlsxwriter`:
//! - `templat/apbdes-<tahun>.xlsx`, from the same YAML template `init` writes
//!   into `apbdes/`, so both hold the same code tree;
//! - `templat/statistik-<tahun>.xlsx`, the usual categories with every
//!   official label and zero counts.

use crate::content::budget::official_name;
use crate::content::budget::{FINANCING_IN_CODES, FINANCING_OUT_CODES, REVENUE_CODES, SECTORS};
use crate::content::statistik::CATEGORIES;
use rust_xlsxwriter::{Format, Workbook, Worksheet, XlsxError};
use serde_norway::Value;

/// The workbook of the filled YAML budget template `yaml`.
pub fn budget_workbook(yaml: &str) -> Result<Vec<u8>, String> {
    let year: Value = serde_norway::from_str(yaml).map_err(|e| e.to_string())?;
    write(&year).map_err(|e| e.to_string())
}

fn text(v: &Value, key: &str) -> String {
    match v.get(key) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Number(n)) => n.to_string(),
        _ => String::new(),
    }
}

fn list<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v.get(key)
        .and_then(Value::as_sequence)
        .map_or(&[], Vec::as_slice)
}

fn write(year: &Value) -> Result<Vec<u8>, XlsxError> {
    let bold = Format::new().set_bold();
    let money = Format::new().set_num_format("#,##0");
    let mut book = Workbook::new();

    let info = book.add_worksheet().set_name("APBDes")?;
    let rows = [
        ("tahun", text(year, "tahun")),
        ("status", text(year, "status")),
        ("sumber", String::new()),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        info.write_string_with_format(i as u32, 0, *key, &bold)?;
        info.write_string(i as u32, 1, value)?;
    }
    let notes = [
        "Kolom A nama isian, kolom B nilainya. status: rancangan, penetapan, perubahan, atau realisasi.",
        "sumber: dokumen asal angka, misalnya Perdes No. 1 Tahun ... tentang APBDes.",
        "Simpan berkas ini sebagai content/<desa>/apbdes/<tahun>.xlsx dan hapus <tahun>.yaml: satu tahun satu berkas.",
        "Panduan: docs/admin-guide.md, bagian \"APBDes dari lembar kerja\".",
    ];
    for (i, note) in notes.iter().enumerate() {
        info.write_string(5 + i as u32, 0, *note)?;
    }
    info.set_column_width(0, 12)?;
    info.set_column_width(1, 60)?;

    let revenue = book.add_worksheet().set_name("Pendapatan")?;
    lines(
        revenue,
        list(year, "pendapatan"),
        REVENUE_CODES,
        &bold,
        &money,
    )?;

    let spending = book.add_worksheet().set_name("Belanja")?;
    header(
        spending,
        &["Bidang", "Kegiatan", "Anggaran", "Realisasi", "Sumber dana"],
        &bold,
    )?;
    for (row, sector) in (1..).zip(list(year, "belanja")) {
        let number = sector.get("bidang").and_then(Value::as_u64).unwrap_or(0);
        spending.write_number(row, 0, number as f64)?;
        spending.write_number_with_format(row, 2, 0.0, &money)?;
        let name = SECTORS.iter().find(|(n, _)| u64::from(*n) == number);
        if let Some((_, name)) = name {
            // A note beside the row, outside the columns kampung reads.
            spending.write_string(row, 6, *name)?;
        }
    }
    spending.set_column_width(1, 50)?;
    spending.set_column_width(6, 50)?;

    let financing = book.add_worksheet().set_name("Pembiayaan")?;
    let fin = year.get("pembiayaan");
    let mut all: Vec<Value> = Vec::new();
    for part in ["penerimaan", "pengeluaran"] {
        all.extend(fin.map(|f| list(f, part).to_vec()).unwrap_or_default());
    }
    let table: Vec<(&str, &str)> = FINANCING_IN_CODES
        .iter()
        .chain(FINANCING_OUT_CODES)
        .copied()
        .collect();
    lines(financing, &all, &table, &bold, &money)?;
    book.save_to_buffer()
}

fn header(sheet: &mut Worksheet, names: &[&str], bold: &Format) -> Result<(), XlsxError> {
    for (col, name) in names.iter().enumerate() {
        sheet.write_string_with_format(0, col as u16, *name, bold)?;
    }
    sheet.set_freeze_panes(1, 0)?;
    sheet.set_column_width(2, 18)?;
    sheet.set_column_width(3, 18)?;
    Ok(())
}

/// A `Kode | Uraian | Anggaran | Realisasi` sheet of `items`, each code's
/// official name as its description.
fn lines(
    sheet: &mut Worksheet,
    items: &[Value],
    table: &[(&str, &str)],
    bold: &Format,
    money: &Format,
) -> Result<(), XlsxError> {
    header(sheet, &["Kode", "Uraian", "Anggaran", "Realisasi"], bold)?;
    for (i, item) in items.iter().enumerate() {
        let row = 1 + i as u32;
        let code = text(item, "kode");
        sheet.write_string(row, 0, &code)?;
        sheet.write_string(row, 1, official_name(table, &code).unwrap_or(""))?;
        sheet.write_number_with_format(row, 2, 0.0, money)?;
    }
    sheet.set_column_width(1, 50)?;
    Ok(())
}

/// The categories the statistics template lists (the ones OpenSID's public
/// pages show first); the others may be added as sheets named by their key.
const TEMPLATE_CATEGORIES: [&str; 6] = [
    "jenis-kelamin",
    "kategori-umur",
    "agama",
    "status-perkawinan",
    "pendidikan-dalam-kk",
    "pekerjaan",
];

/// The statistics template for `year`: the `Statistik` sheet and one sheet per
/// category of [`TEMPLATE_CATEGORIES`], every official label with 0.
pub fn statistics_workbook(year: &str) -> Result<Vec<u8>, String> {
    statistics(year).map_err(|e| e.to_string())
}

fn statistics(year: &str) -> Result<Vec<u8>, XlsxError> {
    let bold = Format::new().set_bold();
    let mut book = Workbook::new();
    let info = book.add_worksheet().set_name("Statistik")?;
    let rows = [
        ("per", format!("{year}-06-30")),
        ("sumber", "SIAK Dukcapil".to_string()),
        ("jumlah_penduduk", "0".to_string()),
    ];
    for (i, (key, value)) in rows.iter().enumerate() {
        info.write_string_with_format(i as u32, 0, *key, &bold)?;
        match value.parse::<f64>() {
            Ok(n) => info.write_number(i as u32, 1, n)?,
            Err(_) => info.write_string(i as u32, 1, value)?,
        };
    }
    let notes = [
        "per: tanggal keadaan angka (tahun-bulan-tanggal). Setiap lembar lain adalah satu kategori, dinamai kodenya.",
        "Hanya jumlah, tidak pernah nama, NIK atau alamat orang. Angka 1 sampai 4 diterbitkan sebagai <5.",
        "Simpan berkas ini sebagai content/<desa>/statistik/<tahun>.xlsx. Panduan: docs/admin-guide.md, \"Statistik penduduk\".",
    ];
    for (i, note) in notes.iter().enumerate() {
        info.write_string(4 + i as u32, 0, *note)?;
    }
    info.set_column_width(0, 18)?;
    info.set_column_width(1, 30)?;
    for slug in TEMPLATE_CATEGORIES {
        let Some(def) = CATEGORIES.iter().find(|c| c.slug == slug) else {
            continue;
        };
        let sheet = book.add_worksheet().set_name(slug)?;
        header(
            sheet,
            &["Kelompok", "Jumlah", "Laki-laki", "Perempuan"],
            &bold,
        )?;
        for (row, label) in (1..).zip(def.codes) {
            // A code list entry may give other accepted spellings after `|`.
            let label = label.split('|').next().unwrap_or(label);
            sheet.write_string(row, 0, label)?;
            sheet.write_number(row, 1, 0.0)?;
        }
        sheet.set_column_width(0, 40)?;
    }
    book.save_to_buffer()
}
