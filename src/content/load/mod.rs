//! Walks `content/` and builds the [`Site`], one village at a time, in parallel.
//!
//! This file reads the top of `content/` (village folders, the site's
//! translations); `read` reads one file as text, `classify` sorts a village
//! folder's files into their roles, and `village` loads one village from them.

use super::document;
use super::{Localized, Site, Village, is_slug, suggest_slug};
use crate::config::{SITE_FACTS, SiteConfig, SiteTranslation};
use crate::diagnostic::{Diagnostic, Failure, Report};
use crate::msg;
use crate::yaml::{self, Source};
use classify::unknown_file;
use rayon::prelude::*;
use read::refused_entry;
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;
use std::sync::Arc;

pub use read::read_text;
pub use village::load_village;

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
    /// When the site's files were last committed (empty outside git).
    pub history: std::sync::Arc<super::history::History>,
    /// The texts villages repeat, held once (see [`super::Interner`]).
    pub texts: std::sync::Arc<super::Interner>,
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
    let mut village_dirs = Vec::new();
    let mut title = Localized::new(config.title.clone());
    let mut description = config.description.clone().map(Localized::new);
    for (name, file_type) in content_entries(root, content)? {
        if name.starts_with('.') {
            continue;
        }
        let rel = content.join(&name);
        if let Some(d) = file_type.and_then(|t| refused_entry(&rel, &t, None)) {
            report.push(d);
            continue;
        }
        let is_dir = file_type.is_some_and(|t| t.is_dir());
        // The regency's logo folder (see `site_logo`), not a village.
        if is_dir && name == "berkas" {
            continue;
        }
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
                let texts = (&mut title, description.as_mut());
                apply_site_translation(&source, lang, texts, report);
            }
            _ => report.push(unknown_file(&rel, lang, &config)),
        }
    }
    check_only(options, &village_dirs)?;
    let (villages, held_back) = load_villages(root, &config, options, &village_dirs, report);
    let logo = site_logo::load(root, &config, options, report);
    Ok(Site {
        config,
        title,
        description,
        villages,
        held_back,
        logo,
    })
}

/// The entries of `content/`, sorted by name, with their types when known.
fn content_entries(
    root: &Path,
    content: &Path,
) -> Result<Vec<(String, Option<fs::FileType>)>, Failure> {
    let entries = fs::read_dir(root.join(content))
        .map_err(|err| Failure::io("K0901", &root.join(content), &err))?;
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
    Ok(names)
}

/// Reads `content/site.<lang>.yaml` (`source`) into the site's title and
/// description (`texts`); a description with no default-language one is an error.
fn apply_site_translation(
    source: &Source<'_>,
    lang: &str,
    texts: (&mut Localized<String>, Option<&mut Localized<String>>),
    report: &mut Report,
) {
    let (title, description) = texts;
    match yaml::parse::<SiteTranslation>(source) {
        Ok(t) => {
            if let Some(judul) = t.judul {
                title.translations.insert(lang.to_string(), judul);
            }
            if let Some(deskripsi) = t.deskripsi {
                match description {
                    Some(d) => {
                        d.translations.insert(lang.to_string(), deskripsi);
                    }
                    None => report.push(source.error_at(
                        "deskripsi",
                        msg!("K0216", kolom = "deskripsi", berkas = "content/site.yaml"),
                    )),
                }
            }
        }
        Err(d) => report.push(document::fact_error(d, SITE_FACTS, "content/site.yaml")),
    }
}

/// Fails if `build --only` names a village that has no folder.
fn check_only(options: &LoadOptions, village_dirs: &[String]) -> Result<(), Failure> {
    for slug in &options.only {
        if !village_dirs.contains(slug) {
            return Err(Failure::new(msg!("K0222", desa = slug.as_str())).hint(msg!(
                "situs-hint-villages",
                daftar = village_dirs.join(", ")
            )));
        }
    }
    Ok(())
}

/// Loads the villages of `village_dirs` in parallel: the villages to publish,
/// and the slugs held back by `build --only` (their errors told as one warning).
fn load_villages(
    root: &Path,
    config: &SiteConfig,
    options: &LoadOptions,
    village_dirs: &[String],
    report: &mut Report,
) -> (Vec<Arc<Village>>, Vec<String>) {
    let loaded: Vec<(Option<Village>, Report)> = village_dirs
        .par_iter()
        .map(|slug| {
            let mut village_report = Report::new();
            let village = load_village(root, slug, config, options, &mut village_report);
            (village, village_report)
        })
        .collect();
    let mut villages = Vec::new();
    let mut held_back = Vec::new();
    for ((village, village_report), slug) in loaded.into_iter().zip(village_dirs) {
        let hold =
            !options.only.is_empty() && !options.only.contains(slug) && village_report.has_errors();
        if hold {
            report.push(held_back_warning(slug, village_report.error_count()));
            held_back.push(slug.clone());
            continue;
        }
        report.extend(village_report);
        villages.extend(village.map(Arc::new));
    }
    (villages, held_back)
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

mod classify;
mod read;
mod site_logo;
mod tables;
mod village;

#[cfg(test)]
mod tests;
