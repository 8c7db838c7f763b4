//! Reading `apbdes/<tahun>.yaml`: the file's shape as serde reads it, and the
//! lines, sectors and activities built from it with their codes checked.

use super::check::{check_activity_sums, check_silpa, check_totals};
use super::codes::{
    FINANCING_IN_CODES, FINANCING_OUT_CODES, REVENUE_CODES, SECTORS, official_name,
};
use super::{Activity, Amounts, BudgetLine, BudgetYear, FundSource, Sector, Status};
use crate::content::fields::{Sen, SignedSen};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::yaml::{self, Source};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawYear {
    tahun: i32,
    status: Status,
    sumber: Option<String>,
    perdes: Option<String>,
    pendapatan: Option<Vec<RawLine>>,
    belanja: Option<Vec<RawSector>>,
    pembiayaan: Option<RawFinancing>,
    jumlah: Option<RawTotals>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawLine {
    kode: String,
    uraian: Option<String>,
    anggaran: Sen,
    realisasi: Option<Sen>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSector {
    #[schemars(with = "crate::content::schema_impls::SectorSchema")]
    bidang: i64,
    anggaran: Sen,
    realisasi: Option<Sen>,
    kegiatan: Option<Vec<RawActivity>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawActivity {
    uraian: String,
    anggaran: Sen,
    realisasi: Option<Sen>,
    sumber_dana: Option<FundSource>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawFinancing {
    penerimaan: Option<Vec<RawLine>>,
    pengeluaran: Option<Vec<RawLine>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTotals {
    pub(super) pendapatan: Option<Sen>,
    pub(super) belanja: Option<Sen>,
    pub(super) penerimaan_pembiayaan: Option<Sen>,
    pub(super) pengeluaran_pembiayaan: Option<Sen>,
    pub(super) surplus_defisit: Option<SignedSen>,
    pub(super) pembiayaan_netto: Option<SignedSen>,
    pub(super) silpa: Option<SignedSen>,
}

/// The JSON Schema of `apbdes/<tahun>.yaml` (`kampung schema`).
pub(crate) fn year_schema() -> serde_json::Value {
    crate::schema::of::<RawYear>()
}

/// What kind of line a list holds, for its code table and messages.
struct Section {
    field: &'static str,
    codes: &'static [(&'static str, &'static str)],
    /// The part of the budget, chosen by K0502's sentence: `pendapatan`,
    /// `penerimaan` or `pengeluaran`.
    part: &'static str,
}

/// The lines of one list (`pendapatan`, `pembiayaan.penerimaan`, ...), each
/// code checked against `section`'s table and against the codes above it,
/// sorted by code.
fn parse_lines(
    raw: Vec<RawLine>,
    section: &Section,
    needs_actual: bool,
    source: &Source<'_>,
    report: &mut Report,
) -> Vec<BudgetLine> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut lines = Vec::with_capacity(raw.len());
    for (i, line) in raw.into_iter().enumerate() {
        let at = |f: &str| format!("{}[{i}].{f}", section.field);
        let code = line.kode.trim().to_string();
        let Some(official) = official_name(section.codes, &code) else {
            let known: Vec<&str> = section.codes.iter().map(|(c, _)| *c).collect();
            report.push(source.error_at(
                &at("kode"),
                msg!(
                    "K0502",
                    kode = &code,
                    bagian = section.part,
                    daftar = known.join(", "),
                    pertama = known.first().copied().unwrap_or(""),
                ),
            ));
            continue;
        };
        if let Some(first) = seen.get(&code) {
            let line_no = source
                .locate(&format!("{}[{first}].kode", section.field))
                .map_or(0, |p| p.line);
            report.push(source.error_at(&at("kode"), msg!("K0503", kode = &code, baris = line_no)));
            continue;
        }
        seen.insert(code.clone(), i);
        if needs_actual && line.realisasi.is_none() {
            report.push(missing_actual(source, &at("anggaran"), &at("realisasi")));
        }
        lines.push(BudgetLine {
            label: line
                .uraian
                .filter(|u| !u.trim().is_empty())
                .unwrap_or_else(|| official.to_string()),
            code,
            amounts: Amounts {
                budget: line.anggaran.0,
                actual: line.realisasi.map(|r| r.0),
            },
        });
    }
    lines.sort_by(|a, b| a.code.cmp(&b.code));
    lines
}

/// K0504: a realised year's figure without its `realisasi`.
pub(super) fn missing_actual(source: &Source<'_>, anchor: &str, field: &str) -> Diagnostic {
    source.error_at(anchor, msg!("K0504")).field(field)
}

/// Parses and checks `apbdes/<file_year>.yaml`.
pub fn parse_year(source: &Source<'_>, file_year: &str, report: &mut Report) -> Option<BudgetYear> {
    let raw: RawYear = match yaml::parse(source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    let errors_before = report.error_count();
    if raw.tahun.to_string() != file_year {
        report.push(source.error_at(
            "tahun",
            msg!("K0501", tahun = raw.tahun.to_string(), nama = file_year),
        ));
    }
    let needs_actual = raw.status == Status::Realisasi;
    let revenue = parse_lines(
        raw.pendapatan.unwrap_or_default(),
        &Section {
            field: "pendapatan",
            codes: REVENUE_CODES,
            part: "pendapatan",
        },
        needs_actual,
        source,
        report,
    );
    let financing = raw.pembiayaan.unwrap_or(RawFinancing {
        penerimaan: None,
        pengeluaran: None,
    });
    let financing_in = parse_lines(
        financing.penerimaan.unwrap_or_default(),
        &Section {
            field: "pembiayaan.penerimaan",
            codes: FINANCING_IN_CODES,
            part: "penerimaan",
        },
        needs_actual,
        source,
        report,
    );
    let financing_out = parse_lines(
        financing.pengeluaran.unwrap_or_default(),
        &Section {
            field: "pembiayaan.pengeluaran",
            codes: FINANCING_OUT_CODES,
            part: "pengeluaran",
        },
        needs_actual,
        source,
        report,
    );
    let spending = parse_sectors(
        raw.belanja.unwrap_or_default(),
        needs_actual,
        source,
        report,
    );
    let year = BudgetYear {
        year: raw.tahun,
        status: raw.status,
        source: raw.sumber,
        perdes: (raw.perdes)
            .map(|slug| crate::content::dokumen::DocRef::new(slug, source, "perdes")),
        revenue,
        spending,
        financing_in,
        financing_out,
    };
    if let Some(totals) = raw.jumlah {
        check_totals(&year, &totals, source, report);
    }
    check_silpa(&year, source, report);
    (report.error_count() == errors_before).then_some(year)
}

/// The spending sectors (`belanja`), each number checked against [`SECTORS`] and
/// against the sectors above it, sorted by number.
fn parse_sectors(
    raw: Vec<RawSector>,
    needs_actual: bool,
    source: &Source<'_>,
    report: &mut Report,
) -> Vec<Sector> {
    let mut spending: Vec<Sector> = Vec::with_capacity(raw.len());
    let mut seen: BTreeMap<u8, usize> = BTreeMap::new();
    for (i, raw_sector) in raw.into_iter().enumerate() {
        let at = |f: &str| format!("belanja[{i}].{f}");
        let Some((number, label)) = u8::try_from(raw_sector.bidang)
            .ok()
            .and_then(|n| SECTORS.iter().find(|(s, _)| *s == n).copied())
        else {
            report.push(source.error_at(
                &at("bidang"),
                msg!("K0505", bidang = raw_sector.bidang.to_string()),
            ));
            continue;
        };
        if let Some(first) = seen.get(&number) {
            let line_no = source
                .locate(&format!("belanja[{first}].bidang"))
                .map_or(0, |p| p.line);
            report.push(source.error_at(
                &at("bidang"),
                msg!("K0506", bidang = number.to_string(), baris = line_no),
            ));
            continue;
        }
        seen.insert(number, i);
        if needs_actual && raw_sector.realisasi.is_none() {
            report.push(missing_actual(source, &at("anggaran"), &at("realisasi")));
        }
        let amounts = Amounts {
            budget: raw_sector.anggaran.0,
            actual: raw_sector.realisasi.map(|r| r.0),
        };
        let activities = parse_activities(
            raw_sector.kegiatan.unwrap_or_default(),
            &at,
            needs_actual,
            source,
            report,
        );
        if !activities.is_empty() {
            check_activity_sums(number, &amounts, &activities, &at, source, report);
        }
        spending.push(Sector {
            number,
            label,
            amounts,
            activities,
        });
    }
    spending.sort_by_key(|s| s.number);
    spending
}

/// The activities (`kegiatan`) of one sector, whose fields `at` names.
fn parse_activities(
    raw: Vec<RawActivity>,
    at: &dyn Fn(&str) -> String,
    needs_actual: bool,
    source: &Source<'_>,
    report: &mut Report,
) -> Vec<Activity> {
    let mut activities = Vec::new();
    for (j, a) in raw.into_iter().enumerate() {
        if needs_actual && a.realisasi.is_none() {
            report.push(missing_actual(
                source,
                &at(&format!("kegiatan[{j}].anggaran")),
                &at(&format!("kegiatan[{j}].realisasi")),
            ));
        }
        activities.push(Activity {
            label: a.uraian,
            fund: a.sumber_dana,
            amounts: Amounts {
                budget: a.anggaran.0,
                actual: a.realisasi.map(|r| r.0),
            },
        });
    }
    activities
}
