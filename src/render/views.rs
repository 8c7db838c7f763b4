//! What templates see: small serializable views of the model in one language.
//! Templates never see the model itself. Links are site paths (`kemiren/sejarah/`);
//! templates put the page's `root` in front of them.

use super::format;
use super::kinds::NEWS_SECTION;
use super::markdown::{self, Links};
use super::route::{Key, Route};
use crate::content::{
    DocText, Localized, News, Village, VillageKind, phone_to_tel, phone_to_whatsapp,
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
pub fn pick<T: AsRef<str>>(value: &Localized<T>, lang: &str, default: &str) -> LangText {
    let text = |t: &T| t.as_ref().to_string();
    if lang == default {
        return LangText {
            text: text(&value.default),
            lang: String::new(),
        };
    }
    match value.translation(lang) {
        Some(t) => LangText {
            text: text(t),
            lang: String::new(),
        },
        None => LangText {
            text: text(&value.default),
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

/// A link to a section (services, tourism ...) in a menu.
#[derive(Debug, Clone, Serialize)]
pub struct SectionLink {
    /// The section's key, also the theme text of its label (`layanan`).
    pub key: &'static str,
    /// Site path of the section's page.
    pub path: String,
}

impl SectionLink {
    /// The links by section key, for templates that pick one
    /// (`portal_links.wisata`).
    pub fn by_key(links: &[SectionLink]) -> BTreeMap<&'static str, &str> {
        links.iter().map(|l| (l.key, l.path.as_str())).collect()
    }
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
    /// The page is not in the menu's language (its title, in the default
    /// language, carries `lang`): menus mark it for readers of that language.
    untranslated: bool,
}

/// A logo as the header shows it: a picture variant about twice the height
/// it is drawn at, with its alt text; a logo drawn from SVG gives its 1x and
/// 2x PNG files as `srcset` too.
#[derive(Debug, Serialize)]
pub struct LogoView {
    /// Site path of the variant.
    pub src: String,
    /// For a logo drawn at 1x and 2x: each file with its density.
    srcset: Vec<Density>,
    /// "Lambang Desa Kemiren".
    alt: String,
    /// Drawn size in CSS pixels (the height is [`LOGO_HEIGHT`]).
    width: u32,
    height: u32,
}

/// One file of a `srcset` and the pixel density it is for.
#[derive(Debug, Serialize)]
struct Density {
    src: String,
    x: u32,
}

/// How tall the header draws a logo, in CSS pixels.
pub const LOGO_HEIGHT: u32 = crate::media::svg::LOGO_HEIGHT;

impl LogoView {
    /// The logo `file` of `village`, named `alt`; `None` when it is no
    /// published picture.
    pub fn new(village: &Village, file: &str, alt: String) -> Option<Self> {
        let picture = village.files.get(file)?.picture.as_deref()?;
        Self::of(picture, &format!("{}/", village.slug), alt)
    }

    /// The logo `picture`, whose variants are published under `prefix`.
    pub fn of(picture: &crate::media::Picture, prefix: &str, alt: String) -> Option<Self> {
        let variants: Vec<_> = picture.of(picture.fallback()).collect();
        let variant = variants
            .iter()
            .find(|v| v.height >= 2 * LOGO_HEIGHT)
            .or(variants.last())?;
        let width = (u64::from(LOGO_HEIGHT) * u64::from(picture.width))
            .div_ceil(u64::from(picture.height.max(1)));
        let at = |x: u32| variants.iter().find(|v| v.height == x * LOGO_HEIGHT);
        let (srcset, src) = match (at(1), at(2)) {
            (Some(one), Some(two)) => (
                vec![
                    Density {
                        src: format!("{prefix}{}", one.name),
                        x: 1,
                    },
                    Density {
                        src: format!("{prefix}{}", two.name),
                        x: 2,
                    },
                ],
                format!("{prefix}{}", one.name),
            ),
            _ => (Vec::new(), format!("{prefix}{}", variant.name)),
        };
        Some(LogoView {
            src,
            srcset,
            alt,
            width: u32::try_from(width).unwrap_or(LOGO_HEIGHT),
            height: LOGO_HEIGHT,
        })
    }
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
    /// The village's coat of arms, shown beside its name.
    pub logo: Option<LogoView>,
    /// The village's sections, in menu order.
    sections: Vec<SectionLink>,
    /// The same paths by section key (`village.links.layanan`).
    links: BTreeMap<&'static str, String>,
    news_count: usize,
    service_count: usize,
    latest_news: Vec<NewsCard>,
}

/// The label of a village kind in the page's language.
pub fn kind_label(kind: VillageKind, teks: &BTreeMap<String, String>) -> (&'static str, String) {
    let key = match kind {
        VillageKind::Desa => "desa",
        VillageKind::Kelurahan => "kelurahan",
    };
    (key, teks.get(key).cloned().unwrap_or_default())
}

/// Fills a name into the UI pattern `key` (`Desa {}`, `{} Village`).
pub fn named(teks: &BTreeMap<String, String>, key: &str, name: &str) -> String {
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

impl OfficeView {
    fn new(o: &crate::content::Office, lang: &str, default: &str) -> Self {
        OfficeView {
            address: o.address.as_ref().map(|t| pick(t, lang, default)),
            hours: o.hours.as_ref().map(|t| pick(t, lang, default)),
            phone: o.phone.clone(),
            tel: o.phone.as_deref().and_then(phone_to_tel),
            whatsapp: o.whatsapp.clone(),
            wa: o.whatsapp.as_deref().and_then(phone_to_whatsapp),
            email: o.email.clone(),
        }
    }
}

impl PopulationView {
    fn new(pop: &crate::content::Population, f: &crate::theme::Formats) -> Self {
        let n = |v: Option<u64>| v.map(|v| format::integer(i128::from(v), f));
        PopulationView {
            total: n(pop.total),
            male: n(pop.male),
            female: n(pop.female),
            households: n(pop.households),
            year: pop.year,
        }
    }
}

impl VillageView {
    /// Builds the view of `village` in `lang`, with links to its `sections`;
    /// `link` gives the site path of a route.
    pub fn new(
        village: &Village,
        lang: &str,
        default: &str,
        strings: &Strings,
        sections: Vec<SectionLink>,
        link: impl Fn(Route<'_>) -> String,
    ) -> Self {
        let v = village.slug.as_str();
        let p = &village.profile;
        let f = &strings.format;
        let (kind, label) = kind_label(p.kind, &strings.teks);
        let official = |o: &crate::content::Official| OfficialView {
            title: pick(&o.title, lang, default),
            name: o.name.clone(),
        };
        VillageView {
            slug: village.slug.clone(),
            path: link(Route::Village(v)),
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
            office: p.office.as_ref().map(|o| OfficeView::new(o, lang, default)),
            location: p
                .location
                .map(|l| BTreeMap::from([("lat", l.lat), ("lon", l.lon)])),
            population: p.population.map(|pop| PopulationView::new(&pop, f)),
            area: p.area_km2.map(|a| format::decimal(a, 2, f)),
            menu: village
                .pages
                .iter()
                .map(|page| {
                    let title = pick_doc(&page.text, lang, default, |d| d.title.as_ref())
                        .unwrap_or(LangText {
                            text: page.slug.clone(),
                            lang: String::new(),
                        });
                    MenuItem {
                        untranslated: !title.lang.is_empty(),
                        title,
                        path: link(Route::Page(v, &page.slug)),
                    }
                })
                .collect(),
            logo: p.logo.as_deref().and_then(|file| {
                let name = village_full_name(p.kind, &p.name, &strings.teks);
                LogoView::new(village, file, named(&strings.teks, "lambang", &name))
            }),
            links: sections.iter().map(|l| (l.key, l.path.clone())).collect(),
            sections,
            news_count: village.news.len(),
            service_count: village.services.len(),
            latest_news: village
                .news
                .iter()
                .take(5)
                .map(|n| {
                    let path = link(Route::Entry(NEWS_SECTION, v, Key::Slug(&n.slug)));
                    NewsCard::new(n, lang, default, strings, path)
                })
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

/// A list of texts in the page's language or, untranslated, in the default one.
#[derive(Debug, Clone, Serialize)]
pub struct LangList {
    items: Vec<String>,
    lang: String,
}

/// Picks a list of texts for `lang`, falling back to the default language.
pub fn pick_list<L, S>(value: &Localized<L>, lang: &str, default: &str) -> LangList
where
    L: AsRef<[S]>,
    S: AsRef<str>,
{
    let items = |list: &L| {
        list.as_ref()
            .iter()
            .map(|s| s.as_ref().to_string())
            .collect()
    };
    match value.translation(lang) {
        Some(list) if lang != default => LangList {
            items: items(list),
            lang: String::new(),
        },
        _ => LangList {
            items: items(&value.default),
            lang: if lang == default {
                String::new()
            } else {
                default.to_string()
            },
        },
    }
}
