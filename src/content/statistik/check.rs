//! The rules one category of a statistics year must pass, over rows as any
//! reader gives them (label, numbers, and where they are): each label is on the
//! category's code list (ignoring case and spaces around `/`), at most once;
//! men plus women make the row's `jumlah` when they are given; and the rows add
//! up to the whole population.

use super::codes::{CategoryDef, normalize};
use super::{Category, Row};
use crate::diagnostic::{Diagnostic, Report, did_you_mean};
use crate::message::Message;
use crate::msg;

/// One row as read from a file: its numbers and the field path of the row
/// (`kategori.agama[0]`), which the place function turns into a position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputRow {
    /// The label as written.
    pub label: String,
    /// `jumlah`.
    pub count: u64,
    /// `laki_laki`.
    pub male: Option<u64>,
    /// `perempuan`.
    pub female: Option<u64>,
    /// The row's field path.
    pub at: String,
}

/// Checks the rows of `def` against its code list and `population`; `place`
/// builds an error at a field path (`kategori.agama[0].label`), `at` is the
/// category's own path. `None` when a row has an error (all are reported).
pub fn check_category(
    def: &'static CategoryDef,
    rows: Vec<InputRow>,
    population: u64,
    at: &str,
    place: &dyn Fn(&str, Message) -> Diagnostic,
    report: &mut Report,
) -> Option<Category> {
    let errors_before = report.error_count();
    let mut found: Vec<(usize, Row, String)> = Vec::new();
    let mut total = 0u64;
    for row in rows {
        total = total.saturating_add(row.count);
        check_sexes(&row, place, report);
        let Some((label, order)) = def.find(&row.label).filter(|(l, _)| !l.is_empty()) else {
            report.push(unknown_label(def, &row, place));
            continue;
        };
        if let Some((_, _, first)) = found.iter().find(|(_, r, _)| r.label == label) {
            report.push(place(
                &format!("{}.label", row.at),
                msg!("K1207", label = &label, pertama = first),
            ));
            continue;
        }
        found.push((
            order,
            Row {
                label,
                count: row.count,
                male: row.male,
                female: row.female,
            },
            row.label.clone(),
        ));
    }
    if total != population {
        let (kurang, selisih) = if total < population {
            ("kurang", population - total)
        } else {
            ("lebih", total - population)
        };
        report.push(place(
            at,
            msg!(
                "K1204",
                kategori = def.slug,
                jumlah = total,
                penduduk = population,
                arah = kurang,
                selisih = selisih
            ),
        ));
    }
    found.sort_by_key(|(order, _, _)| *order);
    (report.error_count() == errors_before).then(|| Category {
        def,
        rows: found.into_iter().map(|(_, r, _)| r).collect(),
    })
}

/// K1205 and K1212: men and women are both given or both left out, and add up.
fn check_sexes(row: &InputRow, place: &dyn Fn(&str, Message) -> Diagnostic, report: &mut Report) {
    match (row.male, row.female) {
        (Some(m), Some(f)) if m.saturating_add(f) != row.count => report.push(place(
            &format!("{}.jumlah", row.at),
            msg!(
                "K1205",
                jumlah = row.count,
                laki = m,
                perempuan = f,
                hasil = m.saturating_add(f)
            ),
        )),
        (Some(_), None) => report.push(place(
            &format!("{}.laki_laki", row.at),
            msg!("K1212", ada = "laki_laki", tidak = "perempuan"),
        )),
        (None, Some(_)) => report.push(place(
            &format!("{}.perempuan", row.at),
            msg!("K1212", ada = "perempuan", tidak = "laki_laki"),
        )),
        _ => {}
    }
}

/// K1203: a label not on the category's list, with the closest official one.
fn unknown_label(
    def: &CategoryDef,
    row: &InputRow,
    place: &dyn Fn(&str, Message) -> Diagnostic,
) -> Diagnostic {
    let field = format!("{}.label", row.at);
    if row.label.trim().is_empty() {
        return place(&field, msg!("K1214"));
    }
    let labels: Vec<&str> = def.labels().collect();
    let normalized: Vec<String> = labels.iter().map(|l| normalize(l)).collect();
    let candidates: Vec<&str> = normalized.iter().map(String::as_str).collect();
    let d = place(
        &field,
        msg!("K1203", label = row.label.trim(), kategori = def.slug),
    );
    match did_you_mean(&normalize(&row.label), &candidates)
        .and_then(|n| candidates.iter().position(|c| *c == n))
    {
        Some(i) => d.hint(msg!("statistik-hint-label", label = labels[i])),
        None => d.hint(msg!(
            "statistik-hint-daftar",
            daftar = short_list(&labels),
            kategori = def.slug
        )),
    }
}

/// The first labels of a long list, then `…`.
fn short_list(labels: &[&str]) -> String {
    if labels.len() <= 12 {
        return labels.join(", ");
    }
    format!("{}, …", labels[..10].join(", "))
}
