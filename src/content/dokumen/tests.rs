use super::*;

const PERDES: &str = "---\njudul: Pungutan Desa\njenis: peraturan-desa\nnomor: 3\ntahun: 2024\nditetapkan: 2024-03-01\ndiundangkan: 2024-03-04\nlembaran: 3\nberkas: berkas/perdes-3-2024.pdf\n---\nIsi.\n";

fn parse(slug: &str, text: &str) -> (Option<Dokumen>, Report) {
    let mut report = Report::new();
    let file = FileText {
        file: Path::new("content/a/dokumen/x.md"),
        text,
    };
    let files = BerkasFiles::new(["berkas/perdes-3-2024.pdf"]);
    let d = parse_dokumen(slug, file, &files, &mut report);
    (d, report)
}

#[test]
fn a_regulation_with_its_number_dates_and_file() {
    let (d, r) = parse("perdes-2024-03", PERDES);
    assert!(!r.has_errors(), "{r:?}");
    let d = d.unwrap();
    let reg = d.regulation.as_ref().unwrap();
    assert_eq!((reg.number.as_str(), reg.year), ("3", 2024));
    assert_eq!(reg.status, LegalStatus::Berlaku);
    assert_eq!(d.category, InfoCategory::SetiapSaat);
    assert_eq!(d.form, Form::Softcopy);
    assert_eq!(d.date.map(|d| d.to_string()).as_deref(), Some("2024-03-01"));
}

#[test]
fn a_withheld_entry_with_a_file_is_an_error_at_the_file() {
    let text = "---\njudul: Data penerima\njenis: informasi-publik\nkategori: dikecualikan\ntanggal: 2025-01-01\nberkas: berkas/perdes-3-2024.pdf\n---\n";
    let (d, r) = parse("x", text);
    assert!(d.is_none());
    let codes: Vec<_> = r
        .diagnostics()
        .iter()
        .map(|d| (d.code(), d.field.clone(), d.position.unwrap().line))
        .collect();
    assert_eq!(
        codes,
        [
            (Some("K1101"), "berkas".to_string(), 6),
            (Some("K1102"), "kategori".to_string(), 4)
        ]
    );
}

#[test]
fn a_notice_needs_its_end_date_and_only_a_notice_has_one() {
    let base = "---\njudul: Banjir\njenis: informasi-publik\nkategori: serta-merta\ntanggal: 2026-05-20\n---\n";
    let (_, r) = parse("x", base);
    assert_eq!(r.diagnostics()[0].code(), Some("K1103"));
    let (_, r) = parse(
        "x",
        &base.replace(
            "tanggal: 2026-05-20\n",
            "tanggal: 2026-05-20\nberlaku_sampai: 2026-05-01\n",
        ),
    );
    assert_eq!(r.diagnostics()[0].code(), Some("K1111"));
    let (d, r) = parse(
        "x",
        &base.replace(
            "tanggal: 2026-05-20\n",
            "tanggal: 2026-05-20\nberlaku_sampai: 2026-06-01\n",
        ),
    );
    assert!(!r.has_errors(), "{r:?}");
    let d = d.unwrap();
    let day = |s| Date::parse(s).unwrap();
    assert!(d.is_active_notice(day("2026-06-01")));
    assert!(!d.is_active_notice(day("2026-06-02")));
    assert!(!d.is_active_notice(day("2026-05-19")));
    let (_, r) = parse(
        "x",
        &base.replace("serta-merta", "berkala").replace(
            "tanggal: 2026-05-20\n",
            "tanggal: 2026-05-20\nberlaku_sampai: 2026-06-01\n",
        ),
    );
    assert_eq!(
        (r.diagnostics()[0].code(), r.diagnostics()[0].field.as_str()),
        (Some("K1104"), "berlaku_sampai")
    );
}

#[test]
fn a_regulation_needs_number_year_and_date_and_an_unknown_kind_is_named() {
    let (_, r) = parse("x", &PERDES.replace("nomor: 3\n", ""));
    let d = &r.diagnostics()[0];
    assert_eq!(
        (d.code(), d.field.as_str(), d.position.unwrap().line),
        (Some("K1105"), "jenis", 3)
    );
    let (_, r) = parse("x", &PERDES.replace("peraturan-desa", "perdes"));
    let d = &r.diagnostics()[0];
    assert_eq!((d.field.as_str(), d.position.unwrap().line), ("jenis", 3));
    assert!(
        d.hint_text()
            .unwrap_or_default()
            .contains("`peraturan-desa`"),
        "{d}"
    );
}

#[test]
fn status_must_agree_with_the_chain() {
    let (_, r) = parse(
        "x",
        &PERDES.replace("---\nIsi", "status: dicabut\n---\nIsi"),
    );
    assert_eq!(r.diagnostics()[0].code(), Some("K1109"));
    let (_, r) = parse(
        "x",
        &PERDES.replace("---\nIsi", "status: berlaku\ndicabut_oleh: y\n---\nIsi"),
    );
    assert_eq!(r.diagnostics()[0].code(), Some("K1110"));
    let (d, r) = parse(
        "x",
        &PERDES.replace("---\nIsi", "diubah_oleh: [y, z]\n---\nIsi"),
    );
    assert!(!r.has_errors(), "{r:?}");
    assert_eq!(d.unwrap().regulation.unwrap().status, LegalStatus::Diubah);
}

#[test]
fn the_change_chain_is_checked_both_ways() {
    let old = parse(
        "perdes-2019-04",
        &PERDES.replace("---\nIsi", "dicabut_oleh: perdes-2024-03\n---\nIsi"),
    )
    .0
    .unwrap();
    let new = parse("perdes-2024-03", PERDES).0.unwrap();
    let mut r = Report::new();
    check_references(
        &[old.clone(), new.clone()],
        &[],
        [],
        Path::new("content/a"),
        &mut r,
    );
    let d = &r.diagnostics()[0];
    assert_eq!(
        (d.code(), d.field.as_str(), d.position.unwrap().line),
        (Some("K1108"), "dicabut_oleh", 10)
    );
    assert_eq!(
        d.hint_text().unwrap(),
        "tambahkan `mencabut: perdes-2019-04` di content/a/dokumen/perdes-2024-03.md"
    );
    let new = parse(
        "perdes-2024-03",
        &PERDES.replace("---\nIsi", "mencabut:\n  - perdes-2019-04\n---\nIsi"),
    )
    .0
    .unwrap();
    let mut r = Report::new();
    check_references(
        &[old.clone(), new.clone()],
        &[],
        [],
        Path::new("content/a"),
        &mut r,
    );
    assert!(!r.has_errors(), "{r:?}");
    let typo = parse(
        "perdes-2019-04",
        &PERDES.replace("---\nIsi", "dicabut_oleh: perdes-2024-3\n---\nIsi"),
    )
    .0
    .unwrap();
    let mut r = Report::new();
    check_references(&[typo, new], &[], [], Path::new("content/a"), &mut r);
    let d = &r.diagnostics()[0];
    assert_eq!(d.code(), Some("K1107"));
    assert_eq!(d.hint_text().unwrap(), "maksud Anda `perdes-2024-03`?");
}
