//! Being found without a server: the search index behind the search box, the
//! sitemap and robots.txt for search engines, and Atom feeds of the news.
//!
//! These files describe the whole site, so they are made every time the site is
//! rendered, also after an incremental rebuild: from each village's part
//! (`parts.rs`), which a session's rebuild makes again only for the villages
//! edited.

use super::kinds::{FEED_SECTION, FeedItem, KINDS, of_section};
use super::parts::{SearchIndex, SearchItem};
use super::route::Route;
use super::views::{self, pick, pick_doc};
use super::{Lang, Renderer, Sink, Stats, escape as xml};
use crate::content::Village;
use crate::diagnostic::Failure;
use std::fmt::Write;

/// Above this many URLs a sitemap is split (the sitemaps.org limit).
pub const SITEMAP_LIMIT: usize = 50_000;

/// News items in the portal-wide feed; a village's feed holds all of its news.
pub const PORTAL_FEED_ITEMS: usize = 50;

/// The permanent id of a feed entry, a `tag:` URI (RFC 4151):
/// `tag:<host>,<date>:<page>`.
fn tag_uri(host: &str, date: &crate::content::Date, page: &str) -> String {
    format!("tag:{host},{date}:{page}")
}

/// A date at midnight in Western Indonesian Time, as Atom wants it.
pub(super) fn atom_date(date: &crate::content::Date) -> String {
    format!("{date}T00:00:00+07:00")
}

/// The villages whose own index files (their search file, their sitemap)
/// [`Renderer::render_indexes`] writes: all of them, or only those an edit
/// touched, when every other village's are kept from the last build (a
/// village's own files depend on that village alone).
#[derive(Debug, Clone, Copy)]
pub enum OwnFiles<'a> {
    /// Every village's.
    All,
    /// Those of these villages (by slug); what the villages show on the
    /// portal is unchanged, so the portal's own part of the sitemap is too.
    Only(&'a std::collections::BTreeSet<String>),
}

impl OwnFiles<'_> {
    fn include(self, slug: &str) -> bool {
        match self {
            OwnFiles::All => true,
            OwnFiles::Only(slugs) => slugs.contains(slug),
        }
    }
}

impl Renderer<'_> {
    /// The search index, sitemaps, robots.txt and the portal's news feeds; of
    /// the villages' own index files, those of `own`.
    pub fn render_indexes(&self, sink: &dyn Sink, own: OwnFiles<'_>) -> Result<Stats, Failure> {
        // Each reads every village: the search index on one core, the rest on another.
        let (search, rest) = rayon::join(
            || self.write_search_indexes(sink, own),
            || self.write_sitemaps_and_feeds(sink, own),
        );
        Ok(Stats {
            files: search? + rest?,
            ..Stats::default()
        })
    }

    /// The search index of every language; how many files.
    fn write_search_indexes(&self, sink: &dyn Sink, own: OwnFiles<'_>) -> Result<u64, Failure> {
        let mut files = 0;
        for (at, lang) in self.langs.iter().enumerate() {
            for (path, text) in self.search_index(at, lang, own) {
                sink.write(&path, text.into_bytes())?;
                files += 1;
            }
        }
        Ok(files)
    }

    /// The sitemaps, robots.txt and the portal's news feeds, when the site has a
    /// base URL; how many files.
    fn write_sitemaps_and_feeds(&self, sink: &dyn Sink, own: OwnFiles<'_>) -> Result<u64, Failure> {
        let Some(base) = self.site.config.base_url.as_deref() else {
            return Ok(0);
        };
        let mut files = 0;
        self.sitemaps(base, SITEMAP_LIMIT, own, &mut |path, text| {
            files += 1;
            sink.write(&path, text.into_bytes())
        })?;
        let robots = format!("User-agent: *\nAllow: /\n\nSitemap: {base}/sitemap.xml\n");
        sink.write("robots.txt", robots.into_bytes())?;
        files += 1;
        let items: Vec<(&Village, FeedItem<'_>)> = self
            .site
            .villages
            .iter()
            .flat_map(|v| feed_items(v).into_iter().map(move |i| (v.as_ref(), i)))
            .collect();
        let items = newest(items, PORTAL_FEED_ITEMS, |a, b| {
            b.1.date.cmp(&a.1.date).then(a.1.slug.cmp(b.1.slug))
        });
        for lang in &self.langs {
            let path = self.path(Route::PortalList(FEED_SECTION, None), lang) + "atom.xml";
            let title = format!(
                "{} · {}",
                lang.strings.teks.get("berita").map_or("", String::as_str),
                pick(&self.site.title, lang.code, self.langs[0].code).text
            );
            let feed = self.feed(
                lang,
                base,
                &path,
                &title,
                self.path(Route::Portal, lang),
                &items,
            );
            sink.write(&path, feed.into_bytes())?;
            files += 1;
        }
        Ok(files)
    }

    /// The Atom feed of one village's news in `lang`, when the site has a base URL.
    pub(super) fn village_feed(
        &self,
        village: &Village,
        lang: &Lang<'_>,
    ) -> Option<(String, String)> {
        let base = self.site.config.base_url.as_deref()?;
        let list = self.path(Route::List(FEED_SECTION, &village.slug, 1), lang);
        let path = format!("{list}atom.xml");
        let name = views::village_full_name(
            village.profile.kind,
            &village.profile.name,
            &lang.strings.teks,
        );
        let title = format!(
            "{} · {name}",
            lang.strings.teks.get("berita").map_or("", String::as_str)
        );
        let items: Vec<_> = feed_items(village)
            .into_iter()
            .map(|i| (village, i))
            .collect();
        let feed = self.feed(lang, base, &path, &title, list, &items);
        Some((path, feed))
    }

    /// An Atom feed. Ids are tag URIs made of the host, the date and the page's
    /// path: stable across builds, and distinct per language.
    fn feed(
        &self,
        lang: &Lang<'_>,
        base: &str,
        path: &str,
        title: &str,
        alternate: String,
        items: &[(&Village, FeedItem<'_>)],
    ) -> String {
        let default = self.langs[0].code;
        let host = base
            .split("://")
            .nth(1)
            .and_then(|rest| rest.split('/').next())
            .unwrap_or("localhost");
        let updated = items.iter().map(|(_, i)| i.date).max().map_or_else(
            || "2000-01-01T00:00:00+07:00".to_string(),
            |d| atom_date(&d),
        );
        let mut out = String::new();
        let _ = write!(
            out,
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{}\">\n<title>{}</title>\n<id>tag:{host},2026:{}</id>\n<updated>{updated}</updated>\n<link rel=\"self\" type=\"application/atom+xml\" href=\"{base}/{}\"/>\n<link rel=\"alternate\" type=\"text/html\" href=\"{base}/{}\"/>\n<author><name>{}</name></author>\n<generator>kampung</generator>\n",
            lang.code,
            xml(title),
            xml(path),
            xml(path),
            xml(&alternate),
            xml(&pick(&self.site.title, lang.code, default).text),
        );
        for (village, item) in items {
            let page = self.path(item.route, lang);
            let text = item.text;
            let title = pick_doc(text, lang.code, default, |d| d.title.as_ref())
                .map(|t| t.text)
                .unwrap_or_default();
            let summary =
                pick_doc(text, lang.code, default, |d| d.summary.as_ref()).map(|t| t.text);
            let author = views::village_full_name(
                village.profile.kind,
                &village.profile.name,
                &lang.strings.teks,
            );
            let _ = write!(
                out,
                "<entry>\n<title>{}</title>\n<id>{}</id>\n<link rel=\"alternate\" type=\"text/html\" href=\"{base}/{}\"/>\n<published>{}</published>\n<updated>{}</updated>\n<author><name>{}</name></author>\n",
                xml(&title),
                xml(&tag_uri(host, &item.date, &page)),
                xml(&page),
                atom_date(&item.date),
                atom_date(&item.date),
                xml(&author),
            );
            if let Some(summary) = summary {
                let _ = writeln!(out, "<summary>{}</summary>", xml(&summary));
            }
            out.push_str("</entry>\n");
        }
        out.push_str("</feed>\n");
        out
    }

    /// `sitemap.xml`: every page with its language versions; above
    /// [`SITEMAP_LIMIT`] URLs, an index of one sitemap for the portal and one per
    /// village (`sitemap/<desa>.xml`).
    /// Writes the sitemap (or, above `limit` URLs, the sitemap index and its
    /// parts) through `write`, one file at a time: a national sitemap is over a
    /// hundred megabytes and is never held whole.
    fn sitemaps(
        &self,
        base: &str,
        limit: usize,
        own: OwnFiles<'_>,
        write: &mut dyn FnMut(String, String) -> Result<(), Failure>,
    ) -> Result<(), Failure> {
        let portal_part = self.portal_sitemap();
        let portal = portal_part.0.as_str();
        let parts = self.all_parts();
        if self.sitemap_urls(&parts) <= limit {
            let mut all = portal.to_string();
            all.reserve(parts.iter().map(|p| p.sitemap.len()).sum());
            for part in &parts {
                all.push_str(&part.sitemap);
            }
            return write("sitemap.xml".to_string(), urlset(&all));
        }
        let mut index = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
        );
        let named = std::iter::once(("portal", portal)).chain(
            self.site
                .villages
                .iter()
                .zip(&parts)
                .map(|(v, p)| (v.slug.as_str(), p.sitemap.as_str())),
        );
        for (at, (name, elements)) in named.enumerate() {
            let path = format!("sitemap/{name}.xml");
            let _ = writeln!(index, "<sitemap><loc>{base}/{}</loc></sitemap>", xml(&path));
            // The portal's first (unchanged when only some villages' are
            // written), then the villages'.
            let written = match at {
                0 => matches!(own, OwnFiles::All),
                _ => own.include(name),
            };
            if written {
                write(path, urlset(elements))?;
            }
        }
        index.push_str("</sitemapindex>\n");
        write("sitemap.xml".to_string(), index)
    }

    /// Whether the site's URLs are more than the sitemap limit, so that
    /// `sitemap.xml` is an index of the portal's and each village's sitemap.
    pub fn sitemap_is_split(&self) -> bool {
        self.sitemap_urls(&self.all_parts()) > SITEMAP_LIMIT
    }

    /// How many URLs the sitemap lists, the villages' `parts` given.
    fn sitemap_urls(&self, parts: &[std::sync::Arc<super::parts::VillageParts>]) -> usize {
        self.portal_sitemap().1 + parts.iter().map(|p| p.urls).sum::<usize>()
    }

    /// The `<url>` elements of `routes`, every language, with their language
    /// versions, appended to `out`; how many.
    pub(super) fn url_elements(&self, base: &str, routes: &[Route<'_>], out: &mut String) -> usize {
        let several = self.langs.len() > 1;
        for route in routes {
            let paths: Vec<(&str, String)> = self
                .langs
                .iter()
                .map(|l| (l.code, xml(&self.path(*route, l))))
                .collect();
            for (_, path) in &paths {
                let _ = write!(out, "<url><loc>{base}/{path}</loc>");
                if several {
                    for (code, alt) in &paths {
                        let _ = write!(
                            out,
                            "<xhtml:link rel=\"alternate\" hreflang=\"{code}\" href=\"{base}/{alt}\"/>"
                        );
                    }
                    let _ = write!(
                        out,
                        "<xhtml:link rel=\"alternate\" hreflang=\"x-default\" href=\"{base}/{}\"/>",
                        paths[0].1
                    );
                }
                out.push_str("</url>\n");
            }
        }
        routes.len() * self.langs.len()
    }

    /// The picture a shared link shows, as a site path: the page's first photo,
    /// else its village's (the cover of its first destination), else the site's
    /// (the first featured destination's cover, or any cover).
    pub(super) fn preview_image(&self, route: Route<'_>) -> Option<String> {
        // Villages are sorted by slug.
        let find = |slug: &str| {
            let villages = &self.site.villages;
            villages
                .binary_search_by(|v| v.slug.as_str().cmp(slug))
                .ok()
                .map(|i| villages[i].as_ref())
                .or_else(|| villages.iter().find(|v| v.slug == slug).map(AsRef::as_ref))
        };
        let village_picture = |village: &Village, featured: bool| {
            KINDS
                .iter()
                .find_map(|k| k.village_picture(village, featured))
        };
        let own = match route {
            Route::Entry(section, v, key) => {
                find(v).and_then(|village| of_section(section)?.entry_picture(village, key))
            }
            _ => None,
        };
        own.or_else(|| {
            route
                .village()
                .and_then(find)
                .and_then(|v| village_picture(v, false))
        })
        .or_else(|| {
            self.site_preview
                .get_or_init(|| {
                    let villages = &self.site.villages;
                    let featured = villages.iter().find_map(|v| village_picture(v, true));
                    featured.or_else(|| villages.iter().find_map(|v| village_picture(v, false)))
                })
                .clone()
        })
    }

    /// The search index of one language, as compact JSON files: the portal's
    /// (`cari/index.json`) and one per village (`cari/<desa>/index.json`).
    ///
    /// Each is `{"k": [kind labels], "v": [[village path, name]], "e": [[kind,
    /// villages, title, text, path within the village]]}`, where `villages` is
    /// one village's number or, for an entry that several villages have word for
    /// word (the same service in 217 villages), a list of them. The portal's
    /// file holds every entry except news older than the latest
    /// [`PORTAL_FEED_ITEMS`]; a village's file holds that village's news (none: an empty list), which
    /// the search box of the village's pages loads as well. The search script
    /// matches and ranks; nothing here depends on the query.
    pub(super) fn search_index(
        &self,
        at: usize,
        lang: &Lang<'_>,
        own: OwnFiles<'_>,
    ) -> Vec<(String, String)> {
        let k = SearchIndex::kind_names(lang);
        let folder = self.path(Route::Search, lang);
        let mut portal = SearchIndex::new(&k);
        let mut all_news: Vec<(crate::content::Date, usize, &SearchItem)> = Vec::new();
        let mut files = Vec::new();
        let parts = self.all_parts();
        for (i, (village, part)) in self.site.villages.iter().zip(&parts).enumerate() {
            let search = &part.search[at];
            portal.v.push((&search.home, &search.name));
            for item in &search.portal {
                portal.add(i, item);
            }
            all_news.extend(search.news.iter().map(|(date, item)| (*date, i, item)));
            // Written also when empty: the village's search box asks for it.
            if !own.include(&village.slug) {
                continue;
            }
            files.push((
                format!("{folder}{}/index.json", village.slug),
                search.own.clone(),
            ));
        }
        let all_news = newest(all_news, PORTAL_FEED_ITEMS, |a, b| {
            b.0.cmp(&a.0).then(a.1.cmp(&b.1))
        });
        for (_, i, item) in all_news {
            portal.add(i, item);
        }
        files.insert(0, (format!("{folder}index.json"), portal.json()));
        files
    }
}

/// The first `n` of `items` in the order of `order`, as a stable sort would
/// give them (ties in their order in `items`), without sorting the national
/// site's hundreds of thousands of news items whole.
fn newest<T>(items: Vec<T>, n: usize, order: impl Fn(&T, &T) -> std::cmp::Ordering) -> Vec<T> {
    let mut items: Vec<(usize, T)> = items.into_iter().enumerate().collect();
    let total = |a: &(usize, T), b: &(usize, T)| order(&a.1, &b.1).then(a.0.cmp(&b.0));
    if items.len() > n {
        items.select_nth_unstable_by(n, total);
        items.truncate(n);
    }
    items.sort_by(total);
    items.into_iter().map(|(_, item)| item).collect()
}

/// A sitemap of the `<url>` elements `elements`.
fn urlset(elements: &str) -> String {
    let head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">\n";
    let mut out = String::with_capacity(head.len() + elements.len() + 10);
    out.push_str(head);
    out.push_str(elements);
    out.push_str("</urlset>\n");
    out
}

/// Every feed entry of `village`, kind by kind.
fn feed_items(village: &Village) -> Vec<FeedItem<'_>> {
    KINDS.iter().flat_map(|k| k.feed_items(village)).collect()
}

/// Percent-encodes text for a URL's query.
pub fn query_encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len() * 3);
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use crate::build::BuildOptions;
    use crate::diagnostic::Report;

    /// Above the limit, sitemap.xml becomes an index of one sitemap per village
    /// plus the portal's, and together they hold the same URLs.
    #[test]
    fn a_large_sitemap_is_split_per_village() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/basic");
        let mut report = Report::new();
        let (setup, site) = crate::build::load_for_tests(&BuildOptions::new(&root), &mut report);
        let renderer = super::Renderer::new(&site, &setup, &root, &mut report).unwrap();
        let sitemaps_of = |limit, own| {
            let mut files = Vec::new();
            renderer
                .sitemaps("https://x.example", limit, own, &mut |path, text| {
                    files.push((path, text));
                    Ok(())
                })
                .unwrap();
            files
        };
        let sitemaps = |limit| sitemaps_of(limit, super::OwnFiles::All);
        let whole = sitemaps(usize::MAX);
        assert_eq!(whole.len(), 1);
        let split = sitemaps(10);
        let names: Vec<&str> = split.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(
            names,
            [
                "sitemap/portal.xml",
                "sitemap/alpha.xml",
                "sitemap/beta.xml",
                "sitemap.xml"
            ]
        );
        let index = &split[3].1;
        assert!(
            index.contains("<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">")
        );
        assert!(index.contains("<loc>https://x.example/sitemap/alpha.xml</loc>"));
        let count = |text: &str| text.matches("<loc>").count();
        let parts: usize = split[..3].iter().map(|(_, t)| count(t)).sum();
        assert_eq!(parts, count(&whole[0].1));

        // After an edit of one village only its part and the index are made
        // again, the same as in the whole set.
        let edited = std::collections::BTreeSet::from(["alpha".to_string()]);
        let again = sitemaps_of(10, super::OwnFiles::Only(&edited));
        let names: Vec<&str> = again.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["sitemap/alpha.xml", "sitemap.xml"]);
        assert_eq!(again[0], split[1]);
        assert_eq!(again[1], split[3]);
    }

    /// The newest few of many news items are those a stable sort puts first,
    /// ties in their order (the portal's feed is the same on every build).
    #[test]
    fn the_newest_items_are_those_a_stable_sort_puts_first() {
        let items: Vec<(u32, usize)> = (0..1000).map(|i| ((i * 7919) % 13, i as usize)).collect();
        let order = |a: &(u32, usize), b: &(u32, usize)| b.0.cmp(&a.0);
        let mut sorted = items.clone();
        sorted.sort_by(order);
        sorted.truncate(50);
        assert_eq!(super::newest(items.clone(), 50, order), sorted);
        assert_eq!(super::newest(items[..10].to_vec(), 50, order).len(), 10);
    }
}
