//! Documents (`dokumen/*.md`): a village's Daftar Informasi Publik grouped by
//! category with how to ask for information (`informasi-publik`), its legal
//! products by kind and year with status and change chain (`produk-hukum`), one
//! page per document (`dokumen`, with `Legislation` JSON-LD for regulations),
//! and the portal's list of every village's documents. Active `serta-merta`
//! notices are shown on the village home and its portal card and go into the
//! village's Atom feed; "active" is relative to the build date, which
//! `KAMPUNG_TODAY=2026-06-01` fixes (for tests and for rebuilding an old state).

use super::{FeedItem, Kind, SearchEntry, searchable};
use crate::content::{
    Date, DocKind, Dokumen, Form, InfoCategory, LegalStatus, Relation, Site, Village,
};
use crate::diagnostic::Diagnostic;
use crate::render::format;
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::{Key, Route, Section};
use crate::render::shown::Print;
use crate::render::views::{Crumb, LangText, pick_doc};
use crate::render::{Lang, Renderer};
use serde::Serialize;

mod shown;

pub(super) use shown::{notices, portal_notices};

/// The DIP: `/<desa>/informasi-publik/`.
pub(super) static DIP: Section = Section {
    key: "informasi-publik",
    files: false,
    article: false,
    shared: false,
};

/// The legal products: `/<desa>/produk-hukum/`.
pub(super) static PRODUK: Section = Section {
    key: "produk-hukum",
    files: false,
    article: false,
    shared: false,
};

/// One page per document, `/<desa>/dokumen/<slug>/`, and the portal's `/dokumen/`.
pub(super) static DOKUMEN: Section = Section {
    key: "dokumen",
    files: true,
    article: false,
    shared: true,
};

/// The build date: `KAMPUNG_TODAY` (`YYYY-MM-DD`) when set and valid, else today (UTC).
/// Asked for every village's feed at every rebuild: the variable is read once,
/// the clock each time (a `serve` session outlives midnight).
pub(super) fn today() -> Date {
    static SET: std::sync::OnceLock<Option<Date>> = std::sync::OnceLock::new();
    let set = SET.get_or_init(|| {
        std::env::var("KAMPUNG_TODAY")
            .ok()
            .and_then(|t| Date::parse(&t))
    });
    set.unwrap_or_else(Date::today_utc)
}

/// The village's Daftar Informasi Publik.
pub(super) struct PublicInformation;

/// The village's legal products.
pub(super) struct LegalProducts;

/// The page of each document, the portal's list, search and feed entries.
pub(super) struct Documents;

impl Kind for PublicInformation {
    fn section(&self) -> Option<&'static Section> {
        Some(&DIP)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.dokumen.is_empty()
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        if self.in_village(village) {
            vec![Route::List(&DIP, &village.slug, 1)]
        } else {
            Vec::new()
        }
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        if self.in_village(pages.village) {
            dip_page(pages);
        }
    }
}

impl Kind for LegalProducts {
    fn section(&self) -> Option<&'static Section> {
        Some(&PRODUK)
    }

    fn in_village(&self, village: &Village) -> bool {
        village.dokumen.iter().any(|d| d.kind.is_regulation())
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        if self.in_village(village) {
            vec![Route::List(&PRODUK, &village.slug, 1)]
        } else {
            Vec::new()
        }
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        if self.in_village(pages.village) {
            legal_products_page(pages);
        }
    }
}

impl Kind for Documents {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        print.add(&village.dokumen);
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&DOKUMEN)
    }

    fn on_portal(&self, site: &Site) -> bool {
        site.villages.iter().any(|v| !v.dokumen.is_empty())
    }

    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        r.portal_list(&DOKUMEN)
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let route = Route::PortalList(&DOKUMEN, None);
        let mut ctx =
            r.portal_section_context(route, lang, "dokumen_portal", "dokumen_portal_teks");
        ctx.insert("groups", &shown::portal_groups(r, lang));
        r.render("portal_dokumen.html", &ctx)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        (village.dokumen.iter())
            .map(|d| Route::Entry(&DOKUMEN, v, Key::Slug(&d.slug)))
            .collect()
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        for doc in &pages.village.dokumen {
            document_page(pages, doc);
        }
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("dokumen")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let v = village.slug.as_str();
        (village.dokumen.iter())
            .map(|doc| {
                let (title, text) = searchable(&doc.text, lang, r.langs[0].code);
                let route = Route::Entry(&DOKUMEN, v, Key::Slug(&doc.slug));
                SearchEntry { title, text, route }
            })
            .collect()
    }

    fn feed_items<'v>(&self, village: &'v Village) -> Vec<FeedItem<'v>> {
        let today = today();
        (village.dokumen.iter())
            .filter(|d| d.is_active_notice(today))
            .filter_map(|d| {
                Some(FeedItem {
                    date: d.date?,
                    slug: &d.slug,
                    text: &d.text,
                    route: Route::Entry(&DOKUMEN, &village.slug, Key::Slug(&d.slug)),
                })
            })
            .collect()
    }
}

/// A theme text of `lang`, empty when the theme has none.
fn teks(lang: &Lang<'_>, key: &str) -> String {
    lang.strings.teks.get(key).cloned().unwrap_or_default()
}

/// The label of a kind of document.
fn kind_label(lang: &Lang<'_>, kind: DocKind) -> String {
    teks(lang, &format!("jenis_{}", kind.key().replace('-', "_")))
}

/// The label of a DIP category.
fn category_label(lang: &Lang<'_>, category: InfoCategory) -> String {
    teks(
        lang,
        &format!("kategori_{}", category.key().replace('-', "_")),
    )
}

/// A regulation's number as people write it: `Nomor 3 Tahun 2024`.
fn number_text(lang: &Lang<'_>, doc: &Dokumen) -> Option<String> {
    let reg = doc.regulation.as_ref()?;
    Some(format!(
        "{} {} {} {}",
        teks(lang, "nomor"),
        reg.number,
        teks(lang, "nomor_tahun"),
        reg.year
    ))
}

/// A link of the change chain as a page shows it.
#[derive(Debug, Serialize)]
struct ChainView {
    relation: &'static str,
    label: String,
    title: String,
    path: String,
}

/// The file to download.
#[derive(Debug, Serialize)]
struct FileView {
    path: String,
    kind: String,
    size: String,
}

/// A document as its lists and its page show it, in one language.
#[derive(Debug, Serialize)]
struct DocumentView {
    path: String,
    title: LangText,
    summary: Option<LangText>,
    kind: &'static str,
    kind_label: String,
    category: &'static str,
    category_label: String,
    number: Option<String>,
    year: Option<i32>,
    date_iso: Option<String>,
    date_text: Option<String>,
    holder: Option<String>,
    responsible: String,
    made: String,
    form: String,
    retention: Option<String>,
    reason: Option<String>,
    valid_until: Option<String>,
    active: bool,
    status: Option<&'static str>,
    status_label: Option<String>,
    set: Option<String>,
    promulgated: Option<String>,
    gazette: Option<String>,
    chain: Vec<ChainView>,
    file: Option<FileView>,
}

impl DocumentView {
    /// The view of `doc` of `village` in `lang`; `path` gives a route's site path.
    fn new(
        doc: &Dokumen,
        village: &Village,
        lang: &Lang<'_>,
        default: &str,
        path: &dyn Fn(Route<'_>) -> String,
    ) -> Self {
        let f = &lang.strings.format;
        let v = village.slug.as_str();
        let reg = doc.regulation.as_ref();
        let title_of = |slug: &str| {
            village
                .dokumen
                .iter()
                .find(|d| d.slug == slug)
                .and_then(|d| pick_doc(&d.text, lang.code, default, |t| t.title.as_ref()))
                .map_or_else(|| slug.to_string(), |t| t.text)
        };
        let chain = [
            Relation::Amends,
            Relation::Revokes,
            Relation::AmendedBy,
            Relation::RevokedBy,
        ]
        .into_iter()
        .flat_map(|rel| doc.linked(rel).map(move |slug| (rel, slug)))
        .map(|(rel, slug)| ChainView {
            relation: rel.field(),
            label: teks(lang, &format!("rantai_{}", rel.field())),
            title: title_of(slug),
            path: path(Route::Entry(&DOKUMEN, v, Key::Slug(slug))),
        })
        .collect();
        let file = doc.file.as_ref().map(|name| FileView {
            path: format!("{v}/{name}"),
            kind: name.rsplit('.').next().unwrap_or("").to_uppercase(),
            size: village
                .files
                .get(name)
                .map_or(String::new(), |i| super::service::file_size(i.size, f)),
        });
        let year = reg.map(|r| r.year).or(doc.date.map(|d| d.year));
        let made = [
            year.map(|y| y.to_string()),
            Some(
                doc.place
                    .clone()
                    .unwrap_or_else(|| village.profile.name.clone()),
            ),
        ];
        DocumentView {
            path: path(Route::Entry(&DOKUMEN, v, Key::Slug(&doc.slug))),
            title: pick_doc(&doc.text, lang.code, default, |t| t.title.as_ref())
                .unwrap_or_else(|| LangText::plain(&doc.slug)),
            summary: pick_doc(&doc.text, lang.code, default, |t| t.summary.as_ref()),
            kind: doc.kind.key(),
            kind_label: kind_label(lang, doc.kind),
            category: doc.category.key(),
            category_label: category_label(lang, doc.category),
            number: number_text(lang, doc),
            year,
            date_iso: doc.date.map(|d| d.to_string()),
            date_text: doc.date.map(|d| format::date(d, f)),
            holder: doc.holder.clone(),
            responsible: doc
                .responsible
                .clone()
                .unwrap_or_else(|| teks(lang, "ppid_desa")),
            made: made.into_iter().flatten().collect::<Vec<_>>().join(", "),
            form: teks(lang, &format!("bentuk_{}", form_key(doc.form))),
            retention: doc.retention.clone(),
            reason: doc.reason.clone(),
            valid_until: doc.valid_until.map(|d| format::date(d, f)),
            active: doc.is_active_notice(today()),
            status: reg.map(|r| r.status.key()),
            status_label: reg.map(|r| teks(lang, &format!("status_{}", r.status.key()))),
            set: reg.map(|r| format::date(r.set, f)),
            promulgated: reg.and_then(|r| r.promulgated).map(|d| format::date(d, f)),
            gazette: reg.and_then(|r| r.gazette.clone()),
            chain,
            file,
        }
    }
}

/// The theme text key part of a form (`keduanya` for both).
fn form_key(form: Form) -> &'static str {
    match form {
        Form::SoftcopyDanHardcopy => "keduanya",
        other => other.key(),
    }
}

/// Every document of the village as views, in the village's order (newest first).
fn views<'p>(pages: &VillagePages<'p>) -> Vec<(&'p Dokumen, DocumentView)> {
    let village = pages.village;
    let path = |route: Route<'_>| pages.path(route);
    (village.dokumen.iter())
        .map(|d| {
            (
                d,
                DocumentView::new(d, village, pages.lang, pages.default, &path),
            )
        })
        .collect()
}

/// A group of documents under one heading.
#[derive(Debug, Serialize)]
struct Group {
    key: String,
    label: String,
    documents: Vec<DocumentView>,
}

/// Who answers requests for information: the PPID of desa.yaml, or the office.
#[derive(Debug, Default, Serialize)]
struct PpidView {
    name: Option<String>,
    post: String,
    phone: Option<String>,
    email: Option<String>,
}

fn ppid_view(pages: &VillagePages<'_>) -> PpidView {
    let profile = &pages.village.profile;
    let office = profile.office.as_ref();
    let ppid = profile.ppid.as_ref();
    PpidView {
        name: ppid.and_then(|p| p.nama.clone()),
        post: (ppid.and_then(|p| p.jabatan.clone())).unwrap_or_else(|| pages.text("ppid_desa")),
        phone: (ppid.and_then(|p| p.telepon.clone())).or_else(|| office?.phone.clone()),
        email: (ppid.and_then(|p| p.email.clone())).or_else(|| office?.email.clone()),
    }
}

/// The DIP: every document grouped by category, and how to ask.
fn dip_page(pages: &mut VillagePages<'_>) {
    let route = Route::List(&DIP, &pages.village.slug, 1);
    let mut all = views(pages);
    let groups: Vec<Group> = InfoCategory::ALL
        .into_iter()
        .map(|category| Group {
            key: category.key().to_string(),
            label: category_label(pages.lang, category),
            documents: all
                .extract_if(.., |(d, _)| d.category == category)
                .map(|(_, v)| v)
                .collect(),
        })
        .collect();
    let title = format!("{} {}", pages.text("dip_judul"), pages.view.full_name);
    let mut ctx = pages.context(route, &title, &pages.text("dip_teks"), pages.crumbs([]));
    ctx.insert("groups", &groups);
    ctx.insert("ppid", &ppid_view(pages));
    ctx.insert(
        "produk_path",
        &pages.path(Route::List(&PRODUK, &pages.village.slug, 1)),
    );
    ctx.insert("has_produk", &LegalProducts.in_village(pages.village));
    pages.finish(route, "informasi_publik.html", &ctx, Vec::new());
}

/// The legal products by kind, newest year first, with status and chain.
fn legal_products_page(pages: &mut VillagePages<'_>) {
    let route = Route::List(&PRODUK, &pages.village.slug, 1);
    let mut all = views(pages);
    all.sort_by(|a, b| (b.1.year, &b.1.number).cmp(&(a.1.year, &a.1.number)));
    let groups: Vec<Group> = DocKind::ALL
        .into_iter()
        .filter(|k| k.is_regulation())
        .map(|kind| Group {
            key: kind.key().to_string(),
            label: kind_label(pages.lang, kind),
            documents: (all.extract_if(.., |(d, _)| d.kind == kind))
                .map(|(_, v)| v)
                .collect(),
        })
        .filter(|g| !g.documents.is_empty())
        .collect();
    let title = format!("{} · {}", pages.text("produk-hukum"), pages.view.full_name);
    let description = pages.text("produk_hukum_teks");
    let mut ctx = pages.context(route, &title, &description, pages.crumbs([]));
    ctx.insert("groups", &groups);
    pages.finish(route, "produk_hukum.html", &ctx, Vec::new());
}

/// One document's page, with its body's Markdown.
fn document_page(pages: &mut VillagePages<'_>, doc: &Dokumen) {
    let village = pages.village;
    let route = Route::Entry(&DOKUMEN, &village.slug, Key::Slug(&doc.slug));
    let view = {
        let path = |route: Route<'_>| pages.path(route);
        DocumentView::new(doc, village, pages.lang, pages.default, &path)
    };
    let mut body = pages.doc(&doc.text, route);
    let problems = body.take_problems();
    let (list_section, list_key) = if doc.kind.is_regulation() {
        (&PRODUK, "produk-hukum")
    } else {
        (&DIP, "informasi-publik")
    };
    let crumb = Crumb {
        title: pages.text(list_key),
        path: pages.path(Route::List(list_section, &village.slug, 1)),
    };
    let description = body.description();
    let crumbs = pages.crumbs([crumb]);
    let mut ctx = pages.context(route, &view.title.text.clone(), &description, crumbs);
    if doc.kind.is_regulation() {
        let data = legislation_json_ld(pages, doc, &view);
        ctx.insert("json_ld", &json_ld(&data));
    }
    ctx.insert("doc", &view);
    ctx.insert("body", &body);
    pages.finish(route, "dokumen.html", &ctx, problems);
}

/// schema.org `Legislation` for a regulation's page.
fn legislation_json_ld(
    pages: &VillagePages<'_>,
    doc: &Dokumen,
    view: &DocumentView,
) -> serde_json::Value {
    // legislationChanges names what this one amends or revokes.
    let r = pages.r;
    let reg = doc.regulation.as_ref();
    let force = match reg.map(|r| r.status) {
        Some(LegalStatus::Dicabut) => "https://schema.org/NotInForce",
        Some(LegalStatus::Diubah) => "https://schema.org/PartiallyInForce",
        _ => "https://schema.org/InForce",
    };
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "Legislation",
        "name": view.title.text,
        "legislationType": view.kind_label,
        "legislationIdentifier": format!("{} {}", view.kind_label, view.number.clone().unwrap_or_default()),
        "legislationDate": reg.map(|r| r.set.to_string()),
        "legislationLegalForce": force,
        "legislationJurisdiction": pages.view.full_name,
        "legislationPassedBy": { "@type": "GovernmentOrganization", "name": format!("{} {}", pages.text("pemerintah"), pages.view.full_name) },
        "inLanguage": "id",
    });
    if let Some(date) = reg.and_then(|r| r.promulgated) {
        data["datePublished"] = serde_json::json!(date.to_string());
    }
    let base = r.site.config.base_url.as_deref();
    if let Some(b) = base {
        data["url"] = serde_json::json!(format!("{b}/{}", view.path));
        if let Some(file) = &view.file {
            data["encoding"] = serde_json::json!({ "@type": "MediaObject", "contentUrl": format!("{b}/{}", file.path), "encodingFormat": "application/pdf" });
        }
    }
    // What this one amends or revokes: schema.org's legislationChanges covers
    // "amendment, replacement, correction, repeal"; it has no property for a
    // repeal alone.
    let changes: Vec<_> = (view.chain.iter())
        .filter(|c| [Relation::Amends.field(), Relation::Revokes.field()].contains(&c.relation))
        .map(|c| serde_json::json!({ "@type": "Legislation", "name": c.title }))
        .collect();
    if !changes.is_empty() {
        data["legislationChanges"] = serde_json::json!(changes);
    }
    data
}

/// The Perdes that sets a budget year (`perdes:`), for a link on its page:
/// its title and site path.
pub(super) fn perdes_link(
    pages: &VillagePages<'_>,
    year: &crate::content::BudgetYear,
) -> Option<Crumb> {
    let slug = year.perdes.as_ref()?.slug.as_str();
    let doc = pages.village.dokumen.iter().find(|d| d.slug == slug)?;
    let title = pick_doc(&doc.text, pages.lang.code, pages.default, |t| {
        t.title.as_ref()
    })?;
    let number = number_text(pages.lang, doc).unwrap_or_default();
    Some(Crumb {
        title: format!(
            "{} {number}: {}",
            kind_label(pages.lang, doc.kind),
            title.text
        ),
        path: pages.path(Route::Entry(&DOKUMEN, &pages.village.slug, Key::Slug(slug))),
    })
}
