//! What a village's `berkas/` folder may publish. Everything in it is served from
//! the portal's one origin, so a file that a browser would run (a web page, a
//! script, an SVG picture) would run with every village's pages: only documents,
//! pictures, spreadsheets and archives are published, and each file's first bytes
//! must match its kind, so `surat.pdf` holding a web page is caught too. File
//! names must be printable and safe in an address.

use super::suggest_slug;
use crate::message::Message;
use crate::msg;
use std::path::Path;

/// A kind of file that `berkas/` may hold.
struct Kind {
    /// File name endings, lowercase, without the dot.
    extensions: &'static [&'static str],
    /// What the admin calls it: a catalogue entry (`berkas-kind-pdf`).
    label: &'static str,
    /// How its first bytes look.
    signature: Signature,
}

/// How the start of a file of one kind looks.
enum Signature {
    /// These bytes at the start (any of them).
    Starts(&'static [&'static [u8]]),
    /// These bytes within the first kilobyte (PDF allows a little junk before them).
    Within(&'static [u8]),
    /// Plain text that a browser would not read as a web page.
    Text,
    /// A picture published as variants: decoded whole by `media`, which judges
    /// its bytes and explains a foreign one (a HEIC photo named .jpg) better than
    /// a signature could.
    Decoded,
}

const ZIP: &[&[u8]] = &[b"PK\x03\x04", b"PK\x05\x06"];
const OLE: &[&[u8]] = &[b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"];

const KINDS: &[Kind] = &[
    Kind {
        extensions: &["pdf"],
        label: "berkas-kind-pdf",
        signature: Signature::Within(b"%PDF-"),
    },
    Kind {
        extensions: &["jpg", "jpeg"],
        label: "berkas-kind-jpeg",
        signature: Signature::Decoded,
    },
    Kind {
        extensions: &["png"],
        label: "berkas-kind-png",
        signature: Signature::Decoded,
    },
    Kind {
        extensions: &["webp"],
        label: "berkas-kind-webp",
        signature: Signature::Decoded,
    },
    Kind {
        extensions: &["gif"],
        label: "berkas-kind-gif",
        signature: Signature::Starts(&[b"GIF87a", b"GIF89a"]),
    },
    Kind {
        extensions: &["docx", "xlsx", "pptx", "odt", "ods", "odp"],
        label: "berkas-kind-office",
        signature: Signature::Starts(ZIP),
    },
    Kind {
        extensions: &["doc", "xls", "ppt"],
        label: "berkas-kind-office-lama",
        signature: Signature::Starts(OLE),
    },
    Kind {
        extensions: &["rtf"],
        label: "berkas-kind-rtf",
        signature: Signature::Starts(&[b"{\\rtf"]),
    },
    Kind {
        extensions: &["csv", "txt"],
        label: "berkas-kind-teks",
        signature: Signature::Text,
    },
    Kind {
        extensions: &["zip"],
        label: "berkas-kind-zip",
        signature: Signature::Starts(ZIP),
    },
    Kind {
        extensions: &["7z"],
        label: "berkas-kind-7z",
        signature: Signature::Starts(&[b"7z\xBC\xAF\x27\x1C"]),
    },
    Kind {
        extensions: &["rar"],
        label: "berkas-kind-rar",
        signature: Signature::Starts(&[b"Rar!\x1A\x07"]),
    },
];

/// Kinds that a browser runs: named in the message, since they are the dangerous ones.
const ACTIVE: &[&str] = &[
    "html", "htm", "xhtml", "shtml", "xht", "js", "mjs", "cjs", "svg", "svgz", "xml", "xsl", "swf",
    "php", "wasm", "css", "hta",
];

/// How many bytes of a file are read to judge its kind.
const SNIFF: usize = 1024;

/// The file name endings `berkas/` accepts, for messages and the admin guide.
pub fn allowed_extensions() -> String {
    KINDS
        .iter()
        .flat_map(|k| k.extensions.iter().map(|e| format!(".{e}")))
        .collect::<Vec<_>>()
        .join(" ")
}

/// Why a file in `berkas/` cannot be published: the message (its `.hint` says
/// how to fix it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// What is wrong.
    pub message: Message,
}

/// Checks the name of one part of a path under `berkas/` (a folder or the file).
/// `None` when the name is not valid text (invalid UTF-8), in which case `shown`
/// is how it reads with the bad bytes replaced.
pub fn check_name(name: Option<&str>, shown: &str) -> Result<(), Refused> {
    let unsafe_char = |c: char| {
        c.is_control()
            || matches!(
                c,
                '<' | '>' | '"' | '\'' | '`' | '\\' | '?' | '#' | '%' | '\u{2028}' | '\u{2029}'
            )
    };
    let code = match name {
        None => "K0710",
        Some(n) if n.contains(unsafe_char) => "K0711",
        Some(_) => return Ok(()),
    };
    Err(Refused {
        message: Message::new(code)
            .arg("nama", crate::diagnostic::printable(shown))
            .arg("saran", suggest_name(shown)),
    })
}

/// A safe name for `name`: a slug of its stem, with its ending in lowercase.
pub fn suggest_name(name: &str) -> String {
    let (stem, ext) = match name.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() => (stem, Some(ext)),
        _ => (name, None),
    };
    let stem = match suggest_slug(stem) {
        s if s.is_empty() => "berkas".to_string(),
        s => s,
    };
    match ext.map(suggest_slug) {
        Some(ext) if !ext.is_empty() => format!("{stem}.{ext}"),
        _ => stem,
    }
}

/// Checks that the file at `path`, named `name`, is of a kind `berkas/` publishes
/// and that its first bytes match that kind.
pub fn check_kind(path: &Path, name: &str) -> Result<(), Refused> {
    let ext = name
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    let Some(kind) = KINDS.iter().find(|k| k.extensions.contains(&ext.as_str())) else {
        let message = if ACTIVE.contains(&ext.as_str()) {
            msg!(
                "K0712",
                akhiran = ext.as_str(),
                daftar = allowed_extensions()
            )
        } else if ext.is_empty() {
            msg!("K0713", daftar = allowed_extensions())
        } else {
            msg!(
                "K0714",
                akhiran = ext.as_str(),
                daftar = allowed_extensions()
            )
        };
        return Err(Refused { message });
    };
    if matches!(kind.signature, Signature::Decoded) {
        return Ok(());
    }
    let start = crate::input::read_start(path, SNIFF).map_err(|err| Refused {
        message: err.message(),
    })?;
    if matches(&kind.signature, &start) {
        return Ok(());
    }
    Err(Refused {
        message: msg!(
            "K0715",
            akhiran = ext.as_str(),
            jenis = Message::new(kind.label)
        ),
    })
}

/// True if and only if `start` (the first bytes of a file) fits `signature`.
fn matches(signature: &Signature, start: &[u8]) -> bool {
    match signature {
        Signature::Starts(prefixes) => prefixes.iter().any(|p| start.starts_with(p)),
        Signature::Within(needle) => memchr::memmem::find(start, needle).is_some(),
        Signature::Text => is_plain_text(start),
        Signature::Decoded => true,
    }
}

/// True for text that a browser would not take for a web page or script: no NUL
/// byte, and no markup at its start or an HTML or script tag within it.
fn is_plain_text(start: &[u8]) -> bool {
    if start.contains(&0) {
        return false;
    }
    let text = String::from_utf8_lossy(start).to_ascii_lowercase();
    let body = text.trim_start_matches('\u{feff}').trim_start();
    !body.starts_with('<')
        && ![
            "<script",
            "<html",
            "<svg",
            "<iframe",
            "<!doctype",
            "<body",
            "<?xml",
        ]
        .iter()
        .any(|tag| text.contains(tag))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn judged(name: &str, bytes: &[u8]) -> Result<(), Refused> {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("f");
        std::fs::write(&path, bytes).unwrap_or_else(|e| panic!("{e}"));
        check_kind(&path, name)
    }

    #[test]
    fn documents_pictures_spreadsheets_and_archives_pass() {
        for (name, bytes) in [
            ("surat.pdf", &b"%PDF-1.4\n"[..]),
            ("SURAT.PDF", b"\r\n%PDF-1.7"),
            ("foto.JPG", b"\xFF\xD8\xFF\xE0"),
            ("peta.png", b"\x89PNG\r\n\x1A\n...."),
            ("a.webp", b"RIFF\x10\0\0\0WEBPVP8 "),
            ("a.gif", b"GIF89a..."),
            ("heic-named.jpg", b"\0\0\0\x18ftypheic"),
            ("apbdes.xlsx", b"PK\x03\x04..."),
            ("formulir.docx", b"PK\x03\x04..."),
            ("lama.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1.."),
            (
                "data.csv",
                b"\xEF\xBB\xBFkode;uraian;jumlah\n1;Pendapatan;100\n",
            ),
            ("catatan.txt", b"Jam buka 08.00 - 12.00 (a < b)"),
            ("arsip.zip", b"PK\x03\x04"),
        ] {
            assert_eq!(judged(name, bytes), Ok(()), "{name}");
        }
    }

    #[test]
    fn the_pictures_left_to_the_decoder_are_the_ones_it_decodes() {
        for kind in KINDS {
            for ext in kind.extensions {
                assert_eq!(
                    matches!(kind.signature, Signature::Decoded),
                    crate::media::is_processed(&format!("a.{ext}")),
                    ".{ext}"
                );
            }
        }
    }

    #[test]
    fn active_and_unknown_kinds_are_refused() {
        for name in ["a.html", "a.HTM", "a.xhtml", "a.js", "a.mjs", "a.svg"] {
            let e = judged(name, b"<svg onload=alert(1)>").unwrap_err();
            assert_eq!(e.message.id(), "K0712", "{name}: {e:?}");
            assert!(e.message.value("daftar").is_some(), "{e:?}");
        }
        for name in ["a.exe", "a.bat", "README", "a.docm"] {
            assert!(judged(name, b"MZ").is_err(), "{name}");
        }
    }

    #[test]
    fn a_pdf_that_holds_a_web_page_is_refused() {
        let e = judged("evil.pdf", b"<html><script>alert(1)</script>").unwrap_err();
        assert_eq!(e.message.id(), "K0715", "{e:?}");
        assert_eq!(e.message.value("akhiran"), Some(&"pdf".into()));
        assert!(judged("a.csv", b"<script>alert(1)</script>").is_err());
        assert!(judged("a.txt", b"teks\n<HTML><body>").is_err());
        assert!(judged("a.gif", b"\x89PNG\r\n\x1A\n").is_err());
        assert!(judged("a.txt", b"a\0b").is_err());
    }

    #[test]
    fn unsafe_names_get_a_suggested_name() {
        assert_eq!(check_name(Some("Formulir SKTM.pdf"), ""), Ok(()));
        for name in [
            "a<b.pdf",
            "a\"b.pdf",
            "baris\nbaru.pdf",
            "50%.pdf",
            "a#b.pdf",
        ] {
            let e = check_name(Some(name), name).unwrap_err();
            assert_eq!(e.message.id(), "K0711", "{e:?}");
        }
        let e = check_name(None, "surat \u{fffd}.pdf").unwrap_err();
        assert_eq!(e.message.id(), "K0710");
        assert_eq!(e.message.value("saran"), Some(&"surat.pdf".into()));
        assert_eq!(suggest_name("Foto <Balai> Desa.JPG"), "foto-balai-desa.jpg");
        assert_eq!(suggest_name("\u{fffd}.pdf"), "berkas.pdf");
    }
}
