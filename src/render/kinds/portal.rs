//! The portal's own pages that no section owns: the portal home (every
//! district with its villages, and featured destinations) and the 404 page.

use super::Kind;
use super::destination::all_destinations;
use crate::diagnostic::Diagnostic;
use crate::render::route::Route;
use crate::render::views;
use crate::render::{FEATURED, Lang, Renderer};

/// The portal's home page.
pub(super) struct PortalHome;

impl Kind for PortalHome {
    fn portal_routes(&self, _r: &Renderer<'_>) -> Vec<Route<'static>> {
        vec![Route::Portal]
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let default = r.site.config.default_language();
        let title = views::pick(&r.site.title, lang.code, default).text;
        let description = r
            .site
            .description
            .as_ref()
            .map(|d| views::pick(d, lang.code, default).text)
            .unwrap_or_default();
        let mut ctx = r.base_context(Route::Portal, lang, &title, &description);
        let districts = views::districts(
            r.site,
            |v| r.path(Route::Village(&v.slug), lang),
            lang.code,
            default,
            &lang.strings.teks,
        );
        ctx.insert("districts", &districts);
        ctx.insert("featured", &featured(r, lang));
        ctx.insert("village_count", &r.site.villages.len());
        ctx.insert("breadcrumbs", &Vec::<()>::new());
        r.render("portal.html", &ctx)
    }
}

/// The destinations the portal home features: those marked `featured`, or any
/// when none is, A–Z, at most [`FEATURED`].
fn featured(r: &Renderer<'_>, lang: &Lang<'_>) -> Vec<views::DestinationView> {
    let mut all = all_destinations(r, lang);
    let featured_flags: Vec<bool> = r
        .site
        .villages
        .iter()
        .flat_map(|v| v.destinations.iter().map(|d| d.featured))
        .collect();
    let any_flagged = featured_flags.iter().any(|f| *f);
    let mut featured: Vec<_> = all
        .drain(..)
        .zip(featured_flags)
        .filter(|(_, flagged)| *flagged || !any_flagged)
        .map(|((_, view), _)| view)
        .collect();
    featured.sort_by_cached_key(|v| v.name.text.to_lowercase());
    featured.truncate(FEATURED);
    featured
}

/// The page served for an address the site does not have.
pub(super) struct NotFound;

impl Kind for NotFound {
    fn portal_routes(&self, _r: &Renderer<'_>) -> Vec<Route<'static>> {
        vec![Route::NotFound]
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let title = r.text(lang, "tidak_ditemukan");
        let mut ctx = r.base_context(Route::NotFound, lang, &title, "");
        ctx.insert("breadcrumbs", &Vec::<()>::new());
        r.render("404.html", &ctx)
    }
}
