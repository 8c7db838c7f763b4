//! Markdown to HTML: every pulldown-cmark option is decided here, in one place.
//!
//! Links are rewritten so that they work from the page they end up on: a path
//! under `berkas/` points at the village's copied file, a link to another content
//! file (`halaman/sejarah.md`) points at that page, and any other relative link
//! is read as the browser will read it, from the page it is on, and must lead to
//! a page or file the site publishes. A link to something that does not exist,
//! or one the parser cannot read as a link (a space in its address), is an error
//! at the link's line and column, with the nearest existing target as the fix.

use super::picture::{self, PhotoView, Slot};
use super::views::LangText;
use crate::content::Markdown;
use crate::diagnostic::{Diagnostic, Position, did_you_mean};
use crate::message::Message;
use crate::msg;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::collections::{HashMap, HashSet};

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
    fn publishes(&self, path: &str) -> bool {
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
    fn suggest(
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
fn relative(here: &str, to: &str) -> String {
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
fn join(here: &str, path: &str) -> String {
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

/// The HTML of a document, a plain-text excerpt, and problems with its links.
#[derive(Debug, Default)]
pub struct Rendered {
    /// The HTML.
    pub html: String,
    /// The start of the text without markup (about 300 characters), for descriptions.
    pub excerpt: String,
    /// Links to missing files or pages.
    pub problems: Vec<Diagnostic>,
}

/// The parser options: CommonMark plus tables, footnotes, strikethrough, task lists
/// and `{#id}` heading attributes.
fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// Renders `markdown`. Raw HTML is shown as text unless `raw_html`.
pub fn render(markdown: &Markdown, raw_html: bool, links: &Links<'_>) -> Rendered {
    let text = markdown.text.as_str();
    let parser = Parser::new_ext(text, options()).into_offset_iter();
    // Reference definitions (`[r]: https://...`) are checked where they are written;
    // the links that use them are not reported again.
    let unsafe_definitions: Vec<(usize, Message)> = parser
        .reference_definitions()
        .iter()
        .filter_map(|(_, def)| {
            let problem = crate::url::check(&def.dest).err()?;
            Some((def.span.start, unsafe_message(false, &def.dest, &problem)))
        })
        .collect();
    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> = parser.collect();
    let mut problems = Vec::new();
    // Positions in the file: lines counted as editors count them, from the line
    // the text starts on, and columns past the indentation of a YAML block.
    let position = |offset: usize| {
        let within = Position::in_text(text, offset);
        Position {
            line: markdown.first_line + within.line - 1,
            column: within.column + markdown.indent,
        }
    };
    let report =
        |problems: &mut Vec<Diagnostic>, offset: usize, message: Message, hint: Option<Message>| {
            let pos = position(offset);
            let line = text
                .lines()
                .nth(pos.line - markdown.first_line)
                .unwrap_or("")
                .trim_end();
            let line = format!("{}{line}", " ".repeat(markdown.indent));
            let mut d = Diagnostic::error(&markdown.file, message)
                .position(Some(pos))
                .maybe_hint(hint);
            d.snippet = Some(line);
            problems.push(d);
        };

    for (offset, message) in unsafe_definitions {
        report(&mut problems, offset, message, None);
    }
    for (offset, message) in spaced_links(text, &events) {
        report(&mut problems, offset, message, None);
    }
    assign_heading_ids(&mut events);

    let mut excerpt = String::new();
    let mut out_events = Vec::with_capacity(events.len());
    // A picture from berkas/ being read: its view, where it starts, its alt text.
    let mut picture: Option<(PhotoView, usize, String)> = None;
    for (event, range) in events {
        if let Some((view, start, alt)) = picture.as_mut() {
            match event {
                Event::End(TagEnd::Image) => {
                    let alt = alt.trim().to_string();
                    if alt.is_empty() {
                        report(
                            &mut problems,
                            *start,
                            msg!("K0820", gambar = &view.src),
                            None,
                        );
                        if let Some(last) = problems.last_mut() {
                            last.severity = crate::diagnostic::Severity::Warning;
                        }
                    }
                    view.alt = LangText::plain(&alt);
                    let html = picture::html(view, links.root, Slot::Column, true);
                    out_events.push(Event::InlineHtml(CowStr::from(html)));
                    picture = None;
                }
                Event::Text(t) | Event::Code(t) => alt.push_str(&t),
                Event::SoftBreak | Event::HardBreak => alt.push(' '),
                _ => {}
            }
            continue;
        }
        let event = match event {
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let resolved = resolve(&dest_url, links, false);
                let dest_url = settle(resolved, link_type, range.start, &mut problems, &report);
                Event::Start(Tag::Link {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Start(Tag::Image {
                link_type,
                dest_url,
                title,
                id,
            }) => {
                let path = percent_decode(dest_url.trim_start_matches("./"));
                if let Some(info) = links.files.get(&path).filter(|i| i.picture.is_some()) {
                    let view =
                        PhotoView::new(links.village, &path, Some(info), LangText::plain(""));
                    picture = Some((view, range.start, String::new()));
                    continue;
                }
                let resolved = resolve(&dest_url, links, true);
                let dest_url = settle(resolved, link_type, range.start, &mut problems, &report);
                Event::Start(Tag::Image {
                    link_type,
                    dest_url,
                    title,
                    id,
                })
            }
            Event::Html(html) | Event::InlineHtml(html) if !raw_html => Event::Text(html),
            Event::Start(Tag::HtmlBlock) if !raw_html => Event::Start(Tag::Paragraph),
            Event::End(TagEnd::HtmlBlock) if !raw_html => Event::End(TagEnd::Paragraph),
            other => other,
        };
        if excerpt.len() < 300 {
            match &event {
                Event::Text(t) | Event::Code(t) => excerpt.push_str(t),
                Event::SoftBreak | Event::HardBreak => excerpt.push(' '),
                Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item)
                    if !excerpt.ends_with(' ') && !excerpt.is_empty() =>
                {
                    excerpt.push(' ');
                }
                _ => {}
            }
        }
        out_events.push(event);
    }
    let mut html = String::with_capacity(text.len() * 3 / 2);
    html::push_html(&mut html, out_events.into_iter());
    if raw_html {
        // Raw HTML is the village's own markup: kept, but cleaned of what runs.
        html = sanitizer().clean(&html).to_string();
    }
    Rendered {
        html,
        excerpt: excerpt.trim().to_string(),
        problems,
    }
}

/// The cleaner for documents with raw HTML (`html_mentah: true`). Every village
/// shares the portal's origin, so even where raw HTML is allowed no village may
/// publish script: elements and attributes outside a list of formatting ones are
/// dropped (`<script>` and `<style>` with their content, `on...` handlers,
/// `<iframe>`, `<form>`), addresses keep only the schemes of [`crate::url`], and
/// `style` may only align text (as Markdown tables do).
fn sanitizer() -> &'static ammonia::Builder<'static> {
    static CLEAN: std::sync::LazyLock<ammonia::Builder<'static>> = std::sync::LazyLock::new(|| {
        let mut builder = ammonia::Builder::default();
        builder
            .add_tags([
                "picture",
                "source",
                "input",
                "figure",
                "figcaption",
                "section",
            ])
            .add_generic_attributes(["id", "class", "lang", "dir", "style"])
            .filter_style_properties(["text-align"].into_iter().collect())
            .add_tag_attributes("img", ["srcset", "sizes", "loading", "decoding"])
            .add_tag_attributes("source", ["srcset", "sizes", "type", "media"])
            .add_tag_attributes("input", ["type", "checked", "disabled"])
            .url_schemes(crate::url::ALLOWED_SCHEMES.iter().copied().collect())
            .link_rel(None);
        builder
    });
    &CLEAN
}

/// Why a link target cannot be published.
struct Unresolved {
    message: Message,
    /// The fix, when the message's own hint is not the one to show.
    hint: Option<Message>,
    /// The scheme is not allowed (reported where a reference definition is written).
    unsafe_scheme: bool,
}

impl Unresolved {
    fn new(message: Message) -> Self {
        Unresolved {
            message,
            hint: None,
            unsafe_scheme: false,
        }
    }
}

/// The message for an address with a scheme that is not allowed.
fn unsafe_message(image: bool, dest: &str, problem: &crate::url::UnsafeUrl) -> Message {
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

/// Links and pictures the parser does not read as such because their address
/// holds a space (`![peta](berkas/peta desa.png)`), outside code: (offset of the
/// `[` or `![`, message, fix).
fn spaced_links(
    text: &str,
    events: &[(Event<'_>, std::ops::Range<usize>)],
) -> Vec<(usize, Message)> {
    // Code, and links the parser did read, are not looked at.
    let mut skip: Vec<std::ops::Range<usize>> = Vec::new();
    let mut block: Option<usize> = None;
    for (event, range) in events {
        match event {
            Event::Code(_) | Event::Html(_) | Event::InlineHtml(_) => skip.push(range.clone()),
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => skip.push(range.clone()),
            Event::Start(Tag::CodeBlock(_)) => block = Some(range.start),
            Event::End(TagEnd::CodeBlock) => {
                if let Some(start) = block.take() {
                    skip.push(start..range.end);
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (at, _) in text.match_indices("](") {
        if skip.iter().any(|r| r.contains(&at)) {
            continue;
        }
        let rest = &text[at + 2..];
        let line_end = rest.find(['\n', '\r']).unwrap_or(rest.len());
        let Some(close) = rest[..line_end].find(')') else {
            continue;
        };
        let dest = rest[..close].trim();
        let Some((first, after)) = dest.split_once(char::is_whitespace) else {
            continue;
        };
        // `[a](url "title")` is a link with a title; `<...>` may hold spaces.
        let after = after.trim_start();
        if first.is_empty()
            || dest.starts_with('<')
            || after.starts_with(['"', '\'', '('])
            || crate::url::scheme(first).is_some()
        {
            continue;
        }
        let line_start = text[..at].rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let Some(open) = text[line_start..at].rfind('[').map(|i| line_start + i) else {
            continue;
        };
        let image = text[..open].ends_with('!');
        let start = if image { open - 1 } else { open };
        let (folder, name) = match dest.rsplit_once('/') {
            Some((folder, name)) => (format!("{folder}/"), name),
            None => (String::new(), dest),
        };
        let saran = format!("{folder}{}", crate::content::suggest_name(name));
        let jenis = if image { "gambar" } else { "tautan" };
        out.push((
            start,
            msg!("K0826", jenis = jenis, tautan = dest, saran = saran),
        ));
    }
    out
}

/// True for links whose target comes from a reference definition.
fn is_reference(link_type: LinkType) -> bool {
    matches!(
        link_type,
        LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
    )
}

/// Records a problem at a byte offset of the document.
type Reporter<'r> = dyn Fn(&mut Vec<Diagnostic>, usize, Message, Option<Message>) + 'r;

/// The target of a link, or an empty one after reporting why it cannot be
/// published (an unsafe target from a reference definition was reported there).
fn settle<'a>(
    resolved: Result<CowStr<'a>, Unresolved>,
    link_type: LinkType,
    offset: usize,
    problems: &mut Vec<Diagnostic>,
    report: &Reporter<'_>,
) -> CowStr<'a> {
    match resolved {
        Ok(url) => url,
        Err(e) => {
            if !(e.unsafe_scheme && is_reference(link_type)) {
                report(problems, offset, e.message, e.hint);
            }
            CowStr::from("")
        }
    }
}

/// Gives every heading without an `{#id}` an id made from its text, unique within
/// the document (`visi-misi`, `visi-misi-1`, ...). Linear in the number of
/// headings, however many share a title.
fn assign_heading_ids(events: &mut [(Event<'_>, std::ops::Range<usize>)]) {
    let mut used: HashSet<String> = events
        .iter()
        .filter_map(|(event, _)| match event {
            Event::Start(Tag::Heading { id: Some(id), .. }) => Some(id.to_string()),
            _ => None,
        })
        .collect();
    // The next number to try for each base id.
    let mut next: HashMap<String, usize> = HashMap::new();
    let mut title = String::new();
    let mut open: Option<usize> = None;
    for i in 0..events.len() {
        match &events[i].0 {
            Event::Start(Tag::Heading { id: None, .. }) => {
                open = Some(i);
                title.clear();
            }
            Event::Text(t) | Event::Code(t) if open.is_some() => title.push_str(t),
            Event::End(TagEnd::Heading(_)) => {
                let Some(start) = open.take() else { continue };
                let base = heading_id(&title);
                let mut id = base.clone();
                let counter = next.entry(base.clone()).or_insert(1);
                while !used.insert(id.clone()) {
                    id = format!("{base}-{counter}");
                    *counter += 1;
                }
                if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[start].0 {
                    *slot = Some(CowStr::from(id));
                }
            }
            _ => {}
        }
    }
}

/// Rewrites one link target, or says why it is broken. The one place that
/// decides where a link in content leads.
fn resolve<'a>(
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
fn nearest_file(name: &str, links: &Links<'_>) -> Option<String> {
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
fn broken_link_fix(
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
fn percent_decode(text: &str) -> String {
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

/// An id for a heading: lowercase words joined by `-` (`Visi & Misi` -> `visi-misi`).
pub fn heading_id(title: &str) -> String {
    let mut id = String::new();
    for c in title.chars().flat_map(char::to_lowercase) {
        if c.is_alphanumeric() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    let id = id.trim_end_matches('-').to_string();
    if id.is_empty() {
        "bagian".to_string()
    } else {
        id
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn md(text: &str) -> Markdown {
        Markdown {
            text: text.into(),
            file: "content/a/halaman/x.md".into(),
            first_line: 5,
            indent: 0,
        }
    }

    fn links_test(text: &str, raw: bool) -> Rendered {
        let files: std::collections::BTreeMap<String, crate::content::FileInfo> =
            ["berkas/peta desa.png", "berkas/form.pdf"]
                .into_iter()
                .map(|f| (f.to_string(), crate::content::FileInfo::default()))
                .collect();
        let page = |p: &str| match p {
            "halaman/sejarah.md" => PageTarget::Page("a/sejarah/".to_string()),
            "berita/draf.md" => PageTarget::Draft,
            _ => PageTarget::Missing,
        };
        let site = |_: &str| {
            let mut paths = SitePaths::default();
            for p in [
                "",
                "layanan/",
                "a/layanan/",
                "a/layanan/sktm/",
                "b/",
                "b/sejarah/",
            ] {
                paths.add(p.to_string());
            }
            paths.add_source("a/".to_string(), "a", "index.md".to_string());
            paths.add_source(
                "a/sejarah/".to_string(),
                "a",
                "halaman/sejarah.md".to_string(),
            );
            paths.add_source("a/x/".to_string(), "a", "halaman/x.md".to_string());
            for f in files.keys() {
                paths.add(format!("a/{f}"));
            }
            paths
        };
        let links = Links {
            root: "../../",
            village: "a",
            files: &files,
            page_path: &page,
            here: "a/x/",
            site: &site,
        };
        render(&md(text), raw, &links)
    }

    /// The fix shown under a problem, in English.
    fn hint(d: &Diagnostic) -> String {
        d.hint_in(crate::message::Lang::En).unwrap_or_default()
    }

    #[test]
    fn relative_links_that_lead_nowhere_are_errors_with_the_nearest_target() {
        let r = links_test(
            "[SKTM](layanan/sktm/) [f](form.pdf)\n\n[s](sejarah/) [k](../layanan/sktm)\n",
            false,
        );
        let found: Vec<_> = r
            .problems
            .iter()
            .map(|d| (d.code(), d.position.map(|p| (p.line, p.column)), hint(d)))
            .collect();
        assert_eq!(
            found,
            [
                (
                    Some("K0825"),
                    Some((5, 1)),
                    "did you mean `../layanan/sktm/`?".to_string()
                ),
                (
                    Some("K0825"),
                    Some((5, 23)),
                    "that file is in the berkas/ folder: write `berkas/form.pdf`".to_string()
                ),
                (
                    Some("K0825"),
                    Some((7, 1)),
                    "did you mean `halaman/sejarah.md`?".to_string()
                ),
            ],
            "{:?}",
            r.problems
        );
        assert!(
            r.problems[0]
                .message
                .text_in(crate::message::Lang::En)
                .contains("`layanan/sktm/` leads to an address the site does not have (/a/x/layanan/sktm/)")
        );
        // Links that work stay as they are: this village, another village, the portal.
        let r = links_test(
            "[a](../layanan/sktm/) [b](../../b/sejarah/) [c](../../layanan/) [d](../) [e](../berkas/form.pdf#p) [f](?q=1) [g](#atas)\n",
            false,
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.html.contains("href=\"../../b/sejarah/\""), "{}", r.html);
    }

    #[test]
    fn a_link_with_a_space_in_its_address_is_an_error_suggesting_a_name() {
        let r = links_test(
            "teks\n\n![peta](berkas/peta desa.png) dan [f](halaman/Visi Misi.md)\n",
            false,
        );
        assert_eq!(r.problems.len(), 2, "{:?}", r.problems);
        let d = &r.problems[0];
        assert_eq!(d.code(), Some("K0826"));
        assert_eq!(d.position, Some(Position { line: 7, column: 1 }));
        assert!(hint(d).contains("`berkas/peta-desa.png`"), "{}", hint(d));
        assert!(hint(d).contains("`<berkas/peta desa.png>`"), "{}", hint(d));
        assert!(
            d.message
                .text_in(crate::message::Lang::Id)
                .starts_with("gambar `berkas/peta desa.png` memuat spasi")
        );
        assert_eq!(
            r.problems[1].position,
            Some(Position {
                line: 7,
                column: 35
            })
        );
        assert!(hint(&r.problems[1]).contains("`halaman/visi-misi.md`"));
        // Not in code, not with a title, not between angle brackets.
        let r = links_test(
            "`[a](b c)` [t](berkas/form.pdf \"Formulir\") ![p](<berkas/peta desa.png>)\n\n```\n[a](b c)\n```\n\n    [a](b c)\n",
            false,
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }

    #[test]
    fn extensions_and_heading_ids() {
        let r = links_test(
            "# Visi & Misi\n\n## Visi & Misi\n\n|a|b|\n|-|-|\n|1|2|\n\n~~x~~ [^1]\n\n- [x] ok\n\n[^1]: catatan\n",
            false,
        );
        assert!(r.html.contains("<h1 id=\"visi-misi\">"));
        assert!(r.html.contains("<h2 id=\"visi-misi-1\">"));
        assert!(r.html.contains("<table>"));
        assert!(r.html.contains("<del>x</del>"));
        assert!(r.html.contains("type=\"checkbox\""));
        assert!(r.html.contains("footnote"));
    }

    #[test]
    fn raw_html_is_escaped_unless_allowed() {
        let r = links_test("<script>alert(1)</script>\n\nteks <b>tebal</b>\n", false);
        assert!(!r.html.contains("<script>"));
        assert!(r.html.contains("&lt;script&gt;"));
        assert!(r.html.contains("&lt;b&gt;"));
        let r = links_test("teks <b>tebal</b>\n", true);
        assert!(r.html.contains("<b>tebal</b>"));
    }

    #[test]
    fn raw_html_cannot_carry_script_even_where_it_is_allowed() {
        let r = links_test(
            "<script>alert(1)</script>\n\n<img src=\"x.png\" onerror=\"alert(2)\"> \
             <a href=\"javascript:alert(3)\">a</a> <iframe src=\"https://x.id\"></iframe> \
             <b style=\"position:fixed;text-align:center\">b</b>\n\n\
             | a |\n|:-:|\n| 1 |\n\n- [x] ok\n",
            true,
        );
        let html = r.html.to_ascii_lowercase();
        for gone in [
            "<script",
            "alert(1)",
            "onerror",
            "javascript:",
            "<iframe",
            "position",
        ] {
            assert!(!html.contains(gone), "{gone} kept: {}", r.html);
        }
        assert!(
            html.contains("<b style=\"text-align:center\">b</b>"),
            "{}",
            r.html
        );
        assert!(html.contains("<img src=\"x.png\">"), "{}", r.html);
        assert!(html.contains("type=\"checkbox\""), "{}", r.html);
        assert!(
            html.contains("text-align: center") || html.contains("text-align:center"),
            "{}",
            r.html
        );
    }

    #[test]
    fn berkas_and_page_links_are_rewritten_or_reported() {
        let r = links_test(
            "![peta](berkas/peta%20desa.png) [f](berkas/form.pdf) [s](halaman/sejarah.md#awal)\n",
            false,
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
        assert!(r.html.contains("src=\"../../a/berkas/peta%20desa.png\""));
        assert!(r.html.contains("href=\"../../a/berkas/form.pdf\""));
        assert!(r.html.contains("href=\"../../a/sejarah/#awal\""));
        let r = links_test(
            "teks\n\nlihat [f](berkas/hilang.pdf) dan [g](halaman/tidak-ada.md) [h](berita/draf.md)\n",
            false,
        );
        assert_eq!(r.problems.len(), 3);
        assert_eq!(r.problems[2].code(), Some("K0823"));
        assert_eq!(
            r.problems[0].position,
            Some(Position { line: 7, column: 7 })
        );
        assert_eq!(r.problems[0].code(), Some("K0822"));
        assert!(r.problems[0].text().contains("berkas/hilang.pdf"));
        assert_eq!(r.problems[1].code(), Some("K0824"));
        assert!(r.problems[1].text().contains("halaman/tidak-ada.md"));
    }

    #[test]
    fn script_links_in_every_markdown_form_are_errors_at_their_position() {
        for (text, line, column) in [
            ("[x](javascript:alert(1))\n", 5, 1),
            ("teks <javascript:alert(1)>\n", 5, 6),
            ("[x][r]\n\n[r]: javascript:alert(1)\n", 7, 1),
            ("![i](javascript:alert(1))\n", 5, 1),
            ("[x](JAVASCRIPT:alert(1))\n", 5, 1),
            ("[x](&#106;avascript:alert(1))\n", 5, 1),
            ("[x](< \u{1}javascript:alert(1)>)\n", 5, 1),
            ("[x](vbscript:msgbox(1))\n", 5, 1),
            ("[x](data:text/html,hai)\n", 5, 1),
            ("![x](file:///etc/passwd)\n", 5, 1),
        ] {
            let r = links_test(text, false);
            assert_eq!(r.problems.len(), 1, "{text:?}: {:?}", r.problems);
            let d = &r.problems[0];
            assert_eq!(d.position, Some(Position { line, column }), "{text:?}");
            assert_eq!(d.code(), Some("K0821"));
            let en = d.message.text_in(crate::message::Lang::En);
            assert!(en.contains("is not allowed"), "{en}");
            assert!(en.contains("`https:`"), "{en}");
            for attribute in ["href=\"", "src=\""] {
                for value in r.html.split(attribute).skip(1) {
                    assert!(value.starts_with('"'), "{text:?} kept a target: {}", r.html);
                }
            }
        }
        // An unused definition is reported too: it is written in the page's source.
        let r = links_test("teks\n\n[r]: javascript:alert(1)\n", false);
        assert_eq!(r.problems.len(), 1);
        let r = links_test(
            "[a](https://x.id) [b](mailto:a@x.id) [c](tel:+62333) [d](geo:-8,114) [e](#atas)\n",
            false,
        );
        assert!(r.problems.is_empty(), "{:?}", r.problems);
    }

    #[test]
    fn many_equal_headings_get_unique_ids() {
        let text = "## a\n\n".repeat(20_000) + "## a-1 {#a-1}\n";
        let r = links_test(&text, false);
        assert!(r.html.starts_with("<h2 id=\"a\">"), "{}", &r.html[..40]);
        let ids: HashSet<&str> = r
            .html
            .split("id=\"")
            .skip(1)
            .filter_map(|s| s.split('"').next())
            .collect();
        assert_eq!(ids.len(), 20_001);
        assert!(ids.contains("a-20000"));
    }

    #[test]
    fn excerpt_is_plain_text() {
        let r = links_test("# Judul\n\nSatu *dua* tiga.\n", false);
        assert_eq!(r.excerpt, "Judul Satu dua tiga.");
    }

    #[test]
    fn no_panic_on_garbage() {
        for seed in 0..3000 {
            let text = crate::content::robustness::garbage(seed, (seed % 80) as usize);
            let r = links_test(&text, seed % 2 == 0);
            for d in &r.problems {
                let _ = d.to_string();
            }
        }
    }
}
