//! Which paths the forms may read and write: only under `content/`, only files
//! of a kind the loader knows (the roles `content::load::classify` gives), and
//! media only in a village's `berkas/`. Every path the CMS sends is judged here
//! before anything is opened: no `..`, no absolute path, no backslash, no NUL,
//! no drive letter, no hidden or odd name, and no symbolic link on the way.

use crate::content::is_slug;
use std::path::{Path, PathBuf};

/// What a path the CMS sends is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A text file of the content model (YAML or Markdown).
    Text,
    /// A file of a village's `berkas/` (photo, PDF, office file).
    Media,
}

/// A path the forms may use: relative to the site root, always `content/...`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Allowed {
    /// As the CMS sends it (`content/tamansari/berita/a.md`).
    pub rel: String,
    pub kind: Kind,
    /// The village folder, if the file is in one.
    pub village: Option<String>,
}

impl Allowed {
    /// The file on disk, under `root`.
    pub fn under(&self, root: &Path) -> PathBuf {
        root.join(&self.rel)
    }
}

/// The sections of a village holding one Markdown file per entry.
const SECTIONS: [&str; 6] = [
    "halaman",
    "berita",
    "wisata",
    "pembangunan",
    "dokumen",
    "produk",
];

/// The parts of a path, if every one is a plain, printable name.
pub fn parts(path: &str) -> Option<Vec<&str>> {
    if path.is_empty()
        || path.len() > 512
        || path.starts_with('/')
        || path.contains(['\\', '\0', ':'])
        || path.chars().any(odd_char)
    {
        return None;
    }
    let parts: Vec<&str> = path.split('/').collect();
    let plain = |p: &&str| !p.is_empty() && !p.starts_with('.') && !p.ends_with(['.', ' ']);
    parts.iter().all(plain).then_some(parts)
}

/// Characters no file name of a site has: controls, line and paragraph
/// separators, bidirectional overrides, zero-width characters and those a
/// Windows file system refuses.
fn odd_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '<' | '>'
                | '"'
                | '|'
                | '?'
                | '*'
                | '#'
                | '%'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2066}'..='\u{2069}'
                | '\u{feff}'
        )
}

/// `stem`, `lang`, `ext` of `sejarah.en.md`.
fn split_name(name: &str) -> Option<(&str, Option<&str>, &str)> {
    let (rest, ext) = name.rsplit_once('.')?;
    match rest.rsplit_once('.') {
        Some((stem, lang)) => Some((stem, Some(lang), ext)),
        None => Some((rest, None, ext)),
    }
}

fn is_lang(lang: Option<&str>) -> bool {
    lang.is_none_or(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_lowercase()))
}

/// Judges a path the CMS sends: `None` when the forms may not use it.
pub fn judge(path: &str) -> Option<Allowed> {
    let parts = parts(path)?;
    if parts.first() != Some(&"content") {
        return None;
    }
    let text = |village: Option<&str>| {
        Some(Allowed {
            rel: path.to_string(),
            kind: Kind::Text,
            village: village.map(str::to_string),
        })
    };
    match parts[1..] {
        [name] => match split_name(name)? {
            ("site", lang, "yaml") if is_lang(lang) => text(None),
            _ => None,
        },
        // The regency's own pictures (its logo): `content/berkas/<name>`.
        ["berkas", name] => {
            let ext = name.rsplit_once('.')?.1;
            media_extension(ext).then(|| Allowed {
                rel: path.to_string(),
                kind: Kind::Media,
                village: None,
            })
        }
        [village, _, ..] if !is_slug(village) || village == "berkas" => None,
        [village, name] => match split_name(name)? {
            ("desa" | "layanan", lang, "yaml") | ("index", lang, "md") if is_lang(lang) => {
                text(Some(village))
            }
            _ => None,
        },
        [village, "berkas", ref rest @ ..] if !rest.is_empty() && rest.len() <= 3 => {
            let name = rest.last()?;
            let ext = name.rsplit_once('.')?.1;
            media_extension(ext).then(|| Allowed {
                rel: path.to_string(),
                kind: Kind::Media,
                village: Some(village.to_string()),
            })
        }
        [village, section, name] if SECTIONS.contains(&section) => match split_name(name)? {
            (stem, lang, "md") if is_slug(stem) && is_lang(lang) => text(Some(village)),
            _ => None,
        },
        [village, "apbdes" | "statistik", name] => match split_name(name)? {
            (year, None, "yaml") if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => {
                text(Some(village))
            }
            _ => None,
        },
        _ => None,
    }
}

/// A folder the CMS may list: `content/<desa>/<section>` or a `berkas/` folder.
pub fn judge_folder(path: &str) -> Option<PathBuf> {
    let trimmed = path.trim_end_matches('/');
    let parts = parts(trimmed)?;
    match parts[..] {
        ["content", village, section]
            if is_slug(village)
                && (SECTIONS.contains(&section)
                    || matches!(section, "apbdes" | "statistik" | "berkas")) =>
        {
            Some(PathBuf::from(trimmed))
        }
        ["content", village, "berkas", _] if is_slug(village) => Some(PathBuf::from(trimmed)),
        ["content", "berkas"] => Some(PathBuf::from(trimmed)),
        _ => None,
    }
}

/// The endings of the photos and documents `berkas/` publishes (as the loader's
/// `content::berkas` checks them, first bytes included, when the file is written).
fn media_extension(ext: &str) -> bool {
    matches!(
        ext.to_ascii_lowercase().as_str(),
        "pdf"
            | "jpg"
            | "jpeg"
            | "png"
            | "webp"
            | "gif"
            | "docx"
            | "xlsx"
            | "pptx"
            | "odt"
            | "ods"
            | "odp"
            | "doc"
            | "xls"
            | "ppt"
            | "rtf"
            | "txt"
            | "csv"
            | "zip"
    )
}

/// True if no part of `rel` under `root` (that exists) is a symbolic link, so
/// that a write cannot leave the site through one.
pub fn no_links(root: &Path, rel: &str) -> bool {
    let mut at = root.to_path_buf();
    for part in rel.split('/') {
        at.push(part);
        match std::fs::symlink_metadata(&at) {
            Ok(m) if m.file_type().is_symlink() => return false,
            Ok(_) => {}
            Err(_) => return true,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_known_kinds_are_allowed() {
        for path in [
            "content/site.yaml",
            "content/tamansari/desa.yaml",
            "content/tamansari/layanan.en.yaml",
            "content/tamansari/index.md",
            "content/tamansari/berita/panen-raya.md",
            "content/tamansari/wisata/kawah-ijen.en.md",
            "content/tamansari/apbdes/2026.yaml",
            "content/tamansari/berkas/foto-1.jpg",
            "content/tamansari/berkas/laporan.pdf",
            "content/berkas/logo.png",
        ] {
            assert!(judge(path).is_some(), "{path}");
        }
    }

    #[test]
    fn traversal_and_odd_names_are_refused() {
        for path in [
            "",
            "content",
            "/etc/passwd",
            "content/../site.yaml",
            "content/tamansari/../../x.md",
            "content/tamansari/berita/..md",
            "content\\tamansari\\desa.yaml",
            "C:/content/site.yaml",
            "c:content/site.yaml",
            "content/tamansari/desa.yaml\0",
            "content/tamansari/berita/a\u{202e}dm.md",
            "content/tamansari/berita/a\u{200b}.md",
            "content/tamansari/berita/.tersembunyi.md",
            "content/tamansari/berita/Bukan Slug.md",
            "content/tamansari/berita/a.html",
            "content/tamansari/berkas/x.svg",
            "content/tamansari/berkas/x.html",
            "content/tamansari/berkas/x",
            "content/tamansari/catatan.txt",
            "content/tamansari/berita/sub/a.md",
            "content/Taman Sari/desa.yaml",
            "content/berkas/logo.html",
            "src/main.rs",
            "content//site.yaml",
            "content/tamansari/apbdes/20260.yaml",
        ] {
            assert!(judge(path).is_none(), "{path:?}");
        }
    }
}
