//! What each village contributes to the site-wide files, the portal's search
//! index and the sitemap (and the search index they are put into, shared
//! entries kept once), kept across the rebuilds of one `serve` or
//! `build --watch` session ([`PartsMemo`]): an edit makes its villages' parts
//! again and reuses every other village's, so an incremental rebuild does not
//! redo every village's share of the indexes (on the regency, most of its
//! time). A village's part depends on the village alone, given the site's
//! settings and theme; a rebuild of everything starts a new memo.

use super::kinds::{FEED_SECTION, KINDS};
use super::route::{Key, Route};
use super::{Lang, Renderer, views};
use crate::content::{Date, Shared, Village};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// `(kind, title, text, path within the village)` of a search entry.
pub(super) type SearchItem = (usize, Shared, Shared, Shared);

/// One village's part of the site-wide files.
pub(super) struct VillageParts {
    /// Per language, in the order of the renderer's languages.
    pub search: Vec<SearchPart>,
    /// The village's `<url>` elements of the sitemap, in every language
    /// (empty without a base URL), and how many.
    pub sitemap: String,
    pub urls: usize,
}

/// One village's part of the search index in one language.
pub(super) struct SearchPart {
    /// The village's home page and full name.
    pub home: String,
    pub name: String,
    /// Its own index file (`cari/<desa>/index.json`: its news).
    pub own: String,
    /// Its entries in the portal's index, news excepted.
    pub portal: Vec<SearchItem>,
    /// Its news with their dates: the newest of the site join the portal's index.
    pub news: Vec<(Date, SearchItem)>,
}

/// The parts made by the last rebuilds, by village slug, each with the
/// village it was made from: a village loaded again is a new `Arc`, so its
/// part is made again.
#[derive(Default)]
pub struct PartsMemo {
    parts: Mutex<HashMap<String, Made>>,
    /// The portal's `<url>` elements and how many: they change only with what
    /// the villages show on the portal (then [`PartsMemo::forget_portal`]).
    portal_sitemap: Mutex<Option<Arc<(String, usize)>>>,
}

/// A village's part, with the village it was made from.
type Made = (Arc<Village>, Arc<VillageParts>);

impl PartsMemo {
    /// Forgets the portal's part: what the villages show on the portal changed.
    pub fn forget_portal(&self) {
        if let Ok(mut portal) = self.portal_sitemap.lock() {
            *portal = None;
        }
    }

    /// Forgets the village `slug` (a removed folder).
    pub fn forget(&self, slug: &str) {
        if let Ok(mut parts) = self.parts.lock() {
            parts.remove(slug);
        }
    }
}

/// A search index being filled from items it borrows: entries that several
/// villages share word for word are kept once, with the list of their villages.
pub(super) struct SearchIndex<'a> {
    k: &'a [String],
    pub(super) v: Vec<(&'a str, &'a str)>,
    e: Vec<(&'a SearchItem, Vec<usize>)>,
    seen: HashMap<&'a SearchItem, usize, xxhash_rust::xxh3::Xxh3DefaultBuilder>,
}

/// The villages of an index entry: one village's number, or a list of them.
#[derive(serde::Serialize)]
#[serde(untagged)]
enum Villages<'a> {
    One(usize),
    Many(&'a [usize]),
}

impl SearchIndex<'_> {
    /// The index's kind labels (catalogue keys, each once, in the order of the
    /// kinds), and their names in `lang`, which the index file lists.
    fn labels() -> Vec<&'static str> {
        let mut labels: Vec<&str> = Vec::new();
        for label in KINDS.iter().filter_map(|k| k.search_label()) {
            if !labels.contains(&label) {
                labels.push(label);
            }
        }
        labels
    }

    pub(super) fn kind_names(lang: &Lang<'_>) -> Vec<String> {
        let teks = &lang.strings.teks;
        let names = Self::labels().into_iter();
        names
            .map(|k| teks.get(k).cloned().unwrap_or_else(|| k.to_string()))
            .collect()
    }
}

impl<'a> SearchIndex<'a> {
    pub(super) fn new(labels: &'a [String]) -> Self {
        SearchIndex {
            k: labels,
            v: Vec::new(),
            e: Vec::new(),
            seen: HashMap::default(),
        }
    }

    /// Adds `item` of village number `village`.
    pub(super) fn add(&mut self, village: usize, item: &'a SearchItem) {
        match self.seen.get(item) {
            Some(&at) => self.e[at].1.push(village),
            None => {
                self.seen.insert(item, self.e.len());
                self.e.push((item, vec![village]));
            }
        }
    }

    /// The index as JSON, entries in the order they were first added.
    pub(super) fn json(&self) -> String {
        let entries: Vec<_> = self
            .e
            .iter()
            .map(|((kind, title, text, within), villages)| {
                let villages = match villages.as_slice() {
                    [one] => Villages::One(*one),
                    many => Villages::Many(many),
                };
                (kind, villages, title, text, within)
            })
            .collect();
        /// The file's fields, in the order of their names.
        #[derive(serde::Serialize)]
        struct File<'x, E> {
            e: E,
            k: &'x [String],
            v: &'x [(&'x str, &'x str)],
        }
        let file = File {
            e: entries,
            k: self.k,
            v: &self.v,
        };
        serde_json::to_string(&file).unwrap_or_default()
    }
}

impl Renderer<'_> {
    /// `village`'s part of the site-wide files: the memo's, when it was made
    /// from this very village, else made now (and kept, in a session).
    pub(super) fn parts(&self, village: &Arc<Village>) -> Arc<VillageParts> {
        let Some(memo) = self.memo else {
            return Arc::new(self.make_parts(village));
        };
        if let Ok(parts) = memo.parts.lock()
            && let Some((made_from, part)) = parts.get(&village.slug)
            && Arc::ptr_eq(made_from, village)
        {
            return Arc::clone(part);
        }
        let part = Arc::new(self.make_parts(village));
        if let Ok(mut parts) = memo.parts.lock() {
            parts.insert(
                village.slug.clone(),
                (Arc::clone(village), Arc::clone(&part)),
            );
        }
        part
    }

    /// Every village's part, in the villages' order.
    pub(super) fn all_parts(&self) -> Vec<Arc<VillageParts>> {
        self.site.villages.iter().map(|v| self.parts(v)).collect()
    }

    /// The portal's `<url>` elements of the sitemap (empty without a base
    /// URL), and how many: the memo's, else made now (and kept, in a session).
    pub(super) fn portal_sitemap(&self) -> Arc<(String, usize)> {
        let make = || {
            let mut elements = String::new();
            let urls = match self.site.config.base_url.as_deref() {
                Some(base) => self.url_elements(base, &self.portal_routes(), &mut elements),
                None => 0,
            };
            Arc::new((elements, urls))
        };
        let Some(memo) = self.memo else {
            return make();
        };
        if let Ok(portal) = memo.portal_sitemap.lock()
            && let Some(part) = portal.as_ref()
        {
            return Arc::clone(part);
        }
        let part = make();
        if let Ok(mut portal) = memo.portal_sitemap.lock() {
            *portal = Some(Arc::clone(&part));
        }
        part
    }

    fn make_parts(&self, village: &Village) -> VillageParts {
        let labels = SearchIndex::labels();
        let search = self
            .langs
            .iter()
            .map(|lang| self.search_part(village, lang, &labels))
            .collect();
        let mut sitemap = String::new();
        let urls = match self.site.config.base_url.as_deref() {
            Some(base) => self.url_elements(base, &self.village_routes(village), &mut sitemap),
            None => 0,
        };
        sitemap.shrink_to_fit();
        VillageParts {
            search,
            sitemap,
            urls,
        }
    }

    fn search_part(&self, village: &Village, lang: &Lang<'_>, labels: &[&str]) -> SearchPart {
        let news_label = labels.iter().position(|l| *l == FEED_SECTION.key);
        let home = self.path(Route::Village(&village.slug), lang);
        let teks = &lang.strings.teks;
        let name = views::village_full_name(village.profile.kind, &village.profile.name, teks);
        let mut own_items = Vec::new();
        let dates: HashMap<&str, Date> = village
            .news
            .iter()
            .map(|n| (n.slug.as_str(), n.date))
            .collect();
        let mut portal = Vec::new();
        let mut news = Vec::new();
        for (label, key) in labels.iter().enumerate() {
            let kinds = KINDS.iter().filter(|k| k.search_label() == Some(*key));
            for entry in kinds.flat_map(|k| k.search_entries(self, village, lang)) {
                let path = self.path(entry.route, lang);
                // `layanan/domisili/` of every village: held once.
                let within = self.texts.text(path.strip_prefix(&home).unwrap_or(&path));
                let item = (label, entry.title, entry.text, within);
                if Some(label) == news_label {
                    let date = match entry.route {
                        Route::Entry(_, _, Key::Slug(slug)) => dates.get(slug).copied(),
                        _ => None,
                    };
                    if let Some(date) = date {
                        news.push((date, item.clone()));
                    }
                    own_items.push(item);
                } else {
                    portal.push(item);
                }
            }
        }
        let names = SearchIndex::kind_names(lang);
        let mut own = SearchIndex::new(&names);
        own.v.push((&home, &name));
        for item in &own_items {
            own.add(0, item);
        }
        let mut own = own.json();
        // Kept for the whole build (and session): no spare capacity.
        own.shrink_to_fit();
        portal.shrink_to_fit();
        news.shrink_to_fit();
        SearchPart {
            home,
            name,
            own,
            portal,
            news,
        }
    }
}
