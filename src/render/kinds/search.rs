//! The search page (`/cari/`): what the search box leads to without
//! JavaScript, an A–Z list of everything searchable (services, destinations,
//! products, the villages' pages and the villages). The search index itself
//! is made in [`crate::render::discover`].

use super::{Kind, destination, news, produk, service};
use crate::content::{Site, Village};
use crate::diagnostic::Diagnostic;
use crate::render::route::{Key, Route};
use crate::render::shown::Print;
use crate::render::views::{self, pick_doc};
use crate::render::{Lang, Renderer};

/// The portal's search page.
pub(super) struct Search;

impl Kind for Search {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        // Its A-Z lists name every service, destination, product and page,
        // and the newest news.
        service::shown(village, print);
        destination::shown(village, print);
        produk::shown(village, print);
        for page in &village.pages {
            let titles: Vec<_> = page.text.all().map(|t| &t.title).collect();
            print.add(&(&page.slug, titles));
        }
        for item in &village.news {
            let titles: Vec<_> = item.text.all().map(|t| &t.title).collect();
            print.add(&(&item.slug, &item.date, titles));
        }
    }

    fn portal_routes<'s>(&self, _r: &Renderer<'s>) -> Vec<Route<'s>> {
        vec![Route::Search]
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        search_page(r, lang)
    }
}

/// Lists of more entries than this are grouped by first letter, with a jump
/// list of the letters: at 2,000 villages the village list alone is 2,000 lines.
const LETTERS_ABOVE: usize = 30;

/// How many of the newest news items the page lists (each village's own news
/// list is linked beside the village).
const NEWEST_NEWS: usize = 100;

/// One destination, page or news item of the A–Z lists.
#[derive(serde::Serialize)]
struct PlaceEntry {
    #[serde(skip)]
    sort: String,
    name: Option<views::LangText>,
    path: String,
    village: String,
}

impl PlaceEntry {
    /// What the list is sorted by: the name in lowercase.
    fn key(&self) -> &str {
        &self.sort
    }
}

/// One village of the A–Z list.
#[derive(serde::Serialize)]
struct VillageEntry {
    #[serde(skip)]
    sort: String,
    title: String,
    district: String,
    path: String,
    news_path: String,
}

impl VillageEntry {
    /// What the list is sorted by: the name in lowercase.
    fn key(&self) -> &str {
        &self.sort
    }
}

/// The entries of a list under one first letter (`letter` empty when the list
/// is short and shown as one).
#[derive(serde::Serialize)]
struct Letter<T> {
    letter: String,
    id: String,
    entries: Vec<T>,
}

/// `entries`, sorted by `sort`, in groups by first letter when there are more
/// than [`LETTERS_ABOVE`]; group anchors are `<list>-<letter>`.
fn by_letter<T>(list: &str, entries: Vec<T>, sort: impl Fn(&T) -> &str) -> Vec<Letter<T>> {
    if entries.len() <= LETTERS_ABOVE {
        return vec![Letter {
            letter: String::new(),
            id: String::new(),
            entries,
        }];
    }
    let mut groups: Vec<Letter<T>> = Vec::new();
    for entry in entries {
        let letter = match sort(&entry).chars().next() {
            Some(c) if c.is_alphabetic() => c.to_uppercase().collect(),
            _ => "#".to_string(),
        };
        match groups.last_mut() {
            Some(last) if last.letter == letter => last.entries.push(entry),
            _ => {
                let slug = match crate::content::suggest_slug(&letter) {
                    s if s.is_empty() => groups.len().to_string(),
                    s => s,
                };
                groups.push(Letter {
                    id: format!("{list}-{slug}"),
                    letter,
                    entries: vec![entry],
                });
            }
        }
    }
    groups
}

/// The search page (`/cari/`): what the search box leads to without
/// JavaScript, an A–Z list of what a resident searches for (services,
/// destinations, the villages' pages, the newest news, every village), long
/// lists grouped by letter. With JavaScript, it shows the results for `?q=`
/// on top.
fn search_page(r: &Renderer<'_>, lang: &Lang<'_>) -> Result<String, Diagnostic> {
    let teks = &lang.strings.teks;
    let mut ctx = r.portal_section_context(Route::Search, lang, "cari_judul", "cari_teks");
    let mut villages: Vec<VillageEntry> = r
        .site
        .villages
        .iter()
        .map(|v| VillageEntry {
            sort: v.profile.name.to_lowercase(),
            title: views::village_full_name(v.profile.kind, &v.profile.name, teks),
            district: views::village_district(&v.profile, teks),
            path: r.path(Route::Village(&v.slug), lang),
            news_path: r.path(Route::List(&news::SECTION, &v.slug, 1), lang),
        })
        .collect();
    villages.sort_by(|a, b| a.sort.cmp(&b.sort));
    // Service names only, each linking to its villages on the portal's services
    // page: listing every village's copy here as well doubled the page.
    let services = service::service_names(r, lang);
    ctx.insert("lists", &village_lists(r, lang));
    ctx.insert("village_count", &villages.len());
    ctx.insert(
        "villages",
        &by_letter("cari-desa", villages, VillageEntry::key),
    );
    ctx.insert("services", &services);
    r.render("search.html", &ctx)
}

/// The lists of what villages publish: destinations and pages A–Z (by letter
/// when long), and the newest news.
fn village_lists(r: &Renderer<'_>, lang: &Lang<'_>) -> [serde_json::Value; 4] {
    let default = r.langs[0].code;
    let teks = &lang.strings.teks;
    // A destination, page or news item of a village, for the list of its kind.
    let entry = |v: &crate::content::Village, text, route| {
        let name = pick_doc(text, lang.code, default, |t| t.title.as_ref());
        PlaceEntry {
            sort: name
                .as_ref()
                .map(|n| n.text.to_lowercase())
                .unwrap_or_default(),
            name,
            path: r.path(route, lang),
            village: views::village_full_name(v.profile.kind, &v.profile.name, teks),
        }
    };
    let mut places: Vec<PlaceEntry> = Vec::new();
    let mut products: Vec<PlaceEntry> = Vec::new();
    // The villages' own pages too, so that the browser's find reaches them.
    let mut pages: Vec<PlaceEntry> = Vec::new();
    let mut news = Vec::new();
    for v in &r.site.villages {
        for d in &v.destinations {
            let route = Route::Entry(&destination::SECTION, &v.slug, Key::Slug(&d.slug));
            places.push(entry(v, &d.text, route));
        }
        for p in &v.products {
            let route = Route::Entry(&produk::SECTION, &v.slug, Key::Slug(&p.slug));
            products.push(entry(v, &p.text, route));
        }
        for p in &v.pages {
            pages.push(entry(v, &p.text, Route::Page(&v.slug, &p.slug)));
        }
        news.extend(v.news.iter().map(|n| (v, n)));
    }
    news.sort_by(|a, b| b.1.date.cmp(&a.1.date).then(a.0.slug.cmp(&b.0.slug)));
    let news: Vec<PlaceEntry> = news
        .into_iter()
        .take(NEWEST_NEWS)
        .map(|(v, n)| {
            let route = Route::Entry(&news::SECTION, &v.slug, Key::Slug(&n.slug));
            entry(v, &n.text, route)
        })
        .collect();
    places.sort_by(|a, b| a.sort.cmp(&b.sort));
    products.sort_by(|a, b| a.sort.cmp(&b.sort));
    pages.sort_by(|a, b| a.sort.cmp(&b.sort));
    [
        (
            "cari-wisata",
            r.text(lang, "wisata"),
            by_letter("cari-wisata", places, PlaceEntry::key),
        ),
        (
            "cari-produk",
            r.text(lang, "produk"),
            by_letter("cari-produk", products, PlaceEntry::key),
        ),
        (
            "cari-halaman",
            r.text(lang, "halaman"),
            by_letter("cari-halaman", pages, PlaceEntry::key),
        ),
        (
            "cari-berita",
            r.text(lang, "berita_terbaru"),
            vec![Letter {
                letter: String::new(),
                id: String::new(),
                entries: news,
            }],
        ),
    ]
    .map(|(id, label, groups)| {
        let count: usize = groups.iter().map(|g| g.entries.len()).sum();
        serde_json::json!({ "id": id, "label": label, "groups": groups, "count": count })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_are_grouped_by_first_letter_and_short_ones_are_not() {
        let short = by_letter("x", vec!["a", "b"], |s| *s);
        assert_eq!(short.len(), 1);
        assert!(short[0].letter.is_empty());
        let names: Vec<String> = (0..40)
            .map(|i| format!("{}{i}", ["apel", "bakung", "1a", "ékor"][i % 4]))
            .collect();
        let mut names: Vec<&str> = names.iter().map(String::as_str).collect();
        names.sort_unstable();
        let groups = by_letter("cari-desa", names, |s| *s);
        let letters: Vec<_> = groups.iter().map(|g| g.letter.as_str()).collect();
        assert_eq!(letters, ["#", "A", "B", "É"]);
        assert_eq!(groups[0].id, "cari-desa-0");
        assert_eq!(groups[1].id, "cari-desa-a");
        assert_eq!(groups.iter().map(|g| g.entries.len()).sum::<usize>(), 40);
    }
}
