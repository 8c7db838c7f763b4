//! What every page kind shares, used the same way by each: the base context of a
//! page, breadcrumbs, a template rendered into HTML or a diagnostic, and
//! [`VillagePages`], the pages of one village in one language being made.
//!
//! Like mdBook's `RenderContext`, [`VillagePages`] is the one value a kind is
//! handed: the village, its language, its view, links resolved for Markdown
//! and the place where finished pages and their problems go. A kind never
//! builds a tera context or a link resolver by itself, so the twelve kinds to
//! come look like the six there are.

use super::kinds::{FEED_SECTION, KINDS};
use super::markdown::{self, PageTarget};
use super::route::Route;
use super::views::{self, Crumb, DocView, SectionLink};
use super::{Lang, Renderer, discover, schema};
use crate::content::{DocText, Localized, Markdown, Shared, Unpublished, Village};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use std::path::PathBuf;
use tera::{Context, Value};

/// This page in one of the site's languages.
#[derive(serde::Serialize)]
struct Alternate<'l> {
    lang: &'l str,
    name: &'l str,
    href: String,
    url: Option<String>,
    current: bool,
}

/// `../../` for a page at `a/b/`, `./` at the root.
pub(super) fn root_prefix(path: &str) -> String {
    let depth = path.matches('/').count();
    if depth == 0 {
        "./".to_string()
    } else {
        "../".repeat(depth)
    }
}

/// JSON for a `<script type="application/ld+json">` element: `<` is escaped so the
/// text can never close the element.
pub(super) fn json_ld(value: &serde_json::Value) -> String {
    value.to_string().replace('<', "\\u003c")
}

/// Shortens `text` to at most `max` characters at a word boundary, adding `…`.
pub(super) fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', '.', ';', ':']))
}

/// [`shorten`] for a shared text: the same text, not a copy, when it is short
/// enough already (a service's summary, held once for the villages that share it).
pub(super) fn shorten_shared(text: &Shared, max: usize) -> Shared {
    let short = shorten(text, max);
    if short == **text {
        text.clone()
    } else {
        Shared::from(short)
    }
}

/// The message of a tera error and its causes, on one line.
pub(super) fn error_chain(err: &tera::Error) -> String {
    let mut message = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        message.push_str(": ");
        message.push_str(&cause.to_string());
        source = cause.source();
    }
    message
}

impl Renderer<'_> {
    /// The shared part of every page's context.
    pub(super) fn base_context(
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
        let alternates = self.alternates(route, lang, &path, &root);
        let mut ctx = Context::new();
        ctx.insert("lang", lang.code);
        ctx.insert("default_lang", self.langs[0].code);
        ctx.insert("single", &self.single.is_some());
        ctx.insert_value("t", lang.t.clone());
        ctx.insert_value("site", lang.site.clone());
        ctx.insert("root", &root);
        ctx.insert("home", &format!("{root}{}", lang.prefix));
        ctx.insert("path", &path);
        self.insert_assets(&mut ctx, route, lang, &root);
        self.insert_sharing(&mut ctx, route, lang, (&path, &root), title);
        // The default language comes first.
        ctx.insert("x_default", &alternates[0].href);
        ctx.insert("x_default_url", &alternates[0].url);
        ctx.insert("alternates", &alternates);
        ctx.insert("title", title);
        ctx.insert("description", &shorten(description, 160));
        self.insert_sections(&mut ctx, lang, &root);
        ctx
    }

    /// `route` in every language of the site, the default language first.
    fn alternates<'l>(
        &'l self,
        route: Route<'_>,
        lang: &Lang<'_>,
        path: &str,
        root: &str,
    ) -> Vec<Alternate<'l>> {
        let base_url = self.site.config.base_url.as_deref();
        self.langs
            .iter()
            .map(|l| {
                let p = if l.code == lang.code {
                    path.to_string()
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
            .collect()
    }

    /// The stylesheet, icon and search files, and the village the search box
    /// searches first.
    fn insert_assets(&self, ctx: &mut Context, route: Route<'_>, lang: &Lang<'_>, root: &str) {
        let asset =
            |name: &str| format!("{root}{}", self.assets.get(name).map_or("", String::as_str));
        ctx.insert("css", &asset("style.css"));
        ctx.insert("icon", &asset("favicon.svg"));
        let search = self.path(Route::Search, lang);
        ctx.insert("search_path", &format!("{root}{search}"));
        ctx.insert("search_index", &format!("{root}{search}index.json"));
        ctx.insert("search_js", &asset("search.js"));
        ctx.insert(
            "search_village",
            &route
                .village()
                .map(|v| self.path(Route::Village(v), lang))
                .unwrap_or_default(),
        );
    }

    /// The canonical address, link previews, the WhatsApp share link and the
    /// village's feed: what needs the base URL.
    fn insert_sharing(
        &self,
        ctx: &mut Context,
        route: Route<'_>,
        lang: &Lang<'_>,
        (path, root): (&str, &str),
        title: &str,
    ) {
        let base_url = self.site.config.base_url.as_deref();
        let canonical = base_url.map(|b| format!("{b}/{path}"));
        ctx.insert("canonical", &canonical);
        // Link previews: an absolute picture URL needs the base URL.
        ctx.insert(
            "og_image",
            &base_url.and_then(|b| self.preview_image(route).map(|p| format!("{b}/{p}"))),
        );
        let section = route.entry_section();
        let og_type = if section.is_some_and(|s| s.article) {
            "article"
        } else {
            "website"
        };
        ctx.insert("og_type", og_type);
        let locale = lang.strings.teks.get("og_locale");
        ctx.insert("og_locale", locale.map_or("", String::as_str));
        let shareable = section.is_some_and(|s| s.shared);
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
            &base_url.and(route.village()).map(|v| {
                format!(
                    "{root}{}atom.xml",
                    self.path(Route::List(FEED_SECTION, v, 1), lang)
                )
            }),
        );
    }

    /// The portal's section pages the menu links to, when some village fills
    /// them: `portal_sections` in order, `portal_links` by section key.
    fn insert_sections(&self, ctx: &mut Context, lang: &Lang<'_>, root: &str) {
        let links: Vec<SectionLink> = self
            .portal_sections
            .iter()
            .map(|s| SectionLink {
                key: s.key,
                path: format!("{root}{}", self.path(Route::PortalList(s, None), lang)),
            })
            .collect();
        ctx.insert("portal_links", &SectionLink::by_key(&links));
        ctx.insert("portal_sections", &links);
    }

    /// The first breadcrumb of every page below the portal: the portal itself.
    pub(super) fn portal_crumb(&self, lang: &Lang<'_>) -> Crumb {
        Crumb {
            title: views::pick(
                &self.site.title,
                lang.code,
                self.site.config.default_language(),
            )
            .text,
            path: lang.prefix.clone(),
        }
    }

    /// The context of a portal section page one level below the portal, titled
    /// and described by the theme texts `title` and `description`.
    pub(super) fn portal_section_context(
        &self,
        route: Route<'_>,
        lang: &Lang<'_>,
        title: &str,
        description: &str,
    ) -> Context {
        let title = self.text(lang, title);
        let description = self.text(lang, description);
        self.portal_page_context(route, lang, &title, &description)
    }

    /// The context of a portal page one level below the portal, titled
    /// `title` and described by `description`.
    pub(super) fn portal_page_context(
        &self,
        route: Route<'_>,
        lang: &Lang<'_>,
        title: &str,
        description: &str,
    ) -> Context {
        let mut ctx = self.base_context(route, lang, title, description);
        let crumbs = vec![self.portal_crumb(lang)];
        self.insert_crumbs(&mut ctx, &crumbs, title, &self.path(route, lang));
        ctx
    }

    /// The breadcrumbs a page shows (`breadcrumbs`) and the same trail as a
    /// schema.org `BreadcrumbList` (`breadcrumbs_ld`), ending with the page
    /// `title` at `path`.
    fn insert_crumbs(&self, ctx: &mut Context, crumbs: &[Crumb], title: &str, path: &str) {
        let base = self.site.config.base_url.as_deref();
        if let Some(data) = schema::breadcrumbs(crumbs, title, path, base) {
            ctx.insert("breadcrumbs_ld", &json_ld(&data));
        }
        ctx.insert("breadcrumbs", crumbs);
    }

    /// A theme text in `lang`, empty when the theme has none.
    pub(super) fn text(&self, lang: &Lang<'_>, key: &str) -> String {
        lang.strings.teks.get(key).cloned().unwrap_or_default()
    }

    /// Renders `template` with `ctx`, or says why it could not.
    pub(super) fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera.render(template, ctx).map_err(|err| {
            Diagnostic::error(
                PathBuf::from("templates").join(template),
                msg!("K0810", templat = template, sebab = error_chain(&err)),
            )
        })
    }
}

/// The pages of one village in one language, while its kinds make them: what
/// they share (the village's view, its breadcrumbs, links for its Markdown) and
/// where the finished pages and their problems go.
pub(super) struct VillagePages<'p> {
    /// The renderer, for paths and templates.
    pub r: &'p Renderer<'p>,
    /// The village.
    pub village: &'p Village,
    /// The language of the pages.
    pub lang: &'p Lang<'p>,
    /// The site's default language.
    pub default: &'p str,
    /// The village as its pages show it.
    pub view: views::VillageView,
    village_value: Value,
    /// The first breadcrumb: the portal.
    pub crumb_portal: Crumb,
    /// The second breadcrumb: the village home.
    pub crumb_village: Crumb,
    out: Vec<(String, String)>,
    report: &'p mut Report,
}

impl<'p> VillagePages<'p> {
    /// Starts the pages of `village` in `lang`; problems go to `report`.
    pub fn new(
        r: &'p Renderer<'p>,
        village: &'p Village,
        lang: &'p Lang<'p>,
        report: &'p mut Report,
    ) -> Self {
        let default = r.site.config.default_language();
        let v = village.slug.as_str();
        let sections: Vec<SectionLink> = KINDS
            .iter()
            .filter(|k| k.in_village(village))
            .filter_map(|k| k.section())
            .map(|s| SectionLink {
                key: s.key,
                path: r.path(Route::List(s, v, 1), lang),
            })
            .collect();
        let view = views::VillageView::new(
            village,
            lang.code,
            default,
            lang.strings,
            sections,
            |route| r.path(route, lang),
        );
        VillagePages {
            r,
            village,
            lang,
            default,
            village_value: Value::from_serializable(&view),
            crumb_portal: r.portal_crumb(lang),
            crumb_village: Crumb {
                title: view.full_name.clone(),
                path: view.path.clone(),
            },
            view,
            out: Vec::new(),
            report,
        }
    }

    /// The finished pages: (site path, HTML).
    pub fn into_pages(self) -> Vec<(String, String)> {
        self.out
    }

    /// The site path of `route` in the pages' language.
    pub fn path(&self, route: Route<'_>) -> String {
        self.r.path(route, self.lang)
    }

    /// A theme text in the pages' language, empty when the theme has none.
    pub fn text(&self, key: &str) -> String {
        self.r.text(self.lang, key)
    }

    /// The breadcrumbs of the village home: the portal's, or none on a
    /// one-village site, whose portal is the village home.
    pub fn home_crumbs(&self) -> Vec<Crumb> {
        if self.r.single.is_some() {
            Vec::new()
        } else {
            vec![self.crumb_portal.clone()]
        }
    }

    /// The breadcrumbs of a page one level below the village home, then `more`.
    pub fn crumbs(&self, more: impl IntoIterator<Item = Crumb>) -> Vec<Crumb> {
        let mut crumbs = self.home_crumbs();
        crumbs.push(self.crumb_village.clone());
        crumbs.extend(more);
        crumbs
    }

    /// The base context of a village page, with the village and the breadcrumbs.
    pub fn context(
        &self,
        route: Route<'_>,
        title: &str,
        description: &str,
        crumbs: Vec<Crumb>,
    ) -> Context {
        let mut ctx = self.r.base_context(route, self.lang, title, description);
        ctx.insert_value("village", self.village_value.clone());
        self.r
            .insert_crumbs(&mut ctx, &crumbs, title, &self.path(route));
        ctx
    }

    /// Where a content file named in the village's Markdown (`halaman/x.md`) is
    /// published in the pages' language, or why it is not.
    fn page_target(&self, p: &str) -> PageTarget {
        let village = self.village;
        if p == "index.md" {
            return PageTarget::Page(self.path(Route::Village(&village.slug)));
        }
        // A path that is no page (a refused file under berkas/) may still be
        // known as broken, below.
        let route = self.r.source_route(village, p);
        match (route, village.unpublished.get(p)) {
            (Some(route), _) => PageTarget::Page(self.path(route)),
            (None, Some(Unpublished::Draft)) => PageTarget::Draft,
            (None, Some(Unpublished::Broken)) => PageTarget::Broken,
            (None, None) => PageTarget::Missing,
        }
    }

    /// Renders Markdown shown on the page at `route`, its links resolved and checked.
    pub fn markdown(&self, body: &Markdown, route: Route<'_>) -> markdown::Rendered {
        self.with_links(route, |links| {
            markdown::render(body, self.r.site.config.raw_html, links)
        })
    }

    /// The view of a document shown on the page at `route`, in the pages' language.
    pub fn doc(&self, doc: &Localized<DocText>, route: Route<'_>) -> DocView {
        self.with_links(route, |links| {
            let raw_html = self.r.site.config.raw_html;
            DocView::new(doc, self.lang.code, self.default, raw_html, links)
        })
    }

    /// Runs `f` with the link resolver of the page at `route`.
    fn with_links<T>(&self, route: Route<'_>, f: impl FnOnce(&markdown::Links<'_>) -> T) -> T {
        let here = self.path(route);
        let root = root_prefix(&here);
        let page_path = |p: &str| self.page_target(p);
        let near = |path: &str| self.r.near_paths(self.village, self.lang, path);
        let links = markdown::Links {
            root: &root,
            village: &self.village.slug,
            files: &self.village.files,
            page_path: &page_path,
            here: &here,
            site: &near,
        };
        f(&links)
    }

    /// Renders the page at `route` with `template` and keeps it, unless its
    /// Markdown had `problems`: then those are reported and the page is not
    /// written (a page with a broken link is not published).
    pub fn finish(
        &mut self,
        route: Route<'_>,
        template: &str,
        ctx: &Context,
        problems: Vec<Diagnostic>,
    ) {
        let html = self.r.render(template, ctx);
        if !problems.is_empty() {
            self.report.extend(problems);
            return;
        }
        match html {
            Ok(html) => self.out.push((self.path(route), html)),
            Err(d) => self.report.push(d),
        }
    }
}
