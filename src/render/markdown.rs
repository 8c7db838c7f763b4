//! Markdown to HTML: every pulldown-cmark option is decided here, in one place.
//!
//! Links are rewritten so that they work from the page they end up on: a path
//! under `berkas/` points at the village's copied file, a link to another content
//! file (`halaman/sejarah.md`) points at that page. A link to something that does
//! not exist is an error at the link's line and column.

use super::picture::{self, PhotoView, Slot};
use super::views::LangText;
use crate::content::Markdown;
use crate::diagnostic::{Diagnostic, Position};
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
    let unsafe_definitions: Vec<(usize, String)> = parser
        .reference_definitions()
        .iter()
        .filter_map(|(_, def)| {
            let problem = crate::url::check(&def.dest).err()?;
            Some((def.span.start, unsafe_message("link", &def.dest, &problem)))
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
    let report = |problems: &mut Vec<Diagnostic>, offset: usize, message: String, hint: &str| {
        let pos = position(offset);
        let line = text
            .lines()
            .nth(pos.line - markdown.first_line)
            .unwrap_or("")
            .trim_end();
        let line = format!("{}{line}", " ".repeat(markdown.indent));
        let mut d = Diagnostic::error(&markdown.file, message)
            .position(Some(pos))
            .hint(hint);
        d.snippet = Some(line);
        problems.push(d);
    };

    for (offset, message) in unsafe_definitions {
        report(&mut problems, offset, message, crate::url::UNSAFE_HINT);
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
                            format!("the picture `{}` has no description", view.src),
                            "describe what it shows between the brackets, for people who cannot see it: ![Balai desa dari depan](berkas/balai.jpg)",
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
    message: String,
    hint: &'static str,
    /// The scheme is not allowed (reported where a reference definition is written).
    unsafe_scheme: bool,
}

impl Unresolved {
    fn new(message: String, hint: &'static str) -> Self {
        Unresolved {
            message,
            hint,
            unsafe_scheme: false,
        }
    }
}

/// The message for an address with a scheme that is not allowed.
fn unsafe_message(what: &str, dest: &str, problem: &crate::url::UnsafeUrl) -> String {
    let shown: String = dest.chars().take(80).collect();
    format!("the {what} `{shown}` is not allowed: {problem}")
}

/// True for links whose target comes from a reference definition.
fn is_reference(link_type: LinkType) -> bool {
    matches!(
        link_type,
        LinkType::Reference | LinkType::Collapsed | LinkType::Shortcut
    )
}

/// Records a problem at a byte offset of the document.
type Reporter<'r> = dyn Fn(&mut Vec<Diagnostic>, usize, String, &str) + 'r;

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

/// Rewrites one link target, or says why it is broken.
fn resolve<'a>(
    dest: &CowStr<'a>,
    links: &Links<'_>,
    image: bool,
) -> Result<CowStr<'a>, Unresolved> {
    let what = if image { "picture" } else { "link" };
    if let Err(problem) = crate::url::check(dest) {
        return Err(Unresolved {
            message: unsafe_message(what, dest, &problem),
            hint: crate::url::UNSAFE_HINT,
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
        let what = if image { "picture" } else { "file" };
        return Err(Unresolved::new(
            format!("the {what} `{decoded}` does not exist"),
            "check the spelling (names are case-sensitive) or add the file to the village's berkas/ folder",
        ));
    }
    let is_relative = !path.is_empty()
        && !path.contains(':')
        && !path.starts_with('/')
        && !path.starts_with("//");
    if is_relative && path.ends_with(".md") {
        return match (links.page_path)(path) {
            PageTarget::Page(target) => {
                Ok(CowStr::from(format!("{}{target}{fragment}", links.root)))
            }
            PageTarget::Broken => Ok(dest.clone()),
            PageTarget::Draft => Err(Unresolved::new(
                format!("the link points to `{path}`, which is a draft and is not published"),
                "publish that page (remove `draf: true`) or remove the link",
            )),
            PageTarget::Missing => Err(Unresolved::new(
                format!("the link points to `{path}`, which is not a page of this village"),
                "link to a page by its file name relative to the village folder, like `halaman/sejarah.md`",
            )),
        };
    }
    Ok(dest.clone())
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
        let links = Links {
            root: "../../",
            village: "a",
            files: &files,
            page_path: &page,
        };
        render(&md(text), raw, &links)
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
        assert!(r.problems[2].text().contains("is a draft"));
        assert_eq!(
            r.problems[0].position,
            Some(Position { line: 7, column: 7 })
        );
        assert!(r.problems[0].text().contains("berkas/hilang.pdf"));
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
            assert!(d.text().contains("is not allowed"), "{}", d.message);
            assert!(d.text().contains("`https:`"), "{}", d.message);
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
