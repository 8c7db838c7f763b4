//! Offline copies (`build --offline`): a site that browses from `file://`, on a
//! USB stick or a kiosk PC, where no server turns a folder address into its
//! `index.html` and no `fetch()` may read a file.
//!
//! The rewrite is a last pass over each generated file as it is written, before
//! minification, rather than a choice made where links are built: links come
//! from many places (templates, Markdown, pictures' `srcset`s, the 404 page's
//! absolute root), and one pass over the finished markup catches all of them,
//! including those a theme's own templates add. It reads the markup as a
//! browser does (tags, quoted and unquoted attribute values, comments, the raw
//! text of `script` and `style`) and changes only the address attributes
//! (`href`, `src`, `srcset`, `action`, `poster`) and CSS `url()`s:
//! - a relative link to a folder (`../layanan/`, `./`, `../kemiren`) gets its
//!   `index.html`;
//! - an address from the site's root (`/kemiren/`) or under `base_url` becomes
//!   relative to the page, except the canonical and alternate-language
//!   `<link>`s, which stay absolute (as `og:url` and the feeds do).
//!
//! The search index is also written as a script (`index.js`, assigning
//! `kampungSearchIndex`), which `search.js` loads with a `<script>` element
//! when the page comes from `file://`.

use super::minify::{comment_end, end_tag, is_space, skip_space, tag_at};

/// How links are rewritten for an offline copy.
#[derive(Debug, Clone, Default)]
pub struct Offline {
    /// The site's address (without a trailing `/`): links under it are internal.
    base_url: Option<String>,
}

/// The attributes that hold an address.
const ADDRESS_ATTRIBUTES: [&[u8]; 4] = [b"href", b"src", b"action", b"poster"];

/// The name of the search index, and of the global its script form assigns.
const SEARCH_INDEX: &str = "index.json";
const SEARCH_GLOBAL: &str = "kampungSearchIndex";

impl Offline {
    /// Rewriting for a site published at `base_url` (if it has one).
    pub fn new(base_url: Option<&str>) -> Self {
        Offline {
            base_url: base_url.map(|b| b.trim_end_matches('/').to_string()),
        }
    }

    /// The file at site path `path` as the offline copy holds it: pages and
    /// stylesheets with their links rewritten, anything else unchanged.
    pub fn rewrite(&self, path: &str, bytes: Vec<u8>) -> Vec<u8> {
        let here = folder_of(path);
        if path.ends_with(".html") {
            self.html(here, &bytes).unwrap_or(bytes)
        } else if path.ends_with(".css") {
            self.css(here, &bytes).unwrap_or(bytes)
        } else {
            bytes
        }
    }

    /// The file written beside `path` in an offline copy: the search index as a
    /// script, which a page opened from `file://` can load.
    pub fn companion(path: &str, bytes: &[u8]) -> Option<(String, Vec<u8>)> {
        let folder = path.strip_suffix(SEARCH_INDEX)?;
        if !(folder.is_empty() || folder.ends_with('/')) {
            return None;
        }
        let mut script = format!("window.{SEARCH_GLOBAL}=").into_bytes();
        script.extend_from_slice(bytes);
        script.extend_from_slice(b";\n");
        Some((format!("{folder}index.js"), script))
    }

    /// The page with its address attributes rewritten; `None` when nothing changes.
    fn html(&self, here: &str, page: &[u8]) -> Option<Vec<u8>> {
        let mut edits = Edits::new(page);
        let mut at = 0;
        while let Some(lt) = memchr::memchr(b'<', &page[at..]).map(|i| at + i) {
            if page[lt..].starts_with(b"<!--") {
                at = comment_end(page, lt);
                continue;
            }
            let Some(tag) = tag_at(page, lt) else {
                at = lt + 1;
                continue;
            };
            let attrs = attributes(page, tag.end);
            at = attrs.end;
            if tag.closing {
                continue;
            }
            let name = tag.as_bytes();
            let kept_absolute = name == b"link"
                && attrs.value_of(page, b"rel").is_some_and(|rel| {
                    rel.split(|&b| is_space(b)).any(|word| {
                        word.eq_ignore_ascii_case(b"canonical")
                            || word.eq_ignore_ascii_case(b"alternate")
                    })
                });
            for attribute in &attrs.list {
                let Some(value) = attribute.value.clone() else {
                    continue;
                };
                let attr_name = &page[attribute.name.clone()];
                let text = String::from_utf8_lossy(&page[value.clone()]);
                let new = if ADDRESS_ATTRIBUTES
                    .iter()
                    .any(|a| attr_name.eq_ignore_ascii_case(a))
                {
                    self.link(here, &text, !kept_absolute)
                } else if attr_name.eq_ignore_ascii_case(b"srcset") {
                    self.srcset(here, &text)
                } else if attr_name.eq_ignore_ascii_case(b"style") {
                    self.css(here, text.as_bytes())
                        .map(|css| String::from_utf8_lossy(&css).into_owned())
                } else {
                    None
                };
                if let Some(new) = new {
                    edits.replace(value, new.into_bytes());
                }
            }
            if matches!(name, b"script" | b"style") {
                let close = end_tag(page, at, name);
                if name == b"style" {
                    if let Some(css) = self.css(here, &page[at..close]) {
                        edits.replace(at..close, css);
                    }
                }
                at = close;
            }
        }
        edits.finish()
    }

    /// The stylesheet with its `url()`s rewritten; `None` when nothing changes.
    fn css(&self, here: &str, css: &[u8]) -> Option<Vec<u8>> {
        let mut edits = Edits::new(css);
        let mut at = 0;
        while let Some(found) = memchr::memchr_iter(b'(', &css[at..])
            .map(|i| at + i)
            .find(|&i| i >= 3 && css[i - 3..i].eq_ignore_ascii_case(b"url"))
        {
            let start = skip_space(css, found + 1);
            let (start, stops): (usize, &[u8]) = match css.get(start) {
                Some(b'"') => (start + 1, b"\""),
                Some(b'\'') => (start + 1, b"'"),
                _ => (start, b") \t\n\r"),
            };
            let end = css[start..]
                .iter()
                .position(|b| stops.contains(b))
                .map_or(css.len(), |i| start + i);
            let text = String::from_utf8_lossy(&css[start..end]);
            if let Some(new) = self.link(here, &text, true) {
                edits.replace(start..end, new.into_bytes());
            }
            at = end;
        }
        edits.finish()
    }

    /// The `srcset` with each candidate's address rewritten; `None` when nothing
    /// changes.
    fn srcset(&self, here: &str, srcset: &str) -> Option<String> {
        let bytes = srcset.as_bytes();
        let mut edits = Edits::new(bytes);
        let mut at = 0;
        while at < bytes.len() {
            while at < bytes.len() && (is_space(bytes[at]) || bytes[at] == b',') {
                at += 1;
            }
            let start = at;
            while at < bytes.len() && !is_space(bytes[at]) {
                at += 1;
            }
            // A comma that ends the address ends the candidate too.
            let mut end = at;
            while end > start && bytes[end - 1] == b',' {
                end -= 1;
            }
            let new = (end > start)
                .then(|| self.link(here, &srcset[start..end], true))
                .flatten();
            if let Some(new) = new {
                edits.replace(start..end, new.into_bytes());
            }
            if end == at {
                // Descriptors up to the next comma.
                while at < bytes.len() && bytes[at] != b',' {
                    at += 1;
                }
            }
        }
        edits
            .finish()
            .map(|b| String::from_utf8_lossy(&b).into_owned())
    }

    /// The address `url` on a page in folder `here` as the offline copy writes
    /// it; `None` when it stays. Addresses from the root or under `base_url`
    /// become relative only when `absolute_too`.
    fn link(&self, here: &str, url: &str, absolute_too: bool) -> Option<String> {
        let url = url.trim_matches(|c: char| c.is_ascii_whitespace());
        let site_path = self
            .base_url
            .as_deref()
            .and_then(|base| url.strip_prefix(base))
            .filter(|rest| rest.is_empty() || rest.starts_with(['/', '?', '#']))
            .or_else(|| {
                url.strip_prefix('/')
                    .filter(|r| !r.starts_with('/'))
                    .map(|_| url)
            })
            .map(|rest| rest.strip_prefix('/').unwrap_or(rest));
        if let Some(site_path) = site_path {
            if !absolute_too {
                return None;
            }
            let (path, rest) = split_suffix(site_path);
            return Some(format!("{}{rest}", with_index(&relative(here, path))));
        }
        if url.is_empty()
            || url.starts_with(['#', '?'])
            || url.starts_with("//")
            || crate::url::scheme(url).is_some()
        {
            return None;
        }
        let (path, rest) = split_suffix(url);
        // A character reference in the path is left for the browser to read.
        if path.contains('&') {
            return None;
        }
        let indexed = with_index(path);
        (indexed != path).then(|| format!("{indexed}{rest}"))
    }
}

/// The address split before its query or fragment.
fn split_suffix(url: &str) -> (&str, &str) {
    url.split_at(url.find(['?', '#']).unwrap_or(url.len()))
}

/// The relative path `path` with `index.html` added when it names a folder: it
/// ends in `/`, is `.` or `..`, or its last part has no extension (every file
/// kampung writes has one).
fn with_index(path: &str) -> String {
    let last = path.rsplit('/').next().unwrap_or(path);
    if path.ends_with('/') {
        format!("{path}index.html")
    } else if last.is_empty() || last == "." || last == ".." || !last.contains('.') {
        format!("{path}/index.html")
    } else {
        path.to_string()
    }
}

/// The folder of the site path `path` (`kemiren/` for `kemiren/index.html`).
fn folder_of(path: &str) -> &str {
    path.rfind('/').map_or("", |i| &path[..=i])
}

/// The relative address from the folder `here` to the site path `to`.
fn relative(here: &str, to: &str) -> String {
    let from: Vec<&str> = here.split('/').filter(|s| !s.is_empty()).collect();
    let target: Vec<&str> = to.split('/').collect();
    // The last part of `to` is a file name (or empty, for a folder).
    let common = from
        .iter()
        .zip(&target[..target.len() - 1])
        .take_while(|(a, b)| a == b)
        .count();
    let path = format!(
        "{}{}",
        "../".repeat(from.len() - common),
        target[common..].join("/")
    );
    if path.is_empty() {
        "./".to_string()
    } else {
        path
    }
}

/// Replacements of byte ranges of a text, applied in order.
struct Edits<'t> {
    text: &'t [u8],
    out: Vec<u8>,
    copied: usize,
}

impl<'t> Edits<'t> {
    fn new(text: &'t [u8]) -> Self {
        Edits {
            text,
            out: Vec::new(),
            copied: 0,
        }
    }

    /// Replaces `range`, which starts at or after the end of the last one.
    fn replace(&mut self, range: std::ops::Range<usize>, with: Vec<u8>) {
        if self.out.is_empty() {
            self.out.reserve(self.text.len() + self.text.len() / 8);
        }
        self.out
            .extend_from_slice(&self.text[self.copied..range.start]);
        self.out.extend_from_slice(&with);
        self.copied = range.end;
    }

    /// The edited text, `None` if nothing was replaced.
    fn finish(mut self) -> Option<Vec<u8>> {
        if self.copied == 0 && self.out.is_empty() {
            return None;
        }
        self.out.extend_from_slice(&self.text[self.copied..]);
        Some(self.out)
    }
}

/// One attribute of a tag: where its name and its value (without quotes) are.
struct Attribute {
    name: std::ops::Range<usize>,
    value: Option<std::ops::Range<usize>>,
}

/// The attributes of a tag, and the index just after the tag.
struct Attributes {
    list: Vec<Attribute>,
    end: usize,
}

impl Attributes {
    /// The value of the attribute `name` (any case), if the tag has it.
    fn value_of<'p>(&self, page: &'p [u8], name: &[u8]) -> Option<&'p [u8]> {
        self.list
            .iter()
            .find(|a| page[a.name.clone()].eq_ignore_ascii_case(name))
            .and_then(|a| a.value.clone())
            .map(|v| &page[v])
    }
}

/// Reads the attributes of the tag whose name ends at `at`, as the HTML
/// standard's tokenizer does.
fn attributes(page: &[u8], mut at: usize) -> Attributes {
    let mut list = Vec::new();
    loop {
        at = skip_space(page, at);
        match page.get(at) {
            None => return Attributes { list, end: at },
            Some(b'>') => return Attributes { list, end: at + 1 },
            Some(b'/') => {
                at += 1;
                continue;
            }
            Some(_) => {}
        }
        // A name runs to a space, `/`, `>` or `=` (a first `=` belongs to it).
        let start = at;
        at += 1;
        while at < page.len() && !is_space(page[at]) && !matches!(page[at], b'/' | b'>' | b'=') {
            at += 1;
        }
        let name = start..at;
        let equals = skip_space(page, at);
        if page.get(equals) != Some(&b'=') {
            list.push(Attribute { name, value: None });
            continue;
        }
        at = skip_space(page, equals + 1);
        let value = match page.get(at) {
            Some(&quote @ (b'"' | b'\'')) => {
                let end = memchr::memchr(quote, &page[at + 1..]).map_or(page.len(), |i| at + 1 + i);
                let value = at + 1..end;
                at = (end + 1).min(page.len());
                value
            }
            _ => {
                let start = at;
                while at < page.len() && !is_space(page[at]) && page[at] != b'>' {
                    at += 1;
                }
                start..at
            }
        };
        list.push(Attribute {
            name,
            value: Some(value),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(offline: &Offline, path: &str, html: &str) -> String {
        String::from_utf8(offline.rewrite(path, html.as_bytes().to_vec())).unwrap()
    }

    #[test]
    fn folder_links_get_their_index_page() {
        let o = Offline::new(None);
        assert_eq!(
            page(
                &o,
                "kemiren/index.html",
                r#"<a href="../layanan/">L</a><a href=./>H</a><a href='..'>P</a>"#
            ),
            r#"<a href="../layanan/index.html">L</a><a href=./index.html>H</a><a href='../index.html'>P</a>"#
        );
        assert_eq!(
            page(
                &o,
                "a/b/index.html",
                r#"<a href="../c#x">C</a><form action="../../cari/?q=1"></form>"#
            ),
            r#"<a href="../c/index.html#x">C</a><form action="../../cari/index.html?q=1"></form>"#
        );
    }

    #[test]
    fn files_fragments_and_other_sites_stay() {
        let o = Offline::new(None);
        let html = r##"<a href="#isi">s</a><a href="../2024.csv">c</a><a href="https://wa.me/?text=x">w</a><a href="mailto:a@b.id">m</a><a href="//cdn.example/x/">x</a><a href="">e</a><a href="a&amp;b/">r</a>"##;
        assert_eq!(page(&o, "kemiren/index.html", html), html);
    }

    #[test]
    fn addresses_from_the_root_or_the_base_url_become_relative() {
        let o = Offline::new(Some("https://desa.example/"));
        assert_eq!(
            page(
                &o,
                "404.html",
                r#"<a href="/kemiren/">K</a><a href="https://desa.example/">P</a><img src="https://desa.example/static/a.svg">"#
            ),
            r#"<a href="kemiren/index.html">K</a><a href="./index.html">P</a><img src="static/a.svg">"#
        );
        assert_eq!(
            page(
                &o,
                "kemiren/layanan/index.html",
                r#"<a href="/kemiren/layanan/domisili/#s">D</a><a href="https://desa.example.org/">O</a>"#
            ),
            r#"<a href="domisili/index.html#s">D</a><a href="https://desa.example.org/">O</a>"#
        );
    }

    #[test]
    fn canonical_and_language_links_stay_absolute() {
        let o = Offline::new(Some("https://desa.example"));
        let html = r#"<link rel="canonical" href="https://desa.example/kemiren/"><link rel=alternate hreflang=en href="https://desa.example/en/kemiren/"><meta property="og:url" content="https://desa.example/kemiren/">"#;
        assert_eq!(page(&o, "kemiren/index.html", html), html);
    }

    #[test]
    fn srcsets_styles_and_stylesheets_are_rewritten() {
        let o = Offline::new(None);
        assert_eq!(
            page(
                &o,
                "kemiren/index.html",
                r#"<img srcset="/kemiren/a-480.webp 480w,/kemiren/a-960.webp 960w" style="background:url('/static/b.svg')">"#
            ),
            r#"<img srcset="a-480.webp 480w,a-960.webp 960w" style="background:url('../static/b.svg')">"#
        );
        assert_eq!(
            page(
                &o,
                "x/index.html",
                "<style>a{background:URL( /static/c.svg )}</style>"
            ),
            "<style>a{background:URL( ../static/c.svg )}</style>"
        );
        assert_eq!(
            String::from_utf8(
                o.rewrite("static/s.css", b"b{background:url(\"/x/y.png\")}".to_vec())
            )
            .unwrap(),
            "b{background:url(\"../x/y.png\")}"
        );
    }

    #[test]
    fn scripts_comments_and_text_are_left_alone() {
        let o = Offline::new(None);
        let html = r#"<script>var a = '<a href="/x/">';</script><!-- <a href="/y/"> --><p>href="/z/"</p><script type="application/ld+json">{"url":"/w/"}</script>"#;
        assert_eq!(page(&o, "index.html", html), html);
    }

    #[test]
    fn the_search_index_has_a_script_twin() {
        let (path, js) = Offline::companion("en/search/index.json", b"{\"e\":[]}").unwrap();
        assert_eq!(path, "en/search/index.js");
        assert_eq!(js, b"window.kampungSearchIndex={\"e\":[]};\n");
        assert_eq!(
            Offline::companion("cari/index.json", b"{}").map(|c| c.0),
            Some("cari/index.js".to_string())
        );
        assert!(Offline::companion("kemiren/apbdes/2024.json", b"{}").is_none());
        assert!(Offline::companion("kemiren/myindex.json", b"{}").is_none());
    }
}
