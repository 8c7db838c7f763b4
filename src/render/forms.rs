//! The web forms of the published site (`formulir` in site.yaml): Decap CMS
//! at `/admin/`, writing to the site's GitHub repository, its configuration
//! made from the model (`schema::cms`) in the same build as the pages, so the
//! forms always match what `check` accepts.
//!
//! A portal of several villages also gets one page per village,
//! `/<desa>/admin/`, with that village's forms only (and the same Decap
//! files, from `/admin/`): a village team opens its own address and sees only
//! its own files. GitHub decides who may write: everyone with write access to
//! the repository may change every file in it (see docs/formulir-daring.md).

use super::{Renderer, Sink, Stats};
use crate::diagnostic::{Diagnostic, Failure, Report};
use crate::forms;
use crate::msg;
use crate::schema::cms::{Backend, decap_config, decap_config_for_site, decap_config_for_village};

/// The forms' folder on the published site, beside the pages.
pub const FORMS_DIR: &str = "admin";

/// Up to this many villages, `/admin/` holds every village's forms; above it,
/// only the portal's settings (each village's are at `/<desa>/admin/`): the
/// configuration grows by about 40 KB per village, all read before the first
/// form shows.
pub const ALL_IN_ONE_MAX: usize = 10;

impl Renderer<'_> {
    /// The forms' files, when site.yaml asks for them; a warning (K1459) if
    /// this copy of kampung has no forms built in.
    pub fn render_forms(&self, sink: &dyn Sink, report: &mut Report) -> Result<Stats, Failure> {
        let mut stats = Stats::default();
        let Some(config) = &self.site.config.forms else {
            return Ok(stats);
        };
        if !forms::has_forms() {
            let url = format!("/{FORMS_DIR}/");
            report.push(
                Diagnostic::warning("content/site.yaml", msg!("K1459", url = url))
                    .field("formulir"),
            );
            return Ok(stats);
        }
        let backend = || Backend::GitHub(config.clone());
        let villages = &self.site.villages;
        let portal = if villages.len() <= ALL_IN_ONE_MAX {
            decap_config(self.site, backend())
        } else {
            decap_config_for_site(self.site, backend())
        };
        let mut write = |path: String, bytes: Vec<u8>| {
            stats.files += 1;
            sink.write(&path, bytes)
        };
        write(format!("{FORMS_DIR}/config.yml"), portal.into_bytes())?;
        write(
            format!("{FORMS_DIR}/index.html"),
            forms::index_page("config.yml", "").into_bytes(),
        )?;
        for (name, bytes) in forms::files() {
            write(format!("{FORMS_DIR}/{name}"), bytes)?;
        }
        write(
            format!("{FORMS_DIR}/{}", forms::PHRASES_FILE),
            forms::PHRASES.as_bytes().to_vec(),
        )?;
        write(
            format!("{FORMS_DIR}/{}", forms::START_FILE),
            forms::START.as_bytes().to_vec(),
        )?;
        if villages.len() > 1 {
            let scripts = format!("../../{FORMS_DIR}/");
            for village in villages {
                let Some(yaml) = decap_config_for_village(self.site, backend(), &village.slug)
                else {
                    continue;
                };
                let dir = format!("{}/{FORMS_DIR}", village.slug);
                write(format!("{dir}/config.yml"), yaml.into_bytes())?;
                let page = forms::index_page("config.yml", &scripts);
                write(format!("{dir}/index.html"), page.into_bytes())?;
            }
        }
        Ok(stats)
    }
}
