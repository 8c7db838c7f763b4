//! `pembangunan/<slug>.md`: a development project (what is built, where, with
//! which money, by whom) with its dated progress reports, and
//! `pembangunan/<slug>.<lang>.md`, its translation (text only).
//!
//! The stage is derived here, once (OpenSID's `Pembangunan` model: no report is
//! rencana, a report under 100 % is berjalan, 100 % is selesai), so that every
//! page shows the same stage. When the village has an APBDes for the project's
//! year, the project is checked against the kegiatan it names.

use super::budget::{BudgetYear, FundSource, SECTORS};
use super::document::{
    BerkasFiles, DocText, FileText, check_berkas_reference, fact_error, split_parsed,
};
use super::fields::{Date, Latitude, Longitude, Rupiah};
use super::{Localized, Text};
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::Source;
use schemars::JsonSchema;
use serde::Deserialize;
use std::fmt;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawProject {
    nama: String,
    #[schemars(with = "super::schema_impls::SectorSchema")]
    bidang: u8,
    tahun: i32,
    ringkasan: Option<String>,
    lokasi: RawPlace,
    volume: Option<String>,
    #[schemars(with = "super::schema_impls::FundSourcesSchema")]
    sumber_dana: FundSources,
    anggaran: Rupiah,
    pelaksana: Option<String>,
    mulai: Option<Date>,
    selesai: Option<Date>,
    manfaat: Option<String>,
    kegiatan: Option<String>,
    progres: Option<Vec<RawReport>>,
    draf: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPlace {
    alamat: Option<String>,
    lat: Latitude,
    lon: Longitude,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawReport {
    tanggal: Date,
    #[schemars(range(max = 100))]
    persen: u8,
    #[schemars(pattern(super::schema_impls::BERKAS_PATTERN))]
    foto: Option<String>,
    keterangan: Option<String>,
}

/// `sumber_dana`: one code (`DDS`) or a list of codes (`[DDS, PAD]`).
#[derive(Debug)]
struct FundSources(Vec<FundSource>);

impl<'de> Deserialize<'de> for FundSources {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct SourcesVisitor;
        impl<'de> serde::de::Visitor<'de> for SourcesVisitor {
            type Value = FundSources;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a code like `DDS`, or a list of codes like `[DDS, PAD]`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<FundSources, E> {
                use serde::de::IntoDeserializer;
                FundSource::deserialize(v.into_deserializer()).map(|s| FundSources(vec![s]))
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                seq: A,
            ) -> Result<FundSources, A::Error> {
                let seq = serde::de::value::SeqAccessDeserializer::new(seq);
                Vec::<FundSource>::deserialize(seq).map(FundSources)
            }
        }
        deserializer.deserialize_any(SourcesVisitor)
    }
}

#[derive(Debug, Default, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawTranslation {
    nama: Option<String>,
    ringkasan: Option<String>,
    lokasi: Option<RawPlaceTranslation>,
    volume: Option<String>,
    pelaksana: Option<String>,
    manfaat: Option<String>,
    progres: Option<Vec<RawReportTranslation>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawPlaceTranslation {
    alamat: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawReportTranslation {
    keterangan: Option<String>,
}

/// The JSON Schema of a project's front matter (`pembangunan/`) (`kampung schema`).
pub(crate) fn project_schema() -> serde_json::Value {
    crate::schema::of::<RawProject>()
}

/// The JSON Schema of a project translation's front matter (`kampung schema`).
pub(crate) fn project_translation_schema() -> serde_json::Value {
    crate::schema::of::<RawTranslation>()
}

/// Front-matter fields of a project that a translation may not set.
const PROJECT_FACTS: &[&str] = &[
    "bidang",
    "tahun",
    "lat",
    "lon",
    "sumber_dana",
    "anggaran",
    "mulai",
    "selesai",
    "kegiatan",
    "tanggal",
    "persen",
    "foto",
    "draf",
];

/// Where a project stands, derived from its reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Stage {
    /// No report yet.
    Rencana,
    /// Reported, under 100 %.
    Berjalan,
    /// 100 % reached.
    Selesai,
}

impl Stage {
    /// The key as the theme names it (`berjalan`).
    pub fn key(self) -> &'static str {
        match self {
            Stage::Rencana => "rencana",
            Stage::Berjalan => "berjalan",
            Stage::Selesai => "selesai",
        }
    }
}

/// One progress report.
#[derive(Debug, Clone, PartialEq)]
pub struct ProgressReport {
    /// Date of the report (`tanggal`).
    pub date: Date,
    /// Progress, 0..=100 (`persen`).
    pub percent: u8,
    /// Photo under `berkas/` (`foto`).
    pub photo: Option<String>,
    /// What was done (`keterangan`), also the photo's alternative text.
    pub note: Option<Text>,
}

/// The APBDes kegiatan a project spends, found in the year's budget.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLink {
    /// The budget year.
    pub year: i32,
    /// The bidang, 1..=5.
    pub sector: u8,
    /// The bidang's official name.
    pub sector_label: &'static str,
    /// The kegiatan's `uraian`.
    pub label: String,
    /// Its anggaran, in sen.
    pub budget: i128,
    /// Its realisasi, in sen, when reported.
    pub actual: Option<i128>,
}

/// A development project.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// File name without `.md`.
    pub slug: String,
    /// APBDes bidang, 1..=5.
    pub sector: u8,
    /// Fiscal year (`tahun`).
    pub year: i32,
    /// Street address or hamlet (`lokasi.alamat`).
    pub address: Option<Text>,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub lon: f64,
    /// Size as written (`volume`, "250 m x 3 m").
    pub volume: Option<Text>,
    /// Sources of funds (`sumber_dana`), at least one.
    pub funds: Vec<FundSource>,
    /// Whole Rupiah (`anggaran`).
    pub amount: u64,
    /// Who carries it out, usually the TPK (`pelaksana`).
    pub contractor: Option<Text>,
    /// Start (`mulai`).
    pub start: Option<Date>,
    /// Planned or actual end (`selesai`).
    pub end: Option<Date>,
    /// Who gains what (`manfaat`).
    pub benefit: Option<Text>,
    /// The kegiatan as written (`kegiatan`).
    pub activity: Option<String>,
    /// The kegiatan found in the year's APBDes, when the village has that year.
    pub budget_line: Option<BudgetLink>,
    /// Reports, oldest first, dates rising and percentages never falling.
    pub progress: Vec<ProgressReport>,
    /// Draft (`draf`).
    pub draft: bool,
    /// Name (as title), summary and description, per language.
    pub text: Localized<DocText>,
}

impl Project {
    /// The latest (and so the highest) percentage; `None` without reports.
    pub fn percent(&self) -> Option<u8> {
        self.progress.last().map(|r| r.percent)
    }

    /// The stage: rencana without reports, selesai at 100 %, else berjalan.
    pub fn stage(&self) -> Stage {
        match self.percent() {
            None => Stage::Rencana,
            Some(100) => Stage::Selesai,
            Some(_) => Stage::Berjalan,
        }
    }
}

/// Parses `pembangunan/<slug>.md`; its photos must be among `files`, and when
/// `budgets` has the project's year, the kegiatan it names must be there with
/// the same anggaran.
pub fn parse_project(
    slug: &str,
    file: FileText<'_>,
    files: &BerkasFiles<'_>,
    budgets: &[BudgetYear],
    report: &mut Report,
) -> Option<Project> {
    let hint = msg!("pembangunan-hint-awal");
    let (front, body, source) = split_parsed::<RawProject>(&file, Some(hint), report)?;
    let raw = front?;
    let errors_before = report.error_count();
    if raw.nama.trim().is_empty() {
        report.push(source.error_at("nama", msg!("K1150")));
    }
    if !(1..=5).contains(&raw.bidang) {
        report.push(source.error_at("bidang", msg!("K1151", bidang = raw.bidang)));
    }
    if raw.sumber_dana.0.is_empty() {
        report.push(source.error_at("sumber_dana", msg!("K1152")));
    }
    if let (Some(start), Some(end)) = (raw.mulai, raw.selesai) {
        if end < start {
            let m = msg!(
                "K1153",
                mulai = start.to_string(),
                selesai = end.to_string()
            );
            report.push(source.error_at("selesai", m));
        }
    }
    let progress = reports(raw.progres.unwrap_or_default(), &source, files, report);
    super::fields::check_in_indonesia(
        &source,
        "lokasi",
        raw.lokasi.lat.0,
        raw.lokasi.lon.0,
        report,
    );
    if report.error_count() > errors_before {
        return None;
    }
    let mut project = Project {
        slug: slug.to_string(),
        sector: raw.bidang,
        year: raw.tahun,
        address: raw.lokasi.alamat.map(Localized::new),
        lat: raw.lokasi.lat.0,
        lon: raw.lokasi.lon.0,
        volume: raw.volume.map(Localized::new),
        funds: raw.sumber_dana.0,
        amount: raw.anggaran.0,
        contractor: raw.pelaksana.map(Localized::new),
        start: raw.mulai,
        end: raw.selesai,
        benefit: raw.manfaat.map(Localized::new),
        activity: raw.kegiatan.map(|k| k.trim().to_string()),
        budget_line: None,
        progress,
        draft: raw.draf.unwrap_or(false),
        text: Localized::new(DocText {
            title: Some(raw.nama.trim().to_string()),
            summary: raw.ringkasan,
            body,
            image_alt: None,
        }),
    };
    let errors_before = report.error_count();
    project.budget_line = check_against_budget(&project, &source, budgets, report);
    (report.error_count() == errors_before).then_some(project)
}

/// Reads the progress reports: each percentage at most 100 and never below the
/// one before, each date later than the one before, each photo a file.
fn reports(
    raw: Vec<RawReport>,
    source: &Source<'_>,
    files: &BerkasFiles<'_>,
    report: &mut Report,
) -> Vec<ProgressReport> {
    let mut out: Vec<ProgressReport> = Vec::new();
    for (i, r) in raw.into_iter().enumerate() {
        let at = |field: &str| format!("progres[{i}].{field}");
        if r.persen > 100 {
            report.push(source.error_at(&at("persen"), msg!("K1154", persen = r.persen)));
        }
        if let Some(before) = out.last() {
            if r.tanggal <= before.date {
                let m = msg!(
                    "K1155",
                    tanggal = r.tanggal.to_string(),
                    sebelumnya = before.date.to_string()
                );
                report.push(source.error_at(&at("tanggal"), m));
            }
            if r.persen < before.percent {
                let m = msg!("K1156", persen = r.persen, sebelumnya = before.percent);
                report.push(source.error_at(&at("persen"), m));
            }
        }
        if let Some(photo) = &r.foto {
            if let Some(d) = check_berkas_reference(photo, files) {
                report.push(source.error_at(&at("foto"), d.message).maybe_hint(d.hint));
            }
        }
        out.push(ProgressReport {
            date: r.tanggal,
            percent: r.persen,
            photo: r.foto,
            note: r.keterangan.map(Localized::new),
        });
    }
    out
}

/// Finds the kegiatan `project` names in the APBDes of its year (by `uraian`,
/// letter case and outer spaces aside, or by `<bidang>.<n>`, the n-th kegiatan
/// of that bidang) and reports where they differ: not found, another bidang,
/// another anggaran, a source of funds the project does not list. `None` when
/// the project names no kegiatan or the village has no APBDes for the year.
fn check_against_budget(
    project: &Project,
    source: &Source<'_>,
    budgets: &[BudgetYear],
    report: &mut Report,
) -> Option<BudgetLink> {
    let written = project.activity.as_deref()?;
    let year = budgets.iter().find(|b| b.year == project.year)?;
    let village_dir = source.file.parent().and_then(std::path::Path::parent);
    let budget_file = village_dir.map_or_else(
        || format!("apbdes/{}.yaml", year.year),
        |d| {
            d.join(format!("apbdes/{}.yaml", year.year))
                .display()
                .to_string()
        },
    );
    let Some((sector, activity)) = find_activity(year, project.sector, written) else {
        let labels: Vec<String> = year
            .spending
            .iter()
            .filter(|s| s.number == project.sector)
            .flat_map(|s| s.activities.iter().map(|a| format!("`{}`", a.label)))
            .collect();
        let m = msg!("K1157", kegiatan = written, berkas = budget_file.as_str());
        let d = source.error_at("kegiatan", m);
        let d = if labels.is_empty() {
            d
        } else {
            d.hint(msg!(
                "pembangunan-hint-kegiatan",
                daftar = labels.join(", ")
            ))
        };
        report.push(d);
        return None;
    };
    if sector.number != project.sector {
        let m = msg!(
            "K1158",
            bidang = project.sector,
            bidang_apbdes = sector.number,
            kegiatan = activity.label.as_str()
        );
        report.push(source.error_at("bidang", m));
    }
    let amount = i128::from(project.amount) * 100;
    if amount != activity.amounts.budget {
        let m = msg!(
            "K1159",
            anggaran = super::budget::rupiah(amount),
            anggaran_apbdes = super::budget::rupiah(activity.amounts.budget),
            kegiatan = activity.label.as_str(),
            berkas = budget_file.as_str()
        );
        let whole = activity.amounts.budget / 100;
        let hint = msg!(
            "pembangunan-hint-anggaran",
            angka = whole.to_string(),
            berkas = budget_file.as_str()
        );
        report.push(source.error_at("anggaran", m).hint(hint));
    }
    if let Some(fund) = activity.fund {
        if !project.funds.contains(&fund) {
            let m = msg!(
                "K1160",
                kode = fund.code(),
                kegiatan = activity.label.as_str()
            );
            report.push(source.error_at("sumber_dana", m));
        }
    }
    Some(BudgetLink {
        year: year.year,
        sector: sector.number,
        sector_label: SECTORS
            .iter()
            .find(|(n, _)| *n == sector.number)
            .map_or("", |(_, l)| *l),
        label: activity.label.clone(),
        budget: activity.amounts.budget,
        actual: activity.amounts.actual,
    })
}

/// The kegiatan `written` names: `2.3` is the third of bidang 2; otherwise the
/// one whose uraian it is, in bidang `sector` first, then in any bidang.
fn find_activity<'y>(
    year: &'y BudgetYear,
    sector: u8,
    written: &str,
) -> Option<(&'y super::budget::Sector, &'y super::budget::Activity)> {
    if let Some((s, n)) = written.split_once('.') {
        if let (Ok(s), Ok(n)) = (s.parse::<u8>(), n.parse::<usize>()) {
            let found = year.spending.iter().find(|x| x.number == s)?;
            return found.activities.get(n.checked_sub(1)?).map(|a| (found, a));
        }
    }
    let wanted = written.trim().to_lowercase();
    let mut sectors: Vec<_> = year.spending.iter().collect();
    sectors.sort_by_key(|s| s.number != sector);
    sectors.into_iter().find_map(|s| {
        s.activities
            .iter()
            .find(|a| a.label.trim().to_lowercase() == wanted)
            .map(|a| (s, a))
    })
}

/// Adds the translation `pembangunan/<slug>.<lang>.md` to `project`.
pub fn apply_translation(
    project: &mut Project,
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
            .map(|d| fact_error(d, PROJECT_FACTS, default_file)),
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
                let m = msg!("K1161", kolom = field, berkas = default_file);
                report.push(source.error_at(field, m));
            }
            _ => {}
        };
    put(project.volume.as_mut(), t.volume, "volume");
    put(project.contractor.as_mut(), t.pelaksana, "pelaksana");
    put(project.benefit.as_mut(), t.manfaat, "manfaat");
    put(
        project.address.as_mut(),
        t.lokasi.and_then(|l| l.alamat),
        "lokasi.alamat",
    );
    for (i, item) in t.progres.unwrap_or_default().into_iter().enumerate() {
        let target = project.progress.get_mut(i).and_then(|p| p.note.as_mut());
        put(target, item.keterangan, &format!("progres[{i}].keterangan"));
    }
    project.text.translations.insert(
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
    use crate::content::budget::{Activity, Amounts, Sector, Status};
    use std::path::Path;

    const JALAN: &str = "---\nnama: Rabat beton jalan Dusun Krajan\nbidang: 2\ntahun: 2025\nlokasi:\n  lat: -8.2191\n  lon: 114.3691\nsumber_dana: DDS\nanggaran: 150000000\nkegiatan: Rabat beton jalan Dusun Krajan\nprogres:\n  - tanggal: 2025-06-01\n    persen: 30\n    foto: berkas/krajan-30.jpg\n  - tanggal: 2025-07-01\n    persen: 60\n---\n";

    fn year(amount_sen: i128) -> BudgetYear {
        BudgetYear {
            year: 2025,
            status: Status::Penetapan,
            source: None,
            perdes: None,
            revenue: Vec::new(),
            spending: vec![Sector {
                number: 2,
                label: "Pelaksanaan Pembangunan Desa",
                amounts: Amounts::default(),
                activities: vec![Activity {
                    label: "Rabat beton jalan Dusun Krajan".to_string(),
                    fund: Some(FundSource::Dds),
                    amounts: Amounts {
                        budget: amount_sen,
                        actual: None,
                    },
                }],
            }],
            financing_in: Vec::new(),
            financing_out: Vec::new(),
        }
    }

    fn parse(text: &str, budgets: &[BudgetYear]) -> (Option<Project>, Report) {
        let mut report = Report::new();
        let file = FileText {
            file: Path::new("content/alpha/pembangunan/jalan-krajan.md"),
            text,
        };
        let files = BerkasFiles::new(["berkas/krajan-30.jpg"]);
        let p = parse_project("jalan-krajan", file, &files, budgets, &mut report);
        (p, report)
    }

    /// The first error's code, field and line.
    fn first_error(report: &Report) -> (Option<&'static str>, &str, usize) {
        let d = report.diagnostics().iter().find(|d| d.is_error()).unwrap();
        (d.code(), d.field.as_str(), d.position.unwrap().line)
    }

    #[test]
    fn the_stage_is_derived_from_the_reports() {
        let (p, report) = parse(JALAN, &[]);
        assert!(!report.has_errors(), "{report:?}");
        let mut p = p.unwrap();
        assert_eq!((p.stage(), p.percent()), (Stage::Berjalan, Some(60)));
        p.progress[1].percent = 100;
        assert_eq!(p.stage(), Stage::Selesai);
        p.progress.clear();
        assert_eq!((p.stage(), p.percent()), (Stage::Rencana, None));
    }

    #[test]
    fn a_falling_percentage_is_an_error_at_its_report() {
        let (p, r) = parse(&JALAN.replace("persen: 60", "persen: 20"), &[]);
        assert!(p.is_none());
        assert_eq!(first_error(&r), (Some("K1156"), "progres[1].persen", 16));
    }

    #[test]
    fn a_date_not_after_the_one_before_is_an_error_at_its_report() {
        let (_, r) = parse(&JALAN.replace("2025-07-01", "2025-06-01"), &[]);
        assert_eq!(first_error(&r), (Some("K1155"), "progres[1].tanggal", 15));
    }

    #[test]
    fn bidang_percent_photo_and_dates_are_checked() {
        let (_, r) = parse(&JALAN.replace("bidang: 2", "bidang: 6"), &[]);
        assert_eq!(first_error(&r), (Some("K1151"), "bidang", 3));
        let (_, r) = parse(&JALAN.replace("persen: 60", "persen: 160"), &[]);
        assert_eq!(first_error(&r), (Some("K1154"), "progres[1].persen", 16));
        let (_, r) = parse(&JALAN.replace("krajan-30.jpg", "krajan-31.jpg"), &[]);
        assert_eq!(first_error(&r), (Some("K0607"), "progres[0].foto", 14));
        let dates = "anggaran: 150000000\nmulai: 2025-07-01\nselesai: 2025-03-01";
        let (_, r) = parse(&JALAN.replace("anggaran: 150000000", dates), &[]);
        assert_eq!(first_error(&r), (Some("K1153"), "selesai", 11));
        let (_, r) = parse(&JALAN.replace("sumber_dana: DDS", "sumber_dana: DANA"), &[]);
        assert_eq!(first_error(&r).1, "sumber_dana");
    }

    #[test]
    fn the_budget_must_match_the_kegiatan_of_the_years_apbdes() {
        let (p, r) = parse(JALAN, &[year(15_000_000_000)]);
        assert!(!r.has_errors(), "{r:?}");
        let line = p.unwrap().budget_line.unwrap();
        assert_eq!(
            (line.year, line.sector, line.budget),
            (2025, 2, 15_000_000_000)
        );
        let (p, r) = parse(JALAN, &[year(14_500_000_000)]);
        assert!(p.is_none());
        assert_eq!(first_error(&r), (Some("K1159"), "anggaran", 9));
        let d = &r.diagnostics()[0];
        assert!(
            d.hint_text().unwrap().contains("`145000000`"),
            "{:?}",
            d.hint_text()
        );
        assert!(
            d.text().contains("content/alpha/apbdes/2025.yaml"),
            "{}",
            d.text()
        );
        // Named by number, or in another letter case.
        let (p, _) = parse(
            &JALAN.replace("kegiatan: Rabat", "kegiatan: \"2.1\"\n#"),
            &[year(15_000_000_000)],
        );
        assert!(p.unwrap().budget_line.is_some());
        let (p, _) = parse(
            &JALAN.replace(
                "Rabat beton jalan Dusun Krajan\nprogres",
                "RABAT BETON JALAN DUSUN KRAJAN\nprogres",
            ),
            &[year(15_000_000_000)],
        );
        assert!(p.unwrap().budget_line.is_some());
        // Not there: the hint lists the bidang's kegiatan.
        let (_, r) = parse(
            &JALAN.replace("kegiatan: Rabat", "kegiatan: Jalan"),
            &[year(15_000_000_000)],
        );
        assert_eq!(first_error(&r), (Some("K1157"), "kegiatan", 10));
        assert!(
            r.diagnostics()[0]
                .hint_text()
                .unwrap()
                .contains("`Rabat beton jalan Dusun Krajan`")
        );
        // Another source of funds, another bidang.
        let (_, r) = parse(
            &JALAN.replace("sumber_dana: DDS", "sumber_dana: PAD"),
            &[year(15_000_000_000)],
        );
        assert_eq!(first_error(&r), (Some("K1160"), "sumber_dana", 8));
        let (_, r) = parse(
            &JALAN.replace("bidang: 2", "bidang: 3"),
            &[year(15_000_000_000)],
        );
        assert_eq!(first_error(&r), (Some("K1158"), "bidang", 3));
        // No APBDes for the year: nothing to compare.
        let (p, r) = parse(&JALAN.replace("tahun: 2025", "tahun: 2026"), &[year(1)]);
        assert!(!r.has_errors() && p.unwrap().budget_line.is_none());
    }
}
