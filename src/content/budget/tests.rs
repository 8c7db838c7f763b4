//! Tests of budget files: parsing, code checks, totals and figures.

use super::*;
use crate::diagnostic::Report;
use crate::yaml::Source;
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
    let d = first_error(&KATUNG_2023.replace("belanja: 2649473141.47", "belanja: 2649473141.74"));
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
