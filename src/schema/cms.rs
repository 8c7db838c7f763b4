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
//! One-file kinds (site.yaml, desa.yaml, index.md, layanan.yaml) get one form
//! per other language from their translation schemas (`desa.en.yaml`): Decap
//! refuses i18n on `files` collections. Statistics years are a form whose
//! tables are the closed list of categories, each row's label a select of the
//! official labels. What the forms leave out, and why: translations of nested
//! fields of folder kinds (`lokasi.alamat`, `tiket[].jenis`: Decap translates a
//! list or an object as a whole, and a translation may not repeat the facts
//! inside it).

use super::{FileKind, kind, schema};
use crate::config::FormsConfig;
use crate::content::LIST_KEY;
use crate::content::{Site, Village};
#[cfg(test)]
use fields::FORM_ORDER;
use fields::{Media, fields_of, simple_type};
use serde_json::{Map, Value, json};

/// Where the CMS reads and writes the files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Backend {
    /// `kampung serve --admin`: Decap's local backend, whose proxy protocol
    /// kampung's own server answers at `/api/v1` (every write path-checked
    /// there); `local_backend` as Decap documents it, with the `proxy` backend
    /// for hosts other than localhost.
    Local,
    /// The live site (`formulir` in site.yaml): Decap's GitHub backend on the
    /// site's repository and branch, logging in through the OAuth go-between.
    GitHub(FormsConfig),
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
    "statistik",
];

/// Decap CMS's `config.yml` for `site`: the site's settings and every village's
/// collections. A regency portal's is large (about 40 KB per village): see
/// [`decap_config_for_village`].
pub fn decap_config(site: &Site, backend: Backend) -> String {
    config_of(site, backend, &|_| true)
}

/// The `config.yml` of the site's settings alone (`/admin/` of a portal of
/// many villages, whose forms are each at `/<desa>/admin/`).
pub fn decap_config_for_site(site: &Site, backend: Backend) -> String {
    config_of(site, backend, &|_| false)
}

/// The `config.yml` of one village's forms (and the site's settings), for an
/// admin page per village (`/<desa>/admin/`) on a portal of hundreds of
/// villages; `None` if the site has no village `slug`.
pub fn decap_config_for_village(site: &Site, backend: Backend, slug: &str) -> Option<String> {
    let village = site.villages.iter().find(|v| v.slug == slug)?;
    Some(config_of(site, backend, &|v| v.slug == village.slug))
}

/// The configuration of the site's settings and the villages `shown` picks.
fn config_of(site: &Site, backend: Backend, shown: &dyn Fn(&Village) -> bool) -> String {
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
    let mut collections = vec![site_collection(languages)];
    let villages = site.villages.iter().map(|v| &**v);
    for village in villages.filter(|v| shown(v)) {
        for id in VILLAGE_KINDS {
            if let Some(kind) = kind(id) {
                collections.push(village_collection(village, kind, languages));
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
        Backend::GitHub(forms) => {
            let mut github = json!({
                "name": "github",
                "repo": forms.repo,
                "branch": forms.branch,
                "base_url": forms.auth_url,
            });
            if let Some(site) = &forms.auth_site {
                github["site_domain"] = site.as_str().into();
            }
            github
        }
    }
}

/// site.yaml, a `files` collection: the file, then its translations.
fn site_collection(languages: &[String]) -> Value {
    let Some(site) = kind("site") else {
        return Value::Null;
    };
    let fields = fields_of(&schema(site), &Media::Portal, &[]);
    json!({
        "name": "situs",
        "label": "Situs - Pengaturan",
        "editor": {"preview": false},
        "files": file_entries(site, "content/site.yaml", fields, languages, &Media::Portal, &[]),
    })
}

/// The forms of a one-file kind (site.yaml, desa.yaml, index.md, layanan.yaml):
/// the file in the site's main language, then one form per other language
/// from the kind's translation schema (`desa.en.yaml`), the fields a
/// translation may set. Translations are separate forms because Decap 3.16
/// refuses a whole configuration in which a `files` collection has i18n with
/// the `multiple_files` structure ("limited to single_file"). `ids` are the
/// village's service ids, which a translation of layanan.yaml picks from.
fn file_entries(
    kind: &FileKind,
    path: &str,
    fields: Vec<Value>,
    languages: &[String],
    media: &Media,
    ids: &[&str],
) -> Vec<Value> {
    let mut entries = vec![file_entry(kind.id, kind.title, path, fields)];
    let Some(translation) = super::kind(&format!("{}-terjemahan", kind.id)) else {
        return entries;
    };
    for lang in languages.iter().skip(1) {
        let mut fields = fields_of(&schema(translation), media, &[]);
        if translation.front_matter {
            fields.push(body_field(false));
        }
        if !ids.is_empty() {
            for field in fields.iter_mut().filter(|f| f["name"] == "id") {
                *field = json!({"name": "id", "label": field["label"], "hint": field["hint"],
                    "required": true, "widget": "select", "options": ids});
            }
        }
        let (stem, ext) = path.rsplit_once('.').unwrap_or((path, ""));
        let name = format!("{}-{lang}", kind.id);
        let title = format!("{} (bahasa {lang})", kind.title);
        entries.push(file_entry(
            &name,
            &title,
            &format!("{stem}.{lang}.{ext}"),
            fields,
        ));
    }
    entries
}

/// One form of a `files` collection; a list file's (layanan.yaml and its
/// translations) holds the list as the field `layanan`. Decap edits no list
/// at a file's top (decap-cms#531): kampung's local backend hands the file
/// over as `{layanan: [...]}` and writes the list back.
fn file_entry(name: &str, label: &str, path: &str, fields: Vec<Value>) -> Value {
    let fields = if crate::content::is_list_file(path) {
        vec![json!({
            "name": LIST_KEY,
            "label": "Layanan",
            "label_singular": "layanan",
            "widget": "list",
            "summary": "{{fields.nama}}",
            "hint": "Satu butir per layanan kantor desa.",
            "fields": fields,
        })]
    } else {
        fields
    };
    json!({"name": name, "label": label, "file": path, "fields": fields})
}

/// The Markdown body of a page.
fn body_field(i18n: bool) -> Value {
    let mut body = json!({"name": "body", "label": "Isi", "widget": "markdown",
        "required": false, "hint": "Isi halaman, dalam Markdown."});
    if i18n {
        body["i18n"] = true.into();
    }
    body
}

/// The village's collection of `kind`'s files: a folder collection (news,
/// pages, ...), with i18n when the site has several languages, or a `files`
/// collection of one file and its translations (desa.yaml, index.md,
/// layanan.yaml: see [`file_entries`]).
fn village_collection(village: &Village, kind: &FileKind, languages: &[String]) -> Value {
    let slug = &village.slug;
    let label = format!(
        "{} {} - {}",
        village_word(village),
        village.profile.name,
        kind.title
    );
    let value = schema(kind);
    let translatable = match kind.folder() {
        Some(_) => translatable_fields(&format!("{}-terjemahan", kind.id)),
        None => Vec::new(),
    };
    let i18n = languages.len() > 1 && !translatable.is_empty();
    let mut fields = fields_of(&value, &Media::Village, &translatable);
    if kind.front_matter {
        fields.push(body_field(i18n));
    }
    let name = format!("{slug}-{}", kind.id);
    let rel = kind.path.replace("{desa}", slug);
    let mut collection = match kind.folder() {
        Some(folder) => {
            let naming = naming(&value);
            let extension = if kind.front_matter { "md" } else { "yaml" };
            json!({
                "name": name,
                "label": label,
                "label_singular": kind.title,
                "folder": format!("content/{slug}/{folder}"),
                "create": true,
                "extension": extension,
                "format": if kind.front_matter { "frontmatter" } else { "yaml" },
                "identifier_field": naming.identifier,
                "slug": naming.slug,
                "summary": naming.summary,
                "fields": fields,
            })
        }
        None => {
            let ids: Vec<&str> = village.services.iter().map(|s| s.id.as_str()).collect();
            let path = format!("content/{rel}");
            let files = file_entries(kind, &path, fields, languages, &Media::Village, &ids);
            json!({"name": name, "label": label, "files": files})
        }
    };
    if let Some(path) = preview_path(slug, kind) {
        match collection["files"].as_array_mut() {
            Some(files) => files
                .iter_mut()
                .for_each(|f| f["preview_path"] = path.clone().into()),
            None => collection["preview_path"] = path.into(),
        }
    }
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

/// The address of the page kampung makes from an entry of `kind` in village
/// `slug`, as Decap's `preview_path` (under `site_url`): the editor's "Lihat"
/// button opens kampung's real page, rebuilt after each save. These are the
/// default theme's section names in the site's main language.
fn preview_path(slug: &str, kind: &FileKind) -> Option<String> {
    let entry = if kind.id == "apbdes" {
        "{{tahun}}"
    } else {
        "{{slug}}"
    };
    Some(match kind.id {
        "desa" | "beranda" => format!("{slug}/"),
        "layanan" => format!("{slug}/layanan/"),
        "statistik" => format!("{slug}/statistik/"),
        "halaman" => format!("{slug}/{entry}/"),
        "berita" | "wisata" | "produk" | "pembangunan" | "dokumen" | "apbdes" => {
            format!("{slug}/{}/{entry}/", kind.id)
        }
        _ => return None,
    })
}

/// The field an entry's file is named after (`judul` or `nama`; `tahun` for a
/// budget; `per` for statistics), and the file name's template: Decap's
/// `{{slug}}` is the identifier made URL-safe (lowercase, `-` for spaces),
/// kampung's slug rule; a statistics year is the year of its `per` date
/// (template filters in slugs: Decap 3.13).
fn naming(schema: &Value) -> Naming {
    let props = &schema["properties"];
    let identifier = ["judul", "nama", "tahun", "per"]
        .into_iter()
        .find(|f| !props[f].is_null())
        .unwrap_or("judul");
    let (slug, summary) = match identifier {
        "tahun" => ("{{tahun}}", "{{tahun}}"),
        "per" => ("{{per | date('YYYY')}}", "{{per | date('YYYY')}}"),
        "nama" => ("{{slug}}", "{{nama}}"),
        _ => ("{{slug}}", "{{judul}}"),
    };
    Naming {
        identifier,
        slug,
        summary,
    }
}

/// How a folder collection names its entries (see [`naming`]): the field, the
/// file name's template, and the list's summary of an entry.
struct Naming {
    identifier: &'static str,
    slug: &'static str,
    summary: &'static str,
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

mod fields;
#[cfg(test)]
mod tests;
