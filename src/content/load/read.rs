//! Reading one file of `content/` as text, and refusing the entries kampung
//! will not read (special files, oversized files under `berkas/`).

use crate::diagnostic::{Diagnostic, Position, Report};
use crate::input;
use crate::msg;
use std::fs;
use std::path::Path;

/// Reads a text file; a file that is not UTF-8 is reported with the position of
/// its first bad byte. A leading byte-order mark is dropped. A file that is not a
/// regular file, is larger than [`input::TEXT_FILE_LIMIT`] or has a line longer
/// than [`input::LINE_LIMIT`] characters is an error, and is not parsed.
pub fn read_text(root: &Path, rel: &Path, report: &mut Report) -> Option<String> {
    let bytes = match input::read_regular(&root.join(rel), input::TEXT_FILE_LIMIT) {
        Ok(bytes) => bytes,
        Err(err) => {
            report.push(read_error(rel, &err));
            return None;
        }
    };
    match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{feff}') {
                text.drain(..3);
            }
            if let Some(i) = text.find('\0') {
                report.push(
                    Diagnostic::error(rel, msg!("K0220"))
                        .position(Some(Position::in_text(&text, i))),
                );
                return None;
            }
            if let Some(i) = input::overlong_line(&text) {
                let at = Position::in_text(&text, i);
                report.push(
                    Diagnostic::error(
                        rel,
                        msg!("K0704", baris = at.line, batas = input::LINE_LIMIT),
                    )
                    .position(Some(at)),
                );
                return None;
            }
            Some(text)
        }
        Err(err) => {
            let valid = err.utf8_error().valid_up_to();
            let bytes = err.into_bytes();
            let before = String::from_utf8_lossy(&bytes[..valid]);
            report.push(
                Diagnostic::error(rel, msg!("K0221"))
                    .position(Some(Position::in_text(&before, before.len()))),
            );
            None
        }
    }
}

/// The error for a file of `content/` that could not be read.
pub(super) fn read_error(rel: &Path, err: &input::ReadError) -> Diagnostic {
    Diagnostic::error(rel, err.message())
}

/// The error for an entry of `content/` that kampung will not read: a named pipe,
/// a device or a socket (reading one could wait forever), or a file under
/// `berkas/` past [`input::BERKAS_FILE_LIMIT`].
pub(super) fn refused_entry(
    rel: &Path,
    file_type: &fs::FileType,
    berkas_size: Option<u64>,
) -> Option<Diagnostic> {
    if let Some(kind) = input::special_kind(file_type) {
        return Some(read_error(rel, &input::ReadError::NotRegular(kind)));
    }
    let size = berkas_size.filter(|size| *size > input::BERKAS_FILE_LIMIT)?;
    Some(read_error(
        rel,
        &input::ReadError::TooLarge {
            size,
            limit: input::BERKAS_FILE_LIMIT,
        },
    ))
}
