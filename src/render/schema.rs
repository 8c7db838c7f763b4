//! schema.org pieces more than one page kind puts in its JSON-LD: opening hours
//! read from the admins' text, breadcrumbs, telephone numbers in E.164 form and
//! the `PostalAddress` of a village. Every property used here is one the
//! schema.org vocabulary gives the type it is on (checked by the e2e test
//! `jsonld`).

use super::views::Crumb;
use crate::content::Village;
use serde_json::{Value, json};

/// Day names as admins write them (Indonesian and English), in week order.
const DAYS: [(&[&str], &str); 7] = [
    (&["senin", "monday", "mon"], "Monday"),
    (&["selasa", "tuesday", "tue"], "Tuesday"),
    (&["rabu", "wednesday", "wed"], "Wednesday"),
    (&["kamis", "thursday", "thu"], "Thursday"),
    (&["jumat", "jum'at", "friday", "fri"], "Friday"),
    (&["sabtu", "saturday", "sat"], "Saturday"),
    (&["minggu", "ahad", "sunday", "sun"], "Sunday"),
];

/// The week-order index of a day name, any case.
fn day(word: &str) -> Option<usize> {
    let word = word.trim().to_lowercase();
    DAYS.iter()
        .position(|(names, _)| names.contains(&word.as_str()))
}

/// `08.00` or `8:00` as `08:00`.
fn time(text: &str) -> Option<String> {
    let (h, m) = text.trim().split_once(['.', ':'])?;
    let (h, m): (u32, u32) = (h.parse().ok()?, m.parse().ok()?);
    (h <= 24 && m < 60).then(|| format!("{h:02}:{m:02}"))
}

/// The days of `text`: `Senin–Kamis`, `Sabtu`, `Setiap hari` / `Every day`.
fn days(text: &str) -> Option<Vec<&'static str>> {
    let text = text.trim().to_lowercase();
    if ["setiap hari", "every day", "daily", "tiap hari"].contains(&text.as_str()) {
        return Some(DAYS.iter().map(|(_, d)| *d).collect());
    }
    let (first, last) = match text.split_once(['–', '-', '—']) {
        Some((a, b)) => (day(a)?, day(b)?),
        None => (day(&text)?, day(&text)?),
    };
    (first <= last).then(|| DAYS[first..=last].iter().map(|(_, d)| *d).collect())
}

/// Opening hours written as `Senin–Kamis 07.30–15.30, Jumat 07.30–11.00` (or
/// in English, `Monday–Friday 08:00–15:00`; `Setiap hari 07.00–17.00`) as
/// schema.org `OpeningHoursSpecification`s; empty when any part of the text is
/// not of that form (such hours are shown on the page, and left out here).
pub(super) fn opening_hours(text: &str) -> Vec<Value> {
    let mut specs = Vec::new();
    for part in text.split([',', ';']) {
        let part = part.trim().trim_end_matches(" WIB").trim();
        let Some((day_words, hours)) = part.rsplit_once(' ') else {
            return Vec::new();
        };
        let Some((opens, closes)) = hours.split_once(['–', '-', '—']) else {
            return Vec::new();
        };
        let (Some(days), Some(opens), Some(closes)) = (days(day_words), time(opens), time(closes))
        else {
            return Vec::new();
        };
        specs.push(json!({
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": days,
            "opens": opens,
            "closes": closes,
        }));
    }
    specs
}

/// A telephone number as written (`0333-555111`) in E.164 form (`+62333555111`).
pub(super) fn telephone(phone: &str) -> Option<String> {
    crate::content::phone_to_tel(phone).map(|t| t.trim_start_matches("tel:").to_string())
}

/// The `PostalAddress` of a place in a village: the village (with its
/// district) as the locality, the province as the region.
pub(super) fn address(locality: String, province: Option<&str>) -> Value {
    let mut address = json!({
        "@type": "PostalAddress",
        "addressLocality": locality,
        "addressCountry": "ID",
    });
    if let Some(province) = province {
        address["addressRegion"] = json!(province);
    }
    address
}

/// A `BreadcrumbList` for the breadcrumbs a page shows, ending with the page
/// itself (`title` at site path `path`); `None` without breadcrumbs, or
/// without a `base_url` to make the addresses absolute.
pub(super) fn breadcrumbs(
    crumbs: &[Crumb],
    title: &str,
    path: &str,
    base: Option<&str>,
) -> Option<Value> {
    let base = base?;
    if crumbs.is_empty() {
        return None;
    }
    let items: Vec<_> = crumbs
        .iter()
        .map(|c| (c.title.as_str(), c.path.as_str()))
        .chain([(title, path)])
        .enumerate()
        .map(|(i, (name, path))| {
            json!({
                "@type": "ListItem",
                "position": i + 1,
                "name": name,
                "item": format!("{base}/{path}"),
            })
        })
        .collect();
    Some(json!({
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": items,
    }))
}

/// The village's logo (`logo` in desa.yaml) as an `ImageObject` at its
/// widest published variant; `None` without a logo or a `base_url`.
pub(super) fn village_logo(base: Option<&str>, village: &Village) -> Option<Value> {
    let base = base?;
    let file = village.profile.logo.as_deref()?;
    let path = super::picture::published_path(&village.slug, file, village.files.get(file));
    Some(json!({ "@type": "ImageObject", "url": format!("{base}/{path}") }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn office_hours_in_indonesian_become_opening_hours_specifications() {
        let specs = opening_hours("Senin–Kamis 07.30–15.30, Jumat 07.30–11.00");
        assert_eq!(specs.len(), 2);
        assert_eq!(
            specs[0]["dayOfWeek"],
            json!(["Monday", "Tuesday", "Wednesday", "Thursday"])
        );
        assert_eq!(specs[0]["opens"], "07:30");
        assert_eq!(specs[1]["dayOfWeek"], json!(["Friday"]));
        assert_eq!(specs[1]["closes"], "11:00");
        let every = opening_hours("Setiap hari 07.00–17.00");
        assert_eq!(every[0]["dayOfWeek"].as_array().map(Vec::len), Some(7));
        assert_eq!(
            opening_hours("Monday–Friday 08:00–15:00")[0]["closes"],
            "15:00"
        );
    }

    #[test]
    fn hours_in_free_words_are_left_out() {
        assert!(opening_hours("Setiap hari; di luar jam kantor hubungi WhatsApp").is_empty());
        assert!(opening_hours("Belum terverifikasi; tanyakan kepada pengelola.").is_empty());
        assert!(opening_hours("").is_empty());
    }

    #[test]
    fn phones_are_e164() {
        assert_eq!(telephone("0333-555111").as_deref(), Some("+62333555111"));
    }
}
