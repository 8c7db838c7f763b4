//! Development projects (`pembangunan/*.md`): a village's list of projects
//! with progress bars and totals per source of funds, one page per project
//! with its photo timeline, map links and the APBDes line it spends, and the
//! portal's list of every project by kecamatan with totals.
//!
//! No JSON-LD: schema.org has no type for a public works project (`Project`
//! is a kind of Organization, `Event` and `Place` describe something else), and
//! a wrong type tells search engines something false.

use super::destination::MapLinks;
use super::{Kind, SearchEntry};
use crate::content::{Project, SECTORS, Shared, Site, Village};
use crate::diagnostic::Diagnostic;
use crate::render::format;
use crate::render::page::VillagePages;
use crate::render::picture::PhotoView;
use crate::render::route::{Key, Route, Section};
use crate::render::shown::Print;
use crate::render::views::{Crumb, LangText, pick, pick_doc, village_district, village_full_name};
use crate::render::{Lang, Renderer};
use crate::theme::Strings;
use serde::Serialize;
use std::collections::BTreeMap;

/// The projects section: `/<desa>/pembangunan/<slug>/`
/// (`pembangunan/<slug>.md`), and the portal's `/pembangunan/`.
pub(super) static SECTION: Section = Section {
    key: "pembangunan",
    files: true,
    article: false,
    shared: true,
};

/// The projects of every village, and the portal's projects page.
pub(super) struct Projects;

impl Kind for Projects {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        print.add(&village.projects);
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.projects.is_empty()
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
        let route = Route::PortalList(&SECTION, None);
        let mut ctx =
            r.portal_section_context(route, lang, "pembangunan_portal", "pembangunan_portal_teks");
        let default = r.site.config.default_language();
        let mut all = Vec::new();
        let mut groups: Vec<DistrictGroup> = Vec::new();
        let mut villages: Vec<_> = r.site.villages.iter().collect();
        villages.sort_by(|a, b| {
            (&a.profile.district, &a.profile.name).cmp(&(&b.profile.district, &b.profile.name))
        });
        for village in villages.into_iter().filter(|v| !v.projects.is_empty()) {
            let path = |p: &Project| {
                r.path(
                    Route::Entry(&SECTION, &village.slug, Key::Slug(&p.slug)),
                    lang,
                )
            };
            let views: Vec<_> = village
                .projects
                .iter()
                .map(|p| {
                    let paths = (path(p), r.path(Route::Village(&village.slug), lang));
                    ProjectView::new(p, village, lang, default, lang.strings, paths)
                })
                .collect();
            all.extend(village.projects.iter());
            match groups.last_mut() {
                Some(g) if g.key == village.profile.district => {
                    g.all.extend(village.projects.iter().map(|p| p.amount));
                    g.projects.extend(views);
                }
                _ => groups.push(DistrictGroup {
                    key: village.profile.district.clone(),
                    label: village_district(&village.profile, &lang.strings.teks),
                    all: village.projects.iter().map(|p| p.amount).collect(),
                    projects: views,
                    total: String::new(),
                }),
            }
        }
        for g in &mut groups {
            g.total = money(g.all.iter().sum(), lang.strings);
        }
        ctx.insert("groups", &groups);
        ctx.insert("totals", &fund_totals(&all, lang.strings));
        r.render("portal_pembangunan.html", &ctx)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let keys = village.projects.iter().map(|x| Key::Slug(&x.slug));
        Route::list_and_entries(&SECTION, &village.slug, keys)
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        if pages.village.projects.is_empty() {
            return;
        }
        let (views, crumb) = list(pages);
        for (project, view) in pages.village.projects.iter().zip(views) {
            project_page(pages, project, view, &crumb);
        }
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("pembangunan")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let default = r.site.config.default_language();
        let v = village.slug.as_str();
        village
            .projects
            .iter()
            .map(|p| {
                let route = Route::Entry(&SECTION, v, Key::Slug(&p.slug));
                let paths = (String::new(), String::new());
                let view = ProjectView::new(p, village, lang, default, lang.strings, paths);
                SearchEntry {
                    title: Shared::from(view.name.text),
                    text: Shared::from(format!(
                        "{} · {} · {}",
                        p.year, view.stage_label, view.percent_text
                    )),
                    route,
                }
            })
            .collect()
    }

    fn entry_picture(&self, village: &Village, key: Key<'_>) -> Option<String> {
        let project = village
            .projects
            .iter()
            .find(|p| Key::Slug(&p.slug) == key)?;
        // The latest photo that is published as JPEG, which every app previews.
        project.progress.iter().rev().find_map(|r| {
            let file = r.photo.as_ref()?;
            let info = village.files.get(file);
            info.and_then(|i| i.picture.as_ref())?;
            let path = crate::render::picture::published_path(&village.slug, file, info);
            path.ends_with(".jpg").then_some(path)
        })
    }
}

/// Money of whole Rupiah in the language's format.
fn money(rupiah: u64, strings: &Strings) -> String {
    format::money(i128::from(rupiah) * 100, &strings.format)
}

/// The village's list of projects; returns their views and the list's breadcrumb.
fn list(pages: &mut VillagePages<'_>) -> (Vec<ProjectView>, Crumb) {
    let village = pages.village;
    let lang = pages.lang;
    let route = Route::List(&SECTION, &village.slug, 1);
    let views: Vec<_> = village
        .projects
        .iter()
        .map(|p| {
            let path = pages.path(Route::Entry(&SECTION, &village.slug, Key::Slug(&p.slug)));
            let paths = (path, pages.path(Route::Village(&village.slug)));
            ProjectView::new(p, village, lang, pages.default, lang.strings, paths)
        })
        .collect();
    let list_title = pages.text("pembangunan_desa");
    let title = format!("{list_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    let all: Vec<&Project> = village.projects.iter().collect();
    ctx.insert("projects", &views);
    ctx.insert("totals", &fund_totals(&all, lang.strings));
    pages.finish(route, "pembangunan_list.html", &ctx, Vec::new());
    let crumb = Crumb {
        title: list_title,
        path: pages.path(route),
    };
    (views, crumb)
}

/// One project's page.
fn project_page(pages: &mut VillagePages<'_>, project: &Project, view: ProjectView, crumb: &Crumb) {
    let village = pages.village;
    let route = Route::Entry(&SECTION, &village.slug, Key::Slug(&project.slug));
    let mut doc = pages.doc(&project.text, route);
    let problems = doc.take_problems();
    let description = doc.description();
    let crumbs = pages.crumbs([crumb.clone()]);
    let mut ctx = pages.context(route, &view.name.text.clone(), &description, crumbs);
    let budget = project.budget_line.as_ref().map(|b| {
        let year = Route::Entry(&super::budget::SECTION, &village.slug, Key::Year(b.year));
        let f = &pages.lang.strings.format;
        BudgetLineView {
            year: b.year,
            path: pages.path(year),
            sector: b.sector,
            sector_label: b.sector_label,
            label: b.label.clone(),
            budget: format::money(b.budget, f),
            actual: b.actual.map(|a| format::money(a, f)),
        }
    });
    ctx.insert("doc", &doc);
    ctx.insert("project", &view);
    ctx.insert("budget_line", &budget);
    pages.finish(route, "pembangunan.html", &ctx, problems);
}

/// A sum of money under one source of funds (or one combination of sources).
#[derive(Debug, Serialize, PartialEq)]
struct FundTotal {
    /// The codes, `DDS` or `DDS + PAD`; empty for the grand total.
    codes: String,
    /// The sources' names.
    label: String,
    /// How many projects.
    count: usize,
    /// Their budgets together.
    amount: String,
}

/// Totals per source of funds, in code order, then the grand total. A project
/// funded from several sources counts under their combination, since its
/// budget does not say how much comes from each.
fn fund_totals(projects: &[&Project], strings: &Strings) -> Vec<FundTotal> {
    let mut by_codes: BTreeMap<Vec<&str>, (usize, u64)> = BTreeMap::new();
    for p in projects {
        let mut codes: Vec<&str> = p.funds.iter().map(|f| f.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        let entry = by_codes.entry(codes).or_default();
        entry.0 += 1;
        entry.1 += p.amount;
    }
    let label = |code: &str| fund_label(code, strings);
    let mut out: Vec<FundTotal> = by_codes
        .into_iter()
        .map(|(codes, (count, amount))| FundTotal {
            codes: codes.join(" + "),
            label: codes
                .iter()
                .map(|c| label(c))
                .collect::<Vec<_>>()
                .join(" + "),
            count,
            amount: money(amount, strings),
        })
        .collect();
    out.push(FundTotal {
        codes: String::new(),
        label: strings
            .teks
            .get("pembangunan_jumlah")
            .cloned()
            .unwrap_or_default(),
        count: projects.len(),
        amount: money(projects.iter().map(|p| p.amount).sum(), strings),
    });
    out
}

/// The name of a source of funds in the theme (`pembangunan_dana_DDS`), or its code.
fn fund_label(code: &str, strings: &Strings) -> String {
    strings
        .teks
        .get(&format!("pembangunan_dana_{code}"))
        .cloned()
        .unwrap_or_else(|| code.to_string())
}

/// Projects of one kecamatan, for the portal.
#[derive(Debug, Serialize)]
struct DistrictGroup {
    #[serde(skip)]
    key: String,
    #[serde(skip)]
    all: Vec<u64>,
    label: String,
    projects: Vec<ProjectView>,
    total: String,
}

/// The APBDes kegiatan a project spends, for its page.
#[derive(Debug, Serialize)]
struct BudgetLineView {
    year: i32,
    path: String,
    sector: u8,
    sector_label: &'static str,
    label: String,
    budget: String,
    actual: Option<String>,
}

/// One source of funds of a project.
#[derive(Debug, Serialize)]
struct FundView {
    code: &'static str,
    label: String,
}

/// One progress report, for the timeline.
#[derive(Debug, Serialize)]
struct ReportView {
    date: String,
    iso: String,
    percent: u8,
    note: Option<LangText>,
    photo: Option<PhotoView>,
}

/// A project as its pages show it, in one language.
#[derive(Debug, Serialize)]
struct ProjectView {
    slug: String,
    path: String,
    name: LangText,
    summary: Option<LangText>,
    stage: &'static str,
    stage_label: String,
    percent: u8,
    percent_text: String,
    sector: u8,
    sector_label: String,
    year: i32,
    village_name: String,
    village_path: String,
    district_name: String,
    address: Option<LangText>,
    lat: f64,
    lon: f64,
    volume: Option<LangText>,
    funds: Vec<FundView>,
    amount: String,
    contractor: Option<LangText>,
    start: Option<String>,
    end: Option<String>,
    benefit: Option<LangText>,
    timeline: Vec<ReportView>,
    maps: MapLinks,
}

impl ProjectView {
    /// The view of `project` of `village` in `lang`; `path` is its page's site path.
    fn new(
        project: &Project,
        village: &Village,
        lang: &Lang<'_>,
        default: &str,
        strings: &Strings,
        (path, village_path): (String, String),
    ) -> Self {
        let code = lang.code;
        let teks = &strings.teks;
        let f = &strings.format;
        let text = |key: &str| teks.get(key).cloned().unwrap_or_default();
        let pick_opt =
            |t: &Option<crate::content::Text>| t.as_ref().map(|t| pick(t, code, default));
        let name =
            pick_doc(&project.text, code, default, |d| d.title.as_ref()).unwrap_or(LangText {
                text: project.slug.clone(),
                lang: String::new(),
            });
        let stage = project.stage();
        let percent = project.percent();
        let timeline = timeline(project, village, &name, code, default, f);
        ProjectView {
            slug: project.slug.clone(),
            path,
            summary: pick_doc(&project.text, code, default, |d| d.summary.as_ref()),
            stage: stage.key(),
            stage_label: text(&format!("pembangunan_tahap_{}", stage.key())),
            percent: percent.unwrap_or(0),
            percent_text: percent.map_or_else(
                || text("pembangunan_belum_ada_laporan"),
                |p| format!("{p}%"),
            ),
            sector: project.sector,
            sector_label: SECTORS
                .iter()
                .find(|(n, _)| *n == project.sector)
                .map_or_else(String::new, |(_, l)| (*l).to_string()),
            year: project.year,
            village_name: village_full_name(village.profile.kind, &village.profile.name, teks),
            village_path,
            district_name: village_district(&village.profile, teks),
            address: pick_opt(&project.address),
            lat: project.lat,
            lon: project.lon,
            volume: pick_opt(&project.volume),
            funds: project
                .funds
                .iter()
                .map(|s| FundView {
                    code: s.code(),
                    label: fund_label(s.code(), strings),
                })
                .collect(),
            amount: money(project.amount, strings),
            contractor: pick_opt(&project.contractor),
            start: project.start.map(|d| format::date(d, f)),
            end: project.end.map(|d| format::date(d, f)),
            benefit: pick_opt(&project.benefit),
            timeline,
            maps: MapLinks::new(project.lat, project.lon, &name.text),
            name,
        }
    }
}

/// The reports of `project` for its timeline, oldest first; a photo is
/// described by its report's note, else by the name and the percentage.
fn timeline(
    project: &Project,
    village: &Village,
    name: &LangText,
    code: &str,
    default: &str,
    f: &crate::theme::Formats,
) -> Vec<ReportView> {
    project
        .progress
        .iter()
        .map(|r| {
            let note = r.note.as_ref().map(|n| pick(n, code, default));
            let alt = note.clone().unwrap_or_else(|| LangText {
                text: format!("{} · {}%", name.text, r.percent),
                lang: name.lang.clone(),
            });
            ReportView {
                date: format::date(r.date, f),
                iso: r.date.to_string(),
                percent: r.percent,
                photo: r
                    .photo
                    .as_ref()
                    .map(|file| PhotoView::new(&village.slug, file, village.files.get(file), alt)),
                note,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::{DocText, FundSource, Localized, Markdown};
    use std::path::Path;

    fn strings() -> Strings {
        let text = include_str!("../../../themes/default/i18n/en.yaml");
        crate::yaml::parse(&crate::yaml::Source::file(Path::new("en.yaml"), text)).unwrap()
    }

    fn project(funds: Vec<FundSource>, amount: u64) -> Project {
        Project {
            slug: "jalan".to_string(),
            sector: 2,
            year: 2025,
            address: None,
            lat: -8.2,
            lon: 114.3,
            volume: None,
            funds,
            amount,
            contractor: None,
            start: None,
            end: None,
            benefit: None,
            activity: None,
            budget_line: None,
            progress: Vec::new(),
            draft: false,
            text: Localized::new(DocText {
                title: Some("Jalan".to_string()),
                summary: None,
                body: Markdown {
                    text: String::new(),
                    file: "a.md".into(),
                    first_line: 1,
                    indent: 0,
                },
                image_alt: None,
            }),
        }
    }

    #[test]
    fn totals_are_per_source_a_mixed_project_under_its_combination_then_the_sum() {
        let s = strings();
        let a = project(vec![FundSource::Dds], 100);
        let b = project(vec![FundSource::Pad, FundSource::Dds], 50);
        let c = project(vec![FundSource::Dds], 25);
        let totals = fund_totals(&[&a, &b, &c], &s);
        let got: Vec<_> = totals
            .iter()
            .map(|t| (t.codes.as_str(), t.count, t.amount.as_str()))
            .collect();
        assert_eq!(
            got,
            [
                ("DDS", 2, "IDR 125"),
                ("DDS + PAD", 1, "IDR 50"),
                ("", 3, "IDR 175")
            ]
        );
        assert_eq!(totals[2].label, "Total");
    }
}
