//! `content/site.yaml`: the portal's settings.

use crate::content::statistik::{self, StatisticsConfig};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use crate::yaml::{self, Source};
use schemars::JsonSchema;
use serde::Deserialize;
use std::path::Path;

/// The raw fields of `site.yaml`, as an admin writes them.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawSiteConfig {
    judul: String,
    #[schemars(pattern(crate::content::schema_impls::BASE_URL_PATTERN))]
    base_url: Option<String>,
    #[schemars(
        inner(pattern(crate::content::schema_impls::LANGUAGE_PATTERN)),
        length(min = 1)
    )]
    bahasa: Option<Vec<String>>,
    kabupaten: Option<String>,
    provinsi: Option<String>,
    deskripsi: Option<String>,
    tema: Option<String>,
    html_mentah: Option<bool>,
    foto_asli: Option<bool>,
    portal: Option<bool>,
    #[schemars(pattern(crate::content::schema_impls::BERKAS_PATTERN))]
    logo: Option<String>,
    batas_daftar_desa: Option<usize>,
    statistik: Option<RawStatistics>,
}

/// `statistik:` in `site.yaml`.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
struct RawStatistics {
    ambang: Option<u64>,
    kategori_khusus: Option<Vec<String>>,
}

/// The text fields of `site.<lang>.yaml`.
#[derive(Debug, Deserialize, Default, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SiteTranslation {
    /// Translated portal title.
    pub judul: Option<String>,
    /// Translated portal description.
    pub deskripsi: Option<String>,
}

/// The JSON Schema of `site.yaml` (`kampung schema`).
pub(crate) fn site_schema() -> serde_json::Value {
    crate::schema::of::<RawSiteConfig>()
}

/// The JSON Schema of `site.<lang>.yaml` (`kampung schema`).
pub(crate) fn site_translation_schema() -> serde_json::Value {
    crate::schema::of::<SiteTranslation>()
}

/// Validated portal settings.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    /// Portal title (`judul`), in the default language.
    pub title: String,
    /// Absolute base URL without a trailing slash (`base_url`), if any.
    pub base_url: Option<String>,
    /// Languages; the first is the default, served at the root.
    pub languages: Vec<String>,
    /// Regency (`kabupaten`).
    pub regency: Option<String>,
    /// Province (`provinsi`).
    pub province: Option<String>,
    /// Portal description (`deskripsi`), in the default language.
    pub description: Option<String>,
    /// Theme folder name (`tema`).
    pub theme: String,
    /// Whether raw HTML in Markdown is passed through (`html_mentah`).
    pub raw_html: bool,
    /// Whether the original files of processed pictures are published too
    /// (`foto_asli`); they may carry GPS positions and weigh megabytes.
    pub original_photos: bool,
    /// Whether `/` is a portal of the villages (`portal`): `None` when
    /// site.yaml does not say, which means a portal unless the site has one
    /// village; `Some(true)` keeps the portal with one village.
    pub portal: Option<bool>,
    /// How population statistics are published (`statistik`).
    pub statistics: StatisticsConfig,
    /// The regency's coat of arms (`logo`): a picture in `content/berkas/`,
    /// named as `berkas/<file>`, shown in the portal's header.
    pub logo: Option<String>,
    /// Above this many villages, the portal home lists the kecamatan only and
    /// each kecamatan's villages get a page of their own (`batas_daftar_desa`).
    pub district_pages_above: usize,
}

impl SiteConfig {
    /// The default language (the first of `bahasa`).
    pub fn default_language(&self) -> &str {
        &self.languages[0]
    }
}

/// Fields of `site.yaml` that a translation may not set.
pub const SITE_FACTS: &[&str] = &[
    "base_url",
    "bahasa",
    "kabupaten",
    "provinsi",
    "tema",
    "html_mentah",
    "foto_asli",
    "portal",
    "statistik",
    "logo",
    "batas_daftar_desa",
];

/// How many villages the portal home lists before it moves each kecamatan's
/// villages to a page of its own: 400 cards are about 70 KB of HTML.
pub const DISTRICT_PAGES_ABOVE: usize = 400;

/// Parses and validates `site.yaml` from its text. `file` is the path shown in messages.
pub fn parse(file: &Path, text: &str, report: &mut Report) -> Option<SiteConfig> {
    let source = Source::file(file, text);
    let raw: RawSiteConfig = match yaml::parse(&source) {
        Ok(raw) => raw,
        Err(d) => {
            report.push(d);
            return None;
        }
    };
    let mut ok = true;
    if raw.judul.trim().is_empty() {
        report.push(source.error_at("judul", msg!("K0201")));
        ok = false;
    }
    let base_url = match raw.base_url.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(url) => match check_base_url(url) {
            Ok(url) => Some(url),
            Err(d) => {
                report.push(source.error_at("base_url", d.message).maybe_hint(d.hint));
                ok = false;
                None
            }
        },
    };
    let languages = raw.bahasa.unwrap_or_else(|| vec!["id".to_string()]);
    if languages.is_empty() {
        report.push(source.error_at("bahasa", msg!("K0203")));
        ok = false;
    }
    for (i, lang) in languages.iter().enumerate() {
        let field = format!("bahasa[{i}]");
        if !is_language_code(lang) {
            report.push(source.error_at(&field, msg!("K0204", kode = lang)));
            ok = false;
        } else if languages[..i].contains(lang) {
            report.push(source.error_at(&field, msg!("K0205", kode = lang)));
            ok = false;
        }
    }
    let theme = raw.tema.unwrap_or_else(|| "default".to_string());
    if !crate::content::is_slug(&theme) {
        report.push(source.error_at("tema", msg!("K0206", tema = &theme)));
        ok = false;
    }
    let logo = raw
        .logo
        .and_then(|logo| match crate::content::check_logo_kind(&logo) {
            Ok(()) => Some(logo),
            Err(message) => {
                report.push(source.error_at("logo", message));
                ok = false;
                None
            }
        });
    let statistics = match raw.statistik {
        Some(raw) => parse_statistics(&source, raw, report),
        None => Some(StatisticsConfig::default()),
    };
    let statistics = statistics.filter(|_| ok)?;
    ok.then(|| SiteConfig {
        title: raw.judul.trim().to_string(),
        base_url,
        languages,
        regency: raw.kabupaten,
        province: raw.provinsi,
        description: raw.deskripsi,
        theme,
        raw_html: raw.html_mentah.unwrap_or(false),
        original_photos: raw.foto_asli.unwrap_or(false),
        portal: raw.portal,
        logo,
        district_pages_above: raw.batas_daftar_desa.unwrap_or(DISTRICT_PAGES_ABOVE),
        statistics,
    })
}

/// `statistik:`: the threshold is at least 3 (K1209), and every opted-in
/// category is a sensitive category (K1210).
fn parse_statistics(
    source: &Source<'_>,
    raw: RawStatistics,
    report: &mut Report,
) -> Option<StatisticsConfig> {
    let mut ok = true;
    let threshold = raw.ambang.unwrap_or(5);
    if threshold < 3 {
        report.push(source.error_at("statistik.ambang", msg!("K1209", ambang = threshold)));
        ok = false;
    }
    let opted_in = raw.kategori_khusus.unwrap_or_default();
    let sensitive: Vec<&str> = statistik::CATEGORIES
        .iter()
        .filter(|c| c.sensitive)
        .map(|c| c.slug)
        .collect();
    for (i, slug) in opted_in.iter().enumerate() {
        if !sensitive.contains(&slug.as_str()) {
            let field = format!("statistik.kategori_khusus[{i}]");
            let d = source.error_at(&field, msg!("K1210", kategori = slug));
            let d = match crate::diagnostic::did_you_mean(slug, &sensitive) {
                Some(s) => d.hint(msg!("statistik-hint-mirip", nama = s)),
                None => d,
            };
            report.push(d);
            ok = false;
        }
    }
    ok.then_some(StatisticsConfig {
        threshold,
        opted_in,
    })
}

/// True if and only if `code` is 2 or 3 lowercase ASCII letters.
pub fn is_language_code(code: &str) -> bool {
    (2..=3).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_lowercase())
}

/// Checks an absolute http(s) base URL and strips its trailing slash.
pub fn check_base_url(url: &str) -> Result<String, Diagnostic> {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    match rest {
        Some(host)
            if !host.is_empty() && !host.starts_with('/') && !url.contains(char::is_whitespace) =>
        {
            Ok(url.trim_end_matches('/').to_string())
        }
        _ => Err(Diagnostic::error("", msg!("K0202", url = url))),
    }
}

/// The warning for a base URL inside a folder (`https://x.github.io/desa`):
/// search engines read robots.txt only at the root of a host, so the one
/// written there is never read. None for a URL at the root of its host.
pub fn sub_path_warning(base_url: &str) -> Option<Diagnostic> {
    let rest = base_url
        .split_once("://")
        .map_or(base_url, |(_, rest)| rest);
    let (host, folder) = rest.split_once('/')?;
    let folder = folder.trim_matches('/');
    if folder.is_empty() {
        return None;
    }
    let scheme = base_url.split_once("://").map_or("https", |(s, _)| s);
    let message = msg!(
        "K1050",
        url = base_url,
        folder = format!("/{folder}/"),
        robots = format!("{scheme}://{host}/robots.txt"),
        sitemap = format!("{base_url}/sitemap.xml")
    );
    Some(Diagnostic::warning("content/site.yaml", message).field("base_url"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse_text(text: &str) -> (Option<SiteConfig>, Report) {
        let mut report = Report::new();
        let config = parse(Path::new("content/site.yaml"), text, &mut report);
        (config, report)
    }

    #[test]
    fn defaults() {
        let (config, report) = parse_text("judul: Portal\n");
        let config = config.unwrap();
        assert!(!report.has_errors());
        assert_eq!(config.languages, vec!["id"]);
        assert_eq!(config.theme, "default");
        assert!(!config.raw_html);
    }

    #[test]
    fn a_base_url_inside_a_folder_warns_that_robots_txt_is_not_read() {
        let d = sub_path_warning("https://x.github.io/desa").unwrap();
        assert_eq!(d.code(), Some("K1050"));
        assert_eq!(d.field, "base_url");
        let text = d.text();
        assert!(text.contains("https://x.github.io/robots.txt"), "{text}");
        assert!(text.contains("/desa/"), "{text}");
        assert!(sub_path_warning("https://x.github.io").is_none());
        assert!(sub_path_warning("http://desa.example").is_none());
    }

    #[test]
    fn base_url_is_checked_and_normalised() {
        let (config, _) = parse_text("judul: P\nbase_url: https://x.example/\n");
        assert_eq!(
            config.unwrap().base_url.as_deref(),
            Some("https://x.example")
        );
        let (config, report) = parse_text("judul: P\nbase_url: x.example\n");
        assert!(config.is_none());
        assert_eq!(report.diagnostics()[0].field, "base_url");
        assert_eq!(report.diagnostics()[0].position.unwrap().line, 2);
    }

    #[test]
    fn bad_languages() {
        let (config, report) = parse_text("judul: P\nbahasa: [id, EN, id]\n");
        assert!(config.is_none());
        let fields: Vec<_> = report
            .diagnostics()
            .iter()
            .map(|d| d.field.as_str())
            .collect();
        assert_eq!(fields, vec!["bahasa[1]", "bahasa[2]"]);
    }
}
