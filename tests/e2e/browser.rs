//! A real browser (Debian's Chromium, driven through chromedriver): an open page
//! reloads by itself after an edit and shows the error overlay after a bad edit.
//!
//! Needs `chromium` and `chromium-driver`; `.ci/run` installs them and runs these
//! tests with `--include-ignored`.

use crate::common::{Site, http, wait_until};

/// A WebDriver session on a local chromedriver, closed when dropped.
pub struct Browser {
    driver: std::process::Child,
    port: u16,
    session: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    fn start() -> Browser {
        Browser::start_with(serde_json::json!({}))
    }

    /// A phone: 360×800 CSS pixels at 2 device pixels per CSS pixel, the screen of
    /// a low-cost Android phone.
    fn phone() -> Browser {
        Browser::start_with(serde_json::json!({
            "deviceMetrics": { "width": 360, "height": 800, "pixelRatio": 2.0 },
            "userAgent": "Mozilla/5.0 (Linux; Android 12; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0 Mobile Safari/537.36"
        }))
    }

    /// A screen of `width`×`height` CSS pixels at `ratio` device pixels each.
    pub fn device(width: u32, height: u32, ratio: f64) -> Browser {
        Browser::start_with(serde_json::json!({
            "deviceMetrics": { "width": width, "height": height, "pixelRatio": ratio },
        }))
    }

    fn start_with(mobile: serde_json::Value) -> Browser {
        let port = free_port();
        let driver = std::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("chromedriver is installed (apt-get install chromium chromium-driver)");
        assert!(
            wait_until(20, || std::net::TcpStream::connect(("127.0.0.1", port))
                .is_ok()),
            "chromedriver starts"
        );
        let profile = tempfile::tempdir().unwrap().keep();
        let capabilities = serde_json::json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                // A page load that hangs fails after a minute (see `open`), not after
                // chromedriver's five; a script may run a minute, longer than the
                // 30 s a page-weight check waits for a slow picture (the default
                // 30 s script timeout cut that wait short on a loaded machine).
                "timeouts": { "pageLoad": 60_000, "script": 60_000 },
                "goog:loggingPrefs": { "browser": "ALL" },
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "mobileEmulation": mobile,
                    "prefs": { "intl.accept_languages": "id" },
                    "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display())]
                }
            }}
        });
        let (status, _, body) = http(port, "POST", "/session", Some(&capabilities.to_string()));
        assert_eq!(status, 200, "{body}");
        let reply: serde_json::Value = serde_json::from_str(&body).unwrap();
        let session = reply["value"]["sessionId"].as_str().unwrap().to_string();
        Browser {
            driver,
            port,
            session,
        }
    }

    /// Console messages logged since the last call (level, text).
    pub fn console(&self) -> Vec<(String, String)> {
        let reply = self.command("/se/log", serde_json::json!({ "type": "browser" }));
        reply
            .as_array()
            .map(|rows| {
                rows.iter()
                    .map(|r| {
                        (
                            r["level"].as_str().unwrap_or("").to_string(),
                            r["message"].as_str().unwrap_or("").to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A PNG of the whole page.
    pub fn screenshot(&self) -> Vec<u8> {
        let (status, _, reply) = http(
            self.port,
            "GET",
            &format!("/session/{}/screenshot", self.session),
            None,
        );
        assert_eq!(status, 200);
        let data: serde_json::Value = serde_json::from_str(&reply).unwrap();
        base64_decode(data["value"].as_str().unwrap())
    }

    fn command(&self, path: &str, body: serde_json::Value) -> serde_json::Value {
        let (status, _, reply) = http(
            self.port,
            "POST",
            &format!("/session/{}{path}", self.session),
            Some(&body.to_string()),
        );
        assert_eq!(status, 200, "{reply}");
        serde_json::from_str::<serde_json::Value>(&reply).unwrap()["value"].clone()
    }

    /// Opens `url`. A load that hangs (seen once per few hundred loads in a
    /// loaded CI run, the renderer never answering) is tried once more; a
    /// second hang fails the test.
    pub fn open(&self, url: &str) {
        let body = serde_json::json!({ "url": url }).to_string();
        let path = format!("/session/{}/url", self.session);
        let (status, _, reply) = http(self.port, "POST", &path, Some(&body));
        if status != 200 {
            eprintln!("loading {url} failed ({status}), once more: {reply}");
            self.command("/url", serde_json::json!({ "url": url }));
        }
    }

    /// Runs `script`, which ends by calling `done(value)`.
    pub fn eval_async(&self, script: &str) -> serde_json::Value {
        self.command(
            "/execute/async",
            serde_json::json!({
                "script": format!("const done = arguments[arguments.length - 1]; {script}"),
                "args": []
            }),
        )
    }

    /// Bytes the open page transferred once scrolled to the end (so that every lazy
    /// picture loaded), the pictures it fetched, and the pictures of the page that
    /// did not arrive (missing, or not a picture: `naturalWidth` 0).
    fn page_weight(&self) -> (u64, Vec<String>, Vec<String>) {
        let (reply, strings) = self.page_weight_reply();
        assert_eq!(
            reply["pending"],
            serde_json::json!([]),
            "every picture loaded: {reply}"
        );
        (
            reply["total"].as_u64().unwrap(),
            strings("images"),
            strings("missing"),
        )
    }

    /// The pictures of the open page that did not arrive, missing or still
    /// pending after the wait: the check that deleted photos are noticed
    /// (a request for a deleted file may still be pending on a loaded machine).
    fn pictures_not_arrived(&self) -> Vec<String> {
        let (_, strings) = self.page_weight_reply();
        let mut out = strings("missing");
        out.extend(strings("pending"));
        out
    }

    /// What [`Browser::page_weight`] measures, as the page reported it, and a
    /// reader of its lists.
    fn page_weight_reply(&self) -> (serde_json::Value, impl Fn(&str) -> Vec<String>) {
        let reply = self.eval_async(
            "(async () => {
               const originals = [...document.images];
               for (let y = 0; y <= document.body.scrollHeight; y += 300) {
                 window.scrollTo(0, y);
                 await new Promise(r => setTimeout(r, 60));
               }
               // A lazy picture that headless Chromium has not started is loaded
               // through an eager copy, which picks the same file.
               const twins = originals.map(i => {
                 if (i.complete) return i;
                 const copy = (i.closest('picture') || i).cloneNode(true);
                 const img = copy.querySelector('img') || copy;
                 img.removeAttribute('loading');
                 document.body.appendChild(copy);
                 return img;
               });
               // Generous: on a loaded CI machine a picture has taken over 10 s.
               const deadline = Date.now() + 30000;
               const loaded = () => [...document.images].filter(i => !i.complete && !i.hasAttribute('loading')).length === 0;
               while (!loaded() && Date.now() < deadline) {
                 await new Promise(r => setTimeout(r, 50));
               }
               await new Promise(r => setTimeout(r, 300));
               const nav = performance.getEntriesByType('navigation')[0];
               const res = performance.getEntriesByType('resource');
               done({
                 pending: [...document.images].filter(i => !i.complete && !i.hasAttribute('loading')).map(i => i.currentSrc || i.src),
                 total: nav.transferSize + res.reduce((a, r) => a + r.transferSize, 0),
                 images: res.filter(r => r.initiatorType === 'img').map(r => r.name.split('/').pop() + ' ' + r.transferSize),
                 missing: twins.filter(t => !(t.complete && t.naturalWidth > 0)).map(t => t.currentSrc || t.src),
               });
             })();",
        );
        let lists = reply.clone();
        let strings = move |key: &str| -> Vec<String> {
            lists[key]
                .as_array()
                .unwrap()
                .iter()
                .map(|v| v.as_str().unwrap().to_string())
                .collect()
        };
        (reply, strings)
    }

    /// The open page printed as the browser prints it (its own `@page` size), as PDF.
    pub fn print_pdf(&self) -> Vec<u8> {
        let reply = self.command(
            "/print",
            serde_json::json!({ "background": false, "shrinkToFit": false }),
        );
        base64_decode(reply.as_str().unwrap())
    }

    /// Types `text` into the last element matching `css`, as a user would (for a
    /// file input: the path of the file to upload). False if there is none.
    pub fn send_keys(&self, css: &str, text: &str) -> bool {
        let found = self.command(
            "/elements",
            serde_json::json!({ "using": "css selector", "value": css }),
        );
        let Some(element) = found
            .as_array()
            .and_then(|a| a.last())
            .and_then(|e| e.as_object())
            .and_then(|o| o.values().next())
            .and_then(|v| v.as_str())
            .map(str::to_string)
        else {
            return false;
        };
        self.command(
            &format!("/element/{element}/value"),
            serde_json::json!({ "text": text }),
        );
        true
    }

    pub fn eval(&self, script: &str) -> serde_json::Value {
        self.command(
            "/execute/sync",
            serde_json::json!({ "script": script, "args": [] }),
        )
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = http(
            self.port,
            "DELETE",
            &format!("/session/{}", self.session),
            None,
        );
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn an_open_page_reloads_after_an_edit_and_shows_errors() {
    let site = Site::new("basic");
    let server = site.serve(&["--debounce", "50"]);
    let browser = Browser::start();
    browser.open(&format!("http://127.0.0.1:{}/alpha/", server.port));
    assert_eq!(
        browser.eval("return document.querySelector('h1').textContent"),
        "Desa Alpha"
    );
    // Mark this page load; a reload clears the mark.
    browser.eval("window.kampungMark = 1; return 1");
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Dimuat ulang sendiri"),
    );
    let reloaded = wait_until(10, || {
        browser.eval("return window.kampungMark === undefined && document.body.textContent.includes('Dimuat ulang sendiri')") == true
    });
    assert!(reloaded, "the page reloaded by itself with the new text");

    // A bad edit: the overlay appears on the open page, which still shows the last good site.
    site.write("content/alpha/desa.yaml", "nama: [rusak\n");
    let overlay = wait_until(10, || {
        browser.eval("const o = document.getElementById('kampung-overlay'); return !!o && o.textContent.includes('content/alpha/desa.yaml')") == true
    });
    assert!(overlay, "the error overlay appears");
    assert_eq!(
        browser.eval("return document.querySelector('h1').textContent"),
        "Desa Alpha"
    );

    // Fixed: the page reloads and the overlay is gone.
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Sudah baik lagi"),
    );
    let fixed = wait_until(10, || {
        browser.eval("return !document.getElementById('kampung-overlay') && document.body.textContent.includes('Sudah baik lagi')") == true
    });
    assert!(fixed, "the page reloads without the overlay once fixed");
}

/// The picture budget: a destination page with five phone photos, and every
/// destination page of the sample, transfer under 500 KB on a 360 px phone.
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn destination_pages_stay_under_500_kb_on_a_phone() {
    const BUDGET: u64 = 500_000;
    let phone_photos = crate::pictures::site_with_photos(&[
        (4032, 3024, 1),
        (3024, 4032, 6),
        (4032, 3024, 1),
        (4032, 3024, 1),
        (4032, 3024, 1),
    ]);
    let sample = Site::sample();
    let browser = Browser::phone();
    let mut report = Vec::new();
    for (site, pages) in [
        (&phone_photos, vec!["/alpha/wisata/air-terjun/".to_string()]),
        (&sample, sample_destination_pages(&sample)),
    ] {
        site.build();
        let port = static_server(site.path("public"));
        for page in pages {
            browser.open(&format!("http://127.0.0.1:{port}{page}"));
            let (bytes, images, missing) = browser.page_weight();
            assert!(
                missing.is_empty(),
                "{page}: pictures did not arrive: {missing:?}"
            );
            assert!(!images.is_empty(), "{page} fetched no picture");
            report.push(format!(
                "{page}: {:.0} KB, pictures {images:?}",
                bytes as f64 / 1e3
            ));
            assert!(
                bytes < BUDGET,
                "{page} transferred {bytes} bytes: {images:?}"
            );
            assert!(
                images.iter().all(|i| i.contains(".webp")),
                "{page} fetched WebP: {images:?}"
            );
        }
    }
    assert!(report.len() > 10, "{report:?}");
    eprintln!("{}", report.join("\n"));
    // The check can fail: with the published photos gone, the page says so.
    let port = static_server(phone_photos.path("public"));
    for entry in std::fs::read_dir(phone_photos.path("public/alpha/berkas")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "webp") {
            std::fs::remove_file(path).unwrap();
        }
    }
    browser.open(&format!("http://127.0.0.1:{port}/alpha/wisata/air-terjun/"));
    let missing = browser.pictures_not_arrived();
    assert!(!missing.is_empty(), "deleted photos were not noticed");
}

/// Every service page of the sample, in both languages, prints on one A4 page:
/// the checklist a resident takes to the office.
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn every_service_checklist_prints_on_one_a4_page() {
    let (site, port) = served_sample();
    let browser = Browser::start();
    let mut pages = Vec::new();
    for page in crate::common::html_pages(&site.path("public")) {
        let rel = page
            .strip_prefix(site.path("public"))
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let parts: Vec<&str> = rel.split('/').collect();
        // <desa>/layanan/<id>/index.html or en/<desa>/services/<id>/index.html
        let service = matches!(parts.as_slice(), [_, "layanan", _, "index.html"])
            || matches!(parts.as_slice(), ["en", _, "services", _, "index.html"]);
        if service {
            pages.push(rel);
        }
    }
    assert!(pages.len() > 40, "{pages:?}");
    let mut counts = Vec::new();
    for rel in &pages {
        browser.open(&format!("http://127.0.0.1:{port}/{rel}"));
        let pdf = browser.print_pdf();
        let a4 = pdf_page_sizes(&pdf);
        assert!(!a4.is_empty(), "{rel}: no page in the PDF");
        assert!(
            a4.iter()
                .all(|&(w, h)| (w - 595.0).abs() < 2.0 && (h - 842.0).abs() < 2.0),
            "{rel}: not A4: {a4:?}"
        );
        counts.push((a4.len(), rel.clone()));
    }
    let over: Vec<&(usize, String)> = counts.iter().filter(|(n, _)| *n > 1).collect();
    assert!(
        over.is_empty(),
        "service pages longer than one A4 page: {over:?}"
    );
}

/// The size in points of every page of a PDF that Chromium wrote (its page
/// objects carry a plain `/MediaBox [0 0 w h]`).
fn pdf_page_sizes(pdf: &[u8]) -> Vec<(f64, f64)> {
    let text = String::from_utf8_lossy(pdf);
    text.split("/Type /Page")
        .skip(1)
        .filter(|rest| !rest.starts_with('s'))
        .filter_map(|rest| {
            let object = rest.split("endobj").next().unwrap_or("");
            let media = object.split("/MediaBox [").nth(1)?;
            let numbers: Vec<f64> = media
                .split(']')
                .next()?
                .split_whitespace()
                .filter_map(|n| n.parse().ok())
                .collect();
            match numbers.as_slice() {
                [_, _, w, h] => Some((*w, *h)),
                _ => None,
            }
        })
        .collect()
}

/// Site paths of every destination page of the sample, both languages.
fn sample_destination_pages(site: &Site) -> Vec<String> {
    let mut pages = Vec::new();
    for entry in std::fs::read_dir(site.path("content")).unwrap() {
        let village = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Ok(places) = std::fs::read_dir(site.path(&format!("content/{village}/wisata"))) else {
            continue;
        };
        for place in places {
            let name = place.unwrap().file_name().to_string_lossy().into_owned();
            if let Some(slug) = name.strip_suffix(".md").filter(|s| !s.contains('.')) {
                pages.push(format!("/{village}/wisata/{slug}/"));
                pages.push(format!("/en/{village}/tourism/{slug}/"));
            }
        }
    }
    pages.sort();
    pages
}

/// The sample, built and served by [`static_server`]; the site and the port.
pub fn served_sample() -> (Site, u16) {
    let site = Site::sample();
    site.build();
    let port = static_server(site.path("public"));
    (site, port)
}

/// Serves the files under `dir` as a plain static host would (no live reload), on
/// a thread that lives as long as the test process; returns the port.
pub fn static_server(dir: std::path::PathBuf) -> u16 {
    let server = tiny_http::Server::http("127.0.0.1:0").unwrap();
    let port = server.server_addr().to_ip().unwrap().port();
    std::thread::spawn(move || {
        for request in server.incoming_requests() {
            // One thread per request: answered one after another, a large
            // response the browser is slow to read (an image it holds back while
            // the page loads) would keep every other request waiting for ever.
            let dir = dir.clone();
            std::thread::spawn(move || answer_static(&dir, request));
        }
    });
    port
}

fn answer_static(dir: &std::path::Path, request: tiny_http::Request) {
    let path = request.url().split('?').next().unwrap_or("/").to_string();
    let mut file = dir.join(path.trim_start_matches('/'));
    if path.ends_with('/') {
        file = file.join("index.html");
    }
    let kind = match file.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css",
        Some("js") => "text/javascript",
        Some("webp") => "image/webp",
        Some("jpg") => "image/jpeg",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    };
    let header = tiny_http::Header::from_bytes("Content-Type", kind).unwrap();
    let _ = match std::fs::read(&file) {
        Ok(bytes) => request.respond(tiny_http::Response::from_data(bytes).with_header(header)),
        Err(_) => request.respond(tiny_http::Response::empty(404)),
    };
}

impl Browser {
    /// Types `text` into the element matching `css`, as a person would.
    fn type_into(&self, css: &str, text: &str) {
        let found = self.command(
            "/element",
            serde_json::json!({ "using": "css selector", "value": css }),
        );
        let id = found["element-6066-11e4-a52e-4f735466cecf"]
            .as_str()
            .unwrap_or_else(|| panic!("{css}: {found}"))
            .to_string();
        self.command(&format!("/element/{id}/clear"), serde_json::json!({}));
        self.command(
            &format!("/element/{id}/value"),
            serde_json::json!({ "text": text }),
        );
    }

    /// The result links under the search box once they settle: (text, href, meta).
    fn search_results(&self, css: &str, query: &str) -> Vec<(String, String, String)> {
        self.type_into(&format!("{css} input[type=search]"), query);
        let mut last = serde_json::Value::Null;
        wait_until(10, || {
            last = self.eval(&format!(
                "const box = document.querySelector('{css} .search-results');
                 if (!box || !box.querySelector('.search-count')) return null;
                 return [...box.querySelectorAll('li')].map(li => [li.querySelector('a').textContent, li.querySelector('a').href, li.textContent]);"
            ));
            !last.is_null()
        });
        last.as_array()
            .map(|rows| {
                rows.iter()
                    .map(|r| {
                        (
                            r[0].as_str().unwrap().to_string(),
                            r[1].as_str().unwrap().to_string(),
                            r[2].as_str().unwrap().to_string(),
                        )
                    })
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// From the portal on a phone, "akta" lists every village's birth-certificate
/// service; prefixes, accents, capitals and Indonesian affixes match; a village
/// page ranks its own village first; every result leads to a page.
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn the_search_box_finds_services_on_a_phone() {
    let (_site, port) = served_sample(); // kept: its folder is served
    let browser = Browser::phone();
    browser.open(&format!("http://127.0.0.1:{port}/"));
    let akta = browser.search_results("header form", "akta");
    let births: Vec<_> = akta
        .iter()
        .filter(|r| r.0 == "Surat Keterangan Kelahiran")
        .collect();
    assert_eq!(
        births.len(),
        6,
        "every village's birth certificate service: {akta:?}"
    );
    let villages: std::collections::BTreeSet<_> = births
        .iter()
        .map(|r| r.1.split('/').nth(3).unwrap().to_string())
        .collect();
    assert_eq!(villages.len(), 6, "{villages:?}");
    for (_, href, _) in &akta {
        let path = href.split(&format!("{port}")).nth(1).unwrap();
        let (status, _, _) = crate::common::http(port, "GET", path, None);
        assert_eq!(status, 200, "{href}");
    }
    for (query, expected) in [
        ("pindah", "Surat Keterangan Pindah"),
        ("Pind", "Surat Keterangan Pindah"),
        ("AKTÁ", "Surat Keterangan Kelahiran"),
        ("kelahiran", "Surat Keterangan Kelahiran"),
        ("lahir", "Surat Keterangan Kelahiran"),
        ("kematian", "Surat Keterangan Kematian"),
        ("ijen", "Kawah Ijen"),
        ("kemiren", "Desa Kemiren"),
    ] {
        let results = browser.search_results("header form", query);
        assert!(
            results.iter().any(|r| r.0 == expected),
            "{query} finds {expected}: {results:?}"
        );
        assert_eq!(
            results[0].0, expected,
            "{query}: best match first: {results:?}"
        );
    }
    assert!(browser.search_results("header form", "zzzqqq").is_empty());
    assert_eq!(
        browser.eval("return document.querySelector('header .search-count').textContent"),
        "Tidak ada yang cocok. Coba kata lain, misalnya \"akta\" atau \"pindah\"."
    );
    // A village's page searches its village first.
    browser.open(&format!("http://127.0.0.1:{port}/sarongan/"));
    let domicile = browser.search_results("header form", "domisili");
    assert!(domicile.len() >= 6, "{domicile:?}");
    assert!(domicile[0].1.contains("/sarongan/"), "{domicile:?}");
    // English pages search the English index.
    browser.open(&format!("http://127.0.0.1:{port}/en/"));
    let crater = browser.search_results("header form", "crater");
    assert!(crater.iter().any(|r| r.0 == "Ijen Crater"), "{crater:?}");
    // The search page shows the results for ?q= at the top.
    browser.open(&format!("http://127.0.0.1:{port}/cari/?q=akta"));
    let shown = wait_until(10, || {
        browser.eval("return document.querySelectorAll('main .search-results li').length") != 0
    });
    assert!(shown, "the search page runs the query from its address");
}

/// Decodes standard base64 (for screenshots).
fn base64_decode(text: &str) -> Vec<u8> {
    let value = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => u32::from(c - b'A'),
            b'a'..=b'z' => u32::from(c - b'a') + 26,
            b'0'..=b'9' => u32::from(c - b'0') + 52,
            b'+' => 62,
            _ => 63,
        }
    };
    let bytes: Vec<u8> = text
        .bytes()
        .filter(|b| *b != b'=' && !b.is_ascii_whitespace())
        .collect();
    let mut out = Vec::with_capacity(bytes.len() * 3 / 4);
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, c) in chunk.iter().enumerate() {
            n |= value(*c) << (18 - 6 * i);
        }
        out.push((n >> 16) as u8);
        if chunk.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if chunk.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

impl Browser {
    /// Runs a DevTools command through chromedriver (`Emulation.setEmulatedMedia`
    /// and the like).
    fn devtools(&self, cmd: &str, params: serde_json::Value) -> serde_json::Value {
        self.command(
            "/goog/cdp/execute",
            serde_json::json!({ "cmd": cmd, "params": params }),
        )
    }

    /// Clicks the first element matching `css`, as a thumb would.
    fn click(&self, css: &str) {
        let found = self.command(
            "/element",
            serde_json::json!({ "using": "css selector", "value": css }),
        );
        let id = found["element-6066-11e4-a52e-4f735466cecf"]
            .as_str()
            .unwrap_or_else(|| panic!("{css}: {found}"))
            .to_string();
        self.command(&format!("/element/{id}/click"), serde_json::json!({}));
    }
}

/// Site paths of the sample's village pages (every page below a village, both
/// languages), from its output.
fn village_pages(site: &Site) -> Vec<String> {
    let villages: Vec<String> = std::fs::read_dir(site.path("content"))
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.path().join("desa.yaml").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let public = site.path("public");
    crate::common::html_pages(&public)
        .into_iter()
        .map(|p| {
            format!(
                "/{}",
                p.strip_prefix(&public)
                    .unwrap()
                    .to_string_lossy()
                    .replace('\\', "/")
                    .trim_end_matches("index.html")
            )
        })
        .filter(|p| {
            let parts: Vec<&str> = p.trim_start_matches("/en").split('/').collect();
            parts.len() > 2 && villages.iter().any(|v| v == parts[1])
        })
        .collect()
}

/// What a 360×800 phone shows of the open page: the H1's top, the fee's and the
/// first requirement's bottoms (0 when absent), the links and buttons a thumb
/// uses that are smaller than 24×24 CSS px, overlapping ones, and visible link
/// texts that lead to two different places.
const PHONE_SCREEN: &str = "
  const box = e => e.getBoundingClientRect();
  // A closed <details> still lays its content out (content-visibility: hidden).
  const shown = e => { const r = box(e); return r.width > 0 && r.height > 0 && e.checkVisibility({ visibilityProperty: true }); };
  const targets = [...document.querySelectorAll('header a, header button, header summary, header input, .crumbs a, .pager a, .actions a, .card a, .index-list a, .gallery a, .share a, .foot a, main nav a')].filter(shown);
  const small = targets.filter(e => box(e).height < 24 || box(e).width < 24)
    .map(e => `${e.textContent.trim().slice(0, 30)} ${Math.round(box(e).width)}×${Math.round(box(e).height)}`);
  const overlapping = [];
  targets.forEach((a, i) => targets.slice(i + 1).forEach(b => {
    const p = box(a), q = box(b);
    if (!a.contains(b) && !b.contains(a) && p.left < q.right - 1 && q.left < p.right - 1 && p.top < q.bottom - 1 && q.top < p.bottom - 1)
      overlapping.push(a.textContent.trim().slice(0, 20) + ' / ' + b.textContent.trim().slice(0, 20));
  }));
  const places = {};
  [...document.querySelectorAll('header a, .crumbs a')].forEach(a => {
    const name = a.textContent.trim();
    (places[name] = places[name] || new Set()).add(a.href);
  });
  const twice = Object.entries(places).filter(([, s]) => s.size > 1).map(([n, s]) => n + ': ' + [...s].join(' '));
  const bottom = css => { const e = document.querySelector(css); return e ? Math.round(box(e).bottom) : 0; };
  return { h1: Math.round(box(document.querySelector('h1')).top), fee: bottom('.glance-box .fee'),
           requirement: bottom('.checklist li'), small, overlapping, twice,
           menus: [...document.querySelectorAll('header details')].map(d => d.open) };";

/// Issue 21 part 1: on a 360×800 phone the H1 of every village page starts in the
/// first 200 px; a service page shows its fee and first requirement on the first
/// screen; the menus are closed `<details>` that a tap opens (no JavaScript), with
/// 44 px rows; every link and button a thumb uses is at least 24×24 px and none
/// overlap (WCAG 2.2 target size); no two header links of one name lead apart.
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn village_pages_fit_a_phone_screen() {
    let (site, port) = served_sample();
    let browser = Browser::phone();
    let pages = village_pages(&site);
    assert!(pages.len() > 250, "{}", pages.len());
    let mut problems = Vec::new();
    let mut services = 0;
    for page in &pages {
        browser.open(&format!("http://127.0.0.1:{port}{page}"));
        let seen = browser.eval(PHONE_SCREEN);
        let h1 = seen["h1"].as_i64().unwrap();
        if h1 > 200 {
            problems.push(format!("{page}: the H1 starts at {h1} px"));
        }
        if page.contains("/layanan/") && !page.ends_with("/layanan/")
            || page.contains("/services/") && !page.ends_with("/services/")
        {
            services += 1;
            for key in ["fee", "requirement"] {
                let bottom = seen[key].as_i64().unwrap();
                if !(1..=800).contains(&bottom) {
                    problems.push(format!("{page}: the {key} ends at {bottom} px"));
                }
            }
        }
        for key in ["small", "overlapping", "twice"] {
            if seen[key].as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!("{page}: {key} {}", seen[key]));
            }
        }
        if seen["menus"] != serde_json::json!([false]) {
            problems.push(format!("{page}: one closed menu: {}", seen["menus"]));
        }
    }
    assert!(services > 40, "{services}");
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
    // The menu opens with a tap, without JavaScript, on a village page and the portal.
    for (page, first) in [("/kemiren/layanan/kelahiran/", "Layanan"), ("/", "Layanan")] {
        browser.open(&format!("http://127.0.0.1:{port}{page}"));
        let hidden = "return [...document.querySelectorAll('header details nav a')].filter(a => a.checkVisibility()).length";
        assert_eq!(browser.eval(hidden), 0, "{page}: closed at first");
        browser.click("header details summary");
        let rows = browser.eval(
            "return [...document.querySelectorAll('header details nav a')].filter(a => a.checkVisibility()).map(a => [a.textContent, a.getBoundingClientRect().height])",
        );
        let rows = rows.as_array().unwrap();
        assert!(rows.len() >= 3, "{page}: {rows:?}");
        assert_eq!(rows[0][0], first, "{page}: {rows:?}");
        assert!(
            rows.iter().all(|r| r[1].as_f64().unwrap() >= 44.0),
            "{page}: menu rows 44 px tall: {rows:?}"
        );
    }
}

/// Issue 21 part 2: the service summary keeps words whole ("Dispendukcapil" was
/// broken) and leaves no empty slot (every row spans the box), and the printed
/// service page keeps the office's street address.
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn service_summaries_keep_words_whole_and_print_the_address() {
    let (site, port) = served_sample();
    let browser = Browser::phone();
    let mut problems = Vec::new();
    let pages: Vec<String> = village_pages(&site)
        .into_iter()
        .filter(|p| {
            p.split('/').filter(|s| !s.is_empty()).count()
                == if p.starts_with("/en/") { 4 } else { 3 }
        })
        .filter(|p| p.contains("/layanan/") || p.contains("/services/"))
        .collect();
    assert!(pages.len() > 40, "{pages:?}");
    for page in &pages {
        browser.open(&format!("http://127.0.0.1:{port}{page}"));
        let seen = browser.eval(
            "const broken = [];
             for (const dd of document.querySelectorAll('.glance-box dd')) {
               const walk = document.createTreeWalker(dd, NodeFilter.SHOW_TEXT);
               for (let n = walk.nextNode(); n; n = walk.nextNode()) {
                 // A word: letters and digits between spaces, dashes and slashes
                 // (where a line may break).
                 for (const m of n.textContent.matchAll(/[^\\s\\u2013\\u2014\\-\\/]+/g)) {
                   const r = document.createRange();
                   r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
                   const lines = new Set([...r.getClientRects()].filter(x => x.width > 0).map(x => Math.round(x.top)));
                   if (lines.size > 1) broken.push(m[0]);
                 }
               }
             }
             const narrow = [...document.querySelectorAll('.glance-box > div')].filter(d => d.getBoundingClientRect().width < d.parentElement.clientWidth - 40)
               .map(d => d.textContent.trim().slice(0, 30));
             const address = document.querySelector('.foot .contact p');
             return { broken, narrow, address: address ? address.textContent.trim() : '' };",
        );
        for key in ["broken", "narrow"] {
            if seen[key].as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!("{page}: {key} {}", seen[key]));
            }
        }
        let address = seen["address"].as_str().unwrap().to_string();
        assert!(
            !address.is_empty(),
            "{page}: the sample's offices have an address"
        );
        browser.devtools(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": "print" }),
        );
        let printed = browser.eval("return document.body.innerText");
        browser.devtools(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "media": "" }),
        );
        if !printed.as_str().unwrap().contains(&address) {
            problems.push(format!("{page}: printed without the address {address}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// Issue 21 part 2: on a 360 px phone every budget chart's text is at least 12 CSS
/// px and stays inside its chart, every table fits or shows that it scrolls, and
/// every budget year prints on at most 2 A4 pages.
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn budget_pages_read_on_a_phone_and_print_on_two_pages() {
    let (site, port) = served_sample();
    let pages: Vec<String> = village_pages(&site)
        .into_iter()
        .filter(|p| p.contains("/apbdes/") || p.contains("/budget/"))
        .collect();
    assert!(pages.len() > 20, "{pages:?}");
    let phone = Browser::phone();
    let mut problems = Vec::new();
    let mut charts = 0;
    for page in &pages {
        phone.open(&format!("http://127.0.0.1:{port}{page}"));
        let seen = phone.eval(
            "const out = { charts: 0, small: [], outside: [], hidden: [] };
             for (const svg of document.querySelectorAll('svg.chart')) {
               if (svg.getBoundingClientRect().width === 0) continue;
               out.charts++;
               const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
               for (const t of svg.querySelectorAll('text')) {
                 const px = parseFloat(getComputedStyle(t).fontSize) * scale;
                 if (px < 12) out.small.push(t.textContent + ' ' + px.toFixed(1) + 'px');
                 const b = t.getBBox();
                 if (b.x + b.width > svg.viewBox.baseVal.width + 1) out.outside.push(t.textContent);
               }
             }
             for (const w of document.querySelectorAll('.table-wrap')) {
               const style = getComputedStyle(w);
               const shows = style.backgroundAttachment.includes('local') && style.backgroundImage.includes('gradient');
               if (w.scrollWidth > w.clientWidth + 1 && !shows) out.hidden.push(w.getAttribute('aria-labelledby'));
             }
             return out;",
        );
        charts += seen["charts"].as_u64().unwrap();
        for key in ["small", "outside", "hidden"] {
            if seen[key].as_array().is_some_and(|a| !a.is_empty()) {
                problems.push(format!("{page}: {key} {}", seen[key]));
            }
        }
    }
    assert!(charts > 50, "{charts} charts drawn");
    let desktop = Browser::start();
    for page in pages.iter().filter(|p| {
        p.trim_end_matches('/')
            .rsplit('/')
            .next()
            .is_some_and(|y| y.parse::<u32>().is_ok())
    }) {
        desktop.open(&format!("http://127.0.0.1:{port}{page}"));
        let sheets = pdf_page_sizes(&desktop.print_pdf()).len();
        if !(1..=2).contains(&sheets) {
            problems.push(format!("{page}: prints on {sheets} A4 pages"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}
