use super::*;
use crate::content::{Category, DocKind, FundSource, InfoCategory, SECTORS, Status};

/// Every property schema under `value`, with its path.
fn properties<'a>(prefix: &str, value: &'a Value, out: &mut Vec<(String, &'a Value)>) {
    let Value::Object(map) = value else {
        return;
    };
    if let Some(Value::Object(props)) = map.get("properties") {
        for (name, sub) in props {
            let path = if prefix.is_empty() {
                name.clone()
            } else {
                format!("{prefix}.{name}")
            };
            out.push((path.clone(), sub));
            properties(&path, sub, out);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = map.get(key) {
            properties(prefix, sub, out);
        }
    }
    for key in ["anyOf", "oneOf"] {
        for sub in map.get(key).and_then(Value::as_array).into_iter().flatten() {
            properties(prefix, sub, out);
        }
    }
}

/// The closed list of the property at `path` of `kind`'s schema.
fn enum_at(kind: &str, path: &str) -> Vec<Value> {
    let schema = schema(super::kind(kind).unwrap());
    let mut props = Vec::new();
    properties("", &schema, &mut props);
    let (_, value) = props.into_iter().find(|(p, _)| p == path).unwrap();
    let mut found = Vec::new();
    collect_enum(value, &mut found);
    found.retain(|v| !v.is_null());
    found
}

fn collect_enum(value: &Value, out: &mut Vec<Value>) {
    if let Some(list) = value.get("enum").and_then(Value::as_array) {
        out.extend(list.iter().cloned());
    }
    for key in ["anyOf", "oneOf", "items"] {
        match value.get(key) {
            Some(Value::Array(subs)) => subs.iter().for_each(|s| collect_enum(s, out)),
            Some(sub @ Value::Object(_)) => collect_enum(sub, out),
            _ => {}
        }
    }
}

fn strings(list: &[&str]) -> Vec<Value> {
    list.iter().map(|s| Value::from(*s)).collect()
}

#[test]
fn every_kind_has_a_draft_2020_12_schema_with_an_indonesian_title() {
    let mut ids = std::collections::BTreeSet::new();
    for kind in kinds() {
        assert!(ids.insert(kind.id), "{} twice", kind.id);
        let schema = schema(kind);
        assert_eq!(
            schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
            "{}",
            kind.id
        );
        assert_eq!(schema["title"], kind.title);
        let ty = &schema["type"];
        assert!(ty == "object" || ty == "array", "{}: {ty}", kind.id);
    }
    assert_eq!(kinds().len(), 22);
}

#[test]
fn every_field_of_every_schema_has_a_title_and_a_description() {
    for kind in kinds() {
        let schema = schema(kind);
        let mut props = Vec::new();
        properties("", &schema, &mut props);
        assert!(!props.is_empty(), "{} has no fields", kind.id);
        for (path, value) in props {
            let title = value["title"].as_str().unwrap_or_default();
            let description = value["description"].as_str().unwrap_or_default();
            assert!(!title.is_empty(), "{}: {path} has no title", kind.id);
            assert!(
                !description.is_empty(),
                "{}: {path} has no description",
                kind.id
            );
        }
    }
}

#[test]
fn no_english_doc_comment_is_left_in_a_schema() {
    for kind in kinds() {
        let text = serde_json::to_string(&schema(kind)).unwrap();
        for english in [
            "Dana Desa.\"",
            "Draft budget",
            "A file.",
            "Nature.",
            "The raw",
        ] {
            assert!(!text.contains(english), "{}: {english}", kind.id);
        }
    }
}

#[test]
fn closed_lists_are_the_lists_in_code() {
    let keys = |list: Vec<&str>| strings(&list);
    assert_eq!(
        enum_at("apbdes", "status"),
        keys(
            [
                Status::Rancangan,
                Status::Penetapan,
                Status::Perubahan,
                Status::Realisasi
            ]
            .map(Status::key)
            .to_vec()
        )
    );
    let sources = [
        FundSource::Dds,
        FundSource::Add,
        FundSource::Pbh,
        FundSource::Pbp,
        FundSource::Pad,
        FundSource::Dll,
    ];
    let codes = keys(sources.map(FundSource::code).to_vec());
    assert_eq!(enum_at("apbdes", "belanja.kegiatan.sumber_dana"), codes);
    // A project's sumber_dana is one code or a list of them: both lists.
    let mut twice = codes.clone();
    twice.extend(codes.clone());
    assert_eq!(enum_at("pembangunan", "sumber_dana"), twice);
    let sectors: Vec<Value> = SECTORS.iter().map(|(n, _)| Value::from(*n)).collect();
    assert_eq!(enum_at("apbdes", "belanja.bidang"), sectors);
    assert_eq!(enum_at("pembangunan", "bidang"), sectors);
    let revenue: Vec<&str> = crate::content::REVENUE_CODES
        .iter()
        .map(|(c, _)| *c)
        .collect();
    assert_eq!(enum_at("apbdes", "pendapatan.kode"), strings(&revenue));
    let categories = [
        Category::Alam,
        Category::Budaya,
        Category::Sejarah,
        Category::Religi,
        Category::Kuliner,
        Category::Buatan,
        Category::DesaWisata,
    ];
    assert_eq!(
        enum_at("wisata", "kategori"),
        keys(categories.map(Category::key).to_vec())
    );
    let products: Vec<&str> = crate::content::produk::CATEGORIES
        .iter()
        .map(|(k, _)| *k)
        .collect();
    assert_eq!(enum_at("produk", "kategori"), strings(&products));
    let mut doc_kinds: Vec<Value> = keys(DocKind::ALL.map(DocKind::key).to_vec());
    let mut found = enum_at("dokumen", "jenis");
    doc_kinds.sort_by_key(Value::to_string);
    found.sort_by_key(Value::to_string);
    assert_eq!(found, doc_kinds);
    assert_eq!(
        enum_at("dokumen", "kategori"),
        keys(InfoCategory::ALL.map(InfoCategory::key).to_vec())
    );
    assert_eq!(enum_at("desa", "jenis"), strings(&["desa", "kelurahan"]));
}

#[test]
fn unknown_fields_are_refused_where_the_loader_refuses_them() {
    let desa = schema(kind("desa").unwrap());
    assert_eq!(desa["additionalProperties"], false);
    assert_eq!(desa["properties"]["kantor"]["additionalProperties"], false);
    let layanan = schema(kind("layanan").unwrap());
    assert_eq!(layanan["items"]["additionalProperties"], false);
    assert!(
        layanan["items"]["required"]
            .as_array()
            .unwrap()
            .contains(&Value::from("biaya"))
    );
    assert_eq!(layanan["items"]["properties"]["biaya"]["minimum"], 0);
}

#[test]
fn paths_name_their_kind() {
    let id = |rel: &str| kind_for_path(rel).map(|k| k.id);
    assert_eq!(id("site.yaml"), Some("site"));
    assert_eq!(id("site.en.yaml"), Some("site-terjemahan"));
    assert_eq!(id("kemiren/desa.yaml"), Some("desa"));
    assert_eq!(id("kemiren/layanan.en.yaml"), Some("layanan-terjemahan"));
    assert_eq!(id("kemiren/berita/panen-raya.md"), Some("berita"));
    assert_eq!(
        id("kemiren/berita/panen-raya.en.md"),
        Some("berita-terjemahan")
    );
    assert_eq!(id("kemiren/apbdes/2026.yaml"), Some("apbdes"));
    assert_eq!(id("kemiren/statistik/2025.yaml"), Some("statistik"));
    assert_eq!(id("kemiren/index.md"), Some("beranda"));
    assert_eq!(id("kemiren/berita/Panen Raya.md"), None);
    assert_eq!(id("kemiren/apbdes/2026.xlsx"), None);
    assert_eq!(id("kemiren/berkas/foto.jpg"), None);
    assert_eq!(id("../desa.yaml"), None);
    assert_eq!(kind("berita").unwrap().folder(), Some("berita"));
    assert_eq!(kind("desa").unwrap().folder(), None);
}

#[test]
fn the_modeline_points_from_the_file_to_skema() {
    assert_eq!(
        modeline(kind("site").unwrap()),
        "# yaml-language-server: $schema=../skema/site.schema.json"
    );
    assert_eq!(
        schema_path_for(kind("desa").unwrap()),
        "../../skema/desa.schema.json"
    );
    assert_eq!(
        schema_path_for(kind("berita-terjemahan").unwrap()),
        "../../../skema/berita-terjemahan.schema.json"
    );
}

#[test]
fn writing_the_schemas_twice_writes_nothing_the_second_time() {
    let dir = tempfile::tempdir().unwrap();
    let skema = dir.path().join("skema");
    assert_eq!(write_schemas(&skema).unwrap(), kinds().len());
    assert_eq!(write_schemas(&skema).unwrap(), 0);
    let text = std::fs::read_to_string(skema.join("layanan.schema.json")).unwrap();
    let value: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["title"], "Layanan desa");
    assert!(write_site_schemas(dir.path()).is_err(), "no content/ there");
}
