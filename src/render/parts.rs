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
use crate::content::{Date, Village};
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// `(kind, title, text, path within the village)` of a search entry.
pub(super) type SearchItem = (usize, String, String, String);

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
}

/// A village's part, with the village it was made from.
type Made = (Arc<Village>, Arc<VillageParts>);

impl PartsMemo {
    /// Forgets the village `slug` (a removed folder).
    pub fn forget(&self, slug: &str) {
        if let Ok(mut parts) = self.parts.lock() {
            parts.remove(slug);
        }
    }
}

/// A search index being filled: entries that several villages share word for
/// word are kept once, with the list of their villages.
pub(super) struct SearchIndex {
    k: Vec<String>,
    pub(super) v: Vec<(String, String)>,
    e: Vec<(SearchItem, Vec<usize>)>,
    seen: std::collections::HashMap<SearchItem, usize>,
}

impl SearchIndex {
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

    pub(super) fn new(labels: &[String]) -> Self {
        SearchIndex {
            k: labels.to_vec(),
            v: Vec::new(),
            e: Vec::new(),
            seen: std::collections::HashMap::new(),
        }
    }

    /// Adds `item` of village number `village`.
    pub(super) fn add(&mut self, village: usize, item: SearchItem) {
        match self.seen.get(&item) {
            Some(&at) => self.e[at].1.push(village),
            None => {
                self.seen.insert(item.clone(), self.e.len());
                self.e.push((item, vec![village]));
            }
        }
    }

    /// The index as JSON, entries in the order they were first added.
    pub(super) fn json(&self) -> String {
        let entries: Vec<serde_json::Value> = self
            .e
            .iter()
            .map(|((kind, title, text, within), villages)| {
                let villages = match villages.as_slice() {
                    [one] => serde_json::json!(one),
                    many => serde_json::json!(many),
                };
                serde_json::json!([kind, villages, title, text, within])
            })
            .collect();
        serde_json::json!({ "k": self.k, "v": self.v, "e": entries }).to_string()
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
        let mut own = SearchIndex::new(&SearchIndex::kind_names(lang));
        own.v.push((home.clone(), name.clone()));
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
                let within = path
                    .strip_prefix(&home)
                    .map_or(path.clone(), str::to_string);
                let item = (label, entry.title, entry.text, within);
                if Some(label) == news_label {
                    let date = match entry.route {
                        Route::Entry(_, _, Key::Slug(slug)) => dates.get(slug).copied(),
                        _ => None,
                    };
                    if let Some(date) = date {
                        news.push((date, item.clone()));
                    }
                    own.add(0, item);
                } else {
                    portal.push(item);
                }
            }
        }
        SearchPart {
            home,
            name,
            own: own.json(),
            portal,
            news,
        }
    }
}
