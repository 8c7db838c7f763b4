//! Population statistics (`statistik/*.yaml`): a village's latest year (each
//! category as bars readable without JavaScript, and as a table, with the
//! change from the year before), a page per older year, each year as CSV and
//! JSON, and the portal's figures summed over every village.
//!
//! Every page and file reads [`publish`] (or [`publish_sum`] for the portal):
//! the one place where small counts are withheld.

use super::Kind;
use crate::content::statistik::{PublishedYear, StatYear, publish, publish_sum};
use crate::content::{Site, Village};
use crate::diagnostic::{Diagnostic, Failure};
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::{Key, Route, Section};
use crate::render::shown::Print;
use crate::render::statistik::{self as views, YearView};
use crate::render::views::{Crumb, village_district, village_full_name};
use crate::render::{Lang, Renderer, Sink};

/// The statistics section: `/<desa>/statistik/` (the latest year),
/// `/<desa>/statistik/<tahun>/` (older years), and the portal's `/statistik/`.
pub(super) static SECTION: Section = Section {
    key: "statistik",
    files: false,
    article: false,
    shared: false,
};

/// The statistics of every village, and the portal's sum.
pub(super) struct Statistics;

impl Kind for Statistics {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        // The portal sums every village's latest year.
        print.add(&village.statistics.last());
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.statistics.is_empty()
    }

    fn on_portal(&self, site: &Site) -> bool {
        site.villages.iter().any(|v| self.in_village(v))
    }

    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        r.portal_list(&SECTION)
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        portal_statistics(r, lang)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        let Some((_, older)) = village.statistics.split_last() else {
            return Vec::new();
        };
        std::iter::once(Route::List(&SECTION, v, 1))
            .chain(
                older
                    .iter()
                    .rev()
                    .map(|y| Route::Entry(&SECTION, v, Key::Year(y.year))),
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
        for year in published(r, village) {
            let base = data_path(r, village, year.year);
            sink.write(&format!("{base}.csv"), views::csv(&year).into_bytes())?;
            let json = views::json(
                &year,
                &village.profile.name,
                village.profile.code.as_deref(),
            );
            sink.write(&format!("{base}.json"), json.into_bytes())?;
            files += 2;
        }
        Ok(files)
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        let years = published(pages.r, pages.village);
        let Some(latest) = years.last() else {
            return;
        };
        let title = pages.text("statistik_judul");
        let crumb = Crumb {
            title: title.clone(),
            path: pages.path(Route::List(&SECTION, &pages.village.slug, 1)),
        };
        year_page(pages, &years, latest, None);
        for year in years.iter().rev().skip(1) {
            year_page(pages, &years, year, Some(&crumb));
        }
    }
}

/// The published years of `village`, oldest first.
fn published(r: &Renderer<'_>, village: &Village) -> Vec<PublishedYear> {
    let config = &r.site.config.statistics;
    village
        .statistics
        .iter()
        .map(|y| publish(y, config))
        .collect()
}

/// Site path of a year's data files, without extension: `kemiren/statistik/2025`.
fn data_path(r: &Renderer<'_>, village: &Village, year: i32) -> String {
    format!(
        "{}/{}/{year}",
        village.slug,
        r.langs[0].strings.slug.section(SECTION.key)
    )
}

/// The page of `year`: the section's page for the latest year (`crumb` is
/// `None`), an entry page below it for an older one.
fn year_page(
    pages: &mut VillagePages<'_>,
    years: &[PublishedYear],
    year: &PublishedYear,
    crumb: Option<&Crumb>,
) {
    let village = pages.village;
    let v = village.slug.as_str();
    let route = match crumb {
        None => Route::List(&SECTION, v, 1),
        Some(_) => Route::Entry(&SECTION, v, Key::Year(year.year)),
    };
    let heading = format!("{} {}", pages.text("statistik_judul"), year.year);
    let title = format!("{heading} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs(crumb.cloned()));
    let previous = years.iter().rev().find(|p| p.year < year.year);
    let view = YearView::new(year, previous, pages.lang.strings, pages.lang.code);
    ctx.insert("stat", &view);
    ctx.insert("heading", &heading);
    ctx.insert("data", &data_path(pages.r, village, year.year));
    let others: Vec<_> = years
        .iter()
        .rev()
        .filter(|y| y.year != year.year)
        .map(|y| {
            let latest = years.last().is_some_and(|l| l.year == y.year);
            let route = if latest {
                Route::List(&SECTION, v, 1)
            } else {
                Route::Entry(&SECTION, v, Key::Year(y.year))
            };
            serde_json::json!({ "year": y.year, "path": pages.path(route) })
        })
        .collect();
    ctx.insert("other_years", &others);
    let dataset = dataset(pages.r, pages.lang, village, year.year, &title, route);
    ctx.insert("json_ld", &json_ld(&dataset));
    pages.finish(route, "statistik.html", &ctx, Vec::new());
}

/// schema.org `Dataset` for a statistics year: its CSV and JSON files as
/// distributions, published by the village government.
fn dataset(
    r: &Renderer<'_>,
    lang: &Lang<'_>,
    village: &Village,
    year: i32,
    title: &str,
    route: Route<'_>,
) -> serde_json::Value {
    let base = r.site.config.base_url.as_deref();
    let absolute = |path: &str| base.map_or_else(|| path.to_string(), |b| format!("{b}/{path}"));
    let data = data_path(r, village, year);
    let teks = &lang.strings.teks;
    let full_name = village_full_name(village.profile.kind, &village.profile.name, teks);
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
    let government = teks.get("pemerintah").map_or("", String::as_str);
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
            "name": format!("{government} {full_name}").trim(),
        },
        "distribution": distribution,
    });
    if base.is_some() {
        dataset["url"] = serde_json::json!(absolute(&r.path(route, lang)));
    }
    dataset
}

/// The portal's page: every village's latest year summed, then suppressed.
fn portal_statistics(r: &Renderer<'_>, lang: &Lang<'_>) -> Result<String, Diagnostic> {
    let route = Route::PortalList(&SECTION, None);
    let mut ctx =
        r.portal_section_context(route, lang, "statistik_portal", "statistik_portal_teks");
    let config = &r.site.config.statistics;
    let mut villages: Vec<&Village> = r
        .site
        .villages
        .iter()
        .map(|v| v.as_ref())
        .filter(|v| !v.statistics.is_empty())
        .collect();
    villages.sort_by(|a, b| {
        (&a.profile.district, &a.profile.name).cmp(&(&b.profile.district, &b.profile.name))
    });
    let latest: Vec<(&StatYear, PublishedYear)> = villages
        .iter()
        .filter_map(|v| v.statistics.last())
        .map(|y| (y, publish(y, config)))
        .collect();
    let pairs: Vec<(&StatYear, &PublishedYear)> = latest.iter().map(|(y, p)| (*y, p)).collect();
    let sum = publish_sum(&pairs, config).map(|s| YearView::new(&s, None, lang.strings, lang.code));
    ctx.insert("stat", &sum);
    let teks = &lang.strings.teks;
    let rows: Vec<_> = villages
        .iter()
        .filter_map(|v| {
            let year = v.statistics.last()?;
            Some(serde_json::json!({
                "name": village_full_name(v.profile.kind, &v.profile.name, teks),
                "district": village_district(&v.profile, teks),
                "path": r.path(Route::List(&SECTION, &v.slug, 1), lang),
                "year": year.year,
                "population": crate::render::format::integer(
                    i128::from(year.population),
                    &lang.strings.format
                ),
            }))
        })
        .collect();
    ctx.insert("villages", &rows);
    r.render("portal_statistik.html", &ctx)
}
