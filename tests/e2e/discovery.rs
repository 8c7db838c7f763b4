//! Being found and shared: the search index and page, sitemaps, robots.txt, Atom
//! feeds, link previews and structured data, checked on the bundled sample.

use crate::common::{Site, attrs, json_ld, texts};
use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

const BASE: &str = "https://desa.banyuwangi.example";

/// The output file an absolute URL of the sample leads to.
fn file_of(public: &Path, url: &str) -> std::path::PathBuf {
    let path = url.strip_prefix(BASE).expect("an absolute URL of the site");
    let path = path.trim_start_matches('/');
    if path.is_empty() || path.ends_with('/') {
        public.join(path).join("index.html")
    } else {
        public.join(path)
    }
}

fn built_sample() -> Site {
    let site = Site::sample();
    site.build();
    site
}

#[test]
fn the_search_index_lists_everything_with_working_paths() {
    let site = built_sample();
    let public = site.path("public");
    for (index, lang_prefix) in [("cari/index.json", ""), ("en/search/index.json", "en/")] {
        let text = fs::read_to_string(public.join(index)).unwrap();
        let data: serde_json::Value = serde_json::from_str(&text).unwrap();
        let villages = data["v"].as_array().unwrap();
        let entries = data["e"].as_array().unwrap();
        assert_eq!(villages.len(), 6);
        assert_eq!(data["k"].as_array().unwrap().len(), 8);
        let kinds: BTreeSet<u64> = entries.iter().map(|e| e[0].as_u64().unwrap()).collect();
        assert_eq!(
            kinds,
            BTreeSet::from([0, 1, 2, 3, 4, 5, 6, 7]),
            "villages, services, destinations, projects, products, documents, news, pages"
        );
        for e in entries {
            let numbers: Vec<u64> = match e[1].as_array() {
                Some(list) => list.iter().map(|n| n.as_u64().unwrap()).collect(),
                None => vec![e[1].as_u64().unwrap()],
            };
            for n in numbers {
                let village = villages[n as usize][0].as_str().unwrap();
                assert!(village.starts_with(lang_prefix), "{village}");
                let path = format!("{village}{}", e[4].as_str().unwrap());
                assert!(
                    public.join(&path).join("index.html").is_file(),
                    "{index}: {path} exists"
                );
            }
            assert!(
                !e[2].as_str().unwrap().is_empty(),
                "every entry has a title"
            );
        }
        // Every village's birth-certificate service is there, with "akta" in its
        // text: entries that villages share word for word are kept once, with
        // their villages.
        let births: Vec<&serde_json::Value> = entries
            .iter()
            .filter(|e| e[0] == 1 && e[4].as_str().unwrap().contains("kelahiran"))
            .collect();
        let villages_with_birth: usize = births
            .iter()
            .map(|e| e[1].as_array().map_or(1, Vec::len))
            .sum();
        assert_eq!(villages_with_birth, 6, "{index}");
        if lang_prefix.is_empty() {
            assert!(
                births
                    .iter()
                    .all(|e| e[3].as_str().unwrap().to_lowercase().contains("akta"))
            );
        }
        let size = text.len();
        assert!(
            size < 60_000,
            "the sample's index stays small: {size} bytes"
        );
    }
    // The English index carries the translated names.
    let en = fs::read_to_string(public.join("en/search/index.json")).unwrap();
    assert!(en.contains("Ijen Crater"), "translated destination names");
}

#[test]
fn the_search_page_works_without_javascript() {
    let site = built_sample();
    for (page, lang) in [
        ("public/cari/index.html", "id"),
        ("public/en/search/index.html", "en"),
    ] {
        let html = site.page(page);
        assert_eq!(texts(&html, "h1").len(), 1);
        let links = attrs(&html, "main a", "href");
        assert!(
            links.iter().any(|l| l.contains("kawah-ijen")),
            "{lang}: destinations listed"
        );
        // Each service name once, leading to its portal page, which lists the
        // villages offering it.
        let birth: Vec<&String> = links
            .iter()
            .filter(|l| l.ends_with("/kelahiran/"))
            .collect();
        assert_eq!(birth.len(), 1, "{lang}: {links:?}");
        let services_page = if lang == "id" {
            "public/layanan/kelahiran/index.html"
        } else {
            "public/en/services/kelahiran/index.html"
        };
        let listing = site.page(services_page);
        let offered = attrs(&listing, "main section.district li a", "href");
        assert_eq!(offered.len(), 6, "{lang}: every village's service");
        assert!(texts(&html, "main li").iter().any(|t| t.contains("6 ")));
        assert!(
            links.iter().any(|l| l.ends_with("gombengsari/")),
            "{lang}: villages listed"
        );
    }
    // Every page's search box submits to the search page, which exists.
    let home = site.page("public/kemiren/index.html");
    assert_eq!(attrs(&home, "form[role=search]", "action"), ["../cari/"]);
    assert_eq!(
        attrs(&home, "form[role=search]", "data-village"),
        ["kemiren/"]
    );
    assert_eq!(attrs(&home, "form[role=search] label", "for"), ["q"]);
    let en = site.page("public/en/kemiren/index.html");
    assert_eq!(
        attrs(&en, "form[role=search]", "action"),
        ["../../en/search/"]
    );
    // The script is small and only fetched by the page, the index only when used.
    let script = attrs(&home, "script[src]", "src");
    assert_eq!(script.len(), 1);
    let js = fs::read(site.path("public/kemiren").join(&script[0])).unwrap();
    // Under 10 KB before compression, so certainly under 10 KB gzipped.
    assert!(js.len() < 10_000, "search.js is {} bytes", js.len());
    assert!(
        !String::from_utf8_lossy(&js).contains("http"),
        "no third-party requests"
    );
}

#[test]
fn the_sitemap_lists_every_page_with_its_languages() {
    let site = built_sample();
    let public = site.path("public");
    let text = fs::read_to_string(public.join("sitemap.xml")).unwrap();
    let doc = roxmltree::Document::parse(&text).unwrap();
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "urlset");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.sitemaps.org/schemas/sitemap/0.9")
    );
    let mut locs = BTreeSet::new();
    for url in root.children().filter(|n| n.is_element()) {
        assert_eq!(url.tag_name().name(), "url");
        let loc: Vec<_> = url.children().filter(|n| n.has_tag_name("loc")).collect();
        assert_eq!(loc.len(), 1, "one loc per url");
        let loc = loc[0].text().unwrap();
        assert!(loc.len() <= 2048);
        assert!(file_of(&public, loc).is_file(), "{loc} exists");
        let alternates: Vec<_> = url
            .children()
            .filter(|n| n.has_tag_name(("http://www.w3.org/1999/xhtml", "link")))
            .collect();
        let langs: Vec<_> = alternates
            .iter()
            .map(|a| a.attribute("hreflang").unwrap())
            .collect();
        assert_eq!(langs, ["id", "en", "x-default"], "{loc}");
        for a in &alternates {
            assert!(file_of(&public, a.attribute("href").unwrap()).is_file());
        }
        assert!(locs.insert(loc.to_string()), "{loc} is listed once");
    }
    // Every page of the output is in it, except the 404 pages.
    let pages: BTreeSet<String> = walkdir::WalkDir::new(&public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .filter(|p| p.file_name().unwrap() != "404.html")
        .map(|p| {
            let rel = p
                .strip_prefix(&public)
                .unwrap()
                .to_string_lossy()
                .into_owned();
            format!("{BASE}/{}", rel.trim_end_matches("index.html"))
        })
        .collect();
    let missing: Vec<_> = pages.difference(&locs).collect();
    assert!(
        missing.is_empty(),
        "pages missing from the sitemap: {missing:?}"
    );
    assert_eq!(
        fs::read_to_string(public.join("robots.txt")).unwrap(),
        format!("User-agent: *\nAllow: /\n\nSitemap: {BASE}/sitemap.xml\n")
    );
}

#[test]
fn without_a_base_url_sitemaps_and_feeds_are_left_out_with_a_notice() {
    let site = Site::sample();
    let settings = site.read("content/site.yaml");
    let without: String = settings
        .lines()
        .filter(|l| !l.starts_with("base_url:"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("content/site.yaml", &without);
    let run = site.build();
    assert!(
        run.stderr.contains("there is no `base_url`"),
        "{}",
        run.stderr
    );
    assert!(!site.path("public/sitemap.xml").exists());
    assert!(!site.path("public/robots.txt").exists());
    assert!(!site.path("public/kemiren/berita/atom.xml").exists());
    assert!(
        site.path("public/cari/index.json").is_file(),
        "search needs no base URL"
    );
}

#[test]
fn atom_feeds_are_valid_and_stable() {
    let site = built_sample();
    let public = site.path("public");
    let feeds = [
        "kemiren/berita/atom.xml",
        "en/kemiren/news/atom.xml",
        "berita/atom.xml",
        "en/news/atom.xml",
    ];
    let first: Vec<String> = feeds
        .iter()
        .map(|f| fs::read_to_string(public.join(f)).unwrap())
        .collect();
    for (name, text) in feeds.iter().zip(&first) {
        let doc = roxmltree::Document::parse(text).unwrap();
        let feed = doc.root_element();
        assert_eq!(
            feed.tag_name().namespace(),
            Some("http://www.w3.org/2005/Atom"),
            "{name}"
        );
        assert_eq!(feed.tag_name().name(), "feed");
        for required in ["id", "title", "updated", "author"] {
            assert!(
                feed.children().any(|n| n.has_tag_name(required)),
                "{name}: feed has {required}"
            );
        }
        let self_link = feed
            .children()
            .find(|n| n.has_tag_name("link") && n.attribute("rel") == Some("self"))
            .unwrap();
        assert_eq!(
            self_link.attribute("href"),
            Some(format!("{BASE}/{name}").as_str())
        );
        let entries: Vec<_> = feed
            .children()
            .filter(|n| n.has_tag_name("entry"))
            .collect();
        assert!(!entries.is_empty(), "{name}");
        let mut ids = BTreeSet::new();
        for entry in &entries {
            for required in ["id", "title", "updated", "link"] {
                assert!(
                    entry.children().any(|n| n.has_tag_name(required)),
                    "{name}: entry has {required}"
                );
            }
            let id = entry
                .children()
                .find(|n| n.has_tag_name("id"))
                .unwrap()
                .text()
                .unwrap();
            assert!(id.starts_with("tag:desa.banyuwangi.example,"), "{id}");
            assert!(ids.insert(id.to_string()), "ids are unique");
            let href = entry
                .children()
                .find(|n| n.has_tag_name("link"))
                .unwrap()
                .attribute("href")
                .unwrap();
            assert!(file_of(&public, href).is_file(), "{href} exists");
            let updated = entry
                .children()
                .find(|n| n.has_tag_name("updated"))
                .unwrap()
                .text()
                .unwrap();
            assert_eq!(
                updated.len(),
                "2026-10-14T00:00:00+07:00".len(),
                "RFC 3339: {updated}"
            );
        }
    }
    let kemiren_news = fs::read_dir(site.path("content/kemiren/berita"))
        .unwrap()
        .count();
    let entries = first[0].matches("<entry>").count();
    assert!(
        entries > 5 && entries < kemiren_news,
        "published news only ({entries})"
    );
    // The feed is linked from the village's pages; a second build writes the same bytes.
    let home = site.page("public/kemiren/index.html");
    assert_eq!(
        attrs(&home, "link[type='application/atom+xml']", "href"),
        ["../kemiren/berita/atom.xml"]
    );
    site.build();
    for (name, text) in feeds.iter().zip(&first) {
        assert_eq!(
            &fs::read_to_string(public.join(name)).unwrap(),
            text,
            "{name} is stable"
        );
    }
}

#[test]
fn pages_carry_link_previews_share_links_and_structured_data() {
    let site = built_sample();
    let public = site.path("public");
    let meta = |page: &scraper::Html, property: &str| -> Vec<String> {
        let by_property = attrs(page, &format!("meta[property='{property}']"), "content");
        if by_property.is_empty() {
            attrs(page, &format!("meta[name='{property}']"), "content")
        } else {
            by_property
        }
    };
    for page in walkdir::WalkDir::new(&public)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| p.file_name().is_some_and(|n| n == "index.html"))
    {
        let html = scraper::Html::parse_document(&fs::read_to_string(&page).unwrap());
        let shown = page.display().to_string();
        assert_eq!(meta(&html, "og:title").len(), 1, "{shown}");
        let site_name = if shown.contains("/public/en/") {
            "Banyuwangi Village Portal"
        } else {
            "Portal Desa Kabupaten Banyuwangi"
        };
        assert_eq!(meta(&html, "og:site_name"), [site_name], "{shown}");
        let url = meta(&html, "og:url");
        assert_eq!(url, attrs(&html, "link[rel=canonical]", "href"), "{shown}");
        assert!(
            file_of(&public, &url[0]) == page,
            "{shown}: og:url is the page itself"
        );
        let image = meta(&html, "og:image");
        assert_eq!(
            image.len(),
            1,
            "{shown}: every sample page has a preview picture"
        );
        assert!(file_of(&public, &image[0]).is_file(), "{shown}: {image:?}");
        assert!(image[0].ends_with(".jpg"), "JPEG, which every app previews");
        assert_eq!(meta(&html, "twitter:card"), ["summary_large_image"]);
    }
    // The page's own photo first: a destination's cover.
    let ijen = site.page("public/tamansari/wisata/kawah-ijen/index.html");
    assert!(meta(&ijen, "og:image")[0].contains("/tamansari/berkas/kawah-ijen-1-"));
    // WhatsApp share links on news, services and destinations, with the page's URL.
    for page in [
        "public/tamansari/wisata/kawah-ijen/index.html",
        "public/kemiren/layanan/domisili/index.html",
        "public/kemiren/berita/persiapan-festival-ngopi-sepuluh-ewu-2026/index.html",
    ] {
        let html = site.page(page);
        let share = attrs(&html, ".share a", "href");
        assert_eq!(share.len(), 1, "{page}");
        assert!(share[0].starts_with("https://wa.me/?text="), "{share:?}");
        assert!(
            share[0].contains("https%3A%2F%2Fdesa.banyuwangi.example%2F"),
            "{share:?}"
        );
    }
    assert!(attrs(&site.page("public/kemiren/index.html"), ".share a", "href").is_empty());
    // JSON-LD: the village and a news article.
    let json = |page: &str| json_ld(&site.page(page));
    let village = json("public/kemiren/index.html");
    assert_eq!(village["@type"], "GovernmentOrganization");
    assert_eq!(village["identifier"]["value"], "35.10.15.2004");
    assert_eq!(village["address"]["addressCountry"], "ID");
    assert!(village["location"]["geo"]["latitude"].is_number());
    assert!(village["telephone"].as_str().unwrap().starts_with("+62"));
    let news = json("public/kemiren/berita/persiapan-festival-ngopi-sepuluh-ewu-2026/index.html");
    assert_eq!(news["@type"], "NewsArticle");
    assert_eq!(news["datePublished"], "2026-10-14T00:00:00+07:00");
    assert_eq!(news["inLanguage"], "id");
    assert!(
        news["headline"]
            .as_str()
            .unwrap()
            .starts_with("Rapat Persiapan")
    );
}

/// A news item's own picture is its article image and its link preview.
#[test]
fn a_news_picture_is_its_article_image_and_preview() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/berita/satu/index.html");
    let data = json_ld(&page);
    assert_eq!(data["@type"], "NewsArticle");
    let image = data["image"].as_str().unwrap();
    assert!(
        image.starts_with("https://uji.example/alpha/berkas/peta-") && image.ends_with(".png"),
        "{image}"
    );
    assert_eq!(
        attrs(&page, "meta[property='og:image']", "content"),
        [image]
    );
}
