//! A statistics year as pages and open data: the views of its categories
//! (bars, table, change from the year before) and its CSV and JSON files.
//! Everything here reads [`PublishedYear`], never the model, so no figure the
//! small-cell rule withholds can reach a page or a file.

use crate::content::ratio_hundredths_of_percent;
use crate::content::statistik::{Cell, PublishedCategory, PublishedYear};
use crate::render::format;
use crate::theme::Strings;
use serde::Serialize;

/// A published year as a page shows it.
#[derive(Debug, Serialize)]
pub struct YearView {
    /// The year.
    pub year: i32,
    /// The date of the figures, written out.
    pub date: String,
    /// Where they come from.
    pub source: Option<String>,
    /// The whole population.
    pub population: String,
    /// The year compared with in the change column, if any.
    pub previous: Option<i32>,
    /// The categories.
    pub categories: Vec<CategoryView>,
    /// What `<5` means, when some cell is small.
    pub small_note: Option<String>,
    /// What `x` means, when some cell is withheld.
    pub withheld_note: Option<String>,
}

/// One category: its bars and its table.
#[derive(Debug, Serialize)]
pub struct CategoryView {
    /// The key (`agama`), for ids.
    pub slug: &'static str,
    /// Its name in the page's language.
    pub title: &'static str,
    /// The total it counts.
    pub total: String,
    /// The totals of men and women, when given.
    pub male_total: Option<String>,
    /// See `male_total`.
    pub female_total: Option<String>,
    /// Its rows.
    pub rows: Vec<RowView>,
    /// The change of its total from the year before, when that year has the category.
    pub total_change: Option<String>,
    /// Whether the year before has the category (the change column is shown).
    pub has_change: bool,
}

/// One row of a category.
#[derive(Debug, Serialize)]
pub struct RowView {
    /// The official label.
    pub label: String,
    /// The count, `<5` or `x`.
    pub count: String,
    /// Its share of the total, or `x` when the count is not published.
    pub percent: String,
    /// The bar's width in percent (`42.25`), none when not published.
    pub width: Option<String>,
    /// Men, when given.
    pub male: Option<String>,
    /// Women, when given.
    pub female: Option<String>,
    /// The change from the year before (`+12`, `−3`), when both are published.
    pub change: Option<String>,
}

/// A cell as a page writes it.
fn shown(cell: Cell, threshold: u64, s: &Strings) -> String {
    match cell {
        Cell::Value(v) => format::integer(i128::from(v), &s.format),
        other => other.data(threshold),
    }
}

/// A change as a page writes it: `+12`, `−3`, `0`.
fn change(now: u64, before: u64, s: &Strings) -> String {
    let diff = i128::from(now) - i128::from(before);
    let text = format::integer(diff.abs(), &s.format);
    match diff {
        d if d > 0 => format!("+{text}"),
        d if d < 0 => format!("\u{2212}{text}"),
        _ => text,
    }
}

impl YearView {
    /// The view of `year` in `lang`, with the change from `previous` when given.
    pub fn new(
        year: &PublishedYear,
        previous: Option<&PublishedYear>,
        s: &Strings,
        lang: &str,
    ) -> Self {
        let t = |key: &str| s.teks.get(key).cloned().unwrap_or_default();
        let threshold = year.threshold;
        let mut small = false;
        let mut withheld = false;
        let categories = year
            .categories
            .iter()
            .map(|c| {
                for cell in c
                    .rows
                    .iter()
                    .flat_map(|r| [Some(r.count), r.male, r.female])
                    .flatten()
                {
                    small |= cell == Cell::Small;
                    withheld |= cell == Cell::Withheld;
                }
                let before = previous.and_then(|p| p.category(c.def.slug));
                CategoryView::new(c, before, threshold, s, lang)
            })
            .collect();
        let limit = (threshold - 1).to_string();
        let fill = |key: &str| {
            t(key)
                .replace("{lambang}", &Cell::Small.data(threshold))
                .replace("{batas}", &limit)
        };
        YearView {
            year: year.year,
            date: format::date(year.date, &s.format),
            source: year.source.clone(),
            population: format::integer(i128::from(year.population), &s.format),
            previous: previous.map(|p| p.year),
            categories,
            small_note: small.then(|| fill("statistik_catatan_kecil")),
            withheld_note: withheld.then(|| fill("statistik_catatan_ditutup")),
        }
    }
}

impl CategoryView {
    fn new(
        c: &PublishedCategory,
        before: Option<&PublishedCategory>,
        threshold: u64,
        s: &Strings,
        lang: &str,
    ) -> Self {
        let cell = |x: Cell| shown(x, threshold, s);
        let rows = c
            .rows
            .iter()
            .map(|r| {
                let share = r
                    .count
                    .value()
                    .filter(|_| c.total > 0)
                    .map(|v| ratio_hundredths_of_percent(i128::from(v), i128::from(c.total)));
                let earlier = before.map(|b| {
                    b.rows
                        .iter()
                        .find(|x| x.label == r.label)
                        .map_or(Cell::Value(0), |x| x.count)
                });
                RowView {
                    label: r.label.clone(),
                    count: cell(r.count),
                    percent: share.map_or_else(|| cell(r.count), |h| format::percent(h, &s.format)),
                    width: share.map(|h| format!("{}.{:02}", h / 100, h % 100)),
                    male: r.male.map(cell),
                    female: r.female.map(cell),
                    change: earlier
                        .and_then(|e| e.value().zip(r.count.value()))
                        .map(|(b, n)| change(n, b, s)),
                }
            })
            .collect();
        CategoryView {
            slug: c.def.slug,
            title: if lang == "id" {
                c.def.label
            } else {
                c.def.label_en
            },
            total: format::integer(i128::from(c.total), &s.format),
            male_total: c.sexes.map(|(m, _)| cell(m)),
            female_total: c.sexes.map(|(_, f)| cell(f)),
            rows,
            total_change: before.map(|b| change(c.total, b.total, s)),
            has_change: before.is_some(),
        }
    }
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The year as CSV: one row per label of each category; `<5` for a small
/// count and `x` for one withheld so that it cannot be worked out.
pub fn csv(year: &PublishedYear) -> String {
    let mut out = String::from("tahun,per,kategori,label,jumlah,laki_laki,perempuan\n");
    let t = year.threshold;
    for c in &year.categories {
        for r in &c.rows {
            out.push_str(&format!(
                "{},{},{},{},{},{},{}\n",
                year.year,
                year.date,
                c.def.slug,
                csv_field(&r.label),
                r.count.data(t),
                r.male.map(|m| m.data(t)).unwrap_or_default(),
                r.female.map(|f| f.data(t)).unwrap_or_default(),
            ));
        }
    }
    out
}

/// A cell in the JSON file: a number, or the string `<5` or `x`.
fn json_cell(cell: Cell, threshold: u64) -> serde_json::Value {
    match cell {
        Cell::Value(v) => serde_json::json!(v),
        other => serde_json::json!(other.data(threshold)),
    }
}

/// The year as JSON, with what `<5` and `x` mean.
pub fn json(year: &PublishedYear, village: &str, code: Option<&str>) -> String {
    let t = year.threshold;
    let categories: Vec<_> = year
        .categories
        .iter()
        .map(|c| {
            let rows: Vec<_> = c
                .rows
                .iter()
                .map(|r| {
                    let mut row = serde_json::json!({
                        "label": r.label,
                        "jumlah": json_cell(r.count, t),
                    });
                    if let (Some(m), Some(f)) = (r.male, r.female) {
                        row["laki_laki"] = json_cell(m, t);
                        row["perempuan"] = json_cell(f, t);
                    }
                    row
                })
                .collect();
            let mut category = serde_json::json!({
                "kategori": c.def.slug,
                "nama": c.def.label,
                "jumlah": c.total,
                "baris": rows,
            });
            if let Some((m, f)) = c.sexes {
                category["laki_laki"] = json_cell(m, t);
                category["perempuan"] = json_cell(f, t);
            }
            category
        })
        .collect();
    let small = Cell::Small.data(t);
    let value = serde_json::json!({
        "desa": village,
        "kode_wilayah": code,
        "tahun": year.year,
        "per": year.date.to_string(),
        "sumber": year.source,
        "jumlah_penduduk": year.population,
        "ambang": t,
        // What the two marks stand for: a small count (1 to threshold - 1),
        // and a count withheld so that a small one cannot be worked out.
        "keterangan": {
            small: { "arti": "angka_kecil", "dari": 1, "sampai": t - 1 },
            "x": { "arti": "ditutup" },
        },
        "kategori": categories,
    });
    let mut text = serde_json::to_string_pretty(&value).unwrap_or_default();
    text.push('\n');
    text
}
