//! From the loaded site to pages: the only users of tera and pulldown-cmark.
//!
//! Every page exists in every language of the site. Rendering never writes: each
//! finished file goes to a [`Sink`], which the output module implements.
//!
//! The layer is shaped like the content layer, one module per kind of page:
//! - this file is the pipeline: [`Renderer`] holds the templates, languages and
//!   assets, and renders the portal and each village by iterating over the page
//!   kinds, never naming one;
//! - `kinds/` has one module per page kind (its routes, pages, template views,
//!   JSON-LD and portal pages) and `kinds::KINDS`, the list of them;
//! - `route.rs` is the route table: every page's address in every language,
//!   read by the pages, the sitemap and the link checker;
//! - `page.rs` is what every kind shares (base context, breadcrumbs, templates,
//!   Markdown with its link resolver, collecting problems);
//! - `views.rs` holds the views several kinds show; `discover.rs` the search
//!   index, sitemaps and feeds; `forms.rs` the web forms of the published
//!   site; `markdown/`, `picture.rs`, `format.rs`,
//!   `budget.rs`, `chart.rs`, `budget_data.rs` the pieces the kinds use.
//!
//! docs/architecture.md says why, and how to add a page kind.

mod budget;
mod budget_data;
mod chart;
mod discover;
pub mod format;
mod forms;
mod kinds;
pub mod markdown;
mod page;
mod parts;
pub mod picture;
mod route;
mod schema;
mod shown;
mod statistik;
mod views;

pub use discover::OwnFiles;
pub use parts::PartsMemo;
pub use shown::{Layout, PortalShown, PortalWork};

use crate::content::{Site, Village};
use crate::diagnostic::{Diagnostic, Failure, Position, Report};
use crate::msg;
use crate::theme::{Strings, Theme};
use page::error_chain;
use rayon::prelude::*;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use tera::{Tera, Value};

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
    /// Stores a file of the picture cache (a processed photo), which is never
    /// written again once made: an output folder may link it instead of
    /// copying its bytes.
    fn copy_kept(&self, path: &str, source: &Path) -> Result<(), Failure> {
        self.copy(path, source)
    }
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
    /// The village of a one-village site, whose home is the front page `/`.
    single: Option<&'a str>,
    root: &'a Path,
    tera: Tera,
    langs: Vec<Lang<'a>>,
    static_files: &'a [(String, Vec<u8>)],
    /// Static file name -> published path (with a content hash for CSS and JS).
    assets: BTreeMap<String, String>,
    /// The site's link-preview picture, found once.
    site_preview: std::sync::OnceLock<Option<String>>,
    /// The villages of each kecamatan (by its slug), in slug order: found
    /// once, for the thousands of kecamatan pages of a national portal.
    by_district: std::sync::OnceLock<HashMap<String, Vec<usize>>>,
    /// The sections the portal has a page of, because some village fills
    /// them, in the order of the kinds: found once, because every page's menu
    /// asks, and scanning 83,762 villages per page made the national build
    /// quadratic.
    portal_sections: Vec<&'static route::Section>,
    /// The villages' parts of the site-wide files from earlier rebuilds of a
    /// session (`serve`, `build --watch`), if any.
    memo: Option<&'a PartsMemo>,
    /// The texts the villages' parts of the search index repeat (the paths
    /// within a village), held once.
    texts: crate::content::Interner,
}

/// The regency's logo as the header shows it, named after the regency
/// ("Lambang Kabupaten Banyuwangi"), or after the portal (`title`) when
/// site.yaml names no regency.
fn site_logo(site: &Site, teks: &BTreeMap<String, String>, title: &str) -> Option<views::LogoView> {
    let logo = site.logo.as_ref()?;
    let owner = match site.config.regency.as_deref().map(str::trim) {
        Some(r) if r.starts_with("Kabupaten ") || r.starts_with("Kota ") => r.to_string(),
        Some(r) if !r.is_empty() => views::named(teks, "pola_kabupaten", r),
        _ => title.to_string(),
    };
    views::LogoView::of(&logo.picture, "", views::named(teks, "lambang", &owner))
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
                    "logo": site_logo(site, &strings.teks, &pick(&site.title).text),
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
            single: site.single_village().map(|v| v.slug.as_str()),
            root,
            tera,
            langs,
            static_files: &theme.static_files,
            assets,
            site_preview: std::sync::OnceLock::new(),
            by_district: std::sync::OnceLock::new(),
            portal_sections: kinds::KINDS
                .iter()
                .filter(|k| k.on_portal(site))
                .filter_map(|k| k.section())
                .collect(),
            memo: None,
            texts: crate::content::Interner::default(),
        })
    }

    /// The villages of the kecamatan `slug`, in slug order.
    pub(crate) fn villages_in_district(&self, slug: &str) -> Vec<&'a Village> {
        let by_district = self.by_district.get_or_init(|| {
            let mut map: HashMap<String, Vec<usize>> = HashMap::new();
            for (at, v) in self.site.villages.iter().enumerate() {
                let slug = &v.profile.district_slug;
                match map.get_mut(slug) {
                    Some(villages) => villages.push(at),
                    None => {
                        map.insert(slug.clone(), vec![at]);
                    }
                }
            }
            map
        });
        let villages = &self.site.villages;
        let found = by_district.get(slug).map_or(&[][..], Vec::as_slice);
        found.iter().map(|&at| &*villages[at]).collect()
    }

    /// This renderer reusing and keeping the villages' parts of the site-wide
    /// files in `memo` (see [`PartsMemo`]).
    pub fn with_memo(mut self, memo: &'a PartsMemo) -> Self {
        self.memo = Some(memo);
        self
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
                stats.files += self.render_indexes(sink, OwnFiles::All)?.files;
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
        // The regency's logo: only its variants, never an SVG original.
        for variant in self.site.logo.iter().flat_map(|l| &l.picture.variants) {
            if let Some(encoded) = &variant.file {
                sink.copy_kept(&variant.name, encoded)?;
            }
            stats.files += 1;
        }
        stats.files += self.render_portal_forms(sink, report)?.files;
        let portal = self.portal_pages();
        for lang in &self.langs {
            for &(kind, route) in &portal {
                let html = kind.render_portal(self, lang, route);
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
        for kind in kinds::KINDS {
            stats.files += kind.write_village_files(self, village, sink)?;
        }
        stats.files += self.render_village_forms(village, sink)?.files;
        for (file, info) in &village.files {
            let source: PathBuf = self.root.join(&village.dir).join(file);
            if let Some(picture) = &info.picture {
                for variant in &picture.variants {
                    if let Some(encoded) = &variant.file {
                        sink.copy_kept(&format!("{}/{}", village.slug, variant.name), encoded)?;
                    }
                    stats.files += 1;
                }
                // An SVG logo is published only as the PNG files drawn from it.
                if !self.site.config.original_photos || crate::media::svg::is_svg(file) {
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
                let mut pages = page::VillagePages::new(self, village, lang, &mut lang_report);
                for kind in kinds::KINDS {
                    kind.render_village(&mut pages);
                }
                for (path, html) in pages.into_pages() {
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
    use super::page::{root_prefix, shorten, shorten_shared};
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
    fn a_short_shared_text_is_kept_itself_not_copied() {
        let short = crate::content::Shared::from("satu dua tiga");
        let kept = shorten_shared(&short, 20);
        assert!(std::ptr::eq(kept.as_ptr(), short.as_ptr()));
        let long = crate::content::Shared::from("satu dua tiga empat");
        assert_eq!(shorten_shared(&long, 10), "satu dua…");
        let padded = crate::content::Shared::from(" satu ");
        assert_eq!(shorten_shared(&padded, 20), "satu");
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
