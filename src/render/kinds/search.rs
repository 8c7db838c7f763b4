//! The search page (`/cari/`): what the search box leads to without
//! JavaScript, an A–Z list of everything searchable (services, destinations,
//! products, the villages' pages and the villages). The search index itself
//! is made in [`crate::render::discover`].

use super::{Kind, destination, news, produk, service};
use crate::diagnostic::Diagnostic;
use crate::render::route::{Key, Route};
use crate::render::views::{self, pick_doc};
use crate::render::{Lang, Renderer};

/// The portal's search page.
pub(super) struct Search;

impl Kind for Search {
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
    /// One destination or village page of the A–Z list.
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
            news_path: r.path(Route::List(&news::SECTION, &v.slug, 1), lang),
        })
        .collect();
    villages.sort_by(|a, b| a.sort.cmp(&b.sort));
    // Service names only, each linking to its villages on the portal's services
    // page: listing every village's copy here as well doubled the page.
    let services = service::service_names(r, lang);
    // A destination or a village's own page, for the list of its kind.
    let entry = |v: &crate::content::Village, text, route| {
        let name = pick_doc(text, lang.code, default, |t| t.title.as_ref());
        PlaceEntry {
            sort: name.as_ref().map(|n| n.text.to_lowercase()),
            name,
            path: r.path(route, lang),
            village: views::village_full_name(v.profile.kind, &v.profile.name, teks),
        }
    };
    let mut places: Vec<PlaceEntry> = Vec::new();
    let mut products: Vec<PlaceEntry> = Vec::new();
    // The villages' own pages too, so that the browser's find reaches them.
    let mut pages: Vec<PlaceEntry> = Vec::new();
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
    }
    places.sort_by(|a, b| a.sort.cmp(&b.sort));
    products.sort_by(|a, b| a.sort.cmp(&b.sort));
    pages.sort_by(|a, b| a.sort.cmp(&b.sort));
    let lists = [
        ("cari-wisata", r.text(lang, "wisata"), places),
        ("cari-produk", r.text(lang, "produk"), products),
        ("cari-halaman", r.text(lang, "halaman"), pages),
    ]
    .map(
        |(id, label, entries)| serde_json::json!({ "id": id, "label": label, "entries": entries }),
    );
    ctx.insert("lists", &lists);
    ctx.insert("villages", &villages);
    ctx.insert("services", &services);
    r.render("search.html", &ctx)
}
