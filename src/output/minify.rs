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
    matches!(name, b"pre" | b"textarea" | b"script" | b"style")
}

const fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// A start or end tag's name, as read by [`tag_at`].
struct TagName {
    /// Lower-cased, in a small buffer: longer names are none that [`kind`]
    /// knows, and are left empty.
    buf: [u8; 12],
    len: usize,
    closing: bool,
    /// The index just after the name.
    end: usize,
}

impl TagName {
    fn as_bytes(&self) -> &[u8] {
        &self.buf[..self.len]
    }
}

/// The tag that starts at `at` (a `<`), if one does: a letter after `<` or
/// `</`. Anything else there is text, a comment or a doctype.
fn tag_at(page: &[u8], at: usize) -> Option<TagName> {
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
fn skip_space(page: &[u8], mut at: usize) -> usize {
    while at < page.len() && is_space(page[at]) {
        at += 1;
    }
    at
}

/// The index just after the comment that starts at `at`, or the end of the
/// page if it is not closed.
fn comment_end(page: &[u8], at: usize) -> usize {
    find(page, at + 4, b"-->").map_or(page.len(), |i| i + 3)
}

/// The index of the first `needle` in `page` at or after `from`.
fn find(page: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    memchr::memmem::find(page.get(from..)?, needle).map(|i| from + i)
}

/// The index of the end tag `</name` (any case) at or after `from`, or the
/// end of the page.
fn end_tag(page: &[u8], from: usize, name: &[u8]) -> usize {
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
    if !matches!(
        name,
        b"li"
            | b"p"
            | b"dt"
            | b"dd"
            | b"td"
            | b"th"
            | b"tr"
            | b"option"
            | b"head"
            | b"body"
            | b"html"
    ) {
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
        b"p" => matches!(
            next,
            b"address"
                | b"article"
                | b"aside"
                | b"blockquote"
                | b"details"
                | b"dialog"
                | b"div"
                | b"dl"
                | b"fieldset"
                | b"figcaption"
                | b"figure"
                | b"footer"
                | b"form"
                | b"h1"
                | b"h2"
                | b"h3"
                | b"h4"
                | b"h5"
                | b"h6"
                | b"header"
                | b"hgroup"
                | b"hr"
                | b"main"
                | b"menu"
                | b"nav"
                | b"ol"
                | b"p"
                | b"pre"
                | b"search"
                | b"section"
                | b"table"
                | b"ul"
        ),
        _ => false,
    }
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
            Some(&q @ (b'"' | b'\'')) => {
                // One pass finds the closing quote, or first a byte that
                // needs quotes (then the quote, further on).
                let first = page[r + 1..]
                    .iter()
                    .position(|&b| NEEDS_QUOTES[usize::from(b)]);
                let (n, plain) = match first {
                    Some(n) if page[r + 1 + n] == q => (Some(n), true),
                    Some(n) => (memchr::memchr(q, &page[r + 1 + n..]).map(|i| n + i), false),
                    None => (None, false),
                };
                let Some(n) = n else {
                    page.copy_within(r..len, w);
                    return (len, w + len - r);
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
                    bare_value = true;
                } else {
                    page.copy_within(r..r + n + 2, w);
                    w += n + 2;
                }
                r += n + 2;
            }
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
mod tests {
    use super::*;

    fn page(html: &str) -> String {
        String::from_utf8(minify("a.html", html.as_bytes().to_vec())).unwrap()
    }

    #[test]
    fn css_is_minified_standalone() {
        let out = minify("static/style.css", b"body {\n  color : red ;\n}\n".to_vec());
        assert_eq!(String::from_utf8(out).unwrap(), "body{color:red}");
    }

    #[test]
    fn other_files_pass_unchanged() {
        let json = b"{ \"a\" :\n 1 }".to_vec();
        assert_eq!(minify("index.json", json.clone()), json);
    }

    #[test]
    fn whitespace_beside_blocks_and_in_the_head_goes() {
        let out = page(
            "<!DOCTYPE html>\n<html lang=\"id\">\n<head>\n  <meta charset=\"utf-8\">\n  <title> Desa  Kemiren </title>\n</head>\n<body>\n<ul class=\"menu\">\n  <li>\n    <a href=\"/a/\">A</a>\n  </li>\n  <li>B</li>\n</ul>\n<p>\n  satu\n  dua  </p>\n</body>\n</html>\n",
        );
        assert_eq!(
            out,
            "<!DOCTYPE html><html lang=id><head><meta charset=utf-8><title> Desa Kemiren </title><body><ul class=menu><li><a href=/a/>A</a><li>B</ul><p>satu dua"
        );
    }

    #[test]
    fn a_space_between_inline_content_stays() {
        assert_eq!(
            page("<div><a href=\"t\">Telepon</a>\n  <a href=\"w\">WhatsApp</a> <b>x</b>\ny</div>"),
            "<div><a href=t>Telepon</a> <a href=w>WhatsApp</a> <b>x</b> y</div>"
        );
        // A hidden element between words does not glue them.
        assert_eq!(
            page("<div>a <script>1</script> b</div>"),
            "<div>a <script>1</script> b</div>"
        );
    }

    #[test]
    fn comments_go_and_the_words_around_them_stay_apart() {
        assert_eq!(page("<b>a <!-- x --> b</b>"), "<b>a b</b>");
        assert_eq!(page("<b>a<!-- x -->b</b>"), "<b>ab</b>");
        assert_eq!(
            page("<div>\n<!-- x -->\n<b>a</b></div>"),
            "<div><b>a</b></div>"
        );
    }

    #[test]
    fn end_tags_go_only_where_the_standard_allows() {
        // Left out: the next tag ends the element anyway.
        assert_eq!(
            page("<ol><li>a</li>\n<li>b</li></ol><p>x</p><h2>y</h2><div><p>z</p></div>"),
            "<ol><li>a<li>b</ol><p>x<h2>y</h2><div><p>z</div>"
        );
        assert_eq!(
            page("<dl><dt>a</dt><dd>b</dd><dt>c</dt><dd>d</dd></dl>"),
            "<dl><dt>a<dd>b<dt>c<dd>d</dl>"
        );
        assert_eq!(
            page("<table><tr><th>a</th><td>b</td></tr><tr><td>c</td></tr></table>"),
            "<table><tr><th>a<td>b<tr><td>c</table>"
        );
        // Kept: text or an inline element follows, the parent may be a link,
        // or a comment follows.
        assert_eq!(page("<div><p>a</p>b</div>"), "<div><p>a</p>b</div>");
        assert_eq!(
            page("<div><p>a</p><span>b</span></div>"),
            "<div><p>a</p><span>b</span></div>"
        );
        assert_eq!(page("<a href=\"/\"><p>a</p></a>"), "<a href=/><p>a</p></a>");
        assert_eq!(page("<dl><dt>a</dt></dl>"), "<dl><dt>a</dt></dl>");
        assert_eq!(page("<body><p>a</body><!-- x -->"), "<body><p>a</body>");
    }

    #[test]
    fn preformatted_and_raw_text_is_copied_as_it_is() {
        let kept = "<pre><code>fn main() {\n    x  <  y\n}\n</code></pre>";
        assert_eq!(
            page(&format!("<div>\n{kept}\n</div>")),
            format!("<div>{kept}</div>")
        );
        let kept = "<textarea name=t>\n  a\n\n  b</textarea>";
        assert_eq!(page(&format!("<b>{kept}</b>")), format!("<b>{kept}</b>"));
        let kept = "<script type=application/ld+json>{\"a\": \"</p>  <b>\"}</script>";
        assert_eq!(
            page(&format!("<head>\n{kept}\n</head><body>")),
            format!("<head>{kept}<body>")
        );
        let kept = "<STYLE>a  >  b { x: y }</STYLE>";
        assert_eq!(page(kept), kept);
    }

    #[test]
    fn attributes_keep_their_values_and_lose_quotes_only_where_allowed() {
        assert_eq!(
            page("<input\n   placeholder=\"a  b > c\"\n   name='q'\n   required >"),
            "<input placeholder=\"a  b > c\" name=q required>"
        );
        // Quoted values end at their own quote only; empty ones keep theirs.
        assert_eq!(
            page("<a title='say \"hi\"' href = \"x\" >y</a>"),
            "<a title='say \"hi\"' href=x>y</a>"
        );
        assert_eq!(
            page("<img alt=\"\" src=\"a=b\">"),
            "<img alt=\"\" src=\"a=b\">"
        );
        // Before `/>` an unquoted value needs its space: `src=a/>` would make it `a/`.
        assert_eq!(page("<img src=a.png />"), "<img src=a.png />");
        assert_eq!(page("<img src=\"a.png\"/>"), "<img src=a.png />");
        // A value glued to the next attribute keeps its quotes.
        assert_eq!(page("<a x=\"y\"z>"), "<a x=\"y\"z>");
    }

    #[test]
    fn entities_and_stray_brackets_are_text() {
        assert_eq!(
            page("<b>&lt;b&gt;  &amp;  x < 3  and  1<2</b>"),
            "<b>&lt;b&gt; &amp; x < 3 and 1<2</b>"
        );
    }

    #[test]
    fn minifying_twice_changes_nothing_more() {
        let once = page(
            "<!DOCTYPE html>\n<html>\n<body>\n<p> a  <i>b</i>\n</p>\n<pre> x </pre>\n</body>\n</html>",
        );
        assert_eq!(page(&once), once);
    }

    #[test]
    fn no_input_makes_it_panic_or_grow() {
        // Pseudo-random pages from markup's special bytes, truncated anywhere.
        let alphabet = b"<>/!-=\"' \n\tabpreLIscript?[]CDATA&";
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = move || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let input: Vec<u8> = (0..len)
                .map(|_| alphabet[(next() % alphabet.len() as u64) as usize])
                .collect();
            let out = minify("a.html", input.clone());
            assert!(out.len() <= input.len(), "{input:?}");
        }
    }
}
