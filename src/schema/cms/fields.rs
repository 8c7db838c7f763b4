//! The fields of a form: one Decap widget per property of a schema, with its
//! label, hint, required flag, pattern and translation flag.

use super::DATE_FORMAT;
use serde_json::{Value, json};

/// Where a form's pictures and files go.
pub(super) enum Media {
    /// content/berkas/, the portal's.
    Portal,
    /// The village's berkas/ (a collection's own media_folder).
    Village,
}

/// The widgets of an object schema's properties, in the schema's order.
pub(super) fn fields_of(object: &Value, media: &Media, translatable: &[String]) -> Vec<Value> {
    let object = object.get("items").unwrap_or(object);
    let required: Vec<&str> = object["required"]
        .as_array()
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    let Some(props) = object["properties"].as_object() else {
        return Vec::new();
    };
    let mut props: Vec<(&String, &Value)> = props.iter().collect();
    props.sort_by_key(|(name, _)| form_position(name));
    props
        .into_iter()
        .map(|(name, prop)| {
            let mut field = widget(name, prop, media);
            field["name"] = name.as_str().into();
            field["label"] = prop["title"].clone();
            field["hint"] = prop["description"].clone();
            field["required"] = required.contains(&name.as_str()).into();
            if translatable.iter().any(|t| t == name) {
                field["i18n"] = true.into();
            }
            field
        })
        .collect()
}

/// The order of the fields in a form, as the files write them: what the entry
/// is first, its text, its facts, and whether it is a draft last. Schemas list
/// their properties by name (serde_json's map is sorted), hence this list.
#[rustfmt::skip]
pub(super) const FORM_ORDER: &[&str] = &[
    "id", "judul", "nama", "jenis", "kategori", "kode", "bidang", "tahun", "status", "per",
    "tanggal", "urutan", "kecamatan", "slogan", "ringkasan", "deskripsi", "uraian", "label",
    "kepala", "perangkat", "jabatan", "kantor", "alamat", "jam_layanan", "telepon", "whatsapp",
    "email", "situs", "lat", "lon", "lokasi", "penduduk", "jumlah", "jumlah_penduduk", "laki_laki",
    "perempuan", "kk", "luas_km2", "ppid", "base_url", "logo", "persyaratan", "prosedur", "waktu",
    "biaya", "harga", "harga_mulai", "satuan", "pelapak", "usaha", "produk", "tempat", "jam",
    "jam_buka", "tiket", "parkir", "fasilitas", "pengelola", "kontak", "akses", "musim_terbaik",
    "volume", "sumber_dana", "anggaran", "realisasi", "pelaksana", "mulai", "selesai", "manfaat",
    "kegiatan", "progres", "persen", "pendapatan", "belanja", "pembiayaan", "penerimaan",
    "pengeluaran", "penerimaan_pembiayaan", "pengeluaran_pembiayaan", "surplus_defisit",
    "pembiayaan_netto", "silpa", "sumber", "perdes", "gambar", "keterangan_gambar", "foto",
    "berkas", "keterangan", "dasar_hukum", "pengaduan", "formulir", "daring", "catatan",
    "diperbarui", "penanggung_jawab", "pejabat", "bentuk", "retensi", "alasan", "berlaku_sampai",
    "nomor", "ditetapkan", "diundangkan", "lembaran", "mengubah", "mencabut", "diubah_oleh",
    "dicabut_oleh", "tersedia", "unggulan", "draf", "layanan",
];

/// Where the field `name` goes in a form: by [`FORM_ORDER`], then the
/// statistics tables in the order pages show them, other names after those,
/// by name.
fn form_position(name: &str) -> (usize, String) {
    use crate::content::statistik::CATEGORIES;
    let at = FORM_ORDER
        .iter()
        .position(|n| *n == name)
        .unwrap_or_else(|| {
            let table = CATEGORIES.iter().position(|c| c.slug == name);
            FORM_ORDER.len() + table.unwrap_or(CATEGORIES.len())
        });
    (at, name.to_string())
}

/// A schema without its `null` alternative (an optional field).
fn without_null(prop: &Value) -> Value {
    let mut prop = prop.clone();
    if let Some(Value::Array(types)) = prop.get("type") {
        let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
        prop["type"] = if rest.len() == 1 {
            rest[0].clone()
        } else {
            Value::Array(rest)
        };
    }
    if let Some(Value::Array(subs)) = prop.get("anyOf") {
        let rest: Vec<Value> = subs
            .iter()
            .filter(|s| s["type"] != "null")
            .cloned()
            .collect();
        if rest.len() == 1 {
            let mut only = rest[0].clone();
            if let (Value::Object(only), Value::Object(outer)) = (&mut only, &prop) {
                for (k, v) in outer {
                    if k != "anyOf" {
                        only.entry(k.clone()).or_insert(v.clone());
                    }
                }
            }
            return without_null(&only);
        }
        prop["anyOf"] = Value::Array(rest);
    }
    if let Some(Value::Array(list)) = prop.get("enum") {
        let rest: Vec<Value> = list.iter().filter(|v| !v.is_null()).cloned().collect();
        prop["enum"] = Value::Array(rest);
    }
    prop
}

/// The JSON type of a schema once its `null` is left out, if it has one.
pub(super) fn simple_type(prop: &Value) -> Option<&'static str> {
    match without_null(prop)["type"].as_str()? {
        "string" => Some("string"),
        "integer" => Some("integer"),
        "number" => Some("number"),
        "boolean" => Some("boolean"),
        "array" => Some("array"),
        "object" => Some("object"),
        _ => None,
    }
}

/// The Decap widget (and its options) for the property `name`.
fn widget(name: &str, prop: &Value, media: &Media) -> Value {
    let prop = without_null(prop);
    if let Some(Value::Array(options)) = prop.get("enum") {
        return json!({"widget": "select", "options": labelled(options)});
    }
    if let Some(Value::Array(subs)) = prop.get("anyOf") {
        return one_or_many(name, subs, media);
    }
    match prop["type"].as_str().unwrap_or("string") {
        "boolean" => json!({"widget": "boolean", "default": false}),
        "integer" | "number" => number(&prop),
        "array" => list(name, &prop, media),
        "object" => json!({"widget": "object", "collapsed": false,
                           "fields": fields_of(&prop, media, &[])}),
        _ => text(name, &prop, media),
    }
}

/// A string field: a date, a picture or a file of `berkas/`, Markdown, a long
/// text, or a line, with its pattern and an Indonesian message.
fn text(name: &str, prop: &Value, media: &Media) -> Value {
    if prop["format"] == "date" {
        return json!({"widget": "datetime", "date_format": DATE_FORMAT,
                      "time_format": false, "picker_utc": true, "default": ""});
    }
    // The official labels of a statistics table: the form writes one of them.
    if let Some(Value::Array(options)) = prop.get("examples") {
        return json!({"widget": "select", "options": options});
    }
    let pattern = prop["pattern"].as_str();
    if pattern == Some(crate::content::schema_impls::BERKAS_PATTERN) {
        let widget = if is_picture_field(name) {
            "image"
        } else {
            "file"
        };
        let mut field = json!({"widget": widget, "choose_url": false});
        if let Media::Portal = media {
            field["media_folder"] = "/content/berkas".into();
            field["public_folder"] = "berkas".into();
        }
        return field;
    }
    let widget = match name {
        "catatan" => "markdown",
        "ringkasan" | "deskripsi" | "manfaat" | "akses" | "alasan" => "text",
        _ => "string",
    };
    let mut field = json!({"widget": widget});
    if let Some(pattern) = pattern {
        field["pattern"] = json!([pattern, pattern_message(pattern)]);
    }
    field
}

/// True for the `berkas/` fields that hold pictures (not forms or PDFs).
fn is_picture_field(name: &str) -> bool {
    matches!(name, "gambar" | "foto" | "logo")
}

/// The Indonesian message Decap shows when a value does not match `pattern`.
fn pattern_message(pattern: &str) -> &'static str {
    use crate::content::schema_impls as p;
    match pattern {
        _ if pattern == p::PHONE_PATTERN => {
            "Tulis nomor telepon, misalnya 0333-555111 atau +62 333 555111."
        }
        _ if pattern == p::WHATSAPP_PATTERN || pattern == p::PRODUCT_WHATSAPP_PATTERN => {
            "Tulis nomor HP, misalnya 0812-3456-7890."
        }
        _ if pattern == p::WEB_PATTERN || pattern == p::BASE_URL_PATTERN => {
            "Tulis alamat lengkap yang diawali https://, misalnya https://desa.example.id."
        }
        _ if pattern == p::EMAIL_PATTERN => "Tulis alamat email, misalnya desa@example.id.",
        _ if pattern == p::AREA_CODE_PATTERN => {
            "Tulis kode wilayah dengan titik, misalnya 35.10.24.2007."
        }
        _ if pattern == p::SLUG_PATTERN => {
            "Pakai huruf kecil, angka dan tanda -, tanpa spasi, misalnya surat-domisili."
        }
        _ if pattern == p::LANGUAGE_PATTERN => {
            "Tulis kode bahasa 2 atau 3 huruf kecil, misalnya id."
        }
        "\\S" => "Kolom ini tidak boleh kosong.",
        _ => "Isiannya belum sesuai bentuk yang diminta.",
    }
}

/// What the budget's codes and the fund sources mean, for the labels of a select.
const FUND_SOURCES: &[(&str, &str)] = &[
    ("DDS", "Dana Desa"),
    ("ADD", "Alokasi Dana Desa"),
    ("PBH", "Bagi hasil pajak dan retribusi"),
    ("PBP", "Bantuan keuangan provinsi/kabupaten"),
    ("PAD", "Pendapatan asli desa"),
    ("DLL", "Lain-lain"),
];

/// A select's options: a code with its meaning as the label (`4.1.1 - Hasil
/// Usaha Desa`, `2 - Pelaksanaan Pembangunan Desa`), the value as written;
/// other values as they are.
fn labelled(options: &[Value]) -> Value {
    use crate::content::{FINANCING_IN_CODES, FINANCING_OUT_CODES, REVENUE_CODES, SECTORS};
    let name = |value: &Value| -> Option<&'static str> {
        if let Some(n) = value.as_u64() {
            return SECTORS
                .iter()
                .find(|(c, _)| u64::from(*c) == n)
                .map(|(_, m)| *m);
        }
        let code = value.as_str()?;
        [
            REVENUE_CODES,
            FINANCING_IN_CODES,
            FINANCING_OUT_CODES,
            FUND_SOURCES,
        ]
        .iter()
        .flat_map(|table| table.iter())
        .find(|(c, _)| *c == code)
        .map(|(_, m)| *m)
    };
    let list = options
        .iter()
        .filter(|v| !v.is_null())
        .map(|value| match name(value) {
            Some(meaning) => {
                let shown = value
                    .as_str()
                    .map_or_else(|| value.to_string(), str::to_string);
                json!({"label": format!("{shown} - {meaning}"), "value": value})
            }
            None => value.clone(),
        });
    Value::Array(list.collect())
}

/// A number field, whole or decimal, with its range.
fn number(prop: &Value) -> Value {
    let value_type = if prop["type"] == "integer" {
        "int"
    } else {
        "float"
    };
    let mut field = json!({"widget": "number", "value_type": value_type});
    if value_type == "float" {
        field["step"] = 0.01.into();
    }
    for (from, to) in [("minimum", "min"), ("maximum", "max")] {
        if let Some(v) = prop.get(from) {
            field[to] = v.clone();
        }
    }
    field
}

/// A list: of lines (`persyaratan`), of pictures, or of objects (`tiket`,
/// `progres`, the budget's lines and their activities).
fn list(name: &str, prop: &Value, media: &Media) -> Value {
    let items = without_null(&prop["items"]);
    if let Some(Value::Array(subs)) = items.get("anyOf") {
        // A photo: a path, or `berkas:` with `keterangan:`; the form writes the second.
        if let Some(object) = subs.iter().find(|s| s["type"] == "object") {
            let mut fields = fields_of(object, media, &[]);
            for field in &mut fields {
                if field["name"] == "berkas" {
                    field["widget"] = "image".into();
                }
            }
            return json!({"widget": "list", "collapsed": false, "fields": fields,
                          "summary": "{{fields.berkas}}", "max": prop.get("maxItems")});
        }
    }
    if items["type"] == "object" {
        return json!({"widget": "list", "collapsed": false,
                      "fields": fields_of(&items, media, &[]),
                      "summary": summary_of(&items)});
    }
    // The item's widget is the list's: `formulir` lists files, `foto` pictures.
    let mut item = widget(name, &items, media);
    item["name"] = "item".into();
    item["label"] = prop["title"].clone();
    json!({"widget": "list", "field": item})
}

/// The list summary of an object item: its first text field.
fn summary_of(items: &Value) -> String {
    let first = [
        "nama", "jenis", "uraian", "kode", "jabatan", "tanggal", "label",
    ]
    .into_iter()
    .find(|f| !items["properties"][f].is_null())
    .unwrap_or("nama");
    format!("{{{{fields.{first}}}}}")
}

/// A value that is one thing or a list of them (`sumber_dana` of a project:
/// one code or several; `mengubah`: one slug or several).
fn one_or_many(name: &str, subs: &[Value], media: &Media) -> Value {
    let one = subs
        .iter()
        .find(|s| s["type"] != "array")
        .cloned()
        .unwrap_or_default();
    match one.get("enum") {
        Some(Value::Array(options)) => {
            json!({"widget": "select", "multiple": true, "options": labelled(options)})
        }
        _ => widget(name, &one, media),
    }
}
