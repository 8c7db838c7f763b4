//! Copies for a USB stick and for hosts that serve precompressed files:
//! `build --offline` browses from `file://` (every link names its file, the
//! search index is a script), `build --compress` writes `.gz` and `.br` copies.

use crate::browser::Browser;
use crate::common::{Site, attrs, broken_links, wait_until};
use std::fs;
use std::path::{Path, PathBuf};

/// The sample site, built with `flags`; its output folder is `public/`.
fn built_sample(flags: &[&str]) -> Site {
    let site = Site::sample();
    let mut args = vec!["build"];
    args.extend_from_slice(flags);
    let run = site.run(&args);
    assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
    site
}

/// Every file under `dir`, as paths relative to it with `/`.
fn files(dir: &Path) -> Vec<String> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e.path().strip_prefix(dir).unwrap();
            rel.to_str().unwrap().replace('\\', "/")
        })
        .collect()
}

/// Every address a page of the offline copy names, with the page.
fn addresses(public: &Path) -> Vec<(PathBuf, String)> {
    let mut out = Vec::new();
    for page in crate::common::html_pages(public) {
        let html = scraper::Html::parse_document(&fs::read_to_string(&page).unwrap());
        for (selector, attr) in [
            ("a[href]", "href"),
            ("link[href]", "href"),
            ("img[src]", "src"),
            ("script[src]", "src"),
            ("form[action]", "action"),
        ] {
            for url in attrs(&html, selector, attr) {
                out.push((page.clone(), url));
            }
        }
        for selector in ["img[srcset]", "source[srcset]"] {
            for set in attrs(&html, selector, "srcset") {
                for candidate in set.split(',') {
                    let url = candidate.split_whitespace().next().unwrap_or("");
                    out.push((page.clone(), url.to_string()));
                }
            }
        }
    }
    out
}

#[test]
fn every_link_of_an_offline_copy_names_an_existing_file() {
    let site = built_sample(&["--offline"]);
    let public = site.path("public");
    let mut checked = 0;
    let mut wrong = Vec::new();
    for page in crate::common::html_pages(&public) {
        let text = fs::read_to_string(&page).unwrap();
        for root in [
            "href=\"/",
            "src=\"/",
            "href=/",
            "src=/",
            "action=/",
            "action=\"/",
        ] {
            if text.contains(root) {
                wrong.push(format!("{} has {root}", page.display()));
            }
        }
    }
    for (page, url) in addresses(&public) {
        if url.contains(':') || url.starts_with('#') {
            continue; // another site, tel:, mailto:, or this page
        }
        let path = url.split(['#', '?']).next().unwrap();
        let target = page.parent().unwrap().join(path);
        checked += 1;
        if !target.is_file() {
            wrong.push(format!("{} -> {url}", page.display()));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert!(checked > 5000, "{checked} links checked");
    assert_eq!(broken_links(&public), Vec::<String>::new());
    // The canonical address stays absolute: it names the published page.
    let home = site.page("public/kemiren/index.html");
    assert_eq!(
        attrs(&home, "link[rel=canonical]", "href"),
        ["https://desa.banyuwangi.example/kemiren/"]
    );
    assert!(attrs(&home, "a.brand", "href") == ["../index.html"]);
    // The search index is also a script, which file:// pages can load.
    let script = site.read("public/cari/index.js");
    let json = site.read("public/cari/index.json");
    assert_eq!(script, format!("window.kampungSearchIndex={json};\n"));
    assert!(site.path("public/en/search/index.js").is_file());
}

#[test]
fn a_build_without_offline_keeps_folder_links_and_no_index_script() {
    let site = built_sample(&[]);
    let home = site.page("public/kemiren/index.html");
    assert_eq!(attrs(&home, "a.brand", "href"), ["../"]);
    assert!(!site.path("public/cari/index.js").exists());
    assert!(
        !files(&site.path("public"))
            .iter()
            .any(|f| f.ends_with(".gz") || f.ends_with(".br"))
    );
}

fn gunzip(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(bytes), &mut out).unwrap();
    out
}

fn unbrotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    brotli::BrotliDecompress(&mut &bytes[..], &mut out).unwrap();
    out
}

#[cfg(unix)]
fn inode(path: &Path) -> u64 {
    std::os::unix::fs::MetadataExt::ino(&fs::metadata(path).unwrap())
}

#[test]
fn compressed_copies_decompress_to_their_originals_and_follow_their_pages() {
    let site = built_sample(&["--compress"]);
    let public = site.path("public");
    let all = files(&public);
    let mut text = 0;
    for file in &all {
        let is_copy = file.ends_with(".gz") || file.ends_with(".br");
        let ext = file.rsplit('.').next().unwrap();
        let is_text = matches!(
            ext,
            "html" | "css" | "js" | "json" | "xml" | "txt" | "svg" | "csv"
        );
        if is_copy {
            let original = &file[..file.len() - 3];
            assert!(
                all.contains(&original.to_string()),
                "{file} has its original"
            );
            continue;
        }
        let gz = public.join(format!("{file}.gz"));
        let br = public.join(format!("{file}.br"));
        if !is_text {
            assert!(
                !gz.exists() && !br.exists(),
                "{file} is not compressed again"
            );
            continue;
        }
        text += 1;
        let original = fs::read(public.join(file)).unwrap();
        assert_eq!(gunzip(&fs::read(&gz).unwrap()), original, "{file}.gz");
        assert_eq!(unbrotli(&fs::read(&br).unwrap()), original, "{file}.br");
    }
    assert!(text > 300, "{text} text files");
    let page = "public/kemiren/berita/peringatan-hut-ri-ke-81/index.html";
    let kept = "public/tamansari/index.html";
    #[cfg(unix)]
    let before = inode(&site.path(&format!("{kept}.br")));
    // An edited page gets new copies, a removed one takes its copies along, and
    // an unchanged one keeps its copies.
    let edited = "content/kemiren/berita/peringatan-hut-ri-ke-80.md";
    let text = site.read(edited);
    site.write(
        edited,
        &text.replacen("\n\n", "\n\nDitambah satu kalimat.\n\n", 1),
    );
    site.remove("content/kemiren/berita/peringatan-hut-ri-ke-81.md");
    let run = site.run(&["build", "--compress"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    for suffix in ["", ".gz", ".br"] {
        assert!(
            !site.path(&format!("{page}{suffix}")).exists(),
            "{page}{suffix}"
        );
    }
    let edited_page = "public/kemiren/berita/peringatan-hut-ri-ke-80/index.html";
    let html = fs::read(site.path(edited_page)).unwrap();
    assert!(String::from_utf8_lossy(&html).contains("Ditambah satu kalimat."));
    let gz = fs::read(site.path(&format!("{edited_page}.gz"))).unwrap();
    assert_eq!(gunzip(&gz), html);
    #[cfg(unix)]
    assert_eq!(
        inode(&site.path(&format!("{kept}.br"))),
        before,
        "kept as it was"
    );
    // Without --compress, no copy stays behind.
    let run = site.run(&["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(!site.path(&format!("{kept}.gz")).exists());
}

/// The `file://` address of `rel` in `public`.
fn file_url(public: &Path, rel: &str) -> String {
    format!("file://{}/{rel}", public.canonicalize().unwrap().display())
}

/// Clicks the first element matching `css` and waits for the next page's `h1`.
fn follow(browser: &Browser, css: &str) -> String {
    let before = browser.eval("return location.href");
    let clicked = browser.eval(&format!(
        "const a = document.querySelector('{css}'); if (!a) return false; a.click(); return true;"
    ));
    assert_eq!(clicked, true, "{css} is on {before}");
    assert!(
        wait_until(10, || browser.eval("return location.href") != before
            && browser.eval("return document.readyState") == "complete"),
        "{css} on {before} leads somewhere"
    );
    let href = browser.eval("return location.href");
    let href = href.as_str().unwrap();
    assert!(href.ends_with(".html") || href.contains(".html#"), "{href}");
    browser
        .eval("const h = document.querySelector('h1'); return h ? h.textContent : ''")
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn an_offline_copy_browses_and_searches_from_file_urls() {
    let site = built_sample(&["--offline"]);
    let public = site.path("public");
    let browser = Browser::device(1280, 900, 1.0);
    browser.open(&file_url(&public, "index.html"));
    // The stylesheet applies (a browser's own body margin is 8px).
    assert_eq!(
        browser.eval("return getComputedStyle(document.body).margin"),
        "0px"
    );
    // The portal's menus lead to pages.
    assert_eq!(
        follow(&browser, "nav.sections li:nth-child(1) a"),
        "Layanan di semua desa"
    );
    assert_eq!(
        follow(&browser, "a.brand"),
        "Portal Desa Kabupaten Banyuwangi"
    );
    browser.open(&file_url(&public, "kemiren/index.html"));
    assert_eq!(
        follow(
            &browser,
            r#"nav[aria-label="Menu desa"] a[href$="layanan/index.html"]"#
        ),
        "Layanan warga · Desa Kemiren"
    );
    // A service page shows its requirements.
    let service = follow(&browser, r#"main a[href$="domisili/index.html"]"#);
    assert_eq!(service, "Surat Keterangan Domisili");
    let requirements = browser.eval("return document.querySelectorAll('ul.checklist li').length");
    assert!(requirements.as_u64().unwrap() >= 3, "{requirements}");
    // A budget page shows its table.
    browser.open(&file_url(&public, "kemiren/apbdes/index.html"));
    follow(&browser, r#"main a[href$="2025/index.html"]"#);
    let rows =
        browser.eval("return document.querySelectorAll('main table.budget tbody tr').length");
    assert!(rows.as_u64().unwrap() >= 5, "{rows}");
    // The search box finds a service, and the result opens.
    browser.open(&file_url(&public, "kemiren/index.html"));
    browser.eval(
        "const i = document.querySelector('header form input[type=search]');
         i.value = 'domisili'; i.dispatchEvent(new Event('input')); return 1",
    );
    assert!(
        wait_until(10, || browser.eval(
            "return document.querySelectorAll('header .search-results li a').length"
        ) != 0),
        "the search shows results: {:?}",
        browser.console()
    );
    let first = browser.eval("return document.querySelector('header .search-results li a').href");
    assert!(
        first
            .as_str()
            .unwrap()
            .ends_with("/kemiren/layanan/domisili/index.html"),
        "{first}"
    );
    assert_eq!(
        follow(&browser, "header .search-results li a"),
        "Surat Keterangan Domisili"
    );
}
