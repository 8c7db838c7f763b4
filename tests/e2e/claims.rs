//! What the README promises about every page of the sample, checked on every
//! page rather than on one of each kind (that the only script is the search
//! box's is checked with the page weight, in standards.rs).

use crate::common::{Site, attrs, html_pages};
use std::path::Path;

/// The sample, built once per test.
fn built_sample() -> Site {
    let site = Site::sample();
    site.build();
    site
}

/// The village folders of the sample.
fn sample_villages() -> Vec<String> {
    let content = Path::new(env!("CARGO_MANIFEST_DIR")).join("content");
    let mut villages: Vec<String> = std::fs::read_dir(content)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    villages.sort();
    villages
}

/// The page's path relative to `public/`, with `/` separators.
fn relative(public: &Path, page: &Path) -> String {
    page.strip_prefix(public)
        .unwrap()
        .to_string_lossy()
        .replace('\\', "/")
}

#[test]
fn every_village_page_carries_the_office_contact() {
    let site = built_sample();
    let public = site.path("public");
    let villages = sample_villages();
    let mut checked = 0;
    for page_path in html_pages(&public) {
        let rel = relative(&public, &page_path);
        let rest = rel.strip_prefix("en/").unwrap_or(&rel);
        let Some(village) = villages.iter().find(|v| rest.starts_with(&format!("{v}/"))) else {
            continue;
        };
        let page = site.page(&format!("public/{rel}"));
        let phones = attrs(&page, "section.contact a[href^='tel:']", "href");
        let heading = attrs(&page, "section.contact #kontak-kantor", "id");
        assert!(
            !phones.is_empty() && !heading.is_empty(),
            "{rel} ({village}) has no office contact with a phone link"
        );
        checked += 1;
    }
    // Six villages, two languages, dozens of pages each.
    assert!(checked > 250, "only {checked} village pages were checked");
}

#[test]
fn internal_links_are_relative_except_on_the_404_pages() {
    let site = built_sample();
    let public = site.path("public");
    let mut checked = 0;
    for page_path in html_pages(&public) {
        let rel = relative(&public, &page_path);
        // A 404 page is served at any address, so only root-absolute links work there.
        if rel.ends_with("404.html") {
            continue;
        }
        let page = site.page(&format!("public/{rel}"));
        let mut targets = Vec::new();
        for (selector, attribute) in [
            ("a[href]", "href"),
            ("link[href]", "href"),
            ("img[src]", "src"),
            ("script[src]", "src"),
            ("form[action]", "action"),
            ("source[srcset]", "srcset"),
            ("img[srcset]", "srcset"),
        ] {
            targets.extend(attrs(&page, selector, attribute));
        }
        for target in targets {
            // An absolute address of another site (https:, tel:, ...) is not internal;
            // a canonical or alternate link to this site's base_url neither.
            let internal = !target.contains(':');
            assert!(
                !(internal && target.starts_with('/')),
                "{rel} has a root-absolute link `{target}`: it breaks under a sub-path or on a USB stick"
            );
            checked += 1;
        }
    }
    assert!(checked > 10_000, "only {checked} links were checked");
}

/// The HTML pages of `village` in a built site, in every language.
fn village_page_count(public: &Path, village: &str) -> usize {
    html_pages(public)
        .iter()
        .filter(|p| {
            let rel = relative(public, p);
            let rest = rel.strip_prefix("en/").unwrap_or(&rel);
            rest.starts_with(&format!("{village}/"))
        })
        .count()
}

/// The number of pages the last "Rebuilt" line of `server` says it rendered,
/// once there are `lines` such lines.
fn rendered_by_rebuild(server: &crate::common::Running, lines: usize) -> usize {
    assert!(
        crate::common::wait_until(60, || server.count("Rebuilt in") >= lines),
        "no rebuild: {}",
        server.stdout.lock().unwrap()
    );
    let out = server.stdout.lock().unwrap().clone();
    let line = out
        .lines()
        .rfind(|l| l.starts_with("Rebuilt in"))
        .unwrap()
        .to_string();
    line.split(": ")
        .nth(1)
        .and_then(|r| r.split(" pages rendered").next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no page count in `{line}`"))
}

#[test]
fn an_edit_re_renders_only_that_village_and_the_portal_only_when_its_card_changed() {
    let site = built_sample();
    let public = site.path("public");
    let total = html_pages(&public).len();
    let kemiren = village_page_count(&public, "kemiren");
    let villages: usize = sample_villages()
        .iter()
        .map(|v| village_page_count(&public, v))
        .sum();
    let portal = total - villages;
    assert!(kemiren > 40 && portal > 10, "{kemiren} {portal}");
    let server = site.serve(&["--debounce", "50"]);
    // A news item's text: what kemiren shows on the portal is unchanged.
    let news = "content/kemiren/berita/kerja-bakti-saluran-air-2026.md";
    site.write(news, &format!("{}\nSatu kalimat lagi.\n", site.read(news)));
    assert_eq!(rendered_by_rebuild(&server, 1), kemiren, "a news edit");
    // The slogan is on kemiren's portal card, on the portal's home (the
    // sample lists its six villages there): that page is rendered too, in
    // both languages, and none of the portal's other pages.
    let profile = "content/kemiren/desa.yaml";
    site.write(
        profile,
        &site
            .read(profile)
            .replace("suguh, gupuh, lungguh", "suguh lan gupuh"),
    );
    assert_eq!(
        rendered_by_rebuild(&server, 2),
        kemiren + 2,
        "a slogan edit"
    );
}
