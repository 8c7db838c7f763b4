//! Services (`layanan.yaml`): a village's service catalogue grouped by
//! category, one page per service with its GovernmentService JSON-LD, and the
//! portal's page of every service name with the villages offering it.

use super::{Kind, SearchEntry};
use crate::content::Site;
use crate::content::Village;
use crate::content::{Shared, SharedText};
use crate::diagnostic::Diagnostic;
use crate::render::format;
use crate::render::page::{VillagePages, json_ld, shorten_shared};
use crate::render::route::{Key, Route, Section};
use crate::render::schema;
use crate::render::shown::Print;
use crate::render::views::{self, Crumb, LangList, LangText, pick, pick_list, village_full_name};
use crate::render::{Lang, Renderer};
use crate::theme::Strings;
use serde::Serialize;
use std::collections::BTreeMap;

/// The services section: `/<desa>/layanan/<id>/`, and the portal's `/layanan/`.
pub(super) static SECTION: Section = Section {
    key: "layanan",
    files: false,
    article: false,
    shared: true,
};

/// The service catalogue of every village, and the portal's services page.
pub(super) struct Services;

impl Kind for Services {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        shown(village, print);
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.services.is_empty()
    }

    fn on_portal(&self, site: &Site) -> bool {
        site.villages.iter().any(|v| self.in_village(v))
    }

    fn portal_routes<'s>(&self, r: &Renderer<'s>) -> Vec<Route<'s>> {
        if !r.on_portal(&SECTION) {
            return Vec::new();
        }
        let default = r.site.config.default_language();
        std::iter::once(Route::PortalList(&SECTION, None))
            .chain(
                group_services(r.site, default, default)
                    .into_iter()
                    .map(|g| Route::PortalList(&SECTION, Some(g.page))),
            )
            .collect()
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        match route {
            Route::PortalList(_, Some(page)) => portal_service(r, lang, page),
            _ => portal_index(r, lang),
        }
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let keys = village.services.iter().map(|x| Key::Slug(&x.id));
        Route::list_and_entries(&SECTION, &village.slug, keys)
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        if pages.village.services.is_empty() {
            return;
        }
        let crumb_services = catalogue(pages);
        for service in &pages.village.services {
            service_page(pages, service, &crumb_services);
        }
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("layanan")
    }

    fn search_entries<'v>(
        &self,
        _r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let v = village.slug.as_str();
        village
            .services
            .iter()
            .map(|service| {
                // The shared texts themselves: thousands of villages word a service alike.
                let picked =
                    |t: &SharedText| t.translation(lang.code).unwrap_or(&t.default).clone();
                let summary = service.summary.as_ref().map(picked).unwrap_or_default();
                SearchEntry {
                    title: picked(&service.name),
                    text: shorten_shared(&summary, 90),
                    route: Route::Entry(&SECTION, v, Key::Slug(&service.id)),
                }
            })
            .collect()
    }
}

/// The village's service catalogue; returns its breadcrumb.
fn catalogue(pages: &mut VillagePages<'_>) -> Crumb {
    let village = pages.village;
    let lang = pages.lang;
    let route = Route::List(&SECTION, &village.slug, 1);
    let cards: Vec<_> = village
        .services
        .iter()
        .map(|sv| {
            ServiceView::new(
                sv,
                village,
                lang.code,
                pages.default,
                lang.strings,
                pages.path(Route::Entry(&SECTION, &village.slug, Key::Slug(&sv.id))),
            )
        })
        .collect();
    let other = lang.strings.teks.get("lainnya").map_or("", String::as_str);
    let services_title = pages.text("layanan_desa");
    let title = format!("{services_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    ctx.insert("groups", &service_groups(cards, other));
    pages.finish(route, "services.html", &ctx, Vec::new());
    Crumb {
        title: services_title,
        path: pages.path(route),
    }
}

/// One service's page, with its note's Markdown.
fn service_page(pages: &mut VillagePages<'_>, sv: &crate::content::Service, crumb: &Crumb) {
    let village = pages.village;
    let lang = pages.lang;
    let route = Route::Entry(&SECTION, &village.slug, Key::Slug(&sv.id));
    let view = ServiceView::new(
        sv,
        village,
        lang.code,
        pages.default,
        lang.strings,
        pages.path(route),
    );
    let description = view.summary.as_ref().map_or_else(
        || format!("{} · {}", view.name.text, pages.view.full_name),
        |s| s.text.clone(),
    );
    let crumbs = pages.crumbs([crumb.clone()]);
    let mut ctx = pages.context(route, &view.name.text.clone(), &description, crumbs);
    let mut problems = Vec::new();
    if let Some(note) = &sv.note {
        let (body, body_lang) = match note.translation(lang.code) {
            Some(t) if !lang.is_default => (t, ""),
            _ if lang.is_default => (&note.default, ""),
            _ => (&note.default, pages.default),
        };
        let mut rendered = pages.markdown(body, route);
        problems.append(&mut rendered.problems);
        ctx.insert(
            "note",
            &serde_json::json!({ "html": rendered.html, "lang": body_lang }),
        );
    }
    ctx.insert(
        "json_ld",
        &json_ld(&service_json_ld(pages.r, village, sv, &view, lang)),
    );
    ctx.insert("service", &view);
    pages.finish(route, "service.html", &ctx, problems);
}

/// schema.org `GovernmentService` for a service page, with the hours it is
/// available (the service's own, else the office's) when they are of the
/// usual form.
fn service_json_ld(
    r: &Renderer<'_>,
    village: &Village,
    service: &crate::content::Service,
    view: &ServiceView,
    lang: &Lang<'_>,
) -> serde_json::Value {
    let default = r.site.config.default_language();
    let profile = &village.profile;
    let teks = &lang.strings.teks;
    let full_name = views::village_full_name(profile.kind, &profile.name, teks);
    let url = r
        .site
        .config
        .base_url
        .as_ref()
        .map(|b| format!("{b}/{}", view.path));
    let office = profile.office.as_ref();
    let address = office
        .and_then(|o| o.address.as_ref())
        .map(|a| views::pick(a, lang.code, default).text);
    let mut area = vec![full_name.clone(), views::village_district(profile, teks)];
    area.extend(
        r.site
            .config
            .regency
            .iter()
            .map(|r| format!("Kabupaten {r}")),
    );
    let mut channel = serde_json::json!({ "@type": "ServiceChannel", "name": full_name });
    if let Some(tel) = office
        .and_then(|o| o.phone.as_deref())
        .and_then(schema::telephone)
    {
        channel["servicePhone"] = serde_json::json!({ "@type": "ContactPoint", "telephone": tel });
    }
    let place = service
        .place
        .as_ref()
        .map(|p| views::pick(p, lang.code, default).text)
        .unwrap_or_else(|| full_name.clone());
    channel["serviceLocation"] =
        serde_json::json!({ "@type": "Place", "name": place, "address": address });
    if let Some(u) = service.online.as_deref().or(url.as_deref()) {
        channel["serviceUrl"] = serde_json::json!(u);
    }
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": view.name.text,
        "serviceType": service.category.as_ref().map_or_else(|| view.name.text.clone(), |c| views::pick(c, lang.code, default).text),
        "provider": {
            "@type": "GovernmentOrganization",
            "name": format!("{} {full_name}", teks.get("pemerintah").map_or("", String::as_str)).trim().to_string(),
            "address": address,
        },
        "areaServed": { "@type": "AdministrativeArea", "name": area.join(", ") },
        "availableChannel": channel,
        "offers": { "@type": "Offer", "price": service.fee.to_string(), "priceCurrency": "IDR" },
    });
    if let Some(summary) = &view.summary {
        data["description"] = serde_json::json!(summary.text);
    }
    if let Some(url) = url {
        data["url"] = serde_json::json!(url);
    }
    let hours = service
        .hours
        .as_ref()
        .map(|h| &*h.default)
        .or_else(|| {
            office
                .and_then(|o| o.hours.as_ref())
                .map(|h| h.default.as_str())
        })
        .map(schema::opening_hours)
        .unwrap_or_default();
    if !hours.is_empty() {
        data["hoursAvailable"] = serde_json::json!(hours);
    }
    data
}

/// A downloadable form.
#[derive(Debug, Serialize)]
pub struct FormView {
    /// File name.
    name: String,
    /// Site path.
    path: String,
    /// `PDF`, `DOCX` ...
    kind: String,
    /// `12,5 KB`.
    size: String,
}

/// A file size for people: `850 B`, `12,5 KB`, `3,2 MB`.
pub fn file_size(bytes: u64, f: &crate::theme::Formats) -> String {
    if bytes < 1000 {
        format!("{bytes} B")
    } else if bytes < 1_000_000 {
        format!("{} KB", format::decimal(bytes as f64 / 1e3, 1, f))
    } else {
        format!("{} MB", format::decimal(bytes as f64 / 1e6, 1, f))
    }
}

/// A service as its pages show it, in one language.
#[derive(Debug, Serialize)]
pub struct ServiceView {
    id: Shared,
    /// Site path of the service page.
    pub path: String,
    /// Name.
    pub name: LangText,
    category: Option<LangText>,
    /// Summary.
    pub summary: Option<LangText>,
    requirements: LangList,
    steps: LangList,
    duration: LangText,
    fee: u64,
    fee_text: String,
    product: Option<LangText>,
    place: Option<LangText>,
    hours: Option<LangText>,
    hours_from_office: bool,
    legal_basis: Vec<Shared>,
    complaints: Option<LangText>,
    forms: Vec<FormView>,
    online: Option<Shared>,
    /// When the entry was last changed, for people (`12 Mei 2026`).
    updated: Option<String>,
    /// The same date as `2026-05-12`, for `<time datetime>`.
    updated_iso: Option<String>,
}

impl ServiceView {
    /// The view of `service` of `village` in `lang`, at site path `path`.
    pub fn new(
        service: &crate::content::Service,
        village: &Village,
        lang: &str,
        default: &str,
        strings: &Strings,
        path: String,
    ) -> Self {
        let f = &strings.format;
        let pick_opt = |t: &Option<SharedText>| t.as_ref().map(|t| pick(t, lang, default));
        let office_hours = village
            .profile
            .office
            .as_ref()
            .and_then(|o| o.hours.as_ref());
        let (hours, hours_from_office) = match (&service.hours, office_hours) {
            (Some(h), _) => (Some(pick(h, lang, default)), false),
            (None, Some(h)) => (Some(pick(h, lang, default)), true),
            (None, None) => (None, false),
        };
        ServiceView {
            id: service.id.clone(),
            path,
            name: pick(&service.name, lang, default),
            category: pick_opt(&service.category),
            summary: pick_opt(&service.summary),
            requirements: pick_list(&service.requirements, lang, default),
            steps: pick_list(&service.steps, lang, default),
            duration: pick(&service.duration, lang, default),
            fee: service.fee,
            fee_text: if service.fee == 0 {
                strings.teks.get("gratis").cloned().unwrap_or_default()
            } else {
                format::money(i128::from(service.fee) * 100, f)
            },
            product: pick_opt(&service.product),
            place: pick_opt(&service.place),
            hours,
            hours_from_office,
            updated: service.updated.map(|d| format::date(d, f)),
            updated_iso: service.updated.map(|d| d.to_string()),
            legal_basis: service.legal_basis.to_vec(),
            complaints: pick_opt(&service.complaints),
            forms: service
                .forms
                .iter()
                .map(|form| FormView {
                    name: form.rsplit('/').next().unwrap_or(form).to_string(),
                    path: crate::render::picture::published_path(
                        &village.slug,
                        form,
                        village.files.get(&**form),
                    ),
                    kind: form
                        .rsplit_once('.')
                        .map_or(String::new(), |(_, ext)| ext.to_uppercase()),
                    size: file_size(village.files.get(&**form).map_or(0, |i| i.size), f),
                })
                .collect(),
            online: service.online.clone(),
        }
    }
}

/// Services under one category.
#[derive(Debug, Serialize)]
pub struct ServiceGroup {
    /// Category label.
    title: LangText,
    /// Its services, A–Z.
    services: Vec<ServiceView>,
}

/// Groups services by category A–Z (uncategorised last), each group A–Z by name.
pub fn service_groups(views: Vec<ServiceView>, other: &str) -> Vec<ServiceGroup> {
    let mut groups: BTreeMap<(bool, String), ServiceGroup> = BTreeMap::new();
    for view in views {
        let title = view.category.clone().unwrap_or(LangText {
            text: other.to_string(),
            lang: String::new(),
        });
        let key = (view.category.is_none(), title.text.to_lowercase());
        groups
            .entry(key)
            .or_insert_with(|| ServiceGroup {
                title,
                services: Vec::new(),
            })
            .services
            .push(view);
    }
    groups
        .into_values()
        .map(|mut g| {
            g.services
                .sort_by_cached_key(|s| (s.name.text.to_lowercase(), s.id.clone()));
            g
        })
        .collect()
}

/// The portal's services page (`/layanan/`): every service name, grouped by
/// its first letter, with how many villages offer it, each leading to its own
/// page. At 217 villages the one list of every village's copy was 2,609 links.
fn portal_index(r: &Renderer<'_>, lang: &Lang<'_>) -> Result<String, Diagnostic> {
    let default = r.site.config.default_language();
    let route = Route::PortalList(&SECTION, None);
    let mut ctx = r.portal_section_context(route, lang, "layanan_portal", "layanan_portal_teks");
    let mut letters: Vec<ServiceLetter> = Vec::new();
    for group in group_services(r.site, lang.code, default) {
        let letter = group
            .name
            .text
            .chars()
            .next()
            .map_or_else(String::new, |c| c.to_uppercase().collect());
        let entry = ServiceName {
            path: r.path(Route::PortalList(&SECTION, Some(group.page)), lang),
            name: group.name,
            anchor: group.anchor,
            count: group.offers.len(),
        };
        match letters.last_mut() {
            Some(last) if last.letter == letter => last.services.push(entry),
            _ => letters.push(ServiceLetter {
                anchor: format!("huruf-{}", crate::content::suggest_slug(&letter)),
                letter,
                services: vec![entry],
            }),
        }
    }
    ctx.insert("letters", &letters);
    r.render("portal_services.html", &ctx)
}

/// The portal's page of one service name (`/layanan/<id>/`): the villages
/// offering it by kecamatan, with a jump list of the kecamatan.
fn portal_service(r: &Renderer<'_>, lang: &Lang<'_>, page: &str) -> Result<String, Diagnostic> {
    let default = r.site.config.default_language();
    let teks = &lang.strings.teks;
    let group = group_services(r.site, lang.code, default)
        .into_iter()
        .find(|g| g.page == page);
    // Every page route comes from the same grouping.
    let Some(group) = group else {
        return portal_index(r, lang);
    };
    let route = Route::PortalList(&SECTION, Some(group.page));
    let description = format!(
        "{} {} {}",
        r.text(lang, "tersedia_di"),
        group.offers.len(),
        r.text(lang, "jumlah_desa")
    );
    let mut ctx = r.base_context(route, lang, &group.name.text, &description);
    ctx.insert(
        "breadcrumbs",
        &vec![
            r.portal_crumb(lang),
            Crumb {
                title: r.text(lang, "layanan_portal"),
                path: r.path(Route::PortalList(&SECTION, None), lang),
            },
        ],
    );
    let mut by_district: BTreeMap<&str, Vec<Crumb>> = BTreeMap::new();
    for (village, service) in &group.offers {
        by_district
            .entry(village.profile.district.as_str())
            .or_default()
            .push(Crumb {
                title: village_full_name(village.profile.kind, &village.profile.name, teks),
                path: r.path(
                    Route::Entry(&SECTION, &village.slug, Key::Slug(&service.id)),
                    lang,
                ),
            });
    }
    let districts: Vec<ServiceDistrict> = by_district
        .into_iter()
        .enumerate()
        .map(|(i, (name, mut villages))| {
            villages.sort_by_cached_key(|v| v.title.to_lowercase());
            ServiceDistrict {
                anchor: format!("kec-{}", i + 1),
                name: views::named(teks, "pola_kecamatan", name),
                villages,
            }
        })
        .collect();
    ctx.insert("service_name", &group.name);
    ctx.insert("count", &group.offers.len());
    ctx.insert("districts", &districts);
    r.render("portal_service.html", &ctx)
}

/// The service names of one first letter on the portal's services page.
#[derive(Debug, Serialize)]
struct ServiceLetter {
    letter: String,
    anchor: String,
    services: Vec<ServiceName>,
}

/// The villages of one kecamatan that offer a service, on the service's
/// portal page.
#[derive(Debug, Serialize)]
struct ServiceDistrict {
    anchor: String,
    name: String,
    villages: Vec<Crumb>,
}

/// One service name across the portal: how many villages offer it, and its
/// portal page, which lists them.
#[derive(Debug, Serialize)]
pub struct ServiceName {
    name: LangText,
    anchor: String,
    /// How many villages offer it.
    pub count: usize,
    path: String,
}

/// The villages offering one service, as (village, its copy of the service).
type Offers<'s> = Vec<(&'s Village, &'s crate::content::Service)>;

/// One service name of the site and the villages offering it.
struct NameGroup<'s> {
    /// The name in the language asked for.
    name: LangText,
    /// A fragment id unique among the names.
    anchor: String,
    /// The folder of its portal page (`/layanan/<page>/`): the id of one of its
    /// copies, unique among the names and the same in every language.
    page: &'s str,
    /// Every copy, village by village.
    offers: Offers<'s>,
}

/// Every distinct service name of the site A–Z (in `lang`), with the (village,
/// service) pairs offering it. Names are matched in the default language,
/// ignoring case. A name all of whose ids an earlier name (A–Z in the default
/// language) already took for its page is left out: two names sharing one id
/// everywhere they appear.
fn group_services<'s>(site: &'s Site, lang: &str, default: &str) -> Vec<NameGroup<'s>> {
    type Group<'s> = (LangText, Offers<'s>);
    let mut by_name: BTreeMap<String, Group<'s>> = BTreeMap::new();
    for village in &site.villages {
        for service in &village.services {
            let key = service.name.default.to_lowercase();
            let name = pick(&service.name, lang, default);
            let entry = by_name
                .entry(key)
                .or_insert_with(|| (name.clone(), Vec::new()));
            if !entry.0.lang.is_empty() && name.lang.is_empty() {
                entry.0 = name;
            }
            entry.1.push((village, service));
        }
    }
    // Pages in the default language's A–Z order, so that they do not depend
    // on the language: each name takes the most common id of its copies that
    // no earlier name took.
    let mut pages: std::collections::HashSet<&'s str> = std::collections::HashSet::new();
    let mut groups: Vec<(Group<'s>, &'s str)> = Vec::new();
    for (_, (name, offers)) in by_name {
        let mut ids: BTreeMap<&'s str, usize> = BTreeMap::new();
        for (_, service) in &offers {
            *ids.entry(service.id.as_str()).or_default() += 1;
        }
        let mut ids: Vec<(&'s str, usize)> = ids.into_iter().collect();
        ids.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        if let Some((page, _)) = ids.into_iter().find(|(id, _)| !pages.contains(id)) {
            pages.insert(page);
            groups.push(((name, offers), page));
        }
    }
    groups.sort_by_cached_key(|((name, _), _)| name.text.to_lowercase());
    let mut taken = std::collections::HashSet::new();
    groups
        .into_iter()
        .map(|((name, offers), page)| {
            let base = match crate::content::suggest_slug(&name.text) {
                slug if slug.is_empty() => "layanan".to_string(),
                slug => slug,
            };
            let mut anchor = base.clone();
            let mut n = 1;
            while !taken.insert(anchor.clone()) {
                n += 1;
                anchor = format!("{base}-{n}");
            }
            NameGroup {
                name,
                anchor,
                page,
                offers,
            }
        })
        .collect()
}

/// Every distinct service name of the site A–Z, with how many villages offer
/// it and its portal page.
pub fn service_names(r: &Renderer<'_>, lang: &Lang<'_>) -> Vec<ServiceName> {
    let default = r.site.config.default_language();
    group_services(r.site, lang.code, default)
        .into_iter()
        .map(|g| ServiceName {
            path: r.path(Route::PortalList(&SECTION, Some(g.page)), lang),
            name: g.name,
            anchor: g.anchor,
            count: g.offers.len(),
        })
        .collect()
}

/// What the portal's pages show of `village`'s services: their names and
/// categories (the service pages list the villages that offer each name).
pub(super) fn shown(village: &Village, print: &mut Print) {
    for service in &village.services {
        print.add(&(&service.id, &service.name, &service.category));
    }
}
