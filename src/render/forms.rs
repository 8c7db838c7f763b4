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
use crate::content::Village;
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
    /// The portal's forms at `/admin/`, when site.yaml asks for them; a
    /// warning (K1459) if this copy of kampung has no forms built in.
    pub(super) fn render_portal_forms(
        &self,
        sink: &dyn Sink,
        report: &mut Report,
    ) -> Result<Stats, Failure> {
        let mut stats = Stats::default();
        let Some(backend) = self.forms_backend() else {
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
        let config = if self.site.villages.len() <= ALL_IN_ONE_MAX {
            decap_config(self.site, backend)
        } else {
            decap_config_for_site(self.site, backend)
        };
        let page = forms::index_page("config.yml", "");
        let scripts = [
            (forms::PHRASES_FILE, forms::PHRASES.as_bytes().to_vec()),
            (forms::START_FILE, forms::START.as_bytes().to_vec()),
        ];
        let files = [
            ("config.yml", config.into_bytes()),
            ("index.html", page.into_bytes()),
        ]
        .into_iter()
        .chain(forms::files())
        .chain(scripts);
        for (name, bytes) in files {
            sink.write(&format!("{FORMS_DIR}/{name}"), bytes)?;
            stats.files += 1;
        }
        Ok(stats)
    }

    /// A village's own forms at `/<desa>/admin/` on a portal of several
    /// villages (Decap's files from the portal's `/admin/`). Rendered with the
    /// village, so an edit that renders the village again renders them too.
    pub(super) fn render_village_forms(
        &self,
        village: &Village,
        sink: &dyn Sink,
    ) -> Result<Stats, Failure> {
        let mut stats = Stats::default();
        let Some(backend) = self.forms_backend() else {
            return Ok(stats);
        };
        if !forms::has_forms() || self.site.villages.len() < 2 {
            return Ok(stats);
        }
        let Some(config) = decap_config_for_village(self.site, backend, &village.slug) else {
            return Ok(stats);
        };
        let dir = format!("{}/{FORMS_DIR}", village.slug);
        let page = forms::index_page("config.yml", &format!("../../{FORMS_DIR}/"));
        sink.write(&format!("{dir}/config.yml"), config.into_bytes())?;
        sink.write(&format!("{dir}/index.html"), page.into_bytes())?;
        stats.files += 2;
        Ok(stats)
    }

    /// The GitHub backend of site.yaml's `formulir`, if it has one.
    fn forms_backend(&self) -> Option<Backend> {
        self.site.config.forms.clone().map(Backend::GitHub)
    }
}
