//! `apbdes/<tahun>.yaml`: one fiscal year of a village budget (APBDes), its
//! validation against the code tree of Permendagri 20/2018, and the figures
//! computed from it.
//!
//! Amounts are integer sen (1/100 Rupiah), never floating point. Every total is
//! computed here, once; pages, CSV and JSON all show these same numbers.
//!
//! This file is the model (the year, its lines, sectors and figures); `codes`
//! holds the code tables, `parse` reads a file into the model, and `check` does
//! the arithmetic checks of what was written against what is computed.

use crate::msg;
use schemars::JsonSchema;
use serde::Deserialize;

pub use codes::{
    FINANCING_IN_CODES, FINANCING_OUT_CODES, REVENUE_CODES, REVENUE_GROUPS, SECTORS, official_name,
};
pub use parse::parse_year;
pub(crate) use parse::year_schema;

/// Stage of the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, JsonSchema)]
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
    /// The Peraturan Desa that sets it (`perdes`, a slug of `dokumen/`).
    pub perdes: Option<crate::content::dokumen::DocRef>,
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

mod check;
mod codes;
mod parse;
pub mod sheet;

#[cfg(test)]
mod tests;
