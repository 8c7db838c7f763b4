//! Services (`layanan.yaml`): a village's service catalogue grouped by
//! category, one page per service with its GovernmentService JSON-LD, and the
//! portal's page of every service name with the villages offering it.

use super::Kind;
use crate::content::Village;
use crate::diagnostic::Diagnostic;
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::Route;
use crate::render::views::{self, Crumb};
use crate::render::{Lang, Renderer};

/// The service catalogue of every village, and the portal's services page.
pub(super) struct Services;

impl Kind for Services {
    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        if r.sections.services {
            vec![Route::PortalServices]
        } else {
            Vec::new()
        }
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let default = r.site.config.default_language();
        let title = r.text(lang, "layanan_portal");
        let description = r.text(lang, "layanan_portal_teks");
        let mut ctx = r.base_context(Route::PortalServices, lang, &title, &description);
        let services =
            views::portal_services(r.site, lang.code, default, &lang.strings.teks, |v, s| {
                r.path(Route::Service(&v.slug, &s.id), lang)
            });
        ctx.insert("services", &services);
        ctx.insert("breadcrumbs", &vec![r.portal_crumb(lang)]);
        r.render("portal_services.html", &ctx)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let v = village.slug.as_str();
        if village.services.is_empty() {
            return Vec::new();
        }
        std::iter::once(Route::Services(v))
            .chain(village.services.iter().map(|s| Route::Service(v, &s.id)))
            .collect()
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        if pages.village.services.is_empty() {
            return;
        }
        let crumb_services = catalogue(pages);
        for service in &pages.village.services {
            service_page(pages, service, &crumb_services);
        }
    }
}

/// The village's service catalogue; returns its breadcrumb.
fn catalogue(pages: &mut VillagePages<'_>) -> Crumb {
    let village = pages.village;
    let lang = pages.lang;
    let route = Route::Services(&village.slug);
    let cards: Vec<_> = village
        .services
        .iter()
        .map(|sv| {
            views::ServiceView::new(
                sv,
                village,
                lang.code,
                pages.default,
                lang.strings,
                pages.path(Route::Service(&village.slug, &sv.id)),
            )
        })
        .collect();
    let other = lang.strings.teks.get("lainnya").map_or("", String::as_str);
    let services_title = pages.text("layanan_desa");
    let title = format!("{services_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    ctx.insert("groups", &views::service_groups(cards, other));
    pages.finish(route, "services.html", &ctx, Vec::new());
    Crumb {
        title: services_title,
        path: pages.path(route),
    }
}

/// One service's page, with its note's Markdown.
fn service_page(pages: &mut VillagePages<'_>, sv: &crate::content::Service, crumb: &Crumb) {
    let village = pages.village;
    let lang = pages.lang;
    let route = Route::Service(&village.slug, &sv.id);
    let view = views::ServiceView::new(
        sv,
        village,
        lang.code,
        pages.default,
        lang.strings,
        pages.path(route),
    );
    let description = view.summary.as_ref().map_or_else(
        || format!("{} · {}", view.name.text, pages.view.full_name),
        |s| s.text.clone(),
    );
    let crumbs = pages.crumbs([crumb.clone()]);
    let mut ctx = pages.context(route, &view.name.text.clone(), &description, crumbs);
    let mut problems = Vec::new();
    if let Some(note) = &sv.note {
        let (body, body_lang) = match note.translation(lang.code) {
            Some(t) if !lang.is_default => (t, ""),
            _ if lang.is_default => (&note.default, ""),
            _ => (&note.default, pages.default),
        };
        let mut rendered = pages.markdown(body, route);
        problems.append(&mut rendered.problems);
        ctx.insert(
            "note",
            &serde_json::json!({ "html": rendered.html, "lang": body_lang }),
        );
    }
    ctx.insert(
        "json_ld",
        &json_ld(&service_json_ld(pages.r, village, sv, &view, lang)),
    );
    ctx.insert("service", &view);
    pages.finish(route, "service.html", &ctx, problems);
}

/// schema.org `GovernmentService` for a service page.
fn service_json_ld(
    r: &Renderer<'_>,
    village: &Village,
    service: &crate::content::Service,
    view: &views::ServiceView,
    lang: &Lang<'_>,
) -> serde_json::Value {
    let default = r.site.config.default_language();
    let profile = &village.profile;
    let teks = &lang.strings.teks;
    let full_name = views::village_full_name(profile.kind, &profile.name, teks);
    let url = r
        .site
        .config
        .base_url
        .as_ref()
        .map(|b| format!("{b}/{}", view.path));
    let office = profile.office.as_ref();
    let address = office
        .and_then(|o| o.address.as_ref())
        .map(|a| views::pick(a, lang.code, default).text);
    let mut area = vec![full_name.clone(), views::village_district(profile, teks)];
    area.extend(
        r.site
            .config
            .regency
            .iter()
            .map(|r| format!("Kabupaten {r}")),
    );
    let mut channel = serde_json::json!({ "@type": "ServiceChannel", "name": full_name });
    if let Some(tel) = office
        .and_then(|o| o.phone.as_deref())
        .and_then(crate::content::phone_to_tel)
    {
        channel["servicePhone"] = serde_json::json!({ "@type": "ContactPoint", "telephone": tel.trim_start_matches("tel:") });
    }
    let place = service
        .place
        .as_ref()
        .map(|p| views::pick(p, lang.code, default).text)
        .unwrap_or_else(|| full_name.clone());
    channel["serviceLocation"] =
        serde_json::json!({ "@type": "Place", "name": place, "address": address });
    if let Some(u) = service.online.clone().or_else(|| url.clone()) {
        channel["serviceUrl"] = serde_json::json!(u);
    }
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": view.name.text,
        "serviceType": service.category.as_ref().map_or_else(|| view.name.text.clone(), |c| views::pick(c, lang.code, default).text),
        "provider": {
            "@type": "GovernmentOrganization",
            "name": format!("{} {full_name}", teks.get("pemerintah").map_or("", String::as_str)).trim().to_string(),
            "address": address,
        },
        "areaServed": { "@type": "AdministrativeArea", "name": area.join(", ") },
        "availableChannel": channel,
        "offers": { "@type": "Offer", "price": service.fee.to_string(), "priceCurrency": "IDR" },
    });
    if let Some(summary) = &view.summary {
        data["description"] = serde_json::json!(summary.text);
    }
    if let Some(url) = url {
        data["url"] = serde_json::json!(url);
    }
    data
}
