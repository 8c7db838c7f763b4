//! A budget year as open data: the CSV and JSON files published next to each
//! year's page (`kemiren/apbdes/2024.csv`, `.json`), in the same words and
//! numbers in every language.

use crate::content::{Amounts, BudgetYear};
use serde::Serialize;
use serde_json::value::RawValue;

/// Sen as a plain decimal with a dot and two decimals: `122093761909` -> `1220937619.09`.
pub fn decimal(sen: i128) -> String {
    let sign = if sen < 0 { "-" } else { "" };
    let abs = sen.unsigned_abs();
    format!("{sign}{}.{:02}", abs / 100, abs % 100)
}

/// One line of the open data: what the CSV holds, one row each.
struct DataLine<'a> {
    part: &'static str,
    code: &'a str,
    label: &'a str,
    sector: Option<u8>,
    fund: Option<&'static str>,
    amounts: Amounts,
}

fn data_lines(year: &BudgetYear) -> Vec<DataLine<'_>> {
    let mut lines = Vec::new();
    for l in &year.revenue {
        lines.push(DataLine {
            part: "pendapatan",
            code: &l.code,
            label: &l.label,
            sector: None,
            fund: None,
            amounts: l.amounts,
        });
    }
    for s in &year.spending {
        if s.activities.is_empty() {
            lines.push(DataLine {
                part: "belanja",
                code: "",
                label: s.label,
                sector: Some(s.number),
                fund: None,
                amounts: s.amounts,
            });
        }
        for a in &s.activities {
            lines.push(DataLine {
                part: "belanja",
                code: "",
                label: &a.label,
                sector: Some(s.number),
                fund: a.fund.map(|f| f.code()),
                amounts: a.amounts,
            });
        }
    }
    for (part, list) in [
        ("penerimaan_pembiayaan", &year.financing_in),
        ("pengeluaran_pembiayaan", &year.financing_out),
    ] {
        for l in list {
            lines.push(DataLine {
                part,
                code: &l.code,
                label: &l.label,
                sector: None,
                fund: None,
                amounts: l.amounts,
            });
        }
    }
    lines
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The year as CSV: a header and one row per line item; a bidang with kegiatan
/// contributes its kegiatan and no total row, so every column sums to the totals.
pub fn csv(year: &BudgetYear) -> String {
    let mut out = String::from("tahun,bagian,kode,uraian,bidang,sumber_dana,anggaran,realisasi\n");
    for l in data_lines(year) {
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{}\n",
            year.year,
            l.part,
            l.code,
            csv_field(l.label),
            l.sector.map(|s| s.to_string()).unwrap_or_default(),
            l.fund.unwrap_or(""),
            decimal(l.amounts.budget),
            l.amounts.actual.map(decimal).unwrap_or_default()
        ));
    }
    out
}

fn number(sen: i128) -> Box<RawValue> {
    // A decimal with a dot is valid JSON number syntax.
    RawValue::from_string(decimal(sen))
        .unwrap_or_else(|_| RawValue::from_string("null".into()).expect("null is JSON"))
}

#[derive(Serialize)]
struct JsonAmounts {
    anggaran: Box<RawValue>,
    realisasi: Option<Box<RawValue>>,
    lebih_kurang: Option<Box<RawValue>>,
    persen: Option<Box<RawValue>>,
}

fn json_amounts(a: &Amounts) -> JsonAmounts {
    JsonAmounts {
        anggaran: number(a.budget),
        realisasi: a.actual.map(number),
        lebih_kurang: a.difference().map(number),
        persen: a.percent().map(number),
    }
}

#[derive(Serialize)]
struct JsonLine<'a> {
    bagian: &'a str,
    kode: &'a str,
    uraian: &'a str,
    bidang: Option<u8>,
    sumber_dana: Option<&'a str>,
    #[serde(flatten)]
    amounts: JsonAmounts,
}

#[derive(Serialize)]
struct JsonGroup<'a> {
    kode: &'a str,
    uraian: &'a str,
    #[serde(flatten)]
    amounts: JsonAmounts,
}

/// The year as JSON: every line plus every computed figure. Amounts are JSON
/// numbers in Rupiah with exactly two decimals; `persen` is rounded half up.
pub fn json(year: &BudgetYear, village: &str, village_code: Option<&str>) -> String {
    let lines: Vec<JsonLine<'_>> = data_lines(year)
        .into_iter()
        .map(|l| JsonLine {
            bagian: l.part,
            kode: l.code,
            uraian: l.label,
            bidang: l.sector,
            sumber_dana: l.fund,
            amounts: json_amounts(&l.amounts),
        })
        .collect();
    let groups: Vec<JsonGroup<'_>> = year
        .revenue_groups()
        .iter()
        .map(|g| JsonGroup {
            kode: g.code,
            uraian: g.label,
            amounts: json_amounts(&g.amounts),
        })
        .collect();
    let by_sector: Vec<JsonGroup<'_>> = year
        .spending
        .iter()
        .map(|s| JsonGroup {
            kode: SECTOR_CODES[usize::from(s.number.clamp(1, 5) - 1)],
            uraian: s.label,
            amounts: json_amounts(&s.amounts),
        })
        .collect();
    let doc = JsonYear {
        tahun: year.year,
        status: year.status.key(),
        sumber: year.source.as_deref(),
        desa: village,
        kode_desa: village_code,
        satuan: "Rupiah",
        baris: lines,
        ringkasan: JsonSummary {
            pendapatan_per_kelompok: groups,
            jumlah_pendapatan: json_amounts(&year.total_revenue()),
            belanja_per_bidang: by_sector,
            jumlah_belanja: json_amounts(&year.total_spending()),
            surplus_defisit: json_amounts(&year.surplus()),
            penerimaan_pembiayaan: json_amounts(&year.total_financing_in()),
            pengeluaran_pembiayaan: json_amounts(&year.total_financing_out()),
            pembiayaan_netto: json_amounts(&year.net_financing()),
            silpa_sikpa: json_amounts(&year.silpa()),
        },
    };
    let mut text = serde_json::to_string_pretty(&doc).unwrap_or_default();
    text.push('\n');
    text
}

#[derive(Serialize)]
struct JsonYear<'a> {
    tahun: i32,
    status: &'a str,
    sumber: Option<&'a str>,
    desa: &'a str,
    kode_desa: Option<&'a str>,
    satuan: &'a str,
    baris: Vec<JsonLine<'a>>,
    ringkasan: JsonSummary<'a>,
}

#[derive(Serialize)]
struct JsonSummary<'a> {
    pendapatan_per_kelompok: Vec<JsonGroup<'a>>,
    jumlah_pendapatan: JsonAmounts,
    belanja_per_bidang: Vec<JsonGroup<'a>>,
    jumlah_belanja: JsonAmounts,
    surplus_defisit: JsonAmounts,
    penerimaan_pembiayaan: JsonAmounts,
    pengeluaran_pembiayaan: JsonAmounts,
    pembiayaan_netto: JsonAmounts,
    silpa_sikpa: JsonAmounts,
}

const SECTOR_CODES: [&str; 5] = ["1", "2", "3", "4", "5"];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_for_data() {
        assert_eq!(decimal(122_093_761_909), "1220937619.09");
        assert_eq!(decimal(5), "0.05");
        assert_eq!(decimal(-4_700), "-47.00");
        assert_eq!(csv_field("a, b"), "\"a, b\"");
        assert_eq!(csv_field("say \"hi\""), "\"say \"\"hi\"\"\"");
    }
}
