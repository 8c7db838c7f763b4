//! What the documents show outside their own pages: the active `serta-merta`
//! notices on the village home and the portal's village cards, and the
//! portal's list of every village's documents.

use super::{DocumentView, kind_label, today};
use crate::content::{DocKind, Village};
use crate::render::page::VillagePages;
use crate::render::route::Route;
use crate::render::views::{LangText, village_full_name};
use crate::render::{Lang, Renderer};
use serde::Serialize;

/// An active notice as the village home and the portal card show it.
#[derive(Debug, Serialize)]
pub(in crate::render::kinds) struct NoticeView {
    title: LangText,
    summary: Option<LangText>,
    until: String,
    path: String,
}

/// The village's active `serta-merta` notices, for the village home's banner.
pub(in crate::render::kinds) fn notices(pages: &VillagePages<'_>) -> Vec<NoticeView> {
    let path = |route: Route<'_>| pages.path(route);
    village_notices(pages.village, pages.lang, pages.default, &path)
}

fn village_notices(
    village: &Village,
    lang: &Lang<'_>,
    default: &str,
    path: &dyn Fn(Route<'_>) -> String,
) -> Vec<NoticeView> {
    let today = today();
    (village.dokumen.iter())
        .filter(|d| d.is_active_notice(today))
        .map(|d| {
            let v = DocumentView::new(d, village, lang, default, path);
            NoticeView {
                title: v.title,
                summary: v.summary,
                until: v.valid_until.unwrap_or_default(),
                path: v.path,
            }
        })
        .collect()
}

/// The active notices of one village on the portal's home.
#[derive(Debug, Serialize)]
pub(in crate::render::kinds) struct VillageNotices {
    /// The site path of the village's home, which its card links to.
    village: String,
    notices: Vec<NoticeView>,
}

/// The active notices of each of `villages` that has some, for the portal's
/// village cards.
pub(in crate::render::kinds) fn portal_notices<'v>(
    r: &Renderer<'_>,
    lang: &Lang<'_>,
    villages: impl Iterator<Item = &'v Village>,
) -> Vec<VillageNotices> {
    let default = r.site.config.default_language();
    let path = |route: Route<'_>| r.path(route, lang);
    villages
        .map(|v| VillageNotices {
            village: r.path(Route::Village(&v.slug), lang),
            notices: village_notices(v, lang, default, &path),
        })
        .filter(|n| !n.notices.is_empty())
        .collect()
}

/// A row of the portal's list: a document with its village.
#[derive(Debug, Serialize)]
struct PortalRow {
    /// The anchor of the first row of its year (`peraturan-desa-2024`).
    anchor: Option<String>,
    village: String,
    village_path: String,
    doc: DocumentView,
}

/// A kind of document on the portal, its rows by year (newest first), then village.
#[derive(Debug, Serialize)]
pub(super) struct PortalGroup {
    key: &'static str,
    label: String,
    years: Vec<i32>,
    rows: Vec<PortalRow>,
}

pub(super) fn portal_groups(r: &Renderer<'_>, lang: &Lang<'_>) -> Vec<PortalGroup> {
    let default = r.site.config.default_language();
    let path = |route: Route<'_>| r.path(route, lang);
    let mut rows: Vec<(DocKind, PortalRow)> = Vec::new();
    for v in &r.site.villages {
        let name = village_full_name(v.profile.kind, &v.profile.name, &lang.strings.teks);
        for d in &v.dokumen {
            rows.push((
                d.kind,
                PortalRow {
                    anchor: None,
                    village: name.clone(),
                    village_path: r.path(Route::Village(&v.slug), lang),
                    doc: DocumentView::new(d, v, lang, default, &path),
                },
            ));
        }
    }
    rows.sort_by(|a, b| {
        (b.1.doc.year, &a.1.village, &a.1.doc.title.text).cmp(&(
            a.1.doc.year,
            &b.1.village,
            &b.1.doc.title.text,
        ))
    });
    DocKind::ALL
        .into_iter()
        .map(|kind| {
            let mut rows: Vec<PortalRow> = rows
                .extract_if(.., |(k, _)| *k == kind)
                .map(|(_, row)| row)
                .collect();
            let mut years: Vec<i32> = Vec::new();
            for row in &mut rows {
                if let Some(y) = row.doc.year.filter(|y| years.last() != Some(y)) {
                    years.push(y);
                    row.anchor = Some(format!("{}-{y}", kind.key()));
                }
            }
            PortalGroup {
                key: kind.key(),
                label: kind_label(lang, kind),
                years,
                rows,
            }
        })
        .filter(|g| !g.rows.is_empty())
        .collect()
}
