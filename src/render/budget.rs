//! Budget (APBDes) views, charts and open data (CSV, JSON), all from the figures
//! computed by the model, so that pages and files always agree.

use super::chart::{self, PairedBar, Segment, YearPair};
use super::format;
use crate::content::{Amounts, BudgetYear, Status};
use crate::theme::Strings;
use serde::Serialize;
use serde_json::value::RawValue;

/// A label that is an official Indonesian term, with a gloss in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    /// The official Indonesian text.
    text: String,
    /// `id` when the page is in another language (for the `lang` attribute).
    lang: &'static str,
    /// The gloss in the page's language, if the theme has one.
    gloss: Option<String>,
}

fn term(text: &str, gloss_key: &str, strings: &Strings, lang: &str) -> Term {
    Term {
        text: text.to_string(),
        lang: if lang == "id" { "" } else { "id" },
        gloss: strings.glosarium.get(gloss_key).cloned(),
    }
}

/// One row of a budget table, formatted.
#[derive(Debug, Serialize)]
pub struct Row {
    code: String,
    label: Term,
    /// `group`, `line`, `activity` or `total`.
    kind: &'static str,
    fund: String,
    budget: String,
    actual: String,
    difference: String,
    percent: String,
}

fn row(code: &str, label: Term, kind: &'static str, amounts: &Amounts, strings: &Strings) -> Row {
    let f = &strings.format;
    // A balance (surplus, net financing, SiLPA) is not "realised" against itself.
    let percent = if kind == "balance" {
        None
    } else {
        amounts.percent()
    };
    Row {
        code: code.to_string(),
        label,
        kind,
        fund: String::new(),
        budget: format::difference(amounts.budget, f),
        actual: amounts
            .actual
            .map(|a| format::difference(a, f))
            .unwrap_or_default(),
        difference: amounts
            .difference()
            .map(|d| format::difference(d, f))
            .unwrap_or_default(),
        percent: percent
            .map(|p| format::hundredths(p, f))
            .unwrap_or_default(),
    }
}

/// A headline figure.
#[derive(Debug, Serialize)]
pub struct Headline {
    label: Term,
    budget: String,
    actual: Option<String>,
    percent: Option<String>,
}

fn headline(label: Term, amounts: &Amounts, balance: bool, strings: &Strings) -> Headline {
    let f = &strings.format;
    Headline {
        label,
        budget: format::money_accounting(amounts.budget, f),
        actual: amounts.actual.map(|a| format::money_accounting(a, f)),
        percent: if balance {
            None
        } else {
            amounts.percent().map(|p| format::percent(p, f))
        },
    }
}

/// One fiscal year as its page shows it.
#[derive(Debug, Serialize)]
pub struct YearView {
    year: i32,
    status: &'static str,
    status_label: String,
    source: Option<String>,
    has_actuals: bool,
    headlines: Vec<Headline>,
    revenue: Vec<Row>,
    spending: Vec<Row>,
    financing: Vec<Row>,
    chart_groups: String,
    chart_sectors: String,
    chart_composition: String,
}

fn status_label(status: Status, strings: &Strings) -> String {
    strings
        .teks
        .get(&format!("status_{}", status.key()))
        .cloned()
        .unwrap_or_default()
}

impl YearView {
    /// The view of `year` in the language of `strings` (`lang` is its code).
    pub fn new(year: &BudgetYear, strings: &Strings, lang: &str) -> Self {
        let f = &strings.format;
        let t = |k: &str| strings.teks.get(k).cloned().unwrap_or_default();
        let mut revenue = Vec::new();
        let groups = year.revenue_groups();
        for g in &groups {
            revenue.push(row(
                g.code,
                term(g.label, g.code, strings, lang),
                "group",
                &g.amounts,
                strings,
            ));
            for line in &g.lines {
                revenue.push(row(
                    &line.code,
                    term(&line.label, &line.code, strings, lang),
                    "line",
                    &line.amounts,
                    strings,
                ));
            }
        }
        let total_revenue = year.total_revenue();
        revenue.push(row(
            "",
            term("Jumlah Pendapatan", "Jumlah Pendapatan", strings, lang),
            "total",
            &total_revenue,
            strings,
        ));
        let mut spending = Vec::new();
        for s in &year.spending {
            spending.push(row(
                &format!("{:02}", s.number),
                term(s.label, &format!("bidang-{}", s.number), strings, lang),
                "group",
                &s.amounts,
                strings,
            ));
            for a in &s.activities {
                let mut r = row(
                    "",
                    term(&a.label, "", strings, lang),
                    "activity",
                    &a.amounts,
                    strings,
                );
                r.fund = a.fund.map(|f| f.code().to_string()).unwrap_or_default();
                spending.push(r);
            }
        }
        let total_spending = year.total_spending();
        spending.push(row(
            "",
            term("Jumlah Belanja", "Jumlah Belanja", strings, lang),
            "total",
            &total_spending,
            strings,
        ));
        spending.push(row(
            "",
            term("Surplus/(Defisit)", "Surplus/(Defisit)", strings, lang),
            "balance",
            &year.surplus(),
            strings,
        ));
        let mut financing = Vec::new();
        for (label, lines, total) in [
            (
                "Penerimaan Pembiayaan",
                &year.financing_in,
                year.total_financing_in(),
            ),
            (
                "Pengeluaran Pembiayaan",
                &year.financing_out,
                year.total_financing_out(),
            ),
        ] {
            financing.push(row(
                "",
                term(label, label, strings, lang),
                "group",
                &total,
                strings,
            ));
            for line in lines {
                financing.push(row(
                    &line.code,
                    term(&line.label, &line.code, strings, lang),
                    "line",
                    &line.amounts,
                    strings,
                ));
            }
        }
        financing.push(row(
            "",
            term("Pembiayaan Netto", "Pembiayaan Netto", strings, lang),
            "balance",
            &year.net_financing(),
            strings,
        ));
        financing.push(row(
            "",
            term(
                "SiLPA/SiKPA Tahun Berjalan",
                "SiLPA/SiKPA Tahun Berjalan",
                strings,
                lang,
            ),
            "balance",
            &year.silpa(),
            strings,
        ));
        let has_actuals = year.has_actuals();
        let legend = [t("anggaran_singkat"), t("realisasi_singkat")];
        let legend = [legend[0].as_str(), legend[1].as_str()];
        let pair = |label: String, a: &Amounts| PairedBar {
            label,
            budget: a.budget,
            actual: a.actual,
            budget_text: format::money(a.budget, f),
            actual_text: a.actual.map(|x| match a.percent() {
                Some(p) => format!("{} ({})", format::money(x, f), format::percent(p, f)),
                None => format::money(x, f),
            }),
        };
        let with_gloss = |text: &str, key: &str| match strings.glosarium.get(key) {
            Some(g) => format!("{text} ({g})"),
            None => text.to_string(),
        };
        let group_bars: Vec<_> = groups
            .iter()
            .map(|g| {
                pair(
                    format!("{} {}", g.code, with_gloss(g.label, g.code)),
                    &g.amounts,
                )
            })
            .collect();
        let sector_bars: Vec<_> = year
            .spending
            .iter()
            .map(|s| {
                pair(
                    format!(
                        "{}. {}",
                        s.number,
                        with_gloss(s.label, &format!("bidang-{}", s.number))
                    ),
                    &s.amounts,
                )
            })
            .collect();
        let segments: Vec<_> = year
            .revenue
            .iter()
            .map(|l| Segment {
                label: with_gloss(&l.label, &l.code),
                value: l.amounts.budget,
                share_text: if total_revenue.budget > 0 {
                    format::percent(
                        crate::content::ratio_hundredths_of_percent(
                            l.amounts.budget,
                            total_revenue.budget,
                        ),
                        f,
                    )
                } else {
                    String::new()
                },
            })
            .collect();
        let summary = |bars: &[PairedBar]| {
            let parts: Vec<String> = bars
                .iter()
                .map(|b| match &b.actual_text {
                    Some(a) => format!("{}: {} / {}", b.label, b.budget_text, a),
                    None => format!("{}: {}", b.label, b.budget_text),
                })
                .collect();
            format!("{} {}", parts.join("; "), t("tabel_alternatif"))
        };
        let id = format!("apbdes-{}", year.year);
        YearView {
            year: year.year,
            status: year.status.key(),
            status_label: status_label(year.status, strings),
            source: year.source.clone(),
            has_actuals,
            headlines: vec![
                headline(
                    term("Jumlah Pendapatan", "Jumlah Pendapatan", strings, lang),
                    &total_revenue,
                    false,
                    strings,
                ),
                headline(
                    term("Jumlah Belanja", "Jumlah Belanja", strings, lang),
                    &total_spending,
                    false,
                    strings,
                ),
                headline(
                    term("Surplus/(Defisit)", "Surplus/(Defisit)", strings, lang),
                    &year.surplus(),
                    true,
                    strings,
                ),
                headline(
                    term("Pembiayaan Netto", "Pembiayaan Netto", strings, lang),
                    &year.net_financing(),
                    true,
                    strings,
                ),
                headline(
                    term(
                        "SiLPA/SiKPA Tahun Berjalan",
                        "SiLPA/SiKPA Tahun Berjalan",
                        strings,
                        lang,
                    ),
                    &year.silpa(),
                    true,
                    strings,
                ),
            ],
            chart_groups: chart::paired_bars(
                &format!("{id}-kelompok"),
                &t("grafik_kelompok"),
                &summary(&group_bars),
                legend,
                &group_bars,
            ),
            chart_sectors: chart::paired_bars(
                &format!("{id}-bidang"),
                &t("grafik_bidang"),
                &summary(&sector_bars),
                legend,
                &sector_bars,
            ),
            chart_composition: chart::composition(
                &format!("{id}-komposisi"),
                &t("grafik_komposisi"),
                &format!(
                    "{} {}",
                    segments
                        .iter()
                        .map(|s| format!("{} {}", s.label, s.share_text))
                        .collect::<Vec<_>>()
                        .join("; "),
                    t("tabel_alternatif")
                ),
                &segments,
            ),
            revenue,
            spending,
            financing,
        }
    }
}

/// A year in the list of a village's budgets.
#[derive(Debug, Serialize)]
pub struct YearSummary {
    year: i32,
    status_label: String,
    revenue: String,
    spending: String,
    spending_percent: Option<String>,
    /// Site path of the year's page.
    pub path: String,
}

impl YearSummary {
    /// The summary of `year`, whose page is at `path`.
    pub fn new(year: &BudgetYear, strings: &Strings, path: String) -> Self {
        let f = &strings.format;
        let spending = year.total_spending();
        YearSummary {
            year: year.year,
            status_label: status_label(year.status, strings),
            revenue: format::money(year.total_revenue().budget, f),
            spending: format::money(spending.budget, f),
            spending_percent: spending.percent().map(|p| format::percent(p, f)),
            path,
        }
    }
}

/// The multi-year chart of a village's budgets.
pub fn years_chart(years: &[BudgetYear], strings: &Strings) -> String {
    let t = |k: &str| strings.teks.get(k).cloned().unwrap_or_default();
    let f = &strings.format;
    let pairs: Vec<YearPair> = years
        .iter()
        .map(|y| YearPair {
            year: y.year,
            first: y.total_revenue().budget,
            second: y.total_spending().budget,
        })
        .collect();
    let desc = years
        .iter()
        .map(|y| {
            format!(
                "{}: {} {}, {} {}",
                y.year,
                t("pendapatan"),
                format::money(y.total_revenue().budget, f),
                t("belanja"),
                format::money(y.total_spending().budget, f)
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    let (p, b) = (t("pendapatan"), t("belanja"));
    chart::by_year(
        "apbdes-tahunan",
        &t("grafik_tahunan"),
        &desc,
        [&p, &b],
        &pairs,
    )
}

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
