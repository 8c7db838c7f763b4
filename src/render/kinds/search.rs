//! The search page (`/cari/`): what the search box leads to without
//! JavaScript, an A–Z list of everything searchable. The search index itself
//! is made in [`crate::render::discover`].

use super::Kind;
use crate::diagnostic::Diagnostic;
use crate::render::route::Route;
use crate::render::views::{self, pick_doc};
use crate::render::{Lang, Renderer};

/// The portal's search page.
pub(super) struct Search;

impl Kind for Search {
    fn portal_routes(&self, _r: &Renderer<'_>) -> Vec<Route<'static>> {
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

/// The search page (`/cari/`): what the search box leads to without
/// JavaScript, an A–Z list of everything searchable. With JavaScript, it shows
/// the results for `?q=` on top.
fn search_page(r: &Renderer<'_>, lang: &Lang<'_>) -> Result<String, Diagnostic> {
    let default = r.langs[0].code;
    let teks = &lang.strings.teks;
    let mut ctx = r.portal_section_context(Route::Search, lang, "cari_judul", "cari_teks");
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
    /// One destination of the A–Z list.
    #[derive(serde::Serialize)]
    struct PlaceEntry {
        #[serde(skip)]
        sort: Option<String>,
        name: Option<views::LangText>,
        path: String,
        village: String,
    }
    let mut villages: Vec<VillageEntry> = r
        .site
        .villages
        .iter()
        .map(|v| VillageEntry {
            sort: v.profile.name.to_lowercase(),
            title: views::village_full_name(v.profile.kind, &v.profile.name, teks),
            district: views::village_district(&v.profile, teks),
            path: r.path(Route::Village(&v.slug), lang),
            news_path: r.path(Route::NewsList(&v.slug, 1), lang),
        })
        .collect();
    villages.sort_by(|a, b| a.sort.cmp(&b.sort));
    // Service names only, each linking to its villages on the portal's services
    // page: listing every village's copy here as well doubled the page.
    let services = super::service::service_names(r.site, lang.code, default);
    ctx.insert("services_page", &r.path(Route::PortalServices, lang));
    let mut places: Vec<PlaceEntry> = r
        .site
        .villages
        .iter()
        .flat_map(|v| v.destinations.iter().map(move |d| (v, d)))
        .map(|(v, d)| {
            let name = pick_doc(&d.text, lang.code, default, |t| t.title.as_ref());
            PlaceEntry {
                sort: name.as_ref().map(|n| n.text.to_lowercase()),
                name,
                path: r.path(Route::Destination(&v.slug, &d.slug), lang),
                village: views::village_full_name(v.profile.kind, &v.profile.name, teks),
            }
        })
        .collect();
    places.sort_by(|a, b| a.sort.cmp(&b.sort));
    ctx.insert("villages", &villages);
    ctx.insert("services", &services);
    ctx.insert("places", &places);
    r.render("search.html", &ctx)
}
