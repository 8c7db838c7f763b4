//! `wisata/<slug>.md`: a tourism destination (structured front matter and a
//! Markdown description), and `wisata/<slug>.<lang>.md`, its translation.

use super::document::{BerkasFiles, DocText, FileText, fact_error, split_parsed};
use super::fields::{Latitude, Longitude, Rupiah};
pub use super::photo::Photo;
use super::photo::{RawPhoto, RawPhotoTranslation, read_photos};
use super::village::check_phones;
use super::{Localized, Text};
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::Source;
use schemars::JsonSchema;
use serde::Deserialize;
use std::fmt;

/// The kinds of destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Category {
    /// Nature.
    Alam,
    /// Culture.
    Budaya,
    /// History.
    Sejarah,
    /// Religion.
    Religi,
    /// Food.
    Kuliner,
    /// Man-made attractions.
    Buatan,
    /// A tourism village as a whole.
    DesaWisata,
}

impl Category {
    /// The key as written in content (`desa-wisata`).
    pub fn key(self) -> &'static str {
        match self {
            Category::Alam => "alam",
            Category::Budaya => "budaya",
            Category::Sejarah => "sejarah",
            Category::Religi => "religi",
            Category::Kuliner => "kuliner",
            Category::Buatan => "buatan",
            Category::DesaWisata => "desa-wisata",
        }
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDestination {
    nama: String,
    kategori: Category,
    ringkasan: Option<String>,
    lokasi: RawPlace,
    jam_buka: Option<String>,
    tiket: Option<Vec<RawPrice>>,
    parkir: Option<Vec<RawPrice>>,
    fasilitas: Option<Vec<String>>,
    pengelola: Option<String>,
    kontak: Option<RawContact>,
    foto: Option<Vec<RawPhoto>>,
    akses: Option<String>,
    musim_terbaik: Option<String>,
    unggulan: Option<bool>,
    draf: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    lat: Latitude,
    lon: Longitude,
    alamat: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPrice {
    jenis: String,
    harga: Rupiah,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawContact {
    #[schemars(pattern(super::schema_impls::PHONE_PATTERN))]
    telepon: Option<String>,
    #[schemars(pattern(super::schema_impls::WHATSAPP_PATTERN))]
    whatsapp: Option<String>,
    #[schemars(pattern(super::schema_impls::WEB_PATTERN))]
    situs: Option<String>,
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    nama: Option<String>,
    ringkasan: Option<String>,
    lokasi: Option<RawPlaceTranslation>,
    jam_buka: Option<String>,
    tiket: Option<Vec<RawPriceTranslation>>,
    parkir: Option<Vec<RawPriceTranslation>>,
    fasilitas: Option<Vec<String>>,
    pengelola: Option<String>,
    foto: Option<Vec<RawPhotoTranslation>>,
    akses: Option<String>,
    musim_terbaik: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPlaceTranslation {
    alamat: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPriceTranslation {
    jenis: Option<String>,
}

/// The JSON Schema of a destination's front matter (`wisata/`) (`kampung schema`).
pub(crate) fn destination_schema() -> serde_json::Value {
    crate::schema::of::<RawDestination>()
}

/// The JSON Schema of a destination translation's front matter (`kampung schema`).
pub(crate) fn destination_translation_schema() -> serde_json::Value {
    crate::schema::of::<RawTranslation>()
}

/// Front-matter fields of a destination that a translation may not set.
const DESTINATION_FACTS: &[&str] = &[
    "kategori", "lat", "lon", "harga", "berkas", "kontak", "telepon", "whatsapp", "situs", "draf",
    "unggulan",
];

/// One price line: what it is for and how much.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    /// Who or what pays (`jenis`).
    pub kind: Text,
    /// Rupiah (`harga`).
    pub amount: u64,
}

/// How to reach a destination's operator.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Contact {
    /// Phone as written.
    pub phone: Option<String>,
    /// WhatsApp number as written.
    pub whatsapp: Option<String>,
    /// Website.
    pub website: Option<String>,
}

/// A tourism destination.
#[derive(Debug, Clone, PartialEq)]
pub struct Destination {
    /// File name without `.md`.
    pub slug: String,
    /// Kind (`kategori`).
    pub category: Category,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Street address (`lokasi.alamat`).
    pub address: Option<Text>,
    /// Opening hours as text (`jam_buka`).
    pub hours: Option<Text>,
    /// Tickets (`tiket`): an empty list (or all at 0) means free entry; `None` that
    /// nothing is said about entry.
    pub tickets: Option<Vec<Price>>,
    /// Parking fees (`parkir`).
    pub parking: Vec<Price>,
    /// Facilities (`fasilitas`).
    pub facilities: Localized<Vec<String>>,
    /// Operator (`pengelola`).
    pub operator: Option<Text>,
    /// Contact (`kontak`).
    pub contact: Contact,
    /// Photos; the first is the cover.
    pub photos: Vec<Photo>,
    /// How to get there (`akses`).
    pub access: Option<Text>,
    /// Best season (`musim_terbaik`).
    pub best_season: Option<Text>,
    /// Shown on the portal's home page (`unggulan`).
    pub featured: bool,
    /// Draft (`draf`).
    pub draft: bool,
    /// Name (as title), summary and description, per language.
    pub text: Localized<DocText>,
}

impl Destination {
    /// Whether entry costs nothing (`tiket: []` or every ticket at 0); `None` when
    /// the destination says nothing about tickets.
    pub fn is_free(&self) -> Option<bool> {
        self.tickets
            .as_ref()
            .map(|list| list.iter().all(|t| t.amount == 0))
    }

    /// The lowest ticket price, if any ticket costs money.
    pub fn price_from(&self) -> Option<u64> {
        self.tickets
            .iter()
            .flatten()
            .map(|t| t.amount)
            .filter(|a| *a > 0)
            .min()
    }
}

fn prices(raw: Vec<RawPrice>) -> Vec<Price> {
    raw.into_iter()
        .map(|p| Price {
            kind: Localized::new(p.jenis),
            amount: p.harga.0,
        })
        .collect()
}

/// Parses `wisata/<slug>.md`; its photos must be among `files`.
pub fn parse_destination(
    slug: &str,
    file: FileText<'_>,
    files: &BerkasFiles<'_>,
    report: &mut Report,
) -> Option<Destination> {
    let hint = msg!("wisata-hint-awal");
    let (front, body, source) = split_parsed::<RawDestination>(&file, Some(hint), report)?;
    let raw = front?;
    let errors_before = report.error_count();
    if raw.nama.trim().is_empty() {
        report.push(source.error_at("nama", msg!("K0401")));
    }
    let photos = read_photos(
        raw.foto.unwrap_or_default(),
        &source,
        files,
        |file| msg!("K0402", berkas = file),
        report,
    );
    let contact = raw.kontak.map_or_else(Contact::default, |k| Contact {
        phone: k.telepon,
        whatsapp: k.whatsapp,
        website: k.situs,
    });
    check_contact(&contact, &source, report);
    let (lat, lon) = (raw.lokasi.lat.0, raw.lokasi.lon.0);
    super::fields::check_in_indonesia(&source, "lokasi", lat, lon, report);
    if report.error_count() > errors_before {
        return None;
    }
    Some(Destination {
        slug: slug.to_string(),
        category: raw.kategori,
        lat: raw.lokasi.lat.0,
        lon: raw.lokasi.lon.0,
        address: raw.lokasi.alamat.map(Localized::new),
        hours: raw.jam_buka.map(Localized::new),
        tickets: raw.tiket.map(prices),
        parking: prices(raw.parkir.unwrap_or_default()),
        facilities: Localized::new(raw.fasilitas.unwrap_or_default()),
        operator: raw.pengelola.map(Localized::new),
        contact,
        photos,
        access: raw.akses.map(Localized::new),
        best_season: raw.musim_terbaik.map(Localized::new),
        featured: raw.unggulan.unwrap_or(false),
        draft: raw.draf.unwrap_or(false),
        text: Localized::new(DocText {
            title: Some(raw.nama.trim().to_string()),
            summary: raw.ringkasan,
            body,
            image_alt: None,
        }),
    })
}

fn check_contact(contact: &Contact, source: &Source<'_>, report: &mut Report) {
    check_phones(
        source,
        "kontak",
        contact.phone.as_deref(),
        contact.whatsapp.as_deref(),
        report,
    );
    if let Some(url) = &contact.website {
        if !crate::url::is_web_address(url) {
            report.push(source.error_at("kontak.situs", msg!("K0403", alamat = url)));
        }
    }
}

/// Adds the translation `wisata/<slug>.<lang>.md` to `destination`.
pub fn apply_translation(
    destination: &mut Destination,
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
            .map(|d| fact_error(d, DESTINATION_FACTS, default_file)),
    );
    let Some((front, body, source)) = parsed else {
        return;
    };
    let t = front.unwrap_or_default();
    let mut missing = |field: &str| {
        report.push(source.error_at(field, msg!("K0404", kolom = field, berkas = default_file)));
    };
    let mut put =
        |target: Option<&mut Text>, value: Option<String>, field: &str| match (target, value) {
            (Some(text), Some(v)) => {
                text.translations.insert(lang.to_string(), v);
            }
            (None, Some(_)) => missing(field),
            _ => {}
        };
    put(destination.hours.as_mut(), t.jam_buka, "jam_buka");
    put(destination.operator.as_mut(), t.pengelola, "pengelola");
    put(destination.access.as_mut(), t.akses, "akses");
    put(
        destination.best_season.as_mut(),
        t.musim_terbaik,
        "musim_terbaik",
    );
    put(
        destination.address.as_mut(),
        t.lokasi.and_then(|l| l.alamat),
        "lokasi.alamat",
    );
    let mut no_tickets = Vec::new();
    let tickets = destination.tickets.as_mut().unwrap_or(&mut no_tickets);
    for (field, list, target) in [
        ("tiket", t.tiket, tickets),
        ("parkir", t.parkir, &mut destination.parking),
    ] {
        for (i, item) in list.unwrap_or_default().into_iter().enumerate() {
            put(
                target.get_mut(i).map(|p| &mut p.kind),
                item.jenis,
                &format!("{field}[{i}].jenis"),
            );
        }
    }
    for (i, item) in t.foto.unwrap_or_default().into_iter().enumerate() {
        let target = destination.photos.get_mut(i).and_then(|p| p.alt.as_mut());
        put(target, item.keterangan, &format!("foto[{i}].keterangan"));
    }
    if let Some(list) = t.fasilitas {
        destination
            .facilities
            .translations
            .insert(lang.to_string(), list);
    }
    destination.text.translations.insert(
        lang.to_string(),
        DocText {
            title: t.nama,
            summary: t.ringkasan,
            body,
            image_alt: None,
        },
    );
}

#[cfg(test)]
mod tests;
