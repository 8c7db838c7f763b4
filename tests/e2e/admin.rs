//! `kampung serve --admin`: the web forms' backend (Decap CMS's local-backend
//! protocol at `POST /api/v1`) without a browser. Every action round-trips on a
//! copy of a fixture site; paths outside `content/`, of kinds kampung does not
//! know, or through a symbolic link are refused with nothing written; a save
//! that `check` rejects is refused with the reason and leaves the file as it was.
//! The forms of the published site (`formulir` in site.yaml) are checked here
//! too; the real-browser test of the forms is the `browser` module below.

use crate::common::{Running, Site, copy_tree, get, http, wait_until};
use serde_json::{Value, json};
use std::fs;

fn serve(site: &Site) -> Running {
    site.serve(&["--admin", "--debounce", "50"])
}

/// Sends one backend request: (status, JSON answer).
fn api(server: &Running, action: &str, params: Value) -> (u16, Value) {
    let body = json!({ "action": action, "params": params }).to_string();
    let (status, _, reply) = http(server.port, "POST", "/api/v1", Some(&body));
    let value = serde_json::from_str(&reply).unwrap_or_else(|e| panic!("{e}: {reply}"));
    (status, value)
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(ABC[(n >> (18 - 6 * i) & 63) as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// A list file (`layanan.yaml`) as the forms see it: under `layanan:`.
fn wrapped(text: &str) -> String {
    let mut out = String::from("layanan:\n");
    for line in text.lines() {
        if !line.trim().is_empty() {
            out.push_str("  ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

const NEWS: &str = "---\njudul: Panen raya kopi\ntanggal: 2026-08-17\nringkasan: Warga memanen kopi bersama.\n---\nPanen tahun ini melimpah.\n";

#[test]
fn every_backend_action_round_trips() {
    let site = Site::new("basic");
    let server = serve(&site);
    let (status, info) = api(&server, "info", json!({}));
    assert_eq!(
        (status, info["type"].as_str()),
        (200, Some("local_fs")),
        "{info}"
    );

    let (_, listed) = api(
        &server,
        "entriesByFolder",
        json!({ "folder": "content/alpha/berita", "extension": "md", "depth": 1 }),
    );
    let paths: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["file"]["path"].as_str().unwrap())
        .collect();
    // Decap's i18n names the main language's file `<slug>.id.md`; on disk it is `<slug>.md`.
    assert_eq!(
        paths,
        [
            "content/alpha/berita/dua.id.md",
            "content/alpha/berita/lama.id.md",
            "content/alpha/berita/satu.id.md"
        ]
    );
    let (_, same) = api(
        &server,
        "getEntry",
        json!({ "path": "content/alpha/berita/satu.id.md" }),
    );
    assert_eq!(
        same["data"].as_str().unwrap(),
        site.read("content/alpha/berita/satu.md")
    );
    assert_eq!(
        listed[2]["data"].as_str().unwrap(),
        site.read("content/alpha/berita/satu.md")
    );

    let (_, by_files) = api(
        &server,
        "entriesByFiles",
        json!({ "files": [{ "path": "content/alpha/layanan.yaml", "label": "Layanan" }] }),
    );
    assert_eq!(
        by_files[0]["data"].as_str().unwrap(),
        wrapped(&site.read("content/alpha/layanan.yaml"))
    );
    assert_eq!(by_files[0]["file"]["label"], "Layanan");
    let (_, one) = api(
        &server,
        "getEntry",
        json!({ "path": "content/alpha/desa.yaml" }),
    );
    assert_eq!(
        one["data"].as_str().unwrap(),
        site.read("content/alpha/desa.yaml")
    );
    let (_, missing) = api(
        &server,
        "getEntry",
        json!({ "path": "content/alpha/berita/tidak-ada.md" }),
    );
    assert!(missing["data"].is_null(), "{missing}");

    // A new news item with a new photo, in one save, as Decap sends it.
    let photo = fs::read(site.path("content/alpha/berkas/peta.png")).unwrap();
    let with_photo = NEWS.replace(
        "---\nPanen",
        "gambar: berkas/panen.png\nketerangan_gambar: Kebun kopi\n---\nPanen",
    );
    let (status, saved) = api(
        &server,
        "persistEntry",
        json!({
            "entry": { "path": "content/alpha/berita/panen-raya.md", "raw": with_photo, "slug": "panen-raya" },
            "assets": [{ "path": "content/alpha/berkas/panen.png", "content": base64(&photo), "encoding": "base64" }],
            "options": { "collectionName": "berita" },
        }),
    );
    assert_eq!(status, 200, "{saved}");
    assert_eq!(site.read("content/alpha/berita/panen-raya.md"), with_photo);
    assert_eq!(
        fs::read(site.path("content/alpha/berkas/panen.png")).unwrap(),
        photo
    );
    assert!(
        wait_until(20, || get(server.port, "/alpha/berita/panen-raya/")
            .1
            .contains("Panen raya kopi")),
        "the rebuilt site shows the saved news item"
    );

    let (_, media) = api(
        &server,
        "getMedia",
        json!({ "mediaFolder": "content/alpha/berkas" }),
    );
    let names: Vec<&str> = media
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        ["formulir-foto.png", "formulir.pdf", "panen.png", "peta.png"]
    );
    let (_, file) = api(
        &server,
        "getMediaFile",
        json!({ "path": "content/alpha/berkas/peta.png" }),
    );
    assert_eq!(file["content"].as_str().unwrap(), base64(&photo));
    assert_eq!(file["encoding"], "base64");

    let (status, uploaded) = api(
        &server,
        "persistMedia",
        json!({ "asset": { "path": "content/alpha/berkas/denah.png", "content": base64(&photo), "encoding": "base64" } }),
    );
    assert_eq!(
        (status, uploaded["name"].as_str()),
        (200, Some("denah.png")),
        "{uploaded}"
    );
    assert_eq!(
        fs::read(site.path("content/alpha/berkas/denah.png")).unwrap(),
        photo
    );

    let (status, _) = api(
        &server,
        "deleteFile",
        json!({ "path": "content/alpha/berkas/denah.png" }),
    );
    assert_eq!(status, 200);
    assert!(!site.path("content/alpha/berkas/denah.png").exists());
    let (status, _) = api(
        &server,
        "deleteFiles",
        json!({ "paths": ["content/alpha/berita/panen-raya.md"] }),
    );
    assert_eq!(status, 200);
    assert!(!site.path("content/alpha/berita/panen-raya.md").exists());
    assert!(
        wait_until(20, || get(server.port, "/alpha/berita/panen-raya/").0
            == 404),
        "the deleted news item is gone from the rebuilt site"
    );

    let (status, preview) = api(
        &server,
        "getDeployPreview",
        json!({ "collection": "berita", "slug": "x" }),
    );
    assert_eq!((status, preview), (200, Value::Null));
    let (status, unknown) = api(&server, "hapusSemua", json!({}));
    assert_eq!(status, 422);
    assert!(
        unknown["error"].as_str().unwrap().contains("K1454"),
        "{unknown}"
    );
    assert!(
        !site
            .root()
            .join(".kampung-cache")
            .read_dir()
            .unwrap()
            .any(|e| {
                e.unwrap()
                    .file_name()
                    .to_string_lossy()
                    .starts_with("formulir-")
            }),
        "the shadow copies of the checks are removed"
    );
}

/// Paths the forms must never use, each refused by every writing action.
const BAD_PATHS: &[&str] = &[
    "../luar.md",
    "content/../luar.md",
    "content/alpha/../../luar.md",
    "/tmp/luar.md",
    "content\\alpha\\berita\\x.md",
    "C:/content/alpha/berita/x.md",
    "content/alpha/berita/x.md\u{0}",
    "content/alpha/berita/a\u{202e}dm.md",
    "content/alpha/berita/.tersembunyi.md",
    "content/alpha/berita/Nama Aneh.md",
    "content/alpha/berita/x.html",
    "content/alpha/catatan.txt",
    "content/alpha/berita/sub/x.md",
    "themes/default/templates/base.html",
    "Cargo.toml",
    "content/alpha/berkas/x.svg",
    "content/alpha/berkas/skrip.js",
];

#[test]
fn traversal_odd_names_and_unknown_kinds_are_refused_with_nothing_written() {
    let site = Site::new("basic");
    let outside = tempfile::tempdir().unwrap();
    std::os::unix::fs::symlink(outside.path(), site.path("content/alpha/dokumen")).unwrap();
    fs::write(outside.path().join("target.md"), "asli\n").unwrap();
    std::os::unix::fs::symlink(
        outside.path().join("target.md"),
        site.path("content/alpha/halaman/tautan.md"),
    )
    .unwrap();
    let server = serve(&site);
    let before = site.snapshot("content");
    let top: Vec<_> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    let linked = [
        "content/alpha/dokumen/x.md",
        "content/alpha/halaman/tautan.md",
    ];
    for path in BAD_PATHS.iter().chain(&linked) {
        let (status, answer) = api(
            &server,
            "persistEntry",
            json!({ "entry": { "path": path, "raw": NEWS }, "assets": [] }),
        );
        assert_eq!(status, 403, "{path:?}: {answer}");
        let error = answer["error"].as_str().unwrap();
        assert!(
            error.contains("K1450") || error.contains("K1451"),
            "{path:?}: {error}"
        );
        let (status, _) = api(
            &server,
            "persistMedia",
            json!({ "asset": { "path": path, "content": base64(b"%PDF-1.4\n"), "encoding": "base64" } }),
        );
        assert_eq!(status, 403, "{path:?}");
        let (status, _) = api(&server, "deleteFile", json!({ "path": path }));
        assert_eq!(status, 403, "{path:?}");
        let (_, read) = api(&server, "getEntry", json!({ "path": path }));
        assert!(read["data"].is_null(), "{path:?} was read: {read}");
    }
    for folder in [
        "content/..",
        "content/alpha/../..",
        "/etc",
        "content/alpha/dokumen",
        "src",
    ] {
        let (status, _) = api(
            &server,
            "entriesByFolder",
            json!({ "folder": folder, "extension": "md", "depth": 1 }),
        );
        assert_eq!(status, 403, "{folder}");
        let (status, _) = api(&server, "getMedia", json!({ "mediaFolder": folder }));
        assert_eq!(status, 403, "{folder}");
    }
    assert_eq!(
        site.snapshot("content"),
        before,
        "nothing under content/ changed"
    );
    let after: Vec<_> = fs::read_dir(site.root())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(after, top, "nothing new next to content/");
    assert_eq!(
        fs::read_dir(outside.path()).unwrap().count(),
        1,
        "nothing written through a link"
    );
    assert_eq!(
        fs::read_to_string(outside.path().join("target.md")).unwrap(),
        "asli\n"
    );
    assert!(!site.root().parent().unwrap().join("luar.md").exists());
}

#[test]
fn a_save_check_rejects_is_refused_and_leaves_the_file_as_it_was() {
    let site = Site::new("basic");
    let server = serve(&site);
    let services = site.read("content/alpha/layanan.yaml");
    let negative = services.replace("biaya: 25000", "biaya: -5000");
    assert_ne!(negative, services);
    let (status, answer) = api(
        &server,
        "persistEntry",
        json!({ "entry": { "path": "content/alpha/layanan.yaml", "raw": wrapped(&negative) }, "assets": [] }),
    );
    assert_eq!(status, 422, "{answer}");
    let error = answer["error"].as_str().unwrap();
    assert!(
        error.contains("K1453")
            && error.contains("biaya")
            && error.contains("content/alpha/layanan.yaml"),
        "{error}"
    );
    assert_eq!(
        site.read("content/alpha/layanan.yaml"),
        services,
        "the refused save left the file as it was"
    );

    let bad_date = NEWS.replace("2026-08-17", "17/08/2025");
    let (status, answer) = api(
        &server,
        "persistEntry",
        json!({ "entry": { "path": "content/alpha/berita/panen.md", "raw": bad_date }, "assets": [] }),
    );
    assert_eq!(status, 422, "{answer}");
    let error = answer["error"].as_str().unwrap();
    assert!(
        error.contains("tanggal") && error.contains("17/08/2025") && error.contains("line 3"),
        "{error}"
    );
    assert!(
        !site.path("content/alpha/berita/panen.md").exists(),
        "a refused new file is not written"
    );

    // A PDF that is really a web page, and an upload over the limit.
    let (status, answer) = api(
        &server,
        "persistMedia",
        json!({ "asset": { "path": "content/alpha/berkas/surat.pdf", "content": base64(b"<html><script>alert(1)</script>"), "encoding": "base64" } }),
    );
    assert_eq!(status, 422, "{answer}");
    assert!(!site.path("content/alpha/berkas/surat.pdf").exists());
    let big = vec![b'%'; 10 << 20 | 1 << 19];
    let (status, answer) = api(
        &server,
        "persistMedia",
        json!({ "asset": { "path": "content/alpha/berkas/besar.pdf", "content": base64(&big), "encoding": "base64" } }),
    );
    assert_eq!(status, 413, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("K1452"),
        "{answer}"
    );
    assert!(!site.path("content/alpha/berkas/besar.pdf").exists());

    // A good edit is written as sent, out of its `layanan:`; the comment lines
    // at the top of the file, which Decap drops, are put back.
    let edited = services.replace("biaya: 25000", "biaya: 30000");
    let save = |raw: &str| {
        let params =
            json!({ "entry": { "path": "content/alpha/layanan.yaml", "raw": raw }, "assets": [] });
        api(&server, "persistEntry", params)
    };
    let (status, answer) = save(&wrapped(&edited));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("content/alpha/layanan.yaml"), edited);
    let header = "# Katalog layanan Desa Alpha.\n# Biaya dalam Rupiah.\n";
    site.write("content/alpha/layanan.yaml", &format!("{header}{edited}"));
    let without = edited.replace("biaya: 30000", "biaya: 35000");
    let (status, answer) = save(&wrapped(&without));
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        site.read("content/alpha/layanan.yaml"),
        format!("{header}{without}")
    );
    let (status, answer) = save("lain: 1\n");
    assert_eq!(
        status, 400,
        "a list file not under `layanan:` is refused: {answer}"
    );
    let leftovers: Vec<_> = fs::read_dir(site.path("content/alpha"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(
        leftovers.is_empty(),
        "no temporary file left: {leftovers:?}"
    );
}

#[test]
fn a_translation_not_written_yet_opens_empty_and_its_first_save_writes_it() {
    let site = Site::new("basic");
    let server = serve(&site);
    let files = json!({ "files": [
        { "path": "content/beta/desa.en.yaml" },
        { "path": "content/beta/layanan.en.yaml" },
        { "path": "content/beta/index.en.md" },
        { "path": "content/beta/berita/tidak-ada.md" },
    ] });
    let (_, by_files) = api(&server, "entriesByFiles", files);
    let data: Vec<&Value> = by_files
        .as_array()
        .unwrap()
        .iter()
        .map(|e| &e["data"])
        .collect();
    assert_eq!(
        data,
        [&json!(""), &json!(""), &json!(""), &json!("")],
        "a missing file of a form opens empty, as with Decap's GitHub backend: {by_files}"
    );
    assert!(!site.path("content/beta/desa.en.yaml").exists());

    let save = |path: &str, raw: &str| {
        let params = json!({ "entry": { "path": path, "raw": raw }, "assets": [] });
        api(&server, "persistEntry", params)
    };
    let (status, answer) = save("content/beta/desa.en.yaml", "slogan: Together we grow\n");
    assert_eq!(status, 422, "beta has no slogan to translate: {answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("K0216"),
        "{answer}"
    );
    assert!(!site.path("content/beta/desa.en.yaml").exists());
    let head = "kepala:\n  jabatan: Head of the urban village\n";
    let (status, answer) = save("content/beta/desa.en.yaml", head);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("content/beta/desa.en.yaml"), head);
    let services = "layanan:\n  - id: pengantar\n    nama: Referral letter\n";
    let (status, answer) = save("content/beta/layanan.en.yaml", services);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(
        site.read("content/beta/layanan.en.yaml"),
        "- id: pengantar\n  nama: Referral letter\n",
        "a translation of layanan.yaml is written as a list, like the file it translates"
    );
    assert!(
        wait_until(20, || get(server.port, "/en/beta/services/")
            .1
            .contains("Referral letter")),
        "the English services page shows the translated name"
    );
    let (status, answer) = save(
        "content/beta/layanan.en.yaml",
        "layanan:\n  - id: tidak-ada\n    nama: Nothing\n",
    );
    assert_eq!(
        status, 422,
        "a translation of a service that does not exist: {answer}"
    );
}

#[test]
fn a_statistics_year_from_the_forms_is_written_and_shown() {
    let site = Site::new("basic");
    let server = serve(&site);
    // As Decap writes it: every table of the form, those left empty as [].
    // The figures of alpha's desa.yaml (2,563: 1,254 men, 1,309 women).
    let year = "per: 2025-06-30\njumlah_penduduk: 2563\nkategori:\n  jenis-kelamin:\n    - label: LAKI-LAKI\n      jumlah: 1254\n    - label: PEREMPUAN\n      jumlah: 1309\n  agama: []\n  pekerjaan: []\n";
    let params = json!({ "entry": { "path": "content/alpha/statistik/2025.yaml", "raw": year }, "assets": [] });
    let (status, answer) = api(&server, "persistEntry", params);
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("content/alpha/statistik/2025.yaml"), year);
    assert!(
        wait_until(20, || {
            let (status, page) = get(server.port, "/alpha/statistik/");
            status == 200 && page.contains("PEREMPUAN")
        }),
        "the rebuilt statistics page shows the year"
    );
    let wrong = year.replace("jumlah: 1309", "jumlah: 1308");
    let params = json!({ "entry": { "path": "content/alpha/statistik/2025.yaml", "raw": wrong }, "assets": [] });
    let (status, answer) = api(&server, "persistEntry", params);
    assert_eq!(status, 422, "{answer}");
    assert!(
        answer["error"].as_str().unwrap().contains("K1204"),
        "{answer}"
    );
}

/// Sends `body` to the backend with the raw request head `headers`.
fn raw_post(port: u16, headers: &str, body: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let request = format!(
        "POST /api/v1 HTTP/1.1\r\n{headers}Connection: close\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut reply = String::new();
    let _ = stream.read_to_string(&mut reply);
    let status = reply
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, reply)
}

#[test]
fn other_sites_cannot_save_through_the_browser() {
    let site = Site::new("basic");
    let server = serve(&site);
    let port = server.port;
    let body = json!({ "action": "persistEntry", "params": { "entry": { "path": "content/alpha/berita/serangan.md", "raw": NEWS }, "assets": [] } }).to_string();
    for headers in [
        // A form or fetch of another site sends plain text, with no preflight.
        format!(
            "Host: 127.0.0.1:{port}\r\nContent-Type: text/plain\r\nOrigin: https://jahat.example\r\n"
        ),
        format!(
            "Host: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nOrigin: https://jahat.example\r\n"
        ),
        // A name of another site pointed at this computer (DNS rebinding).
        format!(
            "Host: jahat.example:{port}\r\nContent-Type: application/json\r\nOrigin: http://jahat.example:{port}\r\n"
        ),
        "Content-Type: application/json\r\n".to_string(),
    ] {
        let (status, reply) = raw_post(port, &headers, &body);
        assert_eq!(status, 403, "{headers}: {reply}");
        assert!(reply.contains("K1458"), "{reply}");
    }
    assert!(!site.path("content/alpha/berita/serangan.md").exists());
    let own = format!(
        "Host: 127.0.0.1:{port}\r\nContent-Type: application/json; charset=utf-8\r\nOrigin: http://127.0.0.1:{port}\r\n"
    );
    let (status, reply) = raw_post(port, &own, &body);
    assert_eq!(status, 200, "the forms' own page may save: {reply}");
}

#[test]
fn admin_pages_are_served_only_with_the_flag() {
    let site = Site::new("basic");
    let plain = site.serve(&[]);
    assert_eq!(get(plain.port, "/admin/").0, 404);
    let (status, _, _) = http(plain.port, "POST", "/api/v1", Some("{\"action\":\"info\"}"));
    assert_eq!(status, 405, "no backend without --admin");
    drop(plain);

    let server = serve(&site);
    assert!(
        wait_until(10, || server.stdout.lock().unwrap().contains("/admin/")),
        "serve prints the forms' address"
    );
    let (status, page) = get(server.port, "/admin/");
    assert_eq!(status, 200);
    let (status, head, _) = http(server.port, "GET", "/admin/decap-cms.js", None);
    if status == 200 {
        assert!(
            page.contains("/admin/decap-cms.js") && page.contains("kampung-id.js"),
            "{page}"
        );
        assert!(
            head.to_ascii_lowercase().contains("content-encoding: gzip"),
            "{head}"
        );
        let (_, config) = get(server.port, "/admin/config.yml");
        assert!(
            config.contains("proxy_url: /api/v1") && config.contains("collections:"),
            "{config}"
        );
        let (_, phrases) = get(server.port, "/admin/kampung-id.js");
        assert!(
            phrases.contains("Simpan"),
            "the Indonesian phrases are served"
        );
    } else {
        // Built without `npm ci --prefix admin`: the page says so, and what to do.
        assert_eq!(status, 404);
        assert!(page.contains("npm ci --prefix admin"), "{page}");
    }
    let (status, _, _) = http(server.port, "GET", "/api/v1", None);
    assert_eq!(status, 405);
    assert_eq!(
        get(server.port, "/alpha/").0,
        200,
        "the site is still served"
    );
}

/// The forms in a real browser (headless Chromium): the screens an admin uses.
mod browser {
    use super::*;
    use crate::browser::Browser;
    use std::path::PathBuf;

    /// Where the screenshots go (named in the helper's report, not in the repository).
    fn shots() -> PathBuf {
        let dir = std::env::temp_dir().join("kampung-admin-shots");
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn shot(browser: &Browser, name: &str) {
        fs::write(shots().join(name), browser.screenshot()).unwrap();
    }

    /// Clicks the last button (or menu item) whose text is `text`; false if none.
    fn click(browser: &Browser, text: &str) -> bool {
        let script = format!(
            "const e=[...document.querySelectorAll('button,[role=button],[role=menuitem]')].filter(x=>x.innerText&&x.innerText.trim()==={}); if(e.length){{e[e.length-1].click(); return true}} return false",
            serde_json::to_string(text).unwrap()
        );
        browser.eval(&script) == json!(true)
    }

    fn wait_click(browser: &Browser, text: &str) {
        assert!(
            wait_until(30, || click(browser, text)),
            "no button {text:?}: {}",
            page_text(browser)
        );
    }

    fn page_text(browser: &Browser) -> String {
        let text = browser
            .eval("return document.body.innerText")
            .as_str()
            .unwrap_or("")
            .to_string();
        let _ = fs::write(shots().join("last-page.txt"), &text);
        browser
            .eval("return document.body.innerText")
            .as_str()
            .unwrap_or("")
            .to_string()
    }

    fn wait_for(browser: &Browser, css: &str) {
        let script = format!(
            "return document.querySelector({}) !== null",
            serde_json::to_string(css).unwrap()
        );
        assert!(
            wait_until(30, || browser.eval(&script) == json!(true)),
            "no {css}: {}",
            page_text(browser)
        );
    }

    /// Saves the open entry: Decap's "Simpan" menu, then "Simpan sekarang".
    fn save(browser: &Browser) {
        wait_click(browser, "Simpan");
        wait_click(browser, "Simpan sekarang");
    }

    /// Closes Decap's notices (a "Tersimpan" would still show over the next one).
    fn close_notices(browser: &Browser) {
        browser
            .eval("document.querySelectorAll('.Toastify__close-button').forEach(b => b.click())");
        wait_until(10, || {
            browser.eval("return document.querySelectorAll('.Toastify__toast').length") == json!(0)
        });
    }

    /// Types into the first element matching `css` (the default language's
    /// field, when the editor shows the translation beside it).
    fn type_first(browser: &Browser, css: &str, text: &str) -> bool {
        let script = format!(
            "const e=document.querySelector({}); return e ? e.id : null",
            serde_json::to_string(css).unwrap()
        );
        match browser.eval(&script).as_str() {
            Some(id) if !id.is_empty() => browser.send_keys(&format!("[id='{id}']"), text),
            // No id (the Markdown editor): the first one, by its own selector.
            _ => {
                browser.eval(&format!(
                    "return document.querySelectorAll({}).length",
                    serde_json::to_string(css).unwrap()
                )) != json!(0)
                    && first_by_css(browser, css, text)
            }
        }
    }

    fn first_by_css(browser: &Browser, css: &str, text: &str) -> bool {
        send_to(browser, css, "0", text)
    }

    /// Types `text` into the element matching `css` at index `at` (a JavaScript
    /// expression over `all`, the matches: `0`, `all.length-1`), by marking it
    /// for chromedriver's selector; false if there is none.
    fn send_to(browser: &Browser, css: &str, at: &str, text: &str) -> bool {
        let script = format!(
            "document.querySelectorAll('[data-kampung-to]').forEach(e=>e.removeAttribute('data-kampung-to')); const all=[...document.querySelectorAll({})]; const e=all[{at}]; if(!e) return false; e.setAttribute('data-kampung-to','1'); return true",
            serde_json::to_string(css).unwrap()
        );
        browser.eval(&script) == json!(true) && browser.send_keys("[data-kampung-to]", text)
    }

    /// Sets the last date field matching `css` (a native date input, whose typing follows the
    /// browser's own locale) as picking a day in its calendar does.
    fn set_date(browser: &Browser, css: &str, value: &str, last: bool) {
        let script = format!(
            "const all=[...document.querySelectorAll({})]; const e=all[{}]; Object.getOwnPropertyDescriptor(HTMLInputElement.prototype,'value').set.call(e,{}); e.dispatchEvent(new Event('input',{{bubbles:true}})); e.dispatchEvent(new Event('change',{{bubbles:true}}));",
            serde_json::to_string(css).unwrap(),
            if last { "all.length-1" } else { "0" },
            serde_json::to_string(value).unwrap()
        );
        browser.eval(&script);
    }

    /// The page's text and notices, lowercased, once one of `words` is in it
    /// (the message under a field, or Decap's notice of a refused save).
    fn blocked(browser: &Browser, words: &[&str]) -> String {
        let mut text = String::new();
        wait_until(30, || {
            text = page_text(browser).to_lowercase();
            words.iter().any(|w| text.contains(w))
        });
        browser.eval("const t=document.querySelector('.Toastify__toast'); if(t) t.scrollIntoView({block:'start',inline:'end'});");
        std::thread::sleep(std::time::Duration::from_millis(500));
        text
    }

    /// The lines of `text` holding one of `words`, for the test's log.
    fn excerpt(text: &str, words: &[&str]) -> String {
        let lines: Vec<&str> = text
            .lines()
            .filter(|l| words.iter().any(|w| l.contains(w)))
            .collect();
        lines.join(" | ")
    }

    /// Opens the forms at `route` with a fresh page load: moving from one entry's
    /// editor to another by the address alone leaves Decap showing an empty entry.
    fn open_route(browser: &Browser, port: u16, route: &str) {
        browser.open("about:blank");
        browser.open(&format!("http://127.0.0.1:{port}/admin/#/{route}"));
    }

    /// `serve --admin` on `site` with kampung's words in Indonesian, as an admin sees them.
    fn serve_in_indonesian(site: &Site) -> Running {
        let root = site.root().to_str().unwrap().to_string();
        let args = [
            "serve",
            "--root",
            &root,
            "--port",
            "0",
            "--admin",
            "--debounce",
            "50",
        ];
        Running::start_in("id", &args, "Menyajikan http://")
    }

    fn open_forms(browser: &Browser, port: u16) {
        browser.open(&format!("http://127.0.0.1:{port}/admin/"));
        wait_click(browser, "Masuk");
        assert!(
            wait_until(30, || page_text(browser).contains("Bagian situs")),
            "{}",
            page_text(browser)
        );
    }

    fn check_passes(site: &Site) {
        let run = site.run(&["check"]);
        assert_eq!(
            run.code, 0,
            "check accepts what the forms wrote:\n{}",
            run.stderr
        );
    }

    fn front_matter(text: &str) -> serde_norway::Value {
        let front = text
            .strip_prefix("---\n")
            .and_then(|t| t.split_once("\n---\n"))
            .map(|(f, _)| f)
            .unwrap();
        serde_norway::from_str(front).unwrap()
    }

    #[test]
    #[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
    fn the_published_forms_open_on_the_github_login_in_indonesian() {
        // The site as it is published (`formulir` in site.yaml), served as
        // plain files: /admin/ and a village's /<desa>/admin/ load Decap, read
        // their config.yml and offer the GitHub login, in Indonesian.
        let site = site_with_forms("");
        let server = site.serve(&[]);
        let browser = Browser::device(1280, 800, 1.0);
        for page in ["/admin/", "/alpha/admin/"] {
            browser.open(&format!("http://127.0.0.1:{}{page}", server.port));
            assert!(
                wait_until(30, || page_text(&browser).contains("Masuk dengan GitHub")),
                "{page}: {}",
                page_text(&browser)
            );
        }
        shot(&browser, "terbit-masuk-1280.png");
    }

    #[test]
    #[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
    fn the_forms_add_news_with_a_photo_and_a_service_and_show_what_check_refuses() {
        let site = Site::sample();
        let server = serve_in_indonesian(&site);
        let port = server.port;
        let browser = Browser::device(1280, 800, 1.0);
        open_forms(&browser, port);

        // A news item with a photo uploaded through the media library.
        open_route(&browser, port, "collections/tamansari-berita/new");
        wait_for(&browser, "[id^=judul-field]");
        assert!(type_first(
            &browser,
            "[id^=judul-field]",
            "Panen Raya Kopi Ijen"
        ));
        // Decap asks every language's required fields: the English title too.
        assert!(browser.send_keys("[id^=judul-field]", "Ijen Coffee Harvest"));
        set_date(&browser, "[id^=tanggal-field]", "2025-08-17", false);
        assert!(type_first(
            &browser,
            "[contenteditable=true]",
            "Panen kopi tahun ini melimpah."
        ));
        wait_click(&browser, "Pilih foto");
        wait_for(&browser, "input[type=file]");
        let photo = std::env::temp_dir().join(format!("panen-kopi-{}.jpg", std::process::id()));
        fs::copy(
            site.path("content/tamansari/berkas/kawah-ijen-1.jpg"),
            &photo,
        )
        .unwrap();
        assert!(browser.send_keys("input[type=file]", photo.to_str().unwrap()));
        let name = photo.file_name().unwrap().to_str().unwrap().to_string();
        // Decap keeps the upload of a new entry in the browser, and sends it
        // with the entry when it is saved.
        wait_click(&browser, "Pakai yang dipilih");
        assert!(type_first(
            &browser,
            "[id^=keterangan_gambar-field]",
            "Petani memetik kopi"
        ));
        shot(&browser, "berita-1280.png");
        save(&browser);
        let news = "content/tamansari/berita/panen-raya-kopi-ijen.md";
        assert!(
            wait_until(30, || site.path(news).exists()),
            "the news item is written: {}",
            page_text(&browser)
        );
        let front = front_matter(&site.read(news));
        assert_eq!(front["judul"].as_str(), Some("Panen Raya Kopi Ijen"));
        assert_eq!(
            front["gambar"].as_str(),
            Some(format!("berkas/{name}").as_str())
        );
        assert!(
            site.read(news).contains("tanggal: 2025-08-17"),
            "{}",
            site.read(news)
        );
        wait_until(30, || {
            site.path(&format!("content/tamansari/berkas/{name}"))
                .exists()
        });
        let uploaded = fs::read(site.path(&format!("content/tamansari/berkas/{name}")));
        let listing: Vec<_> = fs::read_dir(site.path("content/tamansari/berkas"))
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            uploaded.ok(),
            fs::read(&photo).ok(),
            "the photo is in berkas/: {listing:?}"
        );
        assert!(
            wait_until(30, || get(port, "/tamansari/berita/panen-raya-kopi-ijen/")
                .1
                .contains("Panen Raya Kopi Ijen")),
            "the rebuilt page shows the news item"
        );

        // A new service at the end of layanan.yaml.
        let services = "content/tamansari/layanan.yaml";
        let before = site.read(services);
        open_route(
            &browser,
            port,
            "collections/tamansari-layanan/entries/layanan",
        );
        assert!(
            wait_until(30, || page_text(&browser).contains("11 layanan")),
            "the services are loaded: {}",
            page_text(&browser)
        );
        wait_click(&browser, "Tambah layanan");
        wait_for(&browser, "[id^=id-field]");
        for (field, value) in [
            ("id", "ahli-waris"),
            ("nama", "Surat Keterangan Ahli Waris"),
            ("kategori", "Surat Keterangan"),
            ("ringkasan", "Keterangan ahli waris untuk mengurus warisan."),
            ("waktu", "3 hari kerja"),
            ("biaya", "0"),
        ] {
            assert!(
                browser.send_keys(&format!("[id^={field}-field]"), value),
                "{field}"
            );
        }
        for (list, item, value) in [
            ("persyaratan", "item", "Fotokopi KTP-el ahli waris"),
            ("prosedur", "item", "Serahkan berkas ke petugas."),
        ] {
            wait_click(&browser, &format!("Tambah {list}"));
            let _ = wait_until(10, || {
                browser.send_keys(&format!("[id^={item}-field]"), value)
            });
        }
        // The generated form gives an empty optional date ("Terakhir diperbarui")
        // the default `''`, which check refuses (K0250): it is filled in.
        set_date(&browser, "[id^=diperbarui-field]", "2026-08-17", true);
        shot(&browser, "layanan-1280.png");
        save(&browser);
        let mut notice = String::new();
        let toasts = "return [...document.querySelectorAll('.Toastify__toast')].map(t=>t.innerText).join(' | ')";
        let written = wait_until(30, || {
            notice = browser.eval(toasts).as_str().unwrap_or("").to_string();
            site.read(services).contains("ahli-waris") || notice.contains("Tidak disimpan")
        });
        if !written || !site.read(services).contains("ahli-waris") {
            shot(&browser, "layanan-gagal.png");
            panic!("the service is written: {notice}");
        }
        let written = site.read(services);
        let list: Vec<serde_norway::Value> = serde_norway::from_str(&written).unwrap();
        let ids: Vec<&str> = list.iter().map(|s| s["id"].as_str().unwrap()).collect();
        let old: Vec<serde_norway::Value> = serde_norway::from_str(&before).unwrap();
        let old_ids: Vec<&str> = old.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(
            &ids[..old_ids.len()],
            &old_ids[..],
            "the services keep their order"
        );
        assert_eq!(ids.last(), Some(&"ahli-waris"));
        assert_eq!(
            list[..old.len()],
            old[..],
            "the other services are unchanged"
        );
        let top = |text: &str| -> Vec<String> {
            text.lines()
                .take_while(|l| l.starts_with('#'))
                .map(String::from)
                .collect()
        };
        assert_eq!(
            top(&before).len(),
            2,
            "the schema's line and the file's comment"
        );
        assert_eq!(
            top(&written),
            top(&before),
            "the comments at the top are kept:\n{written}"
        );
        check_passes(&site);
        assert!(
            wait_until(30, || get(port, "/tamansari/layanan/")
                .1
                .contains("Surat Keterangan Ahli Waris")),
            "the rebuilt services page shows it"
        );
        report_comments(&before, &written);

        // A negative fee: the form refuses it under the field (the schema's
        // minimum), or kampung's check does; the file stays as it was.
        let good = site.read(services);
        close_notices(&browser);
        assert!(browser.send_keys("[id^=biaya-field]", "\u{E009}a\u{E009}-5000"));
        save(&browser);
        let shown = blocked(&browser, &["paling sedikit 0", "tidak disimpan"]);
        shot(&browser, "biaya-negatif-1280.png");
        eprintln!(
            "a negative fee shows: {}",
            excerpt(&shown, &["paling sedikit 0", "tidak disimpan"])
        );
        assert!(shown.contains("biaya"), "{shown}");
        assert_eq!(
            site.read(services),
            good,
            "a refused save leaves the file as it was"
        );

        // A date typed 17/08/2025 into the date field: never written as such.
        open_route(&browser, port, "collections/tamansari-berita/new");
        wait_for(&browser, "[id^=judul-field]");
        assert!(type_first(
            &browser,
            "[id^=judul-field]",
            "Upacara Tujuh Belasan"
        ));
        assert!(browser.send_keys("[id^=judul-field]", "Independence Day Ceremony"));
        assert!(type_first(&browser, "[id^=tanggal-field]", "17/08/2025"));
        assert!(type_first(
            &browser,
            "[contenteditable=true]",
            "Upacara di lapangan desa."
        ));
        let typed = browser.eval("return document.querySelector('[id^=tanggal-field]').value");
        save(&browser);
        let words = ["wajib diisi", "tidak disimpan", "tersimpan"];
        let shown = blocked(&browser, &words);
        shot(&browser, "tanggal-salah-1280.png");
        eprintln!(
            "17/08/2025 typed gives the value {typed}; the admin sees: {}",
            excerpt(&shown, &words)
        );
        let upacara = "content/tamansari/berita/upacara-tujuh-belasan.md";
        if site.path(upacara).exists() {
            let front = front_matter(&site.read(upacara));
            let date = front["tanggal"].as_str().unwrap_or("").to_string();
            assert!(
                date.len() == 10 && date.as_bytes()[4] == b'-',
                "a date is written as year-month-day: {date}"
            );
        } else {
            assert!(shown.contains("tanggal"), "{shown}");
        }
        check_passes(&site);
        let _ = fs::remove_file(&photo);

        // The same screens on a phone.
        drop(browser);
        let phone = Browser::device(360, 800, 2.0);
        open_forms(&phone, port);
        open_route(&phone, port, "collections/tamansari-berita/new");
        wait_for(&phone, "[id^=judul-field]");
        shot(&phone, "berita-360.png");
        assert!(type_first(
            &phone,
            "[id^=judul-field]",
            "Upacara Tujuh Belasan"
        ));
        assert!(phone.send_keys("[id^=judul-field]", "Independence Day Ceremony"));
        assert!(type_first(
            &phone,
            "[contenteditable=true]",
            "Upacara di lapangan desa."
        ));
        save(&phone);
        let shown = blocked(&phone, &["wajib diisi"]);
        shot(&phone, "tanggal-kosong-360.png");
        assert!(shown.contains("tanggal"), "{shown}");
        eprintln!("screenshots in {}", shots().display());
    }

    /// Picks `option` in the last select (react-select) matching `css`: types
    /// it and presses Enter, as an admin does with the keyboard.
    fn pick(browser: &Browser, css: &str, option: &str) {
        type_last(browser, css, &format!("{option}\u{E007}"));
    }

    /// Types into the last element matching `css` (the row just added to a table).
    fn type_last(browser: &Browser, css: &str, text: &str) {
        assert!(send_to(browser, css, "all.length-1", text), "no {css}");
    }

    #[test]
    #[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
    fn the_forms_add_a_statistics_year_and_start_a_translation() {
        let site = Site::sample();
        let server = serve_in_indonesian(&site);
        let port = server.port;
        let browser = Browser::device(1280, 800, 1.0);
        open_forms(&browser, port);

        // Gombengsari's first statistics year, with the figures of its desa.yaml.
        open_route(&browser, port, "collections/gombengsari-statistik/new");
        wait_for(&browser, "[id^=per-field]");
        set_date(&browser, "[id^=per-field]", "2025-06-30", false);
        assert!(browser.send_keys("[id^=jumlah_penduduk-field]", "6378"));
        for (label, count) in [("LAKI-LAKI", "3168"), ("PEREMPUAN", "3210")] {
            wait_click(&browser, "Tambah jenis kelamin");
            wait_for(&browser, "[id^=label-field]");
            pick(&browser, "[id^=label-field]", label);
            type_last(&browser, "[id^=jumlah-field]", count);
        }
        shot(&browser, "statistik-1280.png");
        save(&browser);
        let year = "content/gombengsari/statistik/2025.yaml";
        assert!(
            wait_until(30, || site.path(year).exists()),
            "the year is written, named after its date: {}",
            page_text(&browser)
        );
        eprintln!("the forms wrote {year}:\n{}", site.read(year));
        let written: serde_norway::Value = serde_norway::from_str(&site.read(year)).unwrap();
        let rows = &written["kategori"]["jenis-kelamin"];
        assert_eq!(
            rows[1]["label"].as_str(),
            Some("PEREMPUAN"),
            "{}",
            site.read(year)
        );
        assert_eq!(rows[1]["jumlah"].as_u64(), Some(3210));
        check_passes(&site);
        assert!(
            wait_until(30, || {
                let (status, page) = get(port, "/gombengsari/statistik/");
                status == 200 && page.contains("3.210")
            }),
            "the rebuilt statistics page shows the year"
        );

        // The English profile, which Gombengsari has not written yet.
        let english = "content/gombengsari/desa.en.yaml";
        assert!(!site.path(english).exists());
        open_route(
            &browser,
            port,
            "collections/gombengsari-desa/entries/desa-en",
        );
        wait_for(&browser, "[id^=slogan-field]");
        assert!(browser.send_keys(
            "[id^=slogan-field]",
            "Coffee village on the Kalipuro slopes"
        ));
        shot(&browser, "terjemahan-1280.png");
        save(&browser);
        assert!(
            wait_until(30, || site.path(english).exists()),
            "the translation is written: {}",
            page_text(&browser)
        );
        eprintln!("the forms wrote {english}:\n{}", site.read(english));
        assert!(
            site.read(english)
                .contains("slogan: Coffee village on the Kalipuro slopes")
        );
        check_passes(&site);
        assert!(
            wait_until(30, || get(port, "/en/gombengsari/")
                .1
                .contains("Coffee village on the Kalipuro slopes")),
            "the rebuilt English page shows it"
        );
    }

    /// Prints what Decap did to the comments of layanan.yaml (for the report).
    fn report_comments(before: &str, after: &str) {
        let count = |t: &str| {
            t.lines()
                .filter(|l| l.trim_start().starts_with('#'))
                .count()
        };
        eprintln!(
            "layanan.yaml comment lines: {} before, {} after the forms saved it",
            count(before),
            count(after)
        );
    }
}

/// The basic fixture with the published site's forms on the repository
/// `desa-alpha/situs` (`formulir` in site.yaml), and the settings `more`.
fn site_with_forms(more: &str) -> Site {
    let site = Site::new("basic");
    let settings = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{settings}formulir:\n  github: desa-alpha/situs\n{more}"),
    );
    site
}

/// True if this kampung has the forms built in; CI and releases must
/// (`KAMPUNG_REQUIRE_FORMS`, set by .ci/run), so a test there never passes on
/// the branch for a kampung without them.
fn forms_built_in(site: &Site) -> bool {
    let server = site.serve(&["--admin"]);
    let (status, _, _) = http(server.port, "GET", "/admin/decap-cms.js", None);
    let built_in = status == 200;
    assert!(
        built_in || std::env::var_os("KAMPUNG_REQUIRE_FORMS").is_none(),
        "KAMPUNG_REQUIRE_FORMS is set but this kampung has no forms"
    );
    built_in
}

#[test]
fn the_published_site_carries_forms_for_its_github_repository() {
    let site = site_with_forms("  situs_masuk: formulir-alpha.netlify.app\n");
    let built = site.build();
    assert_eq!(built.code, 0, "{}", built.stderr);
    if !forms_built_in(&site) {
        assert!(built.stderr.contains("[K1459]"), "{}", built.stderr);
        assert!(!site.path("public/admin").exists());
        return;
    }
    assert!(!built.stderr.contains("K1459"), "{}", built.stderr);
    // The page loads its files by relative addresses: the site may live in a folder.
    // (minified: the quotes around attribute values may be gone)
    let page = site.read("public/admin/index.html").replace('"', "");
    assert!(page.contains("src=decap-cms.js"), "{page}");
    assert!(
        page.contains("kampung-id.js") && page.contains("noindex"),
        "{page}"
    );
    let decap = fs::read(site.path("public/admin/decap-cms.js")).unwrap();
    assert!(
        decap.len() > 1_000_000 && decap[..2] != [0x1f, 0x8b],
        "plain JavaScript"
    );
    let config: Value = serde_norway::from_str(&site.read("public/admin/config.yml")).unwrap();
    assert_eq!(config["backend"]["name"], "github");
    assert_eq!(config["backend"]["repo"], "desa-alpha/situs");
    assert_eq!(config["backend"]["branch"], "main");
    assert_eq!(config["backend"]["base_url"], "https://api.netlify.com");
    assert_eq!(
        config["backend"]["site_domain"],
        "formulir-alpha.netlify.app"
    );
    assert!(
        config.get("local_backend").is_none(),
        "no local backend on the live site"
    );
    let names: Vec<&str> = config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(
        names.contains(&"alpha-berita") && names.contains(&"beta-berita"),
        "{names:?}"
    );
    // The editor's "Lihat" button opens kampung's real page: every entry's
    // preview_path is a page of the build.
    let mut previewed = 0;
    for collection in config["collections"].as_array().unwrap() {
        let mut targets = Vec::new();
        if let (Some(folder), Some(path)) = (
            collection["folder"].as_str(),
            collection["preview_path"].as_str(),
        ) {
            for file in fs::read_dir(site.path(folder))
                .into_iter()
                .flatten()
                .flatten()
            {
                let name = file.file_name().to_string_lossy().into_owned();
                // A draft has no page.
                let text = fs::read_to_string(file.path()).unwrap_or_default();
                if text.contains("\ndraf: true") {
                    continue;
                }
                if let Some((stem, _)) = name.split_once('.').filter(|(_, e)| !e.contains('.')) {
                    targets.push(path.replace("{{slug}}", stem).replace("{{tahun}}", stem));
                }
            }
        }
        for file in collection["files"].as_array().into_iter().flatten() {
            targets.extend(file["preview_path"].as_str().map(String::from));
        }
        for target in targets {
            let page = site.path(&format!("public/{target}index.html"));
            assert!(
                page.is_file(),
                "{}: {target} is not a page",
                collection["name"]
            );
            previewed += 1;
        }
    }
    assert!(previewed >= 10, "only {previewed} previews checked");
    // Each village's own page, with its forms only and Decap from /admin/.
    let page = site.read("public/alpha/admin/index.html").replace('"', "");
    assert!(page.contains("src=../../admin/decap-cms.js"), "{page}");
    let config: Value =
        serde_norway::from_str(&site.read("public/alpha/admin/config.yml")).unwrap();
    let names: Vec<&str> = config["collections"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["name"].as_str())
        .collect();
    assert!(names.contains(&"alpha-layanan"), "{names:?}");
    assert!(!names.iter().any(|n| n.starts_with("beta-")), "{names:?}");
    // A village folder may not take the forms' address.
    copy_tree(&site.path("content/beta"), &site.path("content/admin"));
    let refused = site.run(&["check"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("[K0225]"), "{}", refused.stderr);
}
