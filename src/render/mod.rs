//! From the loaded site to pages: the only users of tera and pulldown-cmark.
//!
//! Every page exists in every language of the site. Rendering never writes: each
//! finished file goes to a [`Sink`], which the output module implements.

mod budget;
mod chart;
mod discover;
pub mod format;
pub mod markdown;
pub mod picture;
mod views;

use crate::content::{Site, Village};
use crate::diagnostic::{Diagnostic, Failure, Position, Report};
use crate::msg;
use crate::theme::{Strings, Theme};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use tera::{Context, Tera, Value};

/// News items per page of the news list.
pub const NEWS_PER_PAGE: usize = 10;

/// Destinations featured on the portal's home page.
pub const FEATURED: usize = 4;

/// Where rendered files go. Paths are relative to the output root and use `/`.
pub trait Sink: Sync {
    /// Stores a generated file (an HTML page, a stylesheet ...).
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<(), Failure>;
    /// Stores a copy of the file at `source` unchanged.
    fn copy(&self, path: &str, source: &Path) -> Result<(), Failure>;
}

/// A fingerprint of what `village` shows on the portal's own pages (its card, its
/// services' names, its destinations' cards, its latest budget): when it is
/// unchanged after an edit, the portal's pages are too.
pub fn portal_fingerprint(village: &Village) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    format!("{:?}", village.profile).hash(&mut hasher);
    for service in &village.services {
        format!("{}{:?}{:?}", service.id, service.name, service.category).hash(&mut hasher);
    }
    for place in &village.destinations {
        // Everything a destination card shows: not its description.
        let titles: Vec<_> = std::iter::once(&place.text.default)
            .chain(place.text.translations.values())
            .map(|t| (&t.title, &t.summary))
            .collect();
        let photos: Vec<_> = place
            .photos
            .iter()
            .map(|p| (p, village.files.get(&p.file)))
            .collect();
        format!(
            "{}{:?}{}{}{:?}{:?}{:?}{:?}{}",
            place.slug,
            place.category,
            place.lat,
            place.lon,
            place.tickets,
            photos,
            titles,
            place.hours,
            place.featured
        )
        .hash(&mut hasher);
    }
    format!("{:?}", village.budgets.last()).hash(&mut hasher);
    hasher.finish()
}

/// The first folder of a site path after its language prefix: the village slug
/// for a village's files (`en/kemiren/news/` -> `kemiren`), a portal folder
/// (`static`, `layanan`) otherwise, `None` for files at the top (`index.html`).
/// `prefixes` are the languages' path prefixes (see [`Renderer::language_prefixes`]).
pub fn owner<'p>(path: &'p str, prefixes: &[String]) -> Option<&'p str> {
    let rest = prefixes
        .iter()
        .filter(|p| !p.is_empty())
        .find_map(|p| path.strip_prefix(p.as_str()))
        .unwrap_or(path);
    rest.split_once('/').map(|(first, _)| first)
}

/// What a render produced.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// HTML pages.
    pub pages: u64,
    /// All files, pages included.
    pub files: u64,
}

impl Stats {
    /// Adds up the results of parallel parts, keeping their problems in order.
    fn gather(
        &mut self,
        parts: impl IntoIterator<Item = Result<(Stats, Report), Failure>>,
        report: &mut Report,
    ) -> Result<(), Failure> {
        for part in parts {
            let (stats, part_report) = part?;
            self.pages += stats.pages;
            self.files += stats.files;
            report.extend(part_report);
        }
        Ok(())
    }
}

/// The languages' results with each mistake once: an untranslated text is
/// checked on the page of every language, and a broken link in it is one
/// mistake at one place (file, position, code), reported in the first language
/// that finds it.
fn once_per_place(
    parts: Vec<Result<(Stats, Report), Failure>>,
) -> Vec<Result<(Stats, Report), Failure>> {
    let mut seen = std::collections::BTreeSet::new();
    parts
        .into_iter()
        .map(|part| {
            let (stats, part_report) = part?;
            let mut kept = Report::new();
            for d in part_report {
                let place = (d.file.clone(), d.position, d.code());
                if d.position.is_none() || seen.insert(place) {
                    kept.push(d);
                }
            }
            Ok((stats, kept))
        })
        .collect()
}

impl<'a> Route<'a> {
    /// The village a route belongs to, if any.
    fn village(self) -> Option<&'a str> {
        match self {
            Route::Village(v)
            | Route::Page(v, _)
            | Route::NewsList(v, _)
            | Route::News(v, _)
            | Route::Services(v)
            | Route::Service(v, _)
            | Route::Destinations(v)
            | Route::Destination(v, _)
            | Route::Budgets(v)
            | Route::Budget(v, _) => Some(v),
            _ => None,
        }
    }
}

/// A page of the site, independent of language.
#[derive(Debug, Clone, Copy)]
enum Route<'a> {
    Portal,
    Search,
    Village(&'a str),
    Page(&'a str, &'a str),
    NewsList(&'a str, usize),
    News(&'a str, &'a str),
    Services(&'a str),
    Service(&'a str, &'a str),
    PortalServices,
    Destinations(&'a str),
    Destination(&'a str, &'a str),
    PortalDestinations,
    Budgets(&'a str),
    Budget(&'a str, i32),
    /// The portal's budget table, sorted by a column (`None`: by name).
    PortalBudgets(Option<&'a str>),
    NotFound,
}

/// The orders in which the portal's budget table is offered, besides by name.
const BUDGET_SORTS: [&str; 3] = ["pendapatan", "belanja", "realisasi"];

/// A language of the site and what its pages share.
struct Lang<'a> {
    code: &'a str,
    /// `""` for the default language, `en/` for others.
    prefix: String,
    strings: &'a Strings,
    /// The `teks` strings as a template value.
    t: Value,
    /// Portal title and description as a template value.
    site: Value,
    is_default: bool,
}

/// Renders a loaded site with a theme.
pub struct Renderer<'a> {
    site: &'a Site,
    root: &'a Path,
    tera: Tera,
    langs: Vec<Lang<'a>>,
    static_files: &'a [(String, Vec<u8>)],
    /// Static file name -> published path (with a content hash for CSS and JS).
    assets: BTreeMap<String, String>,
    /// The site's link-preview picture, found once.
    site_preview: std::sync::OnceLock<Option<String>>,
    /// Which portal sections exist, found once: every page's menu asks, and
    /// scanning 83,762 villages per page made the national build quadratic.
    sections: Sections,
}

/// The portal sections that some village fills.
#[derive(Debug, Clone, Copy)]
struct Sections {
    services: bool,
    destinations: bool,
    budgets: bool,
}

/// Escapes text for XML and HTML, in element content and in quoted attributes
/// (SVG charts, picture markup, sitemaps and feeds all use it).
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    out
}

/// A short content hash (FNV-1a, 64 bits) for cache-busting file names.
fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in bytes {
        hash ^= u64::from(*b);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{:08x}", hash >> 32)
}

/// `../../` for a page at `a/b/`, `./` at the root.
fn root_prefix(path: &str) -> String {
    let depth = path.matches('/').count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

impl<'a> Renderer<'a> {
    /// Prepares templates and shared values. Template errors are reported as diagnostics.
    pub fn new(
        site: &'a Site,
        theme: &'a Theme,
        root: &'a Path,
        report: &mut Report,
    ) -> Option<Self> {
        let mut tera = Tera::new();
        tera.register_filter("picture", picture::filter);
        let sources: Vec<(&str, &str)> = theme
            .templates
            .iter()
            .map(|t| (t.name.as_str(), t.text.as_str()))
            .collect();
        if let Err(err) = tera.add_raw_templates(sources) {
            report.push(template_error(&err, theme));
            return None;
        }
        let mut assets = BTreeMap::new();
        for (name, bytes) in &theme.static_files {
            let published = match name.rsplit_once('.') {
                Some((stem, ext @ ("css" | "js" | "svg"))) => {
                    format!("static/{stem}.{}.{ext}", content_hash(bytes))
                }
                _ => format!("static/{name}"),
            };
            assets.insert(name.clone(), published);
        }
        let default = site.config.default_language();
        let langs = site
            .config
            .languages
            .iter()
            .filter_map(|code| {
                let strings = theme.strings.get(code)?;
                let is_default = code == default;
                let pick = |t: &crate::content::Text| views::pick(t, code, default);
                let site_value = serde_json::json!({
                    "title": pick(&site.title),
                    "description": site.description.as_ref().map(pick),
                    "regency": site.config.regency,
                    "province": site.config.province,
                    "base_url": site.config.base_url,
                });
                Some(Lang {
                    code,
                    prefix: if is_default {
                        String::new()
                    } else {
                        format!("{code}/")
                    },
                    strings,
                    t: Value::from_serializable(&strings.teks),
                    site: Value::from_serializable(&site_value),
                    is_default,
                })
            })
            .collect();
        Some(Renderer {
            site,
            root,
            tera,
            langs,
            static_files: &theme.static_files,
            assets,
            site_preview: std::sync::OnceLock::new(),
            sections: Sections {
                services: site.villages.iter().any(|v| !v.services.is_empty()),
                destinations: site.villages.iter().any(|v| !v.destinations.is_empty()),
                budgets: site.villages.iter().any(|v| !v.budgets.is_empty()),
            },
        })
    }

    /// The site path of `route` in `lang`: a folder ending in `/` (empty for the
    /// portal), or a file name.
    fn path(&self, route: Route<'_>, lang: &Lang<'_>) -> String {
        let s = &lang.strings.slug;
        let p = &lang.prefix;
        match route {
            Route::Portal => p.clone(),
            Route::Search => format!("{p}{}/", s.cari),
            Route::Village(v) => format!("{p}{v}/"),
            Route::Page(v, page) => format!("{p}{v}/{page}/"),
            Route::NewsList(v, 1) => format!("{p}{v}/{}/", s.berita),
            Route::NewsList(v, n) => format!("{p}{v}/{}/{}/{n}/", s.berita, s.halaman),
            Route::News(v, item) => format!("{p}{v}/{}/{item}/", s.berita),
            Route::Services(v) => format!("{p}{v}/{}/", s.layanan),
            Route::Service(v, id) => format!("{p}{v}/{}/{id}/", s.layanan),
            Route::PortalServices => format!("{p}{}/", s.layanan),
            Route::Destinations(v) => format!("{p}{v}/{}/", s.wisata),
            Route::Destination(v, slug) => format!("{p}{v}/{}/{slug}/", s.wisata),
            Route::PortalDestinations => format!("{p}{}/", s.wisata),
            Route::Budgets(v) => format!("{p}{v}/{}/", s.apbdes),
            Route::Budget(v, year) => format!("{p}{v}/{}/{year}/", s.apbdes),
            Route::PortalBudgets(None) => format!("{p}{}/", s.apbdes),
            Route::PortalBudgets(Some(order)) => format!("{p}{}/{order}/", s.apbdes),
            Route::NotFound => format!("{p}404.html"),
        }
    }

    /// The portal's own pages (the 404 page aside): the sections only when some
    /// village fills them. The sitemap lists the same pages.
    fn portal_routes(&self) -> Vec<Route<'static>> {
        let mut routes = vec![Route::Portal, Route::Search];
        if self.has_services() {
            routes.push(Route::PortalServices);
        }
        if self.has_destinations() {
            routes.push(Route::PortalDestinations);
        }
        if self.has_budgets() {
            routes.push(Route::PortalBudgets(None));
            routes.extend(BUDGET_SORTS.iter().map(|o| Route::PortalBudgets(Some(o))));
        }
        routes
    }

    /// Renders every page and copies every file into `sink`.
    pub fn render_all(&self, sink: &dyn Sink, report: &mut Report) -> Result<Stats, Failure> {
        self.render_selection(true, &|_| true, sink, report)
    }

    /// Renders the portal's pages and indexes when `portal`, and the villages for
    /// which `villages` is true (`build --only`).
    pub fn render_selection(
        &self,
        portal: bool,
        villages: &(dyn Fn(&Village) -> bool + Sync),
        sink: &dyn Sink,
        report: &mut Report,
    ) -> Result<Stats, Failure> {
        // The portal's pages and indexes render one after another on one thread
        // while the villages fill the other cores.
        let (portal, villages) = rayon::join(
            || {
                let mut portal_report = Report::new();
                if !portal {
                    return Ok((Stats::default(), portal_report));
                }
                let mut stats = self.render_portal(sink, &mut portal_report)?;
                stats.files += self.render_indexes(sink)?.files;
                Ok((stats, portal_report))
            },
            || {
                self.site
                    .villages
                    .par_iter()
                    .filter(|village| villages(village))
                    .map(|village| {
                        let mut village_report = Report::new();
                        let stats = self.render_village(village, sink, &mut village_report)?;
                        Ok((stats, village_report))
                    })
                    .collect::<Vec<Result<(Stats, Report), Failure>>>()
            },
        );
        let mut stats = Stats::default();
        stats.gather(std::iter::once(portal).chain(villages), report)?;
        Ok(stats)
    }

    /// Writes one page, or reports why it could not be rendered.
    fn emit(
        &self,
        sink: &dyn Sink,
        path: String,
        html: Result<String, Diagnostic>,
        stats: &mut Stats,
        report: &mut Report,
    ) -> Result<(), Failure> {
        match html {
            Ok(html) => {
                let file = if path.is_empty() || path.ends_with('/') {
                    format!("{path}index.html")
                } else {
                    path
                };
                sink.write(&file, html.into_bytes())?;
                stats.pages += 1;
                stats.files += 1;
            }
            Err(d) => report.push(d),
        }
        Ok(())
    }

    /// Renders what belongs to the portal rather than to one village: static
    /// files, the portal's pages and indexes, and the 404 pages. These list every
    /// village, so they are rendered again whenever any village changes.
    pub fn render_portal(&self, sink: &dyn Sink, report: &mut Report) -> Result<Stats, Failure> {
        let mut stats = Stats::default();
        for (name, bytes) in self.static_files {
            sink.write(&self.assets[name], bytes.clone())?;
            stats.files += 1;
        }
        // Every portal page of every language, one at a time, each written as soon
        // as it is rendered: for a national site some of these pages are tens of
        // megabytes (their template data several times that), so no two are held
        // at once. `render_all` runs this beside the villages, which fill the cores.
        let portal = self.portal_routes();
        for lang in &self.langs {
            for &route in portal.iter().chain([&Route::NotFound]) {
                let html = match route {
                    Route::Portal => self.portal(lang),
                    Route::Search => self.search_page(lang),
                    Route::PortalServices => self.portal_services(lang),
                    Route::PortalDestinations => self.portal_destinations(lang),
                    Route::PortalBudgets(order) => self.portal_budgets(lang, order),
                    _ => self.not_found(lang),
                };
                self.emit(sink, self.path(route, lang), html, &mut stats, report)?;
            }
        }
        Ok(stats)
    }

    /// Renders every file of one village: its pages in every language, its budget
    /// data and its copied files. Every path starts with the village's slug, after
    /// the language prefix (see [`owner`]).
    pub fn render_village(
        &self,
        village: &Village,
        sink: &dyn Sink,
        report: &mut Report,
    ) -> Result<Stats, Failure> {
        let mut stats = Stats::default();
        let default_lang = &self.langs[0];
        for year in &village.budgets {
            let base = self.data_path(village, year.year, default_lang);
            sink.write(&format!("{base}.csv"), budget::csv(year).into_bytes())?;
            let json = budget::json(year, &village.profile.name, village.profile.code.as_deref());
            sink.write(&format!("{base}.json"), json.into_bytes())?;
            stats.files += 2;
        }
        for (file, info) in &village.files {
            let source: PathBuf = self.root.join(&village.dir).join(file);
            if let Some(picture) = &info.picture {
                for variant in &picture.variants {
                    if let Some(encoded) = &variant.file {
                        sink.copy(&format!("{}/{}", village.slug, variant.name), encoded)?;
                    }
                    stats.files += 1;
                }
                if !self.site.config.original_photos {
                    continue;
                }
            }
            sink.copy(&format!("{}/{file}", village.slug), &source)?;
            stats.files += 1;
        }
        // The languages render (and minify) in parallel: after an edit this is the
        // whole rebuild, so both cores help.
        let per_language: Vec<Result<(Stats, Report), Failure>> = self
            .langs
            .par_iter()
            .map(|lang| {
                let mut lang_stats = Stats::default();
                let mut lang_report = Report::new();
                for (path, html) in self.village_pages(village, lang, &mut lang_report) {
                    self.emit(sink, path, Ok(html), &mut lang_stats, &mut lang_report)?;
                }
                if let Some((path, feed)) = self.village_feed(village, lang) {
                    sink.write(&path, feed.into_bytes())?;
                    lang_stats.files += 1;
                }
                Ok((lang_stats, lang_report))
            })
            .collect();
        stats.gather(once_per_place(per_language), report)?;
        Ok(stats)
    }

    /// The languages' path prefixes (`""`, `en/` ...), for telling which village a
    /// path belongs to.
    pub fn language_prefixes(&self) -> Vec<String> {
        self.langs.iter().map(|l| l.prefix.clone()).collect()
    }

    /// The shared part of every page's context.
    fn base_context(
        &self,
        route: Route<'_>,
        lang: &Lang<'_>,
        title: &str,
        description: &str,
    ) -> Context {
        let path = self.path(route, lang);
        let root = match route {
            // The 404 page is served at any address, so its links cannot be relative.
            Route::NotFound => match &self.site.config.base_url {
                Some(base) => format!("{base}/"),
                None => "/".to_string(),
            },
            _ => root_prefix(&path),
        };
        let base_url = self.site.config.base_url.as_deref();
        /// This page in one of the site's languages.
        #[derive(serde::Serialize)]
        struct Alternate<'l> {
            lang: &'l str,
            name: &'l str,
            href: String,
            url: Option<String>,
            current: bool,
        }
        let alternates: Vec<Alternate<'_>> = self
            .langs
            .iter()
            .map(|l| {
                let p = if l.code == lang.code {
                    path.clone()
                } else {
                    self.path(route, l)
                };
                Alternate {
                    lang: l.code,
                    name: &l.strings.nama_bahasa,
                    href: format!("{root}{p}"),
                    url: base_url.map(|b| format!("{b}/{p}")),
                    current: l.code == lang.code,
                }
            })
            .collect();
        let default_lang = &self.langs[0];
        let mut ctx = Context::new();
        ctx.insert("lang", lang.code);
        ctx.insert("default_lang", default_lang.code);
        ctx.insert_value("t", lang.t.clone());
        ctx.insert_value("site", lang.site.clone());
        ctx.insert("root", &root);
        ctx.insert("home", &format!("{root}{}", lang.prefix));
        ctx.insert(
            "css",
            &format!(
                "{root}{}",
                self.assets.get("style.css").map_or("", String::as_str)
            ),
        );
        ctx.insert("path", &path);
        ctx.insert(
            "icon",
            &format!(
                "{root}{}",
                self.assets.get("favicon.svg").map_or("", String::as_str)
            ),
        );
        let search = self.path(Route::Search, lang);
        ctx.insert("search_path", &format!("{root}{search}"));
        ctx.insert("search_index", &format!("{root}{search}index.json"));
        ctx.insert(
            "search_js",
            &format!(
                "{root}{}",
                self.assets.get("search.js").map_or("", String::as_str)
            ),
        );
        ctx.insert(
            "search_village",
            &route
                .village()
                .map(|v| self.path(Route::Village(v), lang))
                .unwrap_or_default(),
        );
        let canonical = base_url.map(|b| format!("{b}/{path}"));
        ctx.insert("canonical", &canonical);
        // Link previews: an absolute picture URL needs the base URL.
        ctx.insert(
            "og_image",
            &base_url.and_then(|b| self.preview_image(route).map(|p| format!("{b}/{p}"))),
        );
        ctx.insert(
            "og_type",
            if matches!(route, Route::News(..)) {
                "article"
            } else {
                "website"
            },
        );
        ctx.insert(
            "og_locale",
            lang.strings
                .teks
                .get("og_locale")
                .map_or("", String::as_str),
        );
        let shareable = matches!(
            route,
            Route::News(..) | Route::Service(..) | Route::Destination(..)
        );
        ctx.insert(
            "share_wa",
            &canonical.as_ref().filter(|_| shareable).map(|url| {
                let text = if title.is_empty() {
                    url.clone()
                } else {
                    format!("{title} {url}")
                };
                format!("https://wa.me/?text={}", discover::query_encode(&text))
            }),
        );
        ctx.insert(
            "feed",
            &base_url
                .and(route.village())
                .map(|v| format!("{root}{}atom.xml", self.path(Route::NewsList(v, 1), lang))),
        );
        // The default language comes first.
        ctx.insert("x_default", &alternates[0].href);
        ctx.insert("x_default_url", &alternates[0].url);
        ctx.insert("alternates", &alternates);
        ctx.insert("title", title);
        ctx.insert("description", &shorten(description, 160));
        let has_services = self.has_services();
        ctx.insert(
            "services_index",
            &has_services.then(|| format!("{root}{}", self.path(Route::PortalServices, lang))),
        );
        ctx.insert(
            "budgets_index",
            &self
                .has_budgets()
                .then(|| format!("{root}{}", self.path(Route::PortalBudgets(None), lang))),
        );
        ctx.insert(
            "destinations_index",
            &self
                .has_destinations()
                .then(|| format!("{root}{}", self.path(Route::PortalDestinations, lang))),
        );
        ctx
    }

    /// The first breadcrumb of every page below the portal: the portal itself.
    fn portal_crumb(&self, lang: &Lang<'_>) -> views::Crumb {
        views::Crumb {
            title: views::pick(
                &self.site.title,
                lang.code,
                self.site.config.default_language(),
            )
            .text,
            path: lang.prefix.clone(),
        }
    }

    fn has_budgets(&self) -> bool {
        self.sections.budgets
    }

    /// Site path of a year's data files, without extension: `kemiren/apbdes/2024`.
    /// Data files exist once, under the default language's section name.
    fn data_path(&self, village: &Village, year: i32, default_lang: &Lang<'_>) -> String {
        format!(
            "{}/{}/{year}",
            village.slug, default_lang.strings.slug.apbdes
        )
    }

    fn portal_budgets(&self, lang: &Lang<'_>, order: Option<&str>) -> Result<String, Diagnostic> {
        let teks = &lang.strings.teks;
        let f = &lang.strings.format;
        let title = teks.get("apbdes_portal").cloned().unwrap_or_default();
        let description = teks.get("apbdes_portal_teks").cloned().unwrap_or_default();
        let mut ctx = self.base_context(Route::PortalBudgets(order), lang, &title, &description);
        let mut rows: Vec<(String, i128, i128, Option<i128>, serde_json::Value)> = self
            .site
            .villages
            .iter()
            .filter_map(|v| {
                let year = v.budgets.last()?;
                let name = views::village_full_name(v.profile.kind, &v.profile.name, teks);
                let revenue = year.total_revenue().budget;
                let spending = year.total_spending();
                let percent = spending.percent();
                let row = serde_json::json!({
                    "name": name,
                    "district": views::village_district(&v.profile, teks),
                    "path": self.path(Route::Budgets(&v.slug), lang),
                    "year": year.year,
                    "year_path": self.path(Route::Budget(&v.slug, year.year), lang),
                    "status": teks.get(&format!("status_{}", year.status.key())),
                    "revenue": format::money(revenue, f),
                    "spending": format::money(spending.budget, f),
                    "percent": percent.map(|p| format::percent(p, f)),
                });
                Some((name.to_lowercase(), revenue, spending.budget, percent, row))
            })
            .collect();
        match order {
            Some("pendapatan") => rows.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0))),
            Some("belanja") => rows.sort_by(|a, b| b.2.cmp(&a.2).then(a.0.cmp(&b.0))),
            Some(_) => rows.sort_by(|a, b| b.3.cmp(&a.3).then(a.0.cmp(&b.0))),
            None => rows.sort_by(|a, b| a.0.cmp(&b.0)),
        }
        let sorts: Vec<_> = std::iter::once(None)
            .chain(BUDGET_SORTS.iter().map(|o| Some(*o)))
            .map(|o| {
                serde_json::json!({
                    "key": o.unwrap_or("nama"),
                    "path": self.path(Route::PortalBudgets(o), lang),
                    "current": o == order,
                })
            })
            .collect();
        ctx.insert("rows", &rows.into_iter().map(|r| r.4).collect::<Vec<_>>());
        ctx.insert("sorts", &sorts);
        ctx.insert("order", &order.unwrap_or("nama"));
        ctx.insert("breadcrumbs", &vec![self.portal_crumb(lang)]);
        self.render("portal_budgets.html", &ctx)
    }

    fn has_destinations(&self) -> bool {
        self.sections.destinations
    }

    fn has_services(&self) -> bool {
        self.sections.services
    }

    /// Views of every destination of the site in `lang`, with their categories.
    fn all_destinations(
        &self,
        lang: &Lang<'_>,
    ) -> Vec<(crate::content::Category, views::DestinationView)> {
        let default = self.site.config.default_language();
        self.site
            .villages
            .iter()
            .flat_map(|village| {
                village.destinations.iter().map(move |place| {
                    let view = views::DestinationView::new(
                        place,
                        village,
                        lang.code,
                        default,
                        lang.strings,
                        self.path(Route::Destination(&village.slug, &place.slug), lang),
                        self.path(Route::Village(&village.slug), lang),
                    );
                    (place.category, view)
                })
            })
            .collect()
    }

    fn portal_destinations(&self, lang: &Lang<'_>) -> Result<String, Diagnostic> {
        let title = lang
            .strings
            .teks
            .get("wisata_portal")
            .cloned()
            .unwrap_or_default();
        let description = lang
            .strings
            .teks
            .get("wisata_portal_teks")
            .cloned()
            .unwrap_or_default();
        let mut ctx = self.base_context(Route::PortalDestinations, lang, &title, &description);
        ctx.insert(
            "groups",
            &views::destination_groups(self.all_destinations(lang)),
        );
        ctx.insert("breadcrumbs", &vec![self.portal_crumb(lang)]);
        self.render("portal_destinations.html", &ctx)
    }

    fn portal_services(&self, lang: &Lang<'_>) -> Result<String, Diagnostic> {
        let default = self.site.config.default_language();
        let title = lang
            .strings
            .teks
            .get("layanan_portal")
            .cloned()
            .unwrap_or_default();
        let description = lang
            .strings
            .teks
            .get("layanan_portal_teks")
            .cloned()
            .unwrap_or_default();
        let mut ctx = self.base_context(Route::PortalServices, lang, &title, &description);
        let services =
            views::portal_services(self.site, lang.code, default, &lang.strings.teks, |v, s| {
                self.path(Route::Service(&v.slug, &s.id), lang)
            });
        ctx.insert("services", &services);
        ctx.insert("breadcrumbs", &vec![self.portal_crumb(lang)]);
        self.render("portal_services.html", &ctx)
    }

    fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera.render(template, ctx).map_err(|err| {
            Diagnostic::error(
                PathBuf::from("templates").join(template),
                msg!("K0810", templat = template, sebab = error_chain(&err)),
            )
        })
    }

    fn portal(&self, lang: &Lang<'_>) -> Result<String, Diagnostic> {
        let default = self.site.config.default_language();
        let title = views::pick(&self.site.title, lang.code, default).text;
        let description = self
            .site
            .description
            .as_ref()
            .map(|d| views::pick(d, lang.code, default).text)
            .unwrap_or_default();
        let mut ctx = self.base_context(Route::Portal, lang, &title, &description);
        let districts = views::districts(
            self.site,
            |v| self.path(Route::Village(&v.slug), lang),
            lang.code,
            default,
            &lang.strings.teks,
        );
        ctx.insert("districts", &districts);
        let mut all: Vec<_> = self.all_destinations(lang);
        let featured_flags: Vec<bool> = self
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
        ctx.insert("featured", &featured);
        ctx.insert("village_count", &self.site.villages.len());
        ctx.insert("breadcrumbs", &Vec::<()>::new());
        self.render("portal.html", &ctx)
    }

    fn not_found(&self, lang: &Lang<'_>) -> Result<String, Diagnostic> {
        let title = lang
            .strings
            .teks
            .get("tidak_ditemukan")
            .cloned()
            .unwrap_or_default();
        let mut ctx = self.base_context(Route::NotFound, lang, &title, "");
        ctx.insert("breadcrumbs", &Vec::<()>::new());
        self.render("404.html", &ctx)
    }

    /// What the site publishes near the site path `path`, for checking a link on
    /// a page of `village` in `lang`: the portal's pages, and the pages and files
    /// of `village` and of the village `path` names, in every language; pages
    /// written as content files are named as a link in `lang` names them.
    fn near_paths(&self, village: &Village, lang: &Lang<'_>, path: &str) -> markdown::SitePaths {
        let mut out = markdown::SitePaths::default();
        let slug = self
            .langs
            .iter()
            .filter(|l| !l.prefix.is_empty())
            .find_map(|l| path.strip_prefix(l.prefix.as_str()))
            .unwrap_or(path)
            .split('/')
            .next()
            .unwrap_or("");
        let mut villages = vec![village];
        if slug != village.slug {
            villages.extend(
                self.site
                    .villages
                    .iter()
                    .find(|v| v.slug == slug)
                    .map(|v| &**v),
            );
        }
        out.uncertain = villages.iter().any(|v| !v.complete);
        for l in &self.langs {
            for route in self.portal_routes() {
                out.add(self.path(route, l));
            }
            for v in &villages {
                for route in self.village_routes(v) {
                    let p = self.path(route, l);
                    let file = match route {
                        Route::Village(_) => Some("index.md".to_string()),
                        Route::Page(_, s) => Some(format!("halaman/{s}.md")),
                        Route::News(_, s) => Some(format!("berita/{s}.md")),
                        Route::Destination(_, s) => Some(format!("wisata/{s}.md")),
                        _ => None,
                    };
                    match file {
                        Some(file) if l.code == lang.code => out.add_source(p, &v.slug, file),
                        _ => out.add(p),
                    }
                }
            }
        }
        for v in &villages {
            for (file, info) in &v.files {
                out.add(format!("{}/{file}", v.slug));
                for variant in info.picture.iter().flat_map(|p| &p.variants) {
                    out.add(format!("{}/{}", v.slug, variant.name));
                }
            }
        }
        out
    }

    /// All pages of one village in one language: (site path, HTML or error).
    fn village_pages(
        &self,
        village: &Village,
        lang: &Lang<'_>,
        report: &mut Report,
    ) -> Vec<(String, String)> {
        let default = self.site.config.default_language();
        let v = views::VillageView::new(village, lang.code, default, lang.strings, |route_page| {
            match route_page {
                views::Link::Home => self.path(Route::Village(&village.slug), lang),
                views::Link::Page(slug) => self.path(Route::Page(&village.slug, slug), lang),
                views::Link::NewsList => self.path(Route::NewsList(&village.slug, 1), lang),
                views::Link::News(slug) => self.path(Route::News(&village.slug, slug), lang),
                views::Link::Services => self.path(Route::Services(&village.slug), lang),
                views::Link::Destinations => self.path(Route::Destinations(&village.slug), lang),
                views::Link::Budgets => self.path(Route::Budgets(&village.slug), lang),
            }
        });
        let village_value = Value::from_serializable(&v);
        let crumb_portal = self.portal_crumb(lang);
        let crumb_village = views::Crumb {
            title: v.full_name.clone(),
            path: v.path.clone(),
        };
        let mut out = Vec::new();
        let mut finish = |path: String,
                          result: Result<String, Diagnostic>,
                          problems: Vec<Diagnostic>,
                          report: &mut Report| {
            if !problems.is_empty() {
                report.extend(problems);
                return;
            }
            match result {
                Ok(html) => out.push((path, html)),
                Err(d) => report.push(d),
            }
        };
        let context =
            |route: Route<'_>, title: &str, description: &str, crumbs: Vec<views::Crumb>| {
                let mut ctx = self.base_context(route, lang, title, description);
                ctx.insert_value("village", village_value.clone());
                ctx.insert("breadcrumbs", &crumbs);
                ctx
            };
        let links_for = |route: Route<'_>| {
            let path = self.path(route, lang);
            root_prefix(&path)
        };
        let page_path = |p: &str| -> markdown::PageTarget {
            use markdown::PageTarget;
            if p == "index.md" {
                return PageTarget::Page(self.path(Route::Village(&village.slug), lang));
            }
            // A path that is no page (a refused file under berkas/) may still be
            // known as broken, below.
            let (section, slug) = p
                .split_once('/')
                .and_then(|(s, f)| Some((s, f.strip_suffix(".md")?)))
                .unwrap_or(("", ""));
            let route = match section {
                "halaman" if village.pages.iter().any(|x| x.slug == slug) => {
                    Some(Route::Page(&village.slug, slug))
                }
                "berita" if village.news.iter().any(|x| x.slug == slug) => {
                    Some(Route::News(&village.slug, slug))
                }
                "wisata" if village.destinations.iter().any(|x| x.slug == slug) => {
                    Some(Route::Destination(&village.slug, slug))
                }
                _ => None,
            };
            match (route, village.unpublished.get(p)) {
                (Some(route), _) => PageTarget::Page(self.path(route, lang)),
                (None, Some(crate::content::Unpublished::Draft)) => PageTarget::Draft,
                (None, Some(crate::content::Unpublished::Broken)) => PageTarget::Broken,
                (None, None) => PageTarget::Missing,
            }
        };
        let near = |path: &str| self.near_paths(village, lang, path);
        let markdown = |doc: &crate::content::Localized<crate::content::DocText>,
                        route: Route<'_>| {
            let root = links_for(route);
            let here = self.path(route, lang);
            let links = markdown::Links {
                root: &root,
                village: &village.slug,
                files: &village.files,
                page_path: &page_path,
                here: &here,
                site: &near,
            };
            views::DocView::new(doc, lang.code, default, self.site.config.raw_html, &links)
        };

        // Village home.
        let route = Route::Village(&village.slug);
        let mut home = village.home.as_ref().map(|h| markdown(&h.text, route));
        let problems = home
            .as_mut()
            .map(views::DocView::take_problems)
            .unwrap_or_default();
        let description = v
            .motto
            .as_ref()
            .map(|m| m.text.clone())
            .or_else(|| {
                home.as_ref()
                    .map(|h| h.excerpt.clone())
                    .filter(|e| !e.is_empty())
            })
            .unwrap_or_else(|| {
                let regency = self
                    .site
                    .config
                    .regency
                    .as_deref()
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default();
                format!("{}, {}{regency}", v.full_name, v.district_name)
            });
        let mut ctx = context(
            route,
            &v.full_name,
            &description,
            vec![crumb_portal.clone()],
        );
        ctx.insert("welcome", &home);
        ctx.insert("json_ld", &json_ld(&self.village_json_ld(village, lang)));
        finish(
            self.path(route, lang),
            self.render("village.html", &ctx),
            problems,
            report,
        );

        // Free pages.
        for page in &village.pages {
            let route = Route::Page(&village.slug, &page.slug);
            let mut doc = markdown(&page.text, route);
            let problems = doc.take_problems();
            let title = doc.title.text.clone();
            let description = doc.description();
            let mut ctx = context(
                route,
                &title,
                &description,
                vec![crumb_portal.clone(), crumb_village.clone()],
            );
            ctx.insert("doc", &doc);
            finish(
                self.path(route, lang),
                self.render("page.html", &ctx),
                problems,
                report,
            );
        }

        // Service catalogue and one page per service.
        if !village.services.is_empty() {
            let route = Route::Services(&village.slug);
            let cards: Vec<_> = village
                .services
                .iter()
                .map(|sv| {
                    views::ServiceView::new(
                        sv,
                        village,
                        lang.code,
                        default,
                        lang.strings,
                        self.path(Route::Service(&village.slug, &sv.id), lang),
                    )
                })
                .collect();
            let other = lang.strings.teks.get("lainnya").map_or("", String::as_str);
            let services_title = lang
                .strings
                .teks
                .get("layanan_desa")
                .cloned()
                .unwrap_or_default();
            let title = format!("{services_title} · {}", v.full_name);
            let mut ctx = context(
                route,
                &title,
                &title,
                vec![crumb_portal.clone(), crumb_village.clone()],
            );
            ctx.insert("groups", &views::service_groups(cards, other));
            finish(
                self.path(route, lang),
                self.render("services.html", &ctx),
                Vec::new(),
                report,
            );
            let crumb_services = views::Crumb {
                title: services_title,
                path: self.path(route, lang),
            };
            for sv in &village.services {
                let route = Route::Service(&village.slug, &sv.id);
                let view = views::ServiceView::new(
                    sv,
                    village,
                    lang.code,
                    default,
                    lang.strings,
                    self.path(route, lang),
                );
                let description = view.summary.as_ref().map_or_else(
                    || format!("{} · {}", view.name.text, v.full_name),
                    |s| s.text.clone(),
                );
                let crumbs = vec![
                    crumb_portal.clone(),
                    crumb_village.clone(),
                    crumb_services.clone(),
                ];
                let mut ctx = context(route, &view.name.text.clone(), &description, crumbs);
                let mut problems = Vec::new();
                if let Some(note) = &sv.note {
                    let root = links_for(route);
                    let here = self.path(route, lang);
                    let links = markdown::Links {
                        root: &root,
                        village: &village.slug,
                        files: &village.files,
                        page_path: &page_path,
                        here: &here,
                        site: &near,
                    };
                    let (body, body_lang) = match note.translation(lang.code) {
                        Some(t) if !lang.is_default => (t, ""),
                        _ if lang.is_default => (&note.default, ""),
                        _ => (&note.default, default),
                    };
                    let mut rendered = markdown::render(body, self.site.config.raw_html, &links);
                    problems.append(&mut rendered.problems);
                    ctx.insert(
                        "note",
                        &serde_json::json!({ "html": rendered.html, "lang": body_lang }),
                    );
                }
                ctx.insert(
                    "json_ld",
                    &json_ld(&self.service_json_ld(village, sv, &view, lang)),
                );
                ctx.insert("service", &view);
                finish(
                    self.path(route, lang),
                    self.render("service.html", &ctx),
                    problems,
                    report,
                );
            }
        }

        // Destinations.
        if !village.destinations.is_empty() {
            let route = Route::Destinations(&village.slug);
            let village_path = self.path(Route::Village(&village.slug), lang);
            let cards: Vec<_> = village
                .destinations
                .iter()
                .map(|place| {
                    let path = self.path(Route::Destination(&village.slug, &place.slug), lang);
                    views::DestinationView::new(
                        place,
                        village,
                        lang.code,
                        default,
                        lang.strings,
                        path,
                        village_path.clone(),
                    )
                })
                .collect();
            let places_title = lang
                .strings
                .teks
                .get("wisata_desa")
                .cloned()
                .unwrap_or_default();
            let title = format!("{places_title} · {}", v.full_name);
            let mut ctx = context(
                route,
                &title,
                &title,
                vec![crumb_portal.clone(), crumb_village.clone()],
            );
            ctx.insert("destinations", &cards);
            finish(
                self.path(route, lang),
                self.render("destinations.html", &ctx),
                Vec::new(),
                report,
            );
            let crumb_places = views::Crumb {
                title: places_title,
                path: self.path(route, lang),
            };
            for (place, view) in village.destinations.iter().zip(cards) {
                let route = Route::Destination(&village.slug, &place.slug);
                let mut doc = markdown(&place.text, route);
                let problems = doc.take_problems();
                let description = doc.description();
                let crumbs = vec![
                    crumb_portal.clone(),
                    crumb_village.clone(),
                    crumb_places.clone(),
                ];
                let mut ctx = context(route, &view.name.text.clone(), &description, crumbs);
                ctx.insert(
                    "json_ld",
                    &json_ld(&self.destination_json_ld(village, place, &view, &description, lang)),
                );
                ctx.insert("doc", &doc);
                ctx.insert("place", &view);
                finish(
                    self.path(route, lang),
                    self.render("destination.html", &ctx),
                    problems,
                    report,
                );
            }
        }

        // Budgets: the list of years, then one page per year.
        if let Some(latest) = village.budgets.last() {
            let route = Route::Budgets(&village.slug);
            let budget_title = lang
                .strings
                .teks
                .get("apbdes_judul")
                .cloned()
                .unwrap_or_default();
            let title = format!("{budget_title} · {}", v.full_name);
            let mut ctx = context(
                route,
                &title,
                &title,
                vec![crumb_portal.clone(), crumb_village.clone()],
            );
            let years: Vec<_> = village
                .budgets
                .iter()
                .rev()
                .map(|y| {
                    budget::YearSummary::new(
                        y,
                        lang.strings,
                        self.path(Route::Budget(&village.slug, y.year), lang),
                    )
                })
                .collect();
            ctx.insert("years", &years);
            ctx.insert(
                "latest",
                &budget::YearView::new(latest, lang.strings, lang.code),
            );
            ctx.insert(
                "latest_path",
                &self.path(Route::Budget(&village.slug, latest.year), lang),
            );
            ctx.insert(
                "years_chart",
                &budget::years_chart(&village.budgets, lang.strings),
            );
            finish(
                self.path(route, lang),
                self.render("budgets.html", &ctx),
                Vec::new(),
                report,
            );
            let crumb_budgets = views::Crumb {
                title: budget_title.clone(),
                path: self.path(route, lang),
            };
            let default_lang = &self.langs[0];
            for year in &village.budgets {
                let route = Route::Budget(&village.slug, year.year);
                let title = format!("{budget_title} {} · {}", year.year, v.full_name);
                let crumbs = vec![
                    crumb_portal.clone(),
                    crumb_village.clone(),
                    crumb_budgets.clone(),
                ];
                let mut ctx = context(route, &title, &title, crumbs);
                ctx.insert(
                    "budget",
                    &budget::YearView::new(year, lang.strings, lang.code),
                );
                ctx.insert("data", &self.data_path(village, year.year, default_lang));
                finish(
                    self.path(route, lang),
                    self.render("budget.html", &ctx),
                    Vec::new(),
                    report,
                );
            }
        }

        // News list, paginated.
        let news_title = lang.strings.teks.get("berita").cloned().unwrap_or_default();
        let crumb_news = views::Crumb {
            title: news_title.clone(),
            path: self.path(Route::NewsList(&village.slug, 1), lang),
        };
        let pages = village.news.len().div_ceil(NEWS_PER_PAGE).max(1);
        for n in 1..=pages {
            let route = Route::NewsList(&village.slug, n);
            let items: Vec<_> = village
                .news
                .iter()
                .skip((n - 1) * NEWS_PER_PAGE)
                .take(NEWS_PER_PAGE)
                .map(|item| {
                    views::NewsCard::new(
                        item,
                        lang.code,
                        default,
                        lang.strings,
                        self.path(Route::News(&village.slug, &item.slug), lang),
                    )
                })
                .collect();
            let title = if n == 1 {
                format!("{news_title} · {}", v.full_name)
            } else {
                format!(
                    "{news_title} · {} ({} {n})",
                    v.full_name,
                    lang.strings.teks.get("halaman").map_or("", String::as_str)
                )
            };
            let crumbs = vec![crumb_portal.clone(), crumb_village.clone()];
            let mut ctx = context(route, &title, &title, crumbs);
            ctx.insert("items", &items);
            let pager = views::Pager {
                current: n,
                total: pages,
                prev: (n > 1).then(|| self.path(Route::NewsList(&village.slug, n - 1), lang)),
                next: (n < pages).then(|| self.path(Route::NewsList(&village.slug, n + 1), lang)),
                pages: (1..=pages)
                    .map(|number| views::PageLink {
                        number,
                        path: self.path(Route::NewsList(&village.slug, number), lang),
                    })
                    .collect(),
            };
            ctx.insert("pager", &pager);
            finish(
                self.path(route, lang),
                self.render("news_list.html", &ctx),
                Vec::new(),
                report,
            );
        }

        // News items.
        for item in &village.news {
            let route = Route::News(&village.slug, &item.slug);
            let mut doc = markdown(&item.text, route);
            let problems = doc.take_problems();
            let title = doc.title.text.clone();
            let description = doc.description();
            let crumbs = vec![
                crumb_portal.clone(),
                crumb_village.clone(),
                crumb_news.clone(),
            ];
            let mut ctx = context(route, &title, &description, crumbs);
            let card = views::NewsCard::new(
                item,
                lang.code,
                default,
                lang.strings,
                self.path(route, lang),
            );
            ctx.insert("item", &card);
            let image = item.image.as_ref().map(|file| {
                let alt = views::pick_doc(&item.text, lang.code, default, |d| d.image_alt.as_ref())
                    .unwrap_or_else(|| views::LangText::plain(""));
                picture::PhotoView::new(&village.slug, file, village.files.get(file), alt)
            });
            ctx.insert("image", &image);
            ctx.insert("json_ld", &json_ld(&self.news_json_ld(village, item, lang)));
            ctx.insert("doc", &doc);
            finish(
                self.path(route, lang),
                self.render("news.html", &ctx),
                problems,
                report,
            );
        }
        out
    }
}

/// JSON for a `<script type="application/ld+json">` element: `<` is escaped so the
/// text can never close the element.
fn json_ld(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

impl Renderer<'_> {
    /// schema.org `TouristAttraction` for a destination page.
    fn destination_json_ld(
        &self,
        village: &Village,
        place: &crate::content::Destination,
        view: &views::DestinationView,
        description: &str,
        lang: &Lang<'_>,
    ) -> serde_json::Value {
        let default = self.site.config.default_language();
        let teks = &lang.strings.teks;
        let base = self.site.config.base_url.as_deref();
        let absolute = |path: &str| base.map(|b| format!("{b}/{path}"));
        let village_name =
            views::village_full_name(village.profile.kind, &village.profile.name, teks);
        let mut address = serde_json::json!({
            "@type": "PostalAddress",
            "addressLocality": village_name,
            "addressRegion": views::village_district(&village.profile, teks),
            "addressCountry": "ID",
        });
        if let Some(street) = &place.address {
            address["streetAddress"] =
                serde_json::json!(views::pick(street, lang.code, default).text);
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
                "url": absolute(&self.path(Route::Village(&village.slug), lang)),
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

    /// schema.org `GovernmentService` for a service page.
    fn service_json_ld(
        &self,
        village: &Village,
        service: &crate::content::Service,
        view: &views::ServiceView,
        lang: &Lang<'_>,
    ) -> serde_json::Value {
        let default = self.site.config.default_language();
        let profile = &village.profile;
        let teks = &lang.strings.teks;
        let full_name = views::village_full_name(profile.kind, &profile.name, teks);
        let url = self
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
            self.site
                .config
                .regency
                .iter()
                .map(|r| format!("Kabupaten {r}")),
        );
        let mut channel = serde_json::json!({ "@type": "ServiceChannel", "name": full_name });
        if let Some(tel) = office
            .and_then(|o| o.phone.as_deref())
            .and_then(crate::content::phone_to_tel)
        {
            channel["servicePhone"] = serde_json::json!({ "@type": "ContactPoint", "telephone": tel.trim_start_matches("tel:") });
        }
        let place = service
            .place
            .as_ref()
            .map(|p| views::pick(p, lang.code, default).text)
            .unwrap_or_else(|| full_name.clone());
        channel["serviceLocation"] =
            serde_json::json!({ "@type": "Place", "name": place, "address": address });
        if let Some(u) = service.online.clone().or_else(|| url.clone()) {
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
        data
    }
}

/// Shortens `text` to at most `max` characters at a word boundary, adding `…`.
fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// The message of a tera error and its causes, on one line.
fn error_chain(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

/// The `line:column` of a tera syntax error, from the ` --> [name:]line:column`
/// line of its message.
fn parse_error_position(message: &str) -> Option<Position> {
    let (_, rest) = message.split_once("--> ")?;
    let place = rest.split_whitespace().next()?;
    let mut numbers = place.rsplit(':');
    let column = numbers.next()?.parse().ok()?;
    let line = numbers.next()?.parse().ok()?;
    Some(Position { line, column })
}

/// A template that does not compile, attributed to its file when the message names it.
fn template_error(err: &tera::Error, theme: &Theme) -> Diagnostic {
    let message = error_chain(err);
    let file = theme
        .templates
        .iter()
        .find(|t| message.contains(&t.name))
        .map_or_else(|| PathBuf::from("templates"), |t| t.file.clone());
    let position = parse_error_position(&message);
    Diagnostic::error(file, msg!("K0811", sebab = message)).position(position)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn owners_of_paths() {
        let prefixes = vec![String::new(), "en/".to_string()];
        assert_eq!(owner("kemiren/index.html", &prefixes), Some("kemiren"));
        assert_eq!(
            owner("en/kemiren/news/a/index.html", &prefixes),
            Some("kemiren")
        );
        assert_eq!(owner("kemiren/berkas/peta.png", &prefixes), Some("kemiren"));
        assert_eq!(owner("index.html", &prefixes), None);
        assert_eq!(owner("en/index.html", &prefixes), None);
        assert_eq!(owner("static/style.1.css", &prefixes), Some("static"));
    }

    #[test]
    fn root_prefixes() {
        assert_eq!(root_prefix(""), "./");
        assert_eq!(root_prefix("kemiren/"), "../");
        assert_eq!(root_prefix("en/kemiren/news/page/2/"), "../../../../../");
    }

    #[test]
    fn shorten_cuts_at_words() {
        assert_eq!(shorten("satu dua tiga", 20), "satu dua tiga");
        assert_eq!(shorten("satu dua tiga empat", 10), "satu dua…");
    }

    #[test]
    fn a_template_syntax_error_names_its_line_and_column() {
        let message = "Failed to parse 'page.html': \n --> page.html:4:1\n  |\n4 | {% x";
        assert_eq!(
            parse_error_position(message),
            Some(Position { line: 4, column: 1 })
        );
        assert_eq!(
            parse_error_position(" --> 12:30\n"),
            Some(Position {
                line: 12,
                column: 30
            })
        );
        assert_eq!(parse_error_position("Variable `x` not found"), None);
    }

    #[test]
    fn hashes_are_the_top_half_of_fnv1a_64() {
        // The published FNV-1a 64-bit test vectors: "" is cbf29ce484222325,
        // "a" is af63dc4c8601ec8c, "foobar" is 85944171f73967e8.
        assert_eq!(content_hash(b""), "cbf29ce4");
        assert_eq!(content_hash(b"a"), "af63dc4c");
        assert_eq!(content_hash(b"foobar"), "85944171");
    }
}
