//! The page kinds: one module per kind of page, each owning its views, the
//! pages it yields for a village and a language, its JSON-LD and its pages on
//! the portal.
//!
//! The shape follows two models. From mdBook: a renderer is a small trait over
//! one context value ([`Kind`] over [`VillagePages`]), and the pipeline
//! iterates over a list of them ([`KINDS`]) instead of knowing each. From
//! Zola's `ser.rs`: templates see small serializable views made for them, never
//! the model; here each kind keeps the views of its own pages next to the code
//! that fills them, so a newcomer reads one file to see what `service.html`
//! gets. What several kinds share (the base context, breadcrumbs, Markdown with
//! its link resolver, collecting problems) is in [`super::page`], and every
//! address is in the route table, [`super::route`], which the sitemap and the
//! link checker read through [`KINDS`].
//!
//! Adding a kind: see docs/architecture.md.

use super::page::VillagePages;
use super::route::{Key, Route, Section};
use super::shown::Print;
use super::{Lang, Renderer, Sink};
use crate::content::{Date, DocText, Localized, Shared, Site, Village};
use crate::diagnostic::{Diagnostic, Failure};

mod budget;
mod destination;
mod dokumen;
mod halaman;
mod home;
mod news;
mod pembangunan;
mod portal;
mod produk;
mod search;
mod service;
mod statistik;

/// One kind of page: the pages it adds to each village and to the portal.
///
/// `village_routes` and `render_village` name the same pages: the routes go to
/// the sitemap and the link checker, `render_village` writes them.
pub(super) trait Kind: Sync {
    /// The section the kind's pages live in, if they live in one (see
    /// [`Section`]): villages' menus and the portal's link to it.
    fn section(&self) -> Option<&'static Section> {
        None
    }

    /// Whether `village` has pages in the kind's section: its menu links there.
    fn in_village(&self, _village: &Village) -> bool {
        false
    }

    /// Whether the portal has the kind's section page, because some village
    /// fills it: found once per build, the portal's menu links there.
    fn on_portal(&self, _site: &Site) -> bool {
        false
    }

    /// The kind's pages on the portal (none by default), in the order they are
    /// rendered; the 404 page is one, but not [`Route::listed`].
    fn portal_routes<'s>(&self, _r: &Renderer<'s>) -> Vec<Route<'s>> {
        Vec::new()
    }

    /// Adds to `print` what the kind's portal pages show of `village` beyond
    /// what nearly every portal page shows (its name, kind and kecamatan: see
    /// [`crate::render::PortalPrint`]). After an edit, the kind's portal pages
    /// are rendered again only when this changed; a kind whose pages show more
    /// of a village must say so here, or they go stale in `serve`.
    fn portal_shows(&self, _site: &Site, _village: &Village, _print: &mut Print) {}

    /// Those of the kind's portal routes that show `village`, when they are not
    /// all of them (`None`, the default): a kecamatan's page shows only its own
    /// villages.
    fn portal_routes_showing<'v>(&self, _village: &'v Village) -> Option<Vec<Route<'v>>> {
        None
    }

    /// Renders one of the routes that [`Kind::portal_routes`] gave; the
    /// pipeline calls it with no other route, so a kind without portal pages
    /// keeps this default.
    fn render_portal(
        &self,
        _r: &Renderer<'_>,
        _lang: &Lang<'_>,
        route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        unreachable!("{route:?} is not a portal page of this kind")
    }

    /// Writes the files other than pages that the kind adds to `village` (the
    /// budget data), once for all languages; returns how many.
    fn write_village_files(
        &self,
        _r: &Renderer<'_>,
        _village: &Village,
        _sink: &dyn Sink,
    ) -> Result<u64, Failure> {
        Ok(0)
    }

    /// The kind's pages of `village` (none by default), in the order they are rendered.
    fn village_routes<'v>(&self, _village: &'v Village) -> Vec<Route<'v>> {
        Vec::new()
    }

    /// Renders the kind's pages of one village in one language into `pages`.
    fn render_village(&self, _pages: &mut VillagePages<'_>) {}

    /// The label of the kind's entries in the search index, a theme text key
    /// (`layanan`); `None` (the default) when it has none. The index lists
    /// labels in the order of [`KINDS`].
    fn search_label(&self) -> Option<&'static str> {
        None
    }

    /// The kind's entries in the search index for `village` in `lang`.
    fn search_entries<'v>(
        &self,
        _r: &Renderer<'_>,
        _village: &'v Village,
        _lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        Vec::new()
    }

    /// The kind's entries in the Atom feeds of `village` and the portal,
    /// newest first.
    fn feed_items<'v>(&self, _village: &'v Village) -> Vec<FeedItem<'v>> {
        Vec::new()
    }

    /// The link-preview picture of the entry `key` of the kind's section in
    /// `village`, as a site path.
    fn entry_picture(&self, _village: &Village, _key: Key<'_>) -> Option<String> {
        None
    }

    /// A picture that stands for `village` in link previews, as a site path:
    /// only from entries marked as featured when `featured`.
    fn village_picture(&self, _village: &Village, _featured: bool) -> Option<String> {
        None
    }
}

/// One entry of an Atom feed.
pub(super) struct FeedItem<'v> {
    /// Its date: published and updated.
    pub date: Date,
    /// Its slug, which orders entries of the same date.
    pub slug: &'v str,
    /// Its title and summary.
    pub text: &'v Localized<DocText>,
    /// Its page.
    pub route: Route<'v>,
}

/// One entry of the search index: what it shows and the page it leads to.
pub(super) struct SearchEntry<'v> {
    /// The title shown.
    pub title: Shared,
    /// The text under it (a summary, a date).
    pub text: Shared,
    /// The page.
    pub route: Route<'v>,
}

/// The title of a document and the start of its summary, for the search index.
fn searchable(
    text: &crate::content::Localized<crate::content::DocText>,
    lang: &Lang<'_>,
    default: &str,
) -> (Shared, Shared) {
    use super::views::pick_doc;
    let title = pick_doc(text, lang.code, default, |d| d.title.as_ref());
    let summary = pick_doc(text, lang.code, default, |d| d.summary.as_ref());
    (
        Shared::from(title.map(|t| t.text).unwrap_or_default()),
        Shared::from(super::page::shorten(
            &summary.map(|t| t.text).unwrap_or_default(),
            90,
        )),
    )
}

/// Every kind, in the order their pages are rendered and listed: a new kind is
/// one line here.
/// The order is also that of a village's menu (services, tourism, budget,
/// news, then the village's own pages) and of the search index's labels.
pub(super) static KINDS: [&dyn Kind; 16] = [
    &portal::PortalHome,
    &portal::Districts,
    &search::Search,
    &home::VillageHome,
    &service::Services,
    &destination::Destinations,
    &budget::Budgets,
    &pembangunan::Projects,
    &statistik::Statistics,
    &produk::Products,
    &dokumen::PublicInformation,
    &dokumen::LegalProducts,
    &dokumen::Documents,
    &news::News,
    &halaman::Halaman,
    &portal::NotFound,
];

/// The section whose folder holds the Atom feeds (`/berita/atom.xml`,
/// `/<desa>/berita/atom.xml`), whichever kinds fill them.
pub(super) static FEED_SECTION: &Section = &news::SECTION;

/// The news section, which a village's home lists the latest of.
pub(super) static NEWS_SECTION: &Section = &news::SECTION;

/// The kind whose section is `section`.
pub(super) fn of_section(section: &Section) -> Option<&'static dyn Kind> {
    KINDS
        .iter()
        .copied()
        .find(|k| k.section().is_some_and(|s| std::ptr::eq(s, section)))
}

#[cfg(test)]
mod tests {
    use super::KINDS;
    use crate::build::BuildOptions;
    use crate::diagnostic::Report;
    use crate::render::Renderer;
    use crate::render::page::VillagePages;

    /// The sitemap and the link checker know a village's pages only through
    /// `village_routes`: every page the kinds render must be one of those
    /// routes, in the same order, and every route must be rendered.
    #[test]
    fn every_page_a_kind_renders_is_a_route_the_sitemap_lists() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut report = Report::new();
        let (setup, site) = crate::build::load_for_tests(&BuildOptions::new(root), &mut report);
        let renderer = Renderer::new(&site, &setup, root, &mut report).unwrap();
        let mut checked = 0;
        for village in &site.villages {
            for lang in &renderer.langs {
                let mut problems = Report::new();
                let mut pages = VillagePages::new(&renderer, village, lang, &mut problems);
                for kind in KINDS {
                    kind.render_village(&mut pages);
                }
                let rendered: Vec<String> = pages
                    .into_pages()
                    .into_iter()
                    .map(|(path, _)| path)
                    .collect();
                let routes: Vec<String> = renderer
                    .village_routes(village)
                    .into_iter()
                    .map(|route| renderer.path(route, lang))
                    .collect();
                assert!(!problems.has_errors(), "{problems:?}");
                assert_eq!(rendered, routes, "{} in {}", village.slug, lang.code);
                checked += rendered.len();
            }
        }
        // The sample has every kind: homes, pages, services, destinations,
        // budgets and news.
        assert!(checked > 50, "{checked} pages");
    }
}
