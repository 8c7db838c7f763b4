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
use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};
use std::collections::HashSet;

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
    let mut events: Vec<(Event<'_>, std::ops::Range<usize>)> = Parser::new_ext(text, options())
        .into_offset_iter()
        .collect();
    let mut problems = Vec::new();
    let position = |offset: usize| {
        let before = &text[..offset.min(text.len())];
        Position {
            line: markdown.first_line + before.matches('\n').count(),
            column: before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
        }
    };
    let file_text = text;
    let report = |problems: &mut Vec<Diagnostic>, offset: usize, message: String, hint: &str| {
        let pos = position(offset);
        let line = file_text
            .lines()
            .nth(pos.line - markdown.first_line)
            .unwrap_or("")
            .trim_end()
            .to_string();
        let mut d = Diagnostic::error(&markdown.file, message)
            .position(Some(pos))
            .hint(hint);
        d.snippet = Some(line);
        problems.push(d);
    };

    // Heading ids, unique within the document.
    let mut used: HashSet<String> = HashSet::new();
    for i in 0..events.len() {
        if let Event::Start(Tag::Heading { id: None, .. }) = &events[i].0 {
            let mut title = String::new();
            for (event, _) in &events[i + 1..] {
                match event {
                    Event::End(TagEnd::Heading(_)) => break,
                    Event::Text(t) | Event::Code(t) => title.push_str(t),
                    _ => {}
                }
            }
            let base = heading_id(&title);
            let mut id = base.clone();
            let mut n = 1;
            while !used.insert(id.clone()) {
                id = format!("{base}-{n}");
                n += 1;
            }
            if let Event::Start(Tag::Heading { id: slot, .. }) = &mut events[i].0 {
                *slot = Some(CowStr::from(id));
            }
        } else if let Event::Start(Tag::Heading { id: Some(id), .. }) = &events[i].0 {
            used.insert(id.to_string());
        }
    }

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
                let dest_url =
                    resolve(&dest_url, links, false).unwrap_or_else(|(message, hint)| {
                        report(&mut problems, range.start, message, hint);
                        dest_url
                    });
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
                let dest_url = resolve(&dest_url, links, true).unwrap_or_else(|(message, hint)| {
                    report(&mut problems, range.start, message, hint);
                    dest_url
                });
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
    Rendered {
        html,
        excerpt: excerpt.trim().to_string(),
        problems,
    }
}

/// Rewrites one link target, or says why it is broken.
fn resolve<'a>(
    dest: &CowStr<'a>,
    links: &Links<'_>,
    image: bool,
) -> Result<CowStr<'a>, (String, &'static str)> {
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
        let what = if image { "picture" } else { "file" };
        return Err((
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
            PageTarget::Draft => Err((
                format!("the link points to `{path}`, which is a draft and is not published"),
                "publish that page (remove `draf: true`) or remove the link",
            )),
            PageTarget::Missing => Err((
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
        assert!(r.problems[2].message.contains("is a draft"));
        assert_eq!(
            r.problems[0].position,
            Some(Position { line: 7, column: 7 })
        );
        assert!(r.problems[0].message.contains("berkas/hilang.pdf"));
        assert!(r.problems[1].message.contains("halaman/tidak-ada.md"));
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
