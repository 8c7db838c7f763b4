//! Walks `content/` and builds the [`Site`], one village at a time, in parallel.

use super::document::{self, FileText};
use super::village::{self, Profile};
use super::{FileInfo, Localized, Site, Unpublished, Village, is_slug, suggest_slug};
use super::{berkas, budget, destination, service};
use crate::config::{SITE_FACTS, SiteConfig, SiteTranslation, is_language_code};
use crate::diagnostic::{Diagnostic, Failure, Position, Report, io_cause};
use crate::input;
use crate::msg;
use crate::yaml::{self, Source};
use rayon::prelude::*;
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// What to load, and the names that content may not take.
#[derive(Debug, Clone, Default)]
pub struct LoadOptions {
    /// Keep drafts (`draf: true`).
    pub drafts: bool,
    /// Update only these villages (all when empty): every village is still loaded,
    /// but one outside this list that has errors is held back (left out, its
    /// errors told as one warning) instead of failing the run.
    pub only: Vec<String>,
    /// Slugs a village folder may not have (language codes, portal sections).
    pub reserved_village_slugs: BTreeSet<String>,
    /// Slugs a page in `halaman/` may not have (the village's section names).
    pub reserved_page_slugs: BTreeSet<String>,
    /// Slugs a news item may not have (the pagination folder names).
    pub reserved_news_slugs: BTreeSet<String>,
    /// Where processed pictures are cached; `None` inspects pictures without
    /// encoding them (`check`).
    pub pictures: Option<std::sync::Arc<crate::media::Cache>>,
}

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
fn read_error(rel: &Path, err: &input::ReadError) -> Diagnostic {
    Diagnostic::error(rel, err.message())
}

/// The error for an entry of `content/` that kampung will not read: a named pipe,
/// a device or a socket (reading one could wait forever), or a file under
/// `berkas/` past [`input::BERKAS_FILE_LIMIT`].
fn refused_entry(
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

/// Loads every village of `<root>/content/`. Content problems go to `report`;
/// only a failure to list the content folder itself is a [`Failure`].
pub fn load_site(
    root: &Path,
    config: SiteConfig,
    options: &LoadOptions,
    report: &mut Report,
) -> Result<Site, Failure> {
    let content = Path::new("content");
    let entries = fs::read_dir(root.join(content))
        .map_err(|err| Failure::io("K0901", &root.join(content), &err))?;
    let mut village_dirs = Vec::new();
    let mut title = Localized::new(config.title.clone());
    let mut description = config.description.clone().map(Localized::new);
    let mut names: Vec<(String, Option<fs::FileType>)> = entries
        .filter_map(Result::ok)
        .map(|e| {
            (
                e.file_name().to_string_lossy().into_owned(),
                e.file_type().ok(),
            )
        })
        .collect();
    names.sort_by(|a, b| a.0.cmp(&b.0));
    for (name, file_type) in names {
        if name.starts_with('.') {
            continue;
        }
        let rel = content.join(&name);
        if let Some(d) = file_type.and_then(|t| refused_entry(&rel, &t, None)) {
            report.push(d);
            continue;
        }
        let is_dir = file_type.is_some_and(|t| t.is_dir());
        if is_dir {
            match check_village_folder(&name, options) {
                Some(d) => report.push(d),
                None => village_dirs.push(name),
            }
            continue;
        }
        if name == "site.yaml" {
            continue;
        }
        let lang = name
            .strip_prefix("site.")
            .and_then(|n| n.strip_suffix(".yaml"));
        match lang {
            Some(lang) if config.languages[1..].iter().any(|l| l == lang) => {
                let Some(text) = read_text(root, &rel, report) else {
                    continue;
                };
                let source = Source::file(&rel, &text);
                match yaml::parse::<SiteTranslation>(&source) {
                    Ok(t) => {
                        if let Some(judul) = t.judul {
                            title.translations.insert(lang.to_string(), judul);
                        }
                        if let Some(deskripsi) = t.deskripsi {
                            match description.as_mut() {
                                Some(d) => {
                                    d.translations.insert(lang.to_string(), deskripsi);
                                }
                                None => report.push(source.error_at(
                                    "deskripsi",
                                    msg!(
                                        "K0216",
                                        kolom = "deskripsi",
                                        berkas = "content/site.yaml"
                                    ),
                                )),
                            }
                        }
                    }
                    Err(d) => report.push(document::fact_error(d, SITE_FACTS, "content/site.yaml")),
                }
            }
            _ => report.push(unknown_file(&rel, lang, &config)),
        }
    }
    for slug in &options.only {
        if !village_dirs.contains(slug) {
            return Err(Failure::new(msg!("K0222", desa = slug.as_str())).hint(msg!(
                "situs-hint-villages",
                daftar = village_dirs.join(", ")
            )));
        }
    }
    let loaded: Vec<(Option<Village>, Report)> = village_dirs
        .par_iter()
        .map(|slug| {
            let mut village_report = Report::new();
            let village = load_village(root, slug, &config, options, &mut village_report);
            (village, village_report)
        })
        .collect();
    let mut villages = Vec::new();
    let mut held_back = Vec::new();
    for ((village, village_report), slug) in loaded.into_iter().zip(&village_dirs) {
        let hold =
            !options.only.is_empty() && !options.only.contains(slug) && village_report.has_errors();
        if hold {
            report.push(held_back_warning(slug, village_report.error_count()));
            held_back.push(slug.clone());
            continue;
        }
        report.extend(village_report);
        villages.extend(village.map(std::sync::Arc::new));
    }
    Ok(Site {
        config,
        title,
        description,
        villages,
        held_back,
    })
}

/// The warning for a village held back by `build --only`.
fn held_back_warning(slug: &str, errors: usize) -> Diagnostic {
    Diagnostic::warning(Path::new("content").join(slug), msg!("K0223", n = errors))
}

/// Why `name` cannot be a village folder, if it cannot.
pub fn check_village_folder(name: &str, options: &LoadOptions) -> Option<Diagnostic> {
    let rel = Path::new("content").join(name);
    if !is_slug(name) {
        Some(Diagnostic::error(
            &rel,
            msg!("K0224", nama = name, saran = suggest_slug(name)),
        ))
    } else if options.reserved_village_slugs.contains(name) {
        Some(Diagnostic::error(&rel, msg!("K0225", nama = name)))
    } else {
        None
    }
}

/// A warning for a file kampung does not know, with what it may have meant.
fn unknown_file(rel: &Path, lang: Option<&str>, config: &SiteConfig) -> Diagnostic {
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
fn split_name(name: &str) -> Option<(&str, Option<&str>, &str)> {
    let (rest, ext) = name.rsplit_once('.')?;
    match rest.rsplit_once('.') {
        Some((stem, lang)) => Some((stem, Some(lang), ext)),
        None => Some((rest, None, ext)),
    }
}

/// The files of one village folder, sorted into their roles.
#[derive(Default)]
struct VillageFiles {
    profile: Option<PathBuf>,
    profile_translations: Vec<(String, PathBuf)>,
    home: Option<PathBuf>,
    home_translations: Vec<(String, PathBuf)>,
    /// Markdown files of `halaman/`, `berita/` and `wisata/`: (section, stem, file).
    documents: Vec<(&'static str, String, PathBuf)>,
    /// Their translations: (section, stem, language, file).
    document_translations: Vec<(&'static str, String, String, PathBuf)>,
    catalogue: Option<PathBuf>,
    budgets: Vec<(String, PathBuf)>,
    catalogue_translations: Vec<(String, PathBuf)>,
    files: BTreeMap<String, FileInfo>,
    /// Entries refused with an error (special files, oversized files), by path
    /// relative to the village folder, so that links to them are not reported again.
    refused: Vec<String>,
}

/// Turns the village's JPEG, PNG and WebP files into published variants (or, for
/// `check`, reads their headers), in parallel. A picture that cannot be read is an
/// error naming its file.
fn process_pictures(
    root: &Path,
    dir: &Path,
    mut files: BTreeMap<String, FileInfo>,
    options: &LoadOptions,
    report: &mut Report,
) -> BTreeMap<String, FileInfo> {
    let problems: Vec<Diagnostic> = files
        .par_iter_mut()
        .filter(|(name, _)| crate::media::is_processed(name))
        .filter_map(|(name, info)| {
            let source = root.join(dir).join(name);
            let result = match &options.pictures {
                Some(cache) => cache.process(&source, name),
                None => crate::media::inspect(&source, name),
            };
            match result {
                Ok(picture) => {
                    info.picture = Some(std::sync::Arc::new(picture));
                    None
                }
                Err(e) => Some(Diagnostic::error(dir.join(name), e.message).maybe_hint(e.hint)),
            }
        })
        .collect();
    for problem in problems {
        report.push(problem);
    }
    files
}

/// Sorts the files under `content/<slug>/` into their roles, warning about the rest.
fn classify(root: &Path, dir: &Path, config: &SiteConfig, report: &mut Report) -> VillageFiles {
    let mut found = VillageFiles::default();
    let walker = walkdir::WalkDir::new(root.join(dir))
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
    let translations = &config.languages[1..];
    // Folders under berkas/ whose names were refused: what they hold is not published.
    let mut refused_dirs: Vec<PathBuf> = Vec::new();
    for entry in walker {
        let entry = match entry {
            Ok(entry) => entry,
            Err(err) => {
                let path = err
                    .path()
                    .and_then(|p| p.strip_prefix(root).ok())
                    .unwrap_or(dir);
                let cause = match err.io_error() {
                    Some(io) => io_cause(io),
                    None => msg!("io-other", sebab = err.to_string()),
                };
                report.push(Diagnostic::error(
                    path,
                    msg!("K0901", path = path, sebab = cause),
                ));
                continue;
            }
        };
        let Ok(rel_in_village) = entry.path().strip_prefix(root.join(dir)) else {
            continue;
        };
        let in_berkas = rel_in_village.starts_with("berkas") && entry.file_type().is_file();
        let berkas_size = in_berkas.then(|| entry.metadata().map_or(0, |m| m.len()));
        if let Some(d) = refused_entry(&dir.join(rel_in_village), &entry.file_type(), berkas_size) {
            report.push(d);
            found
                .refused
                .push(rel_in_village.to_string_lossy().replace('\\', "/"));
            continue;
        }
        if entry.path_is_symlink() {
            report.push(Diagnostic::warning(dir.join(rel_in_village), msg!("K0230")));
            continue;
        }
        let rel_in_village = rel_in_village.to_path_buf();
        let rel = dir.join(&rel_in_village);
        let parts: Vec<String> = rel_in_village
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let is_dir = entry.file_type().is_dir();
        let name = parts.last().map(String::as_str).unwrap_or("");
        match (parts.len(), parts[0].as_str()) {
            (1, "halaman" | "berita" | "wisata" | "berkas" | "apbdes") if is_dir => {}
            (2, "apbdes") if !is_dir => match split_name(name) {
                Some((year, None, "yaml"))
                    if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) =>
                {
                    found.budgets.push((year.to_string(), rel));
                }
                Some((_, Some(_), "yaml")) => report.push(Diagnostic::warning(&rel, msg!("K0231"))),
                _ => report.push(Diagnostic::warning(&rel, msg!("K0232"))),
            },
            (_, "berkas") if refused_dirs.iter().any(|d| rel.starts_with(d)) => {}
            (_, "berkas") => {
                let checked = berkas_names_ok(&rel_in_village, &parts).and_then(|()| {
                    if is_dir {
                        Ok(())
                    } else {
                        berkas::check_kind(entry.path(), name)
                    }
                });
                match checked {
                    Err(refused) => {
                        if is_dir {
                            refused_dirs.push(rel.clone());
                        }
                        report.push(Diagnostic::error(&rel, refused.message));
                        if !is_dir {
                            found.refused.push(parts.join("/"));
                        }
                    }
                    Ok(()) if is_dir => {}
                    Ok(()) => {
                        let size = entry.metadata().map_or(0, |m| m.len());
                        found.files.insert(
                            parts.join("/"),
                            FileInfo {
                                size,
                                picture: None,
                            },
                        );
                    }
                }
            }
            (1, _) if !is_dir => match split_name(name) {
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
                Some((_, lang, _)) => report.push(unknown_file(&rel, lang, config)),
                None => report.push(unknown_file(&rel, None, config)),
            },
            (2, section @ ("halaman" | "berita" | "wisata")) if !is_dir => match split_name(name) {
                Some((stem, lang, "md")) => {
                    if !is_slug(stem) {
                        report.push(Diagnostic::error(
                            &rel,
                            msg!("K0233", nama = stem, saran = suggest_slug(stem)),
                        ));
                        continue;
                    }
                    let section = match section {
                        "halaman" => "halaman",
                        "berita" => "berita",
                        _ => "wisata",
                    };
                    match lang {
                        None => found.documents.push((section, stem.to_string(), rel)),
                        Some(l) if translations.iter().any(|t| t == l) => {
                            found.document_translations.push((
                                section,
                                stem.to_string(),
                                l.to_string(),
                                rel,
                            ));
                        }
                        Some(l) => report.push(unknown_file(&rel, Some(l), config)),
                    }
                }
                _ => report.push(Diagnostic::warning(&rel, msg!("K0234", bagian = section))),
            },
            _ => {
                if is_dir
                    || parts.len() == 1
                    || matches!(parts[0].as_str(), "halaman" | "berita" | "wisata")
                {
                    let what = if is_dir { "folder" } else { "berkas" };
                    report.push(Diagnostic::warning(&rel, msg!("K0235", jenis = what)));
                }
            }
        }
    }
    found
}

/// Checks the last part of a path under `berkas/` (`parts` are its parts as text,
/// `rel` the path itself): the parts above it were checked as folders before.
fn berkas_names_ok(rel: &Path, parts: &[String]) -> Result<(), berkas::Refused> {
    let name = rel.file_name().map(|n| n.to_str());
    let shown = parts.last().map_or("", String::as_str);
    berkas::check_name(name.flatten(), shown)
}

/// Loads the village in `content/<slug>/`. Returns `None` only when nothing can
/// be made of it; a village with errors is returned too (they are in `report`).
pub fn load_village(
    root: &Path,
    slug: &str,
    config: &SiteConfig,
    options: &LoadOptions,
    report: &mut Report,
) -> Option<Village> {
    let dir = Path::new("content").join(slug);
    let errors_before = report.error_count();
    let found = classify(root, &dir, config, report);
    let profile_file = dir.join("desa.yaml");
    let mut profile: Option<Profile> = match &found.profile {
        None => {
            report.push(Diagnostic::error(&dir, msg!("K0236")));
            None
        }
        Some(rel) => read_text(root, rel, report)
            .and_then(|text| village::parse_profile(&Source::file(rel, &text), report)),
    };
    if let Some(profile) = profile.as_mut() {
        for (lang, rel) in &found.profile_translations {
            if let Some(text) = read_text(root, rel, report) {
                let default_file = profile_file.display().to_string();
                village::apply_translation(
                    profile,
                    lang,
                    &Source::file(rel, &text),
                    &default_file,
                    report,
                );
            }
        }
    }
    let files = process_pictures(root, &dir, found.files, options, report);
    // A refused file counts as present for references: its own error says why.
    let has_file =
        document::BerkasFiles::new((files.keys().chain(&found.refused)).map(String::as_str));
    let mut catalogue = found
        .catalogue
        .as_ref()
        .map_or_else(service::Catalogue::default, |rel| {
            match read_text(root, rel, report) {
                Some(text) => {
                    service::parse_catalogue(&Source::file(rel, &text), &has_file, report)
                }
                None => service::Catalogue::unreadable(),
            }
        });
    for (lang, rel) in &found.catalogue_translations {
        match &found.catalogue {
            Some(default_file) => {
                if let Some(text) = read_text(root, rel, report) {
                    service::apply_translation(
                        &mut catalogue,
                        lang,
                        &Source::file(rel, &text),
                        default_file,
                        report,
                    );
                }
            }
            None => report.push(orphan(rel, &dir.join("layanan.yaml").display().to_string())),
        }
    }

    let mut home = found.home.as_ref().and_then(|rel| {
        let text = read_text(root, rel, report)?;
        document::parse_home(
            FileText {
                file: rel,
                text: &text,
            },
            report,
        )
    });
    let mut pages = BTreeMap::new();
    let mut news = BTreeMap::new();
    let mut destinations = BTreeMap::new();
    for (section, stem, rel) in &found.documents {
        let reserved = match *section {
            "halaman" => options.reserved_page_slugs.contains(stem),
            "berita" => options.reserved_news_slugs.contains(stem),
            _ => false,
        };
        if reserved {
            report.push(Diagnostic::error(rel, msg!("K0237", nama = stem.as_str())));
            continue;
        }
        let Some(text) = read_text(root, rel, report) else {
            continue;
        };
        let file = FileText {
            file: rel,
            text: &text,
        };
        match *section {
            "halaman" => {
                if let Some(page) = document::parse_page(stem, file, report) {
                    pages.insert(stem.clone(), page);
                }
            }
            "berita" => {
                if let Some(item) = document::parse_news(stem, file, &has_file, report) {
                    news.insert(stem.clone(), item);
                }
            }
            _ => {
                if let Some(place) = destination::parse_destination(stem, file, &has_file, report) {
                    destinations.insert(stem.clone(), place);
                }
            }
        }
    }
    let index_file = dir.join("index.md").display().to_string();
    for (lang, rel) in &found.home_translations {
        match home.as_mut() {
            Some(home) => {
                if let Some(text) = read_text(root, rel, report) {
                    let file = FileText {
                        file: rel,
                        text: &text,
                    };
                    document::parse_translation(&mut home.text, lang, file, &index_file, report);
                }
            }
            // An index.md that failed to load has its own error already.
            None if found.home.is_some() => {}
            None => report.push(orphan(rel, &index_file)),
        }
    }
    for (section, stem, lang, rel) in &found.document_translations {
        let default_file = dir.join(section).join(format!("{stem}.md"));
        let default_name = default_file.display().to_string();
        let exists = match *section {
            "halaman" => pages.contains_key(stem),
            "berita" => news.contains_key(stem),
            _ => destinations.contains_key(stem),
        };
        if !exists {
            // A default file that failed to load has its own error already.
            if !root.join(&default_file).exists() {
                report.push(orphan(rel, &default_name));
            }
            continue;
        }
        let Some(source) = read_text(root, rel, report) else {
            continue;
        };
        let file = FileText {
            file: rel,
            text: &source,
        };
        match *section {
            "halaman" => {
                if let Some(page) = pages.get_mut(stem) {
                    document::parse_translation(&mut page.text, lang, file, &default_name, report);
                }
            }
            "berita" => {
                if let Some(item) = news.get_mut(stem) {
                    document::parse_translation(&mut item.text, lang, file, &default_name, report);
                }
            }
            _ => {
                if let Some(place) = destinations.get_mut(stem) {
                    destination::apply_translation(place, lang, file, &default_name, report);
                }
            }
        }
    }
    let mut budgets = Vec::new();
    for (year, rel) in &found.budgets {
        if let Some(text) = read_text(root, rel, report) {
            budgets.extend(budget::parse_year(&Source::file(rel, &text), year, report));
        }
    }
    budgets.sort_by_key(|b: &budget::BudgetYear| b.year);
    let mut unpublished = BTreeMap::new();
    for (section, stem, _) in &found.documents {
        let loaded = match *section {
            "halaman" => pages.get(stem).map(|p: &document::Page| p.draft),
            "berita" => news.get(stem).map(|n: &document::News| n.draft),
            _ => destinations
                .get(stem)
                .map(|d: &destination::Destination| d.draft),
        };
        let state = match loaded {
            None => Some(Unpublished::Broken),
            Some(true) if !options.drafts => Some(Unpublished::Draft),
            Some(_) => None,
        };
        if let Some(state) = state {
            unpublished.insert(format!("{section}/{stem}.md"), state);
        }
    }
    for path in found
        .refused
        .iter()
        .filter(|p| p.ends_with(".md") || p.starts_with("berkas/"))
    {
        unpublished.insert(path.clone(), Unpublished::Broken);
    }
    let mut pages: Vec<_> = pages
        .into_values()
        .filter(|p| options.drafts || !p.draft)
        .collect();
    pages.sort_by(|a, b| {
        (a.order, &a.text.default.title, &a.slug).cmp(&(b.order, &b.text.default.title, &b.slug))
    });
    let mut news: Vec<_> = news
        .into_values()
        .filter(|n| options.drafts || !n.draft)
        .collect();
    news.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
    let destinations: Vec<_> = destinations
        .into_values()
        .filter(|d| options.drafts || !d.draft)
        .collect();
    // A village with errors is still returned (with a stand-in profile if desa.yaml
    // failed), so that later stages can report their problems in the same run; the
    // errors in `report` keep it from being published.
    let profile = match profile {
        Some(profile) => profile,
        None if report.error_count() > errors_before => Profile::placeholder(slug),
        None => return None,
    };
    Some(Village {
        slug: slug.to_string(),
        dir,
        profile,
        home,
        pages,
        news,
        services: catalogue.services,
        destinations,
        budgets,
        files,
        unpublished,
        complete: report.error_count() == errors_before,
    })
}

/// A translation whose default-language file does not exist.
fn orphan(rel: &Path, default_file: &str) -> Diagnostic {
    Diagnostic::error(rel, msg!("K0238", berkas = default_file))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_into_stem_language_extension() {
        assert_eq!(split_name("sejarah.md"), Some(("sejarah", None, "md")));
        assert_eq!(
            split_name("sejarah.en.md"),
            Some(("sejarah", Some("en"), "md"))
        );
        assert_eq!(split_name("README"), None);
    }

    #[test]
    fn positions_count_characters() {
        assert_eq!(
            Position::in_text("ab\ncé", 6),
            Position { line: 2, column: 3 }
        );
    }
}
