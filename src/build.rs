//! The pipeline: load -> validate -> render -> output. `check` is the same run
//! with nothing written.

use crate::config;
use crate::content::{self, LoadOptions};
use crate::diagnostic::{Diagnostic, Failure, Report};
use crate::output::{self, Discard};
use crate::render::{Renderer, Stats};
use crate::theme;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What `build` and `check` do.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The site root (holding `content/`).
    pub root: PathBuf,
    /// The output folder; `<root>/public` when `None`.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of site.yaml.
    pub base_url: Option<String>,
    /// Publish drafts.
    pub drafts: bool,
    /// Minify HTML and CSS.
    pub minify: bool,
    /// Build only these villages (all when empty).
    pub only: Vec<String>,
}

impl BuildOptions {
    /// Options for the site at `root` with every default.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        BuildOptions {
            root: root.into(),
            output: None,
            base_url: None,
            drafts: false,
            minify: true,
            only: Vec::new(),
        }
    }

    /// The output folder.
    pub fn output_dir(&self) -> PathBuf {
        self.output
            .clone()
            .unwrap_or_else(|| self.root.join("public"))
    }
}

/// What a successful run did.
#[derive(Debug, Clone)]
pub struct Summary {
    /// Villages built.
    pub villages: usize,
    /// Pages and files rendered.
    pub stats: Stats,
    /// Bytes written (0 for `check`).
    pub bytes: u64,
    /// Wall time of the run.
    pub elapsed: Duration,
    /// Warnings found on the way.
    pub warnings: Report,
}

/// Why a run failed.
#[derive(Debug)]
pub enum BuildError {
    /// The content has errors (exit code 1); the report holds them and any warnings.
    Content(Report),
    /// Bad usage or an I/O error (exit code 2).
    Failure(Failure),
}

impl From<Failure> for BuildError {
    fn from(f: Failure) -> Self {
        BuildError::Failure(f)
    }
}

/// Builds the site into the output folder, replacing it only on success.
pub fn build(options: &BuildOptions) -> Result<Summary, BuildError> {
    run(options, true)
}

/// Loads, validates and renders the site without writing anything.
pub fn check(options: &BuildOptions) -> Result<Summary, BuildError> {
    run(options, false)
}

fn run(options: &BuildOptions, write: bool) -> Result<Summary, BuildError> {
    let started = Instant::now();
    let root = options.root.as_path();
    if !root.join("content").is_dir() {
        return Err(
            Failure::new(format!("there is no content/ folder in {}", root.display()))
                .hint("run kampung in the site's folder, or name it with --root")
                .into(),
        );
    }
    let mut report = Report::new();
    let site_file = Path::new("content/site.yaml");
    let Some(text) = content::read_text_file(root, site_file, &mut report) else {
        if !root.join(site_file).exists() {
            report.push(
                Diagnostic::error(site_file, "the portal settings file is missing")
                    .hint("create content/site.yaml with at least `judul: <the portal's name>`"),
            );
        }
        return Err(BuildError::Content(report));
    };
    let Some(mut config) = config::parse(site_file, &text, &mut report) else {
        return Err(BuildError::Content(report));
    };
    if let Some(url) = &options.base_url {
        config.base_url = Some(config::check_base_url(url).map_err(|d| {
            Failure::new(format!("--base-url: {}", d.message)).hint(d.hint.unwrap_or_default())
        })?);
    }
    let Some(theme) = theme::load(root, &config.theme, &config.languages, &mut report) else {
        return Err(BuildError::Content(report));
    };
    let mut load_options = LoadOptions {
        drafts: options.drafts,
        only: options.only.clone(),
        ..LoadOptions::default()
    };
    for strings in theme.strings.values() {
        let s = &strings.slug;
        for slug in [&s.layanan, &s.wisata, &s.apbdes, &s.berita, &s.cari] {
            load_options.reserved_village_slugs.insert(slug.clone());
            load_options.reserved_page_slugs.insert(slug.clone());
        }
        load_options.reserved_news_slugs.insert(s.halaman.clone());
    }
    for lang in &config.languages {
        load_options.reserved_village_slugs.insert(lang.clone());
    }
    for reserved in ["static", "berkas", "404"] {
        load_options
            .reserved_village_slugs
            .insert(reserved.to_string());
    }
    load_options
        .reserved_page_slugs
        .insert("berkas".to_string());
    let site = content::load_site(root, config, &load_options, &mut report)?;
    let Some(renderer) = Renderer::new(&site, &theme, root, &mut report) else {
        return Err(BuildError::Content(report));
    };
    if report.has_errors() {
        // Render what loaded, writing nothing, so the run reports every problem.
        renderer.render_all(&Discard, &mut report)?;
        return Err(BuildError::Content(report));
    }
    let (stats, bytes) = if write {
        let staging = output::stage(root, &options.output_dir(), options.minify)?;
        match renderer.render_all(&staging, &mut report) {
            Ok(stats) if !report.has_errors() => {
                let bytes = staging.bytes();
                staging.commit()?;
                (stats, bytes)
            }
            Ok(_) => {
                staging.abandon();
                return Err(BuildError::Content(report));
            }
            Err(failure) => {
                staging.abandon();
                return Err(failure.into());
            }
        }
    } else {
        let stats = renderer.render_all(&Discard, &mut report)?;
        if report.has_errors() {
            return Err(BuildError::Content(report));
        }
        (stats, 0)
    };
    Ok(Summary {
        villages: site.villages.len(),
        stats,
        bytes,
        elapsed: started.elapsed(),
        warnings: report,
    })
}
