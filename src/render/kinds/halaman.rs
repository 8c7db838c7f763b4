//! A village's free pages (`halaman/*.md`): a title and Markdown, nothing more.

use super::Kind;
use crate::content::Village;
use crate::render::page::VillagePages;
use crate::render::route::Route;

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
}
