//! Where a link in content leads: the one place that rewrites a link target
//! (`berkas/` files, content files, relative paths) and, for a link that leads
//! nowhere, finds the nearest target the site publishes as the fix.

use crate::diagnostic::did_you_mean;
use crate::message::Message;
use crate::msg;
use crate::render::picture;
use pulldown_cmark::CowStr;
use std::collections::HashMap;

/// How links in one document are resolved.
pub struct Links<'a> {
    /// Relative prefix from the page to the site root (`../../`).
    pub root: &'a str,
    /// The village's slug, under which its `berkas/` lives.
    pub village: &'a str,
    /// The village's files under `berkas/`.
    pub files: &'a std::collections::BTreeMap<String, crate::content::FileInfo>,
    /// The site path (`kemiren/sejarah/`) of a content file named relative to the
    /// village folder (`halaman/sejarah.md`), in the page's language.
    pub page_path: &'a dyn Fn(&str) -> PageTarget,
    /// The site path of the page the document is shown on (`kemiren/sejarah/`).
    pub here: &'a str,
    /// What the site publishes near a site path: the portal's pages and those of
    /// the village the path names and of this page's village, in every language.
    pub site: &'a dyn Fn(&str) -> SitePaths,
}

/// Pages and files the site publishes, which a relative link must lead to: a
/// few villages' worth, gathered for one link (a national portal has 83,762
/// villages, too many to list for every page).
#[derive(Debug, Default)]
pub struct SitePaths {
    /// Page folders (`kemiren/sejarah/`, `""` for the portal) and files
    /// (`kemiren/berkas/peta.png`).
    paths: std::collections::BTreeSet<String>,
    /// For a page written as a content file: (village, file) as a link names it
    /// (`kemiren`, `halaman/sejarah.md`).
    sources: HashMap<String, (String, String)>,
    /// True when a village involved has errors of its own: a link that seems to
    /// lead nowhere may lead to a page its broken file would have made.
    pub uncertain: bool,
}

impl SitePaths {
    /// Adds a published page folder or file.
    pub fn add(&mut self, path: String) {
        self.paths.insert(path);
    }

    /// Adds the page at `path`, written in `village`'s content file `file`.
    pub fn add_source(&mut self, path: String, village: &str, file: String) {
        self.sources
            .insert(path.clone(), (village.to_string(), file));
        self.paths.insert(path);
    }

    /// True if and only if the site publishes `path`, or a page folder of that
    /// name (a server adds the `/`), or `path` is a file kampung writes by rule
    /// (feeds, search index, data downloads, theme files).
    pub(super) fn publishes(&self, path: &str) -> bool {
        let folder = path.strip_suffix("index.html").unwrap_or(path);
        if self.paths.contains(folder) || self.paths.contains(&format!("{folder}/")) {
            return true;
        }
        let name = path.rsplit('/').next().unwrap_or(path);
        path.starts_with("static/")
            || name == "404.html"
            || name
                .rsplit_once('.')
                .is_some_and(|(_, ext)| matches!(ext, "xml" | "json" | "csv" | "txt" | "webp"))
    }

    /// The link that `here` should have used for the published path nearest to
    /// one of `wanted` (within `typos` edits): the content file when it is a page
    /// of `village`, else the path from `here`.
    pub(super) fn suggest(
        &self,
        wanted: &[String],
        typos: usize,
        village: &str,
        here: &str,
    ) -> Option<String> {
        let found = wanted.iter().find_map(|w| self.paths.get(w)).or_else(|| {
            wanted.iter().find_map(|w| {
                self.paths
                    .iter()
                    .map(|p| (strsim::damerau_levenshtein(w, p), p))
                    .filter(|(d, _)| *d <= typos)
                    .min_by_key(|(d, _)| *d)
                    .map(|(_, p)| p)
            })
        })?;
        Some(match self.sources.get(found) {
            Some((v, file)) if v == village => file.clone(),
            _ => relative(here, found),
        })
    }
}

/// The relative link from the page folder `here` to the site path `to`.
pub(super) fn relative(here: &str, to: &str) -> String {
    let from: Vec<&str> = here.split('/').filter(|s| !s.is_empty()).collect();
    let target: Vec<&str> = to.split('/').collect();
    let common = from.iter().zip(&target).take_while(|(a, b)| a == b).count();
    let up = "../".repeat(from.len() - common);
    let rest = target[common..].join("/");
    match (up.is_empty(), rest.is_empty()) {
        (true, true) => "./".to_string(),
        _ => format!("{up}{rest}"),
    }
}

/// The site path a browser on page folder `here` opens for the relative `path`
/// (no fragment or query); `..` stops at the site's root, as in a browser.
pub(super) fn join(here: &str, path: &str) -> String {
    let mut parts: Vec<&str> = here.split('/').filter(|s| !s.is_empty()).collect();
    if !here.ends_with('/') {
        parts.pop();
    }
    let segments: Vec<&str> = path.split('/').collect();
    for (i, segment) in segments.iter().enumerate() {
        let last = i + 1 == segments.len();
        match *segment {
            "." | "" if !last => {}
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    let folder = path.ends_with('/') || path.ends_with("/.") || path.ends_with("..") || path == ".";
    if folder && !out.is_empty() {
        out.push('/');
    }
    out
}

/// Where a link to a content file leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PageTarget {
    /// A published page at this site path.
    Page(String),
    /// A draft, which is not published.
    Draft,
    /// A file with errors of its own; the link is not reported again.
    Broken,
    /// No such file.
    Missing,
}

/// Why a link target cannot be published.
pub(super) struct Unresolved {
    /// What is wrong.
    pub message: Message,
    /// The fix, when the message's own hint is not the one to show.
    pub hint: Option<Message>,
    /// The scheme is not allowed (reported where a reference definition is written).
    pub unsafe_scheme: bool,
}

impl Unresolved {
    /// A broken target with the message's own hint.
    pub(super) fn new(message: Message) -> Self {
        Unresolved {
            message,
            hint: None,
            unsafe_scheme: false,
        }
    }
}

/// The message for an address with a scheme that is not allowed.
pub(super) fn unsafe_message(image: bool, dest: &str, problem: &crate::url::UnsafeUrl) -> Message {
    let shown: String = dest.chars().take(80).collect();
    let allowed: Vec<String> = crate::url::ALLOWED_SCHEMES
        .iter()
        .map(|s| format!("`{s}:`"))
        .collect();
    msg!(
        "K0821",
        jenis = if image { "gambar" } else { "tautan" },
        alamat = shown,
        skema = &problem.scheme,
        boleh = allowed.join(", ")
    )
}

/// Rewrites one link target, or says why it is broken. The one place that
/// decides where a link in content leads.
pub(super) fn resolve<'a>(
    dest: &CowStr<'a>,
    links: &Links<'_>,
    image: bool,
) -> Result<CowStr<'a>, Unresolved> {
    if let Err(problem) = crate::url::check(dest) {
        return Err(Unresolved {
            message: unsafe_message(image, dest, &problem),
            hint: None,
            unsafe_scheme: true,
        });
    }
    let (path, fragment) = match dest.find('#') {
        Some(i) => (&dest[..i], &dest[i..]),
        None => (&dest[..], ""),
    };
    let path = path.trim_start_matches("./");
    if path.starts_with("berkas/") {
        let decoded = percent_decode(path);
        if let Some(info) = links.files.get(&decoded) {
            if info.picture.is_some() {
                let target = picture::published_path(links.village, &decoded, Some(info));
                return Ok(CowStr::from(format!("{}{target}{fragment}", links.root)));
            }
            return Ok(CowStr::from(format!(
                "{}{}/{path}{fragment}",
                links.root, links.village
            )));
        }
        if (links.page_path)(&decoded) == PageTarget::Broken {
            // A refused file: its own error says why.
            return Ok(dest.clone());
        }
        let jenis = if image { "gambar" } else { "berkas" };
        let near = nearest_file(&decoded, links);
        return Err(Unresolved {
            message: msg!("K0822", jenis = jenis, berkas = decoded),
            hint: near.map(|saran| msg!("tampilan-hint-did-you-mean", saran = saran)),
            unsafe_scheme: false,
        });
    }
    let is_relative =
        !path.is_empty() && !path.contains(':') && !path.starts_with('/') && !path.starts_with('?');
    if !is_relative {
        return Ok(dest.clone());
    }
    if path.ends_with(".md") {
        return match (links.page_path)(path) {
            PageTarget::Page(target) => {
                Ok(CowStr::from(format!("{}{target}{fragment}", links.root)))
            }
            PageTarget::Broken => Ok(dest.clone()),
            PageTarget::Draft => Err(Unresolved::new(msg!("K0823", berkas = path))),
            PageTarget::Missing => Err(Unresolved::new(msg!("K0824", berkas = path))),
        };
    }
    // Any other relative link: where the browser will go from this page.
    let decoded = percent_decode(path.split('?').next().unwrap_or(path));
    let target = join(links.here, &decoded);
    let near = (links.site)(&target);
    if near.publishes(&target) || near.uncertain {
        return Ok(dest.clone());
    }
    let hint = if links.files.contains_key(&format!("berkas/{decoded}")) {
        Some(msg!(
            "tampilan-hint-berkas-prefix",
            saran = format!("berkas/{decoded}")
        ))
    } else {
        broken_link_fix(&decoded, &target, &near, links)
            .map(|saran| msg!("tampilan-hint-did-you-mean", saran = saran))
    };
    Err(Unresolved {
        message: msg!("K0825", tautan = &decoded, alamat = format!("/{target}")),
        hint,
        unsafe_scheme: false,
    })
}

/// The name under `berkas/` nearest to `name` (`berkas/Formulir.pdf`).
pub(super) fn nearest_file(name: &str, links: &Links<'_>) -> Option<String> {
    let names: Vec<&str> = links.files.keys().map(String::as_str).collect();
    let lower = name.to_lowercase();
    names
        .iter()
        .find(|n| n.to_lowercase() == lower)
        .copied()
        .or_else(|| did_you_mean(name, &names))
        .map(str::to_string)
}

/// The link that was probably meant by the relative `link`, which leads to the
/// missing site path `target`: a page of the village written as if from the
/// village folder (`layanan/sktm/`), or a published path close to `target`.
pub(super) fn broken_link_fix(
    link: &str,
    target: &str,
    near: &SitePaths,
    links: &Links<'_>,
) -> Option<String> {
    let village_folder = links
        .here
        .find(&format!("{}/", links.village))
        .map(|i| &links.here[..i + links.village.len() + 1])
        .unwrap_or("");
    let climbed = link.trim_start_matches("../");
    let mut from_village = format!("{village_folder}{climbed}");
    let mut from_root = climbed.to_string();
    let name = climbed.rsplit('/').next().unwrap_or("");
    if !climbed.ends_with('/') && !name.contains('.') {
        from_village.push('/');
        from_root.push('/');
    }
    // A content file named without `.md` (`halaman/sejarah`).
    let source = format!("{}.md", climbed.trim_end_matches('/'));
    if matches!((links.page_path)(&source), PageTarget::Page(_)) {
        return Some(source);
    }
    let wanted = [from_village, from_root, target.to_string()];
    let typos = 2.max(climbed.chars().count() / 4);
    if let Some(fix) = near.suggest(&wanted, typos, links.village, links.here) {
        return Some(fix);
    }
    nearest_file(&format!("berkas/{name}"), links)
}

/// Decodes `%20`-style escapes, leaving anything malformed as it is.
pub(super) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}
