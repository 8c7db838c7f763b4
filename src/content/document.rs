//! Markdown files with YAML front matter: the welcome text (`index.md`), free
//! pages (`halaman/*.md`) and news (`berita/*.md`), and their translations.

use super::Localized;
use super::fields::Date;
use crate::diagnostic::{Diagnostic, Position, Report};
use crate::message::Message;
use crate::msg;
use crate::yaml::{self, Source};
use schemars::JsonSchema;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Markdown text with the place it came from, for messages about its links.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Markdown {
    /// The Markdown source.
    pub text: String,
    /// The file, relative to the site root.
    pub file: PathBuf,
    /// The file's line on which `text` starts (from 1).
    pub first_line: usize,
    /// Columns before the text on each of its lines in the file (the indentation
    /// of a YAML block), so positions name the file's columns.
    pub indent: usize,
}

/// The text of a document in one language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocText {
    /// Title (`judul`).
    pub title: Option<String>,
    /// Summary (`ringkasan`), used as description.
    pub summary: Option<String>,
    /// The Markdown body.
    pub body: Markdown,
    /// Description of the news picture (`keterangan_gambar`), its alternative text.
    pub image_alt: Option<String>,
}

/// `index.md`: the village's welcome text.
#[derive(Debug, Clone, PartialEq)]
pub struct Home {
    /// Title and body, per language.
    pub text: Localized<DocText>,
}

/// `halaman/<slug>.md`: a free page.
#[derive(Debug, Clone, PartialEq)]
pub struct Page {
    /// The file name without `.md`, used in the URL.
    pub slug: String,
    /// Menu order (`urutan`); lower first, then by title.
    pub order: i64,
    /// Whether it is a draft (`draf`).
    pub draft: bool,
    /// Title, summary and body, per language. The title is always set.
    pub text: Localized<DocText>,
}

/// `berita/<slug>.md`: a news item or announcement.
#[derive(Debug, Clone, PartialEq)]
pub struct News {
    /// The file name without `.md`, used in the URL.
    pub slug: String,
    /// Publication date (`tanggal`).
    pub date: Date,
    /// Picture (`gambar`), a path under `berkas/`.
    pub image: Option<String>,
    /// Whether it is a draft (`draf`).
    pub draft: bool,
    /// Title, summary and body, per language. The title is always set.
    pub text: Localized<DocText>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct HomeFront {
    judul: Option<String>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct PageFront {
    judul: String,
    urutan: Option<i64>,
    ringkasan: Option<String>,
    draf: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct NewsFront {
    judul: String,
    tanggal: Date,
    ringkasan: Option<String>,
    #[schemars(pattern(super::schema_impls::BERKAS_PATTERN))]
    gambar: Option<String>,
    keterangan_gambar: Option<String>,
    draf: Option<bool>,
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct TranslationFront {
    judul: Option<String>,
    ringkasan: Option<String>,
    keterangan_gambar: Option<String>,
}

/// The JSON Schema of `index.md`'s front matter (`kampung schema`).
pub(crate) fn home_schema() -> serde_json::Value {
    crate::schema::of::<HomeFront>()
}

/// The JSON Schema of a page's front matter (`halaman/`) (`kampung schema`).
pub(crate) fn page_schema() -> serde_json::Value {
    crate::schema::of::<PageFront>()
}

/// The JSON Schema of a news item's front matter (`berita/`) (`kampung schema`).
pub(crate) fn news_schema() -> serde_json::Value {
    crate::schema::of::<NewsFront>()
}

/// The JSON Schema of a translated page's, news item's or document's front matter (`kampung schema`).
pub(crate) fn translation_schema() -> serde_json::Value {
    crate::schema::of::<TranslationFront>()
}

/// Front-matter fields that hold facts: a translation may not set them.
const DOCUMENT_FACTS: &[&str] = &["urutan", "draf", "tanggal", "gambar"];

/// A Markdown file cut into its front matter and body.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Split<'a> {
    /// The YAML between the `---` lines, if the file has front matter.
    pub front: Option<&'a str>,
    /// The body after the front matter.
    pub body: &'a str,
    /// The line (from 1) on which the body starts.
    pub body_line: usize,
}

/// Cuts `text` into front matter and body. Front matter starts with a line `---`
/// at the very top and ends with the next line `---`.
/// Returns `Err(line)` when the front matter is never closed.
pub fn split_front_matter(text: &str) -> Result<Split<'_>, usize> {
    let first_line_end = text.find('\n').map_or(text.len(), |i| i + 1);
    if text[..first_line_end].trim_end() != "---" {
        return Ok(Split {
            front: None,
            body: text,
            body_line: 1,
        });
    }
    let mut offset = first_line_end;
    let mut line = 2;
    while offset < text.len() {
        let end = text[offset..]
            .find('\n')
            .map_or(text.len(), |i| offset + i + 1);
        let current = text[offset..end].trim_end();
        if current == "---" || current == "..." {
            return Ok(Split {
                front: Some(&text[first_line_end..offset]),
                body: &text[end..],
                body_line: line + 1,
            });
        }
        offset = end;
        line += 1;
    }
    Err(1)
}

/// Rewrites the YAML reader's "unknown field" (K0101) for a fact field of a
/// translation into K0601, which says why a translation may not set it.
pub fn fact_error(d: Diagnostic, facts: &[&str], default_file: &str) -> Diagnostic {
    let leaf = d.field.rsplit('.').next().unwrap_or("");
    let leaf = leaf.split('[').next().unwrap_or(leaf);
    if d.message.id() == "K0101" && facts.contains(&leaf) {
        Diagnostic {
            message: msg!("K0601", kolom = leaf, berkas = default_file),
            hint: None,
            ..d
        }
    } else {
        d
    }
}

/// A Markdown file read from disk: its path and text.
pub struct FileText<'a> {
    /// Path relative to the site root.
    pub file: &'a Path,
    /// Whole text.
    pub text: &'a str,
}

/// Splits off the front matter of `file` and parses it as `T`. Required front
/// matter (`required` is the hint that shows an example) that is absent is an error.
pub fn split_parsed<'a, T: DeserializeOwned>(
    file: &FileText<'a>,
    required: Option<Message>,
    report: &mut Report,
) -> Option<(Option<T>, Markdown, Source<'a>)> {
    file.parse(required, report)
}

impl<'a> FileText<'a> {
    fn parse<T: DeserializeOwned>(
        &self,
        required: Option<Message>,
        report: &mut Report,
    ) -> Option<(Option<T>, Markdown, Source<'a>)> {
        let split = match split_front_matter(self.text) {
            Ok(split) => split,
            Err(line) => {
                report.push(
                    Diagnostic::error(self.file, msg!("K0602"))
                        .at(Some(Position { line, column: 1 }), self.text),
                );
                return None;
            }
        };
        let body = Markdown {
            text: split.body.to_string(),
            file: self.file.to_path_buf(),
            first_line: split.body_line,
            indent: 0,
        };
        let source = Source {
            file: self.file,
            text: split.front.unwrap_or(""),
            whole: self.text,
            line_offset: 1,
        };
        match split.front {
            None => {
                if let Some(hint) = required {
                    let message = if self.text.trim().is_empty() {
                        msg!("K0603")
                    } else {
                        msg!("K0604")
                    };
                    report.push(
                        Diagnostic::error(self.file, message)
                            .at(Some(Position { line: 1, column: 1 }), self.text)
                            .hint(hint),
                    );
                    return None;
                }
                Some((None, body, source))
            }
            Some(_) => match yaml::parse::<T>(&source) {
                Ok(front) => Some((Some(front), body, source)),
                Err(d) => {
                    report.push(d);
                    None
                }
            },
        }
    }
}

/// Parses `index.md`. Front matter is optional.
pub fn parse_home(file: FileText<'_>, report: &mut Report) -> Option<Home> {
    let (front, body, _) = file.parse::<HomeFront>(None, report)?;
    Some(Home {
        text: Localized::new(DocText {
            title: front.and_then(|f| f.judul),
            summary: None,
            body,
            image_alt: None,
        }),
    })
}

/// Parses `halaman/<slug>.md`.
pub fn parse_page(slug: &str, file: FileText<'_>, report: &mut Report) -> Option<Page> {
    let hint = msg!("halaman-hint-awal-halaman");
    let (front, body, source) = file.parse::<PageFront>(Some(hint), report)?;
    let front = front?;
    if front.judul.trim().is_empty() {
        report.push(source.error_at("judul", msg!("K0605")));
        return None;
    }
    Some(Page {
        slug: slug.to_string(),
        order: front.urutan.unwrap_or(i64::MAX),
        draft: front.draf.unwrap_or(false),
        text: Localized::new(DocText {
            title: Some(front.judul.trim().to_string()),
            summary: front.ringkasan,
            body,
            image_alt: None,
        }),
    })
}

/// Parses `berita/<slug>.md`; its picture must be one of `files`.
pub fn parse_news(
    slug: &str,
    file: FileText<'_>,
    files: &BerkasFiles<'_>,
    report: &mut Report,
) -> Option<News> {
    let hint = msg!("halaman-hint-awal-berita");
    let (front, body, source) = file.parse::<NewsFront>(Some(hint), report)?;
    let front = front?;
    let mut ok = true;
    if front.judul.trim().is_empty() {
        report.push(source.error_at("judul", msg!("K0605")));
        ok = false;
    }
    if let Some(image) = &front.gambar {
        if let Some(d) = check_berkas_reference(image, files) {
            report.push(source.error_at("gambar", d.message).maybe_hint(d.hint));
            ok = false;
        } else if front
            .keterangan_gambar
            .as_deref()
            .is_none_or(|t| t.trim().is_empty())
        {
            report.push(source.warning_at("gambar", msg!("K0608", berkas = image)));
        }
    }
    ok.then(|| News {
        slug: slug.to_string(),
        date: front.tanggal,
        image: front.gambar,
        draft: front.draf.unwrap_or(false),
        text: Localized::new(DocText {
            title: Some(front.judul.trim().to_string()),
            summary: front.ringkasan,
            body,
            image_alt: front.keterangan_gambar,
        }),
    })
}

/// The files of a village's `berkas/` folder that a reference (`foto`, `gambar`,
/// `formulir`) may name, by their paths (`berkas/kawah-ijen.jpg`).
#[derive(Debug, Clone, Default)]
pub struct BerkasFiles<'a> {
    paths: BTreeSet<&'a str>,
}

impl<'a> BerkasFiles<'a> {
    /// The files at `paths`.
    pub fn new(paths: impl IntoIterator<Item = &'a str>) -> Self {
        BerkasFiles {
            paths: paths.into_iter().collect(),
        }
    }

    /// True if and only if `path` is one of the files, written exactly.
    pub fn contains(&self, path: &str) -> bool {
        self.paths.contains(path)
    }

    /// The file whose path is `path` or differs from it only in capital letters, in
    /// spaces, underscores and dashes, or in `\` for `/` (`berkas/Kawah Ijen.JPG`
    /// for `berkas/kawah-ijen.jpg`); the first in name order if several do.
    pub fn similar(&self, path: &str) -> Option<&'a str> {
        let wanted = loose_name(path);
        self.paths.iter().copied().find(|p| loose_name(p) == wanted)
    }
}

/// `path` in lowercase, with every run of spaces, underscores and dashes made
/// one `-` and `\` made `/`: two names the same in this form look alike to a person.
fn loose_name(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    let mut gap = false;
    for c in path.trim().chars() {
        if matches!(c, ' ' | '_' | '-') || c.is_whitespace() {
            gap = true;
            continue;
        }
        if std::mem::take(&mut gap) {
            out.push('-');
        }
        if c == '\\' {
            out.push('/');
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Checks that `path` names one of `files`; the error's message and hint are
/// meant to be placed at the field that holds the path. A name that nearly
/// matches a file (case, spaces, `_` or `-`, a missing `berkas/`) gets that
/// file's name as the hint.
pub fn check_berkas_reference(path: &str, files: &BerkasFiles<'_>) -> Option<Diagnostic> {
    if files.contains(path) {
        return None;
    }
    let bare = path
        .trim_start_matches("./")
        .trim_start_matches(['/', '\\']);
    let under_berkas = path.starts_with("berkas/");
    let similar = [path.to_string(), bare.to_string(), format!("berkas/{bare}")]
        .iter()
        .find_map(|candidate| files.similar(candidate));
    let message = if under_berkas {
        msg!("K0607", berkas = path)
    } else {
        msg!("K0606", berkas = path)
    };
    let hint = similar.map(|name| msg!("halaman-hint-mirip", nama = name));
    Some(Diagnostic::error("", message).maybe_hint(hint))
}

/// Adds the translation `<name>.<lang>.md` to `text`. Fields it leaves out and an
/// empty body are shown in the default language, marked as untranslated.
pub fn parse_translation(
    text: &mut Localized<DocText>,
    lang: &str,
    file: FileText<'_>,
    default_file: &str,
    report: &mut Report,
) {
    let mut inner = Report::new();
    let parsed = file.parse::<TranslationFront>(None, &mut inner);
    report.extend(
        inner
            .into_iter()
            .map(|d| fact_error(d, DOCUMENT_FACTS, default_file)),
    );
    let Some((front, body, _)) = parsed else {
        return;
    };
    let front = front.unwrap_or(TranslationFront {
        judul: None,
        ringkasan: None,
        keterangan_gambar: None,
    });
    // Stored as written: a field left out (or an empty body) falls back to the
    // default language when rendered, marked as untranslated there.
    let translated = DocText {
        title: front.judul,
        summary: front.ringkasan,
        body,
        image_alt: front.keterangan_gambar,
    };
    text.translations.insert(lang.to_string(), translated);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_counts_lines() {
        let s = split_front_matter("---\njudul: A\n---\nbody\n").unwrap();
        assert_eq!(s.front, Some("judul: A\n"));
        assert_eq!(s.body, "body\n");
        assert_eq!(s.body_line, 4);
        let s = split_front_matter("just text").unwrap();
        assert_eq!(s.front, None);
        assert_eq!(split_front_matter("---\njudul: A\n"), Err(1));
        let s = split_front_matter("---\r\njudul: A\r\n---\r\nx").unwrap();
        assert_eq!(s.body, "x");
    }

    #[test]
    fn news_date_error_points_into_front_matter() {
        let mut report = Report::new();
        let text = "---\njudul: A\ntanggal: 2026-02-30\n---\nbody";
        let file = FileText {
            file: Path::new("berita/a.md"),
            text,
        };
        let files = BerkasFiles::default();
        assert!(parse_news("a", file, &files, &mut report).is_none());
        let d = &report.diagnostics()[0];
        assert_eq!(d.field, "tanggal");
        assert_eq!(d.position.unwrap().line, 3);
        assert!(d.hint_text().as_deref().unwrap().contains("2026-10-14"));
    }

    #[test]
    fn missing_picture_is_an_error_at_its_field() {
        let mut report = Report::new();
        let text = "---\njudul: A\ntanggal: 2026-02-03\ngambar: berkas/x.jpg\n---\n";
        let file = FileText {
            file: Path::new("berita/a.md"),
            text,
        };
        let files = BerkasFiles::new(["berkas/X.jpeg"]);
        assert!(parse_news("a", file, &files, &mut report).is_none());
        let d = &report.diagnostics()[0];
        assert_eq!((d.field.as_str(), d.position.unwrap().line), ("gambar", 4));
        assert_eq!(d.code(), Some("K0607"));
        assert_eq!(d.text(), "berkas `berkas/x.jpg` tidak ada");
    }

    #[test]
    fn names_that_differ_in_case_or_separators_look_alike() {
        let files = BerkasFiles::new(["berkas/kawah-ijen.jpg", "berkas/peta.png"]);
        assert_eq!(
            files.similar("berkas/Kawah  _Ijen.JPG"),
            Some("berkas/kawah-ijen.jpg")
        );
        assert_eq!(files.similar("berkas/kawahijen.jpg"), None);
        assert_eq!(files.similar("berkas/peta.jpg"), None);
        let d = check_berkas_reference("/berkas/peta.png", &files).unwrap();
        assert_eq!(d.code(), Some("K0606"));
        assert!(d.hint_text().unwrap().contains("`berkas/peta.png`"));
        assert!(check_berkas_reference("berkas/peta.png", &files).is_none());
    }

    #[test]
    fn page_without_front_matter_is_an_error() {
        let mut report = Report::new();
        let file = FileText {
            file: Path::new("halaman/a.md"),
            text: "# Judul\n",
        };
        assert!(parse_page("a", file, &mut report).is_none());
        let d = &report.diagnostics()[0];
        assert_eq!(d.code(), Some("K0604"));
        assert_eq!(
            d.hint_text().unwrap_or_default(),
            "awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, \
             misalnya:\n---\njudul: Sejarah Desa\nurutan: 1\n---"
        );
    }

    #[test]
    fn translation_may_not_set_a_date() {
        let mut report = Report::new();
        let mut text = Localized::new(DocText {
            title: Some("A".into()),
            summary: None,
            body: Markdown {
                text: "isi".into(),
                file: "a.md".into(),
                first_line: 1,
                indent: 0,
            },
            image_alt: None,
        });
        let file = FileText {
            file: Path::new("berita/a.en.md"),
            text: "---\ntanggal: 2026-01-01\n---\n",
        };
        parse_translation(&mut text, "en", file, "berita/a.md", &mut report);
        assert_eq!(report.diagnostics()[0].code(), Some("K0601"));
        let file = FileText {
            file: Path::new("berita/a.en.md"),
            text: "---\njudul: B\n---\n",
        };
        parse_translation(&mut text, "en", file, "berita/a.md", &mut report);
        let en = text.translation("en").unwrap();
        assert_eq!(en.title.as_deref(), Some("B"));
        assert_eq!(en.body.text, "");
    }
}
