//! The arithmetic checks of a budget year: a sector's activities against the
//! sector's figures, the written totals against the computed ones, and the
//! SiLPA of a plan that should balance.

use super::parse::RawTotals;
use super::{Activity, Amounts, BudgetYear, Status, rupiah};
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::Source;

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

/// K0507: sector `number`'s written `anggaran` and `realisasi` (`amounts`, its
/// fields named by `at`) against the sums of its activities.
pub(super) fn check_activity_sums(
    number: u8,
    amounts: &Amounts,
    activities: &[Activity],
    at: &dyn Fn(&str) -> String,
    source: &Source<'_>,
    report: &mut Report,
) {
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

/// K0508: each total written under `jumlah` against the one computed from `year`.
pub(super) fn check_totals(
    year: &BudgetYear,
    totals: &RawTotals,
    source: &Source<'_>,
    report: &mut Report,
) {
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

/// K0509 (a warning): a plan (`penetapan`, `perubahan`) whose SiLPA is not zero.
pub(super) fn check_silpa(year: &BudgetYear, source: &Source<'_>, report: &mut Report) {
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
}
