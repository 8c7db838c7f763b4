//! The typed model of a site's content, and its loading from `content/`.
//!
//! Loading reads every file, checks it, and reports every problem it finds; the
//! result is a [`Site`] that later stages can trust. Nothing here renders or writes.

mod berkas;
pub mod budget;
mod destination;
mod document;
pub mod dokumen;
mod fields;
pub mod history;
mod load;
mod pembangunan;
mod photo;
pub mod produk;
pub(crate) mod schema_impls;
mod service;
mod shared;
pub mod statistik;
mod village;

pub use berkas::{check_kind as check_berkas_kind, suggest_name};
pub use budget::{
    Activity, Amounts, BudgetLine, BudgetYear, FINANCING_IN_CODES, FINANCING_OUT_CODES, FundSource,
    REVENUE_CODES, REVENUE_GROUPS, RevenueGroup, SECTORS, Sector, Status, official_name,
    ratio_hundredths_of_percent,
};
pub use destination::{Category, Contact, Destination, Price};
pub use document::{DocText, Home, Markdown, News, Page, split_front_matter};
pub use dokumen::{DocKind, Dokumen, Form, InfoCategory, LegalStatus, Regulation, Relation};
pub use fields::{AreaCode, Date, Latitude, Longitude};
pub use load::{
    LoadOptions, check_village_folder, load_site, load_village, read_text as read_text_file,
};
pub use pembangunan::{BudgetLink, ProgressReport, Project, Stage};
pub use photo::Photo;
pub use produk::{Product, ProductCategory, ProductPrice, Seller, SellerKind};
pub use service::{LIST_KEY, Service, is_list_file};
pub use shared::{Interner, Shared, SharedList};
pub use village::{
    Location, Office, Official, Population, Profile, VillageKind, check_logo_kind, phone_to_tel,
    phone_to_whatsapp,
};

use crate::config::SiteConfig;
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A value in the default language plus its translations, by language code.
#[derive(Debug, Clone, PartialEq)]
pub struct Localized<T> {
    /// The default language's value.
    pub default: T,
    /// Translations, by language code (never the default language).
    pub translations: Translations<T>,
}

/// Translations by language code. Most values of most sites have none, so an
/// empty set takes one pointer: a national site holds millions of these.
#[derive(Debug, Clone, PartialEq)]
// Boxed on purpose: `None` is 8 bytes where an empty BTreeMap is 24.
#[allow(clippy::box_collection)]
pub struct Translations<T>(Option<Box<BTreeMap<String, T>>>);

impl<T> Default for Translations<T> {
    fn default() -> Self {
        Translations(None)
    }
}

impl<T> Translations<T> {
    /// Sets the translation for `lang`, replacing any earlier one.
    pub fn insert(&mut self, lang: String, value: T) {
        self.0.get_or_insert_default().insert(lang, value);
    }

    /// The translation for `lang`, if there is one.
    pub fn get(&self, lang: &str) -> Option<&T> {
        self.0.as_ref()?.get(lang)
    }

    /// Every translation, by language code.
    pub fn values(&self) -> impl Iterator<Item = &T> {
        self.0.iter().flat_map(|map| map.values())
    }
}

impl<T> Localized<T> {
    /// A value with no translations.
    pub fn new(default: T) -> Self {
        Localized {
            default,
            translations: Translations::default(),
        }
    }

    /// The translation for `lang`, if there is one.
    pub fn translation(&self, lang: &str) -> Option<&T> {
        self.translations.get(lang)
    }

    /// The default, then every translation.
    pub fn all(&self) -> impl Iterator<Item = &T> {
        std::iter::once(&self.default).chain(self.translations.values())
    }
}

/// Translatable text.
pub type Text = Localized<String>;

/// Translatable text that many villages repeat (see [`Shared`]).
pub type SharedText = Localized<Shared>;

/// The whole site, loaded and validated.
#[derive(Debug, Clone)]
pub struct Site {
    /// Settings from `site.yaml`.
    pub config: SiteConfig,
    /// Portal title, with translations from `site.<lang>.yaml`.
    pub title: Text,
    /// Portal description, with translations.
    pub description: Option<Text>,
    /// Villages, sorted by slug. Shared, so that a rebuild after an edit copies
    /// the site without copying every village.
    pub villages: Vec<std::sync::Arc<Village>>,
    /// Villages left out of this run because they have errors while only other
    /// villages are being updated (`build --only`): their published pages stay as
    /// they are. Always empty for a whole build.
    pub held_back: Vec<String>,
    /// The regency's coat of arms (`logo` in site.yaml), from `content/berkas/`.
    pub logo: Option<SiteLogo>,
}

/// The regency's coat of arms: its path under `content/` (`berkas/lambang.png`,
/// also its path in the published site) and its published variants.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SiteLogo {
    /// As site.yaml names it.
    pub file: String,
    /// Its variants, published under `berkas/`.
    pub picture: std::sync::Arc<crate::media::Picture>,
}

impl Site {
    /// The village of a one-village site, whose home is the site's front page:
    /// the site has exactly one village and site.yaml does not keep the portal
    /// (`portal: true`).
    pub fn single_village(&self) -> Option<&Village> {
        match (self.config.portal, self.villages.as_slice()) {
            (Some(true), _) => None,
            (_, [village]) => Some(village),
            _ => None,
        }
    }
}

/// One village (desa or kelurahan): one folder under `content/`.
#[derive(Debug, Clone)]
pub struct Village {
    /// The folder name, used in URLs.
    pub slug: String,
    /// The folder, relative to the site root (`content/kemiren`).
    pub dir: PathBuf,
    /// `desa.yaml`.
    pub profile: Profile,
    /// `index.md`, the welcome text.
    pub home: Option<Home>,
    /// `halaman/*.md`, in menu order.
    pub pages: Vec<Page>,
    /// `berita/*.md`, newest first.
    pub news: Vec<News>,
    /// `layanan.yaml`, in file order.
    pub services: Vec<Service>,
    /// `wisata/*.md`, by slug.
    pub destinations: Vec<Destination>,
    /// `apbdes/*.yaml`, oldest year first.
    pub budgets: Vec<BudgetYear>,
    /// `pembangunan/*.md`, newest year first, then by slug.
    pub projects: Vec<Project>,
    /// `statistik/*.yaml`: population statistics, oldest year first.
    pub statistics: Vec<statistik::StatYear>,
    /// `dokumen/*.md`: public information and regulations, newest first.
    pub dokumen: Vec<Dokumen>,
    /// `produk/*.md`: products for sale, by category, then name.
    pub products: Vec<Product>,
    /// Files under `berkas/`, by path relative to the village folder (`berkas/peta.png`).
    pub files: BTreeMap<String, FileInfo>,
    /// Markdown files that exist but are not published, by path relative to the
    /// village folder (`berita/rapat.md`), so links to them get the right message.
    pub unpublished: BTreeMap<String, Unpublished>,
    /// False when a file of the village has an error, so that what it publishes
    /// is not known in full: links into it are not judged (the file's own error
    /// is the one to fix first).
    pub complete: bool,
}

/// Why a content file is not published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unpublished {
    /// It is a draft (`draf: true`) and drafts are not being built.
    Draft,
    /// It has errors, reported on their own.
    Broken,
}

/// What kampung knows of a file under `berkas/`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FileInfo {
    /// Size in bytes.
    pub size: u64,
    /// For a JPEG, PNG or WebP picture: its published variants.
    pub picture: Option<std::sync::Arc<crate::media::Picture>>,
}

impl Village {
    /// True if and only if `berkas_path` (like `berkas/peta.png`) is a file of this village.
    pub fn has_file(&self, berkas_path: &str) -> bool {
        self.files.contains_key(berkas_path)
    }
}

/// True if and only if `text` is a URL slug: non-empty, lowercase a-z, 0-9 and `-`,
/// not starting or ending with `-`.
pub fn is_slug(text: &str) -> bool {
    !text.is_empty()
        && !text.starts_with('-')
        && !text.ends_with('-')
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// Suggests a slug for a name that is not one (`Sejarah Desa` -> `sejarah-desa`).
pub fn suggest_slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("kemiren"));
        assert!(is_slug("visi-misi-2025"));
        assert!(!is_slug("Kemiren"));
        assert!(!is_slug("visi_misi"));
        assert!(!is_slug("-a"));
        assert!(!is_slug(""));
        assert_eq!(suggest_slug("Visi & Misi_Desa"), "visi-misi-desa");
    }
}

#[cfg(test)]
/// Garbage input must never make the loaders panic.
pub mod robustness {
    use super::document::{FileText, parse_news, parse_page};
    use crate::diagnostic::Report;
    use crate::yaml::Source;
    use std::path::Path;

    /// Deterministic pseudo-random text from characters that matter to YAML,
    /// front matter and Markdown.
    #[allow(missing_docs)]
    pub fn garbage(seed: u64, len: usize) -> String {
        const ALPHABET: &[&str] = &[
            "-",
            "--",
            "---\n",
            ":",
            " ",
            "\n",
            "  ",
            "[",
            "]",
            "{",
            "}",
            "\"",
            "'",
            "#",
            "&a",
            "*a",
            "!",
            "|",
            ">",
            "nama",
            "judul",
            "tanggal",
            "2026-01-01",
            "kecamatan",
            "lokasi",
            "lat",
            "é",
            "\t",
            "%",
            "@",
            "`",
            "?",
            "berkas/",
            "](",
            "![",
            "<b>",
            "1e400",
            "-8.2",
            "\u{feff}",
            "\r\n",
            "~~~",
            "```",
        ];
        let mut x = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let mut out = String::new();
        for _ in 0..len {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            out.push_str(ALPHABET[(x % ALPHABET.len() as u64) as usize]);
        }
        out
    }

    #[test]
    fn no_panic_on_garbage() {
        for seed in 0..3000 {
            let text = garbage(seed, (seed % 60) as usize);
            let mut report = Report::new();
            let _ = super::village::parse_profile(
                &Source::file(Path::new("desa.yaml"), &text),
                &mut report,
            );
            let _ = parse_page(
                "a",
                FileText {
                    file: Path::new("a.md"),
                    text: &text,
                },
                &mut report,
            );
            let _ = parse_news(
                "a",
                FileText {
                    file: Path::new("a.md"),
                    text: &text,
                },
                &super::document::BerkasFiles::default(),
                &mut report,
            );
            let _ = super::produk::parse_product(
                "a",
                FileText {
                    file: Path::new("a.md"),
                    text: &text,
                },
                &super::document::BerkasFiles::default(),
                &mut report,
            );
            for d in report.diagnostics() {
                let _ = d.to_string();
            }
        }
    }
}
