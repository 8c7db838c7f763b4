//! Languages: a third language needs no code, and a theme's UI strings must be complete.

use crate::common::{Site, attrs, copy_tree, texts};
use std::path::Path;

/// Copies the repository's default theme into the site, so a test can change it.
fn theme_on_disk(site: &Site) {
    copy_tree(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default"),
        &site.path("themes/default"),
    );
}

#[test]
fn a_regional_language_works_with_only_an_i18n_file() {
    let site = Site::new("basic");
    theme_on_disk(&site);
    let en = site.read("themes/default/i18n/en.yaml");
    let jv = en
        .replace("nama_bahasa: English", "nama_bahasa: Basa Jawa")
        .replace("news: news", "news: kabar")
        .replace("berita: news", "berita: kabar")
        .replace("berita: News", "berita: Kabar");
    site.write("themes/default/i18n/jv.yaml", &jv);
    site.write(
        "content/site.yaml",
        &site
            .read("content/site.yaml")
            .replace("bahasa: [id, en]", "bahasa: [id, en, jv]"),
    );
    site.write(
        "content/alpha/index.jv.md",
        "---\njudul: Sugeng rawuh\n---\nAlpha punika desa.\n",
    );
    site.build();
    let page = site.page("public/jv/alpha/index.html");
    assert_eq!(attrs(&page, "html", "lang"), vec!["jv"]);
    assert_eq!(texts(&page, ".prose h2"), vec!["Sugeng rawuh"]);
    assert!(site.path("public/jv/alpha/kabar/satu/index.html").is_file());
    assert_eq!(
        attrs(&page, "link[hreflang]", "hreflang"),
        vec!["id", "en", "jv", "x-default"]
    );
    assert_eq!(
        texts(&page, "nav.langs li"),
        vec!["Bahasa Indonesia", "English", "Basa Jawa"]
    );
}

#[test]
fn a_missing_ui_string_is_an_error_naming_key_and_file() {
    let site = Site::new("basic");
    theme_on_disk(&site);
    let en = site.read("themes/default/i18n/en.yaml");
    site.write(
        "themes/default/i18n/en.yaml",
        &en.replace("  semua_berita: All news\n", ""),
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains("error: themes/default/i18n/en.yaml:")
            && run
                .stderr
                .contains("teks.semua_berita: UI string `semua_berita` is missing [K0806]"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_translation_of_a_draft_is_not_published_and_not_an_error() {
    let site = Site::new("basic");
    site.write(
        "content/alpha/berita/dua.en.md",
        "---\njudul: Secret notice\n---\nNot yet.\n",
    );
    site.build();
    assert!(!site.path("public/en/alpha/news/dua").exists());
}

/// An English menu marks the pages that have no English text (no `.en.md`),
/// in words, besides their `lang="id"`; translated pages are not marked.
#[test]
fn english_menus_mark_pages_in_indonesian() {
    let site = Site::sample();
    site.build();
    let page = site.page("public/en/kemiren/index.html");
    let in_indonesian = texts(&page, ".village-bar .menu a[lang=id]");
    assert_eq!(
        texts(&page, ".village-bar .menu .untranslated").len(),
        in_indonesian.len()
    );
    let items = texts(&page, ".village-bar .menu li");
    let history = items
        .iter()
        .find(|t| t.contains("History"))
        .expect("the translated page");
    assert!(!history.contains("(Indonesian)"), "{items:?}");
    assert!(
        items
            .iter()
            .any(|t| t.contains("Wilayah dan Penduduk") && t.ends_with("(Indonesian)")),
        "{items:?}"
    );
    // The Indonesian menu marks nothing.
    let id = site.page("public/kemiren/index.html");
    assert!(texts(&id, ".untranslated").is_empty());
}
