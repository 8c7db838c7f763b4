//! A site kept in memory across edits, rebuilt piece by piece (`serve` and
//! `build --watch`).

use super::{BuildError, BuildOptions, ChangeSet, Setup, load};
use crate::config::SiteConfig;
use crate::content::{self, Site};
use crate::diagnostic::{Failure, Report};
use crate::media::{Cache, CacheStats};
use crate::output::{self, Changes, Files, MemorySink, compress};
use crate::render::{self, Layout, OwnFiles, PartsMemo, PortalShown, PortalWork, Renderer};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The last good site, in memory.
struct State {
    setup: std::sync::Arc<Setup>,
    site: Site,
    files: Files,
    /// What changed in the output from the state before.
    changes: Changes,
    /// What each village shows on the portal's pages.
    shown: PortalShown,
    /// What every page shows that the villages decide together.
    layout: Layout,
    /// Whether `sitemap.xml` is an index of one sitemap per village (the site
    /// has more URLs than one sitemap may hold).
    split_sitemap: bool,
    /// HTML pages rendered by the rebuild that made this state.
    rendered: u64,
    /// The villages' parts of the site-wide files, reused by the next rebuild
    /// of some villages; a rebuild of everything starts anew.
    parts: Arc<PartsMemo>,
}

/// The result of one rebuild.
#[derive(Debug)]
pub struct Rebuilt {
    /// What changed in the output.
    pub changes: Changes,
    /// Warnings found on the way.
    pub warnings: Report,
    /// Wall time.
    pub elapsed: Duration,
    /// Pictures encoded, and pictures taken from the cache.
    pub pictures: CacheStats,
    /// HTML pages rendered (an edit in one village renders that village's pages,
    /// and the portal's only when what the village shows there changed).
    pub pages_rendered: u64,
}

/// A site kept in memory across edits, rebuilt piece by piece. The last good
/// output stays in place whenever a rebuild fails.
pub struct Session {
    options: BuildOptions,
    pictures: Arc<Cache>,
    state: Option<State>,
    /// Changes not yet in `state` because their rebuild failed: they are retried
    /// with every later change until a rebuild succeeds.
    pending: ChangeSet,
    /// The output folder the session keeps equal to its last good site (`build
    /// --watch`), holding only digests of what it wrote there; `None` keeps
    /// every file's bytes in memory (`serve` answers from them).
    output: Option<PathBuf>,
}

impl Session {
    /// A session over the site described by `options`; nothing is built yet.
    pub fn new(options: BuildOptions) -> Self {
        let pictures = Arc::new(Cache::new(options.cache_dir()));
        pictures.sweep();
        Session {
            pictures,
            options,
            state: None,
            pending: ChangeSet::default(),
            output: None,
        }
    }

    /// A session that writes its site into the output folder and keeps it up
    /// to date, holding in memory only the digests of the files it wrote (a
    /// national site's output is 9.8 GB; its 1.77 million digests, a few
    /// hundred megabytes).
    pub fn writing_output(options: BuildOptions) -> Self {
        let output = options.output_dir();
        Session {
            output: Some(output),
            ..Session::new(options)
        }
    }

    /// The content model of the last good build, if there was one.
    pub fn site(&self) -> Option<&Site> {
        self.state.as_ref().map(|s| &s.site)
    }

    /// The files of the last good build, if there was one.
    pub fn files(&self) -> Option<&Files> {
        self.state.as_ref().map(|s| &s.files)
    }

    /// Rebuilds what `change` touches (everything on the first call, or after a
    /// failed full build), and returns what changed in the output.
    pub fn rebuild(&mut self, change: &ChangeSet) -> Result<Rebuilt, BuildError> {
        let started = Instant::now();
        let mut report = Report::new();
        let mut change_now = self.pending.clone();
        change_now.full |= change.full;
        change_now.villages.extend(change.villages.iter().cloned());
        let incremental = !change_now.full && self.state.is_some();
        let next = if incremental {
            self.rebuild_villages(&change_now, &mut report)
        } else {
            self.rebuild_all(&mut report)
        };
        let next = match next {
            Ok(Some(next)) => next,
            Ok(None) => {
                self.pending = change_now;
                return Err(BuildError::Content(report));
            }
            Err(failure) => {
                self.pending = change_now;
                if self.output.is_some() {
                    // The output folder may be half brought up to date: the
                    // next rebuild writes it whole.
                    self.state = None;
                }
                return Err(failure.into());
            }
        };
        self.pending = ChangeSet::default();
        self.pictures.keep_stamps(true);
        let pages_rendered = next.rendered;
        let changes = next.changes.clone();
        // The last state is dropped here: then the texts of the villages it
        // alone held can go.
        let state = self.state.insert(next);
        state.setup.load_options.texts.let_go();
        Ok(Rebuilt {
            pages_rendered,
            changes,
            warnings: report,
            elapsed: started.elapsed(),
            pictures: self.pictures.take_stats(),
        })
    }

    /// An empty in-memory site for a rebuild.
    fn sink(&self, config: &SiteConfig) -> MemorySink {
        MemorySink::new(self.options.minify).offline(self.options.offline_links(config))
    }

    fn rebuild_all(&self, report: &mut Report) -> Result<Option<State>, Failure> {
        let Some((setup, site)) = load(&self.options, Some(self.pictures.clone()), report)? else {
            return Ok(None);
        };
        let parts = Arc::new(PartsMemo::default());
        let Some(renderer) = Renderer::new(&site, &setup.theme, &self.options.root, report) else {
            return Ok(None);
        };
        let mut sink = self.sink(&site.config);
        if let Some(dir) = &self.output {
            // Rendered as before (minified when asked), written as it is.
            sink = sink.writing_into(output::stage(&self.options.root, dir, false)?);
        }
        let renderer = renderer.with_memo(&parts);
        let rendered = renderer.render_all(&sink, report);
        let (files, staging) = sink.into_staged();
        let stats = match rendered {
            Ok(stats) if !report.has_errors() => stats,
            other => {
                if let Some(staging) = staging {
                    staging.abandon();
                }
                return other.map(|_| None);
            }
        };
        if let Some(staging) = staging {
            if self.options.compress {
                staging.compress()?;
            }
            staging.commit()?;
        }
        let split_sitemap = renderer.sitemap_is_split();
        let shown = PortalShown::of(&renderer);
        let layout = renderer.layout();
        drop(renderer);
        let files: Files = files.into_iter().collect();
        let changes = match &self.state {
            Some(old) => Changes::between(&old.files, &files),
            None => Changes::between(&Files::new(), &files),
        };
        Ok(Some(State {
            setup: std::sync::Arc::new(setup),
            site,
            files,
            changes,
            shown,
            layout,
            split_sitemap,
            rendered: stats.pages,
            parts,
        }))
    }

    fn rebuild_villages(
        &self,
        change: &ChangeSet,
        report: &mut Report,
    ) -> Result<Option<State>, Failure> {
        let Some(state) = &self.state else {
            return Ok(None);
        };
        let root = &self.options.root;
        let site = reload_villages(root, state, change, report);
        if report.has_errors() {
            return Ok(None);
        }
        let Some(renderer) = Renderer::new(&site, &state.setup.theme, root, report) else {
            return Ok(None);
        };
        for slug in &change.villages {
            if !site.villages.iter().any(|v| &v.slug == slug) {
                state.parts.forget(slug);
            }
        }
        // Every page shows the portal's sections and whether the site is one
        // village's: when an edit changes these, every village's pages change.
        let layout = renderer.layout();
        if layout != state.layout {
            drop(renderer);
            return self.rebuild_all(report);
        }
        let renderer = renderer.with_memo(&state.parts);
        let sink = self.sink(&site.config);
        // The portal's pages list every village; only those that show what an
        // edited village changed are rendered again (a news edit changes none,
        // a slogan its kecamatan's page). A sitemap split in parts, or put
        // together again, replaces all the portal's files.
        let (shown, work) = state.shown.after(&state.site, &renderer, &change.villages);
        let split_sitemap = renderer.sitemap_is_split();
        let work = match split_sitemap != state.split_sitemap {
            true => PortalWork::all(),
            false => work,
        };
        if !work.is_nothing() {
            state.parts.forget_portal();
        }
        let mut rendered = renderer.render_portal_work(&work, &sink, report)?.pages;
        // The search index, sitemap and portal feeds list every page: always
        // fresh. Each village's own index files depend on it alone: only the
        // changed villages' are made again, unless the portal's files are
        // replaced whole.
        let own = match work.is_all() {
            true => OwnFiles::All,
            false => OwnFiles::Only(&change.villages),
        };
        rendered += renderer.render_indexes(&sink, own)?.pages;
        for village in site
            .villages
            .iter()
            .filter(|v| change.villages.contains(&v.slug))
        {
            rendered += renderer.render_village(village, &sink, report)?.pages;
        }
        if report.has_errors() {
            return Ok(None);
        }
        // Keep every other village's files; replace the portal's (when all of
        // them were rendered again) and the changed villages'.
        let prefixes = renderer.language_prefixes();
        let mut replaced: Vec<String> = Vec::new();
        for slug in &change.villages {
            for prefix in &prefixes {
                // A village's paths: `<prefix><slug>/...`, up to `<prefix><slug>0`.
                let (from, to) = (format!("{prefix}{slug}/"), format!("{prefix}{slug}0"));
                replaced.extend(state.files.range(from..to).map(|(path, _)| path.clone()));
            }
        }
        if work.is_all() {
            let villages: BTreeSet<&str> = state
                .site
                .villages
                .iter()
                .chain(&site.villages)
                .map(|v| v.slug.as_str())
                .collect();
            replaced.extend(
                state
                    .files
                    .keys()
                    .filter(|path| {
                        render::owner(path, &prefixes).is_none_or(|o| !villages.contains(o))
                    })
                    .cloned(),
            );
        }
        let fresh = sink.into_files();
        let mut files = state.files.clone();
        let mut changes = Changes::default();
        for path in replaced {
            if !fresh.contains_key(&path) && files.remove(&path).is_some() {
                changes.removed.push(path);
            }
        }
        for (path, entry) in fresh {
            if files.get(&path) != Some(&entry) {
                changes.written.push(path.clone());
                files.insert(path, entry);
            }
        }
        // `written` follows the fresh files' order; `removed`, the villages'.
        changes.removed.sort();
        if let Some(dir) = &self.output {
            self.bring_up_to_date(dir, &changes, &mut files)?;
        }
        let setup = std::sync::Arc::clone(&state.setup);
        Ok(Some(State {
            setup,
            site,
            files,
            changes,
            shown,
            layout,
            split_sitemap,
            rendered,
            parts: Arc::clone(&state.parts),
        }))
    }

    /// Writes `changes` into the output folder `dir`, then keeps only the
    /// digests of the files written.
    fn bring_up_to_date(
        &self,
        dir: &Path,
        changes: &Changes,
        files: &mut Files,
    ) -> Result<(), Failure> {
        if self.options.compress {
            compress::remove_copies(dir, &changes.removed)?;
        }
        output::apply(dir, changes, files)?;
        if self.options.compress {
            compress::compress_files(dir, None, &changes.written)?;
        }
        for path in &changes.written {
            if let Some(entry) = files.get_mut(path) {
                *entry = entry.written();
            }
        }
        Ok(())
    }
}

/// The last good site with the villages of `change` loaded again (a removed
/// folder's village dropped), in slug order; problems go to `report`.
fn reload_villages(root: &Path, state: &State, change: &ChangeSet, report: &mut Report) -> Site {
    let mut site = state.site.clone();
    for slug in &change.villages {
        site.villages.retain(|v| &v.slug != slug);
        if !root.join("content").join(slug).is_dir() {
            continue;
        }
        if let Some(d) = content::check_village_folder(slug, &state.setup.load_options) {
            report.push(d);
            continue;
        }
        if let Some(village) = content::load_village(
            root,
            slug,
            &state.setup.config,
            &state.setup.load_options,
            report,
        ) {
            site.villages.push(std::sync::Arc::new(village));
        }
    }
    site.villages.sort_by(|a, b| a.slug.cmp(&b.slug));
    site
}
