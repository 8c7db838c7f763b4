//! Minification of generated pages and stylesheets.
//!
//! Pages go through one pass over their bytes, in place, that removes only what
//! the HTML standard lets a page leave out and a browser ignores: comments,
//! whitespace beside block-level elements and between elements that are not
//! displayed, the rest of every whitespace run beyond one space, quotes around
//! attribute values that do not need them, and optional end tags (`</li>`,
//! `</p>`, `</td>`, … where what follows ends the element anyway). Attribute
//! values, entities and the contents of `pre`, `textarea`, `script` and `style`
//! are copied byte for byte. So a valid page stays valid, and reads and lays out
//! the same.
//!
//! minify-html, which kampung used for pages before, parses each page into a
//! tree first: it was a third of a regency build's CPU, for pages 0.8% smaller
//! after gzip than this pass makes them, and its fast one-pass mode writes
//! parse errors. Stylesheets still go through it, once per build.

/// Minifies HTML pages and stylesheets; other files pass unchanged.
pub fn minify(path: &str, bytes: Vec<u8>) -> Vec<u8> {
    if path.ends_with(".html") {
        html(bytes)
    } else if path.ends_with(".css") {
        css(bytes)
    } else {
        bytes
    }
}

/// A stylesheet, through minify-html's CSS minifier (it minifies the CSS
/// inside a `<style>` element; the element is unwrapped again).
fn css(bytes: Vec<u8>) -> Vec<u8> {
    let mut cfg = minify_html::Cfg::new();
    cfg.minify_css = true;
    let mut wrapped = b"<style>".to_vec();
    wrapped.extend_from_slice(&bytes);
    wrapped.extend_from_slice(b"</style>");
    let out = minify_html::minify(&wrapped, &cfg);
    match out
        .strip_prefix(b"<style>")
        .and_then(|inner| inner.strip_suffix(b"</style>"))
    {
        Some(inner) => inner.to_vec(),
        None => bytes,
    }
}

/// How an element takes part in layout, as far as whitespace beside it goes.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// A block box by default: whitespace beside it starts or ends a line, so
    /// the browser drops it.
    Block,
    /// Never displayed (head content, scripts): whitespace between two of
    /// these is never seen.
    Hidden,
    /// Everything else: whitespace beside it may show as a space.
    Inline,
}

/// What lies on one side of a whitespace run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// The start or end of the page.
    Edge,
    Text,
    Tag(Kind),
}

/// Whether a whitespace run between `before` and `after` must stay (as one space).
fn keeps_space(before: Side, after: Side) -> bool {
    !matches!(
        (before, after),
        (Side::Edge, _)
            | (_, Side::Edge)
            | (Side::Tag(Kind::Block), _)
            | (_, Side::Tag(Kind::Block))
            | (Side::Tag(Kind::Hidden), Side::Tag(Kind::Hidden))
    )
}

/// The kind of the element named `name` (lower case).
fn kind(name: &[u8]) -> Kind {
    match name {
        b"address" | b"article" | b"aside" | b"blockquote" | b"body" | b"caption" | b"col"
        | b"colgroup" | b"dd" | b"details" | b"dialog" | b"div" | b"dl" | b"dt" | b"fieldset"
        | b"figcaption" | b"figure" | b"footer" | b"form" | b"h1" | b"h2" | b"h3" | b"h4"
        | b"h5" | b"h6" | b"header" | b"hgroup" | b"hr" | b"html" | b"legend" | b"li" | b"main"
        | b"menu" | b"nav" | b"ol" | b"optgroup" | b"option" | b"p" | b"pre" | b"search"
        | b"section" | b"summary" | b"table" | b"tbody" | b"td" | b"tfoot" | b"th" | b"thead"
        | b"tr" | b"ul" => Kind::Block,
        b"base" | b"head" | b"link" | b"meta" | b"script" | b"source" | b"style" | b"template"
        | b"title" | b"track" => Kind::Hidden,
        _ => Kind::Inline,
    }
}

/// Elements whose contents are copied as they are, up to their end tag.
fn is_verbatim(name: &[u8]) -> bool {
    matches!(
        name,
        b"pre" | b"textarea" | b"script" | b"style" | b"noscript"
    )
}

pub(super) const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// A start or end tag's name, as read by [`tag_at`].
pub(super) struct TagName {
    /// Lower-cased, in a small buffer: longer names are none that [`kind`]
    /// knows, and are left empty.
    buf: [u8; 12],
    len: usize,
    pub(super) closing: bool,
    /// The index just after the name.
    pub(super) end: usize,
}

impl TagName {
    pub(super) fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The tag that starts at `at` (a `<`), if one does: a letter after `<` or
/// `</`. Anything else there is text, a comment or a doctype.
pub(super) fn tag_at(page: &[u8], at: usize) -> Option<TagName> {
    let closing = page.get(at + 1) == Some(&b'/');
    let start = at + 1 + usize::from(closing);
    if !page.get(start).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let mut buf = [0; 12];
    let mut end = start;
    while end < page.len() && !is_space(page[end]) && page[end] != b'>' && page[end] != b'/' {
        if let Some(slot) = buf.get_mut(end - start) {
            *slot = page[end].to_ascii_lowercase();
        }
        end += 1;
    }
    let len = if end - start > buf.len() {
        0
    } else {
        end - start
    };
    Some(TagName {
        buf,
        len,
        closing,
        end,
    })
}

/// The index of the first byte at or after `at` that is not whitespace.
pub(super) fn skip_space(page: &[u8], mut at: usize) -> usize {
    while at < page.len() && is_space(page[at]) {
        at += 1;
    }
    at
}

/// The index just after the comment that starts at `at`, or the end of the
/// page if it is not closed.
pub(super) fn comment_end(page: &[u8], at: usize) -> usize {
    find(page, at + 4, b"-->").map_or(page.len(), |i| i + 3)
}

/// The index of the first `needle` in `page` at or after `from`.
fn find(page: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(page.get(from..)?, needle).map(|i| from + i)
}

/// The index of the end tag `</name` (any case) at or after `from`, or the
/// end of the page.
pub(super) fn end_tag(page: &[u8], from: usize, name: &[u8]) -> usize {
    let mut i = from;
    while let Some(lt) = page.get(i..).and_then(|p| memchr::memchr(b'<', p)) {
        let lt = i + lt;
        let after = lt + 2 + name.len();
        if page.get(lt + 1) == Some(&b'/')
            && page
                .get(lt + 2..after)
                .is_some_and(|n| n.eq_ignore_ascii_case(name))
            && page
                .get(after)
                .is_none_or(|&b| is_space(b) || b == b'>' || b == b'/')
        {
            return lt;
        }
        i = lt + 1;
    }
    page.len()
}

/// The side after a whitespace run that ends at `at` (comments already skipped).
fn side_at(page: &[u8], at: usize) -> Side {
    match page.get(at) {
        None => Side::Edge,
        Some(b'<') => match tag_at(page, at) {
            Some(tag) => Side::Tag(kind(tag.as_bytes())),
            None if matches!(page.get(at + 1), Some(b'!' | b'?')) => Side::Tag(Kind::Hidden),
            None => Side::Text,
        },
        Some(_) => Side::Text,
    }
}

/// A byte set: whitespace and the bytes of `extra`.
const fn space_or(extra: &[u8]) -> [bool; 256] {
    let mut set = [false; 256];
    let mut b = 0;
    while b < 256 {
        set[b] = is_space(b as u8);
        b += 1;
    }
    let mut i = 0;
    while i < extra.len() {
        set[extra[i] as usize] = true;
        i += 1;
    }
    set
}

/// Bytes that may end a run of text.
const STOPS: [bool; 256] = space_or(b"<");

/// The length of the text at the start of `rest` (at least one byte): up to
/// the next `<` or whitespace, but on through one space between two words,
/// which stays as it is.
fn text_len(rest: &[u8]) -> usize {
    let mut i = 1;
    loop {
        i += rest[i..]
            .iter()
            .position(|&b| STOPS[usize::from(b)])
            .unwrap_or(rest.len() - i);
        match (rest.get(i), rest.get(i + 1)) {
            (Some(b' '), Some(&next)) if !STOPS[usize::from(next)] => i += 2,
            _ => return i,
        }
    }
}

/// Minifies a page in place (the result is never longer).
fn html(mut page: Vec<u8>) -> Vec<u8> {
    let len = page.len();
    // Bytes before `w` are output; bytes from `r` on are input still to read.
    let (mut r, mut w) = (0, 0);
    let mut before = Side::Edge;
    while r < len {
        let b = page[r];
        if is_space(b) {
            let end = skip_blank(&page, r);
            if keeps_space(before, side_at(&page, end)) {
                page[w] = b' ';
                w += 1;
            }
            r = end;
            continue;
        }
        if b == b'<' {
            if let Some(tag) = tag_at(&page, r) {
                let name = tag.as_bytes();
                before = Side::Tag(kind(name));
                if tag.closing && end_tag_optional(&page, name, tag.end) {
                    r = memchr::memchr(b'>', &page[r..]).map_or(len, |i| r + i + 1);
                    continue;
                }
                (r, w) = copy_tag(&mut page, r, w, tag.end);
                if !tag.closing && is_verbatim(name) {
                    let stop = end_tag(&page, r, name);
                    page.copy_within(r..stop, w);
                    w += stop - r;
                    r = stop;
                }
                continue;
            }
            if page[r..].starts_with(b"<!--") {
                // A comment: dropped.
                r = comment_end(&page, r);
                continue;
            }
            let end = if page[r..].starts_with(b"<![CDATA[") {
                find(&page, r + 9, b"]]>").map(|i| i + 3)
            } else if matches!(page.get(r + 1), Some(b'!' | b'?')) {
                // A doctype or processing instruction.
                find(&page, r + 2, b">").map(|i| i + 1)
            } else {
                None
            };
            if let Some(end) = end {
                page.copy_within(r..end, w);
                w += end - r;
                r = end;
                before = Side::Tag(Kind::Hidden);
                continue;
            }
        }
        // Text, up to the next `<` or whitespace other than one space between
        // words (a `<` that starts no markup is text too).
        let n = text_len(&page[r..]);
        page.copy_within(r..r + n, w);
        w += n;
        r += n;
        before = Side::Text;
    }
    page.truncate(w);
    page
}

/// The end of the whitespace and comments that start at `at`.
fn skip_blank(page: &[u8], mut at: usize) -> usize {
    loop {
        at = skip_space(page, at);
        if !page[at..].starts_with(b"<!--") {
            return at;
        }
        at = comment_end(page, at);
    }
}

/// Whether the end tag `</name…>` whose name ends at `after_name` may be left
/// out, by the HTML standard's rules for optional tags: what comes next (past
/// whitespace) ends the element anyway. A comment right after it keeps it,
/// as the standard asks for `</body>`, `</html>` and `</head>`.
fn end_tag_optional(page: &[u8], name: &[u8], after_name: usize) -> bool {
    if !OPTIONAL_END.contains(&name) {
        return false;
    }
    let Some(gt) = memchr::memchr(b'>', &page[after_name..]) else {
        return false;
    };
    let end = after_name + gt + 1;
    let at = skip_space(page, end);
    if page[end..].starts_with(b"<!--") || page[at..].starts_with(b"<!--") {
        return false;
    }
    let Some(next_tag) = tag_at(page, at) else {
        // The end of the page ends these; text or a doctype: the element goes
        // on, or something odd follows.
        return at == page.len()
            && matches!(
                name,
                b"li" | b"dd" | b"td" | b"th" | b"tr" | b"body" | b"html"
            );
    };
    let (next, closing) = (next_tag.as_bytes(), next_tag.closing);
    match name {
        // The next end tag closes the parent (in a valid page).
        b"li" => closing || next == b"li",
        b"dd" => closing || next == b"dt" || next == b"dd",
        b"dt" => !closing && (next == b"dt" || next == b"dd"),
        b"td" | b"th" => closing || next == b"td" || next == b"th",
        b"tr" => closing || next == b"tr",
        b"option" => closing || next == b"option" || next == b"optgroup",
        b"head" => !closing,
        b"body" => closing && next == b"html",
        // A paragraph ends at the start of a block, or at the end of a parent
        // that is not one of a, audio, del, ins, map, noscript or video: an end
        // tag of a block element is such a parent.
        b"p" if closing => kind(next) == Kind::Block,
        b"p" => P_ENDS_BEFORE.contains(&next),
        _ => false,
    }
}

/// The elements whose end tag the standard lets a page leave out (of those
/// kampung's pages use).
const OPTIONAL_END: [&[u8]; 11] = [
    b"li", b"p", b"dt", b"dd", b"td", b"th", b"tr", b"option", b"head", b"body", b"html",
];

/// The start tags that end an open paragraph (the HTML standard's list).
const P_ENDS_BEFORE: [&[u8]; 32] = [
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"details",
    b"dialog",
    b"div",
    b"dl",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hgroup",
    b"hr",
    b"main",
    b"menu",
    b"nav",
    b"ol",
    b"p",
    b"pre",
    b"search",
    b"section",
    b"table",
    b"ul",
];

/// Copies the quoted attribute value that starts at `r` (its quote is `q`)
/// to `w`, without its quotes where the standard allows it. Returns the new
/// `r` and `w` and whether the value went out unquoted; `None` when the quote
/// is never closed.
#[inline]
fn copy_quoted(page: &mut [u8], r: usize, mut w: usize, q: u8) -> Option<(usize, usize, bool)> {
    // One pass finds the closing quote, or first a byte that needs quotes
    // (then the quote, further on).
    let first = page[r + 1..]
        .iter()
        .position(|&b| NEEDS_QUOTES[usize::from(b)]);
    let (n, plain) = match first {
        Some(n) if page[r + 1 + n] == q => (n, true),
        Some(n) => (n + memchr::memchr(q, &page[r + 1 + n..])?, false),
        None => return None,
    };
    let value = r + 1..r + 1 + n;
    // Without quotes, what follows must still end the value.
    let ends = match page.get(r + n + 2) {
        Some(b'/') => page.get(r + n + 3) == Some(&b'>'),
        Some(&b) => is_space(b) || b == b'>',
        None => false,
    };
    let bare = plain && n > 0 && ends;
    if bare {
        page.copy_within(value, w);
        w += n;
    } else {
        page.copy_within(r..r + n + 2, w);
        w += n + 2;
    }
    Some((r + n + 2, w, bare))
}

/// Bytes that stop a run inside a tag.
const TAG_STOPS: [bool; 256] = space_or(b"=>/\"'");

/// Bytes an attribute value cannot hold without quotes.
const NEEDS_QUOTES: [bool; 256] = space_or(b"\"'=<>`");

/// Copies the tag that starts at `r` (its name ends at `after_name`) to `w`:
/// one space before each attribute, none elsewhere, and values without their
/// quotes where the standard allows it. Returns the new `r` and `w`. An
/// unfinished tag is copied to the end of the page.
#[inline(never)]
fn copy_tag(page: &mut [u8], r: usize, mut w: usize, after_name: usize) -> (usize, usize) {
    let len = page.len();
    page.copy_within(r..after_name, w);
    w += after_name - r;
    let mut r = after_name;
    // Whether the last output ends with an unquoted value, which needs a space
    // before a `/>`.
    let mut bare_value = false;
    loop {
        let start = r;
        r = skip_space(page, r);
        let spaced = r > start;
        match page.get(r) {
            None => return (r, w),
            Some(b'>') => {
                page[w] = b'>';
                return (r + 1, w + 1);
            }
            Some(b'/') if page.get(r + 1) == Some(&b'>') => {
                if bare_value {
                    page[w] = b' ';
                    w += 1;
                }
                page.copy_within(r..r + 2, w);
                return (r + 2, w + 2);
            }
            Some(_) => {}
        }
        // An attribute: its name (a stray `/` or quote is copied as a name).
        if spaced {
            page[w] = b' ';
            w += 1;
        }
        let n = 1 + page[r + 1..]
            .iter()
            .position(|&b| TAG_STOPS[usize::from(b)])
            .unwrap_or(len - r - 1);
        page.copy_within(r..r + n, w);
        (r, w) = (r + n, w + n);
        bare_value = false;
        let equals = skip_space(page, r);
        if page.get(equals) != Some(&b'=') {
            continue;
        }
        page[w] = b'=';
        w += 1;
        r = skip_space(page, equals + 1);
        match page.get(r) {
            Some(&q @ (b'"' | b'\'')) => match copy_quoted(page, r, w, q) {
                Some((next_r, next_w, bare)) => {
                    (r, w, bare_value) = (next_r, next_w, bare);
                }
                None => {
                    page.copy_within(r..len, w);
                    return (len, w + len - r);
                }
            },
            Some(_) => {
                // Already unquoted: up to whitespace or `>`.
                let n = page[r..]
                    .iter()
                    .position(|&b| is_space(b) || b == b'>')
                    .unwrap_or(len - r);
                page.copy_within(r..r + n, w);
                (r, w) = (r + n, w + n);
                bare_value = true;
            }
            None => return (r, w),
        }
    }
}

#[cfg(test)]
mod tests;
