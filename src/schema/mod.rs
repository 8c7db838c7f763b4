//! The content model as JSON Schema (draft 2020-12), one schema per file kind,
//! derived from the serde types the loader reads (`schemars`), with Indonesian
//! titles and descriptions ([`teks`]) and the checks a schema can express (closed
//! lists, patterns, ranges); and, from the same schemas, the CMS's form
//! configuration ([`cms`]).
//!
//! `kampung schema` writes the schemas into `skema/` next to `content/` ([`write`]);
//! `kampung init` writes them too, and a `# yaml-language-server: $schema=...` line
//! at the top of each YAML file and front matter, which VS Code's YAML extension reads.

pub mod cms;
mod rules;
mod teks;
#[cfg(test)]
mod tests;
mod write;

use crate::content::schema_impls::files;
use serde_json::{Map, Value};

pub use write::{
    SCHEMA_DIR, modeline, schema_file_name, schema_path_for, write_schemas, write_site_schemas,
};

/// One kind of file the loader reads, and where it lives.
#[derive(Debug)]
pub struct FileKind {
    /// Short name, also the schema's file name (`layanan` -> `layanan.schema.json`).
    pub id: &'static str,
    /// Indonesian name of the kind, the schema's title.
    pub title: &'static str,
    /// Indonesian description, the schema's description.
    pub description: &'static str,
    /// Path relative to `content/`, with `{desa}` (the village folder), `{slug}`
    /// (a file name without its ending), `{tahun}` (a year) and `{bahasa}` (a
    /// language code of a translation): `{desa}/berita/{slug}.md`.
    pub path: &'static str,
    /// True for Markdown files: the schema is of the front matter.
    pub front_matter: bool,
    /// True for files inside a village's folder.
    pub per_village: bool,
    /// The kind this one translates (`berita` for `berita-terjemahan`).
    pub translation_of: Option<&'static str>,
    /// The schema as `schemars` derives it, before [`schema`] finishes it.
    derive: fn() -> Value,
}

impl FileKind {
    /// The folder of the kind's files inside a village (`berita`), if it has one.
    pub fn folder(&self) -> Option<&'static str> {
        let rest = self.path.strip_prefix("{desa}/")?;
        rest.split_once('/').map(|(folder, _)| folder)
    }
}

/// The schema generator's settings: draft 2020-12, subschemas inlined so that
/// each property's schema is where the property is (titles per property, and a
/// form per field for the CMS).
pub(crate) fn of<T: schemars::JsonSchema>() -> Value {
    let settings = schemars::generate::SchemaSettings::draft2020_12().with(|s| {
        s.inline_subschemas = true;
    });
    settings
        .into_generator()
        .into_root_schema_for::<T>()
        .to_value()
}

/// A kind of the table below.
macro_rules! kind {
    ($id:literal, $title:literal, $path:literal, $derive:path, $of:expr, $desc:literal) => {
        FileKind {
            id: $id,
            title: $title,
            description: $desc,
            path: $path,
            front_matter: $path.as_bytes()[$path.len() - 1] == b'd',
            per_village: $path.as_bytes()[0] == b'{',
            translation_of: $of,
            derive: $derive,
        }
    };
}

static KINDS: &[FileKind] = &[
    kind!(
        "site",
        "Pengaturan situs",
        "site.yaml",
        files::site_schema,
        None,
        "Pengaturan seluruh situs (content/site.yaml): judul portal, alamat situs, bahasa, kabupaten."
    ),
    kind!(
        "site-terjemahan",
        "Terjemahan pengaturan situs",
        "site.{bahasa}.yaml",
        files::site_translation_schema,
        Some("site"),
        "Judul dan deskripsi portal dalam bahasa lain (content/site.en.yaml)."
    ),
    kind!(
        "desa",
        "Profil desa",
        "{desa}/desa.yaml",
        files::profile_schema,
        None,
        "Profil desa atau kelurahan: nama, kode wilayah, kecamatan, kepala desa, perangkat, kantor, lokasi, penduduk."
    ),
    kind!(
        "desa-terjemahan",
        "Terjemahan profil desa",
        "{desa}/desa.{bahasa}.yaml",
        files::profile_translation_schema,
        Some("desa"),
        "Teks profil desa dalam bahasa lain: slogan, jabatan, alamat dan jam layanan kantor."
    ),
    kind!(
        "beranda",
        "Beranda desa",
        "{desa}/index.md",
        files::home_schema,
        None,
        "Halaman depan desa (index.md). Bagian atas (front matter) boleh berisi judul saja."
    ),
    kind!(
        "beranda-terjemahan",
        "Terjemahan beranda desa",
        "{desa}/index.{bahasa}.md",
        files::translation_schema,
        Some("beranda"),
        "Halaman depan desa dalam bahasa lain."
    ),
    kind!(
        "layanan",
        "Layanan desa",
        "{desa}/layanan.yaml",
        files::catalogue_schema,
        None,
        "Daftar layanan publik kantor desa: satu butir per layanan, dengan persyaratan, prosedur, waktu dan biaya."
    ),
    kind!(
        "layanan-terjemahan",
        "Terjemahan layanan desa",
        "{desa}/layanan.{bahasa}.yaml",
        files::catalogue_translation_schema,
        Some("layanan"),
        "Teks layanan dalam bahasa lain, per id layanan."
    ),
    kind!(
        "berita",
        "Berita dan pengumuman",
        "{desa}/berita/{slug}.md",
        files::news_schema,
        None,
        "Satu berita atau pengumuman desa (berita/<nama>.md). Nama berkas menjadi alamat halamannya."
    ),
    kind!(
        "berita-terjemahan",
        "Terjemahan berita",
        "{desa}/berita/{slug}.{bahasa}.md",
        files::translation_schema,
        Some("berita"),
        "Satu berita dalam bahasa lain."
    ),
    kind!(
        "halaman",
        "Halaman desa",
        "{desa}/halaman/{slug}.md",
        files::page_schema,
        None,
        "Halaman tetap desa, misalnya profil, sejarah atau potensi (halaman/<nama>.md)."
    ),
    kind!(
        "halaman-terjemahan",
        "Terjemahan halaman",
        "{desa}/halaman/{slug}.{bahasa}.md",
        files::translation_schema,
        Some("halaman"),
        "Satu halaman dalam bahasa lain."
    ),
    kind!(
        "wisata",
        "Tempat wisata",
        "{desa}/wisata/{slug}.md",
        files::destination_schema,
        None,
        "Satu tempat wisata desa (wisata/<nama>.md): kategori, lokasi, tiket, fasilitas, foto."
    ),
    kind!(
        "wisata-terjemahan",
        "Terjemahan tempat wisata",
        "{desa}/wisata/{slug}.{bahasa}.md",
        files::destination_translation_schema,
        Some("wisata"),
        "Satu tempat wisata dalam bahasa lain."
    ),
    kind!(
        "produk",
        "Produk desa",
        "{desa}/produk/{slug}.md",
        files::product_schema,
        None,
        "Satu produk warga, UMKM, BUMDes atau kelompok (produk/<nama>.md): harga, pelapak, nomor WhatsApp, foto."
    ),
    kind!(
        "produk-terjemahan",
        "Terjemahan produk",
        "{desa}/produk/{slug}.{bahasa}.md",
        files::product_translation_schema,
        Some("produk"),
        "Satu produk dalam bahasa lain."
    ),
    kind!(
        "pembangunan",
        "Pembangunan desa",
        "{desa}/pembangunan/{slug}.md",
        files::project_schema,
        None,
        "Satu kegiatan pembangunan desa (pembangunan/<nama>.md): bidang, lokasi, anggaran, sumber dana, progres."
    ),
    kind!(
        "pembangunan-terjemahan",
        "Terjemahan pembangunan",
        "{desa}/pembangunan/{slug}.{bahasa}.md",
        files::project_translation_schema,
        Some("pembangunan"),
        "Satu kegiatan pembangunan dalam bahasa lain."
    ),
    kind!(
        "dokumen",
        "Dokumen dan produk hukum",
        "{desa}/dokumen/{slug}.md",
        files::dokumen_schema,
        None,
        "Satu dokumen informasi publik atau produk hukum desa (dokumen/<nama>.md)."
    ),
    kind!(
        "dokumen-terjemahan",
        "Terjemahan dokumen",
        "{desa}/dokumen/{slug}.{bahasa}.md",
        files::translation_schema,
        Some("dokumen"),
        "Satu dokumen dalam bahasa lain."
    ),
    kind!(
        "apbdes",
        "APBDes",
        "{desa}/apbdes/{tahun}.yaml",
        files::budget_schema,
        None,
        "Anggaran Pendapatan dan Belanja Desa satu tahun (apbdes/<tahun>.yaml): pendapatan, belanja per bidang, pembiayaan."
    ),
    kind!(
        "statistik",
        "Statistik penduduk",
        "{desa}/statistik/{tahun}.yaml",
        files::statistics_schema,
        None,
        "Statistik penduduk desa satu tahun (statistik/<tahun>.yaml): jumlah penduduk dan tabel per kategori."
    ),
];

/// Every file kind the loader knows, in the order of the CMS's collections.
pub fn kinds() -> &'static [FileKind] {
    KINDS
}

/// The kind whose id is `id`.
pub fn kind(id: &str) -> Option<&'static FileKind> {
    KINDS.iter().find(|k| k.id == id)
}

/// The kind of the file at `rel`, a path relative to `content/` with `/`
/// separators (`kemiren/berita/panen-raya.en.md` -> `berita-terjemahan`), if
/// the loader reads such a file. Names are judged as the loader judges them:
/// slugs, four-digit years, two- or three-letter language codes.
pub fn kind_for_path(rel: &str) -> Option<&'static FileKind> {
    KINDS.iter().find(|k| path_matches(k.path, rel))
}

/// True if `rel` is a path of the shape `pattern` (a [`FileKind::path`]).
fn path_matches(pattern: &str, rel: &str) -> bool {
    let (want, have): (Vec<&str>, Vec<&str>) =
        (pattern.split('/').collect(), rel.split('/').collect());
    want.len() == have.len()
        && want.iter().zip(&have).all(|(w, h)| {
            let (ws, hs): (Vec<&str>, Vec<&str>) = (w.split('.').collect(), h.split('.').collect());
            ws.len() == hs.len() && ws.iter().zip(&hs).all(|(w, h)| part_matches(w, h))
        })
}

/// One dot-separated part of a name against one part of a pattern.
fn part_matches(want: &str, have: &str) -> bool {
    match want {
        "{desa}" => !have.is_empty() && !have.starts_with('.') && have != "berkas",
        "{slug}" => crate::content::is_slug(have),
        "{tahun}" => have.len() == 4 && have.bytes().all(|b| b.is_ascii_digit()),
        "{bahasa}" => crate::config::is_language_code(have),
        literal => literal == have,
    }
}

/// The JSON Schema (draft 2020-12) of `kind`'s files (of their front matter
/// for Markdown files), with Indonesian titles and descriptions.
pub fn schema(kind: &FileKind) -> Value {
    let mut value = (kind.derive)();
    finish(kind.id, "", &mut value);
    if let Value::Object(map) = &mut value {
        rules::add(kind.id, map);
        map.insert("title".into(), kind.title.into());
        map.insert("description".into(), kind.description.into());
        let id = format!("https://kampung.desa.id/skema/{}", schema_file_name(kind));
        map.insert("$id".into(), id.into());
    }
    value
}

/// Finishes the schema at `path` (property names joined with `.`) of `kind`:
/// English texts from the doc comments out, Indonesian titles and descriptions
/// in, closed lists written as `enum`, and the lists only the loader knows by
/// path (`teks::extra`). The items of lists and maps take their property's text.
fn finish(kind: &str, path: &str, value: &mut Value) {
    let Value::Object(map) = value else {
        return;
    };
    map.remove("title");
    map.remove("description");
    one_of_consts_to_enum(map);
    teks::extra(kind, path, map);
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        for (name, sub) in props.iter_mut() {
            let sub_path = if path.is_empty() {
                name.clone()
            } else {
                format!("{path}.{name}")
            };
            finish(kind, &sub_path, sub);
            if let (Value::Object(sub), Some((title, desc))) = (sub, teks::field(kind, &sub_path)) {
                sub.insert("title".into(), title.into());
                sub.insert("description".into(), desc.into());
            }
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = map.get_mut(key) {
            finish(kind, path, sub);
        }
    }
    for key in ["anyOf", "oneOf", "allOf"] {
        if let Some(Value::Array(subs)) = map.get_mut(key) {
            for sub in subs {
                finish(kind, path, sub);
            }
        }
    }
}

/// `oneOf: [{const: a}, {const: b}]` (an enum whose variants have doc
/// comments) as `enum: [a, b]`, which editors and forms offer as a list.
fn one_of_consts_to_enum(map: &mut Map<String, Value>) {
    let Some(Value::Array(subs)) = map.get("oneOf") else {
        return;
    };
    let consts: Option<Vec<Value>> = subs.iter().map(|s| s.get("const").cloned()).collect();
    let Some(consts) = consts else {
        return;
    };
    let ty = if consts.iter().all(Value::is_string) {
        "string"
    } else {
        "integer"
    };
    map.remove("oneOf");
    map.insert("type".into(), ty.into());
    map.insert("enum".into(), Value::Array(consts));
}
