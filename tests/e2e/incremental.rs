//! Incremental rebuilds: after any sequence of edits, the site in memory (serve)
//! and the output folder (build --watch) equal a clean build of the same content.

use crate::common::{Running, Site, copy_tree, wait_until};
use crate::rng::Rng;
use kampung::output::{Entry, Files};
use kampung::{BuildOptions, ChangeSet, Session};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The bytes of every file of an in-memory site.
fn bytes(files: &Files) -> BTreeMap<String, Vec<u8>> {
    files
        .iter()
        .map(|(p, e)| (p.clone(), e.bytes().unwrap().into_owned()))
        .collect()
}

/// The first five paths (in path order) whose files differ between two sites.
fn first_differences<'a>(
    got: &'a BTreeMap<String, Vec<u8>>,
    expected: &'a BTreeMap<String, Vec<u8>>,
) -> Vec<&'a String> {
    let paths: std::collections::BTreeSet<&String> = got.keys().chain(expected.keys()).collect();
    (paths.into_iter())
        .filter(|p| got.get(*p) != expected.get(*p))
        .take(5)
        .collect()
}

/// A clean build of the site at `root`, in memory.
fn clean(root: &Path) -> Option<BTreeMap<String, Vec<u8>>> {
    let mut session = Session::new(BuildOptions::new(root));
    session.rebuild(&ChangeSet::everything()).ok()?;
    session.files().map(bytes)
}

/// What the random edits touch: every kind of content the sample site has.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Kind {
    Desa,
    DesaEn,
    Index,
    IndexEn,
    Halaman,
    HalamanEn,
    Berita,
    Wisata,
    WisataEn,
    Layanan,
    LayananEn,
    Apbdes,
    Produk,
    Pembangunan,
    Dokumen,
    Statistik,
    Berkas,
    Portal,
    Village,
    /// An edit that breaks the site on purpose (repaired at the next step).
    Broken,
}

impl Kind {
    /// The folder or file of a village that an edit of this kind changes, for the
    /// kinds that share their code.
    fn place(self) -> &'static str {
        match self {
            Kind::Halaman | Kind::HalamanEn => "halaman",
            Kind::Berita => "berita",
            Kind::Wisata | Kind::WisataEn => "wisata",
            Kind::Layanan => "layanan.yaml",
            Kind::LayananEn => "layanan.en.yaml",
            Kind::Produk => "produk",
            Kind::Pembangunan => "pembangunan",
            Kind::Dokumen => "dokumen",
            Kind::Statistik => "statistik",
            _ => "",
        }
    }
}

/// Every kind, each once in every round of the edit sequence.
const KINDS: [Kind; 20] = [
    Kind::Desa,
    Kind::DesaEn,
    Kind::Index,
    Kind::IndexEn,
    Kind::Halaman,
    Kind::HalamanEn,
    Kind::Berita,
    Kind::Wisata,
    Kind::WisataEn,
    Kind::Layanan,
    Kind::LayananEn,
    Kind::Apbdes,
    Kind::Produk,
    Kind::Pembangunan,
    Kind::Dokumen,
    Kind::Statistik,
    Kind::Berkas,
    Kind::Portal,
    Kind::Village,
    Kind::Broken,
];

/// Every file and folder under `content/` (folders with no bytes), in path order.
fn content_state(root: &Path) -> BTreeMap<PathBuf, Option<Vec<u8>>> {
    walkdir::WalkDir::new(root.join("content"))
        .min_depth(1)
        .sort_by_file_name()
        .into_iter()
        .map(Result::unwrap)
        .map(|e| {
            let rel = e.path().strip_prefix(root).unwrap().to_path_buf();
            let bytes = e
                .file_type()
                .is_file()
                .then(|| std::fs::read(e.path()).unwrap());
            (rel, bytes)
        })
        .collect()
}

/// Puts `content/` back as `state` was; returns the paths that differed.
fn restore(root: &Path, state: &BTreeMap<PathBuf, Option<Vec<u8>>>) -> Vec<PathBuf> {
    let now = content_state(root);
    let mut touched = Vec::new();
    // Deepest first, so that a folder is empty when it goes.
    for (rel, bytes) in now.iter().rev() {
        if !state.contains_key(rel) {
            match bytes {
                Some(_) => std::fs::remove_file(root.join(rel)).unwrap(),
                None => std::fs::remove_dir(root.join(rel)).unwrap(),
            }
            touched.push(rel.clone());
        }
    }
    for (rel, bytes) in state {
        if now.get(rel) == Some(bytes) {
            continue;
        }
        match bytes {
            Some(bytes) => std::fs::write(root.join(rel), bytes).unwrap(),
            None => std::fs::create_dir_all(root.join(rel)).unwrap(),
        }
        touched.push(rel.clone());
    }
    touched
}

/// The village folders, sorted.
fn villages(root: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root.join("content"))
        .unwrap()
        .map(Result::unwrap)
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().into_string().unwrap())
        .filter(|n| !n.starts_with('.'))
        .collect();
    names.sort();
    names
}

/// The files of `content/<village>/<folder>` whose names end with `suffix`, sorted.
fn files(root: &Path, village: &str, folder: &str, suffix: &str) -> Vec<PathBuf> {
    let base = PathBuf::from("content").join(village).join(folder);
    let Ok(entries) = std::fs::read_dir(root.join(&base)) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = entries
        .map(Result::unwrap)
        .map(|e| e.file_name().into_string().unwrap())
        .filter(|n| n.ends_with(suffix))
        .map(|n| base.join(n))
        .collect();
    found.sort();
    found
}

/// True for a Markdown file with no language suffix (`x.md`, not `x.en.md`).
fn is_default_language(path: &Path) -> bool {
    path.file_stem()
        .is_some_and(|s| Path::new(s).extension().is_none())
}

/// The English partner of `x.md`: `x.en.md`.
fn english(path: &Path) -> PathBuf {
    path.with_extension("en.md")
}

fn append(root: &Path, rel: &Path, text: &str) {
    let mut old = std::fs::read_to_string(root.join(rel)).unwrap();
    old.push_str(text);
    std::fs::write(root.join(rel), old).unwrap();
}

/// Replaces one line, picked at random among those that start with `key`, with
/// `line`; appends `line` when there is none (creating the file if need be).
fn set_line(root: &Path, rel: &Path, key: &str, rng: &mut Rng, line: &str) {
    let text = std::fs::read_to_string(root.join(rel)).unwrap_or_default();
    let mut lines: Vec<String> = text.lines().map(String::from).collect();
    let at: Vec<usize> = (0..lines.len())
        .filter(|i| lines[*i].starts_with(key))
        .collect();
    if at.is_empty() {
        lines.push(line.to_string());
    } else {
        lines[*rng.pick(&at)] = line.to_string();
    }
    std::fs::write(root.join(rel), lines.join("\n") + "\n").unwrap();
}

/// A file made by an edit (news item, page, destination, picture), not one of the
/// sample's own: only these are deleted or renamed, as the sample's are linked to.
fn made_here(path: &Path) -> bool {
    path.file_name()
        .and_then(|n| n.to_str())
        .is_some_and(|n| n.starts_with("acak-") || n.starts_with("salinan-"))
}

/// The Markdown files of `village`'s `folder` for which `keep` is true, sorted.
fn pages(root: &Path, village: &str, folder: &str, keep: impl Fn(&Path) -> bool) -> Vec<PathBuf> {
    files(root, village, folder, ".md")
        .into_iter()
        .filter(|p| keep(p))
        .collect()
}

/// True if `village` has something that an edit of `kind` changes (kinds that
/// can make their file from nothing fit every village).
fn fits(root: &Path, village: &str, kind: Kind) -> bool {
    let pages = |folder: &str| {
        !pages(root, village, folder, |p| {
            is_default_language(p) && !made_here(p)
        })
        .is_empty()
    };
    let file = |name: &str| root.join("content").join(village).join(name).is_file();
    match kind {
        Kind::HalamanEn => pages("halaman"),
        Kind::Wisata | Kind::WisataEn => pages("wisata"),
        Kind::Layanan => file("layanan.yaml"),
        Kind::LayananEn => file("layanan.en.yaml"),
        Kind::Produk | Kind::Pembangunan | Kind::Dokumen => pages(kind.place()),
        Kind::Statistik => !files(root, village, "statistik", ".yaml").is_empty(),
        Kind::Berkas => ["jpg", "png"]
            .iter()
            .any(|x| files(root, village, "berkas", &format!(".{x}")).len() >= 2),
        _ => true,
    }
}

/// One edit of `kind` in a random village; returns the paths it touched (relative).
/// Every kind but [`Kind::Broken`] keeps the site valid.
fn random_edit(root: &Path, rng: &mut Rng, step: usize, kind: Kind) -> Vec<PathBuf> {
    let all = villages(root);
    let fitting: Vec<String> = all
        .iter()
        .filter(|v| fits(root, v, kind))
        .cloned()
        .collect();
    if fitting.is_empty() {
        return vec![];
    }
    let village = rng.pick(&fitting).clone();
    let village = village.as_str();
    let at = |rel: &str| PathBuf::from(format!("content/{village}/{rel}"));
    let paragraph = format!("\nParagraf tambahan {step}.\n");
    match kind {
        Kind::Desa => {
            let path = at("desa.yaml");
            if rng.below(3) == 0 {
                // Moved to another kecamatan (one that may have no village yet,
                // or leaving one with none).
                let to = ["Glagah", "Pesanggaran", "Licin", "Songgon"];
                let line = format!("kecamatan: {}", to[rng.below(4) as usize]);
                set_line(root, &path, "kecamatan:", rng, &line);
            } else {
                let line = format!("slogan: \"Slogan {step}\"");
                set_line(root, &path, "slogan:", rng, &line);
            }
            vec![path]
        }
        Kind::DesaEn => {
            let path = at("desa.en.yaml");
            if root.join(&path).is_file() && rng.below(3) == 0 {
                std::fs::remove_file(root.join(&path)).unwrap();
            } else {
                set_line(
                    root,
                    &path,
                    "slogan:",
                    rng,
                    &format!("slogan: \"Motto {step}\""),
                );
            }
            vec![path]
        }
        Kind::Index => {
            let path = at("index.md");
            append(root, &path, &paragraph);
            vec![path]
        }
        Kind::IndexEn => {
            let path = at("index.en.md");
            if !root.join(&path).is_file() {
                let text = format!("---\njudul: Welcome {step}\n---\nWelcome.\n");
                std::fs::write(root.join(&path), text).unwrap();
            } else if rng.below(3) == 0 {
                std::fs::remove_file(root.join(&path)).unwrap();
            } else {
                append(root, &path, &paragraph);
            }
            vec![path]
        }
        Kind::Halaman | Kind::Berita => {
            let folder = kind.place();
            let own: Vec<PathBuf> = pages(root, village, folder, made_here);
            let all: Vec<PathBuf> = pages(root, village, folder, is_default_language);
            match rng.below(4) {
                0 if !own.is_empty() => {
                    // Delete one made here (the sample's own pages are linked to).
                    let file = rng.pick(&own).clone();
                    std::fs::remove_file(root.join(&file)).unwrap();
                    vec![file]
                }
                1 if !own.is_empty() => {
                    let file = rng.pick(&own).clone();
                    let to = file.with_file_name(format!("acak-{step}.md"));
                    std::fs::rename(root.join(&file), root.join(&to)).unwrap();
                    vec![file, to]
                }
                2 if !all.is_empty() => {
                    let file = rng.pick(&all).clone();
                    append(root, &file, &paragraph);
                    vec![file]
                }
                _ => {
                    let path = at(&format!("{folder}/acak-{step}.md"));
                    std::fs::create_dir_all(root.join(path.parent().unwrap())).unwrap();
                    let date = match kind {
                        Kind::Berita => {
                            format!("tanggal: 2026-0{}-1{}\n", 1 + rng.below(9), rng.below(9))
                        }
                        _ => format!("urutan: {}\n", rng.below(20)),
                    };
                    let text = format!("---\njudul: Tulisan acak {step}\n{date}---\nIsi {step}.\n");
                    std::fs::write(root.join(&path), text).unwrap();
                    vec![path]
                }
            }
        }
        Kind::HalamanEn | Kind::WisataEn => {
            let folder = kind.place();
            let pages: Vec<PathBuf> = pages(root, village, folder, is_default_language);
            let Some(page) = (!pages.is_empty()).then(|| rng.pick(&pages).clone()) else {
                return vec![];
            };
            let path = english(&page);
            if !root.join(&path).is_file() {
                // A new translation of a page that has none.
                let text = format!(
                    "---\n{}: Translated {step}\n---\nIn English.\n",
                    if folder == "halaman" { "judul" } else { "nama" }
                );
                std::fs::write(root.join(&path), text).unwrap();
            } else if rng.below(3) == 0 {
                std::fs::remove_file(root.join(&path)).unwrap();
            } else {
                append(root, &path, &paragraph);
            }
            vec![path]
        }
        Kind::Wisata => {
            let own: Vec<PathBuf> = pages(root, village, "wisata", made_here);
            let originals: Vec<PathBuf> = pages(root, village, "wisata", |p| {
                is_default_language(p) && !made_here(p)
            });
            if originals.is_empty() {
                return vec![];
            }
            let from = rng.pick(&originals).clone();
            match rng.below(3) {
                0 if !own.is_empty() => {
                    let file = rng.pick(&own).clone();
                    std::fs::remove_file(root.join(&file)).unwrap();
                    vec![file]
                }
                1 => {
                    // A copy of a destination, under another name.
                    let to = from.with_file_name(format!("salinan-{step}.md"));
                    let text = std::fs::read_to_string(root.join(&from)).unwrap();
                    let text = text.replacen("nama: ", &format!("nama: Salinan {step} "), 1);
                    std::fs::write(root.join(&to), text).unwrap();
                    vec![to]
                }
                _ => {
                    append(root, &from, &paragraph);
                    vec![from]
                }
            }
        }
        Kind::Layanan | Kind::LayananEn => {
            let name = kind.place();
            let path = at(name);
            if !root.join(&path).is_file() {
                return vec![];
            }
            let line = format!("  waktu: \"Waktu {step}\"");
            set_line(root, &path, "  waktu:", rng, &line);
            vec![path]
        }
        Kind::Apbdes => {
            let years = files(root, village, "apbdes", ".yaml");
            let new = at("apbdes/2030.yaml");
            match rng.below(3) {
                0 if years.contains(&new) => {
                    std::fs::remove_file(root.join(&new)).unwrap();
                    vec![new]
                }
                1 if !years.is_empty() => {
                    let year = rng.pick(&years).clone();
                    let line = format!("sumber: \"Sumber {step}\"");
                    set_line(root, &year, "sumber:", rng, &line);
                    vec![year]
                }
                _ => {
                    std::fs::create_dir_all(root.join(new.parent().unwrap())).unwrap();
                    let amount = 1000 + rng.below(100_000);
                    let text = format!(
                        "tahun: 2030\nstatus: penetapan\npendapatan:\n  - {{ kode: \"4.2.1\", anggaran: {amount} }}\nbelanja:\n  - {{ bidang: 1, anggaran: {amount} }}\n"
                    );
                    std::fs::write(root.join(&new), text).unwrap();
                    vec![new]
                }
            }
        }
        Kind::Produk | Kind::Pembangunan | Kind::Dokumen => {
            let entries = pages(root, village, kind.place(), is_default_language);
            let file = rng.pick(&entries).clone();
            let (key, line) = match kind {
                Kind::Produk => (
                    "harga_mulai:",
                    format!("harga_mulai: {}", 1000 * (1 + step)),
                ),
                _ => ("ringkasan:", format!("ringkasan: \"Ringkasan {step}\"")),
            };
            set_line(root, &file, key, rng, &line);
            vec![file]
        }
        Kind::Statistik => {
            let years = files(root, village, "statistik", ".yaml");
            let year = rng.pick(&years).clone();
            set_line(
                root,
                &year,
                "sumber:",
                rng,
                &format!("sumber: \"Sumber {step}\""),
            );
            vec![year]
        }
        Kind::Berkas => {
            // Two pictures of one format (fits() makes sure there are).
            let photos = ["jpg", "png"]
                .iter()
                .map(|x| files(root, village, "berkas", &format!(".{x}")))
                .find(|found| found.len() >= 2)
                .unwrap();
            let from = rng.pick(&photos).clone();
            let others: Vec<&PathBuf> = photos.iter().filter(|p| **p != from).collect();
            let own: Vec<&PathBuf> = photos.iter().filter(|p| made_here(p)).collect();
            match rng.below(3) {
                0 if !own.is_empty() => {
                    let gone = (*rng.pick(&own)).clone();
                    std::fs::remove_file(root.join(&gone)).unwrap();
                    vec![gone]
                }
                1 => {
                    // A new picture nothing shows yet.
                    let ext = from.extension().unwrap().to_str().unwrap();
                    let new = from.with_file_name(format!("acak-{step}.{ext}"));
                    std::fs::copy(root.join(&from), root.join(&new)).unwrap();
                    vec![new]
                }
                _ => {
                    // A picture replaced by another (both already encoded once).
                    let to = (*rng.pick(&others)).clone();
                    std::fs::copy(root.join(&from), root.join(&to)).unwrap();
                    vec![to]
                }
            }
        }
        Kind::Portal => {
            let name = if rng.below(2) == 0 {
                "site.yaml"
            } else {
                "site.en.yaml"
            };
            let path = PathBuf::from("content").join(name);
            set_line(
                root,
                &path,
                "deskripsi:",
                rng,
                &format!("deskripsi: \"Portal {step}\""),
            );
            vec![path]
        }
        Kind::Village => {
            let copies: Vec<&String> = all.iter().filter(|v| v.starts_with("salinan")).collect();
            if !copies.is_empty() && rng.below(2) == 0 {
                let gone = (*rng.pick(&copies)).clone();
                std::fs::remove_dir_all(root.join("content").join(&gone)).unwrap();
                return vec![PathBuf::from("content").join(gone)];
            }
            let new = format!("salinan-{step}");
            copy_tree(
                &root.join("content").join(village),
                &root.join("content").join(&new),
            );
            vec![PathBuf::from("content").join(new)]
        }
        Kind::Broken => {
            let (path, text) = match rng.below(4) {
                0 => (at("desa.yaml"), "\nslogan: [tidak ditutup\n".to_string()),
                1 => (at("layanan.yaml"), "\n- id: [rusak\n".to_string()),
                2 => (
                    at(&format!("halaman/yatim-{step}.en.md")),
                    "---\njudul: Orphan\n---\nNo page in the default language.\n".to_string(),
                ),
                _ => (
                    at("index.md"),
                    "\n![Foto yang tidak ada](berkas/tidak-ada.jpg)\n".to_string(),
                ),
            };
            if root.join(&path).is_file() {
                append(root, &path, &text);
            } else {
                std::fs::create_dir_all(root.join(path.parent().unwrap())).unwrap();
                std::fs::write(root.join(&path), text).unwrap();
            }
            vec![path]
        }
    }
}

/// How one random run went.
struct Tally {
    seed: u64,
    steps: usize,
    /// Steps whose rebuild was compared with a clean build.
    compared: usize,
    /// Steps whose content did not build (incremental and clean alike), with
    /// the kind of edit made.
    failed: Vec<(usize, Kind)>,
    /// Compared steps, by the kind of edit made.
    kinds: BTreeMap<Kind, usize>,
}

#[test]
fn random_edit_sequences_end_equal_to_a_clean_build() {
    // One run keeps its site in the output folder, as `build --watch` does;
    // one gives each kecamatan a page, as a portal of many villages does.
    let seeds = [
        (7_u64, Keeps::Memory, Portal::OneHome),
        (1234, Keeps::OutputFolder, Portal::OneHome),
        (98_765, Keeps::Memory, Portal::DistrictPages),
    ];
    let steps = 30;
    // Encode the sample's pictures once; every run starts from that cache.
    let warm = Site::sample();
    assert!(clean(warm.root()).is_some(), "the sample does not build");
    let cache = warm.path(".kampung-cache");
    let runs: Vec<Result<Tally, String>> = std::thread::scope(|scope| {
        let runs: Vec<_> = seeds
            .iter()
            .map(|&(seed, keeps, portal)| {
                let cache = &cache;
                scope.spawn(move || random_run(seed, keeps, portal, steps, cache))
            })
            .collect();
        runs.into_iter().map(|r| r.join().expect("a run")).collect()
    });
    let mut problems = Vec::new();
    for run in runs {
        let tally = match run {
            Ok(tally) => tally,
            Err(e) => {
                problems.push(e);
                continue;
            }
        };
        let Tally { seed, compared, .. } = tally;
        println!(
            "seed {seed}: {compared} of {} steps compared with a clean build; failed and repaired at steps {:?}; compared by kind: {:?}",
            tally.steps, tally.failed, tally.kinds
        );
        if compared * 5 < tally.steps * 4 {
            problems.push(format!(
                "seed {seed}: only {compared} of {} steps were compared with a clean build (at least 80% must be)",
                tally.steps
            ));
        }
        let missing: Vec<Kind> = KINDS
            .iter()
            .filter(|k| **k != Kind::Broken && !tally.kinds.contains_key(k))
            .copied()
            .collect();
        if !missing.is_empty() {
            problems.push(format!("seed {seed}: no compared step edited {missing:?}"));
        }
        if tally.failed.is_empty() {
            problems.push(format!(
                "seed {seed}: no step failed, so no failed rebuild was checked"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// How the portal lists the villages.
#[derive(Debug, Clone, Copy)]
enum Portal {
    /// All on its home page (the sample's six).
    OneHome,
    /// On one page per kecamatan (`batas_daftar_desa` below the villages).
    DistrictPages,
}

/// Where a session keeps its site.
#[derive(Debug, Clone, Copy)]
enum Keeps {
    /// Every file's bytes in memory (`serve`).
    Memory,
    /// The files in the output folder, only their digests in memory (`build --watch`).
    OutputFolder,
}

/// The bytes of the site `session` keeps, read from where it keeps them; an
/// error when a session that writes its output folder holds a file's bytes.
fn kept(
    session: &Session,
    keeps: Keeps,
    root: &Path,
) -> Result<Option<BTreeMap<String, Vec<u8>>>, String> {
    let Some(files) = session.files() else {
        return Ok(None);
    };
    let Keeps::OutputFolder = keeps else {
        return Ok(Some(bytes(files)));
    };
    if let Some((path, _)) = files.iter().find(|(_, e)| matches!(e, Entry::Bytes(_))) {
        return Err(format!(
            "the session writing its output kept the bytes of {path}"
        ));
    }
    let public = root.join("public");
    let on_disk: BTreeMap<String, Vec<u8>> = walkdir::WalkDir::new(&public)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file() && e.file_name() != kampung::output::MARKER)
        .map(|e| {
            let path = e.path().strip_prefix(&public).unwrap();
            (
                path.to_str().unwrap().to_string(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect();
    Ok(Some(on_disk))
}

/// `steps` random edits of the sample site from `seed`, each followed by an
/// incremental rebuild that must equal a clean build, or fail exactly when a clean
/// build fails and leave the site as it was. A step after a failed one puts the
/// content back as it was at the last good step. The kinds of edit come in
/// rounds, each kind once per round in a random order.
fn random_run(
    seed: u64,
    keeps: Keeps,
    portal: Portal,
    steps: usize,
    cache: &Path,
) -> Result<Tally, String> {
    let site = Site::sample();
    let root = site.root().to_path_buf();
    if let Portal::DistrictPages = portal {
        let config = site.read("content/site.yaml");
        site.write(
            "content/site.yaml",
            &format!("{config}batas_daftar_desa: 3\n"),
        );
    }
    copy_tree(cache, &root.join(".kampung-cache"));
    let mut session = match keeps {
        Keeps::Memory => Session::new(BuildOptions::new(&root)),
        Keeps::OutputFolder => Session::writing_output(BuildOptions::new(&root)),
    };
    session
        .rebuild(&ChangeSet::everything())
        .map_err(|e| format!("the sample does not build: {e:?}"))?;
    let mut rng = Rng(seed);
    let mut tally = Tally {
        seed,
        steps,
        compared: 0,
        failed: Vec::new(),
        kinds: BTreeMap::new(),
    };
    let mut good = content_state(&root);
    let mut broken = false;
    let mut round: Vec<Kind> = Vec::new();
    for step in 0..steps {
        let (kind, touched) = if broken {
            (None, restore(&root, &good))
        } else {
            if round.is_empty() {
                round = KINDS.to_vec();
                for i in (1..round.len()).rev() {
                    round.swap(i, rng.below(i as u64 + 1) as usize);
                }
            }
            let kind = round.pop().unwrap();
            let touched = random_edit(&root, &mut rng, step, kind);
            if touched.is_empty() {
                return Err(format!(
                    "seed {seed} step {step}: no village fits an edit of {kind:?}"
                ));
            }
            (Some(kind), touched)
        };
        let mut change = ChangeSet::default();
        for path in &touched {
            change.add(path);
        }
        let before = kept(&session, keeps, &root)?;
        let result = session.rebuild(&change);
        let context = format!("seed {seed} step {step} ({kind:?}, {keeps:?}): {touched:?}");
        match (result, clean(&root)) {
            (Ok(_), Some(expected)) => {
                let got = kept(&session, keeps, &root)?.unwrap_or_default();
                if got != expected {
                    let differ = first_differences(&got, &expected);
                    return Err(format!(
                        "{context} differs from a clean build, first in {differ:?}"
                    ));
                }
                tally.compared += 1;
                if let Some(kind) = kind {
                    *tally.kinds.entry(kind).or_default() += 1;
                }
                good = content_state(&root);
                broken = false;
            }
            (Err(_), None) => {
                if kept(&session, keeps, &root)? != before {
                    return Err(format!("{context}: a failed rebuild changed the site"));
                }
                let Some(kind) = kind else {
                    return Err(format!("{context}: the repaired site does not build"));
                };
                tally.failed.push((step, kind));
                broken = true;
            }
            (Ok(_), None) => return Err(format!("{context} rebuilt, but a clean build fails")),
            (Err(e), Some(_)) => {
                return Err(format!("{context} failed ({e:?}), but a clean build works"));
            }
        }
    }
    Ok(tally)
}

/// The modification time of every file under `dir`.
fn stamps(dir: &Path) -> BTreeMap<PathBuf, std::time::SystemTime> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let time = e.metadata().unwrap().modified().unwrap();
            (e.path().strip_prefix(dir).unwrap().to_path_buf(), time)
        })
        .collect()
}

/// What `build --watch` prints on stderr after a rebuild that failed.
const LEFT_AS_IT_WAS: &str = "The output was left as it was";

#[test]
fn build_watch_keeps_the_output_folder_equal_to_a_clean_build() {
    let site = Site::new("basic");
    let root = site.root().to_str().unwrap().to_string();
    let watcher = Running::start(
        &["build", "--watch", "--root", &root, "--debounce", "50"],
        "Updated",
    );
    let public = site.path("public");
    // Waits until `check` holds and the rebuild that made it true has printed its
    // line (it does so after writing): `updates` lines in all.
    let settled = |updates: usize, check: &dyn Fn() -> bool| {
        wait_until(10, || check() && watcher.count("Updated") >= updates)
    };
    let stamp = |p: &str| std::fs::metadata(site.path(p)).unwrap().modified().unwrap();
    let untouched_before = stamp("public/beta/index.html");
    site.write(
        "content/alpha/berita/baru.md",
        "---\njudul: Kabar baru\ntanggal: 2026-11-21\n---\nIsi.\n",
    );
    assert!(settled(2, &|| site
        .path("public/alpha/berita/baru/index.html")
        .is_file()));
    site.remove("content/alpha/halaman/profil.md");
    assert!(settled(3, &|| !site.path("public/alpha/profil").exists()));

    // A bad edit: wait for the failure to be reported, then nothing in the
    // output folder may have changed, not even a file's time.
    let updates = watcher.count("Updated");
    let files_before = site.snapshot("public");
    let stamps_before = stamps(&public);
    let good = site.read("content/alpha/desa.yaml");
    site.write("content/alpha/desa.yaml", "nama: [rusak\n");
    assert!(
        wait_until(10, || watcher.count_stderr(LEFT_AS_IT_WAS) >= 1),
        "the bad edit was not reported: {}",
        watcher.errors()
    );
    let errors = watcher.errors();
    assert!(
        errors.contains("content/alpha/desa.yaml:1:"),
        "the report names the bad file and line: {errors}"
    );
    assert_eq!(
        watcher.count("Updated"),
        updates,
        "a bad edit updated the output"
    );
    assert!(
        site.snapshot("public") == files_before,
        "a bad edit changed the output folder's files"
    );
    assert!(
        stamps(&public) == stamps_before,
        "a bad edit rewrote files of the output folder"
    );

    site.write(
        "content/alpha/desa.yaml",
        &good.replace("Rukun dan makmur", "Kembali baik"),
    );
    // Let that rebuild finish writing (it prints its line at the end) before stopping.
    assert!(settled(updates + 1, &|| site
        .read("public/alpha/index.html")
        .contains("Kembali baik")));
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

#[test]
fn build_watch_keeps_watching_after_content_is_deleted_and_copied_back() {
    let site = Site::new("basic");
    let root = site.root().to_str().unwrap().to_string();
    let watcher = Running::start(
        &["build", "--watch", "--root", &root, "--debounce", "50"],
        "Updated",
    );
    let backup = tempfile::tempdir().unwrap();
    copy_tree(&site.path("content"), backup.path());
    std::fs::remove_dir_all(site.path("content")).unwrap();
    assert!(
        wait_until(10, || watcher.count_stderr("[K0954]") == 1),
        "the loss is told: {}",
        watcher.errors()
    );
    copy_tree(backup.path(), &site.path("content"));
    assert!(
        wait_until(10, || watcher.count("is watched again") == 1),
        "the return is told: {}",
        watcher.stdout.lock().unwrap()
    );
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Pulih dari cadangan"),
    );
    assert!(
        wait_until(10, || site
            .read("public/alpha/index.html")
            .contains("Pulih dari cadangan")),
        "an edit after content/ came back reaches the output: {}",
        watcher.errors()
    );
}

/// Rebuilds the sample site after `edit` (which returns the paths it touched)
/// and checks that the session's site equals a clean build of the same content.
fn rebuilt_equals_clean(site: &Site, edit: impl FnOnce() -> Vec<&'static str>) {
    let root = site.root();
    let mut session = Session::new(BuildOptions::new(root));
    session.rebuild(&ChangeSet::everything()).unwrap();
    let mut change = ChangeSet::default();
    for path in edit() {
        change.add(Path::new(path));
    }
    session.rebuild(&change).unwrap();
    let got = bytes(session.files().unwrap());
    let expected = clean(root).unwrap();
    let differ = first_differences(&got, &expected);
    assert!(
        differ.is_empty(),
        "differs from a clean build in {differ:?}"
    );
}

#[test]
fn an_edit_that_takes_a_section_off_the_portal_menu_rebuilds_every_village() {
    // Only benculuk and kemiren have projects: without them the portal has
    // no project page, and no village's menu may link to it.
    let site = Site::sample();
    rebuilt_equals_clean(&site, || {
        site.remove("content/benculuk/pembangunan");
        site.remove("content/kemiren/pembangunan");
        vec![
            "content/benculuk/pembangunan",
            "content/kemiren/pembangunan",
        ]
    });
}

#[test]
fn removing_all_villages_but_one_rebuilds_it_as_a_one_village_site() {
    let site = Site::sample();
    rebuilt_equals_clean(&site, || {
        let gone = [
            "content/benculuk",
            "content/gombengsari",
            "content/sarongan",
            "content/sumberagung",
            "content/tamansari",
        ];
        for village in gone {
            site.remove(village);
        }
        gone.to_vec()
    });
}

#[test]
fn a_product_edit_reaches_the_portal_product_and_search_pages() {
    let site = Site::sample();
    rebuilt_equals_clean(&site, || {
        let path = "content/kemiren/produk/batik-gajah-oling.md";
        let text = site.read(path);
        site.write(
            path,
            &text.replace("harga_mulai: 150000", "harga_mulai: 175000"),
        );
        vec![path]
    });
}

/// The sample site, its portal giving each kecamatan a page of its villages
/// as a portal of more than `batas_daftar_desa` villages does.
fn sample_with_district_pages() -> Site {
    let site = Site::sample();
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{config}batas_daftar_desa: 3\n"),
    );
    site
}

#[test]
fn moving_a_village_to_another_kecamatan_updates_both_kecamatan_pages() {
    // Pesanggaran keeps sumberagung; Kalipuro has no village left, so no page.
    let moves = [
        ("content/sarongan/desa.yaml", "Pesanggaran"),
        ("content/gombengsari/desa.yaml", "Kalipuro"),
    ];
    for (path, from) in moves {
        let site = sample_with_district_pages();
        rebuilt_equals_clean(&site, || {
            let text = site.read(path);
            let moved = text.replace(&format!("kecamatan: {from}"), "kecamatan: Glagah");
            assert_ne!(moved, text, "{path} names {from}");
            site.write(path, &moved);
            vec![path]
        });
    }
}

#[test]
fn a_slogan_edit_renders_of_the_portal_only_its_kecamatan_page() {
    let site = sample_with_district_pages();
    let mut session = Session::new(BuildOptions::new(site.root()));
    session.rebuild(&ChangeSet::everything()).unwrap();
    let mut rebuild = |path: &str, text: String| {
        site.write(path, &text);
        let mut change = ChangeSet::default();
        change.add(Path::new(path));
        session.rebuild(&change).unwrap()
    };
    let news = "content/sarongan/berita/pemeliharaan-jalan-desa-2026.md";
    let body = rebuild(news, site.read(news) + "\nParagraf baru.\n");
    let desa = "content/sarongan/desa.yaml";
    let text = site.read(desa);
    let slogan = rebuild(desa, text.replace("slogan: \"Desa", "slogan: \"Kini desa"));
    assert!(
        slogan
            .changes
            .written
            .iter()
            .any(|p| p == "kecamatan/pesanggaran/index.html"),
        "{:?}",
        slogan.changes
    );
    // The village's pages, as for the news edit, and its kecamatan's page in
    // both languages: not the portal's other pages.
    assert_eq!(slogan.pages_rendered, body.pages_rendered + 2);
    assert_eq!(
        bytes(session.files().unwrap()),
        clean(site.root()).unwrap(),
        "differs from a clean build"
    );
}
