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

/// A page of the site, independent of language.
#[derive(Debug, Clone, Copy)]
pub(super) enum Route<'a> {
    Portal,
    Search,
    Village(&'a str),
    Page(&'a str, &'a str),
    NewsList(&'a str, usize),
    News(&'a str, &'a str),
    Services(&'a str),
    Service(&'a str, &'a str),
    PortalServices,
    Destinations(&'a str),
    Destination(&'a str, &'a str),
    PortalDestinations,
    Budgets(&'a str),
    Budget(&'a str, i32),
    /// The portal's budget table, sorted by a column (`None`: by name).
    PortalBudgets(Option<&'a str>),
    NotFound,
}

/// The orders in which the portal's budget table is offered, besides by name.
pub(super) const BUDGET_SORTS: [&str; 3] = ["pendapatan", "belanja", "realisasi"];

impl<'a> Route<'a> {
    /// The village a route belongs to, if any.
    pub(super) fn village(self) -> Option<&'a str> {
        match self {
            Route::Village(v)
            | Route::Page(v, _)
            | Route::NewsList(v, _)
            | Route::News(v, _)
            | Route::Services(v)
            | Route::Service(v, _)
            | Route::Destinations(v)
            | Route::Destination(v, _)
            | Route::Budgets(v)
            | Route::Budget(v, _) => Some(v),
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
            Route::News(_, s) => Some(format!("berita/{s}.md")),
            Route::Destination(_, s) => Some(format!("wisata/{s}.md")),
            _ => None,
        }
    }
}

impl Renderer<'_> {
    /// The site path of `route` in `lang`: a folder ending in `/` (empty for the
    /// portal), or a file name.
    pub(super) fn path(&self, route: Route<'_>, lang: &Lang<'_>) -> String {
        let s = &lang.strings.slug;
        let p = &lang.prefix;
        match route {
            Route::Portal => p.clone(),
            Route::Search => format!("{p}{}/", s.cari),
            Route::Village(v) => format!("{p}{v}/"),
            Route::Page(v, page) => format!("{p}{v}/{page}/"),
            Route::NewsList(v, 1) => format!("{p}{v}/{}/", s.berita),
            Route::NewsList(v, n) => format!("{p}{v}/{}/{}/{n}/", s.berita, s.halaman),
            Route::News(v, item) => format!("{p}{v}/{}/{item}/", s.berita),
            Route::Services(v) => format!("{p}{v}/{}/", s.layanan),
            Route::Service(v, id) => format!("{p}{v}/{}/{id}/", s.layanan),
            Route::PortalServices => format!("{p}{}/", s.layanan),
            Route::Destinations(v) => format!("{p}{v}/{}/", s.wisata),
            Route::Destination(v, slug) => format!("{p}{v}/{}/{slug}/", s.wisata),
            Route::PortalDestinations => format!("{p}{}/", s.wisata),
            Route::Budgets(v) => format!("{p}{v}/{}/", s.apbdes),
            Route::Budget(v, year) => format!("{p}{v}/{}/{year}/", s.apbdes),
            Route::PortalBudgets(None) => format!("{p}{}/", s.apbdes),
            Route::PortalBudgets(Some(order)) => format!("{p}{}/{order}/", s.apbdes),
            Route::NotFound => format!("{p}404.html"),
        }
    }

    /// The portal's own pages (the 404 page aside), kind by kind: the sections
    /// only when some village fills them. The sitemap lists the same pages.
    pub(super) fn portal_routes(&self) -> Vec<Route<'static>> {
        self.portal_pages()
            .into_iter()
            .map(|(_, route)| route)
            .filter(|r| r.listed())
            .collect()
    }

    /// Every page of the portal that is rendered, the 404 page included, with
    /// the kind that renders it.
    pub(super) fn portal_pages(&self) -> Vec<(&'static dyn Kind, Route<'static>)> {
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
                out.add(format!("{}/{file}", v.slug));
                for variant in info.picture.iter().flat_map(|p| &p.variants) {
                    out.add(format!("{}/{}", v.slug, variant.name));
                }
            }
        }
        out
    }
}
