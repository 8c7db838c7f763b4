//! `wisata/<slug>.md`: a tourism destination (structured front matter and a
//! Markdown description), and `wisata/<slug>.<lang>.md`, its translation.

use super::document::{
    BerkasFiles, DocText, FileText, check_berkas_reference, fact_error, split_parsed,
};
use super::fields::{Latitude, Longitude, Rupiah};
use super::village::check_phones;
use super::{Localized, Text};
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::Source;
use serde::Deserialize;
use std::fmt;

/// The kinds of destination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
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

#[derive(Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    lat: Latitude,
    lon: Longitude,
    alamat: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPrice {
    jenis: String,
    harga: Rupiah,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawContact {
    telepon: Option<String>,
    whatsapp: Option<String>,
    situs: Option<String>,
}

/// A photo: a plain path, or a path with a description.
#[derive(Debug)]
enum RawPhoto {
    Path(String),
    Described(RawDescribedPhoto),
}

/// Read by hand rather than `untagged`, so that a mistake inside `berkas:`/`keterangan:`
/// keeps its own message (an unknown field lists the known ones) instead of "did not match
/// any variant".
impl<'de> Deserialize<'de> for RawPhoto {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PhotoVisitor;
        impl<'de> serde::de::Visitor<'de> for PhotoVisitor {
            type Value = RawPhoto;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a path like `berkas/foto.jpg`, or `berkas:` with `keterangan:`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawPhoto, E> {
                Ok(RawPhoto::Path(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawPhoto, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                RawDescribedPhoto::deserialize(map).map(RawPhoto::Described)
            }
        }
        deserializer.deserialize_any(PhotoVisitor)
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawDescribedPhoto {
    berkas: String,
    keterangan: Option<String>,
}

#[derive(Debug, Deserialize)]
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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPlaceTranslation {
    alamat: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPriceTranslation {
    jenis: Option<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPhotoTranslation {
    keterangan: Option<String>,
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

/// A photo of a destination.
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    /// Path under `berkas/`.
    pub file: String,
    /// Description, used as alternative text.
    pub alt: Option<Text>,
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
    let mut photos = Vec::new();
    let mut photo_fields = Vec::new();
    for (i, photo) in raw.foto.unwrap_or_default().into_iter().enumerate() {
        let (photo, field) = match photo {
            RawPhoto::Path(file) => (Photo { file, alt: None }, format!("foto[{i}]")),
            RawPhoto::Described(d) => (
                Photo {
                    file: d.berkas,
                    alt: d.keterangan.map(Localized::new),
                },
                format!("foto[{i}].berkas"),
            ),
        };
        photos.push(photo);
        photo_fields.push(field);
    }
    for (photo, field) in photos.iter().zip(&photo_fields) {
        if let Some(d) = check_berkas_reference(&photo.file, files) {
            report.push(source.error_at(field, d.message).maybe_hint(d.hint));
        } else if photo.alt.is_none() {
            report.push(source.warning_at(field, msg!("K0402", berkas = &photo.file)));
        }
    }
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
    let t = front.unwrap_or(RawTranslation {
        nama: None,
        ringkasan: None,
        lokasi: None,
        jam_buka: None,
        tiket: None,
        parkir: None,
        fasilitas: None,
        pengelola: None,
        foto: None,
        akses: None,
        musim_terbaik: None,
    });
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
mod tests {
    use super::*;
    use std::path::Path;

    const IJEN: &str = "---\nnama: Kawah Ijen\nkategori: alam\nlokasi:\n  lat: -8.0296\n  lon: 114.2478\ntiket:\n  - jenis: Domestik\n    harga: 5000\n  - jenis: Mancanegara\n    harga: 100000\nfoto:\n  - berkas/ijen.jpg\n  - berkas: berkas/ijen-2.jpg\n    keterangan: Api biru\n---\nDeskripsi.\n";

    fn parse(text: &str) -> (Option<Destination>, Report) {
        let mut report = Report::new();
        let file = FileText {
            file: Path::new("wisata/kawah-ijen.md"),
            text,
        };
        let files = BerkasFiles::new([
            "berkas/ijen.jpg",
            "berkas/ijen-2.jpg",
            "berkas/kawah-ijen.jpg",
        ]);
        let d = parse_destination("kawah-ijen", file, &files, &mut report);
        (d, report)
    }

    #[test]
    fn a_destination_with_prices_and_photos() {
        let (d, report) = parse(IJEN);
        assert!(!report.has_errors(), "{report:?}");
        let d = d.unwrap();
        assert_eq!(d.category, Category::Alam);
        assert_eq!(d.price_from(), Some(5000));
        assert_eq!(d.is_free(), Some(false));
        assert_eq!(d.photos[1].alt.as_ref().unwrap().default, "Api biru");
    }

    #[test]
    fn category_coordinates_photos_and_prices_are_checked() {
        let (_, r) = parse(&IJEN.replace("kategori: alam", "kategori: pantai"));
        let d = &r.diagnostics()[0];
        assert_eq!(
            (d.field.as_str(), d.position.unwrap().line),
            ("kategori", 3)
        );
        assert!(
            d.hint_text().as_deref().unwrap().contains(
                "`alam`, `budaya`, `sejarah`, `religi`, `kuliner`, `buatan`, `desa-wisata`"
            ),
            "{d}"
        );
        let (_, r) = parse(&IJEN.replace("lon: 114.2478", "lon: 214.2478"));
        assert_eq!(r.diagnostics()[0].field, "lokasi.lon");
        let (_, r) = parse(&IJEN.replace("berkas/ijen.jpg", "berkas/hilang.jpg"));
        assert_eq!(
            (
                r.diagnostics()[0].field.as_str(),
                r.diagnostics()[0].position.unwrap().line
            ),
            ("foto[0]", 13)
        );
        let (_, r) = parse(&IJEN.replace("berkas/ijen-2.jpg", "berkas/hilang.jpg"));
        let e = r.diagnostics().iter().find(|d| d.is_error()).unwrap();
        assert_eq!(
            (e.field.as_str(), e.position.unwrap().line),
            ("foto[1].berkas", 14)
        );
        let (_, r) = parse(&IJEN.replace("harga: 5000", "harga: 5.000"));
        assert_eq!(r.diagnostics()[0].field, "tiket[0].harga");
        let (_, r) = parse(&IJEN.replace("lokasi:\n  lat: -8.0296\n  lon: 114.2478\n", ""));
        assert_eq!(r.diagnostics()[0].code(), Some("K0102"));
        assert_eq!(r.diagnostics()[0].field, "lokasi");
    }

    #[test]
    fn a_photo_named_nearly_like_a_file_gets_its_name_suggested() {
        for written in [
            "berkas/Kawah Ijen.JPG",
            "berkas/kawah_ijen.jpg",
            "berkas/kawah ijen.jpg",
            "Berkas/kawah-ijen.jpg",
            "kawah-ijen.jpg",
            "berkas\\kawah-ijen.jpg",
        ] {
            let (_, r) = parse(&IJEN.replace("berkas/ijen.jpg", written));
            let d = &r.diagnostics()[0];
            assert_eq!(d.field, "foto[0]", "{written}");
            let hint = d.hint_text().unwrap_or_default();
            assert!(
                hint.starts_with("maksud Anda `berkas/kawah-ijen.jpg`?"),
                "{written}: {hint}"
            );
            let en = d.hint_in(crate::message::Lang::En).unwrap_or_default();
            assert!(
                en.starts_with("did you mean `berkas/kawah-ijen.jpg`?"),
                "{en}"
            );
        }
        // A name unlike every file keeps the general hint.
        let (_, r) = parse(&IJEN.replace("berkas/ijen.jpg", "berkas/kawah-baru.jpg"));
        let d = &r.diagnostics()[0];
        assert_eq!(d.code(), Some("K0607"));
        assert!(
            d.hint_text()
                .unwrap_or_default()
                .starts_with("periksa ejaannya")
        );
    }

    #[test]
    fn a_photo_without_description_warns_with_its_own_name_in_the_example() {
        let (_, r) = parse(IJEN);
        let w = &r.diagnostics()[0];
        assert!(!w.is_error());
        assert_eq!(w.code(), Some("K0402"));
        assert_eq!(
            w.hint_text().unwrap_or_default(),
            "tulis apa isi foto itu, untuk pembaca yang tidak bisa melihatnya:\n  - berkas: berkas/ijen.jpg\n    keterangan: Kawah dengan api biru sebelum subuh"
        );
    }

    #[test]
    fn contact_numbers_and_site_are_checked() {
        let text = IJEN.replace(
            "foto:",
            "kontak:\n  whatsapp: \"0333-555111\"\n  situs: tiket.example\nfoto:",
        );
        let (_, r) = parse(&text);
        let fields: Vec<_> = r
            .diagnostics()
            .iter()
            .filter(|d| d.is_error())
            .map(|d| d.field.as_str())
            .collect();
        assert_eq!(fields, ["kontak.whatsapp", "kontak.situs"]);
    }

    #[test]
    fn free_entry() {
        let (d, _) = parse(
            &IJEN
                .replace("harga: 5000", "harga: 0")
                .replace("harga: 100000", "harga: 0"),
        );
        assert_eq!(d.unwrap().is_free(), Some(true));
        let (d, _) = parse(&IJEN.replace("tiket:\n  - jenis: Domestik\n    harga: 5000\n  - jenis: Mancanegara\n    harga: 100000\n", ""));
        assert_eq!(d.unwrap().is_free(), None);
        let (d, _) = parse(&IJEN.replace("tiket:\n  - jenis: Domestik\n    harga: 5000\n  - jenis: Mancanegara\n    harga: 100000\n", "tiket: []\n"));
        assert_eq!(d.unwrap().is_free(), Some(true));
    }

    #[test]
    fn translation_sets_text_not_facts() {
        let (d, _) = parse(IJEN);
        let mut d = d.unwrap();
        let mut report = Report::new();
        let text = "---\nnama: Ijen Crater\ntiket:\n  - jenis: Domestic\n---\nBlue fire.\n";
        apply_translation(
            &mut d,
            "en",
            FileText {
                file: Path::new("wisata/kawah-ijen.en.md"),
                text,
            },
            "wisata/kawah-ijen.md",
            &mut report,
        );
        assert!(!report.has_errors(), "{report:?}");
        assert_eq!(
            d.tickets.as_ref().unwrap()[0]
                .kind
                .translation("en")
                .map(String::as_str),
            Some("Domestic")
        );
        assert_eq!(
            d.text.translation("en").unwrap().title.as_deref(),
            Some("Ijen Crater")
        );
        let text = "---\ntiket:\n  - jenis: Domestic\n    harga: 1\n---\n";
        apply_translation(
            &mut d,
            "en",
            FileText {
                file: Path::new("wisata/kawah-ijen.en.md"),
                text,
            },
            "wisata/kawah-ijen.md",
            &mut report,
        );
        let e = &report.diagnostics()[0];
        assert_eq!(e.field, "tiket[0].harga");
        assert_eq!(e.code(), Some("K0601"));
    }
}
