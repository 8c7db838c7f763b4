//! Incremental rebuilds: after any sequence of edits, the site in memory (serve)
//! and the output folder (build --watch) equal a clean build of the same content.

use crate::common::{Running, Site, copy_tree, wait_until};
use kampung::output::Entry;
use kampung::{BuildOptions, ChangeSet, Session};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The bytes of every file of an in-memory site.
fn bytes(files: &BTreeMap<String, Entry>) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .map(|(p, e)| (p.clone(), e.bytes().unwrap().into_owned()))
        .collect()
}

/// A clean build of the site at `root`, in memory.
fn clean(root: &Path) -> Option<BTreeMap<String, Vec<u8>>> {
    let mut session = Session::new(BuildOptions::new(root));
    session.rebuild(&ChangeSet::everything()).ok()?;
    session.files().map(bytes)
}

/// A small deterministic random number generator (xorshift).
struct Rng(u64);

impl Rng {
    fn next(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// One random edit of the site at `root`; returns the paths it touched (relative).
fn random_edit(root: &Path, rng: &mut Rng, step: usize) -> Vec<PathBuf> {
    let rel = |p: &str| PathBuf::from(p);
    let villages: Vec<String> = std::fs::read_dir(root.join("content"))
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .collect();
    let village = &villages[rng.next(villages.len())];
    match rng.next(8) {
        0 => {
            // Create a news item.
            let path = format!("content/{village}/berita/acak-{step}.md");
            std::fs::create_dir_all(root.join(format!("content/{village}/berita"))).unwrap();
            let text = format!(
                "---\njudul: Kabar acak {step}\ntanggal: 2026-0{}-1{}\n---\nIsi {step}.\n",
                1 + rng.next(9),
                rng.next(9)
            );
            std::fs::write(root.join(&path), text).unwrap();
            vec![rel(&path)]
        }
        1 => {
            // Modify a Markdown file by appending a paragraph.
            let files = markdown_files(root, village);
            let Some(file) = files.get(rng.next(files.len().max(1))) else {
                return vec![];
            };
            let mut text = std::fs::read_to_string(root.join(file)).unwrap();
            text.push_str(&format!("\nParagraf tambahan {step}.\n"));
            std::fs::write(root.join(file), text).unwrap();
            vec![file.clone()]
        }
        2 => {
            // Delete a Markdown file.
            let files = markdown_files(root, village);
            let Some(file) = files.get(rng.next(files.len().max(1))) else {
                return vec![];
            };
            std::fs::remove_file(root.join(file)).unwrap();
            vec![file.clone()]
        }
        3 => {
            // Rename a Markdown file (a translation loses its partner: may be an error).
            let files = markdown_files(root, village);
            let Some(file) = files.get(rng.next(files.len().max(1))) else {
                return vec![];
            };
            let to = file.with_file_name(format!("pindah-{step}.md"));
            std::fs::rename(root.join(file), root.join(&to)).unwrap();
            vec![file.clone(), to]
        }
        4 => {
            // Change the slogan (shown on the portal too).
            let path = format!("content/{village}/desa.yaml");
            let text = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
            let text = text
                .lines()
                .filter(|l| !l.starts_with("slogan:"))
                .collect::<Vec<_>>()
                .join("\n");
            std::fs::write(root.join(&path), format!("{text}\nslogan: Slogan {step}\n")).unwrap();
            vec![rel(&path)]
        }
        5 => {
            // A bad edit (broken YAML), fixed by a later step of kind 4.
            let path = format!("content/{village}/desa.yaml");
            let mut text = std::fs::read_to_string(root.join(&path)).unwrap_or_default();
            text.push_str("\nslogan: [tidak ditutup\n");
            std::fs::write(root.join(&path), text).unwrap();
            vec![rel(&path)]
        }
        6 => {
            // A new village, copied from another, or one removed.
            if villages.len() > 2 && rng.next(2) == 0 {
                let gone = villages.iter().find(|v| v.starts_with("salinan")).cloned();
                if let Some(gone) = gone {
                    std::fs::remove_dir_all(root.join("content").join(&gone)).unwrap();
                    return vec![rel(&format!("content/{gone}"))];
                }
            }
            let new = format!("salinan-{step}");
            copy_tree(
                &root.join("content").join(village),
                &root.join("content").join(&new),
            );
            vec![rel(&format!("content/{new}"))]
        }
        _ => {
            // Change the budget of a year.
            let path = format!("content/{village}/apbdes/2030.yaml");
            std::fs::create_dir_all(root.join(format!("content/{village}/apbdes"))).unwrap();
            let amount = 1000 + rng.next(100000);
            let text = format!(
                "tahun: 2030\nstatus: penetapan\npendapatan:\n  - {{ kode: \"4.2.1\", anggaran: {amount} }}\nbelanja:\n  - {{ bidang: 1, anggaran: {amount} }}\n"
            );
            std::fs::write(root.join(&path), text).unwrap();
            vec![rel(&path)]
        }
    }
}

fn markdown_files(root: &Path, village: &str) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(root.join("content").join(village))
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "md"))
        .map(|e| e.path().strip_prefix(root).unwrap().to_path_buf())
        .collect();
    files.sort();
    files
}

#[test]
fn random_edit_sequences_end_equal_to_a_clean_build() {
    let seeds = [7_u64, 1234, 98_765];
    let failures: Vec<String> = std::thread::scope(|scope| {
        let runs: Vec<_> = seeds
            .iter()
            .map(|seed| scope.spawn(move || random_run(*seed, 40)))
            .collect();
        runs.into_iter()
            .filter_map(|r| r.join().expect("a run").err())
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// `steps` random edits from `seed`, each followed by an incremental rebuild that
/// must equal a clean build (or fail exactly when a clean build fails).
fn random_run(seed: u64, steps: usize) -> Result<(), String> {
    let site = Site::new("basic");
    let root = site.root().to_path_buf();
    let mut session = Session::new(BuildOptions::new(&root));
    session
        .rebuild(&ChangeSet::everything())
        .map_err(|e| format!("the fixture does not build: {e:?}"))?;
    let mut rng = Rng(seed);
    for step in 0..steps {
        let touched = random_edit(&root, &mut rng, step);
        let mut change = ChangeSet::default();
        for path in &touched {
            change.add(path);
        }
        let before = session.files().map(bytes);
        let result = session.rebuild(&change);
        let context = format!("seed {seed} step {step}: {touched:?}");
        match (result, clean(&root)) {
            (Ok(_), Some(expected)) => {
                if bytes(session.files().unwrap()) != expected {
                    return Err(format!("{context} differs from a clean build"));
                }
            }
            (Err(_), None) => {
                if session.files().map(bytes) != before {
                    return Err(format!("{context}: a failed rebuild changed the site"));
                }
            }
            (Ok(_), None) => return Err(format!("{context} rebuilt, but a clean build fails")),
            (Err(e), Some(_)) => {
                return Err(format!("{context} failed ({e:?}), but a clean build works"));
            }
        }
    }
    Ok(())
}

#[test]
fn build_watch_keeps_the_output_folder_equal_to_a_clean_build() {
    let site = Site::new("basic");
    let root = site.root().to_str().unwrap().to_string();
    let watcher = Running::start(
        &["build", "--watch", "--root", &root, "--debounce", "50"],
        "Updated",
    );
    let stamp = |p: &str| std::fs::metadata(site.path(p)).unwrap().modified().unwrap();
    let untouched_before = stamp("public/beta/index.html");
    site.write(
        "content/alpha/berita/baru.md",
        "---\njudul: Kabar baru\ntanggal: 2026-11-21\n---\nIsi.\n",
    );
    assert!(wait_until(10, || site
        .path("public/alpha/berita/baru/index.html")
        .is_file()));
    site.remove("content/alpha/halaman/profil.md");
    assert!(wait_until(10, || !site
        .path("public/alpha/profil")
        .exists()));
    let good = site.read("content/alpha/desa.yaml");
    site.write("content/alpha/desa.yaml", "nama: [rusak\n");
    assert!(wait_until(10, || watcher.count("Updated") >= 3));
    std::thread::sleep(std::time::Duration::from_millis(300));
    assert!(
        site.path("public/alpha/index.html").is_file(),
        "a bad edit leaves the output alone"
    );
    site.write(
        "content/alpha/desa.yaml",
        &good.replace("Rukun dan makmur", "Kembali baik"),
    );
    assert!(wait_until(10, || site
        .read("public/alpha/index.html")
        .contains("Kembali baik")));
    // Let that rebuild finish writing (it prints its line at the end) before stopping.
    assert!(wait_until(10, || watcher.count("Updated") >= 4));
    drop(watcher);
    // Files of a village that did not change were not rewritten.
    assert_eq!(stamp("public/beta/index.html"), untouched_before);
    let watched = site.snapshot("public");
    let clean_dir = site.path("clean");
    let run = site.run(&["build", "--output", clean_dir.to_str().unwrap()]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        watched == site.snapshot("clean"),
        "the watched output differs from a clean build"
    );
}
