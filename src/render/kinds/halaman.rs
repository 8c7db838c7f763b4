//! A village's free pages (`halaman/*.md`): a title and Markdown, nothing more.

use super::{Kind, SearchEntry, searchable};
use crate::content::Village;
use crate::render::page::VillagePages;
use crate::render::route::Route;
use crate::render::{Lang, Renderer};

/// The free pages of every village.
pub(super) struct Halaman;

impl Kind for Halaman {
    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        village
            .pages
            .iter()
            .map(|p| Route::Page(v, &p.slug))
            .collect()
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        let village = pages.village;
        for page in &village.pages {
            let route = Route::Page(&village.slug, &page.slug);
            let mut doc = pages.doc(&page.text, route);
            let problems = doc.take_problems();
            let title = doc.title.text.clone();
            let description = doc.description();
            let mut ctx = pages.context(route, &title, &description, pages.crumbs([]));
            ctx.insert("doc", &doc);
            pages.finish(route, "page.html", &ctx, problems);
        }
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("halaman")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let v = village.slug.as_str();
        village
            .pages
            .iter()
            .map(|page| {
                let (title, text) = searchable(&page.text, lang, r.langs[0].code);
                let route = Route::Page(v, &page.slug);
                SearchEntry { title, text, route }
            })
            .collect()
    }
}
