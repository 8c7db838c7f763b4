//! News (`berita/*.md`): a village's news list, paginated, and one page per
//! item with its NewsArticle JSON-LD. The feeds are in [`crate::render::discover`].

use super::{FeedItem, Kind, SearchEntry, searchable};
use crate::content::{News as NewsItem, Shared, Village};
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::{Key, Route, Section};
use crate::render::views::{self, Crumb, NewsCard, pick_doc};
use crate::render::{Lang, NEWS_PER_PAGE, Renderer, discover, picture, schema};
use serde::Serialize;

/// The news section: `/<desa>/berita/<slug>/` (`berita/<slug>.md`), its list
/// paginated; the Atom feeds live in its folder.
pub(super) static SECTION: Section = Section {
    key: "berita",
    files: true,
    article: true,
    shared: true,
};

/// The news of every village.
pub(super) struct News;

/// How many pages the news list of `village` has: at least one, even empty.
fn list_pages(village: &Village) -> usize {
    village.news.len().div_ceil(NEWS_PER_PAGE).max(1)
}

impl Kind for News {
    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    /// Every village has a news list, empty or not.
    fn in_village(&self, _village: &Village) -> bool {
        true
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        (1..=list_pages(village))
            .map(|n| Route::List(&SECTION, v, n))
            .chain(
                village
                    .news
                    .iter()
                    .map(|n| Route::Entry(&SECTION, v, Key::Slug(&n.slug))),
            )
            .collect()
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        let village = pages.village;
        let news_title = pages.text("berita");
        for n in 1..=list_pages(village) {
            list_page(pages, n, &news_title);
        }
        let crumb = Crumb {
            title: news_title,
            path: pages.path(Route::List(&SECTION, &village.slug, 1)),
        };
        for item in &village.news {
            item_page(pages, item, &crumb);
        }
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("berita")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let v = village.slug.as_str();
        village
            .news
            .iter()
            .map(|item| {
                let (title, _) = searchable(&item.text, lang, r.langs[0].code);
                let text = Shared::from(item.date.to_string());
                let route = Route::Entry(&SECTION, v, Key::Slug(&item.slug));
                SearchEntry { title, text, route }
            })
            .collect()
    }

    fn feed_items<'v>(&self, village: &'v Village) -> Vec<FeedItem<'v>> {
        let v = village.slug.as_str();
        village
            .news
            .iter()
            .map(|item| FeedItem {
                date: item.date,
                slug: &item.slug,
                text: &item.text,
                route: Route::Entry(&SECTION, v, Key::Slug(&item.slug)),
            })
            .collect()
    }

    fn entry_picture(&self, village: &Village, key: Key<'_>) -> Option<String> {
        let item = village.news.iter().find(|n| Key::Slug(&n.slug) == key)?;
        let file = item.image.as_ref()?;
        let info = village.files.get(file);
        info?.picture.as_ref()?;
        Some(picture::published_path(&village.slug, file, info))
    }
}

/// Page `n` of the village's news list.
fn list_page(pages: &mut VillagePages<'_>, n: usize, news_title: &str) {
    let village = pages.village;
    let lang = pages.lang;
    let total = list_pages(village);
    let route = Route::List(&SECTION, &village.slug, n);
    let items: Vec<_> = village
        .news
        .iter()
        .skip((n - 1) * NEWS_PER_PAGE)
        .take(NEWS_PER_PAGE)
        .map(|item| {
            NewsCard::new(
                item,
                lang.code,
                pages.default,
                lang.strings,
                pages.path(Route::Entry(&SECTION, &village.slug, Key::Slug(&item.slug))),
            )
        })
        .collect();
    let title = if n == 1 {
        format!("{news_title} · {}", pages.view.full_name)
    } else {
        format!(
            "{news_title} · {} ({} {n})",
            pages.view.full_name,
            lang.strings.teks.get("halaman").map_or("", String::as_str)
        )
    };
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    ctx.insert("items", &items);
    let list = |number| pages.path(Route::List(&SECTION, &village.slug, number));
    let pager = Pager {
        current: n,
        total,
        prev: (n > 1).then(|| list(n - 1)),
        next: (n < total).then(|| list(n + 1)),
        pages: (1..=total)
            .map(|number| PageLink {
                number,
                path: list(number),
            })
            .collect(),
    };
    ctx.insert("pager", &pager);
    pages.finish(route, "news_list.html", &ctx, Vec::new());
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

/// One news item's page.
fn item_page(pages: &mut VillagePages<'_>, item: &NewsItem, crumb: &Crumb) {
    let village = pages.village;
    let lang = pages.lang;
    let default = pages.default;
    let route = Route::Entry(&SECTION, &village.slug, Key::Slug(&item.slug));
    let mut doc = pages.doc(&item.text, route);
    let problems = doc.take_problems();
    let title = doc.title.text.clone();
    let description = doc.description();
    let mut ctx = pages.context(route, &title, &description, pages.crumbs([crumb.clone()]));
    let card = NewsCard::new(item, lang.code, default, lang.strings, pages.path(route));
    ctx.insert("item", &card);
    let image = item.image.as_ref().map(|file| {
        let alt = pick_doc(&item.text, lang.code, default, |d| d.image_alt.as_ref())
            .unwrap_or_else(|| views::LangText::plain(""));
        picture::PhotoView::new(&village.slug, file, village.files.get(file), alt)
    });
    ctx.insert("image", &image);
    ctx.insert(
        "json_ld",
        &json_ld(&news_json_ld(pages.r, village, item, lang)),
    );
    ctx.insert("doc", &doc);
    pages.finish(route, "news.html", &ctx, problems);
}

/// JSON-LD for a news item: a NewsArticle with an image, published by the
/// village government (with its logo when it has one).
fn news_json_ld(
    r: &Renderer<'_>,
    village: &Village,
    item: &NewsItem,
    lang: &Lang<'_>,
) -> serde_json::Value {
    let default = r.langs[0].code;
    let base = r.site.config.base_url.as_deref();
    let route = Route::Entry(&SECTION, &village.slug, Key::Slug(&item.slug));
    let headline = pick_doc(&item.text, lang.code, default, |d| d.title.as_ref()).map(|t| t.text);
    let date = discover::atom_date(&item.date);
    let name = views::village_full_name(
        village.profile.kind,
        &village.profile.name,
        &lang.strings.teks,
    );
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": headline,
        "datePublished": date,
        "dateModified": date,
        "inLanguage": lang.code,
        "author": { "@type": "GovernmentOrganization", "name": name },
        "publisher": { "@type": "GovernmentOrganization", "name": name },
    });
    if let Some(logo) = schema::village_logo(base, village) {
        data["publisher"]["logo"] = logo;
    }
    if let Some(summary) = pick_doc(&item.text, lang.code, default, |d| d.summary.as_ref()) {
        data["description"] = serde_json::json!(summary.text);
    }
    if let Some(b) = base {
        let url = format!("{b}/{}", r.path(route, lang));
        data["mainEntityOfPage"] = serde_json::json!(url);
        data["url"] = serde_json::json!(url);
        // The item's own picture, else its village's or the site's, as the
        // link preview shows.
        if let Some(image) = r.preview_image(route) {
            data["image"] = serde_json::json!(format!("{b}/{image}"));
        }
    }
    data
}
