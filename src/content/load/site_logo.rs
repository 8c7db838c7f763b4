//! `content/berkas/`: the folder beside site.yaml that holds the regency's coat
//! of arms (`logo: berkas/lambang.png` in site.yaml). Only that file is
//! published, as picture variants under `/berkas/`, checked by the same rules
//! as a village's `berkas/` (safe name, bytes that match the kind); an SVG is
//! drawn to PNG. Any other file there is not published, with a warning.

use super::LoadOptions;
use crate::config::SiteConfig;
use crate::content::{SiteLogo, berkas};
use crate::diagnostic::{Diagnostic, Report};
use crate::msg;
use std::path::Path;
use std::sync::Arc;

/// The regency's logo named by site.yaml, processed; `None` without one, or
/// when it cannot be published (its error is in `report`). Every other file of
/// `content/berkas/` gets a warning.
pub(super) fn load(
    root: &Path,
    config: &SiteConfig,
    options: &LoadOptions,
    report: &mut Report,
) -> Option<SiteLogo> {
    let dir = Path::new("content").join("berkas");
    let mut found = None;
    if root.join(&dir).is_dir() {
        let walker = walkdir::WalkDir::new(root.join(&dir))
            .min_depth(1)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker.filter_map(Result::ok) {
            if !entry.file_type().is_file() {
                continue;
            }
            let Ok(inner) = entry.path().strip_prefix(root.join(&dir)) else {
                continue;
            };
            let name = format!("berkas/{}", inner.to_string_lossy().replace('\\', "/"));
            let rel = dir.join(inner);
            if config.logo.as_deref() == Some(name.as_str()) {
                found = Some((name, rel));
            } else {
                report.push(Diagnostic::warning(&rel, msg!("K0288")));
            }
        }
    }
    let logo = config.logo.as_deref()?;
    let Some((name, rel)) = found else {
        let file = logo.rsplit('/').next().unwrap_or(logo);
        let message = msg!("K0287", berkas = logo, nama = file);
        report.push(Diagnostic::error("content/site.yaml", message).field("logo"));
        return None;
    };
    match process(root, &rel, &name, options) {
        Ok(picture) => Some(SiteLogo {
            file: name,
            picture: Arc::new(picture),
        }),
        Err(d) => {
            report.push(d);
            None
        }
    }
}

/// The variants of the logo at `rel` (named `name`): its name and kind
/// checked as in a village's `berkas/`, an SVG drawn to PNG.
fn process(
    root: &Path,
    rel: &Path,
    name: &str,
    options: &LoadOptions,
) -> Result<crate::media::Picture, Diagnostic> {
    let file_name = rel.file_name().and_then(|n| n.to_str());
    let shown = name.rsplit('/').next().unwrap_or(name);
    let refused = |r: berkas::Refused| Diagnostic::error(rel, r.message);
    berkas::check_name(file_name, shown).map_err(refused)?;
    let source = root.join(rel);
    let result = if crate::media::svg::is_svg(name) {
        let cache = options.pictures.as_ref().map(|c| c.dir());
        crate::media::svg::process(cache, &source, name)
    } else {
        berkas::check_kind(&source, name).map_err(refused)?;
        match &options.pictures {
            Some(cache) => cache.process(&source, name),
            None => crate::media::inspect(&source, name),
        }
    };
    result.map_err(|e| Diagnostic::error(rel, e.message).maybe_hint(e.hint))
}
