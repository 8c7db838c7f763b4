//! `layanan.yaml`: a village's public-service catalogue, and `layanan.<lang>.yaml`,
//! its translation by service id.
//!
//! The fields follow the six public components of the Indonesian service standard
//! (PermenPAN-RB 15/2014): requirements, procedure, time, fee, product, complaints.

use super::document::{BerkasFiles, Markdown, check_berkas_reference, fact_error};
use super::fields::Rupiah;
use super::{Date, Interner, Localized, Shared, SharedList, SharedText, is_slug, suggest_slug};
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::{self, Source};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawService {
    #[schemars(pattern(super::schema_impls::SLUG_PATTERN))]
    id: String,
    nama: String,
    kategori: Option<String>,
    ringkasan: Option<String>,
    persyaratan: Vec<String>,
    prosedur: Vec<String>,
    waktu: String,
    biaya: Rupiah,
    produk: Option<String>,
    tempat: Option<String>,
    jam: Option<String>,
    dasar_hukum: Option<Vec<String>>,
    pengaduan: Option<String>,
    #[schemars(inner(pattern(super::schema_impls::BERKAS_PATTERN)))]
    formulir: Option<Vec<String>>,
    #[schemars(pattern(super::schema_impls::WEB_PATTERN))]
    daring: Option<String>,
    catatan: Option<String>,
    diperbarui: Option<Date>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawServiceTranslation {
    id: String,
    nama: Option<String>,
    kategori: Option<String>,
    ringkasan: Option<String>,
    persyaratan: Option<Vec<String>>,
    prosedur: Option<Vec<String>>,
    waktu: Option<String>,
    produk: Option<String>,
    tempat: Option<String>,
    jam: Option<String>,
    pengaduan: Option<String>,
    catatan: Option<String>,
}

/// The JSON Schema of `layanan.yaml` (`kampung schema`).
pub(crate) fn catalogue_schema() -> serde_json::Value {
    crate::schema::of::<Vec<RawService>>()
}

/// The JSON Schema of `layanan.<lang>.yaml` (`kampung schema`).
pub(crate) fn catalogue_translation_schema() -> serde_json::Value {
    crate::schema::of::<Vec<RawServiceTranslation>>()
}

/// Fields of a service that a translation may not set.
const SERVICE_FACTS: &[&str] = &["biaya", "formulir", "daring", "dasar_hukum", "diperbarui"];

/// One public service of a village. Its texts are [`Shared`]: most villages
/// word their services alike.
#[derive(Debug, Clone, PartialEq)]
pub struct Service {
    /// Slug, unique in the village (`id`).
    pub id: Shared,
    /// Name (`nama`).
    pub name: SharedText,
    /// Category (`kategori`); the catalogue groups by it.
    pub category: Option<SharedText>,
    /// One-line summary (`ringkasan`).
    pub summary: Option<SharedText>,
    /// What to bring (`persyaratan`).
    pub requirements: Localized<SharedList>,
    /// Steps (`prosedur`).
    pub steps: Localized<SharedList>,
    /// How long it takes (`waktu`).
    pub duration: SharedText,
    /// Fee in Rupiah (`biaya`), 0 = free.
    pub fee: u64,
    /// What the resident receives (`produk`).
    pub product: Option<SharedText>,
    /// Where (`tempat`).
    pub place: Option<SharedText>,
    /// When, if it differs from the office hours (`jam`).
    pub hours: Option<SharedText>,
    /// Legal basis (`dasar_hukum`).
    pub legal_basis: SharedList,
    /// How to complain, if not through the office contact (`pengaduan`).
    pub complaints: Option<SharedText>,
    /// Forms to download (`formulir`), paths under `berkas/`.
    pub forms: SharedList,
    /// An online channel (`daring`), an http(s) URL.
    pub online: Option<Shared>,
    /// A Markdown note (`catatan`), boxed: few services have one.
    pub note: Option<Box<Localized<Markdown>>>,
    /// When the entry was last changed: the date of the last commit of
    /// `layanan.yaml` when the site is a git checkout, else `diperbarui`.
    pub updated: Option<Date>,
}

/// The Markdown of a block text field, with the line its text starts on.
fn markdown_at(source: &Source<'_>, field: &str, text: String) -> Markdown {
    let lines: Vec<&str> = source.whole.lines().collect();
    let (line, indent) = source.locate(field).map_or((1, 0), |p| {
        let value_line = lines.get(p.line - 1).copied().unwrap_or("");
        let value = value_line
            .get(value_line.len().min(p.column.saturating_sub(1))..)
            .unwrap_or("");
        if value.trim_start().starts_with(['|', '>']) {
            // A block: its text starts on the next line, indented.
            let next = lines.get(p.line).copied().unwrap_or("");
            (p.line + 1, next.len() - next.trim_start_matches(' ').len())
        } else {
            (p.line, p.column.saturating_sub(1))
        }
    });
    Markdown {
        text,
        file: source.file.to_path_buf(),
        first_line: line,
        indent,
    }
}

/// What became of `layanan.yaml`: the services that loaded, and what is known of
/// those that did not, so that a translation of a broken service is not reported
/// as a translation of a service that does not exist.
#[derive(Debug, Default)]
pub struct Catalogue {
    /// The services without errors, in file order.
    pub services: Vec<Service>,
    /// Ids of services written in the file but left out for errors of their own.
    rejected: BTreeSet<String>,
    /// True when the file could not be read as a list of services at all (its error
    /// is reported), so that no id is known.
    unreadable: bool,
}

impl Catalogue {
    /// A catalogue whose file could not be read or parsed (its error is reported).
    pub fn unreadable() -> Self {
        Catalogue {
            unreadable: true,
            ..Catalogue::default()
        }
    }

    /// Dates every service by `date`, the last commit of the catalogue's
    /// file, when the site is a git checkout; otherwise each keeps its
    /// `diperbarui`.
    pub fn date_from_history(&mut self, date: Option<Date>) {
        if let Some(date) = date {
            for service in &mut self.services {
                service.updated = Some(date);
            }
        }
    }

    /// True if and only if a translation's `id` names no service of the file: not
    /// a loaded one, not one left out for its own errors, and the file was readable.
    fn lacks(&self, id: &str) -> bool {
        !self.unreadable && !self.rejected.contains(id) && !self.services.iter().any(|s| s.id == id)
    }
}

/// The key under which the web forms (Decap CMS) keep a list file's services:
/// Decap edits a file as one object, so through its GitHub backend
/// `layanan.yaml` arrives as `layanan: [...]`. Both shapes load.
pub const LIST_KEY: &str = "layanan";

/// True for the files that are a list at their top: `layanan.yaml` and its
/// translations (`rel` with `/` separators).
pub fn is_list_file(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap_or("");
    name.starts_with("layanan.") && name.ends_with(".yaml")
}

/// `layanan.yaml` as the forms write it: one key holding the list.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Wrapped<T> {
    layanan: Vec<T>,
}

/// A list file's items, and the field path of the list in the file (`""` for
/// a list at the top, `layanan` for the forms' shape), for messages.
fn parse_list<T: serde::de::DeserializeOwned>(
    source: &Source<'_>,
) -> Result<(Vec<T>, &'static str), crate::diagnostic::Diagnostic> {
    if is_wrapped(source.text) {
        yaml::parse::<Wrapped<T>>(source).map(|w| (w.layanan, LIST_KEY))
    } else {
        yaml::parse::<Vec<T>>(source).map(|list| (list, ""))
    }
}

/// True if the first line that is not blank or a comment is `layanan:`.
fn is_wrapped(text: &str) -> bool {
    text.lines()
        .map(str::trim_end)
        .find(|l| !l.trim_start().is_empty() && !l.trim_start().starts_with('#'))
        .is_some_and(|l| l.strip_prefix(LIST_KEY).is_some_and(|r| r.starts_with(':')))
}

/// Parses `layanan.yaml`; its forms (`formulir`) must be among `files`.
pub fn parse_catalogue(
    source: &Source<'_>,
    files: &BerkasFiles<'_>,
    texts: &Interner,
    report: &mut Report,
) -> Catalogue {
    let (raw, root): (Vec<RawService>, _) = match parse_list(source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(d);
            return Catalogue::unreadable();
        }
    };
    let mut rejected = BTreeSet::new();
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    // As many as written, not the next power of two: a national portal holds
    // 83,762 villages' catalogues.
    let mut services = Vec::with_capacity(raw.len());
    for (i, s) in raw.into_iter().enumerate() {
        let errors_before = report.error_count();
        let id = s.id.trim().to_string();
        check_service(source, root, i, &id, &s, files, &mut seen, report);
        if report.error_count() > errors_before {
            rejected.insert(id);
            continue;
        }
        services.push(service_from(source, &format!("{root}[{i}]"), &id, s, texts));
    }
    Catalogue {
        services,
        rejected,
        unreadable: false,
    }
}

/// Checks service `i` of the catalogue (`id` trimmed): its id (a slug, not
/// `seen` above), the fields it needs, its forms among `files`, and its address.
#[allow(clippy::too_many_arguments)]
fn check_service(
    source: &Source<'_>,
    root: &str,
    i: usize,
    id: &str,
    s: &RawService,
    files: &BerkasFiles<'_>,
    seen: &mut BTreeMap<String, usize>,
    report: &mut Report,
) {
    let at = |field: &str| format!("{root}[{i}].{field}");
    // The service is named by its id on every message about it.
    let named = vec![Some(id.to_string()).filter(|id| !id.is_empty())];
    let mut push = |d: crate::diagnostic::Diagnostic| report.push(d.items(named.clone()));
    if !is_slug(id) {
        push(source.error_at(&at("id"), msg!("K0301", id = id, contoh = suggest_slug(id))));
    } else if let Some(first) = seen.get(id) {
        let line = source
            .locate(&format!("{root}[{first}].id"))
            .map_or(0, |p| p.line);
        push(source.error_at(&at("id"), msg!("K0302", id = id, baris = line)));
    } else {
        seen.insert(id.to_string(), i);
    }
    for (field, value) in [("nama", &s.nama), ("waktu", &s.waktu)] {
        if value.trim().is_empty() {
            push(source.error_at(&at(field), msg!("K0303", kolom = field)));
        }
    }
    for (field, list) in [("persyaratan", &s.persyaratan), ("prosedur", &s.prosedur)] {
        if list.is_empty() {
            push(source.error_at(&at(field), msg!("K0304", kolom = field)));
        }
    }
    for (j, form) in s.formulir.iter().flatten().enumerate() {
        if let Some(d) = check_berkas_reference(form, files) {
            push(
                source
                    .error_at(&at(&format!("formulir[{j}]")), d.message)
                    .maybe_hint(d.hint),
            );
        }
    }
    if let Some(url) = &s.daring {
        if !crate::url::is_web_address(url) {
            push(source.error_at(&at("daring"), msg!("K0305", alamat = url)));
        }
    }
}

/// The service at field path `at` (`[3]`) of the catalogue, checked, as the model holds it.
fn service_from(
    source: &Source<'_>,
    at: &str,
    id: &str,
    s: RawService,
    texts: &Interner,
) -> Service {
    let note = s.catatan.map(|c| {
        Box::new(Localized::new(markdown_at(
            source,
            &format!("{at}.catatan"),
            c,
        )))
    });
    let text = |t: Option<String>| t.map(|t| Localized::new(texts.text(&t)));
    Service {
        id: texts.text(id),
        name: Localized::new(texts.text(s.nama.trim())),
        category: text(s.kategori),
        summary: text(s.ringkasan),
        requirements: Localized::new(texts.list(s.persyaratan)),
        steps: Localized::new(texts.list(s.prosedur)),
        duration: Localized::new(texts.text(&s.waktu)),
        fee: s.biaya.0,
        product: text(s.produk),
        place: text(s.tempat),
        hours: text(s.jam),
        legal_basis: texts.list(s.dasar_hukum.unwrap_or_default()),
        complaints: text(s.pengaduan),
        forms: texts.list(s.formulir.unwrap_or_default()),
        online: s.daring.map(|url| texts.text(&url)),
        note,
        updated: s.diperbarui,
    }
}

/// Merges `layanan.<lang>.yaml` into the catalogue's services, matching by id. An
/// id of a service that failed to load is skipped: its error is reported already.
pub fn apply_translation(
    catalogue: &mut Catalogue,
    lang: &str,
    source: &Source<'_>,
    default_file: &Path,
    texts: &Interner,
    report: &mut Report,
) {
    let default_name = default_file.display().to_string();
    let (raw, root): (Vec<RawServiceTranslation>, _) = match parse_list(source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(fact_error(d, SERVICE_FACTS, &default_name));
            return;
        }
    };
    for (i, t) in raw.into_iter().enumerate() {
        let at = |field: &str| format!("{root}[{i}].{field}");
        let lacks = catalogue.lacks(&t.id);
        let Some(service) = catalogue.services.iter_mut().find(|s| s.id == t.id) else {
            if !lacks {
                continue;
            }
            report.push(
                source
                    .error_at(&at("id"), msg!("K0306", id = &t.id, berkas = &default_name))
                    .items(vec![Some(t.id.clone())]),
            );
            continue;
        };
        let mut missing = |field: &str| {
            let message = msg!("K0307", kolom = field, id = &t.id, berkas = &default_name);
            report.push(
                source
                    .error_at(&at(field), message)
                    .items(vec![Some(t.id.clone())]),
            );
        };
        let put = |target: &mut SharedText, value: String| {
            target
                .translations
                .insert(lang.to_string(), texts.text(&value));
        };
        if let Some(v) = t.nama {
            put(&mut service.name, v);
        }
        if let Some(v) = t.waktu {
            put(&mut service.duration, v);
        }
        if let Some(v) = t.persyaratan {
            let list = texts.list(v);
            service
                .requirements
                .translations
                .insert(lang.to_string(), list);
        }
        if let Some(v) = t.prosedur {
            let list = texts.list(v);
            service.steps.translations.insert(lang.to_string(), list);
        }
        for (field, value, target) in [
            ("kategori", t.kategori, service.category.as_mut()),
            ("ringkasan", t.ringkasan, service.summary.as_mut()),
            ("produk", t.produk, service.product.as_mut()),
            ("tempat", t.tempat, service.place.as_mut()),
            ("jam", t.jam, service.hours.as_mut()),
            ("pengaduan", t.pengaduan, service.complaints.as_mut()),
        ] {
            match (value, target) {
                (Some(v), Some(target)) => put(target, v),
                (Some(_), None) => missing(field),
                (None, _) => {}
            }
        }
        if let Some(c) = t.catatan {
            match service.note.as_mut() {
                Some(note) => {
                    let md = markdown_at(source, &at("catatan"), c);
                    note.translations.insert(lang.to_string(), md);
                }
                None => missing("catatan"),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ONE: &str = "- id: surat-pengantar\n  nama: Surat Pengantar\n  persyaratan: [KTP]\n  prosedur: [Datang]\n  waktu: 1 hari\n  biaya: 0\n";

    /// The forms every test may name.
    const FORMS: [&str; 2] = ["berkas/f.pdf", "berkas/formulir-sktm.pdf"];

    fn parse_with(text: &str, files: &[&str]) -> (Catalogue, Report) {
        let mut report = Report::new();
        let services = parse_catalogue(
            &Source::file(Path::new("layanan.yaml"), text),
            &BerkasFiles::new(files.iter().copied()),
            &Interner::default(),
            &mut report,
        );
        (services, report)
    }

    fn parse(text: &str) -> (Catalogue, Report) {
        parse_with(text, &FORMS)
    }

    fn first_error(text: &str) -> crate::diagnostic::Diagnostic {
        let (_, report) = parse(text);
        report.diagnostics().first().cloned().expect("an error")
    }

    #[test]
    fn a_minimal_service() {
        let (services, report) = parse(ONE);
        assert!(!report.has_errors(), "{report:?}");
        assert_eq!(services.services[0].id, "surat-pengantar");
        assert_eq!(services.services[0].fee, 0);
    }

    /// What Decap CMS writes through its GitHub backend (it edits a file as one
    /// object): the same services under `layanan:`, with messages at their lines.
    fn wrapped(list: &str) -> String {
        let body: String = list.lines().map(|l| format!("  {l}\n")).collect();
        format!("# Katalog layanan\nlayanan:\n{body}")
    }

    #[test]
    fn the_forms_shape_of_the_catalogue_loads_like_the_list() {
        let (services, report) = parse(&wrapped(ONE));
        assert!(!report.has_errors(), "{report:?}");
        assert_eq!(services.services[0].id, "surat-pengantar");
        let d = first_error(&wrapped(&format!("{ONE}{ONE}")));
        assert_eq!(d.field, "layanan[1].id");
        assert_eq!(d.position.unwrap().line, 9);
        assert_eq!(d.code(), Some("K0302"));
        let d = first_error(&wrapped(&ONE.replace("biaya: 0", "biaya: -5")));
        assert_eq!(d.field, "layanan[0].biaya");
        assert_eq!(d.position.unwrap().line, 8);
        // Anything else beside the list is still refused.
        let d = first_error(&format!("{}lain: 1\n", wrapped(ONE)));
        assert_eq!(d.code(), Some("K0101"), "{d:?}");
    }

    #[test]
    fn duplicate_id_names_both_lines() {
        let d = first_error(&format!("{ONE}{ONE}"));
        assert_eq!(d.field, "[1].id");
        assert_eq!(d.position.unwrap().line, 7);
        assert_eq!(d.code(), Some("K0302"));
        assert!(
            d.text()
                .contains("id layanan `surat-pengantar` sudah dipakai (pertama kali di baris 1)"),
            "{}",
            d.text()
        );
        assert_eq!(d.items, [Some("surat-pengantar".to_string())]);
    }

    #[test]
    fn malformed_id_empty_name_and_bad_url() {
        assert_eq!(
            first_error(&ONE.replace("surat-pengantar", "Surat Pengantar")).field,
            "[0].id"
        );
        assert_eq!(
            first_error(&ONE.replace("nama: Surat Pengantar", "nama: ''")).field,
            "[0].nama"
        );
        let d = first_error(&format!("{ONE}  daring: www.example.id\n"));
        assert_eq!(
            (d.field.as_str(), d.position.unwrap().line),
            ("[0].daring", 7)
        );
    }

    #[test]
    fn fee_must_be_a_whole_non_negative_number() {
        for bad in ["-5000", "2500.5", "gratis", "\"10.000\""] {
            let d = first_error(&ONE.replace("biaya: 0", &format!("biaya: {bad}")));
            assert_eq!(d.field, "[0].biaya", "{bad}");
            assert_eq!(d.position.unwrap().line, 6, "{bad}");
        }
    }

    #[test]
    fn missing_required_fields_and_empty_lists() {
        let d = first_error(&ONE.replace("  waktu: 1 hari\n", ""));
        assert_eq!(d.code(), Some("K0102"), "{}", d.message);
        assert_eq!(d.field, "[0].waktu");
        let d = first_error(&ONE.replace("persyaratan: [KTP]", "persyaratan: []"));
        assert_eq!(d.field, "[0].persyaratan");
    }

    #[test]
    fn missing_form_file() {
        let (_, report) = parse_with(&format!("{ONE}  formulir: [berkas/f.pdf]\n"), &[]);
        let d = &report.diagnostics()[0];
        assert_eq!(d.field, "[0].formulir[0]");
        assert_eq!(d.code(), Some("K0607"));
    }

    #[test]
    fn a_form_named_nearly_like_a_file_gets_its_name_suggested() {
        let (_, report) = parse(&format!(
            "{ONE}  formulir: [berkas/Formulir_SKTM.PDF, formulir-sktm.pdf]\n"
        ));
        let hints: Vec<_> = report
            .diagnostics()
            .iter()
            .map(|d| (d.code(), d.hint_text().unwrap_or_default()))
            .collect();
        assert_eq!(hints.len(), 2, "{hints:?}");
        assert_eq!(hints[0].0, Some("K0607"));
        assert_eq!(hints[1].0, Some("K0606"));
        for (_, hint) in &hints {
            assert!(
                hint.starts_with("maksud Anda `berkas/formulir-sktm.pdf`?"),
                "{hint}"
            );
        }
    }

    #[test]
    fn translation_by_id() {
        let (mut services, _) = parse(ONE);
        let mut report = Report::new();
        let text = "- id: surat-pengantar\n  nama: Cover Letter\n- id: tidak-ada\n  nama: X\n- id: surat-pengantar\n  produk: A letter\n";
        apply_translation(
            &mut services,
            "en",
            &Source::file(Path::new("layanan.en.yaml"), text),
            Path::new("layanan.yaml"),
            &Interner::default(),
            &mut report,
        );
        assert_eq!(
            services.services[0]
                .name
                .translation("en")
                .map(Shared::as_str),
            Some("Cover Letter")
        );
        let fields: Vec<_> = report
            .diagnostics()
            .iter()
            .map(|d| d.field.as_str())
            .collect();
        assert_eq!(fields, vec!["[1].id", "[2].produk"]);
        let codes: Vec<_> = report.diagnostics().iter().map(|d| d.code()).collect();
        assert_eq!(codes, [Some("K0306"), Some("K0307")]);
        let mut report = Report::new();
        let text = "- id: surat-pengantar\n  biaya: 5\n";
        apply_translation(
            &mut services,
            "en",
            &Source::file(Path::new("layanan.en.yaml"), text),
            Path::new("layanan.yaml"),
            &Interner::default(),
            &mut report,
        );
        assert_eq!(report.diagnostics()[0].code(), Some("K0601"));
        assert!(
            report.diagnostics()[0]
                .text()
                .contains("kolom `biaya` tidak boleh ada di terjemahan")
        );
    }

    #[test]
    fn two_villages_worded_alike_hold_their_texts_once() {
        let texts = Interner::default();
        let files = BerkasFiles::new(FORMS.iter().copied());
        let [a, b] = ["desa-a", "desa-b"].map(|village| {
            let file = format!("content/{village}/layanan.yaml");
            let source = Source::file(Path::new(&file), ONE);
            parse_catalogue(&source, &files, &texts, &mut Report::new())
        });
        let (a, b) = (&a.services[0], &b.services[0]);
        assert_eq!(a, b);
        let same = |x: &str, y: &str| std::ptr::eq(x.as_ptr(), y.as_ptr());
        assert!(same(&a.name.default, &b.name.default));
        assert!(same(&a.duration.default, &b.duration.default));
        assert!(std::ptr::eq(
            a.requirements.default.as_ptr(),
            b.requirements.default.as_ptr()
        ));
        assert!(std::ptr::eq(
            a.steps.default.as_ptr(),
            b.steps.default.as_ptr()
        ));
    }

    /// Translates every id of `catalogue` and returns the fields reported.
    fn translate(catalogue: &mut Catalogue, ids: &[&str]) -> Vec<String> {
        let text: String = ids
            .iter()
            .map(|id| format!("- id: {id}\n  nama: X\n"))
            .collect();
        let mut report = Report::new();
        apply_translation(
            catalogue,
            "en",
            &Source::file(Path::new("layanan.en.yaml"), &text),
            Path::new("layanan.yaml"),
            &Interner::default(),
            &mut report,
        );
        report
            .diagnostics()
            .iter()
            .map(|d| d.field.clone())
            .collect()
    }

    #[test]
    fn a_broken_service_gives_no_false_errors_in_its_translation() {
        // One service with an error of its own: its translation is not reported,
        // an id that is really unknown still is.
        let two = format!(
            "{ONE}{}",
            ONE.replace("surat-pengantar", "ktp")
                .replace("nama: Surat Pengantar", "nama: ''")
        );
        let (mut catalogue, report) = parse(&two);
        assert_eq!(report.error_count(), 1);
        assert_eq!(
            translate(&mut catalogue, &["surat-pengantar", "ktp", "paspor"]),
            ["[2].id"]
        );
        // A type error fails the whole file: no id is known, none is reported.
        let (mut catalogue, report) = parse(&ONE.replace("persyaratan: [KTP]", "persyaratan: KTP"));
        assert_eq!(report.error_count(), 1);
        assert!(translate(&mut catalogue, &["surat-pengantar", "paspor"]).is_empty());
    }
}
