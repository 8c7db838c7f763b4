//! Amounts written with a thousands separator and positions outside Indonesia,
//! on a copy of the sample site: each names file:line:col, field and code, in
//! Indonesian (the default) and English.

use crate::common::{Run, Site};

/// The sample site with the first `from` replaced by `to` in `file`.
fn sample_with(file: &str, from: &str, to: &str) -> Site {
    let site = Site::sample();
    let text = site.read(file);
    assert!(text.contains(from), "{file} holds `{from}`");
    site.write(file, &text.replacen(from, to, 1));
    site
}

/// The first line of the message that starts with `head`, in `run`'s output.
fn message<'a>(run: &'a Run, head: &str) -> &'a str {
    run.stderr
        .lines()
        .find(|l| l.starts_with(head))
        .unwrap_or_else(|| panic!("no line starting with {head:?}:\n{}", run.stderr))
}

/// `check` in both languages: the Indonesian and the English first lines of
/// the message at `location` (`file:line:col`).
fn both(site: &Site, label: (&str, &str), location: &str) -> (String, String) {
    let root = site.root().to_str().unwrap();
    let id = crate::common::run_in("id", &["check", "--root", root]);
    let en = crate::common::run_in("en", &["check", "--root", root]);
    (
        message(&id, &format!("{}: {location}: ", label.0)).to_string(),
        message(&en, &format!("{}: {location}: ", label.1)).to_string(),
    )
}

#[test]
fn a_budget_amount_with_a_thousands_dot_is_an_error_not_two_rupiah_fifty() {
    let file = "content/tamansari/apbdes/2024.yaml";
    let site = sample_with(file, "    anggaran: 15000000\n", "    anggaran: 2.500\n");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let (id, en) = both(&site, ("kesalahan", "error"), &format!("{file}:13:15"));
    assert!(id.contains("pendapatan ke-2 › anggaran"), "{id}");
    assert!(
        id.ends_with(
            "`2.500` terbaca seperti 2500 yang ditulis dengan pemisah ribuan: \
             tulis 2500 tanpa titik [K0255]"
        ),
        "{id}"
    );
    assert!(en.contains("pendapatan no. 2 › anggaran"), "{en}");
    assert!(
        en.ends_with(
            "`2.500` looks like 2500 written with a thousands separator: \
             write 2500 without the dot [K0255]"
        ),
        "{en}"
    );
}

#[test]
fn a_service_fee_with_a_thousands_dot_is_an_error() {
    let file = "content/tamansari/layanan.yaml";
    let site = sample_with(
        file,
        "  biaya: 0\n  produk: Surat Keterangan Pengantar\n",
        "  biaya: 10.000\n  produk: Surat Keterangan Pengantar\n",
    );
    let (id, en) = both(&site, ("kesalahan", "error"), &format!("{file}:18:10"));
    assert!(
        id.contains("layanan ke-1 (`surat-pengantar`) › biaya: "),
        "{id}"
    );
    assert!(id.ends_with("tulis 10000 tanpa titik [K0255]"), "{id}");
    assert!(id.contains("`10.000` terbaca seperti 10000"), "{id}");
    assert!(
        en.ends_with("`10.000` looks like 10000 written with a thousands separator: write 10000 without the dot [K0255]"),
        "{en}"
    );
}

#[test]
fn a_ticket_price_with_a_thousands_dot_shows_what_was_written() {
    // It used to say "the fee 10 is not a whole number of Rupiah".
    let file = "content/tamansari/wisata/kawah-ijen.md";
    let site = sample_with(file, "    harga: 5000\n", "    harga: 10.000\n");
    let (id, en) = both(&site, ("kesalahan", "error"), &format!("{file}:12:12"));
    assert!(
        id.contains("tiket ke-1 (`Wisatawan nusantara, hari kerja (tarif 2020)`) › harga: "),
        "{id}"
    );
    assert!(
        id.ends_with(
            "`10.000` terbaca seperti 10000 yang ditulis dengan pemisah ribuan: \
             tulis 10000 tanpa titik [K0255]"
        ),
        "{id}"
    );
    assert!(
        en.contains("tiket no. 1 (`Wisatawan nusantara, hari kerja (tarif 2020)`) › harga: "),
        "{en}"
    );
    assert!(en.ends_with("write 10000 without the dot [K0255]"), "{en}");
}

#[test]
fn a_village_latitude_without_its_minus_is_a_warning_naming_the_fix() {
    let file = "content/tamansari/desa.yaml";
    let site = sample_with(file, "  lat: -8.1400\n", "  lat: 8.1400\n");
    let run = site.run(&["build"]);
    assert_eq!(
        run.code, 0,
        "a warning does not stop the build:\n{}",
        run.stderr
    );
    let (id, en) = both(&site, ("peringatan", "warning"), &format!("{file}:28:8"));
    assert!(
        id.ends_with(
            "lokasi.lat: lat 8.14 berada di utara khatulistiwa, di luar Indonesia; \
             mungkin maksudnya -8.14 [K0262]"
        ),
        "{id}"
    );
    assert!(
        en.ends_with(
            "lokasi.lat: lat 8.14 is north of the equator, outside Indonesia; \
             -8.14 was probably meant [K0262]"
        ),
        "{en}"
    );
}

#[test]
fn a_destination_longitude_without_its_first_digit_is_a_warning() {
    let file = "content/tamansari/wisata/kawah-ijen.md";
    let site = sample_with(file, "  lon: 114.2478\n", "  lon: 14.2478\n");
    let (id, en) = both(&site, ("peringatan", "warning"), &format!("{file}:7:8"));
    assert!(
        id.ends_with(
            "lokasi.lon: lon 14.2478 berada di luar Indonesia; mungkin maksudnya 114.2478 [K0264]"
        ),
        "{id}"
    );
    assert!(
        en.ends_with("lon 14.2478 is outside Indonesia; 114.2478 was probably meant [K0264]"),
        "{en}"
    );
}
