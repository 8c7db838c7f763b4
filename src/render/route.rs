//! The route table: every page of the site as a [`Route`], its path in each
//! language, and which page kind yields it.
//!
//! This is the one place that knows addresses. The page kinds (see
//! [`super::kinds`]) say which routes a village or the portal has; the pages
//! themselves, the sitemap, the search index, the feeds and the link checker
//! ([`Renderer::near_paths`]) all read the routes from here, so a new kind that
//! renders a page cannot be missing from the sitemap or from the links it checks.

use super::kinds::{KINDS, Kind};
use super::markdown;
use super::{Lang, Renderer};
use crate::content::Village;

/// A section of a village: a page kind whose pages live under one folder of
/// the village (`/<desa>/layanan/...`) and, when the kind has one, a portal
/// page (`/layanan/`). Each kind declares its own section as a `static`; the
/// routes below are the same for every section, so a new kind adds no route.
#[derive(Debug)]
pub(super) struct Section {
    /// The section's key: its folder slug in the theme's `slug` strings
    /// (translated there: `layanan` is `services` in English), the theme text
    /// of its menu entry, and its label in the search index.
    pub key: &'static str,
    /// Whether its entries are Markdown files in the village folder of the same
    /// name (`berita/panen.md`), which links in a village's Markdown may name.
    pub files: bool,
    /// Whether an entry is an article for link previews (`og:type`).
    pub article: bool,
    /// Whether an entry's page offers a WhatsApp share link.
    pub shared: bool,
}

/// Which entry of a section a route names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Key<'a> {
    /// An entry named by a slug or id.
    Slug(&'a str),
    /// A budget year.
    Year(i32),
}

impl std::fmt::Display for Key<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Key::Slug(slug) => f.write_str(slug),
            Key::Year(year) => write!(f, "{year}"),
        }
    }
}

/// A page of the site, independent of language.
#[derive(Debug, Clone, Copy)]
pub(super) enum Route<'a> {
    /// The portal's home.
    Portal,
    /// The search page.
    Search,
    /// A village's home.
    Village(&'a str),
    /// A free page of a village (`halaman/<slug>.md`).
    Page(&'a str, &'a str),
    /// A section's list in a village, page `n` (1 is the first).
    List(&'static Section, &'a str, usize),
    /// One entry of a section in a village.
    Entry(&'static Section, &'a str, Key<'a>),
    /// The portal's page of a section, or one of its variants (the budget
    /// table sorted by a column).
    PortalList(&'static Section, Option<&'a str>),
    /// The 404 page.
    NotFound,
}

impl<'a> Route<'a> {
    /// The village a route belongs to, if any.
    pub(super) fn village(self) -> Option<&'a str> {
        match self {
            Route::Village(v)
            | Route::Page(v, _)
            | Route::List(_, v, _)
            | Route::Entry(_, v, _) => Some(v),
            _ => None,
        }
    }

    /// A section's list page in `village` and one page per entry key, or no
    /// page at all when there is no entry (services, tourism, projects).
    pub(super) fn list_and_entries(
        section: &'static Section,
        village: &'a str,
        keys: impl IntoIterator<Item = Key<'a>>,
    ) -> Vec<Route<'a>> {
        let mut routes = vec![Route::List(section, village, 1)];
        routes.extend(keys.into_iter().map(|k| Route::Entry(section, village, k)));
        if routes.len() == 1 {
            routes.clear();
        }
        routes
    }

    /// The section an entry page belongs to, if the route is one.
    pub(super) fn entry_section(self) -> Option<&'static Section> {
        match self {
            Route::Entry(section, ..) => Some(section),
            _ => None,
        }
    }

    /// Whether the sitemap and the link checker know the page: every page but
    /// the 404 page, which is served at any address.
    pub(super) fn listed(self) -> bool {
        !matches!(self, Route::NotFound)
    }

    /// The content file a page is written in, named as a link in a village's
    /// Markdown names it (`halaman/sejarah.md`); `None` for generated pages.
    fn source_file(self) -> Option<String> {
        match self {
            Route::Village(_) => Some("index.md".to_string()),
            Route::Page(_, s) => Some(format!("halaman/{s}.md")),
            Route::Entry(section, _, key) if section.files => {
                Some(format!("{}/{key}.md", section.key))
            }
            _ => None,
        }
    }
}

impl<'a> Renderer<'a> {
    /// The site path of `route` in `lang`: a folder ending in `/` (empty for the
    /// portal), or a file name.
    pub(super) fn path(&self, route: Route<'_>, lang: &Lang<'_>) -> String {
        let s = &lang.strings.slug;
        let p = &lang.prefix;
        match route {
            Route::Portal => p.clone(),
            Route::Search => format!("{p}{}/", s.cari),
            // A one-village site's front page is the village's home.
            Route::Village(v) if self.single == Some(v) => p.clone(),
            Route::Village(v) => format!("{p}{v}/"),
            Route::Page(v, page) => format!("{p}{v}/{page}/"),
            Route::List(section, v, 1) => format!("{p}{v}/{}/", s.section(section.key)),
            Route::List(section, v, n) => {
                format!("{p}{v}/{}/{}/{n}/", s.section(section.key), s.halaman)
            }
            Route::Entry(section, v, key) => format!("{p}{v}/{}/{key}/", s.section(section.key)),
            Route::PortalList(section, None) => format!("{p}{}/", s.section(section.key)),
            Route::PortalList(section, Some(variant)) => {
                format!("{p}{}/{variant}/", s.section(section.key))
            }
            Route::NotFound => format!("{p}404.html"),
        }
    }

    /// The portal's page of `section` when some village fills it, else none.
    pub(super) fn portal_list(&self, section: &'static Section) -> Vec<Route<'static>> {
        if self.on_portal(section) {
            vec![Route::PortalList(section, None)]
        } else {
            Vec::new()
        }
    }

    /// Whether the portal has a page of `section` (some village fills it).
    pub(super) fn on_portal(&self, section: &Section) -> bool {
        self.portal_sections
            .iter()
            .any(|s| std::ptr::eq(*s, section))
    }

    /// The portal's own pages (the 404 page aside), kind by kind: the sections
    /// only when some village fills them. The sitemap lists the same pages.
    pub(super) fn portal_routes(&self) -> Vec<Route<'a>> {
        self.portal_pages()
            .into_iter()
            .map(|(_, route)| route)
            .filter(|r| r.listed())
            .collect()
    }

    /// Every page of the portal that is rendered, the 404 page included, with
    /// the kind that renders it.
    pub(super) fn portal_pages(&self) -> Vec<(&'static dyn Kind, Route<'a>)> {
        KINDS
            .iter()
            .flat_map(|&kind| {
                kind.portal_routes(self)
                    .into_iter()
                    .map(move |route| (kind, route))
            })
            .collect()
    }

    /// Every page of `village`, kind by kind, in the order they are rendered.
    pub(super) fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        KINDS
            .iter()
            .flat_map(|kind| kind.village_routes(village))
            .collect()
    }

    /// The page of `village` written in the content file `file` (named as a
    /// link names it: `berita/panen.md`), if it is published.
    pub(super) fn source_route<'v>(&self, village: &'v Village, file: &str) -> Option<Route<'v>> {
        self.village_routes(village)
            .into_iter()
            .find(|route| route.source_file().as_deref() == Some(file))
    }

    /// What the site publishes near the site path `path`, for checking a link on
    /// a page of `village` in `lang`: the portal's pages, and the pages and files
    /// of `village` and of the village `path` names, in every language; pages
    /// written as content files are named as a link in `lang` names them.
    pub(super) fn near_paths(
        &self,
        village: &Village,
        lang: &Lang<'_>,
        path: &str,
    ) -> markdown::SitePaths {
        let mut out = markdown::SitePaths::default();
        let slug = self
            .langs
            .iter()
            .filter(|l| !l.prefix.is_empty())
            .find_map(|l| path.strip_prefix(l.prefix.as_str()))
            .unwrap_or(path)
            .split('/')
            .next()
            .unwrap_or("");
        let mut villages = vec![village];
        if slug != village.slug {
            villages.extend(
                self.site
                    .villages
                    .iter()
                    .find(|v| v.slug == slug)
                    .map(|v| &**v),
            );
        }
        out.uncertain = villages.iter().any(|v| !v.complete);
        for l in &self.langs {
            for route in self.portal_routes() {
                out.add(self.path(route, l));
            }
            for v in &villages {
                for route in self.village_routes(v) {
                    let p = self.path(route, l);
                    match route.source_file() {
                        Some(file) if l.code == lang.code => out.add_source(p, &v.slug, file),
                        _ => out.add(p),
                    }
                }
            }
        }
        for v in &villages {
            for (file, info) in &v.files {
                if !crate::media::svg::is_svg(file) {
                    out.add(format!("{}/{file}", v.slug));
                }
                for variant in info.picture.iter().flat_map(|p| &p.variants) {
                    out.add(format!("{}/{}", v.slug, variant.name));
                }
            }
        }
        out
    }
}
