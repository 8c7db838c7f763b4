//! SVG logos: a coat of arms drawn as SVG (`logo: berkas/lambang.svg`) is
//! drawn to PNG at the two sizes the header shows (1x and 2x) and only the PNG
//! files are published. The SVG itself never is: an SVG served from the portal
//! could carry script that runs with every village's pages.
//!
//! Before it is drawn, the SVG is checked: at most [`MAX_SVG_BYTES`], readable
//! XML, no more than [`MAX_NODES`] elements once every `<use>` is expanded (a
//! small file can otherwise unfold into billions), no text (drawn only with
//! fonts, which differ between computers) and no embedded picture, and not
//! wider or taller than [`MAX_RATIO`] to 1. Drawing uses `resvg`, with nothing
//! loaded from outside the file.

use super::{Format, Picture, PictureError, Variant};
use crate::msg;
use std::collections::HashMap;
use std::fs;
use std::path::Path;

/// The largest SVG logo accepted, in bytes.
pub const MAX_SVG_BYTES: u64 = 512 << 10;
/// The most elements an SVG logo may have with its `<use>` references expanded.
pub const MAX_NODES: u64 = 20_000;
/// How much wider than tall (or taller than wide) a logo may be.
pub const MAX_RATIO: f32 = 4.0;
/// How tall the header draws a logo, in CSS pixels.
pub const LOGO_HEIGHT: u32 = 40;
/// Heights of the PNG files drawn, in pixels: the header's 1x and 2x.
pub const HEIGHTS: [u32; 2] = [LOGO_HEIGHT, 2 * LOGO_HEIGHT];
/// Bump when the drawing of the same SVG changes.
const SVG_VERSION: u32 = 1;

/// True if and only if `name` ends in `.svg` (any case).
pub fn is_svg(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("svg"))
}

/// The published form of the SVG logo at `source`, named `name` in its folder
/// (`berkas/lambang.svg`): PNG variants drawn now, or taken from `cache` when
/// drawn before. Without a cache (`check`), the SVG is checked and drawn in
/// memory, and no file is written.
pub fn process(cache: Option<&Path>, source: &Path, name: &str) -> Result<Picture, PictureError> {
    let bytes = crate::input::read_regular(source, MAX_SVG_BYTES).map_err(|e| match e {
        crate::input::ReadError::TooLarge { size, limit } => PictureError::from(msg!(
            "K0283",
            ukuran = crate::input::human_size(size),
            batas = crate::input::human_size(limit)
        )),
        crate::input::ReadError::Io(e) => {
            PictureError::from(msg!("K0750", sebab = crate::diagnostic::io_cause(&e)))
        }
        other => PictureError::from(msg!("K0750", sebab = other.message())),
    })?;
    let key = cache_key(&bytes);
    if let Some(picture) = cache.and_then(|dir| cached(&dir.join(&key), name, &key)) {
        return Ok(picture);
    }
    let drawn = draw(&bytes)?;
    let Some(dir) = cache else {
        return Ok(plan(&drawn, name, &key, None));
    };
    let entry = dir.join(&key);
    store(dir, &entry, &key, &drawn)?;
    Ok(plan(&drawn, name, &key, Some(&entry)))
}

/// One drawn PNG: its size and bytes.
struct Drawn {
    width: u32,
    height: u32,
    png: Vec<u8>,
}

/// The cache key of an SVG logo: its bytes and the drawing settings.
fn cache_key(bytes: &[u8]) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(bytes);
    hasher.update(format!("svg v{SVG_VERSION} heights {HEIGHTS:?}").as_bytes());
    format!("{:032x}", hasher.digest128())
}

/// The variants of the drawn PNGs, named after `name`.
fn plan(drawn: &[Drawn], name: &str, key: &str, entry: Option<&Path>) -> Picture {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let (dir, base) = stem.rsplit_once('/').unwrap_or(("", stem));
    let base = crate::content::suggest_slug(base);
    let short = &key[..8];
    let variants = drawn
        .iter()
        .map(|d| Variant {
            width: d.width,
            height: d.height,
            format: Format::Png,
            name: format!("{dir}/{base}-{}.{short}.png", d.width),
            file: entry.map(|e| e.join(format!("{}.png", d.height))),
        })
        .collect();
    let largest = drawn.last();
    Picture {
        width: largest.map_or(0, |d| d.width),
        height: largest.map_or(0, |d| d.height),
        variants,
    }
}

/// The variants of a finished cache entry (`<height>.png` for each height and
/// a `manifest` of their widths), if it is whole.
fn cached(entry: &Path, name: &str, key: &str) -> Option<Picture> {
    let text = fs::read_to_string(entry.join("manifest")).ok()?;
    let widths: Vec<u32> = text
        .split_whitespace()
        .map(str::parse)
        .collect::<Result<_, _>>()
        .ok()?;
    if widths.len() != HEIGHTS.len() {
        return None;
    }
    let drawn: Vec<Drawn> = widths
        .into_iter()
        .zip(HEIGHTS)
        .map(|(width, height)| Drawn {
            width,
            height,
            png: Vec::new(),
        })
        .collect();
    let picture = plan(&drawn, name, key, Some(entry));
    picture
        .variants
        .iter()
        .all(|v| v.file.as_ref().is_some_and(|f| f.is_file()))
        .then_some(picture)
}

/// Writes the drawn PNGs into the cache entry `entry`, whole or not at all.
fn store(dir: &Path, entry: &Path, key: &str, drawn: &[Drawn]) -> Result<(), PictureError> {
    let io = |e: std::io::Error| {
        PictureError::from(msg!(
            "K0758",
            folder = dir,
            sebab = crate::diagnostic::io_cause(&e)
        ))
    };
    let temp = dir.join(format!(".{key}.{}.svg", std::process::id()));
    let write = || -> Result<(), std::io::Error> {
        fs::create_dir_all(&temp)?;
        for d in drawn {
            fs::write(temp.join(format!("{}.png", d.height)), &d.png)?;
        }
        let widths: Vec<String> = drawn.iter().map(|d| d.width.to_string()).collect();
        fs::write(temp.join("manifest"), widths.join(" ") + "\n")?;
        Ok(())
    };
    if let Err(e) = write() {
        let _ = fs::remove_dir_all(&temp);
        return Err(io(e));
    }
    if let Err(e) = fs::rename(&temp, entry) {
        // Another build finished the same entry first; theirs is as good as ours.
        let _ = fs::remove_dir_all(&temp);
        if !entry.join("manifest").is_file() {
            return Err(io(e));
        }
    }
    Ok(())
}

/// Checks the SVG in `bytes` and draws it at each of [`HEIGHTS`].
fn draw(bytes: &[u8]) -> Result<Vec<Drawn>, PictureError> {
    let text = std::str::from_utf8(bytes)
        .map_err(|_| PictureError::from(msg!("K0282", sebab = "bukan teks UTF-8")))?;
    check_elements(text)?;
    // Nothing from outside the file: no picture files, no embedded pictures.
    let options = resvg::usvg::Options {
        image_href_resolver: resvg::usvg::ImageHrefResolver {
            resolve_data: Box::new(|_, _, _| None),
            resolve_string: Box::new(|_, _| None),
        },
        ..resvg::usvg::Options::default()
    };
    let tree = resvg::usvg::Tree::from_str(text, &options)
        .map_err(|e| PictureError::from(msg!("K0282", sebab = e.to_string())))?;
    let size = tree.size();
    let (w, h) = (size.width(), size.height());
    let ratio = w / h;
    if !(ratio.is_finite() && (1.0 / MAX_RATIO..=MAX_RATIO).contains(&ratio)) {
        return Err(msg!("K0284", lebar = w.round() as u64, tinggi = h.round() as u64).into());
    }
    HEIGHTS
        .iter()
        .map(|&height| {
            let width = ((height as f32) * ratio).round().max(1.0) as u32;
            let scale = height as f32 / h;
            let mut pixmap = resvg::tiny_skia::Pixmap::new(width, height)
                .ok_or_else(|| msg!("K0284", lebar = width, tinggi = height))?;
            resvg::render(
                &tree,
                resvg::tiny_skia::Transform::from_scale(scale, scale),
                &mut pixmap.as_mut(),
            );
            Ok(Drawn {
                width,
                height,
                png: encode_png(&pixmap)?,
            })
        })
        .collect()
}

/// The pixmap as a PNG file with straight (not premultiplied) alpha.
fn encode_png(pixmap: &resvg::tiny_skia::Pixmap) -> Result<Vec<u8>, PictureError> {
    let mut rgba = Vec::with_capacity(pixmap.data().len());
    for p in pixmap.pixels() {
        let c = p.demultiply();
        rgba.extend_from_slice(&[c.red(), c.green(), c.blue(), c.alpha()]);
    }
    let image = image::RgbaImage::from_raw(pixmap.width(), pixmap.height(), rgba)
        .ok_or_else(|| msg!("K0757", sebab = "PNG"))?;
    let mut out = Vec::new();
    image
        .write_to(&mut std::io::Cursor::new(&mut out), image::ImageFormat::Png)
        .map_err(|e| msg!("K0757", sebab = e.to_string()))?;
    Ok(out)
}

/// Checks the elements of an SVG before it is drawn: readable XML, no text or
/// embedded picture, and at most [`MAX_NODES`] elements with every `<use>`
/// expanded (counted once per reference, each referenced element's count
/// remembered, a reference cycle counted as broken).
fn check_elements(text: &str) -> Result<(), PictureError> {
    let options = roxmltree::ParsingOptions {
        allow_dtd: true,
        nodes_limit: 200_000,
    };
    let doc = roxmltree::Document::parse_with_options(text, options)
        .map_err(|e| PictureError::from(msg!("K0282", sebab = e.to_string())))?;
    let root = doc.root_element();
    if root.tag_name().name() != "svg" {
        return Err(msg!("K0282", sebab = "elemen terluarnya bukan <svg>").into());
    }
    let mut ids = HashMap::new();
    for node in doc.descendants().filter(roxmltree::Node::is_element) {
        match node.tag_name().name() {
            "text" | "textPath" | "tspan" => return Err(msg!("K0285", unsur = "text").into()),
            "image" | "foreignObject" => {
                return Err(msg!("K0285", unsur = node.tag_name().name()).into());
            }
            _ => {}
        }
        if let Some(id) = node.attribute("id") {
            ids.insert(id, node);
        }
    }
    let mut counted = HashMap::new();
    let total = expanded_count(root, &ids, &mut counted, 0)?;
    if total > MAX_NODES {
        return Err(msg!("K0286", jumlah = total, batas = MAX_NODES).into());
    }
    Ok(())
}

/// How many elements `node` stands for with its `<use>` references expanded.
fn expanded_count<'a, 'i>(
    node: roxmltree::Node<'a, 'i>,
    ids: &HashMap<&'a str, roxmltree::Node<'a, 'i>>,
    counted: &mut HashMap<roxmltree::NodeId, u64>,
    depth: usize,
) -> Result<u64, PictureError> {
    if depth > 64 {
        return Err(msg!("K0282", sebab = "rujukan <use> berputar atau terlalu dalam").into());
    }
    if let Some(n) = counted.get(&node.id()) {
        return Ok(*n);
    }
    let mut total: u64 = 1;
    for child in node.children().filter(roxmltree::Node::is_element) {
        total = total.saturating_add(expanded_count(child, ids, counted, depth + 1)?);
    }
    if node.tag_name().name() == "use" {
        let href = node
            .attributes()
            .find(|a| a.name() == "href")
            .map(|a| a.value());
        if let Some(target) = href
            .and_then(|h| h.strip_prefix('#'))
            .and_then(|id| ids.get(id))
        {
            total = total.saturating_add(expanded_count(*target, ids, counted, depth + 1)?);
        }
    }
    total = total.min(MAX_NODES + 1);
    counted.insert(node.id(), total);
    Ok(total)
}

#[cfg(test)]
mod tests {
    use super::*;

    const SHIELD: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 120" width="100" height="120"><path d="M5 5h90v60q0 40-45 50q-45-10-45-50z" fill="#1a7f37"/><circle cx="50" cy="50" r="20" fill="#ffd33d"/></svg>"##;

    #[test]
    fn a_shield_is_drawn_at_one_and_two_times_the_header_height() {
        let drawn = draw(SHIELD.as_bytes()).unwrap_or_else(|e| panic!("{e:?}"));
        let sizes: Vec<_> = drawn.iter().map(|d| (d.width, d.height)).collect();
        assert_eq!(sizes, vec![(33, 40), (67, 80)]);
        let png = image::load_from_memory(&drawn[1].png).unwrap_or_else(|e| panic!("{e}"));
        let rgba = png.to_rgba8();
        // The circle's yellow at the centre, transparent outside the shield.
        assert_eq!(rgba.get_pixel(33, 33).0, [0xff, 0xd3, 0x3d, 0xff]);
        assert_eq!(rgba.get_pixel(1, 78).0[3], 0);
    }

    #[test]
    fn broken_wordy_and_unfolding_svgs_are_refused() {
        let id = |svg: &str| match draw(svg.as_bytes()) {
            Ok(_) => "ok".to_string(),
            Err(e) => e.message.id().to_string(),
        };
        assert_eq!(id("<svg xmlns='http://www.w3.org/2000/svg'><path"), "K0282");
        assert_eq!(id("<html><body/></html>"), "K0282");
        assert_eq!(
            id(
                "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><text>Desa</text></svg>"
            ),
            "K0285"
        );
        assert_eq!(
            id(
                "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><image href='/etc/passwd'/></svg>"
            ),
            "K0285"
        );
        assert_eq!(
            id("<svg xmlns='http://www.w3.org/2000/svg' width='500' height='10'/>"),
            "K0284"
        );
        // Ten uses of the level below, six levels deep: a million elements.
        let mut svg = String::from(
            "<svg xmlns='http://www.w3.org/2000/svg' xmlns:xlink='http://www.w3.org/1999/xlink' width='10' height='10'><defs><rect id='l0' width='1' height='1'/>",
        );
        for level in 1..=6 {
            svg.push_str(&format!("<g id='l{level}'>"));
            for _ in 0..10 {
                svg.push_str(&format!("<use xlink:href='#l{}'/>", level - 1));
            }
            svg.push_str("</g>");
        }
        svg.push_str("</defs><use href='#l6'/></svg>");
        assert_eq!(id(&svg), "K0286");
        let cycle = "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><g id='a'><use href='#a'/></g></svg>";
        assert_eq!(id(cycle), "K0282");
    }

    #[test]
    fn only_the_svg_ending_counts() {
        assert!(is_svg("berkas/lambang.SVG"));
        assert!(!is_svg("berkas/lambang.svgz"));
        assert!(!is_svg("berkas/svg.png"));
    }
}
