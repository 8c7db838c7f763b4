//! From the loaded site to pages: the only users of tera and pulldown-cmark.
//!
//! Every page exists in every language of the site. Rendering never writes: each
//! finished file goes to a [`Sink`], which the output module implements.

pub mod format;
pub mod markdown;
mod views;

use crate::content::{Site, Village};
use crate::diagnostic::{Diagnostic, Failure, Report};
use crate::theme::{Strings, Theme};
use rayon::prelude::*;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use tera::{Context, Tera, Value};

/// News items per page of the news list.
pub const NEWS_PER_PAGE: usize = 10;

/// Where rendered files go. Paths are relative to the output root and use `/`.
pub trait Sink: Sync {
    /// Stores a generated file (an HTML page, a stylesheet ...).
    fn write(&self, path: &str, bytes: Vec<u8>) -> Result<(), Failure>;
    /// Stores a copy of the file at `source` unchanged.
    fn copy(&self, path: &str, source: &Path) -> Result<(), Failure>;
}

/// What a render produced.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stats {
    /// HTML pages.
    pub pages: u64,
    /// All files, pages included.
    pub files: u64,
}

/// A page of the site, independent of language.
#[derive(Debug, Clone, Copy)]
enum Route<'a> {
    Portal,
    Village(&'a str),
    Page(&'a str, &'a str),
    NewsList(&'a str, usize),
    News(&'a str, &'a str),
    NotFound,
}

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
                Some((stem, ext @ ("css" | "js"))) => {
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
        })
    }

    /// The site path of `route` in `lang`: a folder ending in `/` (empty for the
    /// portal), or a file name.
    fn path(&self, route: Route<'_>, lang: &Lang<'_>) -> String {
        let s = &lang.strings.slug;
        let p = &lang.prefix;
        match route {
            Route::Portal => p.clone(),
            Route::Village(v) => format!("{p}{v}/"),
            Route::Page(v, page) => format!("{p}{v}/{page}/"),
            Route::NewsList(v, 1) => format!("{p}{v}/{}/", s.berita),
            Route::NewsList(v, n) => format!("{p}{v}/{}/{}/{n}/", s.berita, s.halaman),
            Route::News(v, item) => format!("{p}{v}/{}/{item}/", s.berita),
            Route::NotFound => format!("{p}404.html"),
        }
    }

    /// Renders every page and copies every file into `sink`.
    pub fn render_all(&self, sink: &dyn Sink, report: &mut Report) -> Result<Stats, Failure> {
        let pages = AtomicU64::new(0);
        let files = AtomicU64::new(0);
        for (name, bytes) in self.static_files {
            sink.write(&self.assets[name], bytes.clone())?;
            files.fetch_add(1, Ordering::Relaxed);
        }
        let emit = |path: String,
                    html: Result<String, Diagnostic>,
                    report: &mut Report|
         -> Result<(), Failure> {
            match html {
                Ok(html) => {
                    let file = if path.is_empty() || path.ends_with('/') {
                        format!("{path}index.html")
                    } else {
                        path
                    };
                    sink.write(&file, html.into_bytes())?;
                    pages.fetch_add(1, Ordering::Relaxed);
                    files.fetch_add(1, Ordering::Relaxed);
                }
                Err(d) => report.push(d),
            }
            Ok(())
        };
        for lang in &self.langs {
            emit(self.path(Route::Portal, lang), self.portal(lang), report)?;
            emit(
                self.path(Route::NotFound, lang),
                self.not_found(lang),
                report,
            )?;
        }
        let results: Vec<Result<Report, Failure>> = self
            .site
            .villages
            .par_iter()
            .map(|village| {
                let mut village_report = Report::new();
                for file in &village.files {
                    let source: PathBuf = self.root.join(&village.dir).join(file);
                    sink.copy(&format!("{}/{file}", village.slug), &source)?;
                    files.fetch_add(1, Ordering::Relaxed);
                }
                for lang in &self.langs {
                    for (path, html) in self.village_pages(village, lang, &mut village_report) {
                        emit(path, Ok(html), &mut village_report)?;
                    }
                }
                Ok(village_report)
            })
            .collect();
        for result in results {
            report.extend(result?);
        }
        Ok(Stats {
            pages: pages.into_inner(),
            files: files.into_inner(),
        })
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
        let alternates: Vec<_> = self
            .langs
            .iter()
            .map(|l| {
                let p = self.path(route, l);
                serde_json::json!({
                    "lang": l.code,
                    "name": l.strings.nama_bahasa,
                    "href": format!("{root}{p}"),
                    "url": base_url.map(|b| format!("{b}/{p}")),
                    "current": l.code == lang.code,
                })
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
        ctx.insert("canonical", &base_url.map(|b| format!("{b}/{path}")));
        ctx.insert("alternates", &alternates);
        ctx.insert(
            "x_default",
            &format!("{root}{}", self.path(route, default_lang)),
        );
        ctx.insert(
            "x_default_url",
            &base_url.map(|b| format!("{b}/{}", self.path(route, default_lang))),
        );
        ctx.insert("title", title);
        ctx.insert("description", &shorten(description, 160));
        ctx
    }

    fn render(&self, template: &str, ctx: &Context) -> Result<String, Diagnostic> {
        self.tera.render(template, ctx).map_err(|err| {
            Diagnostic::error(PathBuf::from("templates").join(template), error_chain(&err))
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
            }
        });
        let village_value = Value::from_serializable(&v);
        let crumb_portal = views::Crumb {
            title: views::pick(&self.site.title, lang.code, default).text,
            path: lang.prefix.clone(),
        };
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
        let has_file = |p: &str| village.has_file(p);
        let page_path = |p: &str| -> Option<String> {
            if p == "index.md" {
                return Some(self.path(Route::Village(&village.slug), lang));
            }
            let (section, file) = p.split_once('/')?;
            let slug = file.strip_suffix(".md")?;
            match section {
                "halaman" => village
                    .pages
                    .iter()
                    .any(|x| x.slug == slug)
                    .then(|| self.path(Route::Page(&village.slug, slug), lang)),
                "berita" => village
                    .news
                    .iter()
                    .any(|x| x.slug == slug)
                    .then(|| self.path(Route::News(&village.slug, slug), lang)),
                _ => None,
            }
        };
        let markdown = |doc: &crate::content::Localized<crate::content::DocText>,
                        route: Route<'_>| {
            let root = links_for(route);
            let links = markdown::Links {
                root: &root,
                village: &village.slug,
                has_file: &has_file,
                page_path: &page_path,
            };
            views::DocView::new(
                doc,
                lang.code,
                default,
                self.site.config.raw_html,
                &links,
                lang.is_default,
            )
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
            let image = item
                .image
                .as_ref()
                .map(|i| format!("{}{}/{i}", links_for(route), village.slug));
            ctx.insert("image", &image);
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

/// A template that does not compile, attributed to its file when the message names it.
fn template_error(err: &tera::Error, theme: &Theme) -> Diagnostic {
    let message = error_chain(err);
    let file = theme
        .templates
        .iter()
        .find(|t| message.contains(&t.name))
        .map_or_else(|| PathBuf::from("templates"), |t| t.file.clone());
    Diagnostic::error(file, message)
        .hint("fix the template syntax; see https://keats.github.io/tera/")
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn hashes_are_stable() {
        assert_eq!(content_hash(b"body{}"), content_hash(b"body{}"));
        assert_ne!(content_hash(b"a"), content_hash(b"b"));
        assert_eq!(content_hash(b"").len(), 8);
    }
}
