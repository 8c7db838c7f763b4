//! The village home: the village's profile and its `index.md`, with the
//! village's JSON-LD.

use super::{Kind, SearchEntry};
use crate::content::{Shared, Village};
use crate::diagnostic::Failure;
use crate::render::page::{VillagePages, json_ld};
use crate::render::route::Route;
use crate::render::views::{self, DocView, pick};
use crate::render::{Lang, Renderer, Sink, escape, schema};

/// The home page of every village.
pub(super) struct VillageHome;

impl Kind for VillageHome {
    /// On a one-village site, the village's own address (`/kluncing/`) leads
    /// to its home at the front page, so links shared before keep working.
    fn write_village_files(
        &self,
        r: &Renderer<'_>,
        village: &Village,
        sink: &dyn Sink,
    ) -> Result<u64, Failure> {
        if r.single != Some(village.slug.as_str()) {
            return Ok(0);
        }
        for lang in &r.langs {
            let home = r.path(Route::Village(&village.slug), lang);
            let name = views::village_full_name(
                village.profile.kind,
                &village.profile.name,
                &lang.strings.teks,
            );
            let canonical = r.site.config.base_url.as_ref().map_or(String::new(), |b| {
                format!(
                    "<link rel=\"canonical\" href=\"{}\">",
                    escape(&format!("{b}/{home}"))
                )
            });
            let page = format!(
                "<!DOCTYPE html>\n<html lang=\"{code}\"><head><meta charset=\"utf-8\"><title>{name}</title>{canonical}<meta name=\"robots\" content=\"noindex\"><meta http-equiv=\"refresh\" content=\"0; url=../\"></head><body><p><a href=\"../\">{name}</a></p></body></html>\n",
                code = lang.code,
                name = escape(&name),
            );
            sink.write(
                &format!("{home}{}/index.html", village.slug),
                page.into_bytes(),
            )?;
        }
        Ok(r.langs.len() as u64)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        vec![Route::Village(&village.slug)]
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        let village = pages.village;
        let route = Route::Village(&village.slug);
        let mut home = village.home.as_ref().map(|h| pages.doc(&h.text, route));
        let problems = home
            .as_mut()
            .map(DocView::take_problems)
            .unwrap_or_default();
        let v = &pages.view;
        let description = v
            .motto
            .as_ref()
            .map(|m| m.text.clone())
            .or_else(|| {
                home.as_ref()
                    .map(|h| h.excerpt.clone())
                    .filter(|e| !e.is_empty())
            })
            .unwrap_or_else(|| {
                let regency = pages
                    .r
                    .site
                    .config
                    .regency
                    .as_deref()
                    .map(|r| format!(", {r}"))
                    .unwrap_or_default();
                format!("{}, {}{regency}", v.full_name, v.district_name)
            });
        let crumbs = pages.home_crumbs();
        let mut ctx = pages.context(route, &v.full_name, &description, crumbs);
        ctx.insert("welcome", &home);
        ctx.insert("notices", &super::dokumen::notices(pages));
        ctx.insert(
            "json_ld",
            &json_ld(&village_json_ld(pages.r, village, pages.lang)),
        );
        pages.finish(route, "village.html", &ctx, problems);
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("desa")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let teks = &lang.strings.teks;
        let motto = village
            .profile
            .motto
            .as_ref()
            .map(|m| format!(" · {}", pick(m, lang.code, r.langs[0].code).text));
        vec![SearchEntry {
            title: Shared::from(views::village_full_name(
                village.profile.kind,
                &village.profile.name,
                teks,
            )),
            text: Shared::from(
                views::village_district(&village.profile, teks) + &motto.unwrap_or_default(),
            ),
            route: Route::Village(&village.slug),
        }]
    }
}

/// JSON-LD for a village: a GovernmentOrganization with its Kemendagri code,
/// address (the province as its region), office place with its position, office
/// contact (telephone in E.164 form) and logo.
fn village_json_ld(r: &Renderer<'_>, village: &Village, lang: &Lang<'_>) -> serde_json::Value {
    let default = r.langs[0].code;
    let teks = &lang.strings.teks;
    let profile = &village.profile;
    let base = r.site.config.base_url.as_deref();
    let full_name = views::village_full_name(profile.kind, &profile.name, teks);
    let locality = format!("{full_name}, {}", views::village_district(profile, teks));
    let mut data = serde_json::json!({
        "@context": "https://schema.org",
        "@type": "GovernmentOrganization",
        "name": format!("{} {full_name}", teks.get("pemerintah").map_or("", String::as_str)).trim(),
        "address": schema::address(locality, r.site.config.province.as_deref()),
        "areaServed": { "@type": "AdministrativeArea", "name": full_name },
    });
    if let Some(code) = &profile.code {
        data["identifier"] = serde_json::json!({ "@type": "PropertyValue", "propertyID": "Kode Kemendagri", "value": code });
    }
    if let Some(location) = &profile.location {
        data["location"] = serde_json::json!({
            "@type": "Place",
            "name": full_name,
            "geo": { "@type": "GeoCoordinates", "latitude": location.lat, "longitude": location.lon },
        });
    }
    if let Some(office) = &profile.office {
        if let Some(street) = &office.address {
            data["address"]["streetAddress"] =
                serde_json::json!(pick(street, lang.code, default).text);
        }
        if let Some(phone) = office.phone.as_deref().and_then(schema::telephone) {
            data["telephone"] = serde_json::json!(phone);
        }
        if let Some(email) = &office.email {
            data["email"] = serde_json::json!(email);
        }
    }
    if let Some(logo) = schema::village_logo(base, village) {
        data["logo"] = logo;
    }
    if let Some(b) = base {
        data["url"] = serde_json::json!(format!(
            "{b}/{}",
            r.path(Route::Village(&village.slug), lang)
        ));
    }
    if let Some(region) = &r.site.config.regency {
        data["parentOrganization"] = serde_json::json!({ "@type": "GovernmentOrganization", "name": format!("Pemerintah Kabupaten {region}") });
    }
    data
}
