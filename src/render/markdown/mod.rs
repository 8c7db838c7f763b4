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
use crate::diagnostic::{Diagnostic, Position};
use crate::message::Message;
use crate::msg;
use pulldown_cmark::{CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, html};
use std::collections::{HashMap, HashSet};

mod links;
pub use links::{Links, PageTarget, SitePaths};
use links::{Unresolved, percent_decode, resolve, unsafe_message};

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
///
/// Longer than the layer's 80 lines on purpose: it is the one pass over the
/// parser's events, and the picture being read, the excerpt and the problem
/// reporter (which knows the text's first line and indentation) are state that
/// pass shares; split up, they would travel as a struct of the same fields.
pub fn render(markdown: &Markdown, raw_html: bool, links: &Links<'_>) -> Rendered {
    let text = markdown.text.as_str();
    let parser = Parser::new_ext(text, options()).into_offset_iter();
    let mut problems = Problems {
        markdown,
        list: Vec::new(),
    };
    // Reference definitions (`[r]: https://...`) are checked where they are written;
    // the links that use them are not reported again.
    for (_, def) in parser.reference_definitions().iter() {
        if let Err(problem) = crate::url::check(&def.dest) {
            let message = unsafe_message(false, &def.dest, &problem);
            problems.add(def.span.start, message, None);
        }
    }
    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> = parser.collect();
    for (offset, message) in spaced_links(text, &events) {
        problems.add(offset, message, None);
    }
    assign_heading_ids(&mut events);

    let mut excerpt = String::new();
    let mut out_events = Vec::with_capacity(events.len());
    // A picture from berkas/ being read: its view, where it starts, its alt text.
    let mut picture: Option<(PhotoView, usize, String)> = None;
    for (event, range) in events {
        if let Some((view, start, alt)) = picture.as_mut() {
            if let Some(html) = read_picture(event, view, *start, alt, links, &mut problems) {
                out_events.push(Event::InlineHtml(CowStr::from(html)));
                picture = None;
            }
            continue;
        }
        if let Event::Start(Tag::Image { dest_url, .. }) = &event {
            let path = percent_decode(dest_url.trim_start_matches("./"));
            if let Some(info) = links.files.get(&path).filter(|i| i.picture.is_some()) {
                let view = PhotoView::new(links.village, &path, Some(info), LangText::plain(""));
                picture = Some((view, range.start, String::new()));
                continue;
            }
        }
        let event = rewrite(event, range.start, raw_html, links, &mut problems);
        if excerpt.len() < 300 {
            add_to_excerpt(&mut excerpt, &event);
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
        problems: problems.list,
    }
}

/// The problems found in one Markdown text, placed in its file.
struct Problems<'m> {
    markdown: &'m Markdown,
    list: Vec<Diagnostic>,
}

impl Problems<'_> {
    /// An error at byte `offset` of the text: positions in the file, lines
    /// counted as editors count them from the line the text starts on, columns
    /// past the indentation of a YAML block, with the line as its snippet.
    fn add(&mut self, offset: usize, message: Message, hint: Option<Message>) {
        let markdown = self.markdown;
        let text = markdown.text.as_str();
        let within = Position::in_text(text, offset);
        let pos = Position {
            line: markdown.first_line + within.line - 1,
            column: within.column + markdown.indent,
        };
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
        self.list.push(d);
    }
}

/// Reads one event inside a picture from berkas/ (its alt text); at the end of
/// the picture, returns its `<picture>` markup. A picture without alt text is
/// a warning.
fn read_picture(
    event: Event<'_>,
    view: &mut PhotoView,
    start: usize,
    alt: &mut String,
    links: &Links<'_>,
    problems: &mut Problems<'_>,
) -> Option<String> {
    match event {
        Event::End(TagEnd::Image) => {
            let alt = alt.trim().to_string();
            if alt.is_empty() {
                problems.add(start, msg!("K0820", gambar = &view.src), None);
                if let Some(last) = problems.list.last_mut() {
                    last.severity = crate::diagnostic::Severity::Warning;
                }
            }
            view.alt = LangText::plain(&alt);
            return Some(picture::html(view, links.root, Slot::Column, true));
        }
        Event::Text(t) | Event::Code(t) => alt.push_str(&t),
        Event::SoftBreak | Event::HardBreak => alt.push(' '),
        _ => {}
    }
    None
}

/// One event as it is published: links and images resolved to their site
/// paths (a broken one reported at `offset` and emptied), raw HTML shown as
/// text unless the site allows it.
fn rewrite<'a>(
    event: Event<'a>,
    offset: usize,
    raw_html: bool,
    links: &Links<'_>,
    problems: &mut Problems<'_>,
) -> Event<'a> {
    match event {
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            title,
            id,
        }) => {
            let resolved = resolve(&dest_url, links, false);
            Event::Start(Tag::Link {
                link_type,
                dest_url: settle(resolved, link_type, offset, problems),
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
            let resolved = resolve(&dest_url, links, true);
            Event::Start(Tag::Image {
                link_type,
                dest_url: settle(resolved, link_type, offset, problems),
                title,
                id,
            })
        }
        Event::Html(html) | Event::InlineHtml(html) if !raw_html => Event::Text(html),
        Event::Start(Tag::HtmlBlock) if !raw_html => Event::Start(Tag::Paragraph),
        Event::End(TagEnd::HtmlBlock) if !raw_html => Event::End(TagEnd::Paragraph),
        other => other,
    }
}

/// Adds the text of `event` to the excerpt, blocks apart by a space.
fn add_to_excerpt(excerpt: &mut String, event: &Event<'_>) {
    match event {
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

/// The published destination of a link, or an empty one after reporting why
/// (an unsafe scheme in a reference link was reported at its definition).
fn settle<'a>(
    resolved: Result<CowStr<'a>, Unresolved>,
    link_type: LinkType,
    offset: usize,
    problems: &mut Problems<'_>,
) -> CowStr<'a> {
    match resolved {
        Ok(url) => url,
        Err(e) => {
            if !(e.unsafe_scheme && is_reference(link_type)) {
                problems.add(offset, e.message, e.hint);
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
mod tests;
