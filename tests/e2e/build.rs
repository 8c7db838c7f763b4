//! Building valid sites: what the pages contain, where they go, and what the
//! output folder looks like afterwards.

use crate::common::{Site, attrs, broken_links, html_pages, run, texts};
use std::fs;

#[test]
fn builds_every_page_in_both_languages() {
    let site = Site::new("basic");
    let run = site.build();
    assert!(
        run.stdout.starts_with("Built 2 villages, "),
        "{}",
        run.stdout
    );
    for page in [
        "index.html",
        "404.html",
        "alpha/index.html",
        "alpha/sejarah/index.html",
        "alpha/profil/index.html",
        "alpha/berita/index.html",
        "alpha/berita/satu/index.html",
        "alpha/berita/lama/index.html",
        "beta/index.html",
        "beta/berita/kabar/index.html",
        "en/index.html",
        "en/404.html",
        "en/alpha/index.html",
        "en/alpha/sejarah/index.html",
        "en/alpha/news/index.html",
        "en/alpha/news/satu/index.html",
        "en/beta/news/kabar/index.html",
        "alpha/berkas/formulir.pdf",
    ] {
        assert!(site.path("public").join(page).is_file(), "missing {page}");
    }
    let mut assets: Vec<_> = fs::read_dir(site.path("public/static"))
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    assets.sort();
    assert!(
        assets.len() == 3
            && assets[0].starts_with("favicon.")
            && assets[1].starts_with("search.")
            && assets[1].ends_with(".js")
            && assets[2].starts_with("style.")
            && assets[2].ends_with(".css"),
        "a hashed icon, search script and stylesheet: {assets:?}"
    );
    assert_eq!(
        fs::read(site.path("public/alpha/berkas/formulir.pdf")).unwrap(),
        fs::read(site.path("content/alpha/berkas/formulir.pdf")).unwrap(),
        "documents are copied byte for byte"
    );
}

#[test]
fn every_page_has_lang_title_description_and_breadcrumb_and_no_broken_link() {
    let site = Site::new("basic");
    site.build();
    let public = site.path("public");
    assert_eq!(broken_links(&public), Vec::<String>::new());
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "html") {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(&public)
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let page = site.page(&format!("public/{rel}"));
        let lang = attrs(&page, "html", "lang");
        let expected = if rel.starts_with("en/") { "en" } else { "id" };
        assert_eq!(lang, vec![expected], "{rel}");
        assert_eq!(texts(&page, "head title").len(), 1, "{rel}");
        assert!(!texts(&page, "head title")[0].is_empty(), "{rel}");
        let is_portal_or_404 =
            rel.ends_with("404.html") || rel == "index.html" || rel == "en/index.html";
        if !rel.ends_with("404.html") {
            assert_eq!(
                attrs(&page, "meta[name=description]", "content").len(),
                1,
                "{rel}"
            );
        }
        if !is_portal_or_404 {
            assert_eq!(
                texts(&page, "nav.crumbs li[aria-current=page]").len(),
                1,
                "{rel} has no breadcrumb"
            );
        }
    }
}

#[test]
fn portal_lists_villages_by_kecamatan_a_to_z() {
    let site = Site::new("basic");
    site.write("content/aaa/desa.yaml", "nama: Zeta\nkecamatan: Glagah\n");
    site.build();
    let page = site.page("public/index.html");
    assert_eq!(
        texts(&page, "section.district h3"),
        vec!["Kecamatan Glagah", "Kecamatan Kalipuro"]
    );
    assert_eq!(
        texts(&page, "section.district li a"),
        vec!["Desa Alpha", "Desa Zeta", "Kelurahan Beta"]
    );
    assert_eq!(
        attrs(&page, "section.district li a", "href"),
        vec!["./alpha/", "./aaa/", "./beta/"]
    );
    let en = site.page("public/en/index.html");
    assert_eq!(texts(&en, "h1"), vec!["Test Portal"]);
    assert_eq!(
        texts(&en, "section.district h3"),
        vec!["Glagah District", "Kalipuro District"]
    );
}

#[test]
fn village_home_shows_office_officials_news_and_menu() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/index.html");
    assert_eq!(texts(&page, "h1"), vec!["Desa Alpha"]);
    let hrefs = attrs(&page, "a", "href");
    assert!(hrefs.contains(&"tel:+62333555101".to_string()), "{hrefs:?}");
    assert!(hrefs.contains(&"https://wa.me/6281200000001".to_string()));
    assert!(hrefs.contains(&"mailto:pemdes@alpha.example".to_string()));
    let facts = texts(&page, "dl.facts dt, dl.facts dd");
    assert!(
        facts
            .windows(2)
            .any(|w| w == ["Kepala Desa", "Budi Santoso"]),
        "{facts:?}"
    );
    assert!(
        facts.contains(
            &"2.563 jiwa (1.254 laki-laki, 1.309 perempuan); 812 kepala keluarga".to_string()
        ),
        "{facts:?}"
    );
    assert!(facts.contains(&"1,77 km²".to_string()));
    // Menu in `urutan` order, news newest first, drafts left out.
    assert_eq!(
        texts(&page, "ul.menu a"),
        vec![
            "Layanan",
            "Wisata",
            "APBDes",
            "Berita",
            "Profil Desa",
            "Sejarah Desa"
        ]
    );
    assert_eq!(
        texts(&page, "#berita-terbaru + ul h3"),
        vec!["Kerja bakti bersih desa", "Berita lama"]
    );
    assert_eq!(
        texts(&page, "time"),
        vec!["14 Oktober 2026", "5 Januari 2025"]
    );
    assert!(!site.path("public/alpha/berita/dua").exists());
    let en = site.page("public/en/alpha/index.html");
    assert_eq!(
        texts(&en, "time"),
        vec!["14 October 2026", "5 January 2025"]
    );
    assert_eq!(texts(&en, "h1"), vec!["Alpha Village"]);
    assert_eq!(texts(&en, "p.lead"), vec!["Harmonious and prosperous"]);
}

#[test]
fn drafts_only_with_the_flag() {
    let site = Site::new("basic");
    let run = site.run(&["build", "--drafts"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(
        texts(&site.page("public/alpha/berita/dua/index.html"), "h1"),
        vec!["Pengumuman rahasia"]
    );
}

#[test]
fn markdown_links_work_from_every_depth_and_raw_html_is_escaped() {
    let site = Site::new("basic");
    site.build();
    let profile = site.page("public/alpha/profil/index.html");
    assert_eq!(
        attrs(&profile, "article a", "href"),
        vec!["../../alpha/sejarah/#asal-usul", "../../alpha/berita/satu/"]
    );
    assert_eq!(
        texts(&profile, "article table td"),
        vec!["Krajan", "400", "Timur", "412"]
    );
    let history = site.read("public/alpha/sejarah/index.html");
    assert!(
        history.contains("&lt;b>Tebal&lt;/b>") || history.contains("&lt;b&gt;Tebal&lt;/b&gt;"),
        "{history}"
    );
    let history = site.page("public/alpha/sejarah/index.html");
    let src = attrs(&history, "article img", "src");
    assert_eq!(src.len(), 1);
    assert!(
        src[0].starts_with("../../alpha/berkas/peta-") && src[0].ends_with(".png"),
        "a processed variant of berkas/peta.png: {src:?}"
    );
    assert_eq!(
        attrs(&history, "article picture source", "type"),
        vec!["image/webp"]
    );
    let en_home = site.page("public/en/alpha/index.html");
    assert!(
        attrs(&en_home, "a", "href")
            .iter()
            .all(|h| !h.contains("halaman/"))
    );
    let home = site.page("public/alpha/index.html");
    assert!(attrs(&home, ".prose a", "href").contains(&"../alpha/berkas/formulir.pdf".to_string()));

    site.write(
        "content/site.yaml",
        &site
            .read("content/site.yaml")
            .replace("judul: Portal Uji", "judul: Portal Uji\nhtml_mentah: true"),
    );
    site.build();
    let history = site.page("public/alpha/sejarah/index.html");
    assert_eq!(texts(&history, "article b"), vec!["Tebal"]);
}

#[test]
fn untranslated_text_falls_back_with_a_lang_attribute_and_a_note() {
    let site = Site::new("basic");
    site.build();
    // Translated: no note.
    let translated = site.page("public/en/alpha/sejarah/index.html");
    assert_eq!(texts(&translated, "h1"), vec!["Village History"]);
    assert!(texts(&translated, ".note").is_empty());
    // Untranslated: Indonesian text marked lang="id" with an English note.
    let fallback = site.page("public/en/alpha/profil/index.html");
    assert_eq!(texts(&fallback, "h1[lang=id]"), vec!["Profil Desa"]);
    assert_eq!(
        texts(&fallback, ".note"),
        vec!["This text is not yet available in English."]
    );
    assert_eq!(
        texts(&fallback, "article div[lang=id] td")
            .first()
            .map(String::as_str),
        Some("Krajan")
    );
    // UI strings are always in the page's language.
    assert_eq!(
        texts(&fallback, "ul.menu a")[..4],
        ["Services", "Tourism", "Budget", "News"]
    );
    // Office hours were translated, the address was not.
    let home = site.page("public/en/alpha/index.html");
    assert!(
        texts(&home, "footer p").contains(&"Office hours: Monday–Friday 08:00–15:00".to_string())
    );
    assert_eq!(
        texts(&home, "footer span[lang=id]"),
        vec!["Jl. Raya Alpha 1"]
    );
}

#[test]
fn pages_link_to_their_other_languages() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/berita/satu/index.html");
    assert_eq!(
        attrs(&page, "link[hreflang]", "hreflang"),
        vec!["id", "en", "x-default"]
    );
    assert_eq!(
        attrs(&page, "link[hreflang]", "href"),
        vec![
            "https://uji.example/alpha/berita/satu/",
            "https://uji.example/en/alpha/news/satu/",
            "https://uji.example/alpha/berita/satu/"
        ]
    );
    assert_eq!(
        attrs(&page, "nav.langs a", "href"),
        vec!["../../../en/alpha/news/satu/"]
    );
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        vec!["https://uji.example/alpha/berita/satu/"]
    );
}

#[test]
fn news_list_is_paginated_ten_a_page() {
    let site = Site::new("basic");
    for i in 1..=23 {
        site.write(
            &format!("content/beta/berita/kabar-{i:02}.md"),
            &format!("---\njudul: Kabar {i:02}\ntanggal: 2026-01-{i:02}\n---\nIsi {i}.\n"),
        );
    }
    site.build();
    let first = site.page("public/beta/berita/index.html");
    let titles = texts(&first, "ul.cards h2");
    assert_eq!(titles.len(), 10);
    assert_eq!(titles[0], "Kabar dari Beta");
    assert_eq!(titles[1], "Kabar 23");
    let third = site.page("public/beta/berita/halaman/3/index.html");
    assert_eq!(
        texts(&third, "ul.cards h2"),
        vec!["Kabar 04", "Kabar 03", "Kabar 02", "Kabar 01"]
    );
    assert_eq!(
        attrs(&third, "a[rel=prev]", "href"),
        vec!["../../../../beta/berita/halaman/2/"]
    );
    assert!(site.path("public/en/beta/news/page/3/index.html").is_file());
    assert!(!site.path("public/beta/berita/halaman/4").exists());
    assert_eq!(broken_links(&site.path("public")), Vec::<String>::new());
}

#[test]
fn two_builds_are_byte_identical_and_rebuilds_leave_no_stale_files() {
    let site = Site::new("basic");
    site.build();
    let first = site.snapshot("public");
    site.build();
    assert_eq!(first, site.snapshot("public"));
    site.remove("content/alpha/halaman/profil.md");
    site.build();
    assert!(!site.path("public/alpha/profil").exists());
    assert!(!site.path("public/en/alpha/profil").exists());
    assert!(site.path("public/alpha/sejarah/index.html").is_file());
}

/// Paths under a site's root, each with its bytes (`None` for a folder).
type Tree = std::collections::BTreeMap<std::path::PathBuf, Option<Vec<u8>>>;

/// Every file and folder under the site's root, with each file's bytes: the
/// output, content/ and the picture cache alike.
fn whole_site(site: &Site) -> Tree {
    walkdir::WalkDir::new(site.root())
        .into_iter()
        .map(Result::unwrap)
        .map(|e| {
            let rel = e.path().strip_prefix(site.root()).unwrap().to_path_buf();
            (
                rel,
                e.file_type().is_file().then(|| fs::read(e.path()).unwrap()),
            )
        })
        .collect()
}

/// The paths that were added, removed or changed between two [`whole_site`]s.
fn changed(before: &Tree, after: &Tree) -> Vec<std::path::PathBuf> {
    let mut paths: Vec<_> = before.keys().chain(after.keys()).cloned().collect();
    paths.sort();
    paths.dedup();
    paths.retain(|p| before.get(p) != after.get(p));
    paths
}

#[test]
fn check_writes_nothing() {
    let site = Site::new("basic");
    let before = whole_site(&site);
    let run = site.run(&["check"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Checked 2 villages"),
        "{}",
        run.stdout
    );
    assert_eq!(
        changed(&before, &whole_site(&site)),
        Vec::<std::path::PathBuf>::new()
    );
    // Over a built site (output and cache present) with an edit to publish, and
    // with a mistake to report: still nothing changes anywhere under the root.
    site.build();
    assert!(site.path(".kampung-cache").is_dir());
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Berubah"),
    );
    for (expected, overlay) in [(0, None), (1, Some("bad-date"))] {
        if let Some(overlay) = overlay {
            site.overlay(overlay);
        }
        let before = whole_site(&site);
        let run = site.run(&["check"]);
        assert_eq!(run.code, expected, "{}", run.stderr);
        let after = whole_site(&site);
        assert_eq!(
            changed(&before, &after),
            Vec::<std::path::PathBuf>::new(),
            "{overlay:?}"
        );
    }
}

#[test]
fn a_site_template_overrides_the_theme() {
    let site = Site::new("basic");
    site.write("templates/page.html", "{% extends \"village_base.html\" %}{% block content %}<p id=\"custom\">{{ doc.title.text }}</p>{% endblock content %}");
    site.build();
    assert_eq!(
        texts(&site.page("public/alpha/sejarah/index.html"), "#custom"),
        vec!["Sejarah Desa"]
    );
    assert!(
        site.read("public/alpha/index.html")
            .contains("Selamat datang di Alpha")
    );
}

/// The files under `public/` whose path (after a language prefix) starts with `village/`.
fn village_files(
    snapshot: &std::collections::BTreeMap<std::path::PathBuf, Vec<u8>>,
    village: &str,
) -> std::collections::BTreeMap<std::path::PathBuf, Vec<u8>> {
    snapshot
        .iter()
        .filter(|(p, _)| {
            let p = p.to_string_lossy();
            let p = p.strip_prefix("en/").unwrap_or(&p);
            p.starts_with(&format!("{village}/"))
        })
        .map(|(p, b)| (p.clone(), b.clone()))
        .collect()
}

#[test]
fn only_keeps_every_other_village_when_another_village_is_broken() {
    // The exact report: the whole build fails because of one village, the admin
    // publishes kemiren with --only, and five villages vanished from the site.
    let site = Site::sample();
    assert_eq!(site.build().code, 0);
    let before = site.snapshot("public");
    site.write(
        "content/sumberagung/desa.yaml",
        "nama: Sumberagung\nkecamatan: [Pesanggaran\n",
    );
    let full = site.run(&["build"]);
    assert_eq!(full.code, 1, "{}", full.stderr);
    let home = site.read("content/kemiren/index.md");
    site.write(
        "content/kemiren/index.md",
        &home.replace("Sugeng rawuh", "Sugeng rawuh lan sugeng enjing"),
    );
    let run = site.run(&["build", "--only", "kemiren"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("content/sumberagung: this village has 1 error, so it is not updated: its published pages stay as they were [K0223]"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("the portal's pages are not updated"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("[K0915]"), "{}", run.stderr);
    let after = site.snapshot("public");
    // The same files, and only kemiren's home pages changed.
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>(),
        "files appeared or went"
    );
    let changed: Vec<String> = after
        .iter()
        .filter(|(p, b)| before.get(*p) != Some(*b))
        .map(|(p, _)| p.display().to_string())
        .collect();
    assert!(
        changed.contains(&"kemiren/index.html".to_string()),
        "{changed:?}"
    );
    assert!(
        changed
            .iter()
            .all(|p| p.starts_with("kemiren/") || p.starts_with("en/kemiren/")),
        "{changed:?}"
    );
    assert!(
        site.read("public/kemiren/index.html")
            .contains("Sugeng rawuh lan sugeng enjing")
    );
    for village in [
        "sumberagung",
        "tamansari",
        "benculuk",
        "sarongan",
        "gombengsari",
    ] {
        assert_eq!(
            village_files(&before, village),
            village_files(&after, village),
            "{village} changed"
        );
    }
}

#[test]
fn only_updates_the_portal_pages_that_list_the_village() {
    let site = Site::new("basic");
    assert_eq!(site.build().code, 0);
    let before = site.snapshot("public");
    let profile = site.read("content/beta/desa.yaml");
    assert!(profile.contains("nama: Beta"), "{profile}");
    site.write(
        "content/beta/desa.yaml",
        &profile.replace("nama: Beta", "nama: Beta Makmur"),
    );
    // Alpha changes too, but is not named: its pages stay as they were.
    let alpha = site.read("content/alpha/index.md");
    site.write(
        "content/alpha/index.md",
        &format!("{alpha}\nKalimat baru.\n"),
    );
    let run = site.run(&["build", "--only", "beta"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let after = site.snapshot("public");
    assert_eq!(
        before.keys().collect::<Vec<_>>(),
        after.keys().collect::<Vec<_>>()
    );
    assert!(site.read("public/index.html").contains("Beta Makmur"));
    assert!(site.read("public/beta/index.html").contains("Beta Makmur"));
    assert_eq!(
        village_files(&before, "alpha"),
        village_files(&after, "alpha")
    );
    assert!(
        !site
            .read("public/alpha/index.html")
            .contains("Kalimat baru")
    );
    let run = site.run(&["build", "--only", "gamma"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("content/gamma/"), "{}", run.stderr);
}

#[test]
fn only_without_a_previous_site_refuses_and_writes_nothing() {
    let site = Site::new("basic");
    let run = site.run(&["build", "--only", "beta"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("there is none in"), "{}", run.stderr);
    assert!(run.stderr.contains("[K0004]"), "{}", run.stderr);
    assert!(!site.path("public").exists());
    let run = site.run(&["build", "--only", "beta", "--watch"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
}

#[test]
fn base_url_flag_overrides_site_yaml() {
    let site = Site::new("basic");
    let run = site.run(&["build", "--base-url", "https://desa.example/sub/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.page("public/alpha/index.html");
    assert_eq!(
        attrs(&page, "link[rel=canonical]", "href"),
        vec!["https://desa.example/sub/alpha/"]
    );
}

/// What a browser makes of a page, as far as the minifier may not change it:
/// every element with its attributes, in order, and the text between them, with
/// whitespace collapsed and none kept beside a block (`|`), where browsers drop it.
fn rendering(page: &scraper::Html) -> String {
    use scraper::node::Node;
    let block = |name: &str| {
        matches!(
            name,
            "html"
                | "head"
                | "body"
                | "meta"
                | "link"
                | "title"
                | "script"
                | "style"
                | "header"
                | "footer"
                | "main"
                | "nav"
                | "section"
                | "article"
                | "aside"
                | "div"
                | "p"
                | "ul"
                | "ol"
                | "li"
                | "dl"
                | "dt"
                | "dd"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "table"
                | "thead"
                | "tbody"
                | "tr"
                | "td"
                | "th"
                | "figure"
                | "figcaption"
                | "form"
                | "details"
                | "summary"
                | "hr"
                | "blockquote"
                | "source"
        )
    };
    let mut out = String::new();
    for edge in page.tree.root().traverse() {
        match edge {
            ego_tree::iter::Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    let mut attrs: Vec<_> = e.attrs().collect();
                    attrs.sort();
                    let sep = if block(e.name()) { "|" } else { "" };
                    out.push_str(&format!("{sep}<{} {attrs:?}>{sep}", e.name()));
                }
                Node::Text(t) => out.push_str(t),
                _ => {}
            },
            ego_tree::iter::Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    let sep = if block(e.name()) { "|" } else { "" };
                    out.push_str(&format!("{sep}</{}>{sep}", e.name()));
                }
            }
        }
    }
    let collapsed = out.split_ascii_whitespace().collect::<Vec<_>>().join(" ");
    collapsed.replace(" |", "|").replace("| ", "|")
}

#[test]
fn minified_pages_render_as_the_unminified_ones() {
    let site = Site::sample();
    let raw_dir = site.path("raw");
    let run = site.run(&[
        "build",
        "--no-minify",
        "--output",
        raw_dir.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    site.build();
    let pages = html_pages(&raw_dir);
    assert_eq!(pages.len(), 438);
    let (mut raw_bytes, mut min_bytes) = (0, 0);
    for raw_path in pages {
        let rel = raw_path
            .strip_prefix(&raw_dir)
            .unwrap()
            .to_str()
            .unwrap()
            .to_string();
        let raw = fs::read_to_string(&raw_path).unwrap();
        let min = site.read(&format!("public/{rel}"));
        raw_bytes += raw.len();
        min_bytes += min.len();
        assert_eq!(
            rendering(&scraper::Html::parse_document(&min)),
            rendering(&scraper::Html::parse_document(&raw)),
            "{rel} reads differently once minified"
        );
    }
    // Minified: at least 5% fewer bytes over the site.
    assert!(
        min_bytes * 100 < raw_bytes * 95,
        "{min_bytes} of {raw_bytes} bytes"
    );
}

#[test]
fn unknown_files_are_warned_about_but_do_not_fail() {
    let site = Site::new("basic");
    site.write("content/alpha/catatan.txt", "catatan pribadi");
    site.write("content/alpha/foto/x.txt", "x");
    site.write("content/alpha/.tersembunyi", "x");
    let run = site.build();
    assert!(
        run.stderr
            .contains("warning: content/alpha/catatan.txt: kampung does not know this file; it is ignored [K0228]"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "warning: content/alpha/foto: kampung does not know this folder; it is ignored [K0235]"
        ),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("tersembunyi"));
    // Two for these files, one for the fixture's photo without a description.
    assert!(run.stdout.contains("(3 warnings)"), "{}", run.stdout);
}

#[test]
fn a_folder_with_only_content_builds_with_the_built_in_theme() {
    let site = Site::new("basic");
    assert!(!site.path("themes").exists());
    site.build();
    assert!(site.read("public/index.html").contains("Portal Uji"));
}

#[test]
fn the_bundled_sample_builds_cleanly() {
    let site = Site::sample();
    let run = site.build();
    assert!(run.stderr.is_empty(), "{}", run.stderr);
    assert_eq!(broken_links(&site.path("public")), Vec::<String>::new());
    let portal = site.page("public/index.html");
    let villages = texts(&portal, "section.district li a");
    for name in [
        "Desa Kemiren",
        "Desa Tamansari",
        "Desa Sumberagung",
        "Desa Benculuk",
        "Desa Sarongan",
        "Kelurahan Gombengsari",
    ] {
        assert!(
            villages.contains(&name.to_string()),
            "{name} missing from {villages:?}"
        );
    }
}

#[test]
fn help_is_available_for_every_command() {
    // Bounded: a `serve --help` that started a server instead would never end.
    for (args, says) in [
        (&["--help"][..], "Usage: kampung [OPTIONS] <COMMAND>"),
        (&["build", "--help"], "Usage: kampung build"),
        (&["check", "--help"], "Usage: kampung check"),
        (&["serve", "--help"], "Usage: kampung serve"),
    ] {
        let run = crate::common::run_bounded(args, 10, 2 << 30);
        assert_eq!(run.code, 0, "{args:?}: {}", run.stderr);
        assert!(run.stdout.contains(says), "{args:?}: {}", run.stdout);
    }
    assert_eq!(run(&["bogus"]).code, 2);
}

/// A rebuild links the files whose bytes did not change from the last output
/// instead of writing them again, and still swaps the folder atomically.
#[test]
fn a_rebuild_keeps_unchanged_files_and_rewrites_changed_ones() {
    use std::os::unix::fs::MetadataExt;
    let site = Site::new("basic");
    site.build();
    let inode = |rel: &str| fs::metadata(site.path(rel)).unwrap().ino();
    let unchanged = inode("public/beta/index.html");
    let changed = inode("public/alpha/index.html");
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Sudah berubah"),
    );
    site.build();
    assert_eq!(
        inode("public/beta/index.html"),
        unchanged,
        "same file, not rewritten"
    );
    assert_ne!(
        inode("public/alpha/index.html"),
        changed,
        "a changed page is written anew"
    );
    assert!(
        site.read("public/alpha/index.html")
            .contains("Sudah berubah")
    );
    assert_eq!(
        fs::metadata(site.path("public/beta/index.html"))
            .unwrap()
            .nlink(),
        1,
        "the old folder is gone"
    );
}

/// The run as an admin starts it: no `KAMPUNG_LANG`, no `--bahasa`.
fn run_by_default(site: &Site, args: &[&str]) -> crate::common::Run {
    let out = crate::common::kampung()
        .env_remove("KAMPUNG_LANG")
        .args(args)
        .arg("--root")
        .arg(site.root())
        .output()
        .expect("the binary runs");
    crate::common::Run {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn a_failed_build_speaks_indonesian_by_default_with_its_code_and_summary() {
    let site = Site::new("basic");
    let run = run_by_default(&site, &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with("Selesai membangun 2 desa, "),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains(" detik -> "), "{}", run.stdout);
    site.remove("content/site.yaml");
    let run = run_by_default(&site, &["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("kesalahan: content/site.yaml: berkas pengaturan portal tidak ada [K0913]"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("saran: buat berkas content/site.yaml"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "Ada 1 kesalahan; tidak ada yang ditulis dan hasil sebelumnya tidak berubah."
        ),
        "{}",
        run.stderr
    );
}
