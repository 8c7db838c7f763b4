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

    /// Runs `kampung <args> --root <site>`, its messages in English.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in("en", args)
    }

    /// Runs `kampung <args> --root <site>`, its messages in `lang` (`id`, `en`).
    pub fn run_in(&self, lang: &str, args: &[&str]) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        let root = self.root().to_str().unwrap().to_string();
        all.push("--root");
        all.push(&root);
        run_in(lang, &all)
    }

    /// Runs `kampung <args> --root <site>` with at most `memory` bytes of address
    /// space, and fails the test if it has not finished after `seconds`.
    pub fn run_bounded(&self, args: &[&str], seconds: u64, memory: u64) -> Run {
        let mut all: Vec<&str> = args.to_vec();
        let root = self.root().to_str().unwrap().to_string();
        all.push("--root");
        all.push(&root);
        run_bounded(&all, seconds, memory)
    }

    /// `kampung serve` on this site, on a free port, with `flags` after the
    /// usual ones; returned once it serves.
    pub fn serve(&self, flags: &[&str]) -> Running {
        let root = self.root().to_str().unwrap().to_string();
        let mut args = vec!["serve", "--root", &root, "--port", "0"];
        args.extend_from_slice(flags);
        Running::start(&args, "Serving http://")
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

/// The real binary, speaking English: most tests were written against the
/// English messages, and assert their code too. Tests of the Indonesian
/// default use [`run_in`].
pub fn kampung() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_kampung"));
    command.env("KAMPUNG_LANG", "en");
    command
}

/// Runs the real binary with `args`, its messages in English.
pub fn run(args: &[&str]) -> Run {
    run_in("en", args)
}

/// Runs the real binary with `args`, its messages in `lang` (`id`, `en`).
pub fn run_in(lang: &str, args: &[&str]) -> Run {
    let out = kampung()
        .env("KAMPUNG_LANG", lang)
        .args(args)
        .output()
        .expect("the binary runs");
    Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs the real binary with `args` like [`run`], within `memory` bytes of address
/// space; kills it and fails the test if it is still running after `seconds`.
pub fn run_bounded(args: &[&str], seconds: u64, memory: u64) -> Run {
    use std::io::Read;
    use std::os::unix::process::CommandExt;
    let mut command = kampung();
    command
        .args(args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe and touches only the child.
    unsafe {
        command.pre_exec(move || {
            let limit = libc::rlimit {
                rlim_cur: memory,
                rlim_max: memory,
            };
            if libc::setrlimit(libc::RLIMIT_AS, &limit) == 0 {
                Ok(())
            } else {
                Err(std::io::Error::last_os_error())
            }
        });
    }
    let mut child = command.spawn().expect("the binary runs");
    let drain = |mut pipe: Box<dyn Read + Send>| {
        std::thread::spawn(move || {
            let mut bytes = Vec::new();
            let _ = pipe.read_to_end(&mut bytes);
            String::from_utf8_lossy(&bytes).into_owned()
        })
    };
    let stdout = drain(Box::new(child.stdout.take().unwrap()));
    let stderr = drain(Box::new(child.stderr.take().unwrap()));
    let started = std::time::Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > std::time::Duration::from_secs(seconds) {
            let _ = child.kill();
            let _ = child.wait();
            panic!("kampung {args:?} was still running after {seconds} s and was killed");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    };
    Run {
        code: status.code().unwrap_or(-1),
        stdout: stdout.join().unwrap(),
        stderr: stderr.join().unwrap(),
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

/// The page's first JSON-LD block, parsed.
pub fn json_ld(page: &scraper::Html) -> serde_json::Value {
    let sel = scraper::Selector::parse("script[type='application/ld+json']").unwrap();
    let script = page.select(&sel).next().expect("a JSON-LD script");
    serde_json::from_str(&script.text().collect::<String>()).unwrap()
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
            ("script[src]", "src"),
            ("form[action]", "action"),
        ] {
            for target in attrs(&page, sel, attr) {
                refs.push((path.to_path_buf(), target));
            }
        }
        // Every candidate of every srcset.
        for sel in ["img[srcset]", "source[srcset]"] {
            for set in attrs(&page, sel, "srcset") {
                for candidate in set.split(',') {
                    let url = candidate.split_whitespace().next().unwrap_or("");
                    refs.push((path.to_path_buf(), url.to_string()));
                }
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

/// A plain HTTP/1.1 exchange on 127.0.0.1: (status, headers, body). The body is
/// read by its Content-Length (or chunks), so servers that keep the connection open
/// (chromedriver) answer at once.
pub fn http(port: u16, method: &str, path: &str, body: Option<&str>) -> (u16, String, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    // As long as chromedriver's own page-load limit (300 s): the axe test's
    // commands outlasted 90 s when the whole suite loaded both cores.
    stream
        .set_read_timeout(Some(std::time::Duration::from_secs(300)))
        .unwrap();
    let body = body.unwrap_or("");
    let request = format!(
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut raw = Vec::new();
    let mut buf = [0u8; 8192];
    let mut expected: Option<usize> = None;
    loop {
        if let Some(end) = find(&raw, b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&raw[..end]).to_ascii_lowercase();
            let chunked = head.contains("transfer-encoding: chunked");
            if expected.is_none() && !chunked {
                expected = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .map(|n| end + 4 + n);
            }
            if expected.is_some_and(|n| raw.len() >= n) || (chunked && raw.ends_with(b"0\r\n\r\n"))
            {
                break;
            }
        }
        match stream.read(&mut buf) {
            Ok(0) | Err(_) => break,
            Ok(n) => raw.extend_from_slice(&buf[..n]),
        }
    }
    let text = String::from_utf8_lossy(&raw).into_owned();
    let (head, rest) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(rest)
    } else {
        rest.to_string()
    };
    (status, head.to_string(), body)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

fn dechunk(mut rest: &str) -> String {
    let mut out = String::new();
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || tail.len() < n {
            break;
        }
        out.push_str(&tail[..n]);
        rest = tail[n..].trim_start_matches("\r\n");
    }
    out
}

/// A GET request: (status, body).
pub fn get(port: u16, path: &str) -> (u16, String) {
    let (status, _, body) = http(port, "GET", path, None);
    (status, body)
}

/// Polls `check` every 25 ms until it holds, for at most `seconds`.
pub fn wait_until(seconds: u64, mut check: impl FnMut() -> bool) -> bool {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(seconds);
    while std::time::Instant::now() < deadline {
        if check() {
            return true;
        }
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    false
}

/// A running `kampung` process (serve or build --watch), stopped when dropped.
pub struct Running {
    child: std::process::Child,
    /// Everything it printed on stdout so far.
    pub stdout: std::sync::Arc<std::sync::Mutex<String>>,
    /// Everything it printed on stderr so far (problems, warnings).
    pub stderr: std::sync::Arc<std::sync::Mutex<String>>,
    /// The port it serves on, for `serve`.
    pub port: u16,
}

/// Collects every line read from `pipe`, on a thread of its own, until it closes.
fn collect_lines(
    pipe: impl std::io::Read + Send + 'static,
) -> std::sync::Arc<std::sync::Mutex<String>> {
    use std::io::BufRead;
    let text = std::sync::Arc::new(std::sync::Mutex::new(String::new()));
    let sink = std::sync::Arc::clone(&text);
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(pipe).lines().map_while(Result::ok) {
            let mut out = sink.lock().unwrap();
            out.push_str(&line);
            out.push('\n');
        }
    });
    text
}

impl Running {
    /// Starts `kampung <args>` and waits until it prints a line containing `ready`.
    pub fn start(args: &[&str], ready: &str) -> Running {
        Running::start_in("en", args, ready)
    }

    /// [`Running::start`] with its messages in `lang` (`id`, `en`).
    pub fn start_in(lang: &str, args: &[&str], ready: &str) -> Running {
        let mut child = kampung()
            .env("KAMPUNG_LANG", lang)
            .args(args)
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("kampung starts");
        let stdout = collect_lines(child.stdout.take().unwrap());
        let stderr = collect_lines(child.stderr.take().unwrap());
        let mut running = Running {
            child,
            stdout,
            stderr,
            port: 0,
        };
        let ok = wait_until(60, || running.stdout.lock().unwrap().contains(ready));
        assert!(
            ok,
            "kampung did not get ready: {}",
            running.stdout.lock().unwrap()
        );
        let out = running.stdout.lock().unwrap().clone();
        running.port = out
            .split("http://127.0.0.1:")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .and_then(|p| p.parse().ok())
            .unwrap_or(0);
        running
    }

    /// How many times `word` occurs in what it printed on stdout.
    pub fn count(&self, word: &str) -> usize {
        self.stdout.lock().unwrap().matches(word).count()
    }

    /// How many times `word` occurs on stdout once no new one has come for `quiet`;
    /// `None` if it is still changing after `deadline`.
    pub fn count_when_quiet(
        &self,
        word: &str,
        quiet: std::time::Duration,
        deadline: std::time::Duration,
    ) -> Option<usize> {
        let started = std::time::Instant::now();
        let mut seen = self.count(word);
        let mut since = std::time::Instant::now();
        while started.elapsed() < deadline {
            std::thread::sleep(std::time::Duration::from_millis(25));
            let now = self.count(word);
            if now != seen {
                seen = now;
                since = std::time::Instant::now();
            } else if since.elapsed() >= quiet {
                return Some(seen);
            }
        }
        None
    }

    /// How many times `word` occurs in what it printed on stderr.
    pub fn count_stderr(&self, word: &str) -> usize {
        self.stderr.lock().unwrap().matches(word).count()
    }

    /// What it printed on stderr so far.
    pub fn errors(&self) -> String {
        self.stderr.lock().unwrap().clone()
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every HTML page under `public`, sorted.
pub fn html_pages(public: &Path) -> Vec<std::path::PathBuf> {
    let mut pages: Vec<_> = walkdir::WalkDir::new(public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    pages.sort();
    pages
}

/// Runs check-jsonschema (PyPI; .ci/run installs it) with `args`.
pub fn check_jsonschema<I, S>(args: I) -> std::process::Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    std::process::Command::new("check-jsonschema")
        .args(args)
        .output()
        .unwrap_or_else(|e| {
            panic!(
                "check-jsonschema is needed ({e}); run .ci/run, or \
                 python3 -m pip install --user check-jsonschema and put ~/.local/bin on PATH"
            )
        })
}
