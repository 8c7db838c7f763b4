//! `statistik/<tahun>.yaml`: a village's population statistics for one year,
//! aggregates only: counts per category (`agama`, `pekerjaan`, ...) with the
//! official labels of OpenSID's code lists.
//!
//! This file is the model and the YAML reader; `codes` holds the categories and
//! their code lists, `check` the rules every year must pass (labels, totals,
//! men plus women), written over parsed rows so that another reader (a
//! spreadsheet) can feed the same checks, `privacy` refuses what looks like
//! personal data before anything else reads the file, and `publish` turns the
//! model into the only figures any output may show (small cells suppressed).

mod check;
mod codes;
mod privacy;
mod profile;
mod publish;
pub mod sheet;

pub use check::{InputRow, check_category};
pub use codes::{CATEGORIES, CategoryDef, NOT_FILLED, category, normalize};
pub use privacy::scan_personal_data;
pub use profile::check_profile;
pub use publish::{
    Cell, PublishedCategory, PublishedRow, PublishedYear, StatisticsConfig, publish, publish_sum,
};

use super::fields::Date;
use crate::diagnostic::Report;
use crate::msg;
use crate::yaml::{self, Source};
use schemars::JsonSchema;
use serde::Deserialize;
use std::collections::BTreeMap;

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawYear {
    per: Date,
    sumber: Option<String>,
    jumlah_penduduk: u64,
    kategori: Option<BTreeMap<String, Vec<RawRow>>>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawRow {
    label: String,
    jumlah: u64,
    laki_laki: Option<u64>,
    perempuan: Option<u64>,
}

/// The JSON Schema of `statistik/<tahun>.yaml` (`kampung schema`).
pub(crate) fn year_schema() -> serde_json::Value {
    crate::schema::of::<RawYear>()
}

/// One year of statistics, checked.
#[derive(Debug, Clone, PartialEq)]
pub struct StatYear {
    /// The year (the file's name).
    pub year: i32,
    /// The date the figures refer to (`per`).
    pub date: Date,
    /// Where the figures come from (`sumber`).
    pub source: Option<String>,
    /// The whole population (`jumlah_penduduk`).
    pub population: u64,
    /// The categories given, in the order of [`CATEGORIES`].
    pub categories: Vec<Category>,
}

/// One category's rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Category {
    /// The category.
    pub def: &'static CategoryDef,
    /// Its rows, in code order, `BELUM MENGISI` last.
    pub rows: Vec<Row>,
}

/// One row: a label and its count, with men and women when given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    /// The official label.
    pub label: String,
    /// Everyone (`jumlah`).
    pub count: u64,
    /// Men (`laki_laki`).
    pub male: Option<u64>,
    /// Women (`perempuan`).
    pub female: Option<u64>,
}

impl StatYear {
    /// The category `slug`, if the year has it.
    pub fn category(&self, slug: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.def.slug == slug)
    }

    /// The count of `label` in the category `slug`.
    pub fn count(&self, slug: &str, label: &str) -> Option<u64> {
        let c = self.category(slug)?;
        c.rows.iter().find(|r| r.label == label).map(|r| r.count)
    }
}

/// Parses and checks `statistik/<file_year>.yaml`; sensitive categories not
/// in `opted_in` are kept (they are checked like the others) and warned about:
/// [`publish`] leaves them out.
pub fn parse_year(
    source: &Source<'_>,
    file_year: i32,
    opted_in: &[String],
    report: &mut Report,
) -> Option<StatYear> {
    if scan_personal_data(source, report) {
        return None;
    }
    let raw: RawYear = match yaml::parse(source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    let errors_before = report.error_count();
    if raw.per.year != file_year {
        report.push(source.error_at(
            "per",
            msg!("K1206", per = raw.per.to_string(), tahun = file_year),
        ));
    }
    let place = |field: &str, m: crate::message::Message| source.error_at(field, m);
    let mut categories = Vec::new();
    let slugs: Vec<&str> = CATEGORIES.iter().map(|c| c.slug).collect();
    // A category without rows (`agama: []`, what the web forms write for a
    // table left empty) is a category not given.
    let given = raw.kategori.unwrap_or_default().into_iter();
    for (slug, rows) in given.filter(|(_, rows)| !rows.is_empty()) {
        let at = format!("kategori.{slug}");
        let Some(def) = category(&slug) else {
            let d = source.error_at(&at, msg!("K1202", kategori = &slug));
            let d = match crate::diagnostic::did_you_mean(&slug, &slugs) {
                Some(s) => d.hint(msg!("statistik-hint-mirip", nama = s)),
                None => d.hint(msg!("statistik-hint-kategori", contoh = "agama")),
            };
            report.push(d);
            continue;
        };
        if def.sensitive && !opted_in.iter().any(|s| s == def.slug) {
            report.push(source.warning_at(&at, msg!("K1211", kategori = def.slug)));
        }
        let rows = rows
            .into_iter()
            .enumerate()
            .map(|(i, r)| InputRow {
                label: r.label,
                count: r.jumlah,
                male: r.laki_laki,
                female: r.perempuan,
                at: format!("{at}[{i}]"),
            })
            .collect();
        if let Some(c) = check_category(def, rows, raw.jumlah_penduduk, &at, &place, report) {
            categories.push(c);
        }
    }
    categories.sort_by_key(|c| CATEGORIES.iter().position(|d| d.slug == c.def.slug));
    (report.error_count() == errors_before).then(|| StatYear {
        year: file_year,
        date: raw.per,
        source: raw.sumber.filter(|s| !s.trim().is_empty()),
        population: raw.jumlah_penduduk,
        categories,
    })
}

#[cfg(test)]
mod tests;
