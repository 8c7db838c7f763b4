//! `kampung serve --admin`: the web forms' backend (Decap CMS's local-backend
//! protocol at `POST /api/v1`) without a browser. Every action round-trips on a
//! copy of a fixture site; paths outside `content/`, of kinds kampung does not
//! know, or through a symbolic link are refused with nothing written; a save
//! that `check` rejects is refused with the reason and leaves the file as it was.
//! The real-browser test of the forms is `admin_browser.rs`.

use crate::common::{Running, Site, get, http, wait_until};
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
    assert_eq!(
        paths,
        [
            "content/alpha/berita/dua.md",
            "content/alpha/berita/lama.md",
            "content/alpha/berita/satu.md"
        ]
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
        site.read("content/alpha/layanan.yaml")
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
        json!({ "entry": { "path": "content/alpha/layanan.yaml", "raw": negative }, "assets": [] }),
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

    // A good edit is written exactly as sent, comments and order included.
    let edited = format!(
        "# Katalog layanan Desa Alpha\n{}",
        services.replace("biaya: 25000", "biaya: 30000")
    );
    let (status, answer) = api(
        &server,
        "persistEntry",
        json!({ "entry": { "path": "content/alpha/layanan.yaml", "raw": edited }, "assets": [] }),
    );
    assert_eq!(status, 200, "{answer}");
    assert_eq!(site.read("content/alpha/layanan.yaml"), edited);
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
fn admin_pages_are_served_only_with_the_flag() {
    let site = Site::new("basic");
    let plain = site.serve(&[]);
    assert_eq!(get(plain.port, "/admin/").0, 404);
    let (status, _, _) = http(plain.port, "POST", "/api/v1", Some("{\"action\":\"info\"}"));
    assert_eq!(status, 405, "no backend without --admin");
    drop(plain);

    let server = serve(&site);
    assert!(
        server.stdout.lock().unwrap().contains("/admin/"),
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
