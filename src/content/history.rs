//! When content files were last changed, from the site's git history: the
//! "Diperbarui" date of a service page.
//!
//! One `git log` per build reads the dates of every service catalogue
//! (`content/*/layanan.yaml`) at once: a git run per file cost a few
//! milliseconds each, which is seconds on a regency and minutes on the national
//! site. A site that is no git checkout, or a machine without git, has no
//! history, and the pages fall back to each service's `diperbarui` field.

use super::Date;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The files whose last change the pages show.
const TRACKED: &str = ":(glob)content/*/layanan.yaml";

/// The date of the last commit of each tracked file, by its path from the
/// site's root (`content/kemiren/layanan.yaml`).
#[derive(Debug, Default)]
pub struct History {
    dates: HashMap<PathBuf, Date>,
}

impl History {
    /// Reads the history of the site at `root` with one `git log`; empty when
    /// the site is no git checkout or git cannot be run.
    pub fn read(root: &Path) -> History {
        let out = std::process::Command::new("git")
            .arg("-C")
            .arg(root)
            .args([
                "log",
                "--format=%x01%cs",
                "--name-only",
                "-z",
                "--relative",
                "--",
            ])
            .arg(TRACKED)
            .stdin(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .output();
        match out {
            Ok(out) if out.status.success() => {
                History::parse(&String::from_utf8_lossy(&out.stdout))
            }
            _ => History::default(),
        }
    }

    /// Reads `git log --format=%x01%cs --name-only -z` output: for each commit,
    /// newest first, `\x01<date>\0` and then the files it changed, each ending
    /// in `\0`. A file's first date is its last change.
    fn parse(log: &str) -> History {
        let mut dates = HashMap::new();
        for commit in log.split('\u{1}').filter(|c| !c.is_empty()) {
            let mut parts = commit.split('\0');
            let Some(date) = parts.next().and_then(|d| Date::parse(d.trim())) else {
                continue;
            };
            for file in parts.map(str::trim).filter(|f| !f.is_empty()) {
                dates.entry(PathBuf::from(file)).or_insert(date);
            }
        }
        History { dates }
    }

    /// The date of the last commit that changed `rel` (a path from the site's
    /// root), if the history knows it.
    pub fn last_change(&self, rel: &Path) -> Option<Date> {
        self.dates.get(rel).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_newest_commit_of_a_file_is_its_last_change() {
        let log = "\u{1}2026-11-27\0\ncontent/a/layanan.yaml\0content/b/layanan.yaml\0\
                   \u{1}2026-10-01\0\ncontent/a/layanan.yaml\0content/c/layanan.yaml\0";
        let history = History::parse(log);
        let date = |f: &str| history.last_change(Path::new(f)).map(|d| d.to_string());
        assert_eq!(
            date("content/a/layanan.yaml").as_deref(),
            Some("2026-11-27")
        );
        assert_eq!(
            date("content/c/layanan.yaml").as_deref(),
            Some("2026-10-01")
        );
        assert_eq!(date("content/d/layanan.yaml"), None);
    }

    #[test]
    fn no_git_checkout_has_no_history() {
        let dir = tempfile::tempdir().unwrap();
        assert!(History::read(dir.path()).dates.is_empty());
    }

    /// The repository's own sample is a git checkout (when tests run from one):
    /// every catalogue of the sample has a date.
    #[test]
    fn the_sample_in_this_repository_has_dates() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        if !root.join(".git").exists() {
            return;
        }
        let history = History::read(root);
        assert!(
            history
                .last_change(Path::new("content/kemiren/layanan.yaml"))
                .is_some()
        );
    }
}
