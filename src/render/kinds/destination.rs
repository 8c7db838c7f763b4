//! Destinations (`wisata/*.md`): a village's places to visit, one page per
//! place with its TouristAttraction JSON-LD, and the portal's page of every
//! destination by category. The portal home features some of them.

use super::Kind;
use crate::content::{Category, Village};
use crate::diagnostic::Diagnostic;
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::Route;
use crate::render::views::{self, Crumb, DestinationView};
use crate::render::{Lang, Renderer};

/// The destinations of every village, and the portal's destinations page.
pub(super) struct Destinations;

impl Kind for Destinations {
    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        if r.sections.destinations {
            vec![Route::PortalDestinations]
        } else {
            Vec::new()
        }
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let title = r.text(lang, "wisata_portal");
        let description = r.text(lang, "wisata_portal_teks");
        let mut ctx = r.base_context(Route::PortalDestinations, lang, &title, &description);
        ctx.insert(
            "groups",
            &views::destination_groups(all_destinations(r, lang)),
        );
        ctx.insert("breadcrumbs", &vec![r.portal_crumb(lang)]);
        r.render("portal_destinations.html", &ctx)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        if village.destinations.is_empty() {
            return Vec::new();
        }
        std::iter::once(Route::Destinations(v))
            .chain(
                village
                    .destinations
                    .iter()
                    .map(|d| Route::Destination(v, &d.slug)),
            )
            .collect()
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        let village = pages.village;
        if village.destinations.is_empty() {
            return;
        }
        let (cards, crumb) = list(pages);
        for (place, view) in village.destinations.iter().zip(cards) {
            place_page(pages, place, view, &crumb);
        }
    }
}

/// Views of every destination of the site in `lang`, with their categories.
pub(super) fn all_destinations(
    r: &Renderer<'_>,
    lang: &Lang<'_>,
) -> Vec<(Category, DestinationView)> {
    let default = r.site.config.default_language();
    r.site
        .villages
        .iter()
        .flat_map(|village| {
            village.destinations.iter().map(move |place| {
                let view = DestinationView::new(
                    place,
                    village,
                    lang.code,
                    default,
                    lang.strings,
                    r.path(Route::Destination(&village.slug, &place.slug), lang),
                    r.path(Route::Village(&village.slug), lang),
                );
                (place.category, view)
            })
        })
        .collect()
}

/// The village's list of destinations; returns their views and the list's breadcrumb.
fn list(pages: &mut VillagePages<'_>) -> (Vec<DestinationView>, Crumb) {
    let village = pages.village;
    let lang = pages.lang;
    let route = Route::Destinations(&village.slug);
    let village_path = pages.path(Route::Village(&village.slug));
    let cards: Vec<_> = village
        .destinations
        .iter()
        .map(|place| {
            let path = pages.path(Route::Destination(&village.slug, &place.slug));
            DestinationView::new(
                place,
                village,
                lang.code,
                pages.default,
                lang.strings,
                path,
                village_path.clone(),
            )
        })
        .collect();
    let places_title = pages.text("wisata_desa");
    let title = format!("{places_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    ctx.insert("destinations", &cards);
    pages.finish(route, "destinations.html", &ctx, Vec::new());
    let crumb = Crumb {
        title: places_title,
        path: pages.path(route),
    };
    (cards, crumb)
}

/// One destination's page.
fn place_page(
    pages: &mut VillagePages<'_>,
    place: &crate::content::Destination,
    view: DestinationView,
    crumb: &Crumb,
) {
    let village = pages.village;
    let route = Route::Destination(&village.slug, &place.slug);
    let mut doc = pages.doc(&place.text, route);
    let problems = doc.take_problems();
    let description = doc.description();
    let crumbs = pages.crumbs([crumb.clone()]);
    let mut ctx = pages.context(route, &view.name.text.clone(), &description, crumbs);
    let data = destination_json_ld(pages.r, village, place, &view, &description, pages.lang);
    ctx.insert("json_ld", &json_ld(&data));
    ctx.insert("doc", &doc);
    ctx.insert("place", &view);
    pages.finish(route, "destination.html", &ctx, problems);
}

/// schema.org `TouristAttraction` for a destination page.
fn destination_json_ld(
    r: &Renderer<'_>,
    village: &Village,
    place: &crate::content::Destination,
    view: &views::DestinationView,
    description: &str,
    lang: &Lang<'_>,
) -> serde_json::Value {
    let default = r.site.config.default_language();
    let teks = &lang.strings.teks;
    let base = r.site.config.base_url.as_deref();
    let absolute = |path: &str| base.map(|b| format!("{b}/{path}"));
    let village_name = views::village_full_name(village.profile.kind, &village.profile.name, teks);
    let mut address = serde_json::json!({
        "@type": "PostalAddress",
        "addressLocality": village_name,
        "addressRegion": views::village_district(&village.profile, teks),
        "addressCountry": "ID",
    });
    if let Some(street) = &place.address {
        address["streetAddress"] = serde_json::json!(views::pick(street, lang.code, default).text);
    }
    let offers: Vec<_> = place
        .tickets
        .iter()
        .flatten()
        .map(|t| {
            serde_json::json!({
                "@type": "Offer",
                "name": views::pick(&t.kind, lang.code, default).text,
                "price": t.amount.to_string(),
                "priceCurrency": "IDR",
            })
        })
        .collect();
    let photos: Vec<_> = view
        .photos
        .iter()
        .map(|p| serde_json::json!({ "@type": "ImageObject", "contentUrl": absolute(&p.src).unwrap_or_else(|| p.src.clone()), "caption": p.alt.text }))
        .collect();
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "TouristAttraction",
        "name": view.name.text,
        "description": description,
        "geo": { "@type": "GeoCoordinates", "latitude": place.lat, "longitude": place.lon },
        "address": address,
        "containedInPlace": {
            "@type": "Place",
            "name": village_name,
            "url": absolute(&r.path(Route::Village(&village.slug), lang)),
        },
        "hasMap": format!("https://www.openstreetmap.org/?mlat={}&mlon={}", place.lat, place.lon),
    });
    if let Some(free) = place.is_free() {
        data["isAccessibleForFree"] = serde_json::json!(free);
    }
    if let Some(hours) = &place.hours {
        data["openingHours"] = serde_json::json!(views::pick(hours, lang.code, default).text);
    }
    if !offers.is_empty() {
        data["offers"] = serde_json::json!(offers);
    }
    if !photos.is_empty() {
        data["photo"] = serde_json::json!(photos);
    }
    if let Some(url) = absolute(&view.path) {
        data["url"] = serde_json::json!(url);
    }
    data
}
