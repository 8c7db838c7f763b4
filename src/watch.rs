//! Watching the site's sources: file-system events in, debounced and classified
//! [`ChangeSet`]s out, handed to a callback. Nothing here knows of HTTP or
//! rendering; `serve` and `build --watch` pass what to do after each change.
//!
//! A watched folder can be replaced while it is watched: restoring a backup
//! deletes `content/` and copies it back, and a copy can be renamed in its
//! place. Native watchers follow the old folder (inotify watches an inode, not a
//! name) and would see nothing more. So after every burst of events, and every
//! [`MISSING_POLL`] while `content/` is missing, each watched folder is looked at
//! again: gone, it is reported [`Notice::Lost`]; back, or another folder in its
//! place, it is watched afresh, reported [`Notice::Back`], and the whole site is
//! rebuilt. (mdBook's native watcher and Hugo before its fix for this lose the
//! folder the same way; mdBook's poller and Hugo's watcher look again, as here.)

use crate::build::ChangeSet;
use crate::diagnostic::Failure;
use crate::message::Message;
use crate::msg;
use notify::{Event, EventKind, RecursiveMode, Watcher};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::time::{Duration, Instant};

/// How to watch.
#[derive(Debug, Clone, Copy)]
pub struct WatchOptions {
    /// Poll the file system instead of using native events (network shares,
    /// some containers and WSL setups).
    pub poll: bool,
    /// Quiet time after the last event before a rebuild starts, while a
    /// written file may still be open; once every file written in the burst
    /// has been closed (or renamed into place), a fifth of it
    /// ([`WatchOptions::settled`]).
    pub debounce: Duration,
}

impl WatchOptions {
    /// The quiet time after the last event once every file written in the
    /// burst is complete: closed after writing, renamed into place, or
    /// removed. An editor's save ends with the file's close, so the rebuild
    /// need not wait out the whole debounce, which stays for writes whose end
    /// the system does not tell (Windows, polling, a file kept open).
    pub fn settled(&self) -> Duration {
        self.debounce / 5
    }
}

impl Default for WatchOptions {
    fn default() -> Self {
        WatchOptions {
            poll: false,
            debounce: Duration::from_millis(100),
        }
    }
}

/// How often to look whether a missing `content/` is back.
pub const MISSING_POLL: Duration = Duration::from_millis(250);

/// The folders of a site that are watched.
const FOLDERS: [&str; 3] = ["content", "templates", "themes"];

/// The one folder a site cannot be built without; its loss is reported.
const REQUIRED: &str = "content";

/// What the watcher tells besides changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// The folder (relative to the site root, `content`) is gone: nothing is
    /// rebuilt until it is back.
    Lost(PathBuf),
    /// The folder is back, or another one took its place, and is watched again;
    /// the whole site is rebuilt next.
    Back(PathBuf),
}

impl Notice {
    /// What to tell the admin, from the catalogue.
    pub fn message(&self) -> Message {
        // Shown as a folder: `content/`.
        let shown = |folder: &Path| format!("{}/", folder.display());
        match self {
            Notice::Lost(folder) => msg!("K0954", path = shown(folder)),
            Notice::Back(folder) => msg!("serve-watch-back", path = shown(folder)),
        }
    }
}

/// True for events that only tell a file was opened or read.
fn is_read_only(kind: &EventKind) -> bool {
    use notify::event::{AccessKind, AccessMode};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => false,
        EventKind::Access(_) => true,
        _ => false,
    }
}

/// What an event tells of whether its file's content is complete: `Some(false)`
/// for a file written to (or created) and not closed yet, `Some(true)` for one
/// closed after writing, renamed into place, removed or only touched, `None`
/// for events that tell nothing of it.
fn completes(kind: &EventKind) -> Option<bool> {
    use notify::event::{AccessKind, AccessMode, CreateKind, ModifyKind};
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => Some(true),
        EventKind::Create(CreateKind::Folder) => Some(true),
        EventKind::Create(_) => Some(false),
        EventKind::Modify(ModifyKind::Name(_) | ModifyKind::Metadata(_)) => Some(true),
        EventKind::Modify(_) => Some(false),
        EventKind::Remove(_) => Some(true),
        _ => None,
    }
}

/// True for events that make a name appear, go, or point elsewhere.
fn renames(kind: &EventKind) -> bool {
    use notify::event::ModifyKind;
    matches!(
        kind,
        EventKind::Create(_) | EventKind::Remove(_) | EventKind::Modify(ModifyKind::Name(_))
    )
}

/// What tells a folder from another put in its place (device and inode on
/// Unix, creation time on Windows); `None` when there is no folder at `path`.
fn identity(path: &Path) -> Option<u128> {
    let meta = std::fs::metadata(path).ok().filter(|m| m.is_dir())?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((u128::from(meta.dev()) << 64) | u128::from(meta.ino()))
    }
    #[cfg(windows)]
    {
        use std::os::windows::fs::MetadataExt;
        Some(u128::from(meta.creation_time()))
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = meta;
        Some(0)
    }
}

/// Watching in progress: events are collected from the moment [`start`] returns,
/// so that a change made during the first build is not lost.
pub struct Watching {
    root: PathBuf,
    options: WatchOptions,
    watcher: Box<dyn Watcher>,
    rx: mpsc::Receiver<notify::Result<Event>>,
    /// Each watched folder and what it was when last looked at.
    folders: Vec<(&'static str, Option<u128>)>,
}

/// Starts watching the site at `root`.
pub fn start(root: &Path, options: &WatchOptions) -> Result<Watching, Failure> {
    let root = std::path::absolute(root).map_err(|e| Failure::io("K0902", root, &e))?;
    let root = root.canonicalize().unwrap_or(root);
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let cannot = |e: notify::Error| Failure::new(msg!("K0951", sebab = e.to_string()));
    let mut watcher: Box<dyn Watcher> = if options.poll {
        // Contents are compared, not only modification times: those can be as
        // coarse as a second on network and FAT file systems.
        let interval = options.debounce.max(Duration::from_millis(200));
        let config = notify::Config::default()
            .with_poll_interval(interval)
            .with_compare_contents(true);
        Box::new(notify::PollWatcher::new(tx, config).map_err(cannot)?)
    } else {
        Box::new(notify::recommended_watcher(tx).map_err(cannot)?)
    };
    let mut folders = Vec::new();
    for name in FOLDERS {
        let dir = root.join(name);
        let id = identity(&dir);
        if id.is_some() {
            watcher
                .watch(&dir, RecursiveMode::Recursive)
                .map_err(|e| Failure::new(msg!("K0952", path = &dir, sebab = e.to_string())))?;
        }
        folders.push((name, id));
    }
    // The site root itself, not recursively, to notice a folder appearing, going
    // or being renamed.
    let _ = watcher.watch(&root, RecursiveMode::NonRecursive);
    Ok(Watching {
        root,
        options: *options,
        watcher,
        rx,
        folders,
    })
}

impl Watching {
    /// Calls `on_change` once per burst of changes, after `debounce` of quiet,
    /// and `on_notice` when `content/` is lost or back. Returns only if watching
    /// fails or `on_change` returns `false`.
    pub fn run(
        self,
        mut on_notice: impl FnMut(&Notice),
        mut on_change: impl FnMut(ChangeSet) -> bool,
    ) -> Result<(), Failure> {
        let Watching {
            root,
            options,
            mut watcher,
            rx,
            mut folders,
        } = self;
        let relative = |path: &Path| -> Option<PathBuf> {
            path.strip_prefix(&root)
                .ok()
                .map(Path::to_path_buf)
                .or_else(|| {
                    let canonical = path.canonicalize().ok()?;
                    canonical.strip_prefix(&root).ok().map(Path::to_path_buf)
                })
        };
        loop {
            let missing = folders
                .iter()
                .any(|(name, id)| *name == REQUIRED && id.is_none());
            let (mut change, renamed) = next_burst(&rx, &options, missing, &relative)?;
            let mut folders_now = Folders {
                root: &root,
                watcher: watcher.as_mut(),
                folders: &mut folders,
            };
            folders_now.look_again(&mut change, &renamed, &mut on_notice)?;
            let missing = folders
                .iter()
                .any(|(name, id)| *name == REQUIRED && id.is_none());
            if !missing && !change.is_empty() && !on_change(change) {
                return Ok(());
            }
        }
    }
}

/// Waits for the next burst of changes and collects it until it has been quiet
/// for `options.debounce` (at most 5 s): the changed paths (made relative to
/// the root by `relative`), and the watched folders an event named themselves as
/// created, removed or renamed. While `content/` is `missing`, returns after
/// [`MISSING_POLL`] with no change, so that it is looked for again.
fn next_burst(
    rx: &mpsc::Receiver<notify::Result<Event>>,
    options: &WatchOptions,
    missing: bool,
    relative: &dyn Fn(&Path) -> Option<PathBuf>,
) -> Result<(ChangeSet, Vec<PathBuf>), Failure> {
    let stopped = || Failure::new(msg!("K0953"));
    // Wait for the first event of a burst; while content/ is missing,
    // look for it again every MISSING_POLL as well.
    let first = if missing {
        match rx.recv_timeout(MISSING_POLL) {
            Ok(event) => Some(event),
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => return Err(stopped()),
        }
    } else {
        Some(rx.recv().map_err(|_| stopped())?)
    };
    let mut burst = Burst::default();
    if let Some(first) = first {
        burst.add(first, relative);
        // Then collect until the burst has been quiet for `debounce` (for
        // `settled` once every file written is closed), at most 5 s.
        let started = Instant::now();
        loop {
            let quiet = if burst.open.is_empty() {
                options.settled()
            } else {
                options.debounce
            };
            match rx.recv_timeout(quiet) {
                Ok(event) => burst.add(event, relative),
                Err(RecvTimeoutError::Timeout) => break,
                Err(RecvTimeoutError::Disconnected) => return Err(stopped()),
            }
            if started.elapsed() > Duration::from_secs(5) {
                break;
            }
        }
    }
    let Burst {
        change, renamed, ..
    } = burst;
    Ok((change, renamed))
}

/// The events of one burst, collected.
#[derive(Default)]
struct Burst {
    change: ChangeSet,
    /// Watched folders an event named themselves as created, removed or renamed.
    renamed: Vec<PathBuf>,
    /// Files written in this burst and not closed yet.
    open: std::collections::BTreeSet<PathBuf>,
}

impl Burst {
    /// Adds one event; `relative` makes its paths relative to the site's root.
    fn add(&mut self, event: notify::Result<Event>, relative: &dyn Fn(&Path) -> Option<PathBuf>) {
        let event = match event {
            // Reading files (the build itself does) changes nothing.
            Ok(event) if is_read_only(&event.kind) => return,
            Ok(event) => event,
            // An overflowed event queue loses events: rebuild everything.
            Err(_) => {
                self.change.full = true;
                return;
            }
        };
        let complete = completes(&event.kind);
        for path in &event.paths {
            match complete {
                Some(false) => self.open.insert(path.clone()),
                Some(true) => self.open.remove(path),
                None => false,
            };
            let Some(rel) = relative(path) else { continue };
            if rel.components().count() == 1 && renames(&event.kind) {
                self.renamed.push(rel.clone());
            }
            self.change.add(&rel);
        }
    }
}

/// The watched folders of a running [`Watching::run`], with the watcher.
struct Folders<'a> {
    root: &'a Path,
    watcher: &'a mut dyn Watcher,
    folders: &'a mut Vec<(&'static str, Option<u128>)>,
}

impl Folders<'_> {
    /// Looks at every watched folder again: gone, back, or replaced (also when
    /// `renamed` names it). A folder gone or replaced makes `change` full; for
    /// `content/`, `on_notice` is told.
    fn look_again(
        &mut self,
        change: &mut ChangeSet,
        renamed: &[PathBuf],
        on_notice: &mut impl FnMut(&Notice),
    ) -> Result<(), Failure> {
        for (name, seen) in self.folders.iter_mut() {
            let dir = self.root.join(*name);
            let now = identity(&dir);
            let replaced =
                now.is_some() && (now != *seen || renamed.iter().any(|r| r.as_os_str() == *name));
            if now.is_none() && seen.is_some() {
                let _ = self.watcher.unwatch(&dir);
                change.full = true;
                if *name == REQUIRED {
                    on_notice(&Notice::Lost(PathBuf::from(*name)));
                }
            } else if replaced {
                // Whatever notify still holds for the old folder goes first.
                let _ = self.watcher.unwatch(&dir);
                if let Err(e) = self.watcher.watch(&dir, RecursiveMode::Recursive) {
                    return Err(Failure::new(msg!(
                        "K0952",
                        path = &dir,
                        sebab = e.to_string()
                    )));
                }
                change.full = true;
                if *name == REQUIRED {
                    on_notice(&Notice::Back(PathBuf::from(*name)));
                }
            }
            *seen = now;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_replaced_folder_has_another_identity() {
        let dir = tempfile::tempdir().unwrap();
        let content = dir.path().join("content");
        assert_eq!(identity(&content), None);
        std::fs::create_dir(&content).unwrap();
        let first = identity(&content);
        assert!(first.is_some());
        std::fs::create_dir(dir.path().join("copy")).unwrap();
        std::fs::rename(&content, dir.path().join("old")).unwrap();
        std::fs::rename(dir.path().join("copy"), &content).unwrap();
        assert!(identity(&content).is_some());
        assert_ne!(identity(&content), first);
    }

    #[test]
    fn notices_come_from_the_catalogue() {
        let lost = Notice::Lost(PathBuf::from("content"));
        assert_eq!(lost.message().code(), Some("K0954"));
        assert_eq!(
            Notice::Back(PathBuf::from("content")).message().id(),
            "serve-watch-back"
        );
    }
}
