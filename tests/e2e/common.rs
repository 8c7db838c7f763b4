//! Helpers shared by the end-to-end tests: fixture sites in temporary folders,
//! the real binary, and readers for its output.

#![allow(dead_code)]

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A copy of a fixture site in a temporary folder.
pub struct Site {
    dir: tempfile::TempDir,
}

/// What one run of the binary did.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

pub fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures")
}

/// Copies every file under `from` into `to`, replacing files that exist.
pub fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            fs::create_dir_all(&target).unwrap();
        } else {
            fs::copy(entry.path(), &target).unwrap();
        }
    }
}

impl Site {
    /// A fresh copy of `tests/fixtures/<name>`.
    pub fn new(name: &str) -> Site {
        let dir = tempfile::tempdir().unwrap();
        copy_tree(&fixtures().join(name), dir.path());
        Site { dir }
    }

    /// A copy of the repository's own sample site (content/ only).
    pub fn sample() -> Site {
        let dir = tempfile::tempdir().unwrap();
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        copy_tree(&repo.join("content"), &dir.path().join("content"));
        Site { dir }
    }

    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.root().join(rel)
    }

    /// Lays `tests/fixtures/invalid/<case>` over the site.
    pub fn overlay(&self, case: &str) {
        copy_tree(&fixtures().join("invalid").join(case), self.root());
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }

    pub fn remove(&self, rel: &str) {
        let path = self.path(rel);
        if path.is_dir() {
            fs::remove_dir_all(path).unwrap();
        } else {
            fs::remove_file(path).unwrap();
        }
    }

    /// Runs `kampung <args> --root <site>`.
    pub fn run(&self, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        let root = self.root().to_str().unwrap().to_string();
        all.push("--root");
        all.push(&root);
        run(&all)
    }

    pub fn build(&self) -> Run {
        let run = self.run(&["build"]);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    pub fn read(&self, rel: &str) -> String {
        fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("reading {rel}: {e}"))
    }

    pub fn page(&self, rel: &str) -> scraper::Html {
        scraper::Html::parse_document(&self.read(rel))
    }

    /// Every file under `rel` with its bytes.
    pub fn snapshot(&self, rel: &str) -> BTreeMap<PathBuf, Vec<u8>> {
        let base = self.path(rel);
        walkdir::WalkDir::new(&base)
            .into_iter()
            .map(Result::unwrap)
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                (
                    e.path().strip_prefix(&base).unwrap().to_path_buf(),
                    fs::read(e.path()).unwrap(),
                )
            })
            .collect()
    }
}

/// Runs the real binary with `args`.
pub fn run(args: &[&str]) -> Run {
    let out = Command::new(env!("CARGO_BIN_EXE_kampung"))
        .args(args)
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The texts of the elements matching `selector`.
pub fn texts(page: &scraper::Html, selector: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(selector).unwrap();
    page.select(&sel)
        .map(|e| {
            e.text()
                .collect::<String>()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .trim()
                .to_string()
        })
        .collect()
}

/// The values of attribute `attr` on elements matching `selector`.
pub fn attrs(page: &scraper::Html, selector: &str, attr: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(selector).unwrap();
    page.select(&sel)
        .filter_map(|e| e.value().attr(attr).map(String::from))
        .collect()
}

/// Every broken internal reference in the HTML under `dir`: links, images and
/// stylesheets that point to no file, and fragments that name no element.
pub fn broken_links(dir: &Path) -> Vec<String> {
    let mut broken = Vec::new();
    let mut ids: BTreeMap<PathBuf, Vec<String>> = BTreeMap::new();
    let mut refs = Vec::new();
    for entry in walkdir::WalkDir::new(dir).into_iter().map(Result::unwrap) {
        let path = entry.path();
        if path.extension().is_none_or(|e| e != "html") {
            continue;
        }
        let page = scraper::Html::parse_document(&fs::read_to_string(path).unwrap());
        ids.insert(path.to_path_buf(), attrs(&page, "[id]", "id"));
        for (sel, attr) in [
            ("a[href]", "href"),
            ("link[href]", "href"),
            ("img[src]", "src"),
        ] {
            for target in attrs(&page, sel, attr) {
                refs.push((path.to_path_buf(), target));
            }
        }
    }
    for (from, target) in refs {
        if target.contains(':') || target.starts_with("//") {
            continue; // absolute URL, tel:, mailto:
        }
        // The 404 page uses root-absolute links by design.
        let (file_part, fragment) = match target.split_once('#') {
            Some((f, frag)) => (f.to_string(), Some(frag.to_string())),
            None => (target.clone(), None),
        };
        let resolved = if file_part.is_empty() {
            from.clone()
        } else if let Some(abs) = file_part.strip_prefix('/') {
            dir.join(abs)
        } else {
            from.parent().unwrap().join(&file_part)
        };
        let mut resolved = normalise(&resolved);
        if file_part.ends_with('/') || resolved.is_dir() {
            resolved = resolved.join("index.html");
        }
        if !resolved.starts_with(dir) || !resolved.is_file() {
            broken.push(format!(
                "{} -> {target}",
                from.strip_prefix(dir).unwrap().display()
            ));
            continue;
        }
        if let Some(fragment) = fragment {
            let known = ids
                .get(&resolved)
                .is_some_and(|ids| ids.contains(&fragment));
            if !fragment.is_empty() && !known {
                broken.push(format!(
                    "{} -> {target} (no such anchor)",
                    from.strip_prefix(dir).unwrap().display()
                ));
            }
        }
    }
    broken
}

fn normalise(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for c in path.components() {
        match c {
            std::path::Component::ParentDir => {
                out.pop();
            }
            std::path::Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}

/// The rows matching `selector` (`tr` elements), each as its cells' texts joined by a space.
pub fn rows(page: &scraper::Html, selector: &str) -> Vec<String> {
    let sel = scraper::Selector::parse(selector).unwrap();
    let cells = scraper::Selector::parse("th, td").unwrap();
    page.select(&sel)
        .map(|tr| {
            tr.select(&cells)
                .map(|c| {
                    c.text()
                        .collect::<String>()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                })
                .collect::<Vec<_>>()
                .join(" ")
                .trim()
                .to_string()
        })
        .collect()
}
