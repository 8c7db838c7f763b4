//! The portal at regency scale (issue 21, part 3): above `batas_daftar_desa`
//! villages the portal home lists the kecamatan only and each kecamatan's
//! villages get their own page; the no-JavaScript search page groups long lists
//! by letter and says plainly that the query was not applied.

use crate::common::{Site, attrs, texts};
use std::fs;

/// The `basic` fixture with 48 more villages (`Desa Uji 0` ... in the
/// kecamatan Wongsorejo, Bangorejo and Muncar), and `batas_daftar_desa: 20`.
fn many_villages() -> Site {
    let site = Site::new("basic");
    for i in 0..48 {
        let district = ["Wongsorejo", "Bangorejo", "Muncar"][i % 3];
        let name = format!("{} Uji {i}", ["Sumber", "Kebon", "Alas", "Tegal"][i % 4]);
        site.write(
            &format!("content/uji-{i}/desa.yaml"),
            &format!("nama: {name}\nkecamatan: {district}\n"),
        );
    }
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{config}batas_daftar_desa: 20\n"),
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    site
}

/// With more villages than `batas_daftar_desa`, the home's jump list leads to
/// one page per kecamatan (in the sitemap, in every language) instead of
/// listing every village; each page lists its villages and leads back.
#[test]
fn above_the_village_limit_each_kecamatan_gets_its_own_page() {
    let site = many_villages();
    let home = site.page("public/index.html");
    assert!(
        attrs(&home, "section.district", "class").is_empty(),
        "the home lists no village"
    );
    let jumps = attrs(&home, "#temukan-desa ~ ul a", "href");
    assert_eq!(
        jumps,
        [
            "./kecamatan/bangorejo/",
            "./kecamatan/glagah/",
            "./kecamatan/kalipuro/",
            "./kecamatan/muncar/",
            "./kecamatan/wongsorejo/"
        ]
    );
    let counts = texts(&home, "#temukan-desa ~ ul li .muted");
    assert_eq!(counts[0], "(16)", "{counts:?}");
    let page = site.page("public/kecamatan/muncar/index.html");
    assert_eq!(texts(&page, "h1"), ["Kecamatan Muncar"]);
    let villages = attrs(&page, "main .cards a", "href");
    assert_eq!(villages.len(), 16, "{villages:?}");
    assert!(villages.iter().all(|v| v.starts_with("../../uji-")));
    let back = attrs(&page, "main p a", "href");
    assert!(
        back.contains(&"../../#temukan-desa".to_string()),
        "{back:?}"
    );
    let en = site.page("public/en/districts/muncar/index.html");
    assert_eq!(texts(&en, "h1"), ["Muncar District"]);
    let sitemap = site.read("public/sitemap.xml");
    assert!(
        sitemap.contains("https://uji.example/kecamatan/muncar/")
            && sitemap.contains("https://uji.example/en/districts/muncar/"),
        "the sitemap lists the kecamatan pages"
    );
    // Under the limit (the default 400), the home lists every village as before.
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &config.replace("batas_daftar_desa: 20\n", ""),
    );
    assert_eq!(site.build().code, 0);
    let home = site.page("public/index.html");
    assert_eq!(attrs(&home, "section.district", "class").len(), 5);
    assert!(!site.path("public/kecamatan").exists());
}

/// Without JavaScript, `/cari/?q=akta` is the static A-Z page: it says that
/// the words typed were not searched and how to find them (the lists below
/// and the browser's find); the lists hold services, destinations, the newest
/// news and every village, and a list longer than 30 is grouped by letter
/// with a jump list whose every link has its heading.
#[test]
fn the_search_page_without_javascript_says_the_query_was_not_applied() {
    let site = many_villages();
    let html = site.page("public/cari/index.html");
    let note = texts(&html, "main noscript").join(" ");
    assert!(note.contains("belum dicari"), "{note}");
    assert!(note.contains("daftar A–Z di bawah"), "{note}");
    assert!(note.contains("Cari di halaman"), "{note}");
    let sections = attrs(&html, "main section h2", "id");
    for id in ["cari-layanan", "cari-wisata", "cari-berita", "cari-desa"] {
        assert!(sections.contains(&id.to_string()), "{id} in {sections:?}");
    }
    let news = texts(&html, "#cari-berita ~ ul li a");
    assert!(!news.is_empty(), "the newest news are listed");
    let letters = attrs(&html, "#cari-desa ~ nav.letters a", "href");
    let headings = attrs(&html, "#cari-desa ~ h3", "id");
    assert_eq!(
        letters,
        headings.iter().map(|h| format!("#{h}")).collect::<Vec<_>>()
    );
    assert_eq!(
        letters,
        [
            "#cari-desa-a",
            "#cari-desa-b",
            "#cari-desa-k",
            "#cari-desa-s",
            "#cari-desa-t"
        ]
    );
    let villages = attrs(&html, "#cari-desa ~ ul li > a:first-child", "href");
    assert_eq!(villages.len(), 50, "every village once");
    let en = fs::read_to_string(site.path("public/en/search/index.html")).unwrap();
    assert!(
        en.contains("were not searched"),
        "the English page says it too"
    );
}
