//! Sorting the files of one village folder into their roles (profile, home,
//! documents, translations, catalogue, budgets, `berkas/`), warning about the rest.

use super::read::refused_entry;
use crate::config::{SiteConfig, is_language_code};
use crate::content::{FileInfo, berkas, is_slug, suggest_slug};
use crate::diagnostic::{Diagnostic, Report, io_cause};
use crate::msg;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A warning for a file kampung does not know, with what it may have meant.
pub(super) fn unknown_file(rel: &Path, lang: Option<&str>, config: &SiteConfig) -> Diagnostic {
    match lang {
        Some(lang) if lang == config.default_language() => {
            Diagnostic::error(rel, msg!("K0226", bahasa = lang))
        }
        Some(lang) if is_language_code(lang) => {
            Diagnostic::warning(rel, msg!("K0227", bahasa = lang))
        }
        _ => Diagnostic::warning(rel, msg!("K0228")),
    }
}

/// A file name split into its stem, language and extension:
/// `sejarah.en.md` -> (`sejarah`, Some(`en`), `md`).
pub(super) fn split_name(name: &str) -> Option<(&str, Option<&str>, &str)> {
    let (rest, ext) = name.rsplit_once('.')?;
    match rest.rsplit_once('.') {
        Some((stem, lang)) => Some((stem, Some(lang), ext)),
        None => Some((rest, None, ext)),
    }
}

/// The files of one village folder, sorted into their roles.
#[derive(Default)]
pub(super) struct VillageFiles {
    pub(super) profile: Option<PathBuf>,
    pub(super) profile_translations: Vec<(String, PathBuf)>,
    pub(super) home: Option<PathBuf>,
    pub(super) home_translations: Vec<(String, PathBuf)>,
    /// Markdown files of `halaman/`, `berita/` and `wisata/`: (section, stem, file).
    pub(super) documents: Vec<(&'static str, String, PathBuf)>,
    /// Their translations: (section, stem, language, file).
    pub(super) document_translations: Vec<(&'static str, String, String, PathBuf)>,
    /// Development projects of `pembangunan/`: (stem, file), and their translations:
    /// (stem, language, file).
    pub(super) projects: Vec<(String, PathBuf)>,
    pub(super) project_translations: Vec<(String, String, PathBuf)>,
    /// Markdown files of `dokumen/` and their translations.
    pub(super) dokumen: crate::content::dokumen::DokumenFiles,
    /// Markdown files of `produk/` and their translations.
    pub(super) produk: crate::content::produk::ProdukFiles,
    pub(super) catalogue: Option<PathBuf>,
    pub(super) budgets: Vec<(String, PathBuf)>,
    /// Years of `statistik/`: (year, file).
    pub(super) statistics: Vec<(String, PathBuf)>,
    pub(super) catalogue_translations: Vec<(String, PathBuf)>,
    pub(super) files: BTreeMap<String, FileInfo>,
    /// Entries refused with an error (special files, oversized files), by path
    /// relative to the village folder, so that links to them are not reported again.
    pub(super) refused: Vec<String>,
    /// SVG files under `berkas/` with safe names: refused (their error kept
    /// here) unless desa.yaml names one as its logo, which is drawn to PNG.
    pub(super) svgs: Vec<(String, PathBuf, berkas::Refused)>,
}

/// Sorts the files under `content/<slug>/` into their roles, warning about the rest.
pub(super) fn classify(
    root: &Path,
    dir: &Path,
    config: &SiteConfig,
    report: &mut Report,
) -> VillageFiles {
    let walker = walkdir::WalkDir::new(root.join(dir))
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
    let mut sorting = Sorting {
        config,
        translations: &config.languages[1..],
        report,
        found: VillageFiles::default(),
        refused_dirs: Vec::new(),
    };
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                sorting.report.push(walk_error(root, dir, &err));
                continue;
            }
        };
        let Ok(rel_in_village) = entry.path().strip_prefix(root.join(dir)) else {
            continue;
        };
        let in_berkas = rel_in_village.starts_with("berkas") && entry.file_type().is_file();
        let berkas_size = in_berkas.then(|| entry.metadata().map_or(0, |m| m.len()));
        if let Some(d) = refused_entry(&dir.join(rel_in_village), &entry.file_type(), berkas_size) {
            sorting.report.push(d);
            sorting
                .found
                .refused
                .push(rel_in_village.to_string_lossy().replace('\\', "/"));
            continue;
        }
        if entry.path_is_symlink() {
            let warning = Diagnostic::warning(dir.join(rel_in_village), msg!("K0230"));
            sorting.report.push(warning);
            continue;
        }
        let rel_in_village = rel_in_village.to_path_buf();
        sorting.entry(&entry, dir.join(&rel_in_village), &rel_in_village);
    }
    sorting.found
}

/// The error for an entry of the village folder that could not be listed.
fn walk_error(root: &Path, dir: &Path, err: &walkdir::Error) -> Diagnostic {
    let path = err
        .path()
        .and_then(|p| p.strip_prefix(root).ok())
        .unwrap_or(dir);
    let cause = match err.io_error() {
        Some(io) => io_cause(io),
        None => msg!("io-other", sebab = err.to_string()),
    };
    Diagnostic::error(path, msg!("K0901", path = path, sebab = cause))
}

/// What [`classify`] keeps while it walks a village folder.
struct Sorting<'a> {
    config: &'a SiteConfig,
    /// The site's languages other than the default one.
    translations: &'a [String],
    report: &'a mut Report,
    found: VillageFiles,
    /// Folders under berkas/ whose names were refused: what they hold is not published.
    refused_dirs: Vec<PathBuf>,
}

impl Sorting<'_> {
    /// Sorts one entry, at `rel` (from the site root) and `rel_in_village`, by
    /// the folder it is in and its depth.
    fn entry(&mut self, entry: &walkdir::DirEntry, rel: PathBuf, rel_in_village: &Path) {
        let parts: Vec<String> = rel_in_village
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let is_dir = entry.file_type().is_dir();
        let name = parts.last().map(String::as_str).unwrap_or("");
        match (parts.len(), parts[0].as_str()) {
            (
                1,
                "halaman" | "berita" | "wisata" | "pembangunan" | "berkas" | "apbdes" | "dokumen"
                | "statistik" | "produk",
            ) if is_dir => {}
            (2, "apbdes") if !is_dir => self.budget(name, rel),
            (2, "statistik") if !is_dir => self.statistics(name, rel),
            (_, "berkas") if self.refused_dirs.iter().any(|d| rel.starts_with(d)) => {}
            (_, "berkas") => self.berkas(entry, rel, rel_in_village, &parts),
            (1, _) if !is_dir => self.top_file(name, rel),
            (
                2,
                section @ ("halaman" | "berita" | "wisata" | "pembangunan" | "dokumen" | "produk"),
            ) if !is_dir => {
                self.document(section, name, rel);
            }
            _ => {
                if is_dir
                    || parts.len() == 1
                    || matches!(
                        parts[0].as_str(),
                        "halaman" | "berita" | "wisata" | "pembangunan" | "dokumen" | "produk"
                    )
                {
                    let what = if is_dir { "folder" } else { "berkas" };
                    let warning = Diagnostic::warning(&rel, msg!("K0235", jenis = what));
                    self.report.push(warning);
                }
            }
        }
    }

    /// A file of `apbdes/`: `<tahun>.yaml`, or a spreadsheet `<tahun>.xlsx`,
    /// `.ods` or `.csv`, with no language; one file per year.
    fn budget(&mut self, name: &str, rel: PathBuf) {
        match split_name(name) {
            Some((year, None, ext)) if is_year(year) && is_table(ext) => {
                if let Some(year) = one_per_year(&self.found.budgets, year, &rel, self.report) {
                    self.found.budgets.push((year, rel));
                }
            }
            Some((_, Some(_), "yaml")) => {
                self.report.push(Diagnostic::warning(&rel, msg!("K0231")));
            }
            _ => self.report.push(Diagnostic::warning(&rel, msg!("K0232"))),
        }
    }

    /// A file of `statistik/`: `<tahun>.yaml` or a spreadsheet, one per year.
    fn statistics(&mut self, name: &str, rel: PathBuf) {
        match split_name(name) {
            Some((year, None, ext)) if is_year(year) && is_table(ext) => {
                if let Some(year) = one_per_year(&self.found.statistics, year, &rel, self.report) {
                    self.found.statistics.push((year, rel));
                }
            }
            _ => self.report.push(Diagnostic::error(&rel, msg!("K1213"))),
        }
    }

    /// A file or folder under `berkas/`, published if its name and kind pass.
    fn berkas(
        &mut self,
        entry: &walkdir::DirEntry,
        rel: PathBuf,
        rel_in_village: &Path,
        parts: &[String],
    ) {
        let is_dir = entry.file_type().is_dir();
        let name = parts.last().map(String::as_str).unwrap_or("");
        let checked = berkas_names_ok(rel_in_village, parts).and_then(|()| {
            if is_dir {
                Ok(())
            } else {
                berkas::check_kind(entry.path(), name)
            }
        });
        match checked {
            Err(refused)
                if !is_dir
                    && crate::media::svg::is_svg(name)
                    && berkas_names_ok(rel_in_village, parts).is_ok() =>
            {
                self.found.svgs.push((parts.join("/"), rel, refused));
            }
            Err(refused) => {
                if is_dir {
                    self.refused_dirs.push(rel.clone());
                }
                self.report.push(Diagnostic::error(&rel, refused.message));
                if !is_dir {
                    self.found.refused.push(parts.join("/"));
                }
            }
            Ok(()) if is_dir => {}
            Ok(()) => {
                let size = entry.metadata().map_or(0, |m| m.len());
                self.found.files.insert(
                    parts.join("/"),
                    FileInfo {
                        size,
                        picture: None,
                    },
                );
            }
        }
    }

    /// A file at the top of the village folder: the profile, the home page, the
    /// catalogue, or a translation of one of them.
    fn top_file(&mut self, name: &str, rel: PathBuf) {
        let translations = self.translations;
        let found = &mut self.found;
        match split_name(name) {
            Some(("desa", None, "yaml")) => found.profile = Some(rel),
            Some(("index", None, "md")) => found.home = Some(rel),
            Some(("layanan", None, "yaml")) => found.catalogue = Some(rel),
            Some(("layanan", Some(l), "yaml")) if translations.iter().any(|t| t == l) => {
                found.catalogue_translations.push((l.to_string(), rel));
            }
            Some(("desa", Some(l), "yaml")) if translations.iter().any(|t| t == l) => {
                found.profile_translations.push((l.to_string(), rel));
            }
            Some(("index", Some(l), "md")) if translations.iter().any(|t| t == l) => {
                found.home_translations.push((l.to_string(), rel));
            }
            Some((_, lang, _)) => self.report.push(unknown_file(&rel, lang, self.config)),
            None => self.report.push(unknown_file(&rel, None, self.config)),
        }
    }

    /// A Markdown file of `halaman/`, `berita/` or `wisata/`, or its translation.
    fn document(&mut self, section: &str, name: &str, rel: PathBuf) {
        let Some((stem, lang, "md")) = split_name(name) else {
            let warning = Diagnostic::warning(&rel, msg!("K0234", bagian = section));
            self.report.push(warning);
            return;
        };
        if !is_slug(stem) {
            self.report.push(Diagnostic::error(
                &rel,
                msg!("K0233", nama = stem, saran = suggest_slug(stem)),
            ));
            return;
        }
        let section = match section {
            "dokumen" => return self.dokumen(stem, lang, rel),
            "produk" => return self.product(stem, lang, rel),
            "halaman" => "halaman",
            "berita" => "berita",
            "pembangunan" => {
                self.project(stem, lang, rel);
                return;
            }
            _ => "wisata",
        };
        match lang {
            None => self.found.documents.push((section, stem.to_string(), rel)),
            Some(l) if self.translations.iter().any(|t| t == l) => {
                self.found.document_translations.push((
                    section,
                    stem.to_string(),
                    l.to_string(),
                    rel,
                ));
            }
            Some(l) => self.report.push(unknown_file(&rel, Some(l), self.config)),
        }
    }
}

impl Sorting<'_> {
    /// A development project of `pembangunan/`, or its translation.
    fn project(&mut self, stem: &str, lang: Option<&str>, rel: PathBuf) {
        match lang {
            None => self.found.projects.push((stem.to_string(), rel)),
            Some(l) if self.translations.iter().any(|t| t == l) => {
                let entry = (stem.to_string(), l.to_string(), rel);
                self.found.project_translations.push(entry);
            }
            Some(l) => self.report.push(unknown_file(&rel, Some(l), self.config)),
        }
    }

    /// A product of `produk/`, or its translation.
    fn product(&mut self, stem: &str, lang: Option<&str>, rel: PathBuf) {
        let found = &mut self.found.produk;
        match lang {
            None => found.files.push((stem.to_string(), rel)),
            Some(l) if self.translations.iter().any(|t| t == l) => {
                found
                    .translations
                    .push((stem.to_string(), l.to_string(), rel));
            }
            Some(l) => self.report.push(unknown_file(&rel, Some(l), self.config)),
        }
    }

    /// A Markdown file of `dokumen/` (its name checked), or its translation.
    fn dokumen(&mut self, stem: &str, lang: Option<&str>, rel: PathBuf) {
        let found = &mut self.found.dokumen;
        match lang {
            None => found.files.push((stem.to_string(), rel)),
            Some(l) if self.translations.iter().any(|t| t == l) => {
                found
                    .translations
                    .push((stem.to_string(), l.to_string(), rel));
            }
            Some(l) => self.report.push(unknown_file(&rel, Some(l), self.config)),
        }
    }
}

/// Checks the last part of a path under `berkas/` (`parts` are its parts as text,
/// `rel` the path itself): the parts above it were checked as folders before.
fn berkas_names_ok(rel: &Path, parts: &[String]) -> Result<(), berkas::Refused> {
    let name = rel.file_name().map(|n| n.to_str());
    let shown = parts.last().map_or("", String::as_str);
    berkas::check_name(name.flatten(), shown)
}

/// `year`, unless `found` has it already (in YAML and in a spreadsheet, say):
/// then an error naming both files (K1303) in `report`.
fn one_per_year(
    found: &[(String, PathBuf)],
    year: &str,
    rel: &Path,
    report: &mut Report,
) -> Option<String> {
    let Some((_, first)) = found.iter().find(|(y, _)| y == year) else {
        return Some(year.to_string());
    };
    let m = msg!(
        "K1303",
        tahun = year,
        pertama = first.display().to_string(),
        kedua = rel.display().to_string(),
    );
    report.push(Diagnostic::error(rel, m));
    None
}

/// Whether `stem` is a year, `2026`.
fn is_year(stem: &str) -> bool {
    stem.len() == 4 && stem.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `ext` names a file a year of figures may be: YAML or a spreadsheet.
fn is_table(ext: &str) -> bool {
    ext == "yaml" || crate::sheet::EXTENSIONS.contains(&ext)
}
