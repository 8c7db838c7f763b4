//! Tests of reading products.

use super::*;
use crate::message::Lang;

const KOPI: &str = "---\nnama: Kopi bubuk robusta\nkategori: makanan-minuman\nharga: 25000\nsatuan: 250 g\npelapak:\n  nama: Bu Sulastri\n  usaha: Kopi Jaran Goyang\n  jenis: umkm\nwhatsapp: 0812-3456-7890\nfoto:\n  - berkas: berkas/kopi.jpg\n    keterangan: Bungkus kopi\n---\nKopi dari kebun warga.\n";

fn parse(text: &str) -> (Option<Product>, Report) {
    let mut report = Report::new();
    let file = FileText {
        file: Path::new("content/alpha/produk/kopi.md"),
        text,
    };
    let files = BerkasFiles::new(["berkas/kopi.jpg", "berkas/a.jpg", "berkas/b.jpg"]);
    let p = parse_product("kopi", file, &files, &mut report);
    (p, report)
}

/// The first error's code, field, line and column.
fn first_error(report: &Report) -> (Option<&'static str>, String, usize, usize) {
    let d = report
        .diagnostics()
        .iter()
        .find(|d| d.is_error())
        .unwrap_or_else(|| panic!("an error in {report:?}"));
    let p = d.position.unwrap();
    (d.code(), d.field.clone(), p.line, p.column)
}

#[test]
fn a_product_with_its_price_seller_and_number_in_digits() {
    let (p, report) = parse(KOPI);
    assert!(report.diagnostics().is_empty(), "{report:?}");
    let p = p.unwrap();
    assert_eq!(p.price, ProductPrice::Exact(25_000));
    assert_eq!(p.category, Some(ProductCategory::MakananMinuman));
    assert_eq!(p.unit.unwrap().default, "250 g");
    assert_eq!(p.seller.kind, SellerKind::Umkm);
    assert_eq!(p.seller.business.as_deref(), Some("Kopi Jaran Goyang"));
    assert_eq!(p.whatsapp, "6281234567890");
    assert_eq!(p.whatsapp_written, "0812-3456-7890");
    assert!(p.available && !p.draft);
    assert_eq!(p.photos.len(), 1);
}

#[test]
fn every_common_spelling_of_a_number_gives_the_same_digits() {
    for written in [
        "0812-3456-7890",
        "0812 3456 7890",
        "081234567890",
        "+62 812-3456-7890",
        "+6281234567890",
        "6281234567890",
        "(0812) 3456 7890",
    ] {
        let digits = whatsapp_number(written);
        assert_eq!(digits.as_deref().ok(), Some("6281234567890"), "{written}");
    }
    // Not a number, too short, a landline, a number abroad.
    assert_eq!(whatsapp_number("hubungi kami").unwrap_err().id(), "K1255");
    assert_eq!(whatsapp_number("0812-345").unwrap_err().id(), "K1255");
    assert_eq!(whatsapp_number("0333-555111").unwrap_err().id(), "K1256");
    assert_eq!(
        whatsapp_number("+1 555 0100 200").unwrap_err().id(),
        "K1256"
    );
}

#[test]
fn a_number_written_as_a_yaml_number_keeps_its_leading_zero() {
    let (p, report) = parse(&KOPI.replace("0812-3456-7890", "081234567890"));
    assert!(!report.has_errors(), "{report:?}");
    assert_eq!(p.unwrap().whatsapp, "6281234567890");
}

#[test]
fn a_bad_number_is_an_error_at_its_value_with_the_expected_form() {
    let (p, r) = parse(&KOPI.replace("0812-3456-7890", "0333-555111"));
    assert!(p.is_none());
    assert_eq!(first_error(&r), (Some("K1256"), "whatsapp".into(), 10, 11));
    let d = &r.diagnostics()[0];
    assert!(
        d.hint_text().unwrap().contains("0812-3456-7890"),
        "{:?}",
        d.hint_text()
    );
}

#[test]
fn exactly_one_price_above_zero() {
    let (_, r) = parse(&KOPI.replace("harga: 25000", "harga: 25000\nharga_mulai: 20000"));
    assert_eq!(
        first_error(&r),
        (Some("K1251"), "harga_mulai".into(), 5, 14)
    );
    // No price: pointed at `satuan`, where the price line belongs.
    let (_, r) = parse(&KOPI.replace("harga: 25000\n", ""));
    assert_eq!(first_error(&r), (Some("K1252"), "harga".into(), 4, 9));
    let (_, r) = parse(&KOPI.replace("harga: 25000", "harga: 0"));
    assert_eq!(first_error(&r), (Some("K1253"), "harga".into(), 4, 8));
    let (_, r) = parse(&KOPI.replace("harga: 25000", "harga: 25.000"));
    assert_eq!(first_error(&r).0, Some("K0255"));
    let (p, _) = parse(&KOPI.replace("harga: 25000", "harga_mulai: 150000"));
    assert_eq!(p.unwrap().price, ProductPrice::From(150_000));
}

#[test]
fn an_unknown_category_names_the_one_probably_meant() {
    let (_, r) = parse(&KOPI.replace("makanan-minuman", "makanan"));
    assert_eq!(first_error(&r), (Some("K1254"), "kategori".into(), 3, 11));
    let hint = r.diagnostics()[0].hint_text().unwrap();
    assert!(hint.contains("`makanan-minuman`?"), "{hint}");
    assert!(hint.contains("`kerajinan`, `pertanian`"), "{hint}");
    assert_eq!(
        ProductCategory::suggest("Pakaian Batik"),
        Some("pakaian-batik")
    );
    assert_eq!(ProductCategory::suggest("batik"), Some("pakaian-batik"));
    assert_eq!(ProductCategory::suggest("kerajnan"), Some("kerajinan"));
    assert_eq!(
        ProductCategory::suggest("perikanan"),
        Some("peternakan-perikanan")
    );
    assert_eq!(ProductCategory::suggest("zzzzzz"), None);
    let (p, r) = parse(&KOPI.replace("kategori: makanan-minuman\n", ""));
    assert!(!r.has_errors());
    assert_eq!(p.unwrap().category, None);
}

#[test]
fn at_most_three_photos_each_a_file() {
    let four = "foto:\n  - berkas/a.jpg\n  - berkas/b.jpg\n  - berkas/kopi.jpg\n  - berkas/a.jpg\n";
    let text = KOPI.replace(
        "foto:\n  - berkas: berkas/kopi.jpg\n    keterangan: Bungkus kopi\n",
        four,
    );
    let (_, r) = parse(&text);
    assert_eq!(first_error(&r), (Some("K1257"), "foto[3]".into(), 15, 5));
    let (_, r) = parse(&KOPI.replace("berkas: berkas/kopi.jpg", "berkas: berkas/kopi.png"));
    assert_eq!(
        first_error(&r),
        (Some("K0607"), "foto[0].berkas".into(), 12, 13)
    );
    // A photo without a description is a warning only.
    let (p, r) = parse(&KOPI.replace(
        "  - berkas: berkas/kopi.jpg\n    keterangan: Bungkus kopi\n",
        "  - berkas/kopi.jpg\n",
    ));
    assert!(p.is_some() && !r.has_errors());
    assert_eq!(r.diagnostics()[0].code(), Some("K1259"));
}

#[test]
fn seller_and_name_are_required_and_the_kind_is_checked() {
    let (_, r) = parse(&KOPI.replace("nama: Bu Sulastri", "nama: \"\""));
    assert_eq!(first_error(&r).0, Some("K1258"));
    assert_eq!(first_error(&r).1, "pelapak.nama");
    let (_, r) = parse(&KOPI.replace("jenis: umkm", "jenis: koperasi"));
    assert_eq!(first_error(&r).1, "pelapak.jenis");
    let (p, _) = parse(&KOPI.replace("  jenis: umkm\n", ""));
    assert_eq!(p.unwrap().seller.kind, SellerKind::Umkm);
    let (p, _) = parse(&KOPI.replace("whatsapp:", "tersedia: false\nwhatsapp:"));
    assert!(!p.unwrap().available);
}

#[test]
fn a_translation_sets_text_only() {
    let (p, _) = parse(KOPI);
    let mut p = p.unwrap();
    let mut report = Report::new();
    let text = "---\nnama: Ground robusta coffee\nsatuan: 250 g pack\nfoto:\n  - keterangan: A coffee pack\n---\nCoffee from residents' gardens.\n";
    let file = FileText {
        file: Path::new("content/alpha/produk/kopi.en.md"),
        text,
    };
    apply_translation(
        &mut p,
        "en",
        file,
        "content/alpha/produk/kopi.md",
        &mut report,
    );
    assert!(!report.has_errors(), "{report:?}");
    assert_eq!(
        p.unit.as_ref().unwrap().translation("en").unwrap(),
        "250 g pack"
    );
    let alt = p.photos[0].alt.as_ref().unwrap();
    assert_eq!(alt.translation("en").unwrap(), "A coffee pack");
    // A fact is refused, naming the default file.
    let mut report = Report::new();
    let file = FileText {
        file: Path::new("content/alpha/produk/kopi.en.md"),
        text: "---\nharga: 30000\n---\n",
    };
    apply_translation(
        &mut p,
        "en",
        file,
        "content/alpha/produk/kopi.md",
        &mut report,
    );
    let d = &report.diagnostics()[0];
    assert_eq!(d.code(), Some("K0601"));
    assert!(d.message.text_in(Lang::En).contains("kopi.md"));
}
