//! Budget years from spreadsheets (`apbdes/<tahun>.xlsx`, `.ods`, `.csv`): the
//! files are made by real spreadsheet libraries (openpyxl, odfpy, Python's csv
//! module: tests/support/office_sheet.py, installed by .ci/run), the way a
//! village office keeps them (a merged title row, a `No` column, Rupiah number
//! formats and Rupiah text, a total row, an empty trailing row). The same
//! figures give the same pages and downloads, byte for byte, as the YAML file;
//! a mistake is named by its sheet and cell.

use crate::common::Site;
use std::path::Path;
use std::process::Command;

/// The sample's Kemiren 2026 budget, as the fixture village's 2026 year.
fn site_with_budget() -> Site {
    let site = Site::new("basic");
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let yaml = std::fs::read_to_string(repo.join("content/kemiren/apbdes/2026.yaml")).unwrap();
    site.write("content/alpha/apbdes/2026.yaml", &yaml);
    site
}

/// Writes the YAML year `content/<stem>.yaml` of `site` as `content/<stem>.<ext>`
/// with the office script (`args`: its `--break=` and `--drop=` options); the
/// YAML is moved out of `content/` to `kept` (beside it), where later calls read it.
fn year_as_spreadsheet(site: &Site, stem: &str, kept: &str, ext: &str, args: &[&str]) {
    let yaml = site.path(&format!("content/{stem}.yaml"));
    let kept = site.path(kept);
    if yaml.exists() {
        std::fs::rename(&yaml, &kept).unwrap();
    }
    for old in ["xlsx", "ods", "csv"] {
        let _ = std::fs::remove_file(site.path(&format!("content/{stem}.{old}")));
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/support/office_sheet.py");
    let out = site.path(&format!("content/{stem}.{ext}"));
    let made = Command::new("python3")
        .arg(script)
        .arg(&kept)
        .arg(&out)
        .args(args)
        .output()
        .expect("python3 runs (installed by .ci/run with openpyxl, odfpy and PyYAML)");
    assert!(
        made.status.success(),
        "the spreadsheet script failed (openpyxl, odfpy, PyYAML are installed by .ci/run):\n{}",
        String::from_utf8_lossy(&made.stderr)
    );
}

/// The fixture village's 2026 budget as `apbdes/2026.<ext>`.
fn as_spreadsheet(site: &Site, ext: &str, args: &[&str]) {
    year_as_spreadsheet(site, "alpha/apbdes/2026", "yaml-2026.yaml", ext, args);
}

#[test]
fn a_budget_year_from_xlsx_ods_or_csv_gives_the_same_pages_and_downloads_as_its_yaml() {
    let site = site_with_budget();
    site.build();
    let from_yaml = site.snapshot("public");
    assert!(from_yaml.contains_key(Path::new("alpha/apbdes/2026/index.html")));
    assert!(
        from_yaml
            .keys()
            .any(|p| p.to_string_lossy().ends_with(".csv"))
    );
    for ext in ["xlsx", "ods", "csv"] {
        as_spreadsheet(&site, ext, &[]);
        site.build();
        let from_sheet = site.snapshot("public");
        let differ: Vec<_> = from_yaml
            .keys()
            .chain(from_sheet.keys())
            .filter(|p| from_yaml.get(*p) != from_sheet.get(*p))
            .collect();
        assert!(
            differ.is_empty(),
            "{ext}: these files differ from the YAML build: {differ:?}"
        );
    }
}

#[test]
fn a_wrong_amount_in_a_spreadsheet_is_named_by_its_sheet_and_cell_and_the_site_is_kept() {
    let site = site_with_budget();
    site.build();
    let before = site.snapshot("public");
    // Belanja!C5 is bidang 1's second kegiatan's Anggaran.
    as_spreadsheet(&site, "xlsx", &["--break=Belanja!C5=lima juta"]);
    let run = site.run_in("id", &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "apbdes/2026.xlsx: Belanja!C5: belanja ke-1 › kegiatan ke-2 › anggaran: `lima juta` bukan jumlah uang [K0257]"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(
        site.snapshot("public"),
        before,
        "the last good site is kept"
    );
    // The same in a CSV file, whose row numbers are its line numbers.
    as_spreadsheet(&site, "csv", &["--break=Belanja!C5=lima juta"]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    let csv = site.read("content/alpha/apbdes/2026.csv");
    let line = 1 + csv.lines().position(|l| l.contains("lima juta")).unwrap();
    assert!(
        run.stderr.contains(&format!(
            "apbdes/2026.csv: Belanja!C{line}: belanja no. 1 › kegiatan no. 2 › anggaran"
        )),
        "line {line}: {}",
        run.stderr
    );
}

#[test]
fn a_formula_error_a_missing_sheet_and_two_files_for_one_year_are_explained() {
    let site = site_with_budget();
    as_spreadsheet(&site, "xlsx", &["--break=Pendapatan!D4=#REF!"]);
    let run = site.run_in("id", &["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("2026.xlsx: Pendapatan!D4: sel ini berisi galat rumus `#REF!` [K1304]"),
        "{}",
        run.stderr
    );

    as_spreadsheet(&site, "ods", &["--drop=APBDes"]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains(
            "2026.ods: the sheet `APBDes` is not in this file (its sheets: Pendapatan, Belanja, Pembiayaan) [K1301]"
        ),
        "{}",
        run.stderr
    );

    as_spreadsheet(&site, "xlsx", &[]);
    std::fs::copy(
        site.path("yaml-2026.yaml"),
        site.path("content/alpha/apbdes/2026.yaml"),
    )
    .unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("the year 2026 is written twice") && run.stderr.contains("[K1303]"),
        "{}",
        run.stderr
    );
}

/// The sample's Kemiren 2025 statistics, written as `statistik/2025.<ext>` of
/// a copy of the sample (its desa.yaml figures match that year).
fn sample_with_statistics_as(site: &Site, ext: &str, args: &[&str]) {
    year_as_spreadsheet(
        site,
        "kemiren/statistik/2025",
        "statistik-2025.yaml",
        ext,
        args,
    );
}

#[test]
fn a_statistics_year_from_a_spreadsheet_gives_the_same_pages_and_downloads_and_hides_small_counts_the_same_way()
 {
    let site = Site::sample();
    site.build();
    let from_yaml = site.snapshot("public");
    let csv =
        String::from_utf8(from_yaml[Path::new("kemiren/statistik/2025.csv")].clone()).unwrap();
    assert!(
        csv.contains("<5"),
        "the sample's small counts are suppressed:\n{csv}"
    );
    for ext in ["xlsx", "ods", "csv"] {
        sample_with_statistics_as(&site, ext, &[]);
        site.build();
        let from_sheet = site.snapshot("public");
        let differ: Vec<_> = from_yaml
            .keys()
            .chain(from_sheet.keys())
            .filter(|p| from_yaml.get(*p) != from_sheet.get(*p))
            .collect();
        assert!(
            differ.is_empty(),
            "{ext}: these files differ from the YAML build: {differ:?}"
        );
    }
}

#[test]
fn a_nik_or_a_wrong_count_in_a_statistics_spreadsheet_is_named_by_its_cell() {
    let site = Site::sample();
    // agama!B4 is the second group's label (a title row, then the header).
    sample_with_statistics_as(&site, "xlsx", &["--break=agama!B4=3510241234567890"]);
    let run = site.run_in("id", &["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("statistik/2025.xlsx: agama!B4: ada angka 16 digit")
            && run.stderr.contains("[K1200]"),
        "{}",
        run.stderr
    );
    assert!(
        !run.stderr.contains("[K1208]"),
        "a year that cannot be read is not compared with desa.yaml:\n{}",
        run.stderr
    );
    sample_with_statistics_as(&site, "ods", &["--break=agama!C4=999"]);
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr
            .contains("statistik/2025.ods: agama!C4: kategori.agama no. 2 › jumlah")
            && run.stderr.contains("[K1205]"),
        "{}",
        run.stderr
    );
}
