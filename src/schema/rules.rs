//! The checks of one file that its Rust types do not carry but a schema can
//! still say: a text that may not be blank, a price given exactly once, at most
//! so many photos, and fields that one field's value requires or forbids.
//! The rest of what `check` rejects needs other files, sums or the file's name
//! (tests/e2e/schema.rs lists those fixtures, with the reason).

use crate::content::LIST_KEY;
use crate::content::produk::MAX_PHOTOS;
use serde_json::{Map, Value, json};

/// Adds `kind`'s rules to its finished root schema.
pub(super) fn add(kind: &str, root: &mut Map<String, Value>) {
    match kind {
        // K0201, K0212: the portal's title and the village's name and
        // kecamatan may not be blank.
        "site" => not_blank(root, &["judul"]),
        "desa" => not_blank(root, &["nama", "kecamatan"]),
        "produk" => product(root),
        "dokumen" => dokumen(root),
        "apbdes" => budget(root),
        "statistik" => statistics(root),
        "layanan" | "layanan-terjemahan" => forms_shape(root),
        _ => {}
    }
}

/// A list file also loads as the web forms write it, `layanan: [...]`
/// (`content::service::LIST_KEY`): the same items under one key.
fn forms_shape(root: &mut Map<String, Value>) {
    root.insert("type".into(), json!(["array", "object"]));
    root.insert(
        "properties".into(),
        json!({ LIST_KEY: {
            "title": "Daftar layanan",
            "description": "Bentuk yang ditulis formulir daring: daftar yang sama di bawah layanan:.",
            "type": "array",
            "items": {"$ref": "#/items"},
        } }),
    );
    root.insert("required".into(), json!([LIST_KEY]));
    root.insert("additionalProperties".into(), false.into());
}

/// A property of `root`, if it has it.
fn property<'a>(
    root: &'a mut Map<String, Value>,
    name: &str,
) -> Option<&'a mut Map<String, Value>> {
    root.get_mut("properties")?.get_mut(name)?.as_object_mut()
}

/// The text fields `names` need a character that is not a space.
fn not_blank(root: &mut Map<String, Value>, names: &[&str]) {
    for name in names {
        if let Some(p) = property(root, name) {
            p.insert("pattern".into(), "\\S".into());
        }
    }
}

/// K1251, K1252, K1253, K1257: exactly one of `harga` and `harga_mulai`, above
/// 0, and at most `MAX_PHOTOS` photos.
fn product(root: &mut Map<String, Value>) {
    for name in ["harga", "harga_mulai"] {
        if let Some(p) = property(root, name) {
            p.insert("minimum".into(), 1.into());
        }
    }
    if let Some(p) = property(root, "foto") {
        p.insert("maxItems".into(), MAX_PHOTOS.into());
    }
    root.insert(
        "oneOf".into(),
        json!([{"required": ["harga"]}, {"required": ["harga_mulai"]}]),
    );
}

/// K1101, K1103, K1110: withheld information has no file, an immediate notice
/// has an end date, and a regulation revoked or changed by another says so
/// in its `status`.
fn dokumen(root: &mut Map<String, Value>) {
    let when = |field: &str, value: &str| json!({"properties": {field: {"const": value}}, "required": [field]});
    root.insert(
        "allOf".into(),
        json!([
            {"if": when("kategori", "dikecualikan"), "then": {"not": {"required": ["berkas"]}}},
            {"if": when("kategori", "serta-merta"), "then": {"required": ["berlaku_sampai"]}},
            {"if": {"required": ["dicabut_oleh"]},
             "then": {"properties": {"status": {"enum": ["dicabut", null]}}}},
            {"if": {"required": ["diubah_oleh"], "not": {"required": ["dicabut_oleh"]}},
             "then": {"properties": {"status": {"enum": ["diubah", null]}}}}
        ]),
    );
}

/// K0504: a realisation report has `realisasi` on every line, sector and activity.
fn budget(root: &mut Map<String, Value>) {
    let line = json!({"items": {"required": ["realisasi"]}});
    let then = json!({"properties": {
        "pendapatan": line,
        "belanja": {"items": {
            "required": ["realisasi"],
            "properties": {"kegiatan": line}
        }},
        "pembiayaan": {"properties": {"penerimaan": line, "pengeluaran": line}}
    }});
    root.insert(
        "if".into(),
        json!({"properties": {"status": {"const": "realisasi"}}, "required": ["status"]}),
    );
    root.insert("then".into(), then);
}

/// K1202: the statistics categories are a closed list, each with its table
/// (one property per category, in the order pages list them); the official
/// labels of a category's rows are offered as `examples` (what an editor
/// completes and the forms offer as a list). Not an `enum`: `check` matches
/// labels ignoring case and spaces around `/` (`Tamat SD / Sederajat`).
fn statistics(root: &mut Map<String, Value>) {
    use crate::content::statistik::CATEGORIES;
    let Some(kategori) = property(root, "kategori") else {
        return;
    };
    let Some(table) = kategori.remove("additionalProperties") else {
        return;
    };
    let tables: Map<String, Value> = CATEGORIES
        .iter()
        .map(|def| {
            let mut t = table.clone();
            t["title"] = def.label.into();
            let labels: Vec<&str> = def.labels().collect();
            let mut about = if def.codes.is_empty() {
                format!("Tabel {}: satu baris per kelompok, labelnya bebas ditulis.", def.label)
            } else {
                t["items"]["properties"]["label"]["examples"] = json!(labels);
                format!("Tabel {}: satu baris per label resmi ({}).", def.label, labels.join(", "))
            };
            if def.sensitive {
                about.push_str(" Kategori khusus: diterbitkan hanya bila site.yaml menyebutnya di statistik.kategori_khusus.");
            }
            t["description"] = about.into();
            (def.slug.to_string(), t)
        })
        .collect();
    kategori.insert("properties".into(), Value::Object(tables));
    kategori.insert("additionalProperties".into(), false.into());
}
