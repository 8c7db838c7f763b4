//! Reading the files that village admins control, within bounds.
//!
//! A regency portal is built from many villages' folders, each edited by a different
//! team, so no single file may stop the build: a named pipe, a device or a socket is
//! refused (never read, so never waited on), and files and lines past a documented
//! size are refused before they are parsed. Every read of content, pictures and
//! theme files goes through [`read_regular`]; the walks of `content/` use
//! [`special_kind`] to name the odd entries they meet.

use crate::message::Message;
use crate::msg;
use std::fs;
use std::io::Read;
use std::path::Path;

/// The largest text file kampung reads (YAML, Markdown, theme strings): 1 MiB.
/// The largest file of the sample site is 16 KB.
pub const TEXT_FILE_LIMIT: u64 = 1 << 20;

/// The longest line of a text file, in characters. The sample's longest is 463.
pub const LINE_LIMIT: usize = 10_000;

/// The largest file under `berkas/` (documents and pictures): 50 MiB.
pub const BERKAS_FILE_LIMIT: u64 = 50 << 20;

/// Why a file was not read.
#[derive(Debug)]
pub enum ReadError {
    /// It is not a regular file; its kind as a catalogue entry (`berkas-special-fifo`).
    NotRegular(&'static str),
    /// It is larger than the limit.
    TooLarge {
        /// Its size in bytes (at least `limit + 1` when it grew while being read).
        size: u64,
        /// The limit in bytes.
        limit: u64,
    },
    /// The system could not open or read it.
    Io(std::io::Error),
}

impl ReadError {
    /// What is wrong, in one sentence; its `.hint` says how to fix it.
    pub fn message(&self) -> Message {
        match self {
            ReadError::NotRegular(kind) => msg!("K0700", jenis = Message::new(kind)),
            ReadError::TooLarge { size, limit } => {
                let (shown, most) = (human_size(*size), human_size(*limit));
                // Just past the limit, both round alike: then say "and a bit".
                let shown = if shown == most {
                    msg!("berkas-size-over", ukuran = shown)
                } else {
                    shown
                };
                let code = if *limit == BERKAS_FILE_LIMIT {
                    "K0701"
                } else {
                    "K0702"
                };
                Message::new(code).arg("ukuran", shown).arg("batas", most)
            }
            ReadError::Io(err) => msg!("K0703", sebab = crate::diagnostic::io_cause(err)),
        }
    }
}

/// The kind of a file that is neither a regular file, a folder nor a symbolic
/// link, as the catalogue entry that names it; `None` for those three.
pub fn special_kind(file_type: &fs::FileType) -> Option<&'static str> {
    if file_type.is_file() || file_type.is_dir() || file_type.is_symlink() {
        return None;
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return Some("berkas-special-fifo");
        }
        if file_type.is_socket() {
            return Some("berkas-special-socket");
        }
        if file_type.is_block_device() || file_type.is_char_device() {
            return Some("berkas-special-device");
        }
    }
    Some("berkas-special-other")
}

/// Reads the regular file at `path`, at most `limit` bytes of it.
///
/// The file's type is checked before it is opened, it is opened without blocking
/// (so a pipe swapped in meanwhile cannot hang the run), and checked again on the
/// open handle; a file past `limit`, or one that grows past it while being read, is
/// an error.
pub fn read_regular(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, meta) = open_regular(path)?;
    if meta.len() > limit {
        return Err(ReadError::TooLarge {
            size: meta.len(),
            limit,
        });
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge {
            size: bytes.len() as u64,
            limit,
        });
    }
    Ok(bytes)
}

/// The first `n` bytes (or fewer, for a shorter file) of the regular file at
/// `path`, opened as [`read_regular`] opens it: to judge a file's kind.
pub fn read_start(path: &Path, n: usize) -> Result<Vec<u8>, ReadError> {
    let (file, _) = open_regular(path)?;
    let mut bytes = Vec::with_capacity(n);
    file.take(n as u64)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    Ok(bytes)
}

/// Opens the regular file at `path` without blocking, checking its type before
/// and after opening.
fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), ReadError> {
    let kind_of = |meta: &fs::Metadata| special_kind(&meta.file_type());
    let meta = fs::metadata(path).map_err(ReadError::Io)?;
    if let Some(kind) = kind_of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(ReadError::Io)?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if let Some(kind) = kind_of(&meta) {
        return Err(ReadError::NotRegular(kind));
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular("berkas-special-folder"));
    }
    Ok((file, meta))
}

/// The byte offset of the first character past [`LINE_LIMIT`] on a line of `text`,
/// if a line is that long. Lines end at `\n`, `\r\n` or `\r`, as editors count them.
pub fn overlong_line(text: &str) -> Option<usize> {
    let mut start = 0;
    for end in memchr::memchr2_iter(b'\n', b'\r', text.as_bytes()).chain([text.len()]) {
        let line = &text[start..end];
        // A line of at most LINE_LIMIT bytes holds at most LINE_LIMIT characters.
        if line.len() > LINE_LIMIT {
            if let Some((i, _)) = line.char_indices().nth(LINE_LIMIT) {
                return Some(start + i);
            }
        }
        start = end + 1;
    }
    None
}

/// `1.5 MiB`, `50 MiB`, `812 KiB`, `20 bytes`.
pub fn human_size(bytes: u64) -> Message {
    const KIB: u64 = 1 << 10;
    const MIB: u64 = 1 << 20;
    let tenths = |unit: u64| {
        let t = (bytes * 10 + unit / 2) / unit;
        if t.is_multiple_of(10) {
            (t / 10).to_string()
        } else {
            format!("{}.{}", t / 10, t % 10)
        }
    };
    if bytes >= MIB {
        msg!("berkas-size-mib", n = tenths(MIB))
    } else if bytes >= KIB {
        msg!("berkas-size-kib", n = tenths(KIB))
    } else {
        msg!("berkas-size-bytes", n = bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_as_people_write_them() {
        let en = |m: Message| m.text_in(crate::message::Lang::En);
        assert_eq!(en(human_size(TEXT_FILE_LIMIT)), "1 MiB");
        assert_eq!(en(human_size(BERKAS_FILE_LIMIT)), "50 MiB");
        assert_eq!(en(human_size(3 << 19)), "1.5 MiB");
        assert_eq!(en(human_size(20)), "20 bytes");
        let past = ReadError::TooLarge {
            size: TEXT_FILE_LIMIT + 1,
            limit: TEXT_FILE_LIMIT,
        };
        assert_eq!(past.message().id(), "K0702");
        assert_eq!(
            past.message().value("ukuran"),
            Some(&msg!("berkas-size-over", ukuran = human_size(TEXT_FILE_LIMIT)).into())
        );
    }

    #[test]
    fn overlong_lines_are_found_by_characters_between_editor_breaks() {
        let ok = "é".repeat(LINE_LIMIT);
        assert_eq!(overlong_line(&format!("a\n{ok}\r\nb")), None);
        let long = format!("a\r{}", "x".repeat(LINE_LIMIT + 1));
        assert_eq!(overlong_line(&long), Some(2 + LINE_LIMIT));
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_is_refused_without_blocking() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("x.md");
        let name = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: `name` is a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o644) }, 0);
        match read_regular(&fifo, TEXT_FILE_LIMIT) {
            Err(ReadError::NotRegular(kind)) => assert_eq!(kind, "berkas-special-fifo"),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_file_past_the_limit_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a.md");
        fs::write(&file, "x".repeat(11)).unwrap();
        assert!(matches!(
            read_regular(&file, 10),
            Err(ReadError::TooLarge {
                size: 11,
                limit: 10
            })
        ));
        assert_eq!(read_regular(&file, 11).unwrap().len(), 11);
    }
}
