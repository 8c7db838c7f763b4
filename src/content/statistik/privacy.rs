//! Refusing personal data in a statistics file before anything reads it: a
//! run of 16 digits (a NIK or a KK number, however it is quoted), and keys that
//! name a person's own fields (`nama`, `nik`, `alamat` ...). A statistics file
//! holds counts only; such a file is not published at all.

use crate::diagnostic::{Diagnostic, Position, Report};
use crate::msg;
use crate::yaml::Source;

/// Keys that hold one person's data, never an aggregate.
const PERSONAL_KEYS: &[&str] = &[
    "nama",
    "nama_lengkap",
    "nik",
    "no_kk",
    "nomor_kk",
    "kk",
    "alamat",
    "tanggal_lahir",
    "tgl_lahir",
    "tempat_lahir",
    "nama_ayah",
    "nama_ibu",
    "telepon",
    "hp",
    "rt",
    "rw",
];

/// Reports every 16-digit number (K1200) and personal key (K1201) of
/// `source`; true when there is one.
pub fn scan_personal_data(source: &Source<'_>, report: &mut Report) -> bool {
    let mut found = false;
    for (i, line) in source.text.lines().enumerate() {
        let at = |column: usize| {
            Some(Position {
                line: source.line_offset + i + 1,
                column,
            })
        };
        for column in sixteen_digits(line) {
            let d = Diagnostic::error(source.file, msg!("K1200"));
            report.push(d.at(at(column), source.whole));
            found = true;
        }
        if let Some((column, key)) = personal_key(line) {
            let d = Diagnostic::error(source.file, msg!("K1201", kolom = key)).field(key);
            report.push(d.at(at(column), source.whole));
            found = true;
        }
    }
    found
}

/// The columns (from 1, in characters) where a run of exactly 16 digits starts.
fn sixteen_digits(line: &str) -> Vec<usize> {
    let chars: Vec<char> = line.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            if i - start == 16 {
                out.push(start + 1);
            }
        } else {
            i += 1;
        }
    }
    out
}

/// The column and name of a personal key on `line` (`- nama: Budi`,
/// `{nik: "..."}`), if there is one.
fn personal_key(line: &str) -> Option<(usize, &'static str)> {
    let chars: Vec<char> = line.chars().collect();
    let mut start = 0;
    while start < chars.len() {
        let before = start.checked_sub(1).map(|b| chars[b]);
        let boundary = before.is_none_or(|c| matches!(c, ' ' | '{' | ',' | '\t' | '"' | '\''));
        if boundary && (chars[start].is_ascii_lowercase()) {
            let mut end = start;
            while end < chars.len() && (chars[end].is_ascii_lowercase() || chars[end] == '_') {
                end += 1;
            }
            let word: String = chars[start..end].iter().collect();
            let mut after = end;
            while after < chars.len() && matches!(chars[after], '"' | '\'' | ' ') {
                after += 1;
            }
            if chars.get(after) == Some(&':') {
                if let Some(key) = PERSONAL_KEYS.iter().find(|k| **k == word) {
                    return Some((start + 1, key));
                }
            }
            start = end.max(start + 1);
        } else {
            start += 1;
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_nik_like_numbers_and_personal_keys() {
        assert_eq!(sixteen_digits("x: \"3510151234560001\""), vec![5]);
        assert!(sixteen_digits("jumlah: 35101512345600012").is_empty());
        assert!(sixteen_digits("jumlah: 4321").is_empty());
        assert_eq!(personal_key("  - nama: Budi"), Some((5, "nama")));
        assert_eq!(personal_key("  - {nik: 1, jumlah: 2}"), Some((6, "nik")));
        assert_eq!(personal_key("  - {label: ISLAM, jumlah: 2}"), None);
        assert_eq!(personal_key("sumber: alamat kantor"), None);
        assert_eq!(personal_key("  pendidikan-dalam-kk:"), None);
    }
}
