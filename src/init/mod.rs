//! `kampung init`: a new site from a village's or a regency's official code.
//!
//! A village (`--desa`) gets a ready one-village site: `site.yaml`, and in the
//! village's folder its profile filled from the official list, a welcome text, a
//! starter service catalogue, an APBDes template, a news item and a profile
//! page, every file commented in Indonesian. A regency (`--kabupaten`) gets a
//! portal with every desa and kelurahan stubbed. Inside an existing site,
//! `--desa` adds one village folder. Nothing is ever written into a folder that
//! is not empty, and nothing at all when the village or regency is not found.

pub mod publish;
mod sheet;
pub mod wilayah;

use crate::content::suggest_slug;
use crate::diagnostic::Failure;
use crate::msg;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use wilayah::{Regency, Village, VillageKind, Wilayah};

/// What `init` should create.
#[derive(Debug, Clone)]
pub enum Start {
    /// One village, by code (`35.10.24.2007`) or name (`Kluncing`).
    Village(String),
    /// A regency portal, by code (`35.10`) or name (`Banyuwangi`).
    Regency(String),
}

/// Options of `kampung init`.
#[derive(Debug, Clone)]
pub struct InitOptions {
    /// The site's folder: created if missing; must be empty unless it holds a
    /// site (`content/site.yaml`) and a village is added to it.
    pub dir: PathBuf,
    /// The village or regency to start from.
    pub start: Start,
    /// Today's date (`2026-12-01`); its year names the APBDes file.
    pub today: String,
}

/// What `init` wrote.
#[derive(Debug, Clone)]
pub struct Created {
    /// The site's folder.
    pub dir: PathBuf,
    /// The village folders written (their slugs), in code order.
    pub villages: Vec<String>,
    /// How many files were written.
    pub files: usize,
    /// True if a village was added to an existing site.
    pub added: bool,
    /// The site's or added village's title (`Desa Kluncing`, `Portal Desa Kabupaten Banyuwangi`).
    pub title: String,
}

/// Runs `kampung init`: looks the village or regency up, then writes the files.
pub fn init(options: &InitOptions) -> Result<Created, Failure> {
    let list = Wilayah::get();
    let dir = &options.dir;
    let today = &options.today;
    match &options.start {
        Start::Village(query) => {
            let village = list.find_village(query)?;
            if dir.join("content").join("site.yaml").is_file() {
                return add_village(dir, &village, today);
            }
            ensure_empty(dir)?;
            let slug = village_slugs(&[village], &BTreeSet::new()).remove(0);
            let words = village_words(&village, &slug, today);
            let mut files = vec![(PathBuf::from("content/site.yaml"), fill(SITE, &words))];
            files.extend(village_files(&village, &slug, today));
            files.extend(publish_files());
            write_all(dir, &files)?;
            let templates = write_sheet_templates(dir, &village, &slug, today)?;
            Ok(Created {
                dir: dir.clone(),
                villages: vec![slug],
                files: files.len() + templates,
                added: false,
                title: village_title(&village),
            })
        }
        Start::Regency(query) => {
            let regency = list.find_regency(query)?;
            ensure_empty(dir)?;
            let villages = list.villages_of(&regency);
            let slugs = village_slugs(&villages, &BTreeSet::new());
            let mut files = vec![(
                PathBuf::from("content/site.yaml"),
                fill(SITE_REGENCY, &regency_words(&regency, villages.len())),
            )];
            for (village, slug) in villages.iter().zip(&slugs) {
                files.extend(stub_files(village, slug, today));
            }
            files.extend(publish_files());
            write_all(dir, &files)?;
            Ok(Created {
                dir: dir.clone(),
                villages: slugs,
                files: files.len(),
                added: false,
                title: ["Portal Desa ", regency.name].concat(),
            })
        }
    }
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today() -> String {
    crate::content::Date::today_utc().to_string()
}

const SITE: &str = include_str!("templates/site.yaml");
const SITE_REGENCY: &str = include_str!("templates/site-kabupaten.yaml");
const PROFILE: &str = include_str!("templates/desa.yaml");
const WELCOME: &str = include_str!("templates/index.md");
const WELCOME_STUB: &str = include_str!("templates/index-stub.md");
const SERVICES: &str = include_str!("templates/layanan.yaml");
const BUDGET: &str = include_str!("templates/apbdes.yaml");
const NEWS: &str = include_str!("templates/berita.md");
const PROFILE_PAGE: &str = include_str!("templates/profil.md");

/// Slugs a village folder may not take: the portal's sections in either
/// language, the language codes, and kampung's own folders.
const RESERVED: &[&str] = &[
    "layanan", "wisata", "apbdes", "berita", "produk", "cari", "services", "tourism", "budget",
    "news", "products", "search", "id", "en", "static", "berkas", "404",
];

/// One slug per village, distinct from each other and from `taken`: the name
/// (`kluncing`); where that is shared or taken, name and kecamatan
/// (`tamansari-licin`); then the kind; then the code's last digits.
fn village_slugs(villages: &[Village<'_>], taken: &BTreeSet<String>) -> Vec<String> {
    let tries = |v: &Village<'_>| -> [String; 4] {
        let with_district = suggest_slug(&[v.name, " ", v.district].concat());
        let kind = match v.kind {
            VillageKind::Kelurahan => "kelurahan",
            _ => "desa",
        };
        let with_kind = [with_district.as_str(), "-", kind].concat();
        let own = v.code.rsplit('.').next().unwrap_or_default();
        let with_code = [with_kind.as_str(), "-", own].concat();
        [suggest_slug(v.name), with_district, with_kind, with_code]
    };
    let tried: Vec<[String; 4]> = villages.iter().map(tries).collect();
    let mut used: BTreeSet<String> = taken.clone();
    let mut out = Vec::with_capacity(villages.len());
    for (i, own) in tried.iter().enumerate() {
        // The first form no other village of the list shares and nothing has taken.
        let shared = |level: usize| {
            tried
                .iter()
                .enumerate()
                .any(|(j, other)| j != i && other[level] == own[level])
        };
        let level = (0..3)
            .find(|&level| !shared(level) && free(&own[level], &used))
            .unwrap_or(3);
        used.insert(own[level].clone());
        out.push(own[level].clone());
    }
    out
}

fn free(slug: &str, used: &BTreeSet<String>) -> bool {
    !slug.is_empty() && !used.contains(slug) && !RESERVED.contains(&slug)
}

/// `Desa Kluncing`, `Kelurahan Bakungan`; a desa adat's name already says "Desa Adat".
fn village_title(v: &Village<'_>) -> String {
    let sebutan = if v.kind == VillageKind::Kelurahan {
        "Kelurahan"
    } else {
        "Desa"
    };
    if v.name.starts_with("Desa ") {
        v.name.to_string()
    } else {
        [sebutan, " ", v.name].concat()
    }
}

/// The words the templates use for one village (`{{nama}}` and the rest).
fn village_words(v: &Village<'_>, slug: &str, today: &str) -> Vec<(&'static str, String)> {
    let kelurahan = v.kind == VillageKind::Kelurahan;
    let sebutan = if kelurahan { "Kelurahan" } else { "Desa" };
    let title = village_title(v);
    let (head, secretary) = if kelurahan {
        ("Lurah", "Sekretaris Kelurahan")
    } else {
        ("Kepala Desa", "Sekretaris Desa")
    };
    let year = today.get(..4).unwrap_or(today);
    let mut words = vec![
        ("nama", v.name.to_string()),
        (
            "jenis",
            if kelurahan { "kelurahan" } else { "desa" }.to_string(),
        ),
        ("sebutan_kecil", sebutan.to_lowercase()),
        ("sebutan", sebutan.to_string()),
        ("judul_desa", title.clone()),
        ("kantor", ["Kantor ", &title].concat()),
        ("kepala_kecil", head.to_lowercase()),
        ("kepala", head.to_string()),
        ("sekretaris", secretary.to_string()),
        ("kode", v.code.to_string()),
        ("kecamatan", v.district.to_string()),
        ("slug", slug.to_string()),
        ("tahun", year.to_string()),
        ("tanggal", today.to_string()),
    ];
    words.extend(area_words(v.regency, v.province));
    words
}

fn regency_words(r: &Regency<'_>, villages: usize) -> Vec<(&'static str, String)> {
    let mut words = vec![("jumlah", villages.to_string())];
    words.extend(area_words(r.name, r.province));
    words
}

/// `{{kabupaten}}` (`Kabupaten Banyuwangi`), `{{kabupaten_singkat}}`
/// (`Banyuwangi`), `{{domain_pemda}}` (`banyuwangikab.go.id`), `{{provinsi}}`.
fn area_words(regency: &str, province: &str) -> Vec<(&'static str, String)> {
    let short = regency.strip_prefix("Kabupaten ").unwrap_or(regency);
    let (bare, suffix) = match regency.strip_prefix("Kota ") {
        Some(city) => (city, "kota"),
        None => (short, "kab"),
    };
    let domain = [&suggest_slug(bare).replace('-', ""), suffix, ".go.id"].concat();
    vec![
        ("kabupaten_singkat", short.to_string()),
        ("kabupaten", regency.to_string()),
        ("domain_pemda", domain),
        ("provinsi", province.to_string()),
    ]
}

/// `template` with every `{{word}}` replaced. Values go inside double-quoted
/// YAML text in places, so `"` and `\` are escaped.
fn fill(template: &str, words: &[(&'static str, String)]) -> String {
    let mut out = template.to_string();
    for (name, value) in words {
        let value = value.replace('\\', "\\\\").replace('"', "\\\"");
        out = out.replace(&["{{", name, "}}"].concat(), &value);
    }
    out
}

/// The files of a full village folder, paths relative to the site's folder.
fn village_files(v: &Village<'_>, slug: &str, today: &str) -> Vec<(PathBuf, String)> {
    let words = village_words(v, slug, today);
    let folder = Path::new("content").join(slug);
    let year = today.get(..4).unwrap_or(today);
    let mut files = vec![
        (folder.join("desa.yaml"), fill(PROFILE, &words)),
        (folder.join("index.md"), fill(WELCOME, &words)),
        (folder.join("layanan.yaml"), fill(SERVICES, &words)),
        (folder.join("berita/situs-resmi.md"), fill(NEWS, &words)),
        (folder.join("halaman/profil.md"), fill(PROFILE_PAGE, &words)),
    ];
    // A kelurahan is part of its regency's budget and has no APBDes.
    if v.kind != VillageKind::Kelurahan {
        let budget = folder.join("apbdes").join([year, ".yaml"].concat());
        files.push((budget, fill(BUDGET, &words)));
    }
    files
}

/// The files of a stubbed village of a regency portal: profile and welcome.
fn stub_files(v: &Village<'_>, slug: &str, today: &str) -> Vec<(PathBuf, String)> {
    let words = village_words(v, slug, today);
    let folder = Path::new("content").join(slug);
    vec![
        (folder.join("desa.yaml"), fill(PROFILE, &words)),
        (folder.join("index.md"), fill(WELCOME_STUB, &words)),
    ]
}

fn publish_files() -> Vec<(PathBuf, String)> {
    publish::files()
        .into_iter()
        .map(|(path, text)| (PathBuf::from(path), text))
        .collect()
}

/// Adds one village folder to the site in `dir`, unless the village is there already.
fn add_village(dir: &Path, v: &Village<'_>, today: &str) -> Result<Created, Failure> {
    let content = dir.join("content");
    let entries = fs::read_dir(&content).map_err(|e| Failure::io("K0901", &content, &e))?;
    let mut taken = BTreeSet::new();
    for entry in entries.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let profile = entry.path().join("desa.yaml");
        if let Ok(text) = fs::read_to_string(&profile) {
            if declares_code(&text, v.code) {
                return Err(Failure::new(msg!(
                    "K1010",
                    nama = v.name,
                    kode = v.code,
                    path = &Path::new("content").join(&name)
                )));
            }
        }
        taken.insert(name);
    }
    let slug = village_slugs(&[*v], &taken).remove(0);
    let files = village_files(v, &slug, today);
    write_all(dir, &files)?;
    Ok(Created {
        dir: dir.to_path_buf(),
        villages: vec![slug],
        files: files.len(),
        added: true,
        title: village_title(v),
    })
}

/// True if a `desa.yaml` text has `kode: "<code>"` (quoted or not) on a line of its own.
fn declares_code(text: &str, code: &str) -> bool {
    text.lines().any(|line| {
        line.strip_prefix("kode:")
            .map(|rest| rest.trim().trim_matches(['"', '\'']) == code)
            .unwrap_or(false)
    })
}

/// Fails unless `dir` is missing or an empty folder.
fn ensure_empty(dir: &Path) -> Result<(), Failure> {
    match fs::read_dir(dir) {
        Ok(mut entries) => match entries.next() {
            None => Ok(()),
            Some(_) => Err(Failure::new(msg!("K1000", path = dir))),
        },
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotADirectory => {
            Err(Failure::new(msg!("K1000", path = dir)))
        }
        Err(e) => Err(Failure::io("K0901", dir, &e)),
    }
}

/// Writes the spreadsheet templates beside `content/` (not in it: one year is
/// one file, and the budget's YAML template is there): the statistics one, and
/// for a desa the budget one; returns how many files it wrote.
fn write_sheet_templates(
    dir: &Path,
    v: &Village<'_>,
    slug: &str,
    today: &str,
) -> Result<usize, Failure> {
    let year = today.get(..4).unwrap_or(today);
    let mut books = vec![(
        format!("statistik-{year}.xlsx"),
        sheet::statistics_workbook(year),
    )];
    // A kelurahan is part of its regency's budget and has no APBDes.
    if v.kind != VillageKind::Kelurahan {
        let yaml = fill(BUDGET, &village_words(v, slug, today));
        books.push((format!("apbdes-{year}.xlsx"), sheet::budget_workbook(&yaml)));
    }
    let folder = dir.join("templat");
    fs::create_dir_all(&folder).map_err(|e| Failure::io("K0903", &folder, &e))?;
    for (name, bytes) in &books {
        let path = folder.join(name);
        let bytes = bytes
            .as_ref()
            .map_err(|e| Failure::io("K0905", &path, &std::io::Error::other(e.clone())))?;
        fs::write(&path, bytes).map_err(|e| Failure::io("K0905", &path, &e))?;
    }
    Ok(books.len())
}

/// Writes every file under `dir`, creating folders as needed; no file that
/// exists is replaced. Each YAML file starts with the line that names its
/// schema for VS Code, and the schemas are written into `skema/` (rewritten
/// where they changed, so that a site made by an older kampung gets the
/// current ones when a village is added).
fn write_all(dir: &Path, files: &[(PathBuf, String)]) -> Result<(), Failure> {
    for (rel, text) in files {
        let path = dir.join(rel);
        let with_modeline = crate::schema::with_modeline(rel, text);
        let text = with_modeline.as_ref().unwrap_or(text);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).map_err(|e| Failure::io("K0903", parent, &e))?;
        }
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .and_then(|mut f| std::io::Write::write_all(&mut f, text.as_bytes()))
            .map_err(|e| Failure::io("K0905", &path, &e))?;
    }
    crate::schema::write_schemas(&dir.join(crate::schema::SCHEMA_DIR))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_from_days() {
        let date = |days| crate::content::Date::from_unix_days(days).to_string();
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(20_423), "2025-12-01");
        assert_eq!(date(19_782), "2024-02-29");
    }

    /// The slugs of every village of a regency, checked to be distinct.
    fn regency_slugs(code: &str) -> Vec<String> {
        let list = Wilayah::get();
        let regency = list.find_regency(code).unwrap();
        let slugs = village_slugs(&list.villages_of(&regency), &BTreeSet::new());
        let distinct: BTreeSet<_> = slugs.iter().collect();
        assert_eq!(distinct.len(), slugs.len(), "{slugs:?}");
        slugs
    }

    #[test]
    fn villages_sharing_a_name_in_one_regency_get_distinct_slugs() {
        let slugs = regency_slugs("35.10");
        assert_eq!(slugs.len(), 217);
        assert!(slugs.contains(&"kluncing".to_string()));
        // Two Tamansari, in Licin and in Tegalsari.
        assert!(slugs.contains(&"tamansari-licin".to_string()), "{slugs:?}");
        assert!(slugs.contains(&"tamansari-tegalsari".to_string()));
        assert!(slugs.iter().all(|s| crate::content::is_slug(s)));
    }

    #[test]
    fn same_name_and_kecamatan_fall_back_to_kind_and_code() {
        // Kota Ambon, Nusaniwe: "Nusaniwe" is both a kelurahan and a desa.
        let slugs = regency_slugs("81.71");
        assert!(slugs.contains(&"nusaniwe-nusaniwe-kelurahan".to_string()));
    }

    #[test]
    fn every_placeholder_of_every_template_is_filled() {
        let list = Wilayah::get();
        let v = list.find_village("35.10.24.2007").unwrap();
        let r = list.find_regency("35.10").unwrap();
        let mut texts: Vec<String> = village_files(&v, "kluncing", "2026-12-01")
            .into_iter()
            .chain(stub_files(&v, "kluncing", "2026-12-01"))
            .map(|(_, t)| t)
            .collect();
        texts.push(fill(SITE, &village_words(&v, "kluncing", "2026-12-01")));
        texts.push(fill(SITE_REGENCY, &regency_words(&r, 217)));
        for text in &texts {
            assert!(!text.contains("{{"), "{text}");
        }
        assert!(texts.iter().any(|t| t.contains("desa.banyuwangikab.go.id")));
    }

    #[test]
    fn a_code_is_found_in_a_profile_quoted_or_not() {
        assert!(declares_code(
            "nama: X\nkode: \"35.10.24.2007\"\n",
            "35.10.24.2007"
        ));
        assert!(declares_code("kode: 35.10.24.2007", "35.10.24.2007"));
        assert!(!declares_code("# kode: \"35.10.24.2007\"", "35.10.24.2007"));
    }
}
