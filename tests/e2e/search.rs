//! Search and the portal-wide lists at regency scale (issue 21, part 3): the
//! search index split into the portal's and each village's, the no-JavaScript
//! search page, the portal home's jump list and the grouped services page.

use crate::browser::{Browser, static_server};
use crate::common::{Site, attrs, texts, wait_until};
use std::fs;

fn built_sample() -> Site {
    let site = Site::sample();
    site.build();
    site
}

fn json(site: &Site, rel: &str) -> serde_json::Value {
    serde_json::from_str(&fs::read_to_string(site.path(rel)).unwrap()).unwrap()
}

/// A service that every village has word for word is one entry of the
/// portal's index, listing its villages; news lives in each village's own
/// index, which the village's search box loads, so the portal's file does not
/// grow with every village's news.
#[test]
fn the_search_index_keeps_shared_entries_once_and_news_per_village() {
    let site = built_sample();
    let portal = json(&site, "public/cari/index.json");
    let entries = portal["e"].as_array().unwrap();
    let shared: Vec<_> = entries.iter().filter(|e| e[1].is_array()).collect();
    assert!(!shared.is_empty(), "some entries are shared: {portal}");
    let titles: Vec<(&str, &str)> = entries
        .iter()
        .map(|e| (e[2].as_str().unwrap(), e[4].as_str().unwrap()))
        .collect();
    let unique: std::collections::BTreeSet<_> = entries
        .iter()
        .map(|e| {
            (
                e[0].to_string(),
                e[2].to_string(),
                e[3].to_string(),
                e[4].to_string(),
            )
        })
        .collect();
    assert_eq!(unique.len(), entries.len(), "each entry once: {titles:?}");
    let own = json(&site, "public/cari/kemiren/index.json");
    let news = own["e"].as_array().unwrap();
    assert!(!news.is_empty());
    assert_eq!(own["v"].as_array().unwrap().len(), 1);
    assert!(
        news.iter()
            .all(|e| e[4].as_str().unwrap().starts_with("berita/")),
        "{own}"
    );
    // The English index is split the same way.
    assert!(site.path("public/en/search/kemiren/index.json").is_file());
}

/// Without JavaScript the search page says how to search it (the browser's
/// find) and does not promise faster results from a box that cannot filter.
#[test]
fn the_search_page_without_javascript_points_to_the_browsers_find() {
    let site = built_sample();
    let html = site.page("public/cari/index.html");
    let hint = texts(&html, "main noscript");
    assert!(
        hint.iter()
            .any(|t| t.contains("Ctrl+F") && t.contains("Cari di halaman")),
        "{hint:?}"
    );
    let faster = attrs(&html, "main .lead [data-js]", "hidden");
    assert_eq!(
        faster.len(),
        1,
        "the faster-results line waits for the script"
    );
    let en = site.page("public/en/search/index.html");
    assert!(
        texts(&en, "main noscript")
            .iter()
            .any(|t| t.contains("Find in page"))
    );
}

/// The portal home opens with a jump list of every kecamatan and the services
/// before any tourism, and features only destinations an admin marked.
#[test]
fn the_portal_home_puts_finding_a_village_and_services_before_tourism() {
    let site = built_sample();
    let html = site.page("public/index.html");
    let headings = texts(&html, "main h2");
    let find = headings.iter().position(|h| h == "Temukan desa Anda");
    let services = headings.iter().position(|h| h == "Layanan");
    assert_eq!(find, Some(0), "{headings:?}");
    assert_eq!(services, Some(1), "{headings:?}");
    let jumps = attrs(&html, "#temukan-desa ~ ul a", "href");
    let districts = attrs(&html, "section.district h3", "id");
    assert_eq!(
        jumps,
        districts
            .iter()
            .map(|d| format!("#{d}"))
            .collect::<Vec<_>>()
    );
    // The sample marks no destination `unggulan`: none is featured.
    assert!(attrs(&html, "#unggulan", "id").is_empty(), "{headings:?}");
}

/// The portal's services page lists each service name once, by first letter
/// with a jump list, and leads to the service's own page, which lists the
/// villages offering it by kecamatan: not one wall of every village's copy.
#[test]
fn the_portal_services_page_is_paged_per_service_and_grouped_by_kecamatan() {
    let site = built_sample();
    let html = site.page("public/layanan/index.html");
    let letters = attrs(&html, "main nav li a", "href");
    let sections = attrs(&html, "main section h2", "id");
    assert_eq!(
        letters,
        sections.iter().map(|s| format!("#{s}")).collect::<Vec<_>>()
    );
    assert!(letters.contains(&"#huruf-s".to_string()), "{letters:?}");
    let services = attrs(&html, "main section li a", "href");
    assert_eq!(services.len(), 12, "each name once: {services:?}");
    assert!(
        services.contains(&"../layanan/kelahiran/".to_string()),
        "{services:?}"
    );
    let page = site.page("public/layanan/kelahiran/index.html");
    assert_eq!(texts(&page, "h1"), ["Surat Keterangan Kelahiran"]);
    let villages = attrs(&page, "main section.district li a", "href");
    assert_eq!(villages.len(), 6, "{villages:?}");
    let groups = texts(&page, "main section.district h2");
    assert!(!groups.is_empty() && groups.iter().all(|g| g.starts_with("Kecamatan")));
    let jumps = attrs(&page, "main nav li a", "href");
    assert_eq!(jumps.len(), groups.len());
    let en = site.page("public/en/services/kelahiran/index.html");
    assert_eq!(attrs(&en, "main section.district li a", "href").len(), 6);
}

/// Any word of the query may match, more matching words first, and each
/// result shows the words that matched; `akta` finds the birth certificate
/// service although its name says "kelahiran".
#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn any_word_matches_and_results_show_why() {
    let site = built_sample();
    let port = static_server(site.path("public"));
    let browser = Browser::device(360, 800, 2.0);
    let results = |q: &str| {
        browser.open(&format!("http://127.0.0.1:{port}/cari/?q={q}"));
        let mut rows = serde_json::Value::Null;
        wait_until(10, || {
            rows = browser.eval(
                "const box = document.querySelector('main .search-results');
                 if (!box || !box.querySelector('.search-count')) return null;
                 return [...box.querySelectorAll('li')].map(li => [li.querySelector('a').textContent, li.querySelectorAll('mark').length]);",
            );
            !rows.is_null()
        });
        rows.as_array().cloned().unwrap_or_default()
    };
    let moving = results("pindah%20rumah");
    assert!(!moving.is_empty(), "pindah rumah finds results");
    assert_eq!(moving[0][0], "Surat Keterangan Pindah", "{moving:?}");
    assert!(moving[0][1].as_u64().unwrap() >= 1, "the match is marked");
    let akta = results("akta");
    assert!(
        akta.iter().any(|r| r[0] == "Surat Keterangan Kelahiran"),
        "{akta:?}"
    );
}
