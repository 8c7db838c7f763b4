//! Precompressed copies (`build --compress`): `X.gz` and `X.br` beside every
//! text file, for hosts that send a stored compressed file instead of
//! compressing on each request (nginx `gzip_static` and `brotli_static`, Caddy's
//! `precompressed`). gzip at its best level, Brotli at [`BROTLI_QUALITY`].
//!
//! A file whose bytes are those of the last output keeps that output's copies
//! (hard-linked, as unchanged files are), so a rebuild compresses only what
//! changed. Files are compressed in parallel.

use super::{MARKER, Staging};
use crate::diagnostic::Failure;
use rayon::prelude::*;
use std::fs;
use std::io::Write;
use std::path::Path;

/// Brotli's quality. Measured on a generated regency's first 1,270 text files
/// (7.4 MB; the whole regency has 147 MB): quality 11, Brotli's best, makes them
/// 1.2% smaller than 10 for 2.2 times the processor time (11.4 s against 5.3 s),
/// and 10 makes them 6.6% smaller than 9 (4.3 s). gzip -9 takes 0.3 s.
pub const BROTLI_QUALITY: u32 = 10;

/// The compressed copies of a file, by suffix.
pub const SUFFIXES: [&str; 2] = [".gz", ".br"];

/// The kinds of file that are text and worth compressing (pictures, PDFs and
/// spreadsheets are compressed already).
const TEXT_EXTENSIONS: [&str; 13] = [
    "html",
    "htm",
    "css",
    "js",
    "mjs",
    "json",
    "xml",
    "txt",
    "svg",
    "csv",
    "webmanifest",
    "ics",
    "map",
];

/// What a compression pass did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Compressed {
    /// Text files compressed afresh.
    pub compressed: usize,
    /// Text files whose copies were kept from the last output.
    pub kept: usize,
}

/// True if and only if the file at `path` is text that gets compressed copies.
pub fn is_text(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    name.rsplit_once('.').is_some_and(|(stem, ext)| {
        !stem.is_empty() && TEXT_EXTENSIONS.iter().any(|t| t.eq_ignore_ascii_case(ext))
    })
}

/// True if and only if `path` is a compressed copy of a text file (`a.html.gz`).
pub fn is_copy(path: &str) -> bool {
    SUFFIXES
        .iter()
        .any(|s| path.strip_suffix(s).is_some_and(is_text))
}

/// `bytes` compressed with gzip at its best level (no file name or time in the
/// header, so the same bytes give the same file).
pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(
        Vec::with_capacity(bytes.len() / 3),
        flate2::Compression::best(),
    );
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().unwrap_or_default()
}

/// `bytes` compressed with Brotli at `quality` (0-11), with a window no larger
/// than the file needs (small files then need less memory).
pub fn brotli(bytes: &[u8], quality: u32) -> Vec<u8> {
    let mut out = Vec::with_capacity(bytes.len() / 3);
    let params = brotli::enc::BrotliEncoderParams {
        quality: quality as i32,
        size_hint: bytes.len(),
        lgwin: (usize::BITS - bytes.len().max(1).leading_zeros()).clamp(16, 22) as i32,
        ..Default::default()
    };
    // Reading from a slice and writing into a Vec cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

/// Writes the compressed copies of the text file `path` in `dir` (relative,
/// with `/`), or links them from `previous` when the file there holds the same
/// bytes. Returns true if and only if the copies were kept from `previous`.
fn compress_file(dir: &Path, previous: Option<&Path>, path: &str) -> Result<bool, Failure> {
    let source = dir.join(path);
    let bytes = fs::read(&source).map_err(|e| Failure::io("K0901", &source, &e))?;
    let copies = SUFFIXES.map(|s| dir.join(format!("{path}{s}")));
    if let Some(previous) = previous {
        let old = previous.join(path);
        let old_copies = SUFFIXES.map(|s| previous.join(format!("{path}{s}")));
        let same = old_copies.iter().all(|c| c.is_file())
            && fs::read(&old).is_ok_and(|old_bytes| old_bytes == bytes);
        if same
            && old_copies
                .iter()
                .zip(&copies)
                .all(|(old, new)| fs::hard_link(old, new).is_ok() || fs::copy(old, new).is_ok())
        {
            return Ok(true);
        }
    }
    for (copy, compressed) in copies
        .iter()
        .zip([gzip(&bytes), brotli(&bytes, BROTLI_QUALITY)])
    {
        // A copy linked from the previous output must be replaced, never written into.
        let _ = fs::remove_file(copy);
        fs::write(copy, compressed).map_err(|e| Failure::io("K0905", copy, &e))?;
    }
    Ok(false)
}

/// Compresses the text files `paths` of the output folder `dir` in parallel,
/// keeping the copies in `previous` (an earlier output) of files that did not change.
pub fn compress_files(
    dir: &Path,
    previous: Option<&Path>,
    paths: &[String],
) -> Result<Compressed, Failure> {
    let kept = paths
        .par_iter()
        .filter(|p| is_text(p))
        .map(|path| compress_file(dir, previous, path))
        .collect::<Result<Vec<bool>, Failure>>()?;
    let reused = kept.iter().filter(|k| **k).count();
    Ok(Compressed {
        compressed: kept.len() - reused,
        kept: reused,
    })
}

/// Removes the compressed copies of the files `paths` from the output folder `dir`.
pub fn remove_copies(dir: &Path, paths: &[String]) -> Result<(), Failure> {
    for path in paths.iter().filter(|p| is_text(p)) {
        for suffix in SUFFIXES {
            let copy = dir.join(format!("{path}{suffix}"));
            match fs::remove_file(&copy) {
                Ok(()) => {}
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(Failure::io("K0904", &copy, &e)),
            }
        }
    }
    Ok(())
}

impl Staging {
    /// Writes the compressed copies of every text file staged so far.
    pub fn compress(&self) -> Result<Compressed, Failure> {
        let mut paths = Vec::new();
        for entry in walkdir::WalkDir::new(&self.dir).min_depth(1) {
            let entry = entry.map_err(|e| {
                let path = e.path().unwrap_or(&self.dir).to_path_buf();
                Failure::io("K0901", &path, &std::io::Error::other(e))
            })?;
            if !entry.file_type().is_file() {
                continue;
            }
            let path = entry
                .path()
                .strip_prefix(&self.dir)
                .ok()
                .and_then(|p| p.to_str())
                .map(|p| p.replace(std::path::MAIN_SEPARATOR, "/"));
            if let Some(path) = path.filter(|p| p != MARKER && is_text(p)) {
                paths.push(path);
            }
        }
        compress_files(&self.dir, self.previous.as_deref(), &paths)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_files_are_told_from_pictures_and_copies() {
        for text in [
            "index.html",
            "a/b.CSS",
            "cari/index.json",
            "sitemap.xml",
            "robots.txt",
        ] {
            assert!(is_text(text), "{text}");
        }
        for other in [
            "a/foto.jpg",
            "berkas/perdes.pdf",
            "x.webp",
            ".css",
            "html",
            "a.html.gz",
        ] {
            assert!(!is_text(other), "{other}");
        }
        assert!(is_copy("a/index.html.gz") && is_copy("static/s.css.br"));
        assert!(!is_copy("berkas/arsip.tar.gz") && !is_copy("a/index.html"));
    }

    #[test]
    fn compressed_copies_decompress_to_the_original() {
        let text = "<p>Surat Keterangan Domisili</p>\n".repeat(50);
        let mut plain = String::new();
        std::io::Read::read_to_string(
            &mut flate2::read::GzDecoder::new(&gzip(text.as_bytes())[..]),
            &mut plain,
        )
        .unwrap();
        assert_eq!(plain, text);
        let mut plain = Vec::new();
        brotli::BrotliDecompress(&mut &brotli(text.as_bytes(), 9)[..], &mut plain).unwrap();
        assert_eq!(plain, text.as_bytes());
    }

    #[test]
    fn unchanged_files_keep_their_copies_and_changed_ones_get_new_ones() {
        let tmp = tempfile::tempdir().unwrap();
        let (old, new) = (tmp.path().join("old"), tmp.path().join("new"));
        for dir in [&old, &new] {
            fs::create_dir_all(dir.join("a")).unwrap();
            fs::write(dir.join("a/same.html"), "same").unwrap();
        }
        fs::write(old.join("a/edited.html"), "old").unwrap();
        fs::write(new.join("a/edited.html"), "new").unwrap();
        let paths = ["a/same.html".to_string(), "a/edited.html".to_string()];
        compress_files(&old, None, &paths).unwrap();
        // A copy that only the old output has shows which copies were linked.
        fs::write(old.join("a/same.html.gz"), "kept").unwrap();
        let done = compress_files(&new, Some(&old), &paths).unwrap();
        assert_eq!(
            done,
            Compressed {
                compressed: 1,
                kept: 1
            }
        );
        assert_eq!(fs::read(new.join("a/same.html.gz")).unwrap(), b"kept");
        assert_eq!(
            fs::read(new.join("a/edited.html.gz")).unwrap(),
            gzip(b"new")
        );
        remove_copies(&new, &paths[..1]).unwrap();
        assert!(!new.join("a/same.html.gz").exists() && !new.join("a/same.html.br").exists());
        assert_eq!(
            fs::read(old.join("a/edited.html.gz")).unwrap(),
            gzip(b"old")
        );
    }
}
