//! Writing what the forms save: first into a shadow copy of the site (hard
//! links of its files, the new files written over them) that kampung's own
//! `check` judges; only when the saved files pass is each written into
//! `content/`, atomically (a hidden temporary file in the same folder, then a
//! rename), so the watcher rebuilds once per file and a refused save leaves
//! every file as it was.

use super::paths::Allowed;
use crate::build::{BuildError, BuildOptions};
use crate::diagnostic::Diagnostic;
use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// One file to write: where, and its bytes.
pub struct Pending {
    pub path: Allowed,
    pub bytes: Vec<u8>,
}

/// Writes `bytes` to `path` atomically: a hidden temporary file next to it,
/// synced, then renamed over it. Creates the folder when it is missing.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> io::Result<()> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().ok_or(io::ErrorKind::InvalidInput)?;
    fs::create_dir_all(dir)?;
    let name = path.file_name().ok_or(io::ErrorKind::InvalidInput)?;
    let temp = dir.join(format!(
        ".{}.{}-{}.kampung-admin.tmp",
        name.to_string_lossy(),
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    ));
    let written = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)
    })();
    if written.is_err() {
        let _ = fs::remove_file(&temp);
    }
    written
}

/// A shadow copy of the site under `<root>/.kampung-cache/`, removed when dropped.
struct Shadow(PathBuf);

impl Drop for Shadow {
    fn drop(&mut self) {
        let _ = fs::remove_dir_all(&self.0);
    }
}

/// Links (or, across file systems, copies) every file of `from` into `to`.
fn link_tree(from: &Path, to: &Path) -> io::Result<()> {
    fs::create_dir_all(to)?;
    for entry in fs::read_dir(from)? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            link_tree(&entry.path(), &target)?;
        } else if kind.is_file() && fs::hard_link(entry.path(), &target).is_err() {
            fs::copy(entry.path(), &target)?;
        }
    }
    Ok(())
}

/// What `check` says about the site with `pending` written into it: the errors
/// in the files saved (an empty list: they pass). Errors in other files (which
/// were there before) do not stop a save.
pub fn check(root: &Path, drafts: bool, pending: &[Pending]) -> io::Result<Vec<Diagnostic>> {
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let shadow = Shadow(root.join(".kampung-cache").join(format!(
        "formulir-{}-{}",
        std::process::id(),
        NEXT.fetch_add(1, Ordering::Relaxed)
    )));
    for folder in ["content", "themes", "templates"] {
        if root.join(folder).is_dir() {
            link_tree(&root.join(folder), &shadow.0.join(folder))?;
        }
    }
    for file in pending {
        let at = file.path.under(&shadow.0);
        // A link shares its bytes with the real file: replace it, never write through it.
        let _ = fs::remove_file(&at);
        if let Some(dir) = at.parent() {
            fs::create_dir_all(dir)?;
        }
        fs::write(&at, &file.bytes)?;
    }
    let mut options = BuildOptions::new(&shadow.0);
    options.drafts = drafts;
    let mut villages: Vec<String> = pending
        .iter()
        .filter_map(|p| p.path.village.clone())
        .collect();
    villages.sort();
    villages.dedup();
    if pending.iter().all(|p| p.path.village.is_some()) {
        options.only = villages;
    }
    let saved: Vec<PathBuf> = pending.iter().map(|p| PathBuf::from(&p.path.rel)).collect();
    Ok(match crate::build::check(&options) {
        Ok(_) => Vec::new(),
        Err(BuildError::Content(report)) => report
            .sorted()
            .into_iter()
            .filter(|d| d.is_error() && saved.contains(&d.file))
            .cloned()
            .collect(),
        Err(BuildError::Failure(f)) => return Err(io::Error::other(f.to_string())),
    })
}
