//! `produk/<slug>.md`: a village product (goods or a service of a UMKM, the
//! BUMDes or a group of residents) with its price, seller, WhatsApp number and
//! up to three photos, and `produk/<slug>.<lang>.md`, its translation (text
//! only).
//!
//! The model follows OpenSID's lapak (`produk`, `pelapak`; at most 3 photos,
//! its `banyak_foto_tiap_produk` default), with what OpenSID cannot say: a
//! seller that is an organisation (`jenis: bumdes`), a price "from"
//! (`harga_mulai`), and a closed list of categories so that the portal can
//! group every village's products.

use super::document::{BerkasFiles, DocText, FileText, fact_error, split_parsed};
use super::fields::Rupiah;
use super::photo::{Photo, RawPhoto, RawPhotoTranslation, read_photos};
use super::{Localized, Text, Unpublished};
use crate::diagnostic::{Diagnostic, Report, did_you_mean};
use crate::msg;
use crate::yaml::Source;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// At most this many photos per product (OpenSID's default).
pub const MAX_PHOTOS: usize = 3;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProduct {
    nama: String,
    #[schemars(with = "Option<super::schema_impls::ProductCategorySchema>")]
    kategori: Option<String>,
    ringkasan: Option<String>,
    harga: Option<Rupiah>,
    harga_mulai: Option<Rupiah>,
    satuan: Option<String>,
    pelapak: RawSeller,
    #[schemars(pattern(super::schema_impls::PRODUCT_WHATSAPP_PATTERN))]
    whatsapp: String,
    foto: Option<Vec<RawPhoto>>,
    tersedia: Option<bool>,
    draf: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSeller {
    nama: String,
    usaha: Option<String>,
    jenis: Option<SellerKind>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    nama: Option<String>,
    ringkasan: Option<String>,
    satuan: Option<String>,
    foto: Option<Vec<RawPhotoTranslation>>,
}

/// The JSON Schema of a product's front matter (`produk/`) (`kampung schema`).
pub(crate) fn product_schema() -> serde_json::Value {
    crate::schema::of::<RawProduct>()
}

/// The JSON Schema of a product translation's front matter (`kampung schema`).
pub(crate) fn product_translation_schema() -> serde_json::Value {
    crate::schema::of::<RawTranslation>()
}

/// Front-matter fields of a product that a translation may not set.
const PRODUCT_FACTS: &[&str] = &[
    "kategori",
    "harga",
    "harga_mulai",
    "pelapak",
    "whatsapp",
    "tersedia",
    "berkas",
    "draf",
];

/// The categories of products, in the order the portal lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum ProductCategory {
    /// Food and drink (coffee powder, snacks, sambal).
    MakananMinuman,
    /// Crafts (woven bamboo, carving, pottery).
    Kerajinan,
    /// Field crops (rice, vegetables, fruit).
    Pertanian,
    /// Estate crops (coffee beans, cloves, coconut sugar).
    Perkebunan,
    /// Livestock and fish (eggs, honey, fish).
    PeternakanPerikanan,
    /// Clothes and batik.
    PakaianBatik,
    /// Services (guiding, catering, rental).
    Jasa,
    /// Souvenirs.
    OlehOleh,
    /// Anything else.
    Lainnya,
}

/// Every category with its key as written in content, in order.
pub const CATEGORIES: [(&str, ProductCategory); 9] = [
    ("makanan-minuman", ProductCategory::MakananMinuman),
    ("kerajinan", ProductCategory::Kerajinan),
    ("pertanian", ProductCategory::Pertanian),
    ("perkebunan", ProductCategory::Perkebunan),
    ("peternakan-perikanan", ProductCategory::PeternakanPerikanan),
    ("pakaian-batik", ProductCategory::PakaianBatik),
    ("jasa", ProductCategory::Jasa),
    ("oleh-oleh", ProductCategory::OlehOleh),
    ("lainnya", ProductCategory::Lainnya),
];

/// Words admins write for a category that is not its key.
const CATEGORY_WORDS: &[(&str, &str)] = &[
    ("makanan", "makanan-minuman"),
    ("minuman", "makanan-minuman"),
    ("kuliner", "makanan-minuman"),
    ("jajanan", "makanan-minuman"),
    ("kriya", "kerajinan"),
    ("anyaman", "kerajinan"),
    ("tani", "pertanian"),
    ("sayur", "pertanian"),
    ("kebun", "perkebunan"),
    ("ternak", "peternakan-perikanan"),
    ("peternakan", "peternakan-perikanan"),
    ("perikanan", "peternakan-perikanan"),
    ("ikan", "peternakan-perikanan"),
    ("madu", "peternakan-perikanan"),
    ("batik", "pakaian-batik"),
    ("pakaian", "pakaian-batik"),
    ("busana", "pakaian-batik"),
    ("fashion", "pakaian-batik"),
    ("layanan", "jasa"),
    ("souvenir", "oleh-oleh"),
    ("suvenir", "oleh-oleh"),
    ("cinderamata", "oleh-oleh"),
    ("cenderamata", "oleh-oleh"),
    ("lain", "lainnya"),
];

impl ProductCategory {
    /// The key as written in content (`makanan-minuman`).
    pub fn key(self) -> &'static str {
        CATEGORIES
            .iter()
            .find(|(_, c)| *c == self)
            .map_or("lainnya", |(k, _)| k)
    }

    /// The category whose key is `key`.
    pub fn from_key(key: &str) -> Option<Self> {
        CATEGORIES.iter().find(|(k, _)| *k == key).map(|(_, c)| *c)
    }

    /// The key `written` was probably meant as: the same key in other letters
    /// or spacing (`Makanan Minuman`), a usual word for it (`batik`), one of
    /// its parts, or a key a typo away.
    pub fn suggest(written: &str) -> Option<&'static str> {
        let normal: String = written
            .trim()
            .to_lowercase()
            .chars()
            .map(|c| {
                if c.is_whitespace() || c == '_' {
                    '-'
                } else {
                    c
                }
            })
            .collect();
        let keys: Vec<&'static str> = CATEGORIES.iter().map(|(k, _)| *k).collect();
        if let Some(k) = keys.iter().find(|k| **k == normal) {
            return Some(k);
        }
        let word = normal.trim_end_matches("-desa");
        CATEGORY_WORDS
            .iter()
            .find(|(w, _)| *w == word)
            .map(|(_, k)| *k)
            .or_else(|| {
                keys.iter()
                    .copied()
                    .find(|k| k.split('-').any(|p| p == word))
            })
            .or_else(|| did_you_mean(word, &keys))
    }
}

/// Who sells a product (`pelapak.jenis`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum SellerKind {
    /// A resident's micro or small business.
    Umkm,
    /// The village-owned enterprise.
    Bumdes,
    /// A group of residents (farmers', women's, craft group).
    Kelompok,
}

impl SellerKind {
    /// The key as written in content (`bumdes`).
    pub fn key(self) -> &'static str {
        match self {
            SellerKind::Umkm => "umkm",
            SellerKind::Bumdes => "bumdes",
            SellerKind::Kelompok => "kelompok",
        }
    }
}

/// The seller of a product (`pelapak`).
#[derive(Debug, Clone, PartialEq)]
pub struct Seller {
    /// The person to talk to (`nama`).
    pub name: String,
    /// The business's name (`usaha`), if it has one.
    pub business: Option<String>,
    /// What kind of seller (`jenis`, `umkm` when not given).
    pub kind: SellerKind,
}

/// A product's price in whole Rupiah.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProductPrice {
    /// This price (`harga`).
    Exact(u64),
    /// From this price (`harga_mulai`), by size or model.
    From(u64),
}

impl ProductPrice {
    /// The amount, whole Rupiah.
    pub fn amount(self) -> u64 {
        match self {
            ProductPrice::Exact(a) | ProductPrice::From(a) => a,
        }
    }
}

/// A village product.
#[derive(Debug, Clone, PartialEq)]
pub struct Product {
    /// File name without `.md`.
    pub slug: String,
    /// Category (`kategori`), if given.
    pub category: Option<ProductCategory>,
    /// Price (`harga` or `harga_mulai`).
    pub price: ProductPrice,
    /// What the price is for (`satuan`: "250 g", "pcs").
    pub unit: Option<Text>,
    /// Seller (`pelapak`).
    pub seller: Seller,
    /// WhatsApp number as written (`whatsapp`).
    pub whatsapp_written: String,
    /// The same number as WhatsApp wants it: digits only, `628…`.
    pub whatsapp: String,
    /// Photos, at most [`MAX_PHOTOS`]; the first is the cover.
    pub photos: Vec<Photo>,
    /// In stock (`tersedia`, true when not given).
    pub available: bool,
    /// Draft (`draf`).
    pub draft: bool,
    /// Name (as title), summary and description, per language.
    pub text: Localized<DocText>,
}

/// The digits WhatsApp wants for `written` (`0812-3456-7890` -> `6281234567890`),
/// or the message saying why it is not an Indonesian mobile number.
pub fn whatsapp_number(written: &str) -> Result<String, crate::message::Message> {
    match super::village::international_digits(written) {
        Some(d) if d.starts_with("628") && (11..=15).contains(&d.len()) => Ok(d),
        Some(d) if d.starts_with("628") => Err(msg!("K1255", nomor = written)),
        Some(_) => Err(msg!("K1256", nomor = written)),
        None => Err(msg!("K1255", nomor = written)),
    }
}

/// Parses `produk/<slug>.md`; its photos must be among `files`.
pub fn parse_product(
    slug: &str,
    file: FileText<'_>,
    files: &BerkasFiles<'_>,
    report: &mut Report,
) -> Option<Product> {
    let hint = msg!("produk-hint-awal");
    let (front, body, source) = split_parsed::<RawProduct>(&file, Some(hint), report)?;
    let raw = front?;
    let errors_before = report.error_count();
    if raw.nama.trim().is_empty() {
        report.push(source.error_at("nama", msg!("K1250")));
    }
    if raw.pelapak.nama.trim().is_empty() {
        report.push(source.error_at("pelapak.nama", msg!("K1258")));
    }
    let prices = (raw.harga, raw.harga_mulai);
    let price = price(prices, raw.satuan.is_some(), &source, report);
    let category = raw
        .kategori
        .as_deref()
        .and_then(|k| category(k, &source, report));
    let whatsapp = match whatsapp_number(&raw.whatsapp) {
        Ok(digits) => digits,
        Err(m) => {
            report.push(source.error_at("whatsapp", m));
            String::new()
        }
    };
    let raw_photos = raw.foto.unwrap_or_default();
    if raw_photos.len() > MAX_PHOTOS {
        let m = msg!("K1257", jumlah = raw_photos.len(), batas = MAX_PHOTOS);
        report.push(source.error_at(&format!("foto[{MAX_PHOTOS}]"), m));
    }
    let no_alt = |file: &str| msg!("K1259", berkas = file);
    let photos = read_photos(raw_photos, &source, files, no_alt, report);
    if report.error_count() > errors_before {
        return None;
    }
    Some(Product {
        slug: slug.to_string(),
        category,
        price: price?,
        unit: raw
            .satuan
            .map(|s| s.trim().to_string())
            .filter(|s| !s.is_empty())
            .map(Localized::new),
        seller: Seller {
            name: raw.pelapak.nama.trim().to_string(),
            business: raw.pelapak.usaha.map(|u| u.trim().to_string()),
            kind: raw.pelapak.jenis.unwrap_or(SellerKind::Umkm),
        },
        whatsapp_written: raw.whatsapp,
        whatsapp,
        photos,
        available: raw.tersedia.unwrap_or(true),
        draft: raw.draf.unwrap_or(false),
        text: Localized::new(DocText {
            title: Some(raw.nama.trim().to_string()),
            summary: raw.ringkasan,
            body,
            image_alt: None,
        }),
    })
}

/// The price of `harga` or `harga_mulai`: exactly one of them, above 0; a
/// missing price is pointed at `satuan` when there is one (`has_unit`), else `nama`.
fn price(
    (exact, from): (Option<Rupiah>, Option<Rupiah>),
    has_unit: bool,
    source: &Source<'_>,
    report: &mut Report,
) -> Option<ProductPrice> {
    let (price, field) = match (exact, from) {
        (Some(_), Some(_)) => {
            report.push(source.error_at("harga_mulai", msg!("K1251")));
            return None;
        }
        (None, None) => {
            // Pointed at where the price belongs: beside `satuan`, else below `nama`.
            let near = if has_unit { "satuan" } else { "nama" };
            report.push(source.error_at(near, msg!("K1252")).field("harga"));
            return None;
        }
        (Some(a), None) => (ProductPrice::Exact(a.0), "harga"),
        (None, Some(a)) => (ProductPrice::From(a.0), "harga_mulai"),
    };
    if price.amount() == 0 {
        report.push(source.error_at(field, msg!("K1253", kolom = field)));
        return None;
    }
    Some(price)
}

/// The category `written`, or an error naming the allowed ones (and the one
/// probably meant).
fn category(written: &str, source: &Source<'_>, report: &mut Report) -> Option<ProductCategory> {
    if let Some(c) = ProductCategory::from_key(written.trim()) {
        return Some(c);
    }
    let list = CATEGORIES
        .iter()
        .map(|(k, _)| format!("`{k}`"))
        .collect::<Vec<_>>()
        .join(", ");
    let hint = match ProductCategory::suggest(written) {
        Some(close) => msg!("produk-hint-kategori-mirip", saran = close, daftar = list),
        None => msg!("produk-hint-kategori", daftar = list),
    };
    report.push(
        source
            .error_at("kategori", msg!("K1254", kategori = written))
            .hint(hint),
    );
    None
}

/// Adds the translation `produk/<slug>.<lang>.md` to `product`.
pub fn apply_translation(
    product: &mut Product,
    lang: &str,
    file: FileText<'_>,
    default_file: &str,
    report: &mut Report,
) {
    let mut inner = Report::new();
    let parsed = split_parsed::<RawTranslation>(&file, None, &mut inner);
    report.extend(
        inner
            .into_iter()
            .map(|d| fact_error(d, PRODUCT_FACTS, default_file)),
    );
    let Some((front, body, source)) = parsed else {
        return;
    };
    let t = front.unwrap_or_default();
    let mut put =
        |target: Option<&mut Text>, value: Option<String>, field: &str| match (target, value) {
            (Some(text), Some(v)) => {
                text.translations.insert(lang.to_string(), v);
            }
            (None, Some(_)) => {
                let m = msg!("K1260", kolom = field, berkas = default_file);
                report.push(source.error_at(field, m));
            }
            _ => {}
        };
    put(product.unit.as_mut(), t.satuan, "satuan");
    for (i, item) in t.foto.unwrap_or_default().into_iter().enumerate() {
        let target = product.photos.get_mut(i).and_then(|p| p.alt.as_mut());
        put(target, item.keterangan, &format!("foto[{i}].keterangan"));
    }
    product.text.translations.insert(
        lang.to_string(),
        DocText {
            title: t.nama,
            summary: t.ringkasan,
            body,
            image_alt: None,
        },
    );
}

/// The products of one village as the loader found them: (slug, file) and
/// (slug, language, file) of `produk/`.
#[derive(Debug, Default)]
pub struct ProdukFiles {
    /// `produk/<slug>.md`.
    pub files: Vec<(String, PathBuf)>,
    /// `produk/<slug>.<lang>.md`.
    pub translations: Vec<(String, String, PathBuf)>,
}

/// Loads every product of a village (`read` reads a file, reporting why it
/// cannot) and applies the translations. Returns the published products (by
/// category, then name) and the files not published, by path in the village
/// folder.
pub fn load(
    found: &ProdukFiles,
    dir: &Path,
    files: &BerkasFiles<'_>,
    drafts: bool,
    read: &mut dyn FnMut(&Path, &mut Report) -> Option<String>,
    report: &mut Report,
) -> (Vec<Product>, BTreeMap<String, Unpublished>) {
    let mut products = BTreeMap::new();
    let mut unpublished = BTreeMap::new();
    for (slug, rel) in &found.files {
        let Some(text) = read(rel, report) else {
            continue;
        };
        let file = FileText {
            file: rel,
            text: &text,
        };
        match parse_product(slug, file, files, report) {
            Some(p) if p.draft && !drafts => {
                unpublished.insert(format!("produk/{slug}.md"), Unpublished::Draft);
            }
            Some(p) => {
                products.insert(slug.clone(), p);
            }
            None => {
                unpublished.insert(format!("produk/{slug}.md"), Unpublished::Broken);
            }
        }
    }
    for (slug, lang, rel) in &found.translations {
        let default_file = dir.join("produk").join(format!("{slug}.md"));
        let default_name = default_file.display().to_string();
        let Some(product) = products.get_mut(slug) else {
            // A default file that failed to load, or a draft, has its own state already.
            if !found.files.iter().any(|(s, _)| s == slug) {
                report.push(Diagnostic::error(rel, msg!("K0238", berkas = default_name)));
            }
            continue;
        };
        if let Some(text) = read(rel, report) {
            let file = FileText {
                file: rel,
                text: &text,
            };
            apply_translation(product, lang, file, &default_name, report);
        }
    }
    let mut products: Vec<Product> = products.into_values().collect();
    products.sort_by_cached_key(|p| {
        let name = p.text.default.title.clone().unwrap_or_default();
        (
            p.category.unwrap_or(ProductCategory::Lainnya),
            name.to_lowercase(),
            p.slug.clone(),
        )
    });
    (products, unpublished)
}

#[cfg(test)]
mod tests;
