//! The configuration of Decap CMS 3.x (`/admin/config.yml`), generated from the
//! same schemas as `kampung schema`, so that the forms cannot drift from what
//! `check` accepts: one collection per file kind per village (a regency portal
//! gets a group of collections per village, "Desa Kemiren - Layanan"; Decap has
//! no village picker that can change a collection's folder), Indonesian labels
//! and hints from the schemas' titles and descriptions, required fields, closed
//! lists as selects, patterns with an Indonesian message, photos and files into
//! the village's `berkas/`, and translations as Decap's i18n `multiple_files`
//! structure, which is kampung's own naming (`<slug>.<bahasa>.md`).
//!
//! What the forms leave out, and why: `statistik/` (a map keyed by category,
//! which no Decap widget edits; spreadsheets are the way for statistics),
//! translations of nested fields (`lokasi.alamat`, `tiket[].jenis`: Decap
//! translates a list or an object as a whole, and a translation may not repeat
//! the facts inside it), and `layanan.<bahasa>.yaml` (a list matched by `id`).

use super::{FileKind, kind, schema};
use crate::content::{Site, Village};
use serde_json::{Map, Value, json};

/// Where the CMS reads and writes the files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// `kampung serve --admin`: Decap's local backend, whose proxy protocol
    /// kampung's own server answers at `/api/v1` (every write path-checked
    /// there); `local_backend` as Decap documents it, with the `proxy` backend
    /// for hosts other than localhost.
    Local,
    /// The live site: Decap's GitHub backend on `repo` (`owner/name`) and `branch`.
    GitHub {
        /// `owner/name` of the site's repository.
        repo: String,
        /// The branch the site is published from.
        branch: String,
    },
}

/// The URL path of kampung's answer to Decap's proxy protocol.
pub const PROXY_PATH: &str = "/api/v1";

/// The date format of kampung's dates (`content::Date`, `2026-08-17`), in
/// Day.js tokens, as the datetime widget stores it.
pub const DATE_FORMAT: &str = "YYYY-MM-DD";

/// The kinds with a form, in the order of the CMS's collections per village.
const VILLAGE_KINDS: &[&str] = &[
    "desa",
    "beranda",
    "layanan",
    "berita",
    "halaman",
    "wisata",
    "produk",
    "pembangunan",
    "dokumen",
    "apbdes",
];

/// Decap CMS's `config.yml` for `site`.
pub fn decap_config(site: &Site, backend: Backend) -> String {
    let languages = &site.config.languages;
    let mut config = Map::new();
    config.insert("backend".into(), backend_config(&backend));
    if backend == Backend::Local {
        config.insert("local_backend".into(), json!({"url": PROXY_PATH}));
    }
    config.insert("locale".into(), "id".into());
    if let Some(url) = &site.config.base_url {
        config.insert("site_url".into(), url.as_str().into());
    }
    config.insert("media_folder".into(), "content/berkas".into());
    config.insert("public_folder".into(), "berkas".into());
    config.insert(
        "slug".into(),
        json!({"encoding": "ascii", "clean_accents": true, "sanitize_replacement": "-"}),
    );
    if languages.len() > 1 {
        config.insert(
            "i18n".into(),
            json!({"structure": "multiple_files", "locales": languages,
                   "default_locale": languages[0]}),
        );
    }
    let mut collections = vec![site_collection(languages.len() > 1)];
    for village in &site.villages {
        for id in VILLAGE_KINDS {
            if let Some(kind) = kind(id) {
                collections.push(village_collection(village, kind, languages.len() > 1));
            }
        }
    }
    config.insert("collections".into(), Value::Array(collections));
    let mut config = Value::Object(config);
    drop_nulls(&mut config);
    let yaml = serde_norway::to_string(&config).unwrap_or_default();
    format!(
        "# Dibuat oleh kampung dari skema isian (src/schema/cms.rs); jangan diubah di sini.\n{yaml}"
    )
}

/// Leaves out the options a schema had no value for (`max` of an unbounded list).
fn drop_nulls(value: &mut Value) {
    match value {
        Value::Object(map) => {
            map.retain(|_, v| !v.is_null());
            map.values_mut().for_each(drop_nulls);
        }
        Value::Array(list) => list.iter_mut().for_each(drop_nulls),
        _ => {}
    }
}

/// The `backend:` section.
fn backend_config(backend: &Backend) -> Value {
    match backend {
        Backend::Local => json!({"name": "proxy", "proxy_url": PROXY_PATH, "branch": "main"}),
        Backend::GitHub { repo, branch } => {
            json!({"name": "github", "repo": repo, "branch": branch})
        }
    }
}

/// site.yaml, a `files` collection of one file.
fn site_collection(i18n: bool) -> Value {
    let site = kind("site").map(schema).unwrap_or_default();
    let translatable = translatable_fields("site-terjemahan");
    let mut file = json!({
        "name": "site",
        "label": "Pengaturan situs",
        "file": "content/site.yaml",
        "fields": fields_of(&site, &Media::Portal, &translatable),
    });
    if i18n {
        file["i18n"] = true.into();
    }
    let mut collection = json!({
        "name": "situs",
        "label": "Situs - Pengaturan",
        "editor": {"preview": false},
        "files": [file],
    });
    if i18n {
        collection["i18n"] = true.into();
    }
    collection
}

/// Where a form's pictures and files go.
enum Media {
    /// content/berkas/, the portal's.
    Portal,
    /// The village's berkas/ (a collection's own media_folder).
    Village,
}

/// The collection of `kind` for `village`.
fn village_collection(village: &Village, kind: &FileKind, i18n: bool) -> Value {
    let slug = &village.slug;
    let label = format!(
        "{} {} - {}",
        village_word(village),
        village.profile.name,
        kind.title
    );
    let value = schema(kind);
    let translatable = match kind.id {
        // A translation of services is matched by `id`, not by file: by hand.
        "layanan" => Vec::new(),
        id => translatable_fields(&format!("{id}-terjemahan")),
    };
    let i18n = i18n && !translatable.is_empty();
    let mut fields = fields_of(&value, &Media::Village, &translatable);
    if kind.front_matter {
        let mut body = json!({"name": "body", "label": "Isi", "widget": "markdown",
            "required": false, "hint": "Isi halaman, dalam Markdown."});
        if i18n {
            body["i18n"] = true.into();
        }
        fields.push(body);
    }
    let name = format!("{slug}-{}", kind.id);
    let rel = kind.path.replace("{desa}", slug);
    let mut collection = match kind.folder() {
        Some(folder) => {
            let identifier = identifier_field(&value);
            let extension = if kind.front_matter { "md" } else { "yaml" };
            json!({
                "name": name,
                "label": label,
                "label_singular": kind.title,
                "folder": format!("content/{slug}/{folder}"),
                "create": true,
                "extension": extension,
                "format": if kind.front_matter { "frontmatter" } else { "yaml" },
                "identifier_field": identifier,
                "slug": format!("{{{{{identifier}}}}}"),
                "summary": format!("{{{{{identifier}}}}}"),
                "fields": fields,
            })
        }
        None if kind.id == "layanan" => services_collection(&name, &label, &rel, fields),
        None => json!({
            "name": name,
            "label": label,
            "files": [{"name": kind.id, "label": kind.title, "file": format!("content/{rel}"),
                       "fields": fields, "i18n": i18n}],
        }),
    };
    collection["media_folder"] = format!("/content/{slug}/berkas").into();
    collection["public_folder"] = "berkas".into();
    collection["description"] = kind.description.into();
    if i18n {
        collection["i18n"] = true.into();
    }
    collection
}

/// "Desa" or "Kelurahan".
fn village_word(village: &Village) -> &'static str {
    match village.profile.kind {
        crate::content::VillageKind::Desa => "Desa",
        crate::content::VillageKind::Kelurahan => "Kelurahan",
    }
}

/// layanan.yaml: a `files` collection whose one file holds the list of
/// services, one list item per service. Decap edits no list at a file's top
/// (decap-cms#531), so the list is the field `layanan`: kampung's local
/// backend hands the file over as `{layanan: [...]}` and writes the list back.
fn services_collection(name: &str, label: &str, rel: &str, item_fields: Vec<Value>) -> Value {
    json!({
        "name": name,
        "label": label,
        "files": [{
            "name": "layanan",
            "label": "Daftar layanan",
            "file": format!("content/{rel}"),
            "fields": [{
                "name": "layanan",
                "label": "Layanan",
                "label_singular": "layanan",
                "widget": "list",
                "summary": "{{fields.nama}}",
                "hint": "Satu butir per layanan kantor desa.",
                "fields": item_fields,
            }],
        }],
    })
}

/// The field an entry's file is named after: `judul` or `nama` (`tahun` for a budget).
fn identifier_field(schema: &Value) -> &'static str {
    let props = &schema["properties"];
    ["judul", "nama", "tahun"]
        .into_iter()
        .find(|f| !props[f].is_null())
        .unwrap_or("judul")
}

/// The top-level text fields a translation of the kind sets.
fn translatable_fields(translation: &str) -> Vec<String> {
    let Some(kind) = kind(translation) else {
        return Vec::new();
    };
    let schema = schema(kind);
    let Some(props) = schema["properties"].as_object() else {
        return Vec::new();
    };
    props
        .iter()
        .filter(|(_, p)| simple_type(p) == Some("string"))
        .map(|(name, _)| name.clone())
        .collect()
}

/// The widgets of an object schema's properties, in the schema's order.
fn fields_of(object: &Value, media: &Media, translatable: &[String]) -> Vec<Value> {
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
const FORM_ORDER: &[&str] = &[
    "id",
    "judul",
    "nama",
    "jenis",
    "kategori",
    "kode",
    "bidang",
    "tahun",
    "status",
    "per",
    "tanggal",
    "urutan",
    "kecamatan",
    "slogan",
    "ringkasan",
    "deskripsi",
    "uraian",
    "label",
    "kepala",
    "perangkat",
    "jabatan",
    "kantor",
    "alamat",
    "jam_layanan",
    "telepon",
    "whatsapp",
    "email",
    "situs",
    "lat",
    "lon",
    "lokasi",
    "penduduk",
    "jumlah",
    "jumlah_penduduk",
    "laki_laki",
    "perempuan",
    "kk",
    "luas_km2",
    "ppid",
    "base_url",
    "logo",
    "persyaratan",
    "prosedur",
    "waktu",
    "biaya",
    "harga",
    "harga_mulai",
    "satuan",
    "pelapak",
    "usaha",
    "produk",
    "tempat",
    "jam",
    "jam_buka",
    "tiket",
    "parkir",
    "fasilitas",
    "pengelola",
    "kontak",
    "akses",
    "musim_terbaik",
    "volume",
    "sumber_dana",
    "anggaran",
    "realisasi",
    "pelaksana",
    "mulai",
    "selesai",
    "manfaat",
    "kegiatan",
    "progres",
    "persen",
    "pendapatan",
    "belanja",
    "pembiayaan",
    "penerimaan",
    "pengeluaran",
    "penerimaan_pembiayaan",
    "pengeluaran_pembiayaan",
    "surplus_defisit",
    "pembiayaan_netto",
    "silpa",
    "sumber",
    "perdes",
    "gambar",
    "keterangan_gambar",
    "foto",
    "berkas",
    "keterangan",
    "dasar_hukum",
    "pengaduan",
    "formulir",
    "daring",
    "catatan",
    "diperbarui",
    "penanggung_jawab",
    "pejabat",
    "bentuk",
    "retensi",
    "alasan",
    "berlaku_sampai",
    "nomor",
    "ditetapkan",
    "diundangkan",
    "lembaran",
    "mengubah",
    "mencabut",
    "diubah_oleh",
    "dicabut_oleh",
    "tersedia",
    "unggulan",
    "draf",
];

/// Where the field `name` goes in a form: by [`FORM_ORDER`], unknown names
/// after the known ones, by name.
fn form_position(name: &str) -> (usize, String) {
    let at = FORM_ORDER
        .iter()
        .position(|n| *n == name)
        .unwrap_or(FORM_ORDER.len());
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
fn simple_type(prop: &Value) -> Option<&'static str> {
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
    if let Some(options) = prop.get("enum") {
        return json!({"widget": "select", "options": options});
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
        Some(options) => json!({"widget": "select", "multiple": true, "options": options}),
        None => widget(name, &one, media),
    }
}

#[cfg(test)]
mod tests;
