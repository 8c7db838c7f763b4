//! Loading one village folder: its profile, catalogue, documents, pictures,
//! the translations of each, and which files are not published; its years of
//! figures (budgets, statistics) are read by `tables`.

use super::LoadOptions;
use super::classify::{VillageFiles, classify};
use super::read::read_text;
use super::tables::{load_budgets, load_statistics};
use crate::config::SiteConfig;
use crate::content::document::{self, FileText};
use crate::content::village::{self, Profile};
use crate::content::{FileInfo, Unpublished, Village, budget, destination, pembangunan, service};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::yaml::Source;
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::Path;

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

/// The SVG under `berkas/` that desa.yaml names as the village's `logo`, drawn
/// to PNG (see [`crate::media::svg`]); every other SVG is refused with the
/// error `classify` kept for it, and so is a logo that cannot be drawn.
fn svg_logo(
    root: &Path,
    found: &mut VillageFiles,
    logo: Option<&str>,
    options: &LoadOptions,
    report: &mut Report,
) -> Option<(String, FileInfo)> {
    let mut drawn = None;
    for (name, rel, refused) in std::mem::take(&mut found.svgs) {
        if logo != Some(name.as_str()) {
            report.push(Diagnostic::error(&rel, refused.message));
            found.refused.push(name);
            continue;
        }
        let cache = options.pictures.as_ref().map(|c| c.dir());
        match crate::media::svg::process(cache, &root.join(&rel), &name) {
            Ok(picture) => {
                let info = FileInfo {
                    size: std::fs::metadata(root.join(&rel)).map_or(0, |m| m.len()),
                    picture: Some(std::sync::Arc::new(picture)),
                };
                drawn = Some((name, info));
            }
            Err(e) => {
                report.push(Diagnostic::error(&rel, e.message).maybe_hint(e.hint));
                found.refused.push(name);
            }
        }
    }
    drawn
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
    let mut found = classify(root, &dir, config, report);
    let mut profile = load_profile(root, &dir, &found, report);
    let mut files = process_pictures(
        root,
        &dir,
        std::mem::take(&mut found.files),
        options,
        report,
    );
    let logo = profile.as_ref().and_then(|p| p.logo.as_deref());
    files.extend(svg_logo(root, &mut found, logo, options, report));
    // A refused file counts as present for references: its own error says why.
    let has_file =
        document::BerkasFiles::new((files.keys().chain(&found.refused)).map(String::as_str));
    if let Some(profile) = profile.as_mut() {
        village::check_logo_file(profile, &has_file, &dir.join("desa.yaml"), report);
    }
    let catalogue = load_catalogue(root, &dir, &found, &has_file, options, report);
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
    let mut documents = load_documents(root, &found, options, &has_file, report);
    apply_home_translations(root, &dir, &found, home.as_mut(), report);
    documents.apply_translations(root, &dir, &found, report);
    let budgets = load_budgets(root, &found, report);
    let statistics = load_statistics(root, &found, config, profile.as_mut(), report);
    let mut unpublished = unpublished(&found, &documents, options);
    let projects = load_projects(root, &dir, &found, &has_file, &budgets, options, report);
    unpublished.extend(projects.1);
    let perdes = budgets.iter().filter_map(|b| b.perdes.as_ref());
    let mut read = |rel: &Path, report: &mut Report| read_text(root, rel, report);
    let (dokumen, not_published) = crate::content::dokumen::load(
        &found.dokumen,
        &dir,
        &has_file,
        perdes,
        options.drafts,
        &mut read,
        report,
    );
    unpublished.extend(not_published);
    let (products, not_published) = crate::content::produk::load(
        &found.produk,
        &dir,
        &has_file,
        options.drafts,
        &mut read,
        report,
    );
    unpublished.extend(not_published);
    let (pages, news, destinations) = documents.published(options);
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
        projects: projects.0,
        statistics,
        dokumen,
        products,
        files,
        unpublished,
        complete: report.error_count() == errors_before,
    })
}

/// `desa.yaml` with its translations applied; `None` if it is missing or broken.
fn load_profile(
    root: &Path,
    dir: &Path,
    found: &VillageFiles,
    report: &mut Report,
) -> Option<Profile> {
    let profile_file = dir.join("desa.yaml");
    let mut profile: Option<Profile> = match &found.profile {
        None => {
            report.push(Diagnostic::error(dir, msg!("K0236")));
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
    profile
}

/// `layanan.yaml` with its translations applied (an empty catalogue if there is
/// none); a translation without it is an error.
fn load_catalogue(
    root: &Path,
    dir: &Path,
    found: &VillageFiles,
    has_file: &document::BerkasFiles<'_>,
    options: &LoadOptions,
    report: &mut Report,
) -> service::Catalogue {
    let texts = &options.texts;
    let mut catalogue = found
        .catalogue
        .as_ref()
        .map_or_else(service::Catalogue::default, |rel| {
            match read_text(root, rel, report) {
                Some(text) => {
                    let source = Source::file(rel, &text);
                    let mut c = service::parse_catalogue(&source, has_file, texts, report);
                    c.date_from_history(options.history.last_change(rel));
                    c
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
                        texts,
                        report,
                    );
                }
            }
            None => report.push(orphan(rel, &dir.join("layanan.yaml").display().to_string())),
        }
    }
    catalogue
}

/// The documents of a village by slug, drafts included, as they load.
struct Documents {
    pages: BTreeMap<String, document::Page>,
    news: BTreeMap<String, document::News>,
    destinations: BTreeMap<String, destination::Destination>,
}

/// Reads every page, news item and destination; a slug the site reserves for
/// itself is an error.
fn load_documents(
    root: &Path,
    found: &VillageFiles,
    options: &LoadOptions,
    has_file: &document::BerkasFiles<'_>,
    report: &mut Report,
) -> Documents {
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
                if let Some(item) = document::parse_news(stem, file, has_file, report) {
                    news.insert(stem.clone(), item);
                }
            }
            _ => {
                if let Some(place) = destination::parse_destination(stem, file, has_file, report) {
                    destinations.insert(stem.clone(), place);
                }
            }
        }
    }
    Documents {
        pages,
        news,
        destinations,
    }
}

/// Applies the translations of `index.md` to `home`; one without it is an error.
fn apply_home_translations(
    root: &Path,
    dir: &Path,
    found: &VillageFiles,
    mut home: Option<&mut document::Home>,
    report: &mut Report,
) {
    let index_file = dir.join("index.md").display().to_string();
    for (lang, rel) in &found.home_translations {
        match home.as_deref_mut() {
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
}

impl Documents {
    /// Applies each document's translations; one whose default-language file
    /// does not exist is an error.
    fn apply_translations(
        &mut self,
        root: &Path,
        dir: &Path,
        found: &VillageFiles,
        report: &mut Report,
    ) {
        let Documents {
            pages,
            news,
            destinations,
        } = self;
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
                        document::parse_translation(
                            &mut page.text,
                            lang,
                            file,
                            &default_name,
                            report,
                        );
                    }
                }
                "berita" => {
                    if let Some(item) = news.get_mut(stem) {
                        document::parse_translation(
                            &mut item.text,
                            lang,
                            file,
                            &default_name,
                            report,
                        );
                    }
                }
                _ => {
                    if let Some(place) = destinations.get_mut(stem) {
                        destination::apply_translation(place, lang, file, &default_name, report);
                    }
                }
            }
        }
    }

    /// The documents to publish (drafts only with `options.drafts`): pages by
    /// order, title and slug; news newest first; destinations by slug.
    fn published(
        self,
        options: &LoadOptions,
    ) -> (
        Vec<document::Page>,
        Vec<document::News>,
        Vec<destination::Destination>,
    ) {
        let mut pages = kept(self.pages, |p| options.drafts || !p.draft);
        pages.sort_by(|a, b| {
            (a.order, &a.text.default.title, &a.slug).cmp(&(
                b.order,
                &b.text.default.title,
                &b.slug,
            ))
        });
        let mut news = kept(self.news, |n| options.drafts || !n.draft);
        news.sort_by(|a, b| b.date.cmp(&a.date).then_with(|| a.slug.cmp(&b.slug)));
        let destinations = kept(self.destinations, |d| options.drafts || !d.draft);
        (pages, news, destinations)
    }
}

/// The documents `keep` keeps, held without spare room: the model holds every
/// village's documents until the build ends.
fn kept<T>(documents: BTreeMap<String, T>, keep: impl Fn(&T) -> bool) -> Vec<T> {
    let mut kept: Vec<T> = documents.into_values().filter(|d| keep(d)).collect();
    kept.shrink_to_fit();
    kept
}

/// The files that are not published, and why: broken or draft documents, and
/// refused Markdown files and files under `berkas/`.
fn unpublished(
    found: &VillageFiles,
    documents: &Documents,
    options: &LoadOptions,
) -> BTreeMap<String, Unpublished> {
    let mut unpublished = BTreeMap::new();
    for (section, stem, _) in &found.documents {
        let loaded = match *section {
            "halaman" => documents.pages.get(stem).map(|p| p.draft),
            "berita" => documents.news.get(stem).map(|n| n.draft),
            _ => documents.destinations.get(stem).map(|d| d.draft),
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
    unpublished
}

/// The development projects of `pembangunan/` with their translations, newest
/// year first, checked against the village's `budgets`; and the files not
/// published (broken or draft) by path in the village folder.
fn load_projects(
    root: &Path,
    dir: &Path,
    found: &VillageFiles,
    has_file: &document::BerkasFiles<'_>,
    budgets: &[budget::BudgetYear],
    options: &LoadOptions,
    report: &mut Report,
) -> (Vec<pembangunan::Project>, Vec<(String, Unpublished)>) {
    let mut projects = BTreeMap::new();
    let mut unpublished = Vec::new();
    for (stem, rel) in &found.projects {
        let Some(text) = read_text(root, rel, report) else {
            continue;
        };
        let file = FileText {
            file: rel,
            text: &text,
        };
        match pembangunan::parse_project(stem, file, has_file, budgets, report) {
            Some(p) if p.draft && !options.drafts => {
                unpublished.push((format!("pembangunan/{stem}.md"), Unpublished::Draft));
            }
            Some(p) => drop(projects.insert(stem.clone(), p)),
            None => unpublished.push((format!("pembangunan/{stem}.md"), Unpublished::Broken)),
        }
    }
    for (stem, lang, rel) in &found.project_translations {
        let default_file = dir.join("pembangunan").join(format!("{stem}.md"));
        let Some(project) = projects.get_mut(stem) else {
            // A default file that failed to load has its own error already.
            if !root.join(&default_file).exists() {
                report.push(orphan(rel, &default_file.display().to_string()));
            }
            continue;
        };
        if let Some(text) = read_text(root, rel, report) {
            let file = FileText {
                file: rel,
                text: &text,
            };
            let default_name = default_file.display().to_string();
            pembangunan::apply_translation(project, lang, file, &default_name, report);
        }
    }
    let mut projects: Vec<_> = projects.into_values().collect();
    projects.sort_by(|a, b| b.year.cmp(&a.year).then_with(|| a.slug.cmp(&b.slug)));
    (projects, unpublished)
}

/// A translation whose default-language file does not exist.
fn orphan(rel: &Path, default_file: &str) -> Diagnostic {
    Diagnostic::error(rel, msg!("K0238", berkas = default_file))
}
