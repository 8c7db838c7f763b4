//! Budgets (APBDes, `apbdes/*.yaml`): a village's list of years with the
//! latest year's summary, one page per year, the year's data as CSV and JSON,
//! and the portal's table of every village's latest budget in four orders.
//! The budget views and charts are in [`crate::render::budget`].

use super::Kind;
use crate::content::{Site, Village};
use crate::diagnostic::{Diagnostic, Failure};
use crate::render::budget::{self, YearSummary, YearView};
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::{Key, Route, Section};
use crate::render::shown::Print;
use crate::render::views::{self, Crumb};
use crate::render::{Lang, Renderer, Sink, budget_data, format};

/// The budget section: `/<desa>/apbdes/<tahun>/`, and the portal's
/// `/apbdes/` with its sorted variants (`/apbdes/belanja/`).
pub(super) static SECTION: Section = Section {
    key: "apbdes",
    files: false,
    article: false,
    shared: false,
};

/// The orders in which the portal's budget table is offered, besides by name.
const BUDGET_SORTS: [&str; 3] = ["pendapatan", "belanja", "realisasi"];

/// The budgets of every village, and the portal's budget table.
pub(super) struct Budgets;

impl Kind for Budgets {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        // The portal's table has every village's latest year.
        print.add(&village.budgets.last());
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.budgets.is_empty()
    }

    fn on_portal(&self, site: &Site) -> bool {
        site.villages.iter().any(|v| self.in_village(v))
    }

    fn portal_routes<'s>(&self, r: &Renderer<'s>) -> Vec<Route<'s>> {
        if !r.on_portal(&SECTION) {
            return Vec::new();
        }
        std::iter::once(Route::PortalList(&SECTION, None))
            .chain(
                BUDGET_SORTS
                    .iter()
                    .map(|o| Route::PortalList(&SECTION, Some(o))),
            )
            .collect()
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let order = match route {
            Route::PortalList(_, order) => order,
            _ => None,
        };
        portal_budgets(r, lang, order)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        if village.budgets.is_empty() {
            return Vec::new();
        }
        std::iter::once(Route::List(&SECTION, v, 1))
            .chain(
                village
                    .budgets
                    .iter()
                    .map(|b| Route::Entry(&SECTION, v, Key::Year(b.year))),
            )
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
    format!(
        "{}/{}/{year}",
        village.slug,
        r.langs[0].strings.slug.section(SECTION.key)
    )
}

/// The village's list of years with the latest one's summary; returns the
/// list's breadcrumb, or `None` when the village has no budget.
fn years(pages: &mut VillagePages<'_>) -> Option<Crumb> {
    let village = pages.village;
    let latest = village.budgets.last()?;
    let strings = pages.lang.strings;
    let route = Route::List(&SECTION, &village.slug, 1);
    let budget_title = pages.text("apbdes_judul");
    let title = format!("{budget_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    let years: Vec<_> = village
        .budgets
        .iter()
        .rev()
        .map(|y| {
            YearSummary::new(
                y,
                strings,
                pages.path(Route::Entry(&SECTION, &village.slug, Key::Year(y.year))),
            )
        })
        .collect();
    ctx.insert("years", &years);
    ctx.insert("latest", &YearView::new(latest, strings, pages.lang.code));
    ctx.insert(
        "latest_path",
        &pages.path(Route::Entry(
            &SECTION,
            &village.slug,
            Key::Year(latest.year),
        )),
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
    let route = Route::Entry(&SECTION, &village.slug, Key::Year(year.year));
    let title = format!("{} {} · {}", crumb.title, year.year, pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([crumb.clone()]));
    ctx.insert(
        "budget",
        &YearView::new(year, pages.lang.strings, pages.lang.code),
    );
    ctx.insert("data", &data_path(pages.r, village, year.year));
    let dataset = budget_json_ld(pages.r, village, year.year, &title, pages.lang);
    ctx.insert("json_ld", &json_ld(&dataset));
    ctx.insert("perdes", &super::dokumen::perdes_link(pages, year));
    pages.finish(route, "budget.html", &ctx, Vec::new());
}

/// schema.org `Dataset` for a budget year: its CSV and JSON files as
/// distributions, published by the village government.
fn budget_json_ld(
    r: &Renderer<'_>,
    village: &Village,
    year: i32,
    title: &str,
    lang: &Lang<'_>,
) -> serde_json::Value {
    let base = r.site.config.base_url.as_deref();
    let absolute = |path: &str| base.map_or_else(|| path.to_string(), |b| format!("{b}/{path}"));
    let data = data_path(r, village, year);
    let teks = &lang.strings.teks;
    let full_name = views::village_full_name(village.profile.kind, &village.profile.name, teks);
    let distribution: Vec<_> = [("csv", "text/csv"), ("json", "application/json")]
        .iter()
        .map(|(ext, mime)| {
            serde_json::json!({
                "@type": "DataDownload",
                "encodingFormat": mime,
                "contentUrl": absolute(&format!("{data}.{ext}")),
            })
        })
        .collect();
    let mut dataset = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Dataset",
        "name": title,
        "description": title,
        "temporalCoverage": year.to_string(),
        "inLanguage": lang.code,
        "isAccessibleForFree": true,
        "creator": {
            "@type": "GovernmentOrganization",
            "name": format!("{} {full_name}", teks.get("pemerintah").map_or("", String::as_str)).trim(),
        },
        "distribution": distribution,
    });
    if base.is_some() {
        dataset["url"] = serde_json::json!(absolute(
            &r.path(Route::Entry(&SECTION, &village.slug, Key::Year(year)), lang)
        ));
    }
    dataset
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
    let route = Route::PortalList(&SECTION, order);
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
                "path": r.path(Route::PortalList(&SECTION, o), lang),
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
                "path": r.path(Route::List(&SECTION, &v.slug, 1), lang),
                "year": year.year,
                "year_path": r.path(Route::Entry(&SECTION, &v.slug, Key::Year(year.year)), lang),
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
