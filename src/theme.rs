//! A theme: templates, static files and UI strings (i18n), from the site's
//! `themes/<tema>/` folder or, for `default`, from the copy built into the binary.
//! A site may override single templates with files in `<root>/templates/`.

use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::yaml::{self, Source};
use include_dir::{Dir, include_dir};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

static DEFAULT_THEME: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes/default");

/// One template: its name (`page.html`), text, and the file shown in messages.
#[derive(Debug, Clone)]
pub struct TemplateSource {
    /// Name used in `{% extends %}` and `{% include %}`.
    pub name: String,
    /// The template text.
    pub text: String,
    /// Where it came from, for messages.
    pub file: PathBuf,
}

/// Section and pagination slugs of one language.
#[derive(Debug, Clone, Deserialize)]
pub struct SectionSlugs {
    /// Pagination folder (`halaman`).
    pub halaman: String,
    /// Search page (`cari`).
    pub cari: String,
    /// The folder slug of each page kind's section, by the section's key
    /// (`layanan: services`); a section the theme does not name keeps its key.
    #[serde(flatten)]
    pub sections: BTreeMap<String, String>,
}

impl SectionSlugs {
    /// The folder slug of the section `key` in this language.
    pub fn section<'a>(&'a self, key: &'a str) -> &'a str {
        self.sections.get(key).map_or(key, String::as_str)
    }
}

/// How numbers, money and dates are written in one language.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Formats {
    /// Month names, January first.
    pub bulan: Vec<String>,
    /// Thousands separator (`.` in Indonesian).
    pub pemisah_ribuan: String,
    /// Decimal separator (`,` in Indonesian).
    pub pemisah_desimal: String,
    /// Money pattern, `{}` standing for the amount (`Rp{}`).
    pub uang: String,
    /// Date pattern with `{hari}`, `{bulan}`, `{tahun}` (`{hari} {bulan} {tahun}`).
    pub tanggal: String,
}

/// The UI strings and formats of one language (`i18n/<lang>.yaml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strings {
    /// The language's own name (`Bahasa Indonesia`, `English`).
    pub nama_bahasa: String,
    /// Section slugs.
    pub slug: SectionSlugs,
    /// Number, money and date formats.
    pub format: Formats,
    /// UI strings by key.
    pub teks: BTreeMap<String, String>,
    /// Glosses of official Indonesian terms (budget codes ...) in this language,
    /// shown beside the official name; empty for Indonesian.
    #[serde(default)]
    pub glosarium: BTreeMap<String, String>,
}

/// A loaded theme.
#[derive(Debug, Clone)]
pub struct Theme {
    /// Templates, theme first, then site overrides replacing them by name.
    pub templates: Vec<TemplateSource>,
    /// Static files: path under `static/` and bytes.
    pub static_files: Vec<(String, Vec<u8>)>,
    /// UI strings of every language of the site.
    pub strings: BTreeMap<String, Strings>,
}

/// Where a theme's files come from.
enum ThemeFiles {
    Embedded,
    Disk(PathBuf),
}

impl ThemeFiles {
    /// Every file under `sub/` as (path relative to `sub/`, bytes), sorted.
    fn list(&self, sub: &str) -> Vec<(String, Vec<u8>)> {
        let mut out = Vec::new();
        match self {
            ThemeFiles::Embedded => {
                fn walk(dir: &Dir<'_>, prefix: &str, out: &mut Vec<(String, Vec<u8>)>) {
                    for file in dir.files() {
                        let rel = file.path().to_string_lossy().replace('\\', "/");
                        if let Some(rel) = rel.strip_prefix(prefix) {
                            out.push((rel.to_string(), file.contents().to_vec()));
                        }
                    }
                    for sub in dir.dirs() {
                        walk(sub, prefix, out);
                    }
                }
                if let Some(dir) = DEFAULT_THEME.get_dir(sub) {
                    walk(dir, &format!("{sub}/"), &mut out);
                }
            }
            ThemeFiles::Disk(root) => {
                let base = root.join(sub);
                for entry in walkdir::WalkDir::new(&base)
                    .sort_by_file_name()
                    .into_iter()
                    .flatten()
                {
                    if !entry.file_type().is_file() {
                        continue;
                    }
                    let Ok(rel) = entry.path().strip_prefix(&base) else {
                        continue;
                    };
                    if let Ok(bytes) =
                        crate::input::read_regular(entry.path(), crate::input::BERKAS_FILE_LIMIT)
                    {
                        out.push((rel.to_string_lossy().replace('\\', "/"), bytes));
                    }
                }
            }
        }
        out.sort();
        out
    }

    fn display(&self, sub: &str, name: &str) -> PathBuf {
        match self {
            ThemeFiles::Embedded => PathBuf::from(format!("(built-in theme)/{sub}/{name}")),
            ThemeFiles::Disk(root) => root.join(sub).join(name),
        }
    }
}

/// Loads the theme `name` for the languages `languages`. `root` is the site root;
/// paths in messages are relative to it. `settings` is `content/site.yaml`, where
/// a theme or language that cannot be served is pointed at.
pub fn load(
    root: &Path,
    name: &str,
    languages: &[String],
    settings: &Source<'_>,
    report: &mut Report,
) -> Option<Theme> {
    let disk = Path::new("themes").join(name);
    let files = if root.join(&disk).is_dir() {
        ThemeFiles::Disk(disk.clone())
    } else if name == "default" {
        ThemeFiles::Embedded
    } else {
        report.push(settings.error_at("tema", msg!("K0801", nama = name, folder = &disk)));
        return None;
    };
    let read = |sub: &str| -> Vec<(String, Vec<u8>)> {
        match &files {
            ThemeFiles::Disk(rel) => ThemeFiles::Disk(root.join(rel)).list(sub),
            ThemeFiles::Embedded => files.list(sub),
        }
    };
    let errors_before = report.error_count();
    let templates = load_templates(root, &files, read("templates"), report);
    let static_files = read("static");
    let strings = load_strings(&files, &read("i18n"), languages, settings, report);
    check_same_keys(&strings, report);
    (report.error_count() == errors_before).then(|| Theme {
        templates,
        static_files,
        strings: strings.into_iter().map(|(k, (s, _, _))| (k, s)).collect(),
    })
}

/// The theme's templates (`theme`, from its `templates` folder), each replaced
/// by the site's own `templates/<name>` when there is one.
fn load_templates(
    root: &Path,
    files: &ThemeFiles,
    theme: Vec<(String, Vec<u8>)>,
    report: &mut Report,
) -> Vec<TemplateSource> {
    let mut templates: Vec<TemplateSource> = Vec::new();
    for (name, bytes) in theme {
        let file = files.display("templates", &name);
        match String::from_utf8(bytes) {
            Ok(text) => templates.push(TemplateSource { name, text, file }),
            Err(_) => report.push(Diagnostic::error(file, msg!("K0802"))),
        }
    }
    let overrides = root.join("templates");
    if overrides.is_dir() {
        for (name, bytes) in ThemeFiles::Disk(overrides).list("") {
            let file = Path::new("templates").join(&name);
            if !name.ends_with(".html") && !name.ends_with(".xml") && !name.ends_with(".txt") {
                continue;
            }
            match String::from_utf8(bytes) {
                Ok(text) => {
                    templates.retain(|t| t.name != name);
                    templates.push(TemplateSource { name, text, file });
                }
                Err(_) => report.push(Diagnostic::error(file, msg!("K0802"))),
            }
        }
    }
    templates
}

/// A language's UI strings, with the file and text they came from.
type LoadedStrings = BTreeMap<String, (Strings, PathBuf, String)>;

/// The UI strings of each of `languages`, from the theme's `i18n` folder.
fn load_strings(
    files: &ThemeFiles,
    i18n: &[(String, Vec<u8>)],
    languages: &[String],
    settings: &Source<'_>,
    report: &mut Report,
) -> LoadedStrings {
    let mut strings = BTreeMap::new();
    for lang in languages {
        let file_name = format!("{lang}.yaml");
        let file = files.display("i18n", &file_name);
        let Some((_, bytes)) = i18n.iter().find(|(n, _)| *n == file_name) else {
            report.push(settings.error_at("bahasa", msg!("K0803", bahasa = lang, berkas = &file)));
            continue;
        };
        let Ok(text) = std::str::from_utf8(bytes) else {
            report.push(Diagnostic::error(file, msg!("K0804")));
            continue;
        };
        match yaml::parse::<Strings>(&Source::file(&file, text)) {
            Ok(s) => {
                if s.format.bulan.len() != 12 {
                    report.push(
                        Source::file(&file, text)
                            .error_at("format.bulan", msg!("K0805", n = s.format.bulan.len())),
                    );
                }
                strings.insert(lang.clone(), (s, file, text.to_string()));
            }
            Err(d) => report.push(d),
        }
    }
    strings
}

/// Every language must have every UI string that any language has.
fn check_same_keys(strings: &LoadedStrings, report: &mut Report) {
    let all_keys: std::collections::BTreeSet<&String> = strings
        .values()
        .flat_map(|(s, _, _)| s.teks.keys())
        .collect();
    for (s, file, text) in strings.values() {
        for key in &all_keys {
            if !s.teks.contains_key(*key) {
                report.push(
                    Source::file(file, text)
                        .error_at("teks", msg!("K0806", kunci = *key))
                        .field(format!("teks.{key}")),
                );
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings(text: &'static str) -> Source<'static> {
        Source::file(Path::new("content/site.yaml"), text)
    }

    #[test]
    fn built_in_theme_has_templates_css_and_both_languages() {
        let mut report = Report::new();
        let theme = load(
            Path::new("/nonexistent"),
            "default",
            &["id".into(), "en".into()],
            &settings("bahasa: [id, en]\n"),
            &mut report,
        )
        .expect("built-in theme loads");
        assert!(!report.has_errors(), "{report:?}");
        assert!(theme.templates.iter().any(|t| t.name == "base.html"));
        assert!(theme.static_files.iter().any(|(n, _)| n == "style.css"));
        assert_eq!(theme.strings["en"].slug.section("layanan"), "services");
        assert_eq!(
            theme.strings["id"].teks.len(),
            theme.strings["en"].teks.len()
        );
    }

    #[test]
    fn a_language_without_strings_is_an_error() {
        let mut report = Report::new();
        assert!(
            load(
                Path::new("/nonexistent"),
                "default",
                &["id".into(), "xx".into()],
                &settings("judul: Portal\nbahasa: [id, xx]\n"),
                &mut report
            )
            .is_none()
        );
        let d = &report.diagnostics()[0];
        assert!(d.text().contains("xx.yaml"));
        assert_eq!(
            (d.field.as_str(), d.position.map(|p| p.line)),
            ("bahasa", Some(2))
        );
    }
}
