//! The pipeline: load -> validate -> render -> output. `check` is the same run
//! with nothing written; a [`Session`] keeps the last good site in memory and
//! rebuilds only what a change touches.

use crate::config::{self, SiteConfig};
use crate::content::{self, LoadOptions, Site};
use crate::diagnostic::{Diagnostic, Failure, Report};
use crate::media::{Cache, CacheStats};
use crate::msg;
use crate::output::{self, Discard};
use crate::render::{self, Renderer, Stats};
use crate::theme::{self, Theme};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

mod session;

pub use session::{Rebuilt, Session};

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
    /// Write every internal link so that the site browses from `file://`
    /// (see [`output::Offline`]).
    pub offline: bool,
    /// Write `.gz` and `.br` copies beside every text file (see [`output::compress`]).
    pub compress: bool,
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
            offline: false,
            compress: false,
        }
    }

    /// Where processed pictures are cached between builds: `<root>/.kampung-cache/`,
    /// outside the output folder; deleting it only costs the next build time.
    pub fn cache_dir(&self) -> PathBuf {
        self.root.join(".kampung-cache")
    }

    /// How links are rewritten for an offline copy of `config`'s site, if at all.
    fn offline_links(&self, config: &SiteConfig) -> Option<output::Offline> {
        self.offline
            .then(|| output::Offline::new(config.base_url.as_deref()))
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
    /// Pictures encoded, and pictures taken from the cache.
    pub pictures: CacheStats,
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

/// Everything a render needs besides the content: settings, theme, and the names
/// content may not take.
struct Setup {
    config: SiteConfig,
    theme: Theme,
    load_options: LoadOptions,
}

/// Reads `site.yaml` and the theme.
fn setup(
    options: &BuildOptions,
    pictures: Option<Arc<Cache>>,
    report: &mut Report,
) -> Result<Option<Setup>, Failure> {
    let root = options.root.as_path();
    if !root.join("content").is_dir() {
        return Err(Failure::new(msg!("K0005", path = root)));
    }
    let site_file = Path::new("content/site.yaml");
    // Missing is one problem with its own fix, not also a file that cannot be read.
    if !root.join(site_file).exists() {
        report.push(Diagnostic::error(site_file, msg!("K0913")));
        return Ok(None);
    }
    let Some(text) = content::read_text_file(root, site_file, report) else {
        return Ok(None);
    };
    let Some(mut config) = config::parse(site_file, &text, report) else {
        return Ok(None);
    };
    if let Some(url) = &options.base_url {
        config.base_url = Some(
            config::check_base_url(url)
                .map_err(|d| Failure::new(msg!("K0003", sebab = d.message)).maybe_hint(d.hint))?,
        );
    }
    let settings = crate::yaml::Source::file(site_file, &text);
    let Some(theme) = theme::load(root, &config.theme, &config.languages, &settings, report) else {
        return Ok(None);
    };
    let mut load_options = LoadOptions {
        drafts: options.drafts,
        only: options.only.clone(),
        pictures,
        history: Arc::new(content::history::History::read(root)),
        ..LoadOptions::default()
    };
    for strings in theme.strings.values() {
        let s = &strings.slug;
        for slug in s.sections.values().chain([&s.cari]) {
            load_options.reserved_village_slugs.insert(slug.clone());
            load_options.reserved_page_slugs.insert(slug.clone());
        }
        load_options.reserved_news_slugs.insert(s.halaman.clone());
    }
    for lang in &config.languages {
        load_options.reserved_village_slugs.insert(lang.clone());
    }
    // `admin`: the web forms of the published site (`formulir` in site.yaml).
    for reserved in ["static", "berkas", "404", "admin"] {
        load_options
            .reserved_village_slugs
            .insert(reserved.to_string());
    }
    for reserved in ["berkas", "admin"] {
        load_options
            .reserved_page_slugs
            .insert(reserved.to_string());
    }
    Ok(Some(Setup {
        config,
        theme,
        load_options,
    }))
}

/// Loads the whole site, processing pictures into `pictures` (or only inspecting
/// them when `None`). `Ok(None)` when there are errors (in `report`).
fn load(
    options: &BuildOptions,
    pictures: Option<Arc<Cache>>,
    report: &mut Report,
) -> Result<Option<(Setup, Site)>, Failure> {
    let Some(setup) = setup(options, pictures, report)? else {
        return Ok(None);
    };
    let site = content::load_site(
        &options.root,
        setup.config.clone(),
        &setup.load_options,
        report,
    )?;
    if site.config.portal == Some(false) && site.villages.len() > 1 {
        let file = Path::new("content/site.yaml");
        if let Some(text) = content::read_text_file(&options.root, file, report) {
            let source = crate::yaml::Source::file(file, &text);
            let n = site.villages.len();
            report.push(source.warning_at("portal", msg!("K0270", n = n)));
        }
    }
    Ok(Some((setup, site)))
}

/// The loaded theme and site of `options`, for unit tests elsewhere in the crate.
#[cfg(test)]
pub(crate) fn load_for_tests(options: &BuildOptions, report: &mut Report) -> (Theme, Site) {
    let (setup, site) = load(options, None, report)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("the fixture loads: {:?}", report.diagnostics()));
    (setup.theme, site)
}

fn run(options: &BuildOptions, write: bool) -> Result<Summary, BuildError> {
    let started = Instant::now();
    let root = options.root.as_path();
    let updating = !options.only.is_empty();
    if updating && write {
        let output = options.output_dir();
        if !output.join(output::MARKER).is_file() {
            return Err(Failure::new(msg!("K0004", path = &output)).into());
        }
    }
    let mut report = Report::new();
    let cache = write.then(|| Arc::new(Cache::new(options.cache_dir())));
    if let Some(cache) = &cache {
        cache.sweep();
    }
    let Some((setup, site)) = load(options, cache.clone(), &mut report)? else {
        return Err(BuildError::Content(report));
    };
    let Some(renderer) = Renderer::new(&site, &setup.theme, root, &mut report) else {
        return Err(BuildError::Content(report));
    };
    match &site.config.base_url {
        None => report.push(Diagnostic::warning("content/site.yaml", msg!("K0914"))),
        Some(url) => report.extend(config::sub_path_warning(url)),
    }
    // What this run renders: everything; or, for `--only`, the named villages and
    // the portal's pages, unless a village held back by its errors is missing
    // from the portal's lists, in which case the published portal pages stay.
    let portal = !updating || site.held_back.is_empty();
    if !portal {
        report.push(Diagnostic::warning(
            "content",
            msg!(
                "K0915",
                desa = site.held_back.join(", "),
                n = site.held_back.len()
            ),
        ));
    }
    let selected = |v: &content::Village| !updating || options.only.contains(&v.slug);
    let render = |sink: &dyn render::Sink, report: &mut Report| {
        renderer.render_selection(portal, &selected, sink, report)
    };
    if report.has_errors() {
        // Render what loaded, writing nothing, so the run reports every problem.
        render(&Discard, &mut report)?;
        return Err(BuildError::Content(report));
    }
    let (stats, bytes) = if write {
        let written = write_site(options, &site.config, &renderer, &render, &mut report)?;
        if let Some(cache) = &cache {
            cache.keep_stamps(!updating);
        }
        written
    } else {
        let stats = render(&Discard, &mut report)?;
        if report.has_errors() {
            return Err(BuildError::Content(report));
        }
        (stats, 0)
    };
    Ok(Summary {
        villages: site.villages.iter().filter(|v| selected(v)).count(),
        stats,
        bytes,
        elapsed: started.elapsed(),
        pictures: cache.map(|c| c.take_stats()).unwrap_or_default(),
        warnings: report,
    })
}

/// Renders into a staging folder beside the output, carries over what an
/// `--only` run keeps, compresses when asked, and puts the staging folder in
/// place only when no error was reported: the last good site stays otherwise.
/// Returns what was rendered and the bytes written.
fn write_site(
    options: &BuildOptions,
    config: &config::SiteConfig,
    renderer: &Renderer<'_>,
    render: &dyn Fn(&dyn render::Sink, &mut Report) -> Result<Stats, Failure>,
    report: &mut Report,
) -> Result<(Stats, u64), BuildError> {
    let updating = !options.only.is_empty();
    let staging = output::stage(&options.root, &options.output_dir(), options.minify)?
        .offline(options.offline_links(config));
    let rendered = render(&staging, report).and_then(|stats| {
        if updating && !report.has_errors() {
            // Every file of the last good site that this run did not render
            // stays, except the old files of the villages being updated.
            let prefixes = renderer.language_prefixes();
            staging.carry_over(&|path| {
                render::owner(path, &prefixes)
                    .is_none_or(|owner| !options.only.iter().any(|o| o == owner))
            })?;
        }
        if options.compress && !report.has_errors() {
            staging.compress()?;
        }
        Ok(stats)
    });
    match rendered {
        Ok(stats) if !report.has_errors() => {
            let bytes = staging.bytes();
            staging.commit()?;
            Ok((stats, bytes))
        }
        Ok(_) => {
            staging.abandon();
            Err(BuildError::Content(std::mem::take(report)))
        }
        Err(failure) => {
            staging.abandon();
            Err(failure.into())
        }
    }
}

/// `build --watch`: builds into the output folder, then keeps it up to date on
/// every change, rewriting only the files whose bytes changed. Content errors and
/// failures of a rebuild are given to `report` and leave the output as it was
/// (after a failure to write it, the next change writes it whole); `notice`
/// hears when `content/` is lost or back. Runs until watching fails.
pub fn watch_build(
    options: &BuildOptions,
    watch: &crate::watch::WatchOptions,
    mut report: impl FnMut(Result<&Rebuilt, &BuildError>),
    notice: impl FnMut(&crate::watch::Notice),
) -> Result<(), Failure> {
    if !options.only.is_empty() {
        return Err(Failure::new(msg!("K0002")));
    }
    let mut session = Session::writing_output(options.clone());
    let mut step = |session: &mut Session, change: &ChangeSet| {
        // A failure (content/ went away mid-build, a file that cannot be read
        // or written) is said, and the next change tries again.
        match session.rebuild(change) {
            Ok(rebuilt) => report(Ok(&rebuilt)),
            Err(e) => report(Err(&e)),
        }
    };
    // Watch first, so that an edit made during the first build is not lost.
    let watching = crate::watch::start(&options.root, watch)?;
    step(&mut session, &ChangeSet::everything());
    watching.run(notice, |change| {
        step(&mut session, &change);
        true
    })
}

/// What changed on disk, as far as rebuilding goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeSet {
    /// Settings, theme or templates changed: everything is loaded again.
    pub full: bool,
    /// Villages (folder names under `content/`) whose files changed, appeared or went.
    pub villages: BTreeSet<String>,
}

impl ChangeSet {
    /// A change that rebuilds everything.
    pub fn everything() -> Self {
        ChangeSet {
            full: true,
            villages: BTreeSet::new(),
        }
    }

    /// True if and only if there is nothing to rebuild.
    pub fn is_empty(&self) -> bool {
        !self.full && self.villages.is_empty()
    }

    /// Adds the change of `path` (relative to the site root). Paths that are not part
    /// of the site (the output folder, editor backups) are ignored.
    pub fn add(&mut self, path: &Path) {
        let parts: Vec<String> = path
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        let Some(name) = parts.last() else { return };
        if is_editor_clutter(name) {
            return;
        }
        match parts.first().map(String::as_str) {
            Some("templates" | "themes") => self.full = true,
            // The regency's logo folder, beside site.yaml: no village.
            Some("content") if parts.get(1).is_some_and(|p| p == "berkas") => self.full = true,
            Some("content") if parts.len() == 2 => {
                // A file directly in content/ (site.yaml ...) or a village folder itself.
                if name.ends_with(".yaml") || name.contains('.') {
                    self.full = true;
                } else {
                    self.villages.insert(name.clone());
                }
            }
            Some("content") if parts.len() > 2 && !parts[1].starts_with('.') => {
                self.villages.insert(parts[1].clone());
            }
            _ => {}
        }
    }
}

/// True for the files editors leave around while saving: swap files, backups,
/// lock files and vim's write test (`4913`).
pub fn is_editor_clutter(name: &str) -> bool {
    name.starts_with('.')
        || name.ends_with('~')
        || name.ends_with(".swp")
        || name.ends_with(".swx")
        || name.ends_with(".swo")
        || name.ends_with(".tmp")
        || name.ends_with(".bak")
        || name.ends_with(".kate-swp")
        || name.starts_with('#')
        || name.bytes().all(|b| b.is_ascii_digit()) && !name.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn changes_are_classified_by_village() {
        let mut c = ChangeSet::default();
        c.add(Path::new("content/kemiren/berita/a.md"));
        c.add(Path::new("content/kemiren/berita/.a.md.swp"));
        c.add(Path::new("content/tamansari/berita/a.md~"));
        c.add(Path::new("content/sumberagung/4913"));
        c.add(Path::new("content/baru"));
        assert!(!c.full);
        assert_eq!(
            c.villages.iter().map(String::as_str).collect::<Vec<_>>(),
            ["baru", "kemiren"]
        );
        c.add(Path::new("content/site.yaml"));
        assert!(c.full);
        let mut c = ChangeSet::default();
        c.add(Path::new("themes/default/static/style.css"));
        assert!(c.full);
        let mut c = ChangeSet::default();
        c.add(Path::new("public/index.html"));
        assert!(c.is_empty());
        // The regency's logo folder is no village: everything is rebuilt.
        let mut c = ChangeSet::default();
        c.add(Path::new("content/berkas/lambang.png"));
        assert!(c.full && c.villages.is_empty());
    }
}
