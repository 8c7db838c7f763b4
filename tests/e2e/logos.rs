//! Coats of arms (issue 21, part 5): a village's `logo` may be an SVG, drawn to
//! PNG at the header's 1x and 2x and never published as SVG; the regency's
//! `logo` in site.yaml lives in `content/berkas/` and shows in the portal bar.

use crate::common::{Site, attrs};
use std::path::Path;

/// A green shield with a yellow sun, 100×120 units.
const SHIELD: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120"><path d="M5 5h90v60q0 40-45 50q-45-10-45-50z" fill="#1a7f37"/><circle cx="50" cy="50" r="20" fill="#ffd33d"/><script>alert(1)</script></svg>"##;

/// Names `logo` as the coat of arms in Kemiren's desa.yaml.
fn kemiren_logo(site: &Site, logo: &str) {
    let desa = site.read("content/kemiren/desa.yaml");
    site.write(
        "content/kemiren/desa.yaml",
        &format!("logo: {logo}\n{desa}"),
    );
}

/// Every file under `dir` whose name ends in `ending`.
fn files_ending(dir: &Path, ending: &str) -> Vec<String> {
    walkdir(dir)
        .into_iter()
        .filter(|p| p.to_ascii_lowercase().ends_with(ending))
        .collect()
}

fn walkdir(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    let mut todo = vec![dir.to_path_buf()];
    while let Some(d) = todo.pop() {
        for entry in std::fs::read_dir(&d).unwrap().map(Result::unwrap) {
            let path = entry.path();
            if path.is_dir() {
                todo.push(path);
            } else {
                out.push(path.display().to_string());
            }
        }
    }
    out
}

/// An SVG coat of arms is drawn to PNG at 40 and 80 pixels high and shown
/// with both in `srcset`; the SVG itself (which holds a script) is published
/// nowhere, and other SVGs in berkas/ stay refused.
#[test]
fn an_svg_village_logo_is_published_only_as_png_at_1x_and_2x() {
    let site = Site::sample();
    site.write("content/kemiren/berkas/lambang.svg", SHIELD);
    kemiren_logo(&site, "berkas/lambang.svg");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.page("public/kemiren/layanan/index.html");
    let src = attrs(&page, ".village-name img.logo", "src");
    assert_eq!(src.len(), 1, "{src:?}");
    assert!(
        src[0].starts_with("../../kemiren/berkas/lambang-33.") && src[0].ends_with(".png"),
        "{src:?}"
    );
    let srcset = attrs(&page, ".village-name img.logo", "srcset");
    let parts: Vec<&str> = srcset[0].split(", ").collect();
    assert_eq!(parts.len(), 2, "{srcset:?}");
    assert!(parts[0].ends_with(".png 1x") && parts[1].ends_with(".png 2x"));
    assert_eq!(attrs(&page, ".village-name img.logo", "width"), ["34"]);
    for (part, height) in parts.iter().zip([40, 80]) {
        let file = part.split(' ').next().unwrap();
        let png = image::open(site.path(&format!("public/{}", &file["../../".len()..]))).unwrap();
        assert_eq!(png.height(), height, "{file}");
    }
    assert!(
        files_ending(&site.path("public"), ".svg")
            .iter()
            .all(|f| f.contains("/static/")),
        "no SVG of the content is published: {:?}",
        files_ending(&site.path("public"), ".svg")
    );
    // Published originals (`foto_asli`) still leave the SVG out.
    let config = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{config}foto_asli: true\n"));
    assert_eq!(site.build().code, 0);
    assert!(!site.path("public/kemiren/berkas/lambang.svg").exists());
}

/// A broken SVG logo is an error on the SVG file, in Indonesian, with a fix;
/// an over-large one and one with text are refused with their own messages;
/// the build fails and the previous output stays.
#[test]
fn a_broken_or_oversized_svg_logo_is_a_clear_error() {
    let site = Site::sample();
    assert_eq!(site.build().code, 0);
    let before = site.snapshot("public");
    site.write(
        "content/kemiren/berkas/lambang.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><path d=",
    );
    kemiren_logo(&site, "berkas/lambang.svg");
    let run = site.run_in("id", &["build"]);
    assert_ne!(run.code, 0);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("[K0282]"))
        .unwrap_or_else(|| panic!("K0282 in:\n{}", run.stderr));
    assert!(
        line.contains("content/kemiren/berkas/lambang.svg"),
        "{line}"
    );
    assert!(line.contains("logo SVG ini tidak bisa dibaca"), "{line}");
    assert!(run.stderr.contains("Plain SVG"), "{}", run.stderr);
    assert_eq!(site.snapshot("public"), before, "the previous output stays");
    let huge = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><!-- {} --></svg>",
        "x".repeat(600 << 10)
    );
    site.write("content/kemiren/berkas/lambang.svg", &huge);
    let run = site.run_in("id", &["build"]);
    assert!(run.stderr.contains("[K0283]"), "{}", run.stderr);
    site.write(
        "content/kemiren/berkas/lambang.svg",
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><text>DESA</text></svg>",
    );
    let run = site.run_in("id", &["build"]);
    assert!(run.stderr.contains("[K0285]"), "{}", run.stderr);
    assert!(run.stderr.contains("Object to Path"), "{}", run.stderr);
}

/// The regency's coat of arms (`logo` in site.yaml, a file in content/berkas/)
/// is in the portal bar of the portal and of every village page, named after
/// the regency; another file left in content/berkas/ is not published, with a
/// warning.
#[test]
fn a_regency_logo_from_content_berkas_is_in_the_portal_bar() {
    let site = Site::sample();
    let picture = image::RgbaImage::from_fn(200, 240, |x, y| {
        image::Rgba([(x % 256) as u8, 90, (y % 256) as u8, 255])
    });
    std::fs::create_dir_all(site.path("content/berkas")).unwrap();
    picture
        .save(site.path("content/berkas/lambang-banyuwangi.png"))
        .unwrap();
    site.write("content/berkas/catatan.txt", "bukan lambang");
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{config}logo: berkas/lambang-banyuwangi.png\n"),
    );
    let run = site.run_in("id", &["build"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .lines()
            .any(|l| l.contains("[K0288]") && l.contains("content/berkas/catatan.txt")),
        "{}",
        run.stderr
    );
    for (page, root) in [
        ("public/index.html", "./"),
        ("public/kemiren/layanan/index.html", "../../"),
    ] {
        let html = site.page(page);
        let src = attrs(&html, "header .brand img.logo", "src");
        assert_eq!(src.len(), 1, "{page}: {src:?}");
        assert!(
            src[0].starts_with(&format!("{root}berkas/lambang-banyuwangi-")),
            "{page}: {src:?}"
        );
        assert!(
            site.path(&format!("public/{}", &src[0][root.len()..]))
                .is_file()
        );
        assert_eq!(
            attrs(&html, "header .brand img.logo", "alt"),
            ["Lambang Kabupaten Banyuwangi"]
        );
    }
    let en = site.page("public/en/index.html");
    assert_eq!(
        attrs(&en, "header .brand img.logo", "alt"),
        ["Coat of arms of Banyuwangi Regency"]
    );
    assert!(!site.path("public/berkas/catatan.txt").exists());
    assert!(!site.path("public/berkas/lambang-banyuwangi.png").exists());
}

/// A site.yaml logo whose file is not in content/berkas/ is an error naming
/// site.yaml and the `logo` field, with where to put the file.
#[test]
fn a_regency_logo_that_is_not_in_content_berkas_is_an_error() {
    let site = Site::sample();
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{config}logo: berkas/lambang.png\n"),
    );
    let run = site.run_in("id", &["build"]);
    assert_ne!(run.code, 0);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("[K0287]"))
        .unwrap_or_else(|| panic!("K0287 in:\n{}", run.stderr));
    assert!(line.contains("content/site.yaml"), "{line}");
    assert!(run.stderr.contains("content/berkas/"), "{}", run.stderr);
    // A logo that is no picture at all is refused where site.yaml names it.
    site.write(
        "content/site.yaml",
        &format!("{config}logo: berkas/lambang.pdf\n"),
    );
    let run = site.run_in("id", &["build"]);
    assert!(run.stderr.contains("[K0280]"), "{}", run.stderr);
}
