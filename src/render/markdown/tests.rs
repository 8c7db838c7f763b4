//! Tests of Markdown rendering and link checking.

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
            .contains(
                "`layanan/sktm/` leads to an address the site does not have (/a/x/layanan/sktm/)"
            )
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
