//! One-village sites: when the site has one village (and site.yaml does not
//! keep the portal with `portal: true`), `/` is that village's home, with no
//! portal card, no doubled breadcrumb and no "Portal <kabupaten>" footer, and
//! every other page keeps its address.

use crate::common::{Site, attrs, broken_links, texts};

/// The basic fixture with its second village removed: a one-village site.
fn one_village() -> Site {
    let site = Site::new("basic");
    site.remove("content/beta");
    site
}

#[test]
fn the_front_page_of_a_one_village_site_is_the_village_home() {
    let site = one_village();
    site.build();
    let home = site.page("public/index.html");
    assert_eq!(texts(&home, "main h1"), ["Desa Alpha"]);
    assert!(
        site.read("public/index.html")
            .contains("Alpha adalah desa contoh untuk pengujian."),
        "the village's index.md is the front page"
    );
    // No portal: no list of villages, no card leading to the village.
    assert!(texts(&home, "main h2").iter().all(|h| h != "Daftar desa"));
    assert!(
        attrs(&home, "main a", "href")
            .iter()
            .all(|h| h != "./alpha/")
    );
    // The home has no breadcrumbs: it is the top of the site.
    assert!(texts(&home, "nav.crumbs li").is_empty());
    // The English front page too.
    let en = site.page("public/en/index.html");
    assert_eq!(texts(&en, "main h1"), ["Alpha Village"]);
}

#[test]
fn a_one_village_site_has_no_doubled_breadcrumb_and_no_portal_footer() {
    let site = one_village();
    site.build();
    let page = site.page("public/alpha/layanan/surat-pengantar/index.html");
    let crumbs = texts(&page, "nav.crumbs li a");
    assert_eq!(crumbs, ["Desa Alpha", "Layanan warga"]);
    assert_eq!(attrs(&page, "nav.crumbs li a", "href")[0], "../../../");
    let footer = texts(&page, "footer.foot p").join(" | ");
    assert!(!footer.contains("Portal Banyuwangi"), "{footer}");
    assert!(footer.contains("Banyuwangi"), "{footer}");
    // The village's name is said once in the header: the village bar does
    // not repeat the site's title.
    assert!(texts(&page, ".village-bar .village-name").is_empty());
    assert!(
        broken_links(&site.path("public")).is_empty(),
        "{:?}",
        broken_links(&site.path("public"))
    );
}

#[test]
fn a_one_village_site_keeps_every_address_and_the_old_home_leads_to_the_new() {
    let site = one_village();
    site.build();
    for page in [
        "alpha/layanan/index.html",
        "alpha/layanan/surat-pengantar/index.html",
        "alpha/berita/index.html",
        "alpha/sejarah/index.html",
        "alpha/apbdes/2024/index.html",
        "alpha/wisata/air-terjun/index.html",
        "en/alpha/services/index.html",
        "layanan/index.html",
        "cari/index.html",
        "404.html",
    ] {
        assert!(site.path("public").join(page).is_file(), "{page}");
    }
    // The village's own address still works: it leads to the front page.
    let old = site.read("public/alpha/index.html");
    assert!(old.contains("url=../"), "{old}");
    assert!(old.contains("noindex"), "{old}");
    // The sitemap lists the front page once, and not the old address.
    let sitemap = site.read("public/sitemap.xml");
    assert_eq!(
        sitemap.matches("<loc>https://uji.example/</loc>").count(),
        1
    );
    assert!(!sitemap.contains("<loc>https://uji.example/alpha/</loc>"));
    assert!(sitemap.contains("<loc>https://uji.example/alpha/layanan/</loc>"));
}

#[test]
fn portal_true_keeps_the_portal_of_a_site_with_one_village() {
    let site = one_village();
    let settings = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{settings}portal: true\n"));
    site.build();
    let home = site.page("public/index.html");
    assert_eq!(texts(&home, "main h1"), ["Portal Uji"]);
    assert!(
        attrs(&home, "main a", "href")
            .iter()
            .any(|h| h == "./alpha/")
    );
    assert!(site.read("public/alpha/index.html").contains("Desa Alpha"));
}

#[test]
fn portal_false_with_several_villages_is_a_warning_at_its_line() {
    let site = Site::new("basic");
    let settings = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{settings}portal: false\n"));
    let run = site.run_in("id", &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let line = settings.lines().count() + 1;
    assert!(
        run.stderr.contains(&format!("content/site.yaml:{line}:")),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("[K0270]"), "{}", run.stderr);
    assert!(
        run.stderr.contains("`portal: false` diabaikan"),
        "{}",
        run.stderr
    );
    // The front page stays the portal.
    assert_eq!(
        texts(&site.page("public/index.html"), "main h1"),
        ["Portal Uji"]
    );
}
