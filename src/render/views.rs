//! What templates see: small serializable views of the model in one language.
//! Templates never see the model itself. Links are site paths (`kemiren/sejarah/`);
//! templates put the page's `root` in front of them.

use super::format;
use super::markdown::{self, Links};
use super::picture::PhotoView;
use crate::content::{
    DocText, Localized, News, Site, Text, Village, VillageKind, phone_to_tel, phone_to_whatsapp,
};
use crate::diagnostic::Diagnostic;
use crate::theme::Strings;
use serde::Serialize;
use std::collections::BTreeMap;

/// Text in the page's language, or in the default language with `lang` set to it
/// when there is no translation (templates then mark it with a `lang` attribute).
#[derive(Debug, Clone, Serialize, serde::Deserialize, PartialEq, Eq)]
pub struct LangText {
    /// The text.
    pub text: String,
    /// Empty when the text is in the page's language, else the language it is in.
    pub lang: String,
}

impl LangText {
    /// Text in the page's language.
    pub fn plain(text: &str) -> Self {
        LangText {
            text: text.to_string(),
            lang: String::new(),
        }
    }
}

/// Picks the text of `value` for `lang`, falling back to the default language.
pub fn pick(value: &Text, lang: &str, default: &str) -> LangText {
    if lang == default {
        return LangText {
            text: value.default.clone(),
            lang: String::new(),
        };
    }
    match value.translation(lang) {
        Some(text) => LangText {
            text: text.clone(),
            lang: String::new(),
        },
        None => LangText {
            text: value.default.clone(),
            lang: default.to_string(),
        },
    }
}

/// Picks an optional field of a document's text for `lang`.
pub fn pick_doc(
    doc: &Localized<DocText>,
    lang: &str,
    default: &str,
    field: fn(&DocText) -> Option<&String>,
) -> Option<LangText> {
    if lang != default {
        if let Some(text) = doc.translation(lang).and_then(field) {
            return Some(LangText {
                text: text.clone(),
                lang: String::new(),
            });
        }
    }
    field(&doc.default).map(|text| LangText {
        text: text.clone(),
        lang: if lang == default {
            String::new()
        } else {
            default.to_string()
        },
    })
}

/// A link target inside a village, resolved to a site path by the renderer.
pub enum Link<'a> {
    /// The village home.
    Home,
    /// A free page.
    Page(&'a str),
    /// The news list.
    NewsList,
    /// A news item.
    News(&'a str),
    /// The service catalogue.
    Services,
    /// The village's destinations.
    Destinations,
    /// The village's budgets.
    Budgets,
}

/// One breadcrumb.
#[derive(Debug, Clone, Serialize)]
pub struct Crumb {
    /// Label.
    pub title: String,
    /// Site path.
    pub path: String,
}

/// An official.
#[derive(Debug, Serialize)]
pub struct OfficialView {
    title: LangText,
    name: String,
}

/// The office and ways to reach it.
#[derive(Debug, Serialize)]
pub struct OfficeView {
    address: Option<LangText>,
    hours: Option<LangText>,
    phone: Option<String>,
    tel: Option<String>,
    whatsapp: Option<String>,
    wa: Option<String>,
    email: Option<String>,
}

/// Population figures, formatted.
#[derive(Debug, Serialize)]
pub struct PopulationView {
    total: Option<String>,
    male: Option<String>,
    female: Option<String>,
    households: Option<String>,
    year: Option<u32>,
}

/// A menu entry.
#[derive(Debug, Serialize)]
pub struct MenuItem {
    title: LangText,
    path: String,
}

/// A news item in a list.
#[derive(Debug, Serialize)]
pub struct NewsCard {
    title: LangText,
    summary: Option<LangText>,
    date_text: String,
    date_iso: String,
    path: String,
}

impl NewsCard {
    /// The card of `item` in `lang`, linking to `path`.
    pub fn new(item: &News, lang: &str, default: &str, strings: &Strings, path: String) -> Self {
        NewsCard {
            title: pick_doc(&item.text, lang, default, |d| d.title.as_ref()).unwrap_or(LangText {
                text: item.slug.clone(),
                lang: String::new(),
            }),
            summary: pick_doc(&item.text, lang, default, |d| d.summary.as_ref()),
            date_text: format::date(item.date, &strings.format),
            date_iso: item.date.to_string(),
            path,
        }
    }
}

/// Pagination of a list.
#[derive(Debug, Serialize)]
pub struct Pager {
    /// Current page, from 1.
    pub current: usize,
    /// Number of pages.
    pub total: usize,
    /// Site path of the previous page.
    pub prev: Option<String>,
    /// Site path of the next page.
    pub next: Option<String>,
    /// Every page.
    pub pages: Vec<PageLink>,
}

/// One page of a paginated list.
#[derive(Debug, Serialize)]
pub struct PageLink {
    /// Page number, from 1.
    pub number: usize,
    /// Site path.
    pub path: String,
}

/// A village as its pages show it, in one language.
#[derive(Debug, Serialize)]
pub struct VillageView {
    slug: String,
    /// Site path of the village home.
    pub path: String,
    name: String,
    /// "Desa Kemiren", "Kelurahan Gombengsari".
    pub full_name: String,
    kind: &'static str,
    kind_label: String,
    code: Option<String>,
    district: String,
    /// "Kecamatan Glagah" / "Glagah District".
    pub district_name: String,
    /// Slogan.
    pub motto: Option<LangText>,
    head: Option<OfficialView>,
    officials: Vec<OfficialView>,
    office: Option<OfficeView>,
    location: Option<BTreeMap<&'static str, f64>>,
    population: Option<PopulationView>,
    area: Option<String>,
    menu: Vec<MenuItem>,
    news_path: String,
    news_count: usize,
    services_path: Option<String>,
    service_count: usize,
    destinations_path: Option<String>,
    budgets_path: Option<String>,
    latest_news: Vec<NewsCard>,
}

/// The label of a village kind in the page's language.
fn kind_label(kind: VillageKind, teks: &BTreeMap<String, String>) -> (&'static str, String) {
    let key = match kind {
        VillageKind::Desa => "desa",
        VillageKind::Kelurahan => "kelurahan",
    };
    (key, teks.get(key).cloned().unwrap_or_default())
}

/// Fills a name into the UI pattern `key` (`Desa {}`, `{} Village`).
fn named(teks: &BTreeMap<String, String>, key: &str, name: &str) -> String {
    match teks.get(key) {
        Some(pattern) if pattern.contains("{}") => pattern.replace("{}", name),
        _ => name.to_string(),
    }
}

/// "Kecamatan Glagah" / "Glagah District", by the language's pattern.
pub fn village_district(
    profile: &crate::content::Profile,
    teks: &BTreeMap<String, String>,
) -> String {
    named(teks, "pola_kecamatan", &profile.district)
}

/// "Desa Kemiren" / "Kemiren Village", by the language's pattern.
pub fn village_full_name(kind: VillageKind, name: &str, teks: &BTreeMap<String, String>) -> String {
    let key = match kind {
        VillageKind::Desa => "pola_desa",
        VillageKind::Kelurahan => "pola_kelurahan",
    };
    named(teks, key, name)
}

impl VillageView {
    /// Builds the view of `village` in `lang`; `link` gives the site path of a target.
    pub fn new(
        village: &Village,
        lang: &str,
        default: &str,
        strings: &Strings,
        link: impl Fn(Link<'_>) -> String,
    ) -> Self {
        let p = &village.profile;
        let f = &strings.format;
        let (kind, label) = kind_label(p.kind, &strings.teks);
        let official = |o: &crate::content::Official| OfficialView {
            title: pick(&o.title, lang, default),
            name: o.name.clone(),
        };
        VillageView {
            slug: village.slug.clone(),
            path: link(Link::Home),
            name: p.name.clone(),
            full_name: village_full_name(p.kind, &p.name, &strings.teks),
            district_name: named(&strings.teks, "pola_kecamatan", &p.district),
            kind,
            kind_label: label,
            code: p.code.clone(),
            district: p.district.clone(),
            motto: p.motto.as_ref().map(|m| pick(m, lang, default)),
            head: p.head.as_ref().map(official),
            officials: p.officials.iter().map(official).collect(),
            office: p.office.as_ref().map(|o| OfficeView {
                address: o.address.as_ref().map(|t| pick(t, lang, default)),
                hours: o.hours.as_ref().map(|t| pick(t, lang, default)),
                phone: o.phone.clone(),
                tel: o.phone.as_deref().and_then(phone_to_tel),
                whatsapp: o.whatsapp.clone(),
                wa: o.whatsapp.as_deref().and_then(phone_to_whatsapp),
                email: o.email.clone(),
            }),
            location: p
                .location
                .map(|l| BTreeMap::from([("lat", l.lat), ("lon", l.lon)])),
            population: p.population.map(|pop| {
                let n = |v: Option<u64>| v.map(|v| format::integer(i128::from(v), f));
                PopulationView {
                    total: n(pop.total),
                    male: n(pop.male),
                    female: n(pop.female),
                    households: n(pop.households),
                    year: pop.year,
                }
            }),
            area: p.area_km2.map(|a| format::decimal(a, 2, f)),
            menu: village
                .pages
                .iter()
                .map(|page| MenuItem {
                    title: pick_doc(&page.text, lang, default, |d| d.title.as_ref()).unwrap_or(
                        LangText {
                            text: page.slug.clone(),
                            lang: String::new(),
                        },
                    ),
                    path: link(Link::Page(&page.slug)),
                })
                .collect(),
            news_path: link(Link::NewsList),
            news_count: village.news.len(),
            services_path: (!village.services.is_empty()).then(|| link(Link::Services)),
            service_count: village.services.len(),
            destinations_path: (!village.destinations.is_empty()).then(|| link(Link::Destinations)),
            budgets_path: (!village.budgets.is_empty()).then(|| link(Link::Budgets)),
            latest_news: village
                .news
                .iter()
                .take(5)
                .map(|n| NewsCard::new(n, lang, default, strings, link(Link::News(&n.slug))))
                .collect(),
        }
    }
}

/// A document's text rendered for one page in one language.
#[derive(Debug, Serialize)]
pub struct DocView {
    /// Title.
    pub title: LangText,
    summary: Option<LangText>,
    html: String,
    /// The language of the body when it is not the page's (untranslated).
    body_lang: String,
    /// A plain-text excerpt of the body.
    #[serde(skip)]
    pub excerpt: String,
    #[serde(skip)]
    problems: Vec<Diagnostic>,
}

impl DocView {
    /// Renders `doc` for `lang`: its translation when there is one, else the
    /// default text marked as untranslated.
    pub fn new(
        doc: &Localized<DocText>,
        lang: &str,
        default: &str,
        raw_html: bool,
        links: &Links<'_>,
    ) -> Self {
        let translated_body = (lang != default)
            .then(|| doc.translation(lang))
            .flatten()
            .map(|t| &t.body)
            .filter(|b| !b.text.trim().is_empty());
        let (body, body_lang) = match translated_body {
            Some(body) => (body, String::new()),
            None if lang == default || doc.default.body.text.trim().is_empty() => {
                (&doc.default.body, String::new())
            }
            None => (&doc.default.body, default.to_string()),
        };
        let rendered = markdown::render(body, raw_html, links);
        DocView {
            title: pick_doc(doc, lang, default, |d| d.title.as_ref()).unwrap_or(LangText {
                text: String::new(),
                lang: String::new(),
            }),
            summary: pick_doc(doc, lang, default, |d| d.summary.as_ref()),
            html: rendered.html,
            body_lang,
            excerpt: rendered.excerpt,
            problems: rendered.problems,
        }
    }

    /// The meta description: the summary, else the start of the text.
    pub fn description(&self) -> String {
        self.summary
            .as_ref()
            .map_or_else(|| self.excerpt.clone(), |s| s.text.clone())
    }

    /// Moves the problems found in the document's links out of the view.
    pub fn take_problems(&mut self) -> Vec<Diagnostic> {
        std::mem::take(&mut self.problems)
    }
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
    villages: Vec<VillageCard>,
}

/// The villages grouped by kecamatan, both A–Z.
pub fn districts(
    site: &Site,
    path_of: impl Fn(&Village) -> String,
    lang: &str,
    default: &str,
    teks: &BTreeMap<String, String>,
) -> Vec<DistrictView> {
    let mut groups: BTreeMap<String, Vec<&Village>> = BTreeMap::new();
    for v in &site.villages {
        groups
            .entry(v.profile.district.clone())
            .or_default()
            .push(v);
    }
    groups
        .into_iter()
        .map(|(name, mut villages)| {
            villages.sort_by(|a, b| {
                a.profile
                    .name
                    .to_lowercase()
                    .cmp(&b.profile.name.to_lowercase())
                    .then(a.slug.cmp(&b.slug))
            });
            DistrictView {
                full_name: named(teks, "pola_kecamatan", &name),
                name,
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
        .collect()
}

/// A list of texts in the page's language or, untranslated, in the default one.
#[derive(Debug, Clone, Serialize)]
pub struct LangList {
    items: Vec<String>,
    lang: String,
}

fn pick_list(value: &Localized<Vec<String>>, lang: &str, default: &str) -> LangList {
    match value.translation(lang) {
        Some(items) if lang != default => LangList {
            items: items.clone(),
            lang: String::new(),
        },
        _ => LangList {
            items: value.default.clone(),
            lang: if lang == default {
                String::new()
            } else {
                default.to_string()
            },
        },
    }
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
    id: String,
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
    legal_basis: Vec<String>,
    complaints: Option<LangText>,
    forms: Vec<FormView>,
    online: Option<String>,
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
        let pick_opt = |t: &Option<Text>| t.as_ref().map(|t| pick(t, lang, default));
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
            legal_basis: service.legal_basis.clone(),
            complaints: pick_opt(&service.complaints),
            forms: service
                .forms
                .iter()
                .map(|form| FormView {
                    name: form.rsplit('/').next().unwrap_or(form).to_string(),
                    path: super::picture::published_path(
                        &village.slug,
                        form,
                        village.files.get(form),
                    ),
                    kind: form
                        .rsplit_once('.')
                        .map_or(String::new(), |(_, ext)| ext.to_uppercase()),
                    size: file_size(village.files.get(form).map_or(0, |i| i.size), f),
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
            g.services.sort_by(|a, b| {
                a.name
                    .text
                    .to_lowercase()
                    .cmp(&b.name.text.to_lowercase())
                    .then(a.id.cmp(&b.id))
            });
            g
        })
        .collect()
}

/// One service name across the portal and the villages that offer it.
#[derive(Debug, Serialize)]
pub struct PortalService {
    name: LangText,
    /// The fragment id of this service on the portal's services page.
    anchor: String,
    villages: Vec<Crumb>,
}

/// One service name for the A–Z search page: how many villages offer it, and
/// where on the portal's services page they are listed.
#[derive(Debug, Serialize)]
pub struct ServiceName {
    name: LangText,
    anchor: String,
    count: usize,
}

/// The villages offering one service, as (village, its copy of the service).
type Offers<'s> = Vec<(&'s Village, &'s crate::content::Service)>;

/// Every distinct service name of the site A–Z, with the (village, service)
/// pairs offering it, in no particular order, and a fragment id unique on the
/// page. Names are matched in the default language, ignoring case.
fn group_services<'s>(
    site: &'s Site,
    lang: &str,
    default: &str,
) -> Vec<(LangText, String, Offers<'s>)> {
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
    let mut groups: Vec<Group<'s>> = by_name.into_values().collect();
    groups.sort_by_cached_key(|(name, _)| name.text.to_lowercase());
    let mut taken = std::collections::HashSet::new();
    groups
        .into_iter()
        .map(|(name, offers)| {
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
            (name, anchor, offers)
        })
        .collect()
}

/// Every distinct service name of the site A–Z, with the villages offering it.
pub fn portal_services(
    site: &Site,
    lang: &str,
    default: &str,
    teks: &BTreeMap<String, String>,
    service_path: impl Fn(&Village, &crate::content::Service) -> String,
) -> Vec<PortalService> {
    group_services(site, lang, default)
        .into_iter()
        .map(|(name, anchor, offers)| {
            let mut villages: Vec<Crumb> = offers
                .into_iter()
                .map(|(village, service)| Crumb {
                    title: village_full_name(village.profile.kind, &village.profile.name, teks),
                    path: service_path(village, service),
                })
                .collect();
            villages.sort_by_cached_key(|v| v.title.to_lowercase());
            PortalService {
                name,
                anchor,
                villages,
            }
        })
        .collect()
}

/// Every distinct service name of the site A–Z, with how many villages offer it.
pub fn service_names(site: &Site, lang: &str, default: &str) -> Vec<ServiceName> {
    group_services(site, lang, default)
        .into_iter()
        .map(|(name, anchor, offers)| ServiceName {
            name,
            anchor,
            count: offers.len(),
        })
        .collect()
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
        let photos = place
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
            .collect();
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
    views.sort_by(|a, b| {
        a.0.cmp(&b.0).then_with(|| {
            a.1.name
                .text
                .to_lowercase()
                .cmp(&b.1.name.text.to_lowercase())
        })
    });
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
