//! Budgets (APBDes, `apbdes/*.yaml`): a village's list of years with the
//! latest year's summary, one page per year, the year's data as CSV and JSON,
//! and the portal's table of every village's latest budget in four orders.
//! The budget views and charts are in [`crate::render::budget`].

use super::Kind;
use crate::content::Village;
use crate::diagnostic::{Diagnostic, Failure};
use crate::render::budget::{self, YearSummary, YearView};
use crate::render::page::VillagePages;
use crate::render::route::{BUDGET_SORTS, Route};
use crate::render::views::{self, Crumb};
use crate::render::{Lang, Renderer, Sink, budget_data, format};

/// The budgets of every village, and the portal's budget table.
pub(super) struct Budgets;

impl Kind for Budgets {
    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        if !r.sections.budgets {
            return Vec::new();
        }
        std::iter::once(Route::PortalBudgets(None))
            .chain(BUDGET_SORTS.iter().map(|o| Route::PortalBudgets(Some(o))))
            .collect()
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let order = match route {
            Route::PortalBudgets(order) => order,
            _ => None,
        };
        portal_budgets(r, lang, order)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        if village.budgets.is_empty() {
            return Vec::new();
        }
        std::iter::once(Route::Budgets(v))
            .chain(village.budgets.iter().map(|b| Route::Budget(v, b.year)))
            .collect()
    }

    fn write_village_files(
        &self,
        r: &Renderer<'_>,
        village: &Village,
        sink: &dyn Sink,
    ) -> Result<u64, Failure> {
        let mut files = 0;
        for year in &village.budgets {
            let base = data_path(r, village, year.year);
            sink.write(&format!("{base}.csv"), budget_data::csv(year).into_bytes())?;
            let json =
                budget_data::json(year, &village.profile.name, village.profile.code.as_deref());
            sink.write(&format!("{base}.json"), json.into_bytes())?;
            files += 2;
        }
        Ok(files)
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        let Some(crumb) = years(pages) else {
            return;
        };
        for year in &pages.village.budgets {
            year_page(pages, year, &crumb);
        }
    }
}

/// Site path of a year's data files, without extension: `kemiren/apbdes/2024`.
/// Data files exist once, under the default language's section name.
fn data_path(r: &Renderer<'_>, village: &Village, year: i32) -> String {
    format!("{}/{}/{year}", village.slug, r.langs[0].strings.slug.apbdes)
}

/// The village's list of years with the latest one's summary; returns the
/// list's breadcrumb, or `None` when the village has no budget.
fn years(pages: &mut VillagePages<'_>) -> Option<Crumb> {
    let village = pages.village;
    let latest = village.budgets.last()?;
    let strings = pages.lang.strings;
    let route = Route::Budgets(&village.slug);
    let budget_title = pages.text("apbdes_judul");
    let title = format!("{budget_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    let years: Vec<_> = village
        .budgets
        .iter()
        .rev()
        .map(|y| YearSummary::new(y, strings, pages.path(Route::Budget(&village.slug, y.year))))
        .collect();
    ctx.insert("years", &years);
    ctx.insert("latest", &YearView::new(latest, strings, pages.lang.code));
    ctx.insert(
        "latest_path",
        &pages.path(Route::Budget(&village.slug, latest.year)),
    );
    ctx.insert(
        "years_chart",
        &budget::years_chart(&village.budgets, strings),
    );
    pages.finish(route, "budgets.html", &ctx, Vec::new());
    Some(Crumb {
        title: budget_title,
        path: pages.path(route),
    })
}

/// One year's page.
fn year_page(pages: &mut VillagePages<'_>, year: &crate::content::BudgetYear, crumb: &Crumb) {
    let village = pages.village;
    let route = Route::Budget(&village.slug, year.year);
    let title = format!("{} {} · {}", crumb.title, year.year, pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([crumb.clone()]));
    ctx.insert(
        "budget",
        &YearView::new(year, pages.lang.strings, pages.lang.code),
    );
    ctx.insert("data", &data_path(pages.r, village, year.year));
    pages.finish(route, "budget.html", &ctx, Vec::new());
}

/// One row of the portal's budget table, with the keys it is sorted by.
struct Row {
    name: String,
    revenue: i128,
    spending: i128,
    percent: Option<i128>,
    view: serde_json::Value,
}

/// The portal's table of every village's latest budget, sorted by `order`
/// (`None`: by name).
fn portal_budgets(
    r: &Renderer<'_>,
    lang: &Lang<'_>,
    order: Option<&str>,
) -> Result<String, Diagnostic> {
    let route = Route::PortalBudgets(order);
    let mut ctx = r.portal_section_context(route, lang, "apbdes_portal", "apbdes_portal_teks");
    let mut rows = budget_rows(r, lang);
    match order {
        Some("pendapatan") => {
            rows.sort_by(|a, b| b.revenue.cmp(&a.revenue).then(a.name.cmp(&b.name)))
        }
        Some("belanja") => {
            rows.sort_by(|a, b| b.spending.cmp(&a.spending).then(a.name.cmp(&b.name)))
        }
        Some(_) => rows.sort_by(|a, b| b.percent.cmp(&a.percent).then(a.name.cmp(&b.name))),
        None => rows.sort_by(|a, b| a.name.cmp(&b.name)),
    }
    let sorts: Vec<_> = std::iter::once(None)
        .chain(BUDGET_SORTS.iter().map(|o| Some(*o)))
        .map(|o| {
            serde_json::json!({
                "key": o.unwrap_or("nama"),
                "path": r.path(Route::PortalBudgets(o), lang),
                "current": o == order,
            })
        })
        .collect();
    ctx.insert(
        "rows",
        &rows.into_iter().map(|r| r.view).collect::<Vec<_>>(),
    );
    ctx.insert("sorts", &sorts);
    ctx.insert("order", &order.unwrap_or("nama"));
    r.render("portal_budgets.html", &ctx)
}

/// The rows of the portal's budget table, one per village with a budget, unsorted.
fn budget_rows(r: &Renderer<'_>, lang: &Lang<'_>) -> Vec<Row> {
    let teks = &lang.strings.teks;
    let f = &lang.strings.format;
    r.site
        .villages
        .iter()
        .filter_map(|v| {
            let year = v.budgets.last()?;
            let name = views::village_full_name(v.profile.kind, &v.profile.name, teks);
            let revenue = year.total_revenue().budget;
            let spending = year.total_spending();
            let percent = spending.percent();
            let view = serde_json::json!({
                "name": name,
                "district": views::village_district(&v.profile, teks),
                "path": r.path(Route::Budgets(&v.slug), lang),
                "year": year.year,
                "year_path": r.path(Route::Budget(&v.slug, year.year), lang),
                "status": teks.get(&format!("status_{}", year.status.key())),
                "revenue": format::money(revenue, f),
                "spending": format::money(spending.budget, f),
                "percent": percent.map(|p| format::percent(p, f)),
            });
            Some(Row {
                name: name.to_lowercase(),
                revenue,
                spending: spending.budget,
                percent,
                view,
            })
        })
        .collect()
}
