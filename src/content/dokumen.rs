//! `dokumen/<slug>.md`: a village's public information (the entries of its
//! Daftar Informasi Publik, Perki 1/2018) and its legal products (Permendagri
//! 111/2014), one kind of file as in OpenSID's `dokumen` table; and
//! `dokumen/<slug>.<lang>.md`, its translation (text only).
//!
//! One file is read on its own by [`parse_dokumen`]; what needs every document
//! of the village (the change chain `mengubah`/`diubah_oleh`,
//! `mencabut`/`dicabut_oleh`, and the `perdes:` of a budget year) is checked by
//! [`check_references`] once all are read. Each reference keeps the place it was
//! written ([`DocRef`]), so those errors too name file, line and column.

use super::document::{BerkasFiles, DocText, FileText, check_berkas_reference, split_parsed};
use super::fields::Date;
use super::{Localized, Unpublished};
use crate::diagnostic::{Diagnostic, Report, did_you_mean};
use crate::msg;
use crate::yaml::Source;
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

/// What a document is (`jenis`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum DocKind {
    /// Public information that is not a regulation.
    InformasiPublik,
    /// Peraturan Desa (promulgated in the Lembaran Desa).
    PeraturanDesa,
    /// Peraturan Bersama Kepala Desa (cooperation between villages).
    PeraturanBersama,
    /// Peraturan Kepala Desa (promulgated in the Berita Desa).
    PeraturanKepalaDesa,
    /// Keputusan Kepala Desa (a decision).
    KeputusanKepalaDesa,
}

impl DocKind {
    /// Every kind, in the order the legal-products page lists them.
    pub const ALL: [DocKind; 5] = [
        DocKind::PeraturanDesa,
        DocKind::PeraturanBersama,
        DocKind::PeraturanKepalaDesa,
        DocKind::KeputusanKepalaDesa,
        DocKind::InformasiPublik,
    ];

    /// The key as written in content (`peraturan-desa`).
    pub fn key(self) -> &'static str {
        match self {
            DocKind::InformasiPublik => "informasi-publik",
            DocKind::PeraturanDesa => "peraturan-desa",
            DocKind::PeraturanBersama => "peraturan-bersama",
            DocKind::PeraturanKepalaDesa => "peraturan-kepala-desa",
            DocKind::KeputusanKepalaDesa => "keputusan-kepala-desa",
        }
    }

    /// True for every kind but plain public information: it has a number and a status.
    pub fn is_regulation(self) -> bool {
        self != DocKind::InformasiPublik
    }
}

impl fmt::Display for DocKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.key())
    }
}

/// The category of public information (`kategori`), UU 14/2008 and Perki 1/2018.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum InfoCategory {
    /// Published regularly, without a request.
    Berkala,
    /// Published at once: a threat to life or public order.
    SertaMerta,
    /// Held and given on request.
    SetiapSaat,
    /// Withheld (UU 14/2008 Pasal 17).
    Dikecualikan,
}

impl InfoCategory {
    /// Every category, in the order of the DIP.
    pub const ALL: [InfoCategory; 4] = [
        InfoCategory::Berkala,
        InfoCategory::SertaMerta,
        InfoCategory::SetiapSaat,
        InfoCategory::Dikecualikan,
    ];

    /// The key as written in content (`serta-merta`).
    pub fn key(self) -> &'static str {
        match self {
            InfoCategory::Berkala => "berkala",
            InfoCategory::SertaMerta => "serta-merta",
            InfoCategory::SetiapSaat => "setiap-saat",
            InfoCategory::Dikecualikan => "dikecualikan",
        }
    }
}

/// Whether a regulation is in force (`status`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum LegalStatus {
    /// In force as written.
    Berlaku,
    /// In force, changed by a later regulation.
    Diubah,
    /// Revoked by a later regulation.
    Dicabut,
}

impl LegalStatus {
    /// The key as written in content.
    pub fn key(self) -> &'static str {
        match self {
            LegalStatus::Berlaku => "berlaku",
            LegalStatus::Diubah => "diubah",
            LegalStatus::Dicabut => "dicabut",
        }
    }
}

/// In which forms the information is held (`bentuk`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Deserialize, JsonSchema)]
#[serde(rename_all = "kebab-case")]
pub enum Form {
    /// A file.
    Softcopy,
    /// Paper.
    Hardcopy,
    /// Both.
    SoftcopyDanHardcopy,
}

impl Form {
    /// The key as written in content.
    pub fn key(self) -> &'static str {
        match self {
            Form::Softcopy => "softcopy",
            Form::Hardcopy => "hardcopy",
            Form::SoftcopyDanHardcopy => "softcopy-dan-hardcopy",
        }
    }
}

/// A whole number or text, kept as written (`nomor: 3`, `nomor: 3/2024`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Written(String);

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl serde::de::Visitor<'_> for V {
            type Value = Written;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&msg!("dokumen-expecting-nomor").text())
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Written, E> {
                Ok(Written(v.trim().to_string()))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> Result<Written, E> {
                Ok(Written(v.to_string()))
            }
        }
        deserializer.deserialize_any(V)
    }
}

/// One slug or a list of them (`mengubah: perdes-2023-02` or `mengubah: [a, b]`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
struct Slugs(Vec<String>, bool);

impl<'de> Deserialize<'de> for Slugs {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Slugs;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&msg!("dokumen-expecting-slugs").text())
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Slugs, E> {
                Ok(Slugs(vec![v.trim().to_string()], false))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<Slugs, A::Error> {
                let mut out = Vec::new();
                while let Some(s) = seq.next_element::<String>()? {
                    out.push(s.trim().to_string());
                }
                Ok(Slugs(out, true))
            }
        }
        deserializer.deserialize_any(V)
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawDokumen {
    judul: String,
    jenis: DocKind,
    kategori: Option<InfoCategory>,
    tanggal: Option<Date>,
    ringkasan: Option<String>,
    #[schemars(pattern(super::schema_impls::BERKAS_PATTERN))]
    berkas: Option<String>,
    penanggung_jawab: Option<String>,
    pejabat: Option<String>,
    tempat: Option<String>,
    bentuk: Option<Form>,
    retensi: Option<String>,
    alasan: Option<String>,
    berlaku_sampai: Option<Date>,
    #[schemars(with = "Option<super::schema_impls::WrittenSchema>")]
    nomor: Option<Written>,
    tahun: Option<i32>,
    ditetapkan: Option<Date>,
    diundangkan: Option<Date>,
    #[schemars(with = "Option<super::schema_impls::WrittenSchema>")]
    lembaran: Option<Written>,
    status: Option<LegalStatus>,
    #[schemars(with = "Option<super::schema_impls::SlugsSchema>")]
    mengubah: Option<Slugs>,
    #[schemars(with = "Option<super::schema_impls::SlugsSchema>")]
    mencabut: Option<Slugs>,
    #[schemars(with = "Option<super::schema_impls::SlugsSchema>")]
    diubah_oleh: Option<Slugs>,
    #[schemars(with = "Option<super::schema_impls::SlugsSchema>")]
    dicabut_oleh: Option<Slugs>,
    draf: Option<bool>,
}

/// The JSON Schema of a document's front matter (`dokumen/`) (`kampung schema`).
pub(crate) fn dokumen_schema() -> serde_json::Value {
    crate::schema::of::<RawDokumen>()
}

/// How two regulations are linked, as the first one says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relation {
    /// `mengubah`: it changes the other one.
    Amends,
    /// `mencabut`: it revokes the other one.
    Revokes,
    /// `diubah_oleh`: the other one changes it.
    AmendedBy,
    /// `dicabut_oleh`: the other one revokes it.
    RevokedBy,
}

impl Relation {
    /// The field that says it (`mengubah`).
    pub fn field(self) -> &'static str {
        match self {
            Relation::Amends => "mengubah",
            Relation::Revokes => "mencabut",
            Relation::AmendedBy => "diubah_oleh",
            Relation::RevokedBy => "dicabut_oleh",
        }
    }

    /// The relation the other document must state back.
    pub fn inverse(self) -> Relation {
        match self {
            Relation::Amends => Relation::AmendedBy,
            Relation::Revokes => Relation::RevokedBy,
            Relation::AmendedBy => Relation::Amends,
            Relation::RevokedBy => Relation::Revokes,
        }
    }
}

/// A slug of a document written in a content file, with the place it was written.
#[derive(Debug, Clone, PartialEq)]
pub struct DocRef {
    /// The slug as written.
    pub slug: String,
    /// An error at the place it was written, whose message is replaced when the
    /// reference is wrong.
    at: Diagnostic,
}

impl DocRef {
    /// The reference `slug`, written at `field` of `source`.
    pub fn new(slug: String, source: &Source<'_>, field: &str) -> DocRef {
        let at = source.error_at(field, msg!("K1107", nama = slug.as_str()));
        DocRef { slug, at }
    }

    /// The error `message` at the place the reference was written.
    fn error(&self, message: crate::message::Message) -> Diagnostic {
        Diagnostic {
            message,
            hint: None,
            ..self.at.clone()
        }
    }
}

/// A link of the change chain: what it says and the document it names.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// How the two are linked.
    pub relation: Relation,
    /// The other document.
    pub target: DocRef,
}

/// What a regulation has beyond public information.
#[derive(Debug, Clone, PartialEq)]
pub struct Regulation {
    /// Number (`nomor`), as written; a Peraturan Bersama may carry two.
    pub number: String,
    /// Year of the number (`tahun`).
    pub year: i32,
    /// Date set (`ditetapkan`).
    pub set: Date,
    /// Date promulgated (`diundangkan`).
    pub promulgated: Option<Date>,
    /// Lembaran Desa or Berita Desa number (`lembaran`).
    pub gazette: Option<String>,
    /// In force, changed or revoked: as written, or from the chain.
    pub status: LegalStatus,
}

/// One document of `dokumen/`.
#[derive(Debug, Clone, PartialEq)]
pub struct Dokumen {
    /// File name without `.md`.
    pub slug: String,
    /// What it is (`jenis`).
    pub kind: DocKind,
    /// Its category in the DIP (`kategori`; a regulation without one is `setiap-saat`).
    pub category: InfoCategory,
    /// When it was made (`tanggal`; for a regulation `ditetapkan` when absent).
    pub date: Option<Date>,
    /// The file to download, under `berkas/`.
    pub file: Option<String>,
    /// Who is responsible for making or publishing it (`penanggung_jawab`).
    pub responsible: Option<String>,
    /// The official who holds it (`pejabat`).
    pub holder: Option<String>,
    /// Where it was made (`tempat`).
    pub place: Option<String>,
    /// Forms it is held in (`bentuk`; from `berkas` when absent).
    pub form: Form,
    /// How long it is kept (`retensi`).
    pub retention: Option<String>,
    /// The legal reason it is withheld (`alasan`, for `dikecualikan`).
    pub reason: Option<String>,
    /// The last day a `serta-merta` notice applies (`berlaku_sampai`).
    pub valid_until: Option<Date>,
    /// Number, dates and status, for a regulation.
    pub regulation: Option<Regulation>,
    /// The change chain, as this document states it.
    pub links: Vec<Link>,
    /// Draft (`draf`).
    pub draft: bool,
    /// Title (`judul`), summary (`ringkasan`) and body, per language.
    pub text: Localized<DocText>,
}

impl Dokumen {
    /// The documents this one links to by `relation`.
    pub fn linked(&self, relation: Relation) -> impl Iterator<Item = &str> {
        self.links
            .iter()
            .filter(move |l| l.relation == relation)
            .map(|l| l.target.slug.as_str())
    }

    /// True if and only if it is a `serta-merta` notice that applies on `today`.
    pub fn is_active_notice(&self, today: Date) -> bool {
        self.category == InfoCategory::SertaMerta
            && self.valid_until.is_some_and(|end| end >= today)
            && self.date.is_none_or(|start| start <= today)
    }
}

/// The links `raw` states, with their places in `source`.
fn links(raw: &mut RawDokumen, source: &Source<'_>) -> Vec<Link> {
    let mut out = Vec::new();
    for (relation, slugs) in [
        (Relation::Amends, raw.mengubah.take()),
        (Relation::Revokes, raw.mencabut.take()),
        (Relation::AmendedBy, raw.diubah_oleh.take()),
        (Relation::RevokedBy, raw.dicabut_oleh.take()),
    ] {
        let Some(Slugs(slugs, listed)) = slugs else {
            continue;
        };
        for (i, slug) in slugs.into_iter().enumerate() {
            let field = if listed {
                format!("{}[{i}]", relation.field())
            } else {
                relation.field().to_string()
            };
            let target = DocRef::new(slug, source, &field);
            out.push(Link { relation, target });
        }
    }
    out
}

/// The regulation part of `raw`, or `None` (with an error for each missing field).
fn regulation(
    raw: &RawDokumen,
    links: &[Link],
    source: &Source<'_>,
    report: &mut Report,
) -> Option<Regulation> {
    let mut missing = |field: &str| {
        report.push(source.error_at(
            "jenis",
            msg!("K1105", jenis = raw.jenis.key(), kolom = field),
        ));
    };
    let number = raw.nomor.as_ref().map(|n| n.0.clone());
    if number.is_none() {
        missing("nomor");
    }
    if raw.tahun.is_none() {
        missing("tahun");
    }
    if raw.ditetapkan.is_none() {
        missing("ditetapkan");
    }
    let has = |r: Relation| links.iter().any(|l| l.relation == r);
    let derived = if has(Relation::RevokedBy) {
        LegalStatus::Dicabut
    } else if has(Relation::AmendedBy) {
        LegalStatus::Diubah
    } else {
        LegalStatus::Berlaku
    };
    if let Some(written) = raw.status.filter(|w| *w != derived) {
        let chain_field = |status: LegalStatus| match status {
            LegalStatus::Dicabut => "dicabut_oleh",
            _ => "diubah_oleh",
        };
        // The chain says more than the status (K1110), or the status more than
        // the chain (K1109).
        let m = if written == LegalStatus::Berlaku || derived == LegalStatus::Dicabut {
            msg!(
                "K1110",
                status = derived.key(),
                kolom = chain_field(derived)
            )
        } else {
            msg!(
                "K1109",
                status = written.key(),
                kolom = chain_field(written)
            )
        };
        report.push(source.error_at("status", m));
    }
    Some(Regulation {
        number: number?,
        year: raw.tahun?,
        set: raw.ditetapkan?,
        promulgated: raw.diundangkan,
        gazette: raw.lembaran.as_ref().map(|l| l.0.clone()),
        status: raw.status.unwrap_or(derived),
    })
}

/// Checks what the category asks of an entry: a withheld one has its reason and
/// no file, a notice its end date.
fn check_category(
    raw: &RawDokumen,
    category: InfoCategory,
    source: &Source<'_>,
    report: &mut Report,
) {
    if category == InfoCategory::Dikecualikan {
        if raw.berkas.is_some() {
            report.push(source.error_at("berkas", msg!("K1101")));
        }
        if raw.alasan.as_deref().is_none_or(|a| a.trim().is_empty()) {
            report.push(source.error_at("kategori", msg!("K1102")));
        }
    }
    match (category, raw.berlaku_sampai) {
        (InfoCategory::SertaMerta, None) => {
            report.push(source.error_at("kategori", msg!("K1103")));
        }
        (InfoCategory::SertaMerta, Some(end)) => {
            if let Some(start) = raw.tanggal.filter(|start| *start > end) {
                let m = msg!(
                    "K1111",
                    sampai = end.to_string(),
                    tanggal = start.to_string()
                );
                report.push(source.error_at("berlaku_sampai", m));
            }
        }
        (_, Some(_)) => {
            let m = msg!("K1104", kategori = category.key());
            report.push(source.error_at("berlaku_sampai", m));
        }
        _ => {}
    }
}

/// Parses `dokumen/<slug>.md`; its file must be among `files`.
pub fn parse_dokumen(
    slug: &str,
    file: FileText<'_>,
    files: &BerkasFiles<'_>,
    report: &mut Report,
) -> Option<Dokumen> {
    let hint = msg!("dokumen-hint-awal");
    let (front, body, source) = split_parsed::<RawDokumen>(&file, Some(hint), report)?;
    let mut raw = front?;
    let errors_before = report.error_count();
    if raw.judul.trim().is_empty() {
        report.push(source.error_at("judul", msg!("K1100")));
    }
    let links = links(&mut raw, &source);
    let regulation = if raw.jenis.is_regulation() {
        regulation(&raw, &links, &source, report)
    } else {
        for field in ["kategori", "tanggal"] {
            let absent = match field {
                "kategori" => raw.kategori.is_none(),
                _ => raw.tanggal.is_none(),
            };
            if absent {
                let m = msg!("K1105", jenis = raw.jenis.key(), kolom = field);
                report.push(source.error_at(field, m));
            }
        }
        if let Some(link) = links.first() {
            report.push(
                link.target
                    .error(msg!("K1106", kolom = link.relation.field())),
            );
        }
        None
    };
    let category = raw.kategori.unwrap_or(InfoCategory::SetiapSaat);
    check_category(&raw, category, &source, report);
    if let Some(path) = &raw.berkas {
        if let Some(d) = check_berkas_reference(path, files) {
            report.push(source.error_at("berkas", d.message).maybe_hint(d.hint));
        }
    }
    if report.error_count() > errors_before {
        return None;
    }
    let date = raw.tanggal.or(regulation.as_ref().map(|r| r.set));
    let form = raw.bentuk.unwrap_or(if raw.berkas.is_some() {
        Form::Softcopy
    } else {
        Form::Hardcopy
    });
    Some(Dokumen {
        slug: slug.to_string(),
        kind: raw.jenis,
        category,
        date,
        file: raw.berkas,
        responsible: raw.penanggung_jawab,
        holder: raw.pejabat,
        place: raw.tempat,
        form,
        retention: raw.retensi,
        reason: raw.alasan,
        valid_until: raw.berlaku_sampai,
        regulation,
        links,
        draft: raw.draf.unwrap_or(false),
        text: Localized::new(DocText {
            title: Some(raw.judul.trim().to_string()),
            summary: raw.ringkasan,
            body,
            image_alt: None,
        }),
    })
}

/// Checks the change chain of `docs` both ways (every slug names a document of
/// the village that states the link back), and that each budget year's
/// `perdes` names a Peraturan Desa of the village. A reference to one of
/// `broken` (documents that failed to load, with their own errors) is not judged.
pub fn check_references<'a>(
    docs: &[Dokumen],
    broken: &[&str],
    perdes: impl IntoIterator<Item = &'a DocRef>,
    dir: &Path,
    report: &mut Report,
) {
    let by_slug: BTreeMap<&str, &Dokumen> = docs.iter().map(|d| (d.slug.as_str(), d)).collect();
    let slugs: Vec<&str> = by_slug.keys().copied().collect();
    let unknown = |r: &DocRef| {
        let d = r.error(msg!("K1107", nama = r.slug.as_str()));
        match did_you_mean(&r.slug, &slugs) {
            Some(s) => d.hint(msg!("dokumen-hint-mirip", nama = s)),
            None => d,
        }
    };
    for doc in docs {
        for link in &doc.links {
            let Some(other) = by_slug.get(link.target.slug.as_str()) else {
                if !broken.contains(&link.target.slug.as_str()) {
                    report.push(unknown(&link.target));
                }
                continue;
            };
            let back = link.relation.inverse();
            if !other.linked(back).any(|s| s == doc.slug) {
                let file = dir.join("dokumen").join(format!("{}.md", other.slug));
                let m = msg!(
                    "K1108",
                    nama = other.slug.as_str(),
                    kolom = back.field(),
                    balik = doc.slug.as_str()
                );
                let h = msg!(
                    "dokumen-hint-balik",
                    kolom = back.field(),
                    balik = doc.slug.as_str(),
                    berkas = file.display().to_string()
                );
                report.push(link.target.error(m).hint(h));
            }
        }
    }
    for r in perdes {
        match by_slug.get(r.slug.as_str()) {
            None if broken.contains(&r.slug.as_str()) => {}
            None => report.push(unknown(r)),
            Some(d) if d.kind != DocKind::PeraturanDesa => {
                report.push(r.error(msg!("K1112", nama = r.slug.as_str(), jenis = d.kind.key())));
            }
            Some(_) => {}
        }
    }
}

/// The documents of one village as the loader found them: (slug, file) and
/// (slug, language, file) of `dokumen/`.
#[derive(Debug, Default)]
pub struct DokumenFiles {
    /// `dokumen/<slug>.md`.
    pub files: Vec<(String, PathBuf)>,
    /// `dokumen/<slug>.<lang>.md`.
    pub translations: Vec<(String, String, PathBuf)>,
}

/// Loads every document of a village (`read` reads a file, reporting why it
/// cannot), applies the translations, and checks the references of
/// [`check_references`]. Returns the published documents (newest first) and
/// the files not published, by path in the village folder.
pub fn load<'a>(
    found: &DokumenFiles,
    dir: &Path,
    files: &BerkasFiles<'_>,
    perdes: impl IntoIterator<Item = &'a DocRef>,
    drafts: bool,
    read: &mut dyn FnMut(&Path, &mut Report) -> Option<String>,
    report: &mut Report,
) -> (Vec<Dokumen>, BTreeMap<String, Unpublished>) {
    let mut docs = BTreeMap::new();
    let mut unpublished = BTreeMap::new();
    for (slug, rel) in &found.files {
        let Some(text) = read(rel, report) else {
            continue;
        };
        let file = FileText {
            file: rel,
            text: &text,
        };
        match parse_dokumen(slug, file, files, report) {
            Some(doc) => {
                docs.insert(slug.clone(), doc);
            }
            None => {
                unpublished.insert(format!("dokumen/{slug}.md"), Unpublished::Broken);
            }
        }
    }
    for (slug, lang, rel) in &found.translations {
        let default_file = dir.join("dokumen").join(format!("{slug}.md"));
        let default_name = default_file.display().to_string();
        let Some(doc) = docs.get_mut(slug) else {
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
            super::document::parse_translation(&mut doc.text, lang, file, &default_name, report);
        }
    }
    let docs: Vec<Dokumen> = docs.into_values().collect();
    let broken: Vec<&str> = (found.files.iter())
        .map(|(slug, _)| slug.as_str())
        .filter(|slug| !docs.iter().any(|d| d.slug == *slug))
        .collect();
    check_references(&docs, &broken, perdes, dir, report);
    let mut published: Vec<Dokumen> = Vec::new();
    for doc in docs {
        if doc.draft && !drafts {
            unpublished.insert(format!("dokumen/{}.md", doc.slug), Unpublished::Draft);
        } else {
            published.push(doc);
        }
    }
    published.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    (published, unpublished)
}

#[cfg(test)]
mod tests;
