//! What each village shows outside its own pages, so that a rebuild after an
//! edit renders again only the portal pages the edit changed.
//!
//! Every page kind says what its portal pages show of a village
//! ([`Kind::portal_shows`]) and which of its portal pages show it
//! ([`Kind::portal_routes_showing`]: a kecamatan's page shows only its own
//! villages). A [`PortalPrint`] is one village's hashes of these, kind by kind;
//! [`PortalShown`] keeps every village's between rebuilds and, after an edit,
//! names the pages to render again ([`PortalWork`]). [`Layout`] is what every
//! page shows that the villages decide together (the portal's sections in the
//! menus, whether the site is one village's): when it changes, every page does.
//!
//! On a national portal this is the difference between rendering 13,800
//! kecamatan pages and a few hundred megabytes of site-wide lists after a
//! village edits its slogan, and rendering its kecamatan's page.

use super::kinds::{KINDS, Kind};
use super::route::{Route, Section};
use super::{Renderer, Sink, Stats};
use crate::content::{Profile, Site, Village};
use crate::diagnostic::{Failure, Report};
use rayon::prelude::*;
use std::collections::BTreeSet;
use std::hash::{DefaultHasher, Hasher};

/// A hash of what one kind's portal pages show of one village, fed piece by
/// piece with [`Print::add`].
#[derive(Clone)]
pub(super) struct Print(DefaultHasher);

impl Print {
    /// Adds `value` by its `Debug` form: every field, so that a field added to
    /// the content model later is in the print without anyone remembering it.
    pub(super) fn add(&mut self, value: &dyn std::fmt::Debug) {
        use std::fmt::Write;
        // A hasher takes every byte: writing into it cannot fail.
        let _ = write!(self, "{value:?}");
        self.0.write_u8(0xff);
    }
}

impl std::fmt::Write for Print {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.0.write(s.as_bytes());
        Ok(())
    }
}

/// What one village shows on the portal's pages, kind by kind (in the order of
/// the kinds). Each kind's hash also holds what nearly every portal page shows
/// of a village: its slug and its profile but for the slogan, which only its
/// card shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PortalPrint(Box<[u64]>);

impl PortalPrint {
    /// The print of `village`, one of `site`'s villages.
    pub fn of(site: &Site, village: &Village) -> Self {
        let mut common = Print(DefaultHasher::new());
        common.add(&village.slug);
        common.add(&Profile {
            motto: None,
            ..village.profile.clone()
        });
        PortalPrint(
            KINDS
                .iter()
                .map(|kind| {
                    let mut print = common.clone();
                    kind.portal_shows(site, village, &mut print);
                    print.0.finish()
                })
                .collect(),
        )
    }
}

/// What every page shows that the villages decide together: the portal's
/// sections, which every menu links to (the portal has a product page when
/// some village has a product), and the village of a one-village site, whose
/// home is the front page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layout {
    sections: Vec<&'static str>,
    single: Option<String>,
}

/// The portal pages a rebuild of some villages renders again.
pub struct PortalWork<'a>(Work<'a>);

enum Work<'a> {
    /// None: what the edited villages show there did not change.
    Nothing,
    /// All of them, and every other portal file: villages came or went, or a
    /// kind's portal pages did (a new kecamatan, a new service name).
    All,
    /// Some pages of some kinds: by index in the kinds, those that show what
    /// an edited village changed (only pages the kind has: a village shows on
    /// its kecamatan's page only when the portal gives kecamatan pages).
    Some(Vec<(usize, Vec<Route<'a>>)>),
}

impl PortalWork<'_> {
    /// Every portal page and file.
    pub fn all() -> Self {
        PortalWork(Work::All)
    }

    /// Whether the rebuild replaces every portal file.
    pub fn is_all(&self) -> bool {
        matches!(self.0, Work::All)
    }

    /// Whether any portal page is rendered again.
    pub fn is_nothing(&self) -> bool {
        matches!(self.0, Work::Nothing)
    }
}

/// What every village shows on the portal, and which pages each kind has
/// there, kept from one rebuild to the next.
#[derive(Clone)]
pub struct PortalShown {
    prints: imbl::OrdMap<String, PortalPrint>,
    /// By kind: a hash of the paths of its portal pages.
    routes: Vec<u64>,
}

/// The paths (in the first language) of `kind`'s portal pages, with its routes.
fn portal_paths<'a>(r: &Renderer<'a>, kind: &dyn Kind) -> Vec<(Route<'a>, String)> {
    (kind.portal_routes(r).into_iter())
        .map(|route| (route, r.path(route, &r.langs[0])))
        .collect()
}

/// A hash of the paths of a kind's portal pages.
fn route_print(paths: &[(Route<'_>, String)]) -> u64 {
    let mut print = Print(DefaultHasher::new());
    for (_, path) in paths {
        print.add(path);
    }
    print.0.finish()
}

/// Which of a kind's portal pages an edit changed.
enum Changed {
    None,
    /// Those at these paths (in the first language).
    Pages(BTreeSet<String>),
    All,
}

impl PortalShown {
    /// What every village of `r`'s site shows on its portal.
    pub fn of(r: &Renderer<'_>) -> Self {
        // Each print formats much of its village: on a national portal,
        // 83,762 villages, on every core.
        let prints: Vec<(String, PortalPrint)> = (r.site.villages.par_iter())
            .map(|v| (v.slug.clone(), PortalPrint::of(r.site, v)))
            .collect();
        let prints = prints.into_iter().collect();
        let routes = (KINDS.iter())
            .map(|&kind| route_print(&portal_paths(r, kind)))
            .collect();
        PortalShown { prints, routes }
    }

    /// What the portal of `r`'s site shows after the villages named in `edited`
    /// were loaded again (`before` is the site `self` describes), and which of
    /// its pages must be rendered again.
    pub fn after<'a>(
        &self,
        before: &Site,
        r: &Renderer<'a>,
        edited: &BTreeSet<String>,
    ) -> (PortalShown, PortalWork<'a>) {
        let first = &r.langs[0];
        let mut next = self.clone();
        // Villages that came or went change every list of villages.
        let mut all = false;
        let mut changed: Vec<Changed> = KINDS.iter().map(|_| Changed::None).collect();
        for slug in edited {
            let old = before.villages.iter().find(|v| &v.slug == slug);
            let Some(new) = r.site.villages.iter().find(|v| &v.slug == slug) else {
                all |= old.is_some();
                next.prints.remove(slug);
                continue;
            };
            let print = PortalPrint::of(r.site, new);
            let was = next.prints.insert(slug.clone(), print.clone());
            let (Some(old), Some(was)) = (old, was) else {
                all = true;
                continue;
            };
            for (k, kind) in KINDS.iter().enumerate() {
                if was.0[k] == print.0[k] {
                    continue;
                }
                let showing = kind
                    .portal_routes_showing(old)
                    .zip(kind.portal_routes_showing(new));
                changed[k] = match (std::mem::replace(&mut changed[k], Changed::None), showing) {
                    (Changed::All, _) | (_, None) => Changed::All,
                    (earlier, Some((a, b))) => {
                        let mut paths = match earlier {
                            Changed::Pages(paths) => paths,
                            _ => BTreeSet::new(),
                        };
                        paths.extend(a.into_iter().chain(b).map(|route| r.path(route, first)));
                        Changed::Pages(paths)
                    }
                };
            }
        }
        // A kind whose pages came or went (a new kecamatan, a new service
        // name) changes the lists that link to them: everything is rendered.
        let mut pages = Vec::new();
        for (k, kind) in KINDS.iter().enumerate() {
            if matches!(changed[k], Changed::None) && !all {
                continue;
            }
            let paths = portal_paths(r, *kind);
            let routes = route_print(&paths);
            all |= routes != next.routes[k];
            next.routes[k] = routes;
            let shown = (paths.into_iter())
                .filter(|(_, path)| match &changed[k] {
                    Changed::None => false,
                    Changed::Pages(wanted) => wanted.contains(path),
                    Changed::All => true,
                })
                .map(|(route, _)| route);
            pages.push((k, shown.collect()));
        }
        let work = match all {
            true => Work::All,
            false if pages.is_empty() => Work::Nothing,
            false => Work::Some(pages),
        };
        (next, PortalWork(work))
    }
}

impl Renderer<'_> {
    /// What every page of the site shows that the villages decide together.
    pub fn layout(&self) -> Layout {
        Layout {
            sections: self
                .portal_sections
                .iter()
                .map(|s: &&Section| s.key)
                .collect(),
            single: self.single.map(str::to_string),
        }
    }

    /// Renders the portal's pages that `work` names, in every language: all
    /// of them (and the portal's other files) for [`PortalWork::all`].
    pub fn render_portal_work(
        &self,
        work: &PortalWork<'_>,
        sink: &dyn Sink,
        report: &mut Report,
    ) -> Result<Stats, Failure> {
        let kinds = match &work.0 {
            Work::Nothing => return Ok(Stats::default()),
            Work::All => return self.render_portal(sink, report),
            Work::Some(kinds) => kinds,
        };
        let mut stats = Stats::default();
        for lang in &self.langs {
            for (k, routes) in kinds {
                for &route in routes {
                    let html = KINDS[*k].render_portal(self, lang, route);
                    self.emit(sink, self.path(route, lang), html, &mut stats, report)?;
                }
            }
        }
        Ok(stats)
    }
}
