use super::*;
use crate::content::LoadOptions;
use crate::diagnostic::Report;
use std::path::Path;

/// The repository's sample site, loaded.
fn sample() -> Site {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let file = Path::new("content/site.yaml");
    let text = std::fs::read_to_string(root.join(file)).unwrap();
    let mut report = Report::new();
    let config = crate::config::parse(file, &text, &mut report).unwrap();
    crate::content::load_site(root, config, &LoadOptions::default(), &mut report).unwrap()
}

fn config_of(site: &Site, backend: Backend) -> Value {
    let text = decap_config(site, backend);
    serde_norway::from_str(&text).unwrap_or_else(|e| panic!("not YAML: {e}\n{text}"))
}

/// Every field widget under `fields`, with its path.
fn widgets<'a>(prefix: &str, fields: &'a Value, out: &mut Vec<(String, &'a Value)>) {
    for field in fields.as_array().into_iter().flatten() {
        let path = format!("{prefix}{}", field["name"].as_str().unwrap_or_default());
        out.push((path.clone(), field));
        widgets(&format!("{path}."), &field["fields"], out);
        if field["field"].is_object() {
            out.push((format!("{path}.item"), &field["field"]));
        }
    }
}

#[test]
fn the_config_is_yaml_with_a_collection_per_kind_and_village() {
    let site = sample();
    let config = config_of(&site, Backend::Local);
    assert_eq!(config["backend"]["name"], "proxy");
    assert_eq!(config["local_backend"]["url"], PROXY_PATH);
    let collections = config["collections"].as_array().unwrap();
    assert_eq!(
        collections.len(),
        1 + site.villages.len() * VILLAGE_KINDS.len()
    );
    let kemiren = site.villages.iter().find(|v| v.slug == "kemiren").unwrap();
    let layanan = collections
        .iter()
        .find(|c| c["name"] == "kemiren-layanan")
        .unwrap();
    assert_eq!(
        layanan["label"],
        format!("Desa {} - Layanan desa", kemiren.profile.name)
    );
    assert_eq!(layanan["files"][0]["file"], "content/kemiren/layanan.yaml");
    assert_eq!(layanan["files"][0]["fields"][0]["widget"], "list");
    assert_eq!(layanan["media_folder"], "/content/kemiren/berkas");
    assert_eq!(layanan["public_folder"], "berkas");
    let names: Vec<&str> = collections
        .iter()
        .map(|c| c["name"].as_str().unwrap())
        .collect();
    let unique: std::collections::BTreeSet<&&str> = names.iter().collect();
    assert_eq!(unique.len(), names.len(), "collection names are unique");

    let github = Backend::GitHub(crate::config::FormsConfig {
        repo: "desa/situs".into(),
        branch: "main".into(),
        auth_url: crate::config::NETLIFY_AUTH.into(),
        auth_site: Some("formulir-desa.netlify.app".into()),
    });
    let live = config_of(&site, github);
    assert_eq!(live["backend"]["name"], "github");
    assert_eq!(live["backend"]["repo"], "desa/situs");
    assert_eq!(live["backend"]["base_url"], "https://api.netlify.com");
    assert_eq!(live["backend"]["site_domain"], "formulir-desa.netlify.app");
    assert!(live.get("local_backend").is_none());
}

#[test]
fn every_folder_collection_names_a_folder_of_the_sample() {
    let site = sample();
    let config = config_of(&site, Backend::Local);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut folders = 0;
    for collection in config["collections"].as_array().unwrap() {
        if let Some(folder) = collection["folder"].as_str() {
            let village = folder.split('/').nth(1).unwrap();
            let dir = root.join(folder);
            // A village without news has no berita/ yet: its village folder exists.
            assert!(root.join("content").join(village).is_dir(), "{folder}");
            folders += usize::from(dir.is_dir());
        }
        for file in collection["files"].as_array().into_iter().flatten() {
            let file = file["file"].as_str().unwrap();
            // A translation's form may be the first to write its file.
            let translation = file.rsplit('/').next().unwrap().split('.').count() == 3;
            let is_optional =
                file.ends_with("index.md") || file.ends_with("layanan.yaml") || translation;
            assert!(is_optional || root.join(file).is_file(), "{file}");
        }
    }
    assert!(folders >= 15, "only {folders} folders exist");
    let berita = collection(&config, "kemiren-berita");
    assert!(root.join(berita["folder"].as_str().unwrap()).is_dir());
}

#[test]
fn every_required_field_of_a_schema_is_required_in_its_form() {
    let site = sample();
    let config = config_of(&site, Backend::Local);
    for id in VILLAGE_KINDS {
        let kind = kind(id).unwrap();
        let value = schema(kind);
        let object = value.get("items").unwrap_or(&value);
        let required: Vec<&str> = object["required"]
            .as_array()
            .map(|r| r.iter().filter_map(Value::as_str).collect())
            .unwrap_or_default();
        let collection = collection(&config, &format!("kemiren-{id}"));
        let fields = match *id {
            "layanan" => &collection["files"][0]["fields"][0]["fields"],
            _ if collection["files"].is_array() => &collection["files"][0]["fields"],
            _ => &collection["fields"],
        };
        let mut found = Vec::new();
        widgets("", fields, &mut found);
        for name in &required {
            let (_, field) = found
                .iter()
                .find(|(p, _)| p == name)
                .unwrap_or_else(|| panic!("{id}: no field {name}"));
            assert_eq!(field["required"], true, "{id}: {name}");
        }
        for (path, field) in &found {
            let is_item = path.ends_with(".item");
            assert!(
                is_item || field["label"].as_str().is_some_and(|l| !l.is_empty()),
                "{id}: {path} has no label"
            );
        }
    }
}

#[test]
fn closed_lists_dates_patterns_and_pictures_get_their_widgets() {
    let site = sample();
    let config = config_of(&site, Backend::Local);
    let collection = |name: &str| collection(&config, name).clone();
    let mut found = Vec::new();
    let wisata = collection("kemiren-wisata");
    widgets("", &wisata["fields"], &mut found);
    let field = |path: &str| {
        found
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, f)| (*f).clone())
            .unwrap_or_else(|| panic!("no {path}"))
    };
    assert_eq!(field("kategori")["widget"], "select");
    assert_eq!(field("kategori")["options"][6], "desa-wisata");
    assert_eq!(field("foto")["widget"], "list");
    assert_eq!(field("foto.berkas")["widget"], "image");
    assert_eq!(field("tiket.harga")["widget"], "number");
    assert_eq!(field("tiket.harga")["min"], 0);
    assert_eq!(
        field("kontak.whatsapp")["pattern"][1],
        "Tulis nomor HP, misalnya 0812-3456-7890."
    );
    assert_eq!(field("body")["widget"], "markdown");
    assert_eq!(wisata["folder"], "content/kemiren/wisata");
    assert_eq!(wisata["slug"], "{{slug}}");
    assert_eq!(wisata["identifier_field"], "nama");

    let mut found = Vec::new();
    let berita = collection("kemiren-berita");
    widgets("", &berita["fields"], &mut found);
    let tanggal = found.iter().find(|(p, _)| p == "tanggal").unwrap().1;
    assert_eq!(tanggal["widget"], "datetime");
    assert_eq!(tanggal["date_format"], DATE_FORMAT);
    assert_eq!(tanggal["time_format"], false);
    assert_eq!(
        found.iter().find(|(p, _)| p == "gambar").unwrap().1["widget"],
        "image"
    );

    let mut found = Vec::new();
    let apbdes = collection("kemiren-apbdes");
    widgets("", &apbdes["fields"], &mut found);
    let kegiatan = found
        .iter()
        .find(|(p, _)| p == "belanja.kegiatan.sumber_dana")
        .unwrap()
        .1;
    assert_eq!(kegiatan["widget"], "select");
    let bidang = found.iter().find(|(p, _)| p == "belanja.bidang").unwrap().1;
    assert_eq!(bidang["options"].as_array().unwrap().len(), 5);
    assert_eq!(bidang["options"][1]["value"], 2);
    assert_eq!(
        bidang["options"][1]["label"],
        "2 - Pelaksanaan Pembangunan Desa"
    );
    assert_eq!(kegiatan["options"][0]["value"], "DDS");
    assert_eq!(kegiatan["options"][0]["label"], "DDS - Dana Desa");
    assert_eq!(apbdes["extension"], "yaml");
    assert_eq!(apbdes["slug"], "{{tahun}}");
}

#[test]
fn translations_are_decap_multiple_files_of_the_fields_a_translation_may_set() {
    let site = sample();
    assert!(
        site.config.languages.len() > 1,
        "the sample has translations"
    );
    let config = config_of(&site, Backend::Local);
    assert_eq!(config["i18n"]["structure"], "multiple_files");
    assert_eq!(config["i18n"]["default_locale"], site.config.languages[0]);
    let berita = collection(&config, "kemiren-berita");
    assert_eq!(berita["i18n"], true);
    let fields = berita["fields"].as_array().unwrap();
    let i18n = |name: &str| fields.iter().find(|f| f["name"] == name).unwrap()["i18n"].clone();
    assert_eq!(i18n("judul"), true);
    assert_eq!(i18n("body"), true);
    // Facts stay in the default language's file: a translation may not set them.
    assert!(i18n("tanggal").is_null());
    assert!(i18n("gambar").is_null());
}

#[test]
#[ignore = "prints the sample's config: cargo test --lib print_sample_config -- --ignored --nocapture"]
fn print_sample_config() {
    println!("{}", decap_config(&sample(), Backend::Local));
}

#[test]
fn every_field_of_the_model_has_a_place_in_the_forms() {
    for kind in kinds_with_forms() {
        let mut props = Vec::new();
        names(&schema(kind), &mut props);
        for name in props {
            let table = crate::content::statistik::category(&name).is_some();
            assert!(
                FORM_ORDER.contains(&name.as_str()) || table,
                "{}: {name}",
                kind.id
            );
        }
    }
}

fn kinds_with_forms() -> Vec<&'static FileKind> {
    VILLAGE_KINDS.iter().filter_map(|id| kind(id)).collect()
}

fn names(value: &Value, out: &mut Vec<String>) {
    if let Some(props) = value.get("properties").and_then(Value::as_object) {
        for (name, sub) in props {
            out.push(name.clone());
            names(sub, out);
        }
    }
    for key in ["items", "additionalProperties"] {
        if let Some(sub) = value.get(key) {
            names(sub, out);
        }
    }
    for sub in value
        .get("anyOf")
        .and_then(Value::as_array)
        .into_iter()
        .flatten()
    {
        names(sub, out);
    }
}

#[test]
fn one_village_config_holds_only_that_village() {
    let site = sample();
    let text = decap_config_for_village(&site, Backend::Local, "kemiren").unwrap();
    let config: Value = serde_norway::from_str(&text).unwrap();
    let collections = config["collections"].as_array().unwrap();
    assert_eq!(collections.len(), 1 + VILLAGE_KINDS.len());
    assert!(
        collections
            .iter()
            .skip(1)
            .all(|c| c["name"].as_str().unwrap().starts_with("kemiren-"))
    );
    assert!(decap_config_for_village(&site, Backend::Local, "tidak-ada").is_none());
    let all = decap_config(&site, Backend::Local);
    println!(
        "config.yml: {} bytes for {} villages, {} for one",
        all.len(),
        site.villages.len(),
        text.len()
    );
}

/// The collection `name` of a Decap configuration.
fn collection<'a>(config: &'a Value, name: &str) -> &'a Value {
    config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no collection {name}"))
}

#[test]
fn a_statistics_year_is_a_form_of_tables_named_after_the_year_of_its_date() {
    let config = config_of(&sample(), Backend::Local);
    let statistik = collection(&config, "kemiren-statistik");
    assert_eq!(statistik["folder"], "content/kemiren/statistik");
    assert_eq!(statistik["slug"], "{{per | date('YYYY')}}");
    assert_eq!(statistik["identifier_field"], "per");
    let fields = statistik["fields"].as_array().unwrap();
    let kategori = fields.iter().find(|f| f["name"] == "kategori").unwrap();
    let tables: Vec<&str> = kategori["fields"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    let order: Vec<&str> = crate::content::statistik::CATEGORIES
        .iter()
        .map(|c| c.slug)
        .collect();
    assert_eq!(
        tables, order,
        "every category, in the order pages show them"
    );
    let agama = &kategori["fields"][order.iter().position(|s| *s == "agama").unwrap()];
    assert_eq!(agama["widget"], "list");
    let label = &agama["fields"][0];
    assert_eq!(name_and_widget(label), ("label", "select"));
    let options = label["options"].as_array().unwrap();
    assert_eq!(options.first(), Some(&json!("ISLAM")));
    assert_eq!(options.last(), Some(&json!("BELUM MENGISI")));
    let suku = &kategori["fields"][order.iter().position(|s| *s == "suku-etnis").unwrap()];
    assert_eq!(
        suku["fields"][0]["widget"], "string",
        "a category without an official list takes any label"
    );
}

#[test]
fn one_file_kinds_have_a_form_per_translation_and_services_are_picked_by_id() {
    let site = sample();
    let config = config_of(&site, Backend::Local);
    let files = |name: &str| -> Vec<(String, String)> {
        collection(&config, name)["files"]
            .as_array()
            .unwrap()
            .iter()
            .map(|f| {
                (
                    f["name"].as_str().unwrap().into(),
                    f["file"].as_str().unwrap().into(),
                )
            })
            .collect()
    };
    let pair = |a: &str, b: &str| (a.to_string(), b.to_string());
    assert_eq!(
        files("situs"),
        [
            pair("site", "content/site.yaml"),
            pair("site-en", "content/site.en.yaml")
        ]
    );
    assert_eq!(
        files("kemiren-desa"),
        [
            pair("desa", "content/kemiren/desa.yaml"),
            pair("desa-en", "content/kemiren/desa.en.yaml")
        ]
    );
    assert_eq!(
        files("kemiren-beranda")[1],
        pair("beranda-en", "content/kemiren/index.en.md")
    );
    let layanan = collection(&config, "kemiren-layanan");
    let english = &layanan["files"][1];
    assert_eq!(english["file"], "content/kemiren/layanan.en.yaml");
    let items = &english["fields"][0];
    assert_eq!(name_and_widget(items), ("layanan", "list"));
    let item_fields = items["fields"].as_array().unwrap();
    let id = item_fields.iter().find(|f| f["name"] == "id").unwrap();
    assert_eq!(id["widget"], "select");
    let kemiren = site.villages.iter().find(|v| v.slug == "kemiren").unwrap();
    let ids: Vec<&str> = kemiren.services.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(id["options"], json!(ids));
    assert!(
        item_fields.iter().all(|f| f["name"] != "biaya"),
        "a translation sets texts only; fees come from layanan.yaml"
    );
}

/// A field's name and widget.
fn name_and_widget(field: &Value) -> (&str, &str) {
    let text = |key: &str| field[key].as_str().unwrap_or("");
    (text("name"), text("widget"))
}
