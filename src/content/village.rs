//! `desa.yaml`: a village's profile, and `desa.<lang>.yaml`, its translation.

use super::fields::{AreaCode, Latitude, Longitude, check_in_indonesia};
use super::{Localized, Text};
use crate::config::check_base_url;
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::{self, Source};
use schemars::JsonSchema;
use serde::Deserialize;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProfile {
    nama: String,
    jenis: Option<VillageKind>,
    kode: Option<AreaCode>,
    kecamatan: String,
    slogan: Option<String>,
    kepala: Option<RawOfficial>,
    perangkat: Option<Vec<RawOfficial>>,
    kantor: Option<RawOffice>,
    lokasi: Option<RawLocation>,
    penduduk: Option<RawPopulation>,
    luas_km2: Option<f64>,
    #[schemars(pattern(super::schema_impls::BASE_URL_PATTERN))]
    base_url: Option<String>,
    #[schemars(pattern(super::schema_impls::BERKAS_PATTERN))]
    logo: Option<String>,
    ppid: Option<Ppid>,
}

/// The village's PPID (`ppid`), who answers requests for public information.
#[derive(Debug, Clone, PartialEq, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Ppid {
    /// Name of the officer.
    pub nama: Option<String>,
    /// Post, usually the Sekretaris Desa.
    pub jabatan: Option<String>,
    /// Phone as written.
    pub telepon: Option<String>,
    /// Email address.
    pub email: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawOfficial {
    jabatan: String,
    nama: String,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawOffice {
    alamat: Option<String>,
    jam_layanan: Option<String>,
    #[schemars(pattern(super::schema_impls::PHONE_PATTERN))]
    telepon: Option<String>,
    #[schemars(pattern(super::schema_impls::WHATSAPP_PATTERN))]
    whatsapp: Option<String>,
    #[schemars(pattern(super::schema_impls::EMAIL_PATTERN))]
    email: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawLocation {
    lat: Latitude,
    lon: Longitude,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPopulation {
    jumlah: Option<u64>,
    laki_laki: Option<u64>,
    perempuan: Option<u64>,
    kk: Option<u64>,
    tahun: Option<u32>,
}

/// The text fields of `desa.<lang>.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProfileTranslation {
    slogan: Option<String>,
    kepala: Option<RawOfficialTranslation>,
    perangkat: Option<Vec<RawOfficialTranslation>>,
    kantor: Option<RawOfficeTranslation>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawOfficialTranslation {
    jabatan: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawOfficeTranslation {
    alamat: Option<String>,
    jam_layanan: Option<String>,
}

/// The JSON Schema of `desa.yaml` (`kampung schema`).
pub(crate) fn profile_schema() -> serde_json::Value {
    crate::schema::of::<RawProfile>()
}

/// The JSON Schema of `desa.<lang>.yaml` (`kampung schema`).
pub(crate) fn profile_translation_schema() -> serde_json::Value {
    crate::schema::of::<RawProfileTranslation>()
}

/// Fields of `desa.yaml` that a translation may not set.
pub const PROFILE_FACTS: &[&str] = &[
    "nama",
    "jenis",
    "kode",
    "kecamatan",
    "lokasi",
    "penduduk",
    "luas_km2",
    "base_url",
    "logo",
    "telepon",
    "whatsapp",
    "email",
];

/// Desa or kelurahan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, JsonSchema)]
#[serde(rename_all = "lowercase")]
pub enum VillageKind {
    /// A desa, led by a kepala desa.
    #[default]
    Desa,
    /// A kelurahan, led by a lurah.
    Kelurahan,
}

/// A village's profile.
#[derive(Debug, Clone, PartialEq)]
pub struct Profile {
    /// Name (`nama`).
    pub name: String,
    /// Desa or kelurahan (`jenis`).
    pub kind: VillageKind,
    /// Kemendagri code (`kode`).
    pub code: Option<String>,
    /// Kecamatan (`kecamatan`).
    pub district: String,
    /// The kecamatan as a slug (`glagah`): the address of its page on a
    /// portal that gives each kecamatan one.
    pub district_slug: String,
    /// Slogan.
    pub motto: Option<Text>,
    /// Head of the village (`kepala`).
    pub head: Option<Official>,
    /// Officials (`perangkat`).
    pub officials: Vec<Official>,
    /// Office (`kantor`).
    pub office: Option<Office>,
    /// Location (`lokasi`).
    pub location: Option<Location>,
    /// Population (`penduduk`).
    pub population: Option<Population>,
    /// Area in km² (`luas_km2`).
    pub area_km2: Option<f64>,
    /// The village's own base URL, without trailing slash.
    pub base_url: Option<String>,
    /// The village's coat of arms (`logo`), a PNG, JPEG or WebP picture or an
    /// SVG drawing under `berkas/`, shown beside the village's name.
    pub logo: Option<String>,
    /// Who answers requests for public information (`ppid`).
    pub ppid: Option<Ppid>,
}

impl Profile {
    /// A stand-in for a village whose desa.yaml could not be read, so that its
    /// other files can still be checked.
    pub fn placeholder(slug: &str) -> Self {
        Profile {
            name: slug.to_string(),
            kind: VillageKind::Desa,
            code: None,
            district: String::new(),
            district_slug: String::new(),
            motto: None,
            head: None,
            officials: Vec::new(),
            office: None,
            location: None,
            population: None,
            area_km2: None,
            base_url: None,
            logo: None,
            ppid: None,
        }
    }
}

/// An official: title and name.
#[derive(Debug, Clone, PartialEq)]
pub struct Official {
    /// Title (`jabatan`), translatable.
    pub title: Text,
    /// Name (`nama`).
    pub name: String,
}

/// The village office.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Office {
    /// Address, translatable.
    pub address: Option<Text>,
    /// Opening hours, translatable.
    pub hours: Option<Text>,
    /// Phone as written.
    pub phone: Option<String>,
    /// WhatsApp number as written.
    pub whatsapp: Option<String>,
    /// Email address.
    pub email: Option<String>,
}

/// Coordinates in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Location {
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
}

/// Population figures.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Population {
    /// Total (`jumlah`).
    pub total: Option<u64>,
    /// Men (`laki_laki`).
    pub male: Option<u64>,
    /// Women (`perempuan`).
    pub female: Option<u64>,
    /// Households (`kk`).
    pub households: Option<u64>,
    /// Year of the figures (`tahun`).
    pub year: Option<u32>,
}

/// The digits of an Indonesian phone number in international form without `+`
/// (`0812-3456-789` and `+62 812 3456 789` both give `628123456789`), or `None`
/// when it is not a plausible number.
pub(super) fn international_digits(phone: &str) -> Option<String> {
    let allowed = |c: char| c.is_ascii_digit() || " -.()+".contains(c);
    if !phone.chars().all(allowed) {
        return None;
    }
    let digits: String = phone.chars().filter(char::is_ascii_digit).collect();
    let intl = if phone.trim_start().starts_with('+') {
        digits
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("62{rest}")
    } else if digits.starts_with("62") {
        digits
    } else {
        return None;
    };
    (9..=15).contains(&intl.len()).then_some(intl)
}

/// A `tel:` URI for a phone number as written (`0333-555111` -> `tel:+62333555111`).
pub fn phone_to_tel(phone: &str) -> Option<String> {
    international_digits(phone).map(|d| format!("tel:+{d}"))
}

/// A `https://wa.me/` link for a WhatsApp number as written, if it is a mobile number.
pub fn phone_to_whatsapp(phone: &str) -> Option<String> {
    international_digits(phone)
        .filter(|d| d.starts_with("628"))
        .map(|d| format!("https://wa.me/{d}"))
}

/// Picture endings a logo may have: those `berkas/` publishes as pictures,
/// and SVG, which is drawn to PNG (the SVG itself is never published).
const LOGO_KINDS: [&str; 5] = ["png", "jpg", "jpeg", "webp", "svg"];

/// Checks that a `logo` names a picture kampung can show: a PNG, JPEG or WebP
/// picture, or an SVG drawing (published only as PNG). A compressed SVG
/// (`.svgz`) is refused with its own message.
pub fn check_logo_kind(logo: &str) -> Result<(), crate::message::Message> {
    let ext = logo
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    if LOGO_KINDS.contains(&ext.as_str()) {
        Ok(())
    } else if ext == "svgz" {
        Err(msg!("K0281", berkas = logo))
    } else {
        Err(msg!("K0280", berkas = logo))
    }
}

/// Checks that the profile's `logo` (in `file`, desa.yaml) names one of the
/// village's `files`; a logo that does not is dropped.
pub fn check_logo_file(
    profile: &mut Profile,
    files: &super::document::BerkasFiles<'_>,
    file: &std::path::Path,
    report: &mut Report,
) {
    let Some(logo) = &profile.logo else {
        return;
    };
    if let Some(d) = super::document::check_berkas_reference(logo, files) {
        report.push(
            crate::diagnostic::Diagnostic::error(file, d.message)
                .field("logo")
                .maybe_hint(d.hint),
        );
        profile.logo = None;
    }
}

/// Checks a phone number (`<parent>.telepon`) and a WhatsApp number
/// (`<parent>.whatsapp`), reporting each that cannot be dialled.
pub fn check_phones(
    source: &Source<'_>,
    parent: &str,
    phone: Option<&str>,
    whatsapp: Option<&str>,
    report: &mut Report,
) {
    if let Some(phone) = phone.filter(|p| phone_to_tel(p).is_none()) {
        report.push(source.error_at(&format!("{parent}.telepon"), msg!("K0210", nomor = phone)));
    }
    if let Some(wa) = whatsapp.filter(|w| phone_to_whatsapp(w).is_none()) {
        report.push(source.error_at(&format!("{parent}.whatsapp"), msg!("K0211", nomor = wa)));
    }
}

/// Parses `desa.yaml`.
pub fn parse_profile(source: &Source<'_>, report: &mut Report) -> Option<Profile> {
    let raw: RawProfile = match yaml::parse(source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    let errors_before = report.error_count();
    for (field, value) in [("nama", &raw.nama), ("kecamatan", &raw.kecamatan)] {
        if value.trim().is_empty() {
            report.push(source.error_at(field, msg!("K0212", kolom = field)));
        }
    }
    let base_url = raw
        .base_url
        .as_deref()
        .and_then(|url| match check_base_url(url.trim()) {
            Ok(url) => Some(url),
            Err(d) => {
                report.push(source.error_at("base_url", d.message).maybe_hint(d.hint));
                None
            }
        });
    let logo = raw.logo.and_then(|logo| match check_logo_kind(&logo) {
        Ok(()) => Some(logo),
        Err(message) => {
            report.push(source.error_at("logo", message));
            None
        }
    });
    let office = raw.kantor.map(|k| parse_office(source, k, report));
    let population = raw.penduduk.map(|p| parse_population(source, p, report));
    if let Some(area) = raw.luas_km2 {
        if !(area.is_finite() && area > 0.0) {
            report.push(source.error_at("luas_km2", msg!("K0215", luas = area.to_string())));
        }
    }
    if let Some(l) = &raw.lokasi {
        check_in_indonesia(source, "lokasi", l.lat.0, l.lon.0, report);
    }
    let official = |o: RawOfficial| Official {
        title: Localized::new(o.jabatan),
        name: o.nama,
    };
    let profile = Profile {
        name: raw.nama.trim().to_string(),
        kind: raw.jenis.unwrap_or_default(),
        code: raw.kode.map(|c| c.0),
        district: raw.kecamatan.trim().to_string(),
        district_slug: match super::suggest_slug(raw.kecamatan.trim()) {
            s if s.is_empty() => "kecamatan".to_string(),
            s => s,
        },
        motto: raw.slogan.map(Localized::new),
        head: raw.kepala.map(official),
        officials: raw
            .perangkat
            .unwrap_or_default()
            .into_iter()
            .map(official)
            .collect(),
        office,
        location: raw.lokasi.map(|l| Location {
            lat: l.lat.0,
            lon: l.lon.0,
        }),
        population,
        area_km2: raw.luas_km2,
        base_url,
        logo,
        ppid: raw.ppid,
    };
    (report.error_count() == errors_before).then_some(profile)
}

/// The office (`kantor`), its phone numbers and e-mail address checked.
fn parse_office(source: &Source<'_>, k: RawOffice, report: &mut Report) -> Office {
    check_phones(
        source,
        "kantor",
        k.telepon.as_deref(),
        k.whatsapp.as_deref(),
        report,
    );
    if let Some(email) = &k.email {
        let ok = email
            .split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
            && !email.contains(char::is_whitespace);
        if !ok {
            report.push(source.error_at("kantor.email", msg!("K0213", email = email)));
        }
    }
    Office {
        address: k.alamat.map(Localized::new),
        hours: k.jam_layanan.map(Localized::new),
        phone: k.telepon,
        whatsapp: k.whatsapp,
        email: k.email,
    }
}

/// The population (`penduduk`), its total checked against men and women.
fn parse_population(source: &Source<'_>, p: RawPopulation, report: &mut Report) -> Population {
    if let (Some(total), Some(male), Some(female)) = (p.jumlah, p.laki_laki, p.perempuan) {
        if male + female != total {
            report.push(source.error_at(
                "penduduk.jumlah",
                msg!(
                    "K0214",
                    jumlah = total,
                    laki = male,
                    perempuan = female,
                    hasil = male + female
                ),
            ));
        }
    }
    Population {
        total: p
            .jumlah
            .or(p.laki_laki.zip(p.perempuan).map(|(m, f)| m + f)),
        male: p.laki_laki,
        female: p.perempuan,
        households: p.kk,
        year: p.tahun,
    }
}

/// Merges `desa.<lang>.yaml` into `profile`. Every translated field must exist in
/// the default file.
pub fn apply_translation(
    profile: &mut Profile,
    lang: &str,
    source: &Source<'_>,
    default_file: &str,
    report: &mut Report,
) {
    let raw: RawProfileTranslation = match yaml::parse(source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(super::document::fact_error(d, PROFILE_FACTS, default_file));
            return;
        }
    };
    let mut missing = |field: &str| {
        report.push(source.error_at(field, msg!("K0216", kolom = field, berkas = default_file)));
    };
    let mut put = |target: Option<&mut Text>, value: Option<String>, field: &str| {
        if let Some(value) = value {
            match target {
                Some(text) => {
                    text.translations.insert(lang.to_string(), value);
                }
                None => missing(field),
            }
        }
    };
    put(profile.motto.as_mut(), raw.slogan, "slogan");
    if let Some(k) = raw.kepala {
        put(
            profile.head.as_mut().map(|h| &mut h.title),
            k.jabatan,
            "kepala.jabatan",
        );
    }
    if let Some(office) = raw.kantor {
        let target = profile.office.as_mut();
        let (address, hours) = match target {
            Some(o) => (o.address.as_mut(), o.hours.as_mut()),
            None => (None, None),
        };
        put(address, office.alamat, "kantor.alamat");
        put(hours, office.jam_layanan, "kantor.jam_layanan");
    }
    if let Some(list) = raw.perangkat {
        for (i, item) in list.into_iter().enumerate() {
            let field = format!("perangkat[{i}].jabatan");
            put(
                profile.officials.get_mut(i).map(|o| &mut o.title),
                item.jabatan,
                &field,
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    #[test]
    fn phone_numbers() {
        assert_eq!(
            phone_to_tel("0333-555111").as_deref(),
            Some("tel:+62333555111")
        );
        assert_eq!(
            phone_to_tel("+62 333 555111").as_deref(),
            Some("tel:+62333555111")
        );
        assert_eq!(
            phone_to_whatsapp("0812-0000-0001").as_deref(),
            Some("https://wa.me/6281200000001")
        );
        assert_eq!(
            phone_to_whatsapp("+62 812 0000 0001").as_deref(),
            Some("https://wa.me/6281200000001")
        );
        assert_eq!(phone_to_whatsapp("0333-555111"), None);
        assert_eq!(phone_to_tel("call me"), None);
        assert_eq!(phone_to_tel("12"), None);
    }

    fn profile(text: &str) -> (Option<Profile>, Report) {
        let mut report = Report::new();
        let p = parse_profile(&Source::file(Path::new("desa.yaml"), text), &mut report);
        (p, report)
    }

    #[test]
    fn population_must_add_up() {
        let (p, report) = profile(
            "nama: A\nkecamatan: B\npenduduk:\n  jumlah: 10\n  laki_laki: 4\n  perempuan: 5\n",
        );
        assert!(p.is_none());
        let d = &report.diagnostics()[0];
        assert_eq!(d.field, "penduduk.jumlah");
        assert_eq!(d.position.unwrap().line, 4);
        assert!(d.text().contains("4 + 5 = 9"));
    }

    #[test]
    fn latitude_is_range_checked_at_its_line() {
        let (_, report) = profile("nama: A\nkecamatan: B\nlokasi:\n  lat: -98.2\n  lon: 114.3\n");
        let d = &report.diagnostics()[0];
        assert_eq!(d.field, "lokasi.lat");
        assert_eq!(d.position.unwrap().line, 4);
        assert_eq!(d.code(), Some("K0260"));
        let hint = d.hint_in(crate::message::Lang::En).unwrap_or_default();
        assert!(hint.contains("latitude"), "{hint}");
    }

    #[test]
    fn translation_fills_text_and_rejects_facts_and_strays() {
        let (p, _) =
            profile("nama: A\nkecamatan: B\nslogan: Rukun\nkantor:\n  telepon: '0333-555111'\n");
        let mut p = p.unwrap();
        let mut report = Report::new();
        let src = "slogan: Harmony\nkantor:\n  jam_layanan: Mon-Fri\n";
        apply_translation(
            &mut p,
            "en",
            &Source::file(Path::new("desa.en.yaml"), src),
            "desa.yaml",
            &mut report,
        );
        assert_eq!(
            p.motto.unwrap().translation("en").map(String::as_str),
            Some("Harmony")
        );
        assert_eq!(report.diagnostics()[0].field, "kantor.jam_layanan");
        let mut report = Report::new();
        let (p, _) = profile("nama: A\nkecamatan: B\n");
        apply_translation(
            &mut p.unwrap(),
            "en",
            &Source::file(Path::new("desa.en.yaml"), "kode: '1'\n"),
            "desa.yaml",
            &mut report,
        );
        assert_eq!(report.diagnostics()[0].code(), Some("K0601"), "{report:?}");
    }
}
