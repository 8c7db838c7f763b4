//! Budget (APBDes) views, charts and open data (CSV, JSON), all from the figures
//! computed by the model, so that pages and files always agree.

use super::chart::{self, PairedBar, Segment, YearPair};
use super::format;
use crate::content::{Amounts, BudgetYear, Status};
use crate::theme::Strings;
use serde::Serialize;

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
        let [chart_groups, chart_sectors, chart_composition] = charts(year, strings);
        YearView {
            year: year.year,
            status: year.status.key(),
            status_label: status_label(year.status, strings),
            source: year.source.clone(),
            has_actuals: year.has_actuals(),
            headlines: headlines(year, strings, lang),
            revenue: revenue_rows(year, strings, lang),
            spending: spending_rows(year, strings, lang),
            financing: financing_rows(year, strings, lang),
            chart_groups,
            chart_sectors,
            chart_composition,
        }
    }
}

/// A total row, named by its official term.
fn total(name: &str, kind: &'static str, amounts: &Amounts, strings: &Strings, lang: &str) -> Row {
    row("", term(name, name, strings, lang), kind, amounts, strings)
}

/// The revenue table: each group and its lines, then the total.
fn revenue_rows(year: &BudgetYear, strings: &Strings, lang: &str) -> Vec<Row> {
    let mut revenue = Vec::new();
    for g in &year.revenue_groups() {
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
    revenue.push(total(
        "Jumlah Pendapatan",
        "total",
        &total_revenue,
        strings,
        lang,
    ));
    revenue
}

/// The spending table: each sector and its activities, the total and the balance.
fn spending_rows(year: &BudgetYear, strings: &Strings, lang: &str) -> Vec<Row> {
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
    spending.push(total(
        "Jumlah Belanja",
        "total",
        &total_spending,
        strings,
        lang,
    ));
    spending.push(total(
        "Surplus/(Defisit)",
        "balance",
        &year.surplus(),
        strings,
        lang,
    ));
    spending
}

/// The financing table: money in and out with their lines, net financing and SiLPA.
fn financing_rows(year: &BudgetYear, strings: &Strings, lang: &str) -> Vec<Row> {
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
    financing.push(total(
        "Pembiayaan Netto",
        "balance",
        &year.net_financing(),
        strings,
        lang,
    ));
    financing.push(total(
        "SiLPA/SiKPA Tahun Berjalan",
        "balance",
        &year.silpa(),
        strings,
        lang,
    ));
    financing
}

/// The five figures at the top of a year's page.
fn headlines(year: &BudgetYear, strings: &Strings, lang: &str) -> Vec<Headline> {
    let head = |name: &str, amounts: &Amounts, balance: bool| {
        headline(term(name, name, strings, lang), amounts, balance, strings)
    };
    vec![
        head("Jumlah Pendapatan", &year.total_revenue(), false),
        head("Jumlah Belanja", &year.total_spending(), false),
        head("Surplus/(Defisit)", &year.surplus(), true),
        head("Pembiayaan Netto", &year.net_financing(), true),
        head("SiLPA/SiKPA Tahun Berjalan", &year.silpa(), true),
    ]
}

/// The revenue lines as shares of the total revenue, for the composition chart.
fn revenue_segments(
    year: &BudgetYear,
    strings: &Strings,
    with_gloss: &dyn Fn(&str, &str) -> String,
) -> Vec<Segment> {
    let total_revenue = year.total_revenue();
    year.revenue
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
                    &strings.format,
                )
            } else {
                String::new()
            },
        })
        .collect()
}

/// The year's three charts as SVG: revenue groups and spending sectors, budget
/// against actual, and the composition of revenue.
fn charts(year: &BudgetYear, strings: &Strings) -> [String; 3] {
    let f = &strings.format;
    let t = |k: &str| strings.teks.get(k).cloned().unwrap_or_default();
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
    let group_bars: Vec<_> = year
        .revenue_groups()
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
    let segments = revenue_segments(year, strings, &with_gloss);
    let summary = |bars: &[PairedBar]| bars_summary(bars, &t("tabel_alternatif"));
    let id = format!("apbdes-{}", year.year);
    let composition = segments
        .iter()
        .map(|s| format!("{} {}", s.label, s.share_text))
        .collect::<Vec<_>>()
        .join("; ");
    [
        chart::paired_bars(
            &format!("{id}-kelompok"),
            &t("grafik_kelompok"),
            &summary(&group_bars),
            legend,
            &group_bars,
        ),
        chart::paired_bars(
            &format!("{id}-bidang"),
            &t("grafik_bidang"),
            &summary(&sector_bars),
            legend,
            &sector_bars,
        ),
        chart::composition(
            &format!("{id}-komposisi"),
            &t("grafik_komposisi"),
            &format!("{composition} {}", t("tabel_alternatif")),
            &segments,
        ),
    ]
}

/// What a paired-bar chart shows, in words, for readers who cannot see it:
/// each bar's budget and realisation, then `table_note` (where the table is).
fn bars_summary(bars: &[PairedBar], table_note: &str) -> String {
    let parts: Vec<String> = bars
        .iter()
        .map(|b| match &b.actual_text {
            Some(a) => format!("{}: {} / {}", b.label, b.budget_text, a),
            None => format!("{}: {}", b.label, b.budget_text),
        })
        .collect();
    format!("{} {table_note}", parts.join("; "))
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
