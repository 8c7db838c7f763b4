//! Tests of the YAML reader: messages, positions and field paths.

use super::*;
use crate::message::Lang;
use serde::Deserialize;

/// The whole diagnostic as shown in English.
fn en(d: &Diagnostic) -> String {
    d.shown_in(Lang::En)
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Office {
    #[allow(dead_code)]
    telepon: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Profile {
    nama: String,
    #[allow(dead_code)]
    penduduk: Option<u64>,
    #[allow(dead_code)]
    kantor: Option<Office>,
}

fn parse_profile(text: &str) -> Result<Profile, Diagnostic> {
    parse(&Source::file(Path::new("desa.yaml"), text))
}

#[test]
fn unknown_field_is_located_and_gets_a_suggestion() {
    let d = parse_profile("nama: A\nkantor:\n  telpon: '1'\n").unwrap_err();
    assert_eq!(d.field, "kantor.telpon");
    assert_eq!(d.position, Some(Position { line: 3, column: 3 }));
    assert_eq!(d.code(), Some("K0101"));
    assert!(en(&d).contains("did you mean `telepon`"), "{}", en(&d));
}

#[test]
fn wrong_type_names_field_and_line() {
    let d = parse_profile("nama: A\npenduduk: banyak\n").unwrap_err();
    assert_eq!(d.field, "penduduk");
    assert_eq!(d.position.map(|p| p.line), Some(2));
    assert_eq!(d.code(), Some("K0104"));
    assert!(
        en(&d).contains("expected a whole number, found text \"banyak\""),
        "{}",
        en(&d)
    );
    assert!(
        d.to_string()
            .contains("seharusnya angka bulat, tetapi tertulis teks \"banyak\"")
    );
}

#[test]
fn duplicate_field_points_at_the_second_line() {
    let d = parse_profile("nama: A\npenduduk: 1\nnama: B\n").unwrap_err();
    assert_eq!(d.field, "nama");
    assert_eq!(d.position, Some(Position { line: 3, column: 1 }));
    assert_eq!(d.code(), Some("K0103"));
}

#[test]
fn missing_field_in_empty_file() {
    let d = parse_profile("").unwrap_err();
    assert_eq!(d.field, "nama");
    assert_eq!(d.code(), Some("K0102"));
    assert!(en(&d).contains("the file is empty"), "{}", en(&d));
}

#[test]
fn syntax_error_has_position_with_offset() {
    let source = Source {
        file: Path::new("a.md"),
        text: "nama: a: b\n",
        whole: "---\nnama: a: b\n---\n",
        line_offset: 1,
    };
    // Line 1 of the front matter is line 2 of the file; the second `:` is at column 8.
    let d = parse::<Profile>(&source).unwrap_err();
    assert_eq!(d.position, Some(Position { line: 2, column: 8 }));
    assert_eq!(d.code(), Some("K0116"), "{}", en(&d));
    assert!(en(&d).contains(r#"like this: nama: "a: b""#), "{}", en(&d));
}

#[test]
fn anchors_and_aliases_are_refused_at_their_sign() {
    let d = parse_profile("nama: &n Alpha\npenduduk: 1\n").unwrap_err();
    assert_eq!(d.position, Some(Position { line: 1, column: 7 }));
    assert_eq!(d.code(), Some("K0110"));
    assert!(en(&d).contains("write the value out"));
    let d = parse_profile("nama: Alpha\nkantor: {telepon: *n}\n").unwrap_err();
    assert_eq!(
        d.position,
        Some(Position {
            line: 2,
            column: 19
        })
    );
    assert_eq!(d.code(), Some("K0111"));
}

#[test]
fn ampersands_and_stars_in_text_are_text() {
    let p = parse_profile("nama: Tips & trik *baru*\nkantor: {telepon: 'a*b'}\n").unwrap();
    assert_eq!(p.nama, "Tips & trik *baru*");
}

#[test]
fn nesting_past_the_limit_is_refused_at_once() {
    let d = parse_profile(&format!("nama: A\nkantor: {}", "[".repeat(100_000))).unwrap_err();
    assert_eq!(
        d.position,
        Some(Position {
            line: 2,
            column: 9 + MAX_DEPTH
        })
    );
    assert_eq!(d.code(), Some("K0112"));
    assert!(en(&d).contains("more than 64 levels"), "{}", en(&d));
    let d = parse_profile(&format!("nama: A\nkantor: {}", "{a: ".repeat(100_000))).unwrap_err();
    assert_eq!(d.position.map(|p| p.line), Some(2));
    // 64 levels are fine for the scan (serde then says what it expected).
    let d = parse_profile(&format!("nama: A\nkantor: {}", "[".repeat(MAX_DEPTH - 1))).unwrap_err();
    assert_ne!(d.code(), Some("K0112"), "{}", en(&d));
}

#[test]
fn an_indented_first_line_is_named_with_its_position() {
    let d = parse_profile("  nama: Alpha\npenduduk: 1\n").unwrap_err();
    assert_eq!(d.position, Some(Position { line: 1, column: 1 }));
    assert_eq!(d.code(), Some("K0107"));
    assert!(
        en(&d).contains("first line starts with 2 spaces"),
        "{}",
        en(&d)
    );
    assert!(en(&d).contains("remove the spaces before `nama:` on line 1"));
    let d = parse_profile("nama: Alpha\n---\npenduduk: 1\n").unwrap_err();
    assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
    assert_eq!(d.code(), Some("K0106"));
}

#[test]
fn unicode_line_separators_do_not_shift_later_lines() {
    // A value on line 32 holds U+2028, U+2029 and U+0085, which YAML 1.1 parsers
    // count as line breaks; the error on line 35 is where an editor shows it.
    let mut text: String = (1..32).map(|i| format!("# {i}\n")).collect();
    text.push_str("nama: \"A\u{2028}B\u{2029}C\u{85}D\"\n# 33\n# 34\npenduduk: banyak\n");
    let d = parse_profile(&text).unwrap_err();
    assert_eq!(
        d.position,
        Some(Position {
            line: 35,
            column: 11
        })
    );
    assert_eq!(d.snippet.as_deref(), Some("penduduk: banyak"));
}

#[test]
fn syntax_errors_past_unvetted_text_are_still_reported() {
    // yaml-rust2 stops at the bad indentation; the alias after it is never
    // handed to serde_norway.
    let d = parse_profile("nama: A\nkantor:\n  a: 1\n   b: 2\nx: *y\n").unwrap_err();
    assert_eq!(d.position, Some(Position { line: 4, column: 4 }));
    assert_eq!(d.code(), Some("K0120"), "{}", en(&d));
    assert!(
        en(&d).contains("indent this line 2 spaces, like `a:`"),
        "{}",
        en(&d)
    );
}

#[test]
fn locate_follows_keys_and_indices() {
    let text = "a: 1\nlist:\n  - x: 1\n  - x: 2\n    y: [1, 2]\n";
    assert_eq!(locate(text, "list[1].y").unwrap().line, 5);
    assert_eq!(
        locate(text, "list[1].x"),
        Some(Position { line: 4, column: 8 })
    );
    assert_eq!(locate(text, "a"), Some(Position { line: 1, column: 4 }));
    // A missing leaf falls back to its parent.
    assert_eq!(locate(text, "list[1].z").unwrap().line, 4);
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Head {
    nama: String,
    jabatan: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(dead_code)]
struct Village {
    nama: String,
    kepala: Option<Head>,
    penduduk: Option<u64>,
}

fn parse_village(text: &str) -> Diagnostic {
    parse::<Village>(&Source::file(Path::new("desa.yaml"), text)).unwrap_err()
}

#[test]
fn a_tab_used_for_indentation_is_named_at_its_own_line() {
    let d = parse_village("nama: A\nkepala:\n  jabatan: Kepala Desa\n\tnama: Edy\n");
    assert_eq!(d.code(), Some("K0114"), "{}", en(&d));
    assert_eq!(d.position, Some(Position { line: 4, column: 1 }));
    assert!(
        d.to_string().contains("baris 4 memakai karakter Tab"),
        "{d}"
    );
    // A tab inside block text is text.
    let ok = parse::<Village>(&Source::file(
        Path::new("desa.yaml"),
        "nama: |\n  a\n  \tb\npenduduk: 1\n",
    ));
    assert!(ok.is_ok(), "{ok:?}");
}

#[test]
fn curly_quotes_are_named_and_the_straight_ones_shown() {
    let d = parse_village("nama: A\nkepala:\n  jabatan: “Kepala: Desa”\n");
    assert_eq!(d.code(), Some("K0115"), "{}", en(&d));
    assert_eq!(
        d.position,
        Some(Position {
            line: 3,
            column: 12
        })
    );
    assert!(
        en(&d).contains(r#"like this: jabatan: "Kepala: Desa""#),
        "{}",
        en(&d)
    );
}

#[test]
fn a_colon_inside_unquoted_text_gets_the_quoted_line_as_its_fix() {
    let d = parse_village("nama: A\nkepala:\n  jabatan: Kepala Dusun (Ketua: Pak Slamet)\n");
    assert_eq!(d.code(), Some("K0116"), "{}", en(&d));
    assert_eq!(d.position.map(|p| p.line), Some(3));
    assert!(
        d.to_string()
            .contains(r#"seperti ini: jabatan: "Kepala Dusun (Ketua: Pak Slamet)""#),
        "{d}"
    );
}

#[test]
fn a_missing_colon_is_reported_on_its_own_line() {
    let d = parse_village("nama: A\nkepala:\n  nama Edy Saputro\n  jabatan: Kepala Desa\n");
    assert_eq!(d.code(), Some("K0117"), "{}", en(&d));
    assert_eq!(d.position, Some(Position { line: 3, column: 7 }));
    assert!(en(&d).contains("write a colon after the field name: nama: Edy Saputro"));
    let d = parse_village("nama Kemiren\npenduduk: 1\n");
    assert_eq!(d.code(), Some("K0117"), "{}", en(&d));
    assert_eq!(d.position.map(|p| p.line), Some(1));
}

#[test]
fn list_items_are_counted_from_one_and_named() {
    #[derive(Debug, Deserialize)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        biaya: u64,
    }
    let text = "- id: domisili\n  biaya: 0\n- id: sktm\n  biaya: gratis\n";
    let d = parse::<Vec<Item>>(&Source::file(Path::new("layanan.yaml"), text)).unwrap_err();
    assert_eq!(d.field, "[1].biaya");
    assert!(
        d.to_string().contains(": layanan ke-2 (`sktm`) › biaya: "),
        "{d}"
    );
    assert!(
        en(&d).contains(": layanan no. 2 (`sktm`) › biaya: "),
        "{}",
        en(&d)
    );
}
