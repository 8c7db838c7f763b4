//! A seeded, bounded mutation test over the sample site: each case takes one
//! village of `content/` with the portal settings, damages one file (byte flips,
//! deleted, doubled or swapped lines, truncation, a value of another type, odd
//! Unicode), and runs `kampung check` on it. Whatever the damage, the run must end
//! within the time limit with exit code 0 or 1, never panic, and every error must
//! name a file and, for a text file, a line.
//!
//! `cargo test` runs a few hundred cases; `KAMPUNG_FUZZ_CASES=N` runs N, and
//! `KAMPUNG_FUZZ_SEED=S` starts from another seed (a failure names its seed, so
//! `KAMPUNG_FUZZ_SEED=S KAMPUNG_FUZZ_CASES=1` replays it).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

/// How long one `check` may take before the case counts as a hang.
const LIMIT: Duration = Duration::from_secs(30);

use crate::rng::Rng;

/// A number below `n`, as an index.
fn below(rng: &mut Rng, n: usize) -> usize {
    rng.below(n as u64) as usize
}

/// The ways a file is damaged.
const MUTATIONS: &[&str] = &[
    "flip-bytes",
    "delete-line",
    "duplicate-line",
    "swap-lines",
    "truncate",
    "swap-type",
    "insert-unicode",
    "indent-line",
];

/// Text an admin (or a careless copy) may put anywhere.
const ODD_TEXT: &[&str] = &[
    "\u{2028}",
    "\u{2029}",
    "\u{85}",
    "\t",
    "\u{feff}",
    "\u{200b}",
    "“kutip”",
    "‘a’",
    "\0",
    "\r",
    "é\u{301}",
    "🏠",
    "\u{202e}",
    ": ",
    " #",
    "- ",
    "&a ",
    "*a ",
    "[",
    "{",
    "---\n",
    "</script><script>alert(1)</script>",
    "[x](javascript:alert(1))",
    "%",
];

/// Values of other types, for `swap-type`.
const VALUES: &[&str] = &[
    "[]",
    "{}",
    "[1, 2]",
    "{a: 1}",
    "-1",
    "99999999999999999999999",
    "1.5e400",
    "true",
    "null",
    "~",
    "''",
    "\"\"",
    "2024-02-30",
    "|\n  teks",
    "!!binary aGFp",
    "&anchor x",
    "*alias",
];

/// One village's copy of the sample, damaged in one file.
struct Case {
    seed: u64,
    village: String,
    file: String,
    mutation: &'static str,
}

/// The sample's text files of one kind of role, and each village's files.
fn sample_files() -> BTreeMap<String, Vec<String>> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut villages: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for entry in walkdir::WalkDir::new(&content).sort_by_file_name() {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&content).unwrap();
        let rel = rel.to_string_lossy().into_owned();
        let Some((village, _)) = rel.split_once('/') else {
            continue;
        };
        villages
            .entry(village.to_string())
            .or_default()
            .push(rel.clone());
    }
    villages
}

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>, mutation: &str) {
    let text = String::from_utf8_lossy(bytes).into_owned();
    let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
    // `split` always yields at least one line.
    let n = lines.len();
    match mutation {
        "flip-bytes" => {
            for _ in 0..=below(rng, 4) {
                if !bytes.is_empty() {
                    let i = below(rng, bytes.len());
                    bytes[i] ^= 1 << below(rng, 8);
                }
            }
            return;
        }
        "truncate" => {
            let at = below(rng, bytes.len() + 1);
            bytes.truncate(at);
            return;
        }
        "delete-line" => {
            lines.remove(below(rng, n));
        }
        "duplicate-line" => {
            let i = below(rng, n);
            let line = lines[i].clone();
            lines.insert(i, line);
        }
        "swap-lines" => {
            let (a, b) = (below(rng, n), below(rng, n));
            lines.swap(a, b);
        }
        "indent-line" => {
            let i = below(rng, n);
            let indent = *rng.pick(&["  ", "\t", " ", "    "]);
            lines[i].insert_str(0, indent);
        }
        "swap-type" => {
            // Replace the value after a `key:` with a value of another type.
            let keyed: Vec<usize> = (0..lines.len())
                .filter(|&i| lines[i].contains(": "))
                .collect();
            if keyed.is_empty() {
                return;
            }
            let i = *rng.pick(&keyed);
            let at = lines[i].find(": ").unwrap_or(0) + 2;
            lines[i].truncate(at);
            let value: &&str = rng.pick(VALUES);
            lines[i].push_str(value);
        }
        _ => {
            // insert-unicode: somewhere inside a line.
            let i = below(rng, n);
            let chars: Vec<char> = lines[i].chars().collect();
            let at = below(rng, chars.len() + 1);
            let mut line: String = chars[..at].iter().collect();
            let odd: &&str = rng.pick(ODD_TEXT);
            line.push_str(odd);
            line.extend(&chars[at..]);
            lines[i] = line;
        }
    }
    *bytes = lines.join("\n").into_bytes();
}

/// Copies the portal settings and one village of the sample into `dir`.
fn lay_out(dir: &Path, village: &str) {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    std::fs::create_dir_all(dir.join("content")).unwrap();
    for file in ["site.yaml", "site.en.yaml"] {
        std::fs::copy(content.join(file), dir.join("content").join(file)).unwrap();
    }
    crate::common::copy_tree(&content.join(village), &dir.join("content").join(village));
}

/// What went wrong in one case, if anything.
fn run_case(case: &Case, rng: &mut Rng) -> Option<String> {
    let dir = tempfile::tempdir().unwrap();
    lay_out(dir.path(), &case.village);
    let target: PathBuf = dir.path().join("content").join(&case.file);
    let mut bytes = std::fs::read(&target).unwrap();
    mutate(rng, &mut bytes, case.mutation);
    std::fs::write(&target, &bytes).unwrap();
    let started = Instant::now();
    let mut child = crate::common::kampung()
        .args(["check", "--root"])
        .arg(dir.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let stderr = child.stderr.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut text = String::new();
        let mut stderr = stderr;
        let _ = std::io::Read::read_to_string(&mut stderr, &mut text);
        text
    });
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break Some(status);
        }
        if started.elapsed() > LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let stderr = reader.join().unwrap_or_default();
    let describe = |problem: String| {
        Some(format!(
            "seed {} ({} in {}): {problem}\n--- stderr:\n{}",
            case.seed,
            case.mutation,
            case.file,
            stderr.chars().take(3000).collect::<String>()
        ))
    };
    let Some(status) = status else {
        return describe(format!("no answer within {} s", LIMIT.as_secs()));
    };
    let code = status.code().unwrap_or(-1);
    if stderr.contains("panicked") {
        return describe("a panic".into());
    }
    if code != 0 && code != 1 {
        return describe(format!("exit code {code}"));
    }
    for line in stderr.lines().filter(|l| l.starts_with("error: ")) {
        let rest = &line["error: ".len()..];
        if !rest.starts_with("content/") {
            return describe(format!("an error names no file: `{line}`"));
        }
        let file = rest.split(':').next().unwrap_or("");
        let is_text = file.ends_with(".md") || file.ends_with(".yaml");
        let has_line = rest[file.len()..]
            .strip_prefix(':')
            .and_then(|r| r.split(':').next())
            .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
        if is_text && !has_line {
            return describe(format!("an error in a text file names no line: `{line}`"));
        }
    }
    None
}

/// `desa.yaml` for `kemiren/desa.en.yaml`, `berita` for `kemiren/berita/x.md`.
fn file_kind(file: &str) -> String {
    let parts: Vec<&str> = file.split('/').collect();
    match parts.as_slice() {
        [name] => name.replace(".en.", "."),
        [_, name] => name.replace(".en.", "."),
        [_, folder, ..] => folder.to_string(),
        _ => file.to_string(),
    }
}

#[test]
fn damaged_content_never_panics_hangs_or_loses_its_position() {
    let cases: usize = std::env::var("KAMPUNG_FUZZ_CASES")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(240);
    let first_seed: u64 = std::env::var("KAMPUNG_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(20_261_201);
    let villages = sample_files();
    let names: Vec<&String> = villages.keys().collect();
    // Each case from its own seed, so any one replays alone.
    let plan: Vec<(Case, Rng)> = (0..cases as u64)
        .map(|i| {
            let seed = first_seed + i;
            let mut rng = Rng(seed);
            let village = (*rng.pick(&names)).clone();
            let files: Vec<&String> = villages[&village]
                .iter()
                .filter(|f| !f.contains("/berkas/") || below(&mut rng, 8) == 0)
                .collect();
            // The portal's settings now and then, a file of the village otherwise.
            let file = match below(&mut rng, 12) {
                0 => "site.yaml".to_string(),
                1 => "site.en.yaml".to_string(),
                _ => (*rng.pick(&files)).clone(),
            };
            let mutation = *rng.pick(MUTATIONS);
            let case = Case {
                seed,
                village,
                file,
                mutation,
            };
            (case, rng)
        })
        .collect();
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4);
    let chunk = plan.len().div_ceil(workers).max(1);
    let mut plan = plan;
    let mut chunks = Vec::new();
    while !plan.is_empty() {
        let rest = plan.split_off(chunk.min(plan.len()));
        chunks.push(std::mem::replace(&mut plan, rest));
    }
    let results: Vec<(String, Option<String>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || {
                    chunk
                        .into_iter()
                        .map(|(case, mut rng)| {
                            let kind = file_kind(&case.file);
                            (kind, run_case(&case, &mut rng))
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a fuzzing thread"))
            .collect()
    });
    let mut per_kind: BTreeMap<&str, usize> = BTreeMap::new();
    for (kind, _) in &results {
        *per_kind.entry(kind.as_str()).or_default() += 1;
    }
    let failures: Vec<&String> = results.iter().filter_map(|(_, f)| f.as_ref()).collect();
    println!(
        "fuzz: {} cases from seed {first_seed}, {} failed; per file kind: {per_kind:?}",
        results.len(),
        failures.len()
    );
    assert_eq!(results.len(), cases);
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n\n{}",
        failures.len(),
        cases,
        failures
            .iter()
            .take(5)
            .map(|s| s.as_str())
            .collect::<Vec<_>>()
            .join("\n\n")
    );
}
