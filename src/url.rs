//! Which addresses content may put into a page. One check serves Markdown links,
//! autolinks, reference definitions and images, and the YAML fields that hold an
//! address (`daring`, `kontak.situs`), so no village can publish a link that runs
//! script on the portal's origin.
//!
//! The check reads an address as a browser does before it decides the scheme:
//! HTML character references are decoded (`&#106;avascript:`), spaces and control
//! characters at either end are dropped, tabs and line breaks anywhere are
//! removed, and the scheme is compared without regard to case.

/// The schemes a link may have; any address without a scheme is a relative path.
pub const ALLOWED_SCHEMES: &[&str] = &["http", "https", "mailto", "tel", "geo"];

/// An address that content may not publish.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnsafeUrl {
    /// The scheme as the browser would read it, lowercased (`javascript`).
    pub scheme: String,
}

/// Checks that `url` has an allowed scheme or none (a relative path).
pub fn check(url: &str) -> Result<(), UnsafeUrl> {
    match scheme(url) {
        Some(scheme) if !ALLOWED_SCHEMES.contains(&scheme.as_str()) => Err(UnsafeUrl { scheme }),
        _ => Ok(()),
    }
}

/// True if and only if `url` is an absolute http(s) address with a host that has a
/// dot, and no white space: what a YAML field for a web address must hold.
pub fn is_web_address(url: &str) -> bool {
    let rest = url
        .strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"));
    rest.is_some_and(|r| {
        let host = r.split(['/', '?', '#']).next().unwrap_or("");
        host.contains('.')
            && !r.contains(char::is_whitespace)
            && !r.contains(char::is_control)
            && check(url).is_ok()
    })
}

/// The scheme of `url` as a browser reads it, lowercased; `None` for a relative
/// address (no scheme before the first `/`, `?` or `#`).
pub fn scheme(url: &str) -> Option<String> {
    let decoded = decode_references(url);
    let cleaned: String = decoded
        .trim_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    if cleaned.as_bytes()[end] != b':' {
        return None;
    }
    let scheme = &cleaned[..end];
    let mut chars = scheme.chars();
    let valid = chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'));
    // Anything else before the colon (`a b:c`) makes no scheme, so the browser
    // reads it as a path.
    valid.then(|| scheme.to_ascii_lowercase())
}

/// Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`, `&Tab;`,
/// `&NewLine;`), which a browser decodes in an attribute before it reads the
/// address. Other named references are left as they are: none of them can make a
/// scheme's letters or its colon.
fn decode_references(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('&') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find('&') {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        let (decoded, used) = reference_at(rest);
        match decoded {
            Some(c) => out.push(c),
            None => out.push_str(&rest[..used]),
        }
        rest = &rest[used..];
    }
    out.push_str(rest);
    std::borrow::Cow::Owned(out)
}

/// The character of the reference at the start of `text` (which starts with `&`)
/// and how many bytes it takes; `(None, 1)` when there is none. A missing `;` is
/// accepted, as browsers do for numeric references.
fn reference_at(text: &str) -> (Option<char>, usize) {
    for (name, c) in [("&colon;", ':'), ("&tab;", '\t'), ("&newline;", '\n')] {
        if text.len() >= name.len()
            && text.is_char_boundary(name.len())
            && text[..name.len()].eq_ignore_ascii_case(name)
        {
            return (Some(c), name.len());
        }
    }
    let Some(numeric) = text.strip_prefix("&#") else {
        return (None, 1);
    };
    let (radix, digits_from) = match numeric.as_bytes().first() {
        Some(b'x' | b'X') => (16, 3),
        _ => (10, 2),
    };
    let digits: String = text[digits_from..]
        .chars()
        .take_while(|c| c.is_digit(radix))
        .take(8)
        .collect();
    if digits.is_empty() {
        return (None, 1);
    }
    let mut used = digits_from + digits.len();
    if text[used..].starts_with(';') {
        used += 1;
    }
    let c = u32::from_str_radix(&digits, radix)
        .ok()
        .and_then(char::from_u32)
        .unwrap_or('\u{fffd}');
    (Some(c), used)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_schemes_are_refused_in_every_spelling() {
        for url in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "  javascript:alert(1)",
            "\u{1}\u{8}javascript:alert(1)",
            "java\tscript:alert(1)",
            "java\nscript:alert(1)",
            "&#106;avascript:alert(1)",
            "&#x6A;avascript:alert(1)",
            "&#0000106avascript:alert(1)",
            "javascript&colon;alert(1)",
            "vbscript:msgbox(1)",
            "VBSCRIPT:msgbox(1)",
            "data:text/html;base64,PHNjcmlwdD4=",
            "DATA:text/html,<script>",
            "file:///etc/passwd",
            "C:\\Users\\desa\\formulir.pdf",
        ] {
            assert!(check(url).is_err(), "{url:?} passed");
        }
        assert_eq!(
            check("&#106;avascript:alert(1)"),
            Err(UnsafeUrl {
                scheme: "javascript".into()
            })
        );
    }

    #[test]
    fn safe_schemes_and_paths_pass() {
        for url in [
            "https://banyuwangikab.go.id",
            "HTTP://example.org",
            "mailto:desa@example.org",
            "tel:+62333123",
            "geo:-8.2,114.3",
            "berkas/formulir.pdf",
            "halaman/sejarah.md#awal",
            "../kemiren/",
            "#bagian",
            "?q=1",
            "//cdn.example.org/x",
            "/kemiren/",
            "jam 08:00",
            "a/b:c",
            "",
        ] {
            assert_eq!(check(url), Ok(()), "{url:?}");
        }
    }

    #[test]
    fn web_addresses_are_http_with_a_host() {
        assert!(is_web_address("https://spm.banyuwangikab.go.id/layanan"));
        assert!(!is_web_address("spm.banyuwangikab.go.id"));
        assert!(!is_web_address("https://localhost"));
        assert!(!is_web_address("javascript:alert(1)"));
        assert!(!is_web_address("https://a.b/c d"));
    }

    #[test]
    fn references_decode_without_panicking() {
        for text in ["&", "&#", "&#x", "&#xZZ", "&#99999999999;", "a&é", "&colon"] {
            let _ = scheme(text);
        }
        assert_eq!(decode_references("a&#58;b&amp;"), "a:b&amp;");
    }
}
