//! Tests of reading destinations.

use super::*;
use std::path::Path;

const IJEN: &str = "---\nnama: Kawah Ijen\nkategori: alam\nlokasi:\n  lat: -8.0296\n  lon: 114.2478\ntiket:\n  - jenis: Domestik\n    harga: 5000\n  - jenis: Mancanegara\n    harga: 100000\nfoto:\n  - berkas/ijen.jpg\n  - berkas: berkas/ijen-2.jpg\n    keterangan: Api biru\n---\nDeskripsi.\n";

fn parse(text: &str) -> (Option<Destination>, Report) {
    let mut report = Report::new();
    let file = FileText {
        file: Path::new("wisata/kawah-ijen.md"),
        text,
    };
    let files = BerkasFiles::new([
        "berkas/ijen.jpg",
        "berkas/ijen-2.jpg",
        "berkas/kawah-ijen.jpg",
    ]);
    let d = parse_destination("kawah-ijen", file, &files, &mut report);
    (d, report)
}

#[test]
fn a_destination_with_prices_and_photos() {
    let (d, report) = parse(IJEN);
    assert!(!report.has_errors(), "{report:?}");
    let d = d.unwrap();
    assert_eq!(d.category, Category::Alam);
    assert_eq!(d.price_from(), Some(5000));
    assert_eq!(d.is_free(), Some(false));
    assert_eq!(d.photos[1].alt.as_ref().unwrap().default, "Api biru");
}

#[test]
fn category_coordinates_photos_and_prices_are_checked() {
    let (_, r) = parse(&IJEN.replace("kategori: alam", "kategori: pantai"));
    let d = &r.diagnostics()[0];
    assert_eq!(
        (d.field.as_str(), d.position.unwrap().line),
        ("kategori", 3)
    );
    assert!(
        d.hint_text()
            .as_deref()
            .unwrap()
            .contains("`alam`, `budaya`, `sejarah`, `religi`, `kuliner`, `buatan`, `desa-wisata`"),
        "{d}"
    );
    let (_, r) = parse(&IJEN.replace("lon: 114.2478", "lon: 214.2478"));
    assert_eq!(r.diagnostics()[0].field, "lokasi.lon");
    let (_, r) = parse(&IJEN.replace("berkas/ijen.jpg", "berkas/hilang.jpg"));
    assert_eq!(
        (
            r.diagnostics()[0].field.as_str(),
            r.diagnostics()[0].position.unwrap().line
        ),
        ("foto[0]", 13)
    );
    let (_, r) = parse(&IJEN.replace("berkas/ijen-2.jpg", "berkas/hilang.jpg"));
    let e = r.diagnostics().iter().find(|d| d.is_error()).unwrap();
    assert_eq!(
        (e.field.as_str(), e.position.unwrap().line),
        ("foto[1].berkas", 14)
    );
    let (_, r) = parse(&IJEN.replace("harga: 5000", "harga: 5.000"));
    assert_eq!(r.diagnostics()[0].field, "tiket[0].harga");
    let (_, r) = parse(&IJEN.replace("lokasi:\n  lat: -8.0296\n  lon: 114.2478\n", ""));
    assert_eq!(r.diagnostics()[0].code(), Some("K0102"));
    assert_eq!(r.diagnostics()[0].field, "lokasi");
}

#[test]
fn a_photo_named_nearly_like_a_file_gets_its_name_suggested() {
    for written in [
        "berkas/Kawah Ijen.JPG",
        "berkas/kawah_ijen.jpg",
        "berkas/kawah ijen.jpg",
        "Berkas/kawah-ijen.jpg",
        "kawah-ijen.jpg",
        "berkas\\kawah-ijen.jpg",
    ] {
        let (_, r) = parse(&IJEN.replace("berkas/ijen.jpg", written));
        let d = &r.diagnostics()[0];
        assert_eq!(d.field, "foto[0]", "{written}");
        let hint = d.hint_text().unwrap_or_default();
        assert!(
            hint.starts_with("maksud Anda `berkas/kawah-ijen.jpg`?"),
            "{written}: {hint}"
        );
        let en = d.hint_in(crate::message::Lang::En).unwrap_or_default();
        assert!(
            en.starts_with("did you mean `berkas/kawah-ijen.jpg`?"),
            "{en}"
        );
    }
    // A name unlike every file keeps the general hint.
    let (_, r) = parse(&IJEN.replace("berkas/ijen.jpg", "berkas/kawah-baru.jpg"));
    let d = &r.diagnostics()[0];
    assert_eq!(d.code(), Some("K0607"));
    assert!(
        d.hint_text()
            .unwrap_or_default()
            .starts_with("periksa ejaannya")
    );
}

#[test]
fn a_photo_without_description_warns_with_its_own_name_in_the_example() {
    let (_, r) = parse(IJEN);
    let w = &r.diagnostics()[0];
    assert!(!w.is_error());
    assert_eq!(w.code(), Some("K0402"));
    assert_eq!(
        w.hint_text().unwrap_or_default(),
        "tulis apa isi foto itu, untuk pembaca yang tidak bisa melihatnya:\n  - berkas: berkas/ijen.jpg\n    keterangan: Kawah dengan api biru sebelum subuh"
    );
}

#[test]
fn contact_numbers_and_site_are_checked() {
    let text = IJEN.replace(
        "foto:",
        "kontak:\n  whatsapp: \"0333-555111\"\n  situs: tiket.example\nfoto:",
    );
    let (_, r) = parse(&text);
    let fields: Vec<_> = r
        .diagnostics()
        .iter()
        .filter(|d| d.is_error())
        .map(|d| d.field.as_str())
        .collect();
    assert_eq!(fields, ["kontak.whatsapp", "kontak.situs"]);
}

#[test]
fn free_entry() {
    let (d, _) = parse(
        &IJEN
            .replace("harga: 5000", "harga: 0")
            .replace("harga: 100000", "harga: 0"),
    );
    assert_eq!(d.unwrap().is_free(), Some(true));
    let (d, _) = parse(&IJEN.replace(
        "tiket:\n  - jenis: Domestik\n    harga: 5000\n  - jenis: Mancanegara\n    harga: 100000\n",
        "",
    ));
    assert_eq!(d.unwrap().is_free(), None);
    let (d, _) = parse(&IJEN.replace(
        "tiket:\n  - jenis: Domestik\n    harga: 5000\n  - jenis: Mancanegara\n    harga: 100000\n",
        "tiket: []\n",
    ));
    assert_eq!(d.unwrap().is_free(), Some(true));
}

#[test]
fn translation_sets_text_not_facts() {
    let (d, _) = parse(IJEN);
    let mut d = d.unwrap();
    let mut report = Report::new();
    let text = "---\nnama: Ijen Crater\ntiket:\n  - jenis: Domestic\n---\nBlue fire.\n";
    apply_translation(
        &mut d,
        "en",
        FileText {
            file: Path::new("wisata/kawah-ijen.en.md"),
            text,
        },
        "wisata/kawah-ijen.md",
        &mut report,
    );
    assert!(!report.has_errors(), "{report:?}");
    assert_eq!(
        d.tickets.as_ref().unwrap()[0]
            .kind
            .translation("en")
            .map(String::as_str),
        Some("Domestic")
    );
    assert_eq!(
        d.text.translation("en").unwrap().title.as_deref(),
        Some("Ijen Crater")
    );
    let text = "---\ntiket:\n  - jenis: Domestic\n    harga: 1\n---\n";
    apply_translation(
        &mut d,
        "en",
        FileText {
            file: Path::new("wisata/kawah-ijen.en.md"),
            text,
        },
        "wisata/kawah-ijen.md",
        &mut report,
    );
    let e = &report.diagnostics()[0];
    assert_eq!(e.field, "tiket[0].harga");
    assert_eq!(e.code(), Some("K0601"));
}
