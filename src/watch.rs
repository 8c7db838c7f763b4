//! Watching the site's sources: file-system events in, debounced and classified
//! [`ChangeSet`]s out, handed to a callback. Nothing here knows of HTTP or
//! rendering; `serve` and `build --watch` pass what to do after each change.

use crate::build::ChangeSet;
use crate::diagnostic::Failure;
use notify::{Event, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How to watch.
#[derive(Debug, Clone, Copy)]
pub struct WatchOptions {
    /// Poll the file system instead of using native events (network shares,
    /// some containers and WSL setups).
    pub poll: bool,
    /// Quiet time after the last event before a rebuild starts.
    pub debounce: Duration,
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            poll: false,
            debounce: Duration::from_millis(100),
        }
    }
}

/// True for events that only tell a file was opened or read.
fn is_read_only(kind: &notify::EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode, EventKind};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => false,
        EventKind::Access(_) => true,
        _ => false,
    }
}

/// The folders of a site that are watched: `content/`, `templates/`, `themes/`.
fn watched(root: &Path) -> Vec<PathBuf> {
    ["content", "templates", "themes"]
        .iter()
        .map(|d| root.join(d))
        .filter(|d| d.is_dir())
        .collect()
}

/// Watching in progress: events are collected from the moment [`start`] returns,
/// so that a change made during the first build is not lost.
pub struct Watching {
    root: PathBuf,
    options: WatchOptions,
    watcher: Box<dyn Watcher>,
    rx: mpsc::Receiver<notify::Result<Event>>,
}

/// Starts watching the site at `root`.
pub fn start(root: &Path, options: &WatchOptions) -> Result<Watching, Failure> {
    let root = std::path::absolute(root).map_err(|e| Failure::io("K0902", root, &e))?;
    let root = root.canonicalize().unwrap_or(root);
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher: Box<dyn Watcher> = if options.poll {
        // Contents are compared, not only modification times: those can be as
        // coarse as a second on network and FAT file systems.
        let interval = options.debounce.max(Duration::from_millis(200));
        let config = notify::Config::default()
            .with_poll_interval(interval)
            .with_compare_contents(true);
        Box::new(
            notify::PollWatcher::new(tx, config)
                .map_err(|e| Failure::new(format!("cannot watch files: {e}")))?,
        )
    } else {
        Box::new(
            notify::recommended_watcher(tx)
                .map_err(|e| Failure::new(format!("cannot watch files: {e}")).hint("try --poll"))?,
        )
    };
    for dir in watched(&root) {
        watcher.watch(&dir, RecursiveMode::Recursive).map_err(|e| {
            Failure::new(format!("cannot watch {}: {e}", dir.display())).hint("try --poll")
        })?;
    }
    // The site root itself, not recursively, to notice templates/ or themes/ appearing.
    let _ = watcher.watch(&root, RecursiveMode::NonRecursive);
    Ok(Watching {
        root,
        options: *options,
        watcher,
        rx,
    })
}

impl Watching {
    /// Calls `on_change` once per burst of changes, after `debounce` of quiet.
    /// Returns only if watching fails or `on_change` returns `false`.
    pub fn run(self, mut on_change: impl FnMut(ChangeSet) -> bool) -> Result<(), Failure> {
        let Watching {
            root,
            options,
            mut watcher,
            rx,
        } = self;
        let relative = |path: &Path| -> Option<PathBuf> {
            let path = path
                .strip_prefix(&root)
                .ok()
                .map(Path::to_path_buf)
                .or_else(|| {
                    let canonical = path.canonicalize().ok()?;
                    canonical.strip_prefix(&root).ok().map(Path::to_path_buf)
                })?;
            Some(path)
        };
        loop {
            // Wait for the first event of a burst.
            let first = match rx.recv() {
                Ok(event) => event,
                Err(_) => return Err(Failure::new("the file watcher stopped")),
            };
            let mut change = ChangeSet::default();
            let add = |event: notify::Result<Event>, change: &mut ChangeSet| match event {
                // Reading files (the build itself does) changes nothing.
                Ok(event) if is_read_only(&event.kind) => {}
                Ok(event) => {
                    for path in &event.paths {
                        if let Some(rel) = relative(path) {
                            if rel.components().count() == 1
                                && matches!(rel.to_str(), Some("templates" | "themes"))
                            {
                                change.full = true;
                            }
                            change.add(&rel);
                        }
                    }
                }
                // An overflowed event queue loses events: rebuild everything.
                Err(_) => change.full = true,
            };
            add(first, &mut change);
            // Then collect until the burst has been quiet for `debounce`, at most 5 s.
            let started = Instant::now();
            loop {
                match rx.recv_timeout(options.debounce) {
                    Ok(event) => add(event, &mut change),
                    Err(RecvTimeoutError::Timeout) => break,
                    Err(RecvTimeoutError::Disconnected) => {
                        return Err(Failure::new("the file watcher stopped"));
                    }
                }
                if started.elapsed() > Duration::from_secs(5) {
                    break;
                }
            }
            if change.full && !watched(&root).is_empty() {
                // A new templates/ or themes/ folder is watched from now on.
                for dir in watched(&root) {
                    let _ = watcher.watch(&dir, RecursiveMode::Recursive);
                }
            }
            if !change.is_empty() && !on_change(change) {
                return Ok(());
            }
        }
    }
}
