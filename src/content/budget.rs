//! `apbdes/<tahun>.yaml`: one fiscal year of a village budget (APBDes), its
//! validation against the code tree of Permendagri 20/2018, and the figures
//! computed from it.
//!
//! Amounts are integer sen (1/100 Rupiah), never floating point. Every total is
//! computed here, once; pages, CSV and JSON all show these same numbers.

use super::fields::{Sen, SignedSen};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::yaml::{self, Source};
use serde::Deserialize;
use std::collections::BTreeMap;

/// Level-3 revenue codes and their official names.
pub const REVENUE_CODES: &[(&str, &str)] = &[
    ("4.1.1", "Hasil Usaha Desa"),
    ("4.1.2", "Hasil Aset Desa"),
    ("4.1.3", "Swadaya, Partisipasi dan Gotong Royong"),
    ("4.1.4", "Lain-lain Pendapatan Asli Desa"),
    ("4.2.1", "Dana Desa"),
    ("4.2.2", "Bagi Hasil Pajak dan Retribusi"),
    ("4.2.3", "Alokasi Dana Desa"),
    ("4.2.4", "Bantuan Keuangan Provinsi"),
    ("4.2.5", "Bantuan Keuangan Kabupaten/Kota"),
    ("4.3.1", "Kerjasama antar Desa"),
    ("4.3.2", "Kerjasama Pihak Ketiga"),
    ("4.3.3", "Bantuan Perusahaan yang Berlokasi di Desa"),
    ("4.3.4", "Hibah/Sumbangan Pihak Ketiga"),
    (
        "4.3.5",
        "Koreksi Kesalahan Belanja Tahun Anggaran Sebelumnya",
    ),
    ("4.3.6", "Bunga Bank"),
    ("4.3.9", "Lain-lain Pendapatan Desa yang Sah"),
];

/// Revenue groups (level 2) and their official names.
pub const REVENUE_GROUPS: &[(&str, &str)] = &[
    ("4.1", "Pendapatan Asli Desa"),
    ("4.2", "Pendapatan Transfer"),
    ("4.3", "Pendapatan Lain-lain"),
];

/// The five spending sectors (bidang) and their official names.
pub const SECTORS: &[(u8, &str)] = &[
    (1, "Penyelenggaraan Pemerintahan Desa"),
    (2, "Pelaksanaan Pembangunan Desa"),
    (3, "Pembinaan Kemasyarakatan"),
    (4, "Pemberdayaan Masyarakat"),
    (5, "Penanggulangan Bencana, Darurat dan Mendesak Desa"),
];

/// Financing receipts (6.1.x).
pub const FINANCING_IN_CODES: &[(&str, &str)] = &[
    ("6.1.1", "SiLPA Tahun Sebelumnya"),
    ("6.1.2", "Pencairan Dana Cadangan"),
    ("6.1.3", "Hasil Penjualan Kekayaan Desa yang Dipisahkan"),
    ("6.1.9", "Penerimaan Pembiayaan Lainnya"),
];

/// Financing expenditures (6.2.x).
pub const FINANCING_OUT_CODES: &[(&str, &str)] = &[
    ("6.2.1", "Pembentukan Dana Cadangan"),
    ("6.2.2", "Penyertaan Modal Desa"),
    ("6.2.9", "Pengeluaran Pembiayaan Lainnya"),
];

/// The official name of a code in `table`.
pub fn official_name<'a>(table: &[(&str, &'a str)], code: &str) -> Option<&'a str> {
    table.iter().find(|(c, _)| *c == code).map(|(_, n)| *n)
}

/// Stage of the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    /// Draft budget.
    Rancangan,
    /// Adopted budget.
    Penetapan,
    /// Amended budget.
    Perubahan,
    /// Realisation report.
    Realisasi,
}

impl Status {
    /// The key as written in content.
    pub fn key(self) -> &'static str {
        match self {
            Status::Rancangan => "rancangan",
            Status::Penetapan => "penetapan",
            Status::Perubahan => "perubahan",
            Status::Realisasi => "realisasi",
        }
    }
}

/// Where a spending activity's money comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
pub enum FundSource {
    /// Dana Desa.
    #[serde(rename = "DDS")]
    Dds,
    /// Alokasi Dana Desa.
    #[serde(rename = "ADD")]
    Add,
    /// Bagi hasil pajak dan retribusi.
    #[serde(rename = "PBH")]
    Pbh,
    /// Bantuan keuangan (provinsi/kabupaten).
    #[serde(rename = "PBP")]
    Pbp,
    /// Pendapatan asli desa.
    #[serde(rename = "PAD")]
    Pad,
    /// Other.
    #[serde(rename = "DLL")]
    Dll,
}

impl FundSource {
    /// The code as written in content.
    pub fn code(self) -> &'static str {
        match self {
            FundSource::Dds => "DDS",
            FundSource::Add => "ADD",
            FundSource::Pbh => "PBH",
            FundSource::Pbp => "PBP",
            FundSource::Pad => "PAD",
            FundSource::Dll => "DLL",
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawYear {
    tahun: i32,
    status: Status,
    sumber: Option<String>,
    pendapatan: Option<Vec<RawLine>>,
    belanja: Option<Vec<RawSector>>,
    pembiayaan: Option<RawFinancing>,
    jumlah: Option<RawTotals>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawLine {
    kode: String,
    uraian: Option<String>,
    anggaran: Sen,
    realisasi: Option<Sen>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    bidang: i64,
    anggaran: Sen,
    realisasi: Option<Sen>,
    kegiatan: Option<Vec<RawActivity>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawActivity {
    uraian: String,
    anggaran: Sen,
    realisasi: Option<Sen>,
    sumber_dana: Option<FundSource>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFinancing {
    penerimaan: Option<Vec<RawLine>>,
    pengeluaran: Option<Vec<RawLine>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTotals {
    pendapatan: Option<Sen>,
    belanja: Option<Sen>,
    penerimaan_pembiayaan: Option<Sen>,
    pengeluaran_pembiayaan: Option<Sen>,
    surplus_defisit: Option<SignedSen>,
    pembiayaan_netto: Option<SignedSen>,
    silpa: Option<SignedSen>,
}

/// A budgeted amount and, once known, the realised one, in sen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Amounts {
    /// Anggaran.
    pub budget: i128,
    /// Realisasi, when reported.
    pub actual: Option<i128>,
}

impl Amounts {
    /// Realisasi minus anggaran: Lebih/(Kurang).
    pub fn difference(&self) -> Option<i128> {
        self.actual.map(|a| a - self.budget)
    }

    /// Realisasi as a share of anggaran, in hundredths of a percent, rounded half up
    /// (away from zero); `None` without realisasi or when the budget is zero.
    pub fn percent(&self) -> Option<i128> {
        let actual = self.actual?;
        (self.budget != 0).then(|| ratio_hundredths_of_percent(actual, self.budget))
    }

    /// The sum of `items`; the realised sum only when every item has one.
    pub fn sum<'a>(items: impl IntoIterator<Item = &'a Amounts>) -> Amounts {
        let mut total = Amounts {
            budget: 0,
            actual: Some(0),
        };
        for a in items {
            total.budget += a.budget;
            total.actual = total.actual.zip(a.actual).map(|(x, y)| x + y);
        }
        total
    }

    /// `self - other`, line by line.
    pub fn minus(&self, other: &Amounts) -> Amounts {
        Amounts {
            budget: self.budget - other.budget,
            actual: self.actual.zip(other.actual).map(|(a, b)| a - b),
        }
    }

    /// `self + other`, line by line.
    pub fn plus(&self, other: &Amounts) -> Amounts {
        Amounts::sum([self, other])
    }
}

/// `numerator / denominator` in hundredths of a percent (`0.9458` -> `9458`),
/// rounded half away from zero. `denominator` must not be 0.
pub fn ratio_hundredths_of_percent(numerator: i128, denominator: i128) -> i128 {
    let scaled = numerator * 10_000;
    let (q, r) = (scaled / denominator, scaled % denominator);
    if 2 * r.abs() >= denominator.abs() {
        q + if (scaled < 0) != (denominator < 0) {
            -1
        } else {
            1
        }
    } else {
        q
    }
}

/// A revenue or financing line.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetLine {
    /// Code (`4.2.1`).
    pub code: String,
    /// Label: `uraian`, else the official name.
    pub label: String,
    /// Figures.
    pub amounts: Amounts,
}

/// A spending activity within a sector.
#[derive(Debug, Clone, PartialEq)]
pub struct Activity {
    /// Description (`uraian`).
    pub label: String,
    /// Funding source.
    pub fund: Option<FundSource>,
    /// Figures.
    pub amounts: Amounts,
}

/// A spending sector (bidang).
#[derive(Debug, Clone, PartialEq)]
pub struct Sector {
    /// 1..=5.
    pub number: u8,
    /// Official name.
    pub label: &'static str,
    /// Figures.
    pub amounts: Amounts,
    /// Breakdown, when given; sums to `amounts`.
    pub activities: Vec<Activity>,
}

/// A revenue group (level 2) with its lines.
#[derive(Debug, Clone, PartialEq)]
pub struct RevenueGroup<'a> {
    /// `4.1`, `4.2` or `4.3`.
    pub code: &'static str,
    /// Official name.
    pub label: &'static str,
    /// Subtotal.
    pub amounts: Amounts,
    /// Its lines.
    pub lines: Vec<&'a BudgetLine>,
}

/// One fiscal year of a village budget.
#[derive(Debug, Clone, PartialEq)]
pub struct BudgetYear {
    /// Fiscal year.
    pub year: i32,
    /// Stage.
    pub status: Status,
    /// Source document (`sumber`).
    pub source: Option<String>,
    /// Revenue lines, in code order.
    pub revenue: Vec<BudgetLine>,
    /// Sectors, in order 1..=5.
    pub spending: Vec<Sector>,
    /// Financing receipts.
    pub financing_in: Vec<BudgetLine>,
    /// Financing expenditures.
    pub financing_out: Vec<BudgetLine>,
}

impl BudgetYear {
    /// Revenue by group 4.1, 4.2, 4.3 (groups without lines are left out).
    pub fn revenue_groups(&self) -> Vec<RevenueGroup<'_>> {
        REVENUE_GROUPS
            .iter()
            .filter_map(|(code, label)| {
                let lines: Vec<&BudgetLine> = self
                    .revenue
                    .iter()
                    .filter(|l| l.code.starts_with(&format!("{code}.")))
                    .collect();
                (!lines.is_empty()).then(|| RevenueGroup {
                    code,
                    label,
                    amounts: Amounts::sum(lines.iter().map(|l| &l.amounts)),
                    lines,
                })
            })
            .collect()
    }

    /// Jumlah Pendapatan.
    pub fn total_revenue(&self) -> Amounts {
        Amounts::sum(self.revenue.iter().map(|l| &l.amounts))
    }

    /// Jumlah Belanja.
    pub fn total_spending(&self) -> Amounts {
        Amounts::sum(self.spending.iter().map(|s| &s.amounts))
    }

    /// Surplus/(Defisit) = pendapatan − belanja.
    pub fn surplus(&self) -> Amounts {
        self.total_revenue().minus(&self.total_spending())
    }

    /// Jumlah penerimaan pembiayaan.
    pub fn total_financing_in(&self) -> Amounts {
        Amounts::sum(self.financing_in.iter().map(|l| &l.amounts))
    }

    /// Jumlah pengeluaran pembiayaan.
    pub fn total_financing_out(&self) -> Amounts {
        Amounts::sum(self.financing_out.iter().map(|l| &l.amounts))
    }

    /// Pembiayaan netto = penerimaan − pengeluaran.
    pub fn net_financing(&self) -> Amounts {
        self.total_financing_in().minus(&self.total_financing_out())
    }

    /// SiLPA/SiKPA tahun berjalan = surplus/defisit + pembiayaan netto.
    pub fn silpa(&self) -> Amounts {
        self.surplus().plus(&self.net_financing())
    }

    /// True if and only if realisasi figures are reported.
    pub fn has_actuals(&self) -> bool {
        self.total_revenue().actual.is_some() || self.total_spending().actual.is_some()
    }
}

/// An amount of sen as the site shows money in the language messages are shown
/// in: `122093761909` -> `Rp1.220.937.619,09` (Indonesian) or
/// `IDR 1,220,937,619.09` (English); sen only when not zero, a minus sign in front.
pub fn rupiah(sen: i128) -> String {
    let thousands = msg!("apbdes-pemisah-ribuan").text();
    let decimal = msg!("apbdes-pemisah-desimal").text();
    let pattern = msg!("apbdes-rupiah", angka = "{}").text();
    crate::numbers::money(sen, &thousands, &decimal, &pattern)
}

/// What kind of line a list holds, for its code table and messages.
struct Section {
    field: &'static str,
    codes: &'static [(&'static str, &'static str)],
    /// The part of the budget, chosen by K0502's sentence: `pendapatan`,
    /// `penerimaan` or `pengeluaran`.
    part: &'static str,
}

fn parse_lines(
    raw: Vec<RawLine>,
    section: &Section,
    needs_actual: bool,
    source: &Source<'_>,
    report: &mut Report,
) -> Vec<BudgetLine> {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut lines = Vec::new();
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

fn missing_actual(source: &Source<'_>, anchor: &str, field: &str) -> Diagnostic {
    source.error_at(anchor, msg!("K0504")).field(field)
}

/// For a written figure that differs from the computed one (K0507, K0508): the
/// difference in Rupiah, and `lebih` if the written figure is larger, else `kurang`.
fn gap(declared: i128, computed: i128) -> (String, &'static str) {
    let direction = if declared > computed {
        "lebih"
    } else {
        "kurang"
    };
    (rupiah((declared - computed).abs()), direction)
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
    let mut spending: Vec<Sector> = Vec::new();
    let mut seen: BTreeMap<u8, usize> = BTreeMap::new();
    for (i, raw_sector) in raw.belanja.unwrap_or_default().into_iter().enumerate() {
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
        let mut activities = Vec::new();
        for (j, a) in raw_sector
            .kegiatan
            .unwrap_or_default()
            .into_iter()
            .enumerate()
        {
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
        if !activities.is_empty() {
            let sum = Amounts::sum(activities.iter().map(|a| &a.amounts));
            let checks = [
                ("anggaran", Some(amounts.budget), Some(sum.budget)),
                ("realisasi", amounts.actual, sum.actual),
            ];
            for (column, declared, computed) in checks {
                if let (Some(declared), Some(computed)) = (declared, computed) {
                    if declared != computed {
                        let (difference, direction) = gap(declared, computed);
                        let message = msg!(
                            "K0507",
                            kolom = column,
                            bidang = number.to_string(),
                            tertulis = rupiah(declared),
                            dihitung = rupiah(computed),
                            selisih = difference,
                            arah = direction,
                        );
                        report.push(source.error_at(&at(column), message));
                    }
                }
            }
        }
        spending.push(Sector {
            number,
            label,
            amounts,
            activities,
        });
    }
    spending.sort_by_key(|s| s.number);
    let year = BudgetYear {
        year: raw.tahun,
        status: raw.status,
        source: raw.sumber,
        revenue,
        spending,
        financing_in,
        financing_out,
    };
    if let Some(totals) = raw.jumlah {
        let checks: [(&str, Option<i128>, i128); 7] = [
            (
                "pendapatan",
                totals.pendapatan.map(|s| s.0),
                year.total_revenue().budget,
            ),
            (
                "belanja",
                totals.belanja.map(|s| s.0),
                year.total_spending().budget,
            ),
            (
                "penerimaan_pembiayaan",
                totals.penerimaan_pembiayaan.map(|s| s.0),
                year.total_financing_in().budget,
            ),
            (
                "pengeluaran_pembiayaan",
                totals.pengeluaran_pembiayaan.map(|s| s.0),
                year.total_financing_out().budget,
            ),
            (
                "surplus_defisit",
                totals.surplus_defisit.map(|s| s.0),
                year.surplus().budget,
            ),
            (
                "pembiayaan_netto",
                totals.pembiayaan_netto.map(|s| s.0),
                year.net_financing().budget,
            ),
            ("silpa", totals.silpa.map(|s| s.0), year.silpa().budget),
        ];
        for (name, declared, computed) in checks {
            if let Some(declared) = declared {
                if declared != computed {
                    let (difference, direction) = gap(declared, computed);
                    let message = msg!(
                        "K0508",
                        kolom = name,
                        tertulis = rupiah(declared),
                        dihitung = rupiah(computed),
                        selisih = difference,
                        arah = direction,
                    );
                    report.push(source.error_at(&format!("jumlah.{name}"), message));
                }
            }
        }
    }
    if matches!(year.status, Status::Penetapan | Status::Perubahan) && year.silpa().budget != 0 {
        let silpa = year.silpa().budget;
        report.push(source.warning_at(
            "status",
            msg!(
                "K0509",
                status = year.status.key(),
                silpa = rupiah(silpa),
                nol = rupiah(0),
            ),
        ));
    }
    (report.error_count() == errors_before).then_some(year)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    /// Desa Katung (Bangli), TA 2023, as published (village-domain.md §2.1), with
    /// the SiLPA that covers its deficit.
    pub const KATUNG_2023: &str = r#"tahun: 2023
status: realisasi
pendapatan:
  - { kode: "4.1.1", anggaran: 50000000, realisasi: 54201000 }
  - { kode: "4.1.2", anggaran: 12000000, realisasi: 12000000 }
  - { kode: "4.2.1", anggaran: 870764000, realisasi: 870764000 }
  - { kode: "4.2.2", anggaran: 158191000, realisasi: 66686000 }
  - { kode: "4.2.3", anggaran: 921902000, realisasi: 898263944 }
  - { kode: "4.2.4", anggaran: 59200000, realisasi: 46900000 }
  - { kode: "4.2.5", anggaran: 319000000, realisasi: 311500000 }
  - { kode: "4.3.9", anggaran: 5500000, realisasi: 6339918 }
belanja:
  - { bidang: 1, anggaran: 1220937619.09, realisasi: 949680871 }
  - { bidang: 2, anggaran: 556616000, realisasi: 345087500 }
  - { bidang: 3, anggaran: 145574000, realisasi: 82365000 }
  - { bidang: 4, anggaran: 524216000, realisasi: 511811000 }
  - { bidang: 5, anggaran: 202129522.38, realisasi: 138600000 }
pembiayaan:
  penerimaan: [ { kode: "6.1.1", anggaran: 252916141.47, realisasi: 252916141.47 } ]
jumlah:
  pendapatan: 2396557000
  belanja: 2649473141.47
"#;

    fn parse(text: &str, year: &str) -> (Option<BudgetYear>, Report) {
        let mut report = Report::new();
        let y = parse_year(
            &Source::file(Path::new("apbdes/2023.yaml"), text),
            year,
            &mut report,
        );
        (y, report)
    }

    fn first_error(text: &str) -> crate::diagnostic::Diagnostic {
        let (_, r) = parse(text, "2023");
        r.diagnostics()
            .iter()
            .find(|d| d.is_error())
            .cloned()
            .expect("an error")
    }

    #[test]
    fn katung_2023_adds_up() {
        let (year, report) = parse(KATUNG_2023, "2023");
        assert!(!report.has_errors(), "{report:?}");
        let y = year.unwrap();
        let groups = y.revenue_groups();
        assert_eq!(
            groups.iter().map(|g| g.code).collect::<Vec<_>>(),
            ["4.1", "4.2", "4.3"]
        );
        assert_eq!(
            groups[0].amounts,
            Amounts {
                budget: 6_200_000_000,
                actual: Some(6_620_100_000)
            }
        );
        assert_eq!(groups[0].amounts.percent(), Some(10678));
        assert_eq!(groups[1].amounts.budget, 232_905_700_000);
        assert_eq!(groups[1].amounts.percent(), Some(9421));
        assert_eq!(groups[2].amounts.percent(), Some(11527));
        let revenue = y.total_revenue();
        assert_eq!(
            revenue,
            Amounts {
                budget: 239_655_700_000,
                actual: Some(226_665_486_200)
            }
        );
        assert_eq!(revenue.percent(), Some(9458));
        let spending = y.total_spending();
        assert_eq!(
            spending,
            Amounts {
                budget: 264_947_314_147,
                actual: Some(202_754_437_100)
            }
        );
        assert_eq!(spending.percent(), Some(7653));
        assert_eq!(y.spending[0].amounts.percent(), Some(7778));
        assert_eq!(y.spending[4].amounts.percent(), Some(6857));
        assert_eq!(y.surplus().budget, -25_291_614_147);
        assert_eq!(y.net_financing().budget, 25_291_614_147);
        assert_eq!(y.silpa().budget, 0);
        assert_eq!(
            y.silpa().actual,
            Some(226_665_486_200 - 202_754_437_100 + 25_291_614_147)
        );
        assert_eq!(revenue.difference(), Some(-12_990_213_800));
    }

    #[test]
    fn rupiah_in_messages_is_written_as_the_site_shows_money() {
        assert_eq!(rupiah(122_093_761_909), "Rp1.220.937.619,09");
        assert_eq!(rupiah(90_000_000_000), "Rp900.000.000");
        assert_eq!(rupiah(-47), "-Rp0,47");
        assert_eq!(rupiah(0), "Rp0");
    }

    #[test]
    fn percentages_round_half_up() {
        assert_eq!(ratio_hundredths_of_percent(1, 3), 3333);
        assert_eq!(ratio_hundredths_of_percent(2, 3), 6667);
        assert_eq!(ratio_hundredths_of_percent(1, 8), 1250);
        // 0.000125 -> 0.0125% -> rounds to 0.01%
        assert_eq!(ratio_hundredths_of_percent(1, 8000), 1);
        // exactly half: 0.00005 = 0.005% -> 0.01%
        assert_eq!(ratio_hundredths_of_percent(1, 20000), 1);
        assert_eq!(ratio_hundredths_of_percent(-1, 20000), -1);
        assert_eq!(ratio_hundredths_of_percent(1, 30000), 0);
        assert_eq!(
            Amounts {
                budget: 0,
                actual: Some(5)
            }
            .percent(),
            None
        );
        assert_eq!(
            Amounts {
                budget: 5,
                actual: None
            }
            .percent(),
            None
        );
    }

    #[test]
    fn sums_are_sen_exact_over_thousands_of_lines() {
        // 1,500 x 1000.10 + 1,500 x 1000.20: binary floating point would drift.
        let mut text = String::from(
            "tahun: 2023\nstatus: penetapan\nbelanja:\n  - bidang: 1\n    anggaran: 3000450\n    kegiatan:\n",
        );
        for i in 0..3000 {
            let amount = if i % 2 == 0 { "1000.10" } else { "1000.20" };
            text.push_str(&format!("      - {{ uraian: K{i}, anggaran: {amount} }}\n"));
        }
        let (year, report) = parse(&text, "2023");
        assert!(!report.has_errors(), "{report:?}");
        assert_eq!(year.unwrap().total_spending().budget, 300_045_000);
        // One sen off is caught, with both numbers and the difference.
        let d = first_error(&text.replace("anggaran: 3000450\n", "anggaran: 3000450.01\n"));
        assert_eq!(d.field, "belanja[0].anggaran");
        assert_eq!(d.code(), Some("K0507"));
        assert!(
            d.text().contains(
                "anggaran bidang 1 tertulis Rp3.000.450,01, tetapi jumlah anggaran \
                 kegiatannya Rp3.000.450 (selisih Rp0,01; angka bidang lebih besar)"
            ),
            "{}",
            d.text()
        );
    }

    #[test]
    fn codes_bidang_and_duplicates_are_checked() {
        let d = first_error(&KATUNG_2023.replace("\"4.3.9\"", "\"4.3.7\""));
        assert_eq!(d.field, "pendapatan[7].kode");
        assert_eq!(d.code(), Some("K0502"));
        assert!(
            d.text().contains("`4.3.7` bukan kode pendapatan"),
            "{}",
            d.text()
        );
        assert!(
            d.message
                .text_in(crate::message::Lang::En)
                .contains("`4.3.7` is not a revenue code")
        );
        let d = first_error(&KATUNG_2023.replace("\"4.1.2\"", "\"4.1.1\""));
        assert_eq!(d.code(), Some("K0503"));
        assert!(
            d.text()
                .contains("kode 4.1.1 tertulis dua kali (pertama kali di baris 4)"),
            "{}",
            d.text()
        );
        let d = first_error(&KATUNG_2023.replace("bidang: 5", "bidang: 6"));
        assert_eq!(
            (d.field.as_str(), d.position.unwrap().line),
            ("belanja[4].bidang", 17)
        );
        let d = first_error(&KATUNG_2023.replace("bidang: 4", "bidang: 3"));
        assert_eq!(d.code(), Some("K0506"));
        let d = first_error(&KATUNG_2023.replace("\"6.1.1\"", "\"6.2.2\""));
        assert_eq!(d.field, "pembiayaan.penerimaan[0].kode");
    }

    #[test]
    fn negative_amounts_missing_realisasi_and_year() {
        let d = first_error(&KATUNG_2023.replace("anggaran: 12000000", "anggaran: -12000000"));
        assert_eq!(d.field, "pendapatan[1].anggaran");
        assert_eq!(d.code(), Some("K0256"));
        let d = first_error(&KATUNG_2023.replace(", realisasi: 12000000", ""));
        assert_eq!(d.field, "pendapatan[1].realisasi");
        assert_eq!(d.position.unwrap().line, 5);
        let d = first_error(&KATUNG_2023.replace("anggaran: 5500000", "anggaran: 5500000.123"));
        assert_eq!(d.code(), Some("K0258"), "{}", d.message);
        let (_, r) = parse(KATUNG_2023, "2024");
        assert_eq!(r.diagnostics()[0].code(), Some("K0501"));
        assert!(
            r.diagnostics()[0]
                .text()
                .contains("`tahun` berisi 2023, tetapi nama berkasnya 2024.yaml")
        );
    }

    #[test]
    fn declared_totals_must_match() {
        let d =
            first_error(&KATUNG_2023.replace("belanja: 2649473141.47", "belanja: 2649473141.74"));
        assert_eq!(d.field, "jumlah.belanja");
        assert_eq!(d.code(), Some("K0508"));
        assert!(
            d.text().contains(
                "jumlah.belanja tertulis Rp2.649.473.141,74, tetapi hasil hitungan dari \
                 baris-barisnya Rp2.649.473.141,47 (selisih Rp0,27; angka yang tertulis lebih besar)"
            ),
            "{}",
            d.text()
        );
    }

    #[test]
    fn an_unbalanced_adopted_budget_is_a_warning() {
        let text = KATUNG_2023
            .replace("status: realisasi", "status: penetapan")
            .replace(
                "252916141.47, realisasi: 252916141.47",
                "252916141, realisasi: 252916141",
            );
        let (year, report) = parse(&text, "2023");
        assert!(year.is_some());
        let w = &report.diagnostics()[0];
        assert!(!w.is_error());
        assert_eq!(w.code(), Some("K0509"));
        assert!(
            w.text().contains("SiLPA -Rp0,47, seharusnya Rp0"),
            "{}",
            w.text()
        );
    }
}
