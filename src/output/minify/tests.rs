//! Tests of the minifier.

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
