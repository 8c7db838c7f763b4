//! `kampung serve`: the server answers from memory, rebuilds on every kind of
//! edit, shows content errors without dropping the last good site, and keeps
//! requests inside the site.

use crate::common::{Running, Site, get, http, wait_until};
use std::fs;

fn serve(site: &Site) -> Running {
    site.serve(&["--debounce", "50"])
}

/// Waits until the page at `path` contains `text`.
fn shows(server: &Running, path: &str, text: &str) -> bool {
    wait_until(10, || get(server.port, path).1.contains(text))
}

#[test]
fn every_kind_of_edit_shows_up() {
    let site = Site::new("basic");
    let server = serve(&site);
    assert!(get(server.port, "/alpha/").1.contains("Rukun dan makmur"));

    // Modify a file in place.
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Rukun, guyub, makmur"),
    );
    assert!(shows(&server, "/alpha/", "Rukun, guyub, makmur"), "modify");

    // Create a file.
    site.write(
        "content/alpha/berita/baru.md",
        "---\njudul: Kabar paling baru\ntanggal: 2026-11-20\n---\nIsi.\n",
    );
    assert!(
        shows(&server, "/alpha/berita/baru/", "Kabar paling baru"),
        "create"
    );
    assert!(
        shows(&server, "/alpha/", "Kabar paling baru"),
        "the home page lists it"
    );

    // Delete a file.
    site.remove("content/alpha/berita/lama.md");
    assert!(
        wait_until(10, || get(server.port, "/alpha/berita/lama/").0 == 404),
        "delete"
    );

    // Rename a file.
    fs::rename(
        site.path("content/alpha/halaman/profil.md"),
        site.path("content/alpha/halaman/profil-desa.md"),
    )
    .unwrap();
    assert!(
        shows(&server, "/alpha/profil-desa/", "Profil Desa"),
        "rename"
    );
    assert!(
        wait_until(10, || get(server.port, "/alpha/profil/").0 == 404),
        "old name gone"
    );

    // Save by rename, as vim and many IDEs do: backup, temporary file, rename over.
    let desa = site.read("content/alpha/desa.yaml");
    fs::write(site.path("content/alpha/4913"), "").unwrap();
    fs::remove_file(site.path("content/alpha/4913")).unwrap();
    fs::rename(
        site.path("content/alpha/desa.yaml"),
        site.path("content/alpha/desa.yaml~"),
    )
    .unwrap();
    fs::write(site.path("content/alpha/.desa.yaml.swp"), "swap").unwrap();
    fs::write(
        site.path("content/alpha/desa.yaml.tmp"),
        desa.replace("guyub", "gotong royong"),
    )
    .unwrap();
    fs::rename(
        site.path("content/alpha/desa.yaml.tmp"),
        site.path("content/alpha/desa.yaml"),
    )
    .unwrap();
    fs::remove_file(site.path("content/alpha/desa.yaml~")).unwrap();
    fs::remove_file(site.path("content/alpha/.desa.yaml.swp")).unwrap();
    assert!(
        shows(&server, "/alpha/", "Rukun, gotong royong, makmur"),
        "save by rename"
    );

    // A whole new village, then the village gone.
    crate::common::copy_tree(&site.path("content/beta"), &site.path("content/gamma"));
    assert!(shows(&server, "/", "gamma/"), "new village on the portal");
    assert!(
        wait_until(10, || get(server.port, "/gamma/").0 == 200),
        "new village"
    );
    site.remove("content/gamma");
    assert!(
        wait_until(10, || get(server.port, "/gamma/").0 == 404),
        "village deleted"
    );
    assert!(
        wait_until(10, || !get(server.port, "/").1.contains("gamma/")),
        "portal updated"
    );

    // A template edit rebuilds everything.
    site.write("templates/page.html", "{% extends \"village_base.html\" %}{% block content %}<p id=\"t\">TEMPLAT {{ doc.title.text }}</p>{% endblock content %}");
    assert!(
        shows(&server, "/alpha/sejarah/", "TEMPLAT Sejarah Desa"),
        "template"
    );
}

#[test]
fn a_bad_edit_shows_an_overlay_and_keeps_the_last_good_site() {
    let site = Site::new("basic");
    let server = serve(&site);
    let good = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &good.replace("kecamatan: Glagah", "kecamatan: [Glagah"),
    );
    assert!(
        shows(&server, "/alpha/", "content/alpha/desa.yaml:"),
        "the error reaches the page"
    );
    let (status, page) = get(server.port, "/alpha/");
    assert_eq!(status, 200);
    assert!(
        page.contains("Rukun dan makmur"),
        "the last good page is still served"
    );
    // Only a failed rebuild puts problem text into the page's initial state; the
    // overlay's element id is in the live-reload script of every page, errors or not.
    for path in ["/en/alpha/news/", "/beta/", "/tidak/ada/"] {
        let problems = overlay_problems(&get(server.port, path).1);
        assert!(
            problems
                .as_deref()
                .is_some_and(|p| p.contains("content/alpha/desa.yaml:")),
            "{path} carries the overlay with the problem: {problems:?}"
        );
    }
    site.write(
        "content/alpha/desa.yaml",
        &good.replace("Rukun dan makmur", "Sudah diperbaiki"),
    );
    assert!(shows(&server, "/alpha/", "Sudah diperbaiki"), "fixed");
    assert_eq!(
        overlay_problems(&get(server.port, "/alpha/").1),
        None,
        "no overlay once fixed"
    );
}

/// A content value that ends the overlay's inline script if it reaches the page unescaped.
const SCRIPT_BREAKER: &str = "</script><script>alert(1)</script>";

/// The problems a served page shows in its overlay from the start (the JSON value
/// of `const p=` in the live-reload script), or `None` when it shows none.
fn overlay_problems(page: &str) -> Option<String> {
    let scripts = scripts(page);
    let script = scripts
        .iter()
        .find(|s| s.contains("EventSource(\"/__kampung/events\")"))
        .unwrap_or_else(|| panic!("no live-reload script in {page}"));
    let initial = script
        .split_once("const p=")
        .and_then(|(_, rest)| rest.split_once(";function show("))
        .map(|(json, _)| json)
        .unwrap_or_else(|| panic!("no initial problems in {script}"));
    serde_json::from_str(initial).unwrap_or_else(|e| panic!("{initial}: {e}"))
}

/// The text of every script element of `page`, as an HTML parser sees them.
fn scripts(page: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(page);
    let selector = scraper::Selector::parse("script").unwrap();
    html.select(&selector).map(|s| s.text().collect()).collect()
}

/// Asserts that `page` shows `value` in its overlay and that the value ran no script.
fn shows_value_in_overlay_only(page: &str, value: &str, path: &str) {
    assert!(
        !page.contains("</script><script>alert(1)"),
        "{path}: the value ends the inline script:\n{page}"
    );
    assert!(
        !scripts(page)
            .iter()
            .any(|s| s.contains("alert(1)") && !s.contains("EventSource")),
        "{path}: the value became a script of its own"
    );
    let problems = overlay_problems(page);
    assert!(
        problems.as_deref().is_some_and(|p| p.contains(value)),
        "{path}: the overlay shows the value: {problems:?}"
    );
}

#[test]
fn content_cannot_end_the_overlay_script() {
    let broken =
        |desa: &str| desa.replace("jumlah: 2563", &format!("jumlah: \"{SCRIPT_BREAKER}\""));
    // A bad edit while serving: the last good pages carry the problem.
    let site = Site::new("basic");
    let server = serve(&site);
    let good = site.read("content/alpha/desa.yaml");
    site.write("content/alpha/desa.yaml", &broken(&good));
    assert!(
        wait_until(10, || get(server.port, "/alpha/")
            .1
            .contains("penduduk.jumlah")),
        "the error reaches the page"
    );
    for path in ["/alpha/", "/en/alpha/news/", "/tidak/ada/"] {
        shows_value_in_overlay_only(&get(server.port, path).1, SCRIPT_BREAKER, path);
    }
    // A site broken from the start: the placeholder page carries it too.
    let site = Site::new("basic");
    site.write("content/alpha/desa.yaml", &broken(&good));
    let server = serve(&site);
    shows_value_in_overlay_only(&get(server.port, "/alpha/").1, SCRIPT_BREAKER, "/alpha/");
}

#[test]
fn requests_stay_inside_the_site() {
    let site = Site::new("basic");
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", site.path("content/alpha/berkas/passwd")).unwrap();
    let server = serve(&site);
    for path in [
        "/../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/alpha/..%2f..%2fetc/passwd",
        "/%2E%2E%5c",
    ] {
        let (status, body) = get(server.port, path);
        assert_eq!(status, 400, "{path}");
        assert!(!body.contains("root:"), "{path}");
    }
    let (status, body) = get(server.port, "/alpha/berkas/passwd");
    assert_eq!(status, 404);
    assert!(!body.contains("root:"));
    // The site's own 404 page, in the address's language.
    let (status, body) = get(server.port, "/tidak/ada/");
    assert_eq!(status, 404);
    assert!(body.contains("Halaman tidak ditemukan"));
    let (status, body) = get(server.port, "/en/nothing/");
    assert_eq!(status, 404);
    assert!(body.contains("Page not found"));
    // Folders answer with their index.html; a folder without its slash is redirected.
    let (status, head, _) = http(server.port, "GET", "/alpha", None);
    assert_eq!(status, 301);
    assert!(head.contains("Location: /alpha/"), "{head}");
    let (_, head, _) = http(server.port, "GET", "/alpha/apbdes/2023.csv", None);
    assert!(
        head.contains("Content-Type: text/csv; charset=utf-8"),
        "{head}"
    );
    let (_, head, _) = http(server.port, "GET", "/alpha/berkas/formulir.pdf", None);
    assert!(head.contains("Content-Type: application/pdf"), "{head}");
    let (status, _, _) = http(server.port, "POST", "/alpha/", Some("x"));
    assert_eq!(status, 405);
}

#[test]
fn two_hundred_concurrent_requests_are_all_answered() {
    let site = Site::new("basic");
    let server = serve(&site);
    let port = server.port;
    let paths = [
        "/",
        "/alpha/",
        "/en/alpha/news/",
        "/alpha/layanan/surat-pengantar/",
        "/alpha/berkas/formulir.pdf",
    ];
    let handles: Vec<_> = (0..200)
        .map(|i| {
            let path = paths[i % paths.len()];
            std::thread::spawn(move || get(port, path).0)
        })
        .collect();
    let statuses: Vec<u16> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
}

#[test]
fn nothing_is_injected_by_build() {
    let site = Site::new("basic");
    site.build();
    assert!(!site.read("public/alpha/index.html").contains("EventSource"));
    let server = serve(&site);
    assert!(
        get(server.port, "/alpha/")
            .1
            .contains("EventSource(\"/__kampung/events\")")
    );
}

#[test]
fn polling_sees_edits_too() {
    let site = Site::new("basic");
    let server = site.serve(&["--poll", "--debounce", "100"]);
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Terlihat lewat polling"),
    );
    assert!(shows(&server, "/alpha/", "Terlihat lewat polling"));
}

#[test]
fn a_closed_write_is_rebuilt_without_waiting_out_the_debounce() {
    // An editor's save ends with the file's close: the rebuild waits a fifth
    // of the debounce after it (800 ms here), not the whole 4 s.
    let site = Site::new("basic");
    let server = site.serve(&["--debounce", "4000"]);
    let desa = site.read("content/alpha/desa.yaml");
    let written = std::time::Instant::now();
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Tersimpan dan ditutup"),
    );
    assert!(shows(&server, "/alpha/", "Tersimpan dan ditutup"));
    let took = written.elapsed();
    assert!(
        took < std::time::Duration::from_millis(4000),
        "the rebuild waited out the debounce: {took:?}"
    );
}

#[test]
fn a_file_still_open_for_writing_is_not_rebuilt_before_the_debounce() {
    use std::io::Write;
    // Half a file, written and flushed but not closed: kampung waits the whole
    // debounce (2 s) for more, instead of building the half.
    let site = Site::new("basic");
    let server = site.serve(&["--debounce", "2000"]);
    let before = server.count("Rebuilt in");
    let desa = site.read("content/alpha/desa.yaml");
    let text = desa.replace("Rukun dan makmur", "Ditulis perlahan");
    let (half, rest) = text.split_at(text.len() / 2);
    let mut file = std::fs::File::create(site.path("content/alpha/desa.yaml")).unwrap();
    file.write_all(half.as_bytes()).unwrap();
    file.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(1000));
    assert_eq!(
        server.count("Rebuilt in") - before,
        0,
        "a rebuild started while the file was still open"
    );
    assert_eq!(
        server.count_stderr("still being served"),
        0,
        "the half file was built"
    );
    file.write_all(rest.as_bytes()).unwrap();
    drop(file);
    assert!(shows(&server, "/alpha/", "Ditulis perlahan"));
    assert_eq!(
        server.count_stderr("still being served"),
        0,
        "{}",
        server.errors()
    );
}

#[test]
fn a_burst_of_many_files_is_one_rebuild() {
    // The quiet after a closed write (a fifth of the debounce) is long next to
    // the time between two writes of the burst, so that one rebuild is the
    // only right answer even on a busy machine.
    let debounce = std::time::Duration::from_millis(1000);
    let settled = debounce / 5;
    let site = Site::new("basic");
    let millis = debounce.as_millis().to_string();
    let server = site.serve(&["--debounce", &millis]);
    let before = server.count("Rebuilt in");
    let mut longest_gap = std::time::Duration::ZERO;
    let mut last = std::time::Instant::now();
    for i in 0..300 {
        site.write(
            &format!("content/beta/berita/banyak-{i:03}.md"),
            &format!("---\njudul: Kabar {i}\ntanggal: 2026-01-01\n---\nIsi.\n"),
        );
        longest_gap = longest_gap.max(last.elapsed());
        last = std::time::Instant::now();
    }
    assert!(
        longest_gap < settled,
        "the test did not write a burst: {longest_gap:?} between two writes, more than the {settled:?} quiet of a closed write"
    );
    assert!(shows(&server, "/beta/berita/banyak-299/", "Kabar 299"));
    // Count until no rebuild has come for several debounce periods.
    let total = server.count_when_quiet(
        "Rebuilt in",
        debounce * 4,
        std::time::Duration::from_secs(20),
    );
    let Some(total) = total else {
        panic!("the server kept rebuilding for 20 s after one burst");
    };
    let rebuilds = total - before;
    assert_eq!(
        rebuilds, 1,
        "{rebuilds} rebuilds for one burst of 300 files"
    );
    assert_eq!(
        server.count_stderr("still being served"),
        0,
        "a rebuild of the burst failed: {}",
        server.errors()
    );
}

/// A file of a megabyte: a few answers with it fill a client's socket buffers.
const BIG_FILE: &str = "/alpha/berkas/besar.pdf";

/// Hostile clients on the loopback, driven by one thread until dropped: some
/// pipeline request after request on one connection and never read an answer,
/// others send a request head one byte at a time and never end it.
struct Attack {
    stop: std::sync::Arc<std::sync::atomic::AtomicBool>,
    /// How many of its clients the server has not closed yet.
    connected: std::sync::Arc<std::sync::atomic::AtomicUsize>,
    thread: Option<std::thread::JoinHandle<()>>,
}

impl Attack {
    /// `pipelining` clients that never read and `slow` clients that never finish
    /// their headers, all connected to `port` when this returns.
    fn start(port: u16, pipelining: usize, slow: usize) -> Attack {
        use std::io::Write;
        use std::sync::atomic::Ordering;
        let connect = || {
            let stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
            stream.set_nonblocking(true).unwrap();
            stream
        };
        // (socket, bytes still to send); `None` once the server closed it.
        let mut pipeliners: Vec<(Option<std::net::TcpStream>, Vec<u8>)> = (0..pipelining)
            .map(|_| (Some(connect()), Vec::new()))
            .collect();
        let mut slowpokes: Vec<Option<std::net::TcpStream>> =
            (0..slow).map(|_| Some(connect())).collect();
        let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stopped = std::sync::Arc::clone(&stop);
        let connected = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(pipelining + slow));
        let still = std::sync::Arc::clone(&connected);
        let thread = std::thread::spawn(move || {
            let request = format!("GET {BIG_FILE} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");
            let head = b"GET /alpha/ HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
            let mut sent = 0usize;
            while !stopped.load(Ordering::Relaxed) {
                for (socket, pending) in &mut pipeliners {
                    let Some(stream) = socket else { continue };
                    if pending.is_empty() {
                        *pending = request.repeat(64).into_bytes();
                    }
                    match stream.write(pending) {
                        Ok(n) => drop(pending.drain(..n)),
                        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {}
                        Err(_) => *socket = None,
                    }
                }
                // One more byte of a head that never ends, on every slow client.
                let byte = head.get(sent).copied().unwrap_or(b'a');
                for socket in &mut slowpokes {
                    if let Some(stream) = socket
                        && !matches!(stream.write(&[byte]), Ok(1))
                    {
                        *socket = None;
                    }
                }
                sent += 1;
                let open = pipeliners.iter().filter(|(s, _)| s.is_some()).count()
                    + slowpokes.iter().filter(|s| s.is_some()).count();
                still.store(open, Ordering::Relaxed);
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
        });
        Attack {
            stop,
            connected,
            thread: Some(thread),
        }
    }

    /// How many of its clients are still connected.
    fn connected(&self) -> usize {
        self.connected.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl Drop for Attack {
    /// Stops the clients and closes their sockets.
    fn drop(&mut self) {
        self.stop.store(true, std::sync::atomic::Ordering::Relaxed);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// One normal request for `/alpha/`: how long its full answer took, or what went
/// wrong within three seconds.
fn timed_get(port: u16) -> Result<std::time::Duration, String> {
    use std::io::{Read, Write};
    let limit = std::time::Duration::from_secs(3);
    let started = std::time::Instant::now();
    let address = std::net::SocketAddr::from(([127, 0, 0, 1], port));
    let mut stream = std::net::TcpStream::connect_timeout(&address, limit)
        .map_err(|e| format!("connect: {e}"))?;
    stream.set_read_timeout(Some(limit)).unwrap();
    stream.set_write_timeout(Some(limit)).unwrap();
    let request =
        format!("GET /alpha/ HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    stream
        .write_all(request.as_bytes())
        .map_err(|e| format!("send: {e}"))?;
    let mut answer = Vec::new();
    let mut buffer = [0u8; 16384];
    while started.elapsed() < limit {
        match stream.read(&mut buffer) {
            Ok(0) => break,
            Ok(n) => answer.extend_from_slice(&buffer[..n]),
            Err(e) => return Err(format!("no full answer after {:?}: {e}", started.elapsed())),
        }
    }
    let elapsed = started.elapsed();
    let text = String::from_utf8_lossy(&answer);
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let length = head
        .to_ascii_lowercase()
        .lines()
        .find_map(|l| {
            l.strip_prefix("content-length:")
                .map(|v| v.trim().parse::<usize>())
        })
        .and_then(Result::ok);
    if !head.starts_with("HTTP/1.1 200")
        || length != Some(body.len())
        || !body.contains("Desa Alpha")
    {
        return Err(format!("incomplete answer after {elapsed:?}: {head}"));
    }
    Ok(elapsed)
}

/// The slowest of five normal requests made one after the other.
fn slowest_of_five(port: u16) -> Result<std::time::Duration, String> {
    let mut slowest = std::time::Duration::ZERO;
    for _ in 0..5 {
        slowest = slowest.max(timed_get(port)?);
    }
    Ok(slowest)
}

#[test]
fn slow_and_pipelining_clients_do_not_hold_up_others() {
    let site = Site::new("basic");
    site.write(
        &format!("content{BIG_FILE}"),
        &"%PDF-1.4 besar\n".repeat(70_000),
    );
    let quiet = slowest_of_five(serve(&site).port);
    let mut results = vec![("no attack", quiet, 0)];
    for (name, pipelining, slow) in [
        ("50 pipelining clients that never read", 50, 0),
        ("200 clients that never finish their headers", 0, 200),
        ("both at once", 50, 200),
    ] {
        // A server of its own for each attack, so that one cannot spill into the next.
        let server = serve(&site);
        let attack = Attack::start(server.port, pipelining, slow);
        // Let the attack take hold: the server has read what it can and its
        // answers to the pipelining clients fill their sockets.
        std::thread::sleep(std::time::Duration::from_secs(1));
        let slowest = slowest_of_five(server.port);
        results.push((name, slowest, attack.connected()));
        drop(attack);
    }
    eprintln!(
        "slowest of five normal requests (and hostile clients still connected): {results:#?}"
    );
    for (name, result, _) in &results {
        assert!(
            result
                .as_ref()
                .is_ok_and(|t| *t < std::time::Duration::from_secs(1)),
            "{name}: {results:#?}"
        );
    }
}

/// How `content/` of a served site is replaced.
#[derive(Debug, Clone, Copy)]
enum Replace {
    /// Deleted, then copied back from a backup, as restoring a backup does.
    DeleteAndCopyBack,
    /// Renamed away, and a copy renamed into its place.
    RenameSwap,
}

/// Replaces `content/` of `site` with a copy of itself, `how`; returns the
/// backup folder (kept alive until the test ends).
fn replace_content(site: &Site, how: Replace) -> tempfile::TempDir {
    let backup = tempfile::tempdir().unwrap();
    crate::common::copy_tree(&site.path("content"), &backup.path().join("content"));
    match how {
        Replace::DeleteAndCopyBack => {
            fs::remove_dir_all(site.path("content")).unwrap();
            crate::common::copy_tree(&backup.path().join("content"), &site.path("content"));
        }
        Replace::RenameSwap => {
            crate::common::copy_tree(
                &backup.path().join("content"),
                &site.path("content.salinan"),
            );
            fs::rename(site.path("content"), site.path("content.lama")).unwrap();
            fs::rename(site.path("content.salinan"), site.path("content")).unwrap();
        }
    }
    backup
}

/// Serves the sample with `flags`, replaces its content/ `how`, then edits a
/// village: the served page must change.
fn survives_replaced_content(how: Replace, flags: &[&str]) {
    let site = Site::sample();
    let mut all = vec!["--debounce", "50"];
    all.extend_from_slice(flags);
    let server = site.serve(&all);
    let slogan = "Desa Adat Osing: suguh, gupuh, lungguh";
    assert!(get(server.port, "/kemiren/").1.contains(slogan));
    let _backup = replace_content(&site, how);
    // A native watcher loses the folder and says so when it watches the new
    // one. A poller follows the name: whether it sees the folder go at all
    // depends on how the swap falls between two polls (rm + cp may even reuse
    // the inode), so for it only the edit below counts.
    if !flags.contains(&"--poll") {
        assert!(
            wait_until(10, || server.count("is watched again") >= 1),
            "{how:?}: no line says content/ is watched again\n{}",
            server.errors()
        );
    }
    let desa = site.read("content/kemiren/desa.yaml");
    site.write(
        "content/kemiren/desa.yaml",
        &desa.replace(slogan, "Desa Adat Osing, dipulihkan dari cadangan"),
    );
    assert!(
        wait_until(20, || get(server.port, "/kemiren/")
            .1
            .contains("Desa Adat Osing, dipulihkan dari cadangan")),
        "{how:?} {flags:?}: an edit after content/ was replaced shows up\nstdout:\n{}\nstderr:\n{}",
        server.stdout.lock().unwrap(),
        server.errors()
    );
    assert_eq!(
        overlay_problems(&get(server.port, "/kemiren/").1),
        None,
        "no overlay once content/ is back"
    );
}

#[test]
fn serve_keeps_watching_after_content_is_deleted_and_copied_back() {
    survives_replaced_content(Replace::DeleteAndCopyBack, &[]);
}

#[test]
fn serve_keeps_watching_after_content_is_renamed_away_and_a_copy_renamed_in() {
    survives_replaced_content(Replace::RenameSwap, &[]);
}

#[test]
fn serve_with_poll_keeps_watching_after_content_is_deleted_and_copied_back() {
    survives_replaced_content(Replace::DeleteAndCopyBack, &["--poll"]);
}

#[test]
fn serve_with_poll_keeps_watching_after_content_is_renamed_away_and_a_copy_renamed_in() {
    survives_replaced_content(Replace::RenameSwap, &["--poll"]);
}

#[test]
fn a_lost_content_folder_is_told_in_indonesian_in_the_terminal_and_the_overlay() {
    let site = Site::new("basic");
    let root = site.root().to_str().unwrap().to_string();
    let server = crate::common::Running::start(
        &[
            "serve",
            "--root",
            &root,
            "--port",
            "0",
            "--debounce",
            "50",
            "--bahasa",
            "id",
        ],
        "Menyajikan http://",
    );
    let backup = tempfile::tempdir().unwrap();
    crate::common::copy_tree(&site.path("content"), backup.path());
    fs::remove_dir_all(site.path("content")).unwrap();
    assert!(
        wait_until(10, || {
            server.count_stderr(
            "kesalahan: folder content/ hilang, jadi perubahan tidak terlihat; kampung menunggu folder itu kembali [K0954]"
        ) == 1
        }),
        "the terminal says content/ is gone: {}",
        server.errors()
    );
    let (status, page) = get(server.port, "/alpha/");
    assert_eq!(status, 200, "the last good site is still served");
    let overlay = overlay_problems(&page).unwrap_or_default();
    assert!(
        overlay.starts_with("kampung: perubahan sedang tidak terlihat")
            && overlay.contains("[K0954]"),
        "the overlay says so: {overlay}"
    );
    crate::common::copy_tree(backup.path(), &site.path("content"));
    assert!(
        wait_until(10, || server
            .count("folder content/ sudah ada lagi dan dipantau lagi")
            == 1),
        "the terminal says it is back: {}",
        server.stdout.lock().unwrap()
    );
    assert!(
        wait_until(10, || overlay_problems(&get(server.port, "/alpha/").1)
            .is_none()),
        "the overlay goes once content/ is back"
    );
}
