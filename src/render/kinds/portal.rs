//! The portal's own pages that no section owns: the portal home (a jump list
//! of the kecamatan, the services most villages offer, every kecamatan with
//! its villages, then the destinations admins marked `unggulan`), one page per
//! kecamatan on a portal of many villages (the home then lists the kecamatan
//! only), and the 404 page.

use super::Kind;
use super::destination::{DestinationView, all_destinations};
use crate::content::{Site, Village};
use crate::diagnostic::Diagnostic;
use crate::render::route::{Route, Section};
use crate::render::shown::Print;
use crate::render::views;
use crate::render::views::{LangText, kind_label, named, pick};
use crate::render::{FEATURED, Lang, Renderer};
use serde::Serialize;
use std::collections::BTreeMap;

/// The portal's home page, and its kecamatan pages.
pub(super) struct PortalHome;

/// The kecamatan pages (`/kecamatan/<slug>/`) of a portal with more villages
/// than site.yaml's `batas_daftar_desa`: `PortalList(&DISTRICTS, Some(slug))`.
pub(super) static DISTRICTS: Section = Section {
    key: "kecamatan",
    files: false,
    article: false,
    shared: false,
};

/// Whether the portal home lists the kecamatan only, each with a page of its
/// own villages.
fn district_pages(site: &Site) -> bool {
    site.villages.len() > site.config.district_pages_above
}

impl Kind for PortalHome {
    fn portal_routes<'s>(&self, r: &Renderer<'s>) -> Vec<Route<'s>> {
        // A one-village site's front page is the village home.
        match r.single {
            Some(_) => Vec::new(),
            None => vec![Route::Portal],
        }
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        portal_home(r, lang)
    }

    fn portal_shows(&self, site: &Site, village: &Village, print: &mut Print) {
        // Its card, when the home lists the villages themselves.
        if !district_pages(site) {
            print.add(&village.profile.motto);
        }
        super::service::shown(village, print);
        super::destination::shown(village, print);
        print.add(&village.dokumen);
    }
}

/// The kecamatan pages of a portal of many villages.
pub(super) struct Districts;

impl Kind for Districts {
    fn portal_routes<'s>(&self, r: &Renderer<'s>) -> Vec<Route<'s>> {
        if r.single.is_some() || !district_pages(r.site) {
            return Vec::new();
        }
        let site: &'s Site = r.site;
        let slugs: std::collections::BTreeSet<&'s str> = site
            .villages
            .iter()
            .map(|v| v.profile.district_slug.as_str())
            .collect();
        slugs
            .into_iter()
            .map(|s| Route::PortalList(&DISTRICTS, Some(s)))
            .collect()
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        match route {
            Route::PortalList(_, Some(slug)) => district_page(r, lang, route, slug),
            _ => portal_home(r, lang),
        }
    }

    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        // Its card and its notices.
        print.add(&village.profile.motto);
        print.add(&village.dokumen);
    }

    fn portal_routes_showing<'v>(&self, village: &'v Village) -> Option<Vec<Route<'v>>> {
        let slug = village.profile.district_slug.as_str();
        Some(vec![Route::PortalList(&DISTRICTS, Some(slug))])
    }
}

/// The portal's home page: the kecamatan (with their villages, or linking to
/// their pages), the services most villages offer, the featured destinations.
fn portal_home(r: &Renderer<'_>, lang: &Lang<'_>) -> Result<String, Diagnostic> {
    let default = r.site.config.default_language();
    let title = views::pick(&r.site.title, lang.code, default).text;
    let description = r
        .site
        .description
        .as_ref()
        .map(|d| views::pick(d, lang.code, default).text)
        .unwrap_or_default();
    let mut ctx = r.base_context(Route::Portal, lang, &title, &description);
    let paged = district_pages(r.site);
    let mut districts = districts(
        r.site.villages.iter().map(|v| &**v),
        |v| r.path(Route::Village(&v.slug), lang),
        lang.code,
        default,
        &lang.strings.teks,
    );
    if paged {
        for d in &mut districts {
            d.path = Some(r.path(Route::PortalList(&DISTRICTS, Some(&d.slug)), lang));
            d.villages.clear();
        }
    }
    ctx.insert("districts", &districts);
    ctx.insert("district_pages", &paged);
    ctx.insert("featured", &featured(r, lang));
    // The services most villages offer, most first.
    let mut services = super::service::service_names(r, lang);
    services.sort_by_key(|s| std::cmp::Reverse(s.count));
    services.truncate(PORTAL_SERVICES);
    ctx.insert("services", &services);
    ctx.insert("village_count", &r.site.villages.len());
    let all = r.site.villages.iter().map(|v| &**v);
    ctx.insert("notices", &super::dokumen::portal_notices(r, lang, all));
    ctx.insert("breadcrumbs", &Vec::<()>::new());
    r.render("portal.html", &ctx)
}

/// The page of one kecamatan (`slug`): its villages, A–Z.
fn district_page(
    r: &Renderer<'_>,
    lang: &Lang<'_>,
    route: Route<'_>,
    slug: &str,
) -> Result<String, Diagnostic> {
    let default = r.site.config.default_language();
    let teks = &lang.strings.teks;
    let in_district = r.villages_in_district(slug);
    let district = districts(
        in_district.iter().copied(),
        |v| r.path(Route::Village(&v.slug), lang),
        lang.code,
        default,
        teks,
    )
    .into_iter()
    .find(|d| d.slug == slug);
    // Every kecamatan route comes from the same villages.
    let Some(district) = district else {
        return portal_home(r, lang);
    };
    let description = named(teks, "kecamatan_teks", &district.full_name);
    let mut ctx = r.portal_page_context(route, lang, &district.full_name, &description);
    ctx.insert("district", &district);
    let notices = super::dokumen::portal_notices(r, lang, in_district.iter().copied());
    ctx.insert("notices", &notices);
    r.render("portal_kecamatan.html", &ctx)
}

/// How many service names the portal home lists (those most villages offer).
const PORTAL_SERVICES: usize = 8;

/// The destinations the portal home features: only those an admin marked
/// `unggulan: true`, A–Z, at most [`FEATURED`]. When none is marked, none is
/// featured (the home links to every destination instead): picking the
/// alphabetically first villages' places was no choice anyone made.
fn featured(r: &Renderer<'_>, lang: &Lang<'_>) -> Vec<DestinationView> {
    let flags = r
        .site
        .villages
        .iter()
        .flat_map(|v| v.destinations.iter().map(|d| d.featured));
    let mut featured: Vec<_> = all_destinations(r, lang)
        .into_iter()
        .zip(flags)
        .filter(|(_, flagged)| *flagged)
        .map(|((_, view), _)| view)
        .collect();
    featured.sort_by_cached_key(|v| v.name.text.to_lowercase());
    featured.truncate(FEATURED);
    featured
}

/// A village in the portal's list.
#[derive(Debug, Serialize)]
pub struct VillageCard {
    name: String,
    kind: &'static str,
    kind_label: String,
    motto: Option<LangText>,
    path: String,
}

/// A kecamatan and its villages, A–Z.
#[derive(Debug, Serialize)]
pub struct DistrictView {
    name: String,
    full_name: String,
    /// Its address on the portal (`kecamatan/glagah`) and, when it has a page
    /// of its own, that page's path.
    slug: String,
    path: Option<String>,
    count: usize,
    villages: Vec<VillageCard>,
}

/// The villages grouped by kecamatan (kecamatan whose names share a slug are
/// one), both A–Z.
pub fn districts<'v>(
    villages: impl IntoIterator<Item = &'v Village>,
    path_of: impl Fn(&Village) -> String,
    lang: &str,
    default: &str,
    teks: &BTreeMap<String, String>,
) -> Vec<DistrictView> {
    let mut groups: BTreeMap<String, Vec<&Village>> = BTreeMap::new();
    for v in villages {
        groups
            .entry(v.profile.district_slug.clone())
            .or_default()
            .push(v);
    }
    let mut views: Vec<DistrictView> = groups
        .into_iter()
        .map(|(slug, mut villages)| {
            let name = villages
                .iter()
                .map(|v| v.profile.district.clone())
                .min()
                .unwrap_or_default();
            villages.sort_by_cached_key(|v| (v.profile.name.to_lowercase(), v.slug.clone()));
            DistrictView {
                full_name: named(teks, "pola_kecamatan", &name),
                name,
                slug,
                path: None,
                count: villages.len(),
                villages: villages
                    .into_iter()
                    .map(|v| {
                        let (kind, kind_label) = kind_label(v.profile.kind, teks);
                        VillageCard {
                            name: v.profile.name.clone(),
                            kind,
                            kind_label,
                            motto: v.profile.motto.as_ref().map(|m| pick(m, lang, default)),
                            path: path_of(v),
                        }
                    })
                    .collect(),
            }
        })
        .collect();
    views.sort_by(|a, b| a.name.cmp(&b.name));
    views
}

/// The page served for an address the site does not have.
pub(super) struct NotFound;

impl Kind for NotFound {
    fn portal_routes<'s>(&self, _r: &Renderer<'s>) -> Vec<Route<'s>> {
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
