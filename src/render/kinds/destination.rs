//! Destinations (`wisata/*.md`): a village's places to visit, one page per
//! place with its TouristAttraction JSON-LD, and the portal's page of every
//! destination by category. The portal home features some of them.

use super::{Kind, SearchEntry, searchable};
use crate::content::{Category, Destination, Site, Village};
use crate::content::{Text, phone_to_tel, phone_to_whatsapp};
use crate::diagnostic::Diagnostic;
use crate::render::format;
use crate::render::page::{VillagePages, json_ld};
use crate::render::picture::PhotoView;
use crate::render::route::{Key, Route, Section};
use crate::render::schema;
use crate::render::shown::Print;
use crate::render::views::{self, Crumb, LangList, LangText, pick, pick_doc, pick_list};
use crate::render::views::{village_district, village_full_name};
use crate::render::{Lang, Renderer};
use crate::theme::Strings;
use serde::Serialize;

/// The tourism section: `/<desa>/wisata/<slug>/` (`wisata/<slug>.md`), and
/// the portal's `/wisata/`.
pub(super) static SECTION: Section = Section {
    key: "wisata",
    files: true,
    article: false,
    shared: true,
};

/// The destinations of every village, and the portal's destinations page.
pub(super) struct Destinations;

impl Kind for Destinations {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        shown(village, print);
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.destinations.is_empty()
    }

    fn on_portal(&self, site: &Site) -> bool {
        site.villages.iter().any(|v| self.in_village(v))
    }

    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        r.portal_list(&SECTION)
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let route = Route::PortalList(&SECTION, None);
        let mut ctx = r.portal_section_context(route, lang, "wisata_portal", "wisata_portal_teks");
        ctx.insert("groups", &destination_groups(all_destinations(r, lang)));
        r.render("portal_destinations.html", &ctx)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let keys = village.destinations.iter().map(|x| Key::Slug(&x.slug));
        Route::list_and_entries(&SECTION, &village.slug, keys)
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

    fn search_label(&self) -> Option<&'static str> {
        Some("wisata")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let v = village.slug.as_str();
        village
            .destinations
            .iter()
            .map(|place| {
                let (title, text) = searchable(&place.text, lang, r.langs[0].code);
                let route = Route::Entry(&SECTION, v, Key::Slug(&place.slug));
                SearchEntry { title, text, route }
            })
            .collect()
    }

    fn entry_picture(&self, village: &Village, key: Key<'_>) -> Option<String> {
        let place = village
            .destinations
            .iter()
            .find(|d| Key::Slug(&d.slug) == key)?;
        cover(village, place)
    }

    fn village_picture(&self, village: &Village, featured: bool) -> Option<String> {
        village
            .destinations
            .iter()
            .filter(|d| d.featured || !featured)
            .find_map(|d| cover(village, d))
    }
}

/// The published path of a destination's first photo, when it is a picture.
fn cover(village: &Village, place: &Destination) -> Option<String> {
    let photo = place.photos.first()?;
    let info = village.files.get(&photo.file);
    info.and_then(|i| i.picture.as_ref())?;
    Some(crate::render::picture::published_path(
        &village.slug,
        &photo.file,
        info,
    ))
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
                    r.path(
                        Route::Entry(&SECTION, &village.slug, Key::Slug(&place.slug)),
                        lang,
                    ),
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
    let route = Route::List(&SECTION, &village.slug, 1);
    let village_path = pages.path(Route::Village(&village.slug));
    let cards: Vec<_> = village
        .destinations
        .iter()
        .map(|place| {
            let path = pages.path(Route::Entry(
                &SECTION,
                &village.slug,
                Key::Slug(&place.slug),
            ));
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
    let route = Route::Entry(&SECTION, &village.slug, Key::Slug(&place.slug));
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

/// schema.org `TouristAttraction` for a destination page. A Place has no
/// `offers` or `openingHours`: the tickets are on the page only, the hours go
/// in `openingHoursSpecification` when they are of the usual form.
fn destination_json_ld(
    r: &Renderer<'_>,
    village: &Village,
    place: &crate::content::Destination,
    view: &DestinationView,
    description: &str,
    lang: &Lang<'_>,
) -> serde_json::Value {
    let default = r.site.config.default_language();
    let teks = &lang.strings.teks;
    let base = r.site.config.base_url.as_deref();
    let absolute = |path: &str| base.map(|b| format!("{b}/{path}"));
    let village_name = views::village_full_name(village.profile.kind, &village.profile.name, teks);
    let locality = format!(
        "{village_name}, {}",
        views::village_district(&village.profile, teks)
    );
    let mut address = schema::address(locality, r.site.config.province.as_deref());
    if let Some(street) = &place.address {
        address["streetAddress"] = serde_json::json!(views::pick(street, lang.code, default).text);
    }
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
    let hours = place
        .hours
        .as_ref()
        .map(|h| schema::opening_hours(&h.default))
        .unwrap_or_default();
    if !hours.is_empty() {
        data["openingHoursSpecification"] = serde_json::json!(hours);
    }
    if !photos.is_empty() {
        data["photo"] = serde_json::json!(photos);
    }
    if let Some(url) = absolute(&view.path) {
        data["url"] = serde_json::json!(url);
    }
    data
}

/// One price line, formatted.
#[derive(Debug, Serialize)]
pub struct PriceView {
    kind: LangText,
    amount: String,
}

/// Links that open a place in map applications.
#[derive(Debug, Serialize)]
pub struct MapLinks {
    osm: String,
    geo: String,
    google: String,
}

impl MapLinks {
    /// Links for the point `lat`, `lon` labelled `name`.
    pub fn new(lat: f64, lon: f64, name: &str) -> Self {
        let encoded: String = name
            .bytes()
            .map(|b| match b {
                b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                    (b as char).to_string()
                }
                b' ' => "+".to_string(),
                _ => format!("%{b:02X}"),
            })
            .collect();
        MapLinks {
            osm: format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=16/{lat}/{lon}"),
            geo: format!("geo:{lat},{lon}?q={lat},{lon}({encoded})"),
            google: format!("https://www.google.com/maps/search/?api=1&query={lat},{lon}"),
        }
    }
}

/// A destination as its pages show it, in one language.
#[derive(Debug, Serialize)]
pub struct DestinationView {
    slug: String,
    /// Site path of its page.
    pub path: String,
    /// Name.
    pub name: LangText,
    category: &'static str,
    category_label: String,
    /// Summary.
    pub summary: Option<LangText>,
    village_name: String,
    village_path: String,
    district_name: String,
    lat: f64,
    lon: f64,
    address: Option<LangText>,
    hours: Option<LangText>,
    tickets: Vec<PriceView>,
    parking: Vec<PriceView>,
    free: bool,
    tickets_known: bool,
    price_text: String,
    facilities: LangList,
    operator: Option<LangText>,
    phone: Option<String>,
    tel: Option<String>,
    whatsapp: Option<String>,
    wa: Option<String>,
    website: Option<String>,
    /// Photos, the cover first.
    pub photos: Vec<PhotoView>,
    access: Option<LangText>,
    best_season: Option<LangText>,
    maps: MapLinks,
}

/// The photos of `place`, each described by its own alt text or else by the
/// place's name.
fn photo_views(
    place: &crate::content::Destination,
    village: &Village,
    name: &LangText,
    lang: &str,
    default: &str,
) -> Vec<PhotoView> {
    place
        .photos
        .iter()
        .map(|photo| {
            let alt = photo
                .alt
                .as_ref()
                .map_or_else(|| name.clone(), |a| pick(a, lang, default));
            PhotoView::new(
                &village.slug,
                &photo.file,
                village.files.get(&photo.file),
                alt,
            )
        })
        .collect()
}

impl DestinationView {
    /// The view of `place` of `village` in `lang`; `path` and `village_path` are site paths.
    pub fn new(
        place: &crate::content::Destination,
        village: &Village,
        lang: &str,
        default: &str,
        strings: &Strings,
        path: String,
        village_path: String,
    ) -> Self {
        let teks = &strings.teks;
        let f = &strings.format;
        let pick_opt = |t: &Option<Text>| t.as_ref().map(|t| pick(t, lang, default));
        let name = pick_doc(&place.text, lang, default, |d| d.title.as_ref()).unwrap_or(LangText {
            text: place.slug.clone(),
            lang: String::new(),
        });
        let money = |amount: u64| {
            if amount == 0 {
                teks.get("gratis").cloned().unwrap_or_default()
            } else {
                format::money(i128::from(amount) * 100, f)
            }
        };
        let price_view = |p: &crate::content::Price| PriceView {
            kind: pick(&p.kind, lang, default),
            amount: money(p.amount),
        };
        let price_text = match (place.is_free(), place.price_from()) {
            (Some(true), _) => teks.get("masuk_gratis").cloned().unwrap_or_default(),
            (_, Some(from)) => format!(
                "{} {}",
                teks.get("mulai_dari").map_or("", String::as_str),
                money(from)
            ),
            _ => String::new(),
        };
        let photos = photo_views(place, village, &name, lang, default);
        DestinationView {
            slug: place.slug.clone(),
            path,
            category: place.category.key(),
            category_label: teks
                .get(&format!("kategori_{}", place.category.key()))
                .cloned()
                .unwrap_or_default(),
            summary: pick_doc(&place.text, lang, default, |d| d.summary.as_ref()),
            village_name: village_full_name(village.profile.kind, &village.profile.name, teks),
            village_path,
            district_name: village_district(&village.profile, teks),
            lat: place.lat,
            lon: place.lon,
            address: pick_opt(&place.address),
            hours: pick_opt(&place.hours),
            tickets: place.tickets.iter().flatten().map(price_view).collect(),
            parking: place.parking.iter().map(price_view).collect(),
            free: place.is_free() == Some(true),
            tickets_known: place.tickets.is_some(),
            price_text,
            facilities: pick_list(&place.facilities, lang, default),
            operator: pick_opt(&place.operator),
            phone: place.contact.phone.clone(),
            tel: place.contact.phone.as_deref().and_then(phone_to_tel),
            whatsapp: place.contact.whatsapp.clone(),
            wa: place
                .contact
                .whatsapp
                .as_deref()
                .and_then(phone_to_whatsapp),
            website: place.contact.website.clone(),
            photos,
            access: pick_opt(&place.access),
            best_season: pick_opt(&place.best_season),
            maps: MapLinks::new(place.lat, place.lon, &name.text),
            name,
        }
    }
}

/// Destinations of one category.
#[derive(Debug, Serialize)]
pub struct DestinationGroup {
    label: String,
    key: &'static str,
    destinations: Vec<DestinationView>,
}

/// Groups destination views by category, in the categories' fixed order, each A–Z.
pub fn destination_groups(
    mut views: Vec<(crate::content::Category, DestinationView)>,
) -> Vec<DestinationGroup> {
    views.sort_by_cached_key(|(category, view)| (*category, view.name.text.to_lowercase()));
    let mut groups: Vec<DestinationGroup> = Vec::new();
    for (category, view) in views {
        match groups.last_mut() {
            Some(g) if g.key == category.key() => g.destinations.push(view),
            _ => groups.push(DestinationGroup {
                label: view.category_label.clone(),
                key: category.key(),
                destinations: vec![view],
            }),
        }
    }
    groups
}

/// What the portal's pages show of `village`'s destinations: everything their
/// cards show, not their descriptions.
pub(super) fn shown(village: &Village, print: &mut Print) {
    for place in &village.destinations {
        let titles: Vec<_> = place.text.all().map(|t| (&t.title, &t.summary)).collect();
        let photos: Vec<_> = (place.photos.iter())
            .map(|p| (p, village.files.get(&p.file)))
            .collect();
        print.add(&(&place.slug, &place.category, place.lat, place.lon));
        print.add(&(&place.tickets, photos, titles, &place.hours, place.featured));
    }
}
