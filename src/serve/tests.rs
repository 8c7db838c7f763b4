//! Tests of the dev server: paths, content types, request heads and answers.

use super::site::location;
use super::state::script_json;
use super::*;

#[test]
fn paths_never_leave_the_site() {
    assert_eq!(site_path("/").as_deref(), Some(""));
    assert_eq!(site_path("/kemiren/").as_deref(), Some("kemiren/"));
    assert_eq!(
        site_path("/kemiren/index.html?x=1").as_deref(),
        Some("kemiren/index.html")
    );
    assert_eq!(
        site_path("/berkas/peta%20desa.png").as_deref(),
        Some("berkas/peta desa.png")
    );
    assert_eq!(site_path("/../etc/passwd"), None);
    assert_eq!(site_path("/%2e%2e/etc/passwd"), None);
    assert_eq!(site_path("/a/%2E%2E/%2e%2e/b"), None);
    assert_eq!(site_path("/a/..%2fb"), None);
    assert_eq!(site_path("/a%5c..%5cb"), None);
    assert_eq!(site_path("/a%00b"), None);
    assert_eq!(site_path("/%zz"), None);
    assert_eq!(site_path("//a//b/").as_deref(), Some("a/b/"));
}

#[test]
fn script_json_cannot_end_a_script() {
    let text = "</script><script>alert(1)</script> <!-- a & b \u{2028}\u{2029} \"q\" \\";
    let json = script_json(text);
    assert_eq!(
        json,
        r#""\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u003c!-- a \u0026 b \u2028\u2029 \"q\" \\""#
    );
    assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']));
    assert_eq!(
        serde_json::from_str::<String>(&json).ok().as_deref(),
        Some(text)
    );
}

#[test]
fn request_heads_are_parsed_strictly() {
    use http::{BodyLength, HeadError, parse_head};
    let head =
        parse_head(b"GET /alpha/?x=1 HTTP/1.1\r\nHost: a\r\nConnection: keep-alive").unwrap();
    assert_eq!((head.method.as_str(), head.path()), ("GET", "/alpha/"));
    assert!(!head.close);
    assert_eq!(head.body, BodyLength::Known(0));
    assert!(
        parse_head(b"GET / HTTP/1.1\r\nConnection: Close")
            .unwrap()
            .close
    );
    assert!(parse_head(b"GET / HTTP/1.0").unwrap().close);
    assert!(
        !parse_head(b"GET / HTTP/1.0\r\nConnection: keep-alive")
            .unwrap()
            .close
    );
    let post = parse_head(b"POST / HTTP/1.1\r\nContent-Length: 12").unwrap();
    assert_eq!(post.body, BodyLength::Known(12));
    let chunked = parse_head(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3");
    assert_eq!(chunked.unwrap().body, BodyLength::Unknown);
    for bad in [
        &b"GET /"[..],
        b"GET / HTTP/1.1 x",
        b"get / HTTP/1.1",
        b"GET  HTTP/1.1",
        b"GET / HTTP/1.1\r\nNo colon",
        b"GET / HTTP/1.1\r\nHost : a",
        b"GET / HTTP/1.1\r\nHost: a\r\n folded",
        b"GET / HTTP/1.1\r\nContent-Length: -1",
        b"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2",
        b"GET / FTP/1.1",
    ] {
        assert_eq!(
            parse_head(bad).err(),
            Some(HeadError::Malformed),
            "{}",
            String::from_utf8_lossy(bad)
        );
    }
    assert_eq!(
        parse_head(b"PRI * HTTP/2.0").err(),
        Some(HeadError::Version)
    );
}

#[test]
fn redirects_cannot_add_headers() {
    assert_eq!(location("alpha"), "/alpha/");
    assert_eq!(
        location("a b/c\r\nSet-Cookie: x"),
        "/a%20b/c%0D%0ASet-Cookie:%20x/"
    );
    assert_eq!(location("désa"), "/d%C3%A9sa/");
}

#[test]
fn content_types() {
    assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
    assert_eq!(
        content_type("static/style.1.css"),
        "text/css; charset=utf-8"
    );
    assert_eq!(content_type("a/apbdes/2024.csv"), "text/csv; charset=utf-8");
    assert_eq!(content_type("a/berkas/F.JPG"), "image/jpeg");
    assert_eq!(content_type("noext"), "application/octet-stream");
}
