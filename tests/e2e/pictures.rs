//! Pictures: phone photos are published upright, resized, stripped of metadata,
//! as WebP with a fallback, with the markup that lets a phone pick a small one;
//! a second build takes them from the cache.

use crate::common::{Site, attrs};
use image::{ImageEncoder, Rgb, RgbImage};
use std::fs;
use std::path::Path;

/// A JPEG of `img` with an EXIF block (orientation and a GPS position) and an XMP
/// block, as a phone writes them.
pub fn phone_jpeg(img: &RgbImage, orientation: u16) -> Vec<u8> {
    let mut plain = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut plain, 90)
        .write_image(
            img.as_raw(),
            img.width(),
            img.height(),
            image::ExtendedColorType::Rgb8,
        )
        .unwrap();
    // TIFF, big-endian: IFD0 {Orientation, GPS IFD pointer}, GPS IFD {LatitudeRef, Latitude}.
    let mut tiff: Vec<u8> = b"MM\0\x2a\0\0\0\x08".to_vec();
    let entry = |tag: u16, kind: u16, count: u32, value: [u8; 4]| {
        let mut e = Vec::new();
        e.extend_from_slice(&tag.to_be_bytes());
        e.extend_from_slice(&kind.to_be_bytes());
        e.extend_from_slice(&count.to_be_bytes());
        e.extend_from_slice(&value);
        e
    };
    tiff.extend_from_slice(&2u16.to_be_bytes());
    let o = orientation.to_be_bytes();
    tiff.extend(entry(0x0112, 3, 1, [o[0], o[1], 0, 0]));
    tiff.extend(entry(0x8825, 4, 1, 38u32.to_be_bytes()));
    tiff.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(tiff.len(), 38);
    tiff.extend_from_slice(&2u16.to_be_bytes());
    tiff.extend(entry(0x0001, 2, 2, *b"S\0\0\0"));
    tiff.extend(entry(0x0002, 5, 3, 68u32.to_be_bytes()));
    tiff.extend_from_slice(&0u32.to_be_bytes());
    assert_eq!(tiff.len(), 68);
    for (n, d) in [(8u32, 1u32), (12, 1), (3456, 100)] {
        tiff.extend_from_slice(&n.to_be_bytes());
        tiff.extend_from_slice(&d.to_be_bytes());
    }
    let segment = |payload: &[u8]| {
        let mut s = vec![0xff, 0xe1];
        s.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap().to_be_bytes());
        s.extend_from_slice(payload);
        s
    };
    let mut exif = b"Exif\0\0".to_vec();
    exif.extend(tiff);
    let mut xmp = b"http://ns.adobe.com/xap/1.0/\0".to_vec();
    xmp.extend_from_slice(
        b"<x:xmpmeta xmlns:x='adobe:ns:meta/'><rdf:Description exif:GPSLatitude='8,12.34S' \
          photoshop:City='rumah-warga-rahasia'/></x:xmpmeta>",
    );
    let mut out = plain[..2].to_vec();
    out.extend(segment(&exif));
    out.extend(segment(&xmp));
    out.extend_from_slice(&plain[2..]);
    out
}

/// Writes `bytes` as the picture `name` in Alpha's berkas/.
fn put_picture(site: &Site, name: &str, bytes: &[u8]) {
    fs::write(site.path(&format!("content/alpha/berkas/{name}")), bytes).unwrap();
}

/// Left half red, right half blue.
fn halves(width: u32, height: u32) -> RgbImage {
    RgbImage::from_fn(width, height, |x, _| {
        if x < width / 2 {
            Rgb([220, 20, 20])
        } else {
            Rgb([20, 20, 220])
        }
    })
}

/// A photo-like picture of `width`×`height`: one of the sample's illustrations
/// enlarged, with grain at every scale (single pixels, and blocks of a thousandth
/// of the width, which survive resizing), so that it compresses no better than a
/// detailed phone photo.
pub fn photo(width: u32, height: u32, seed: u32) -> RgbImage {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let names = [
        "content/kemiren/berkas/desa-wisata-osing-1.jpg",
        "content/kemiren/berkas/desa-wisata-osing-2.jpg",
        "content/kemiren/berkas/festival-ngopi-sepuluh-ewu-1.jpg",
        "content/kemiren/berkas/festival-ngopi-sepuluh-ewu-2.jpg",
    ];
    let base = image::open(repo.join(names[seed as usize % names.len()]))
        .unwrap()
        .resize_exact(width, height, image::imageops::FilterType::Triangle)
        .into_rgb8();
    let block = (width / 1000).max(1);
    let hash = |x: u32, y: u32| -> i16 {
        let mut h = x.wrapping_mul(374_761_393)
            ^ y.wrapping_mul(668_265_263)
            ^ seed.wrapping_mul(2_246_822_519);
        h = (h ^ (h >> 13)).wrapping_mul(1_274_126_177);
        (h >> 24) as i16
    };
    RgbImage::from_fn(width, height, |x, y| {
        let p = base.get_pixel(x, y).0;
        let coarse = hash(x / block, y / block) % 25 - 12;
        let fine = hash(x + 7_000_000, y) % 9 - 4;
        Rgb(p.map(|c| (i16::from(c) + coarse + fine).clamp(0, 255) as u8))
    })
}

/// Every published picture file under `dir`.
fn published_pictures(dir: &Path) -> Vec<std::path::PathBuf> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(|e| e.unwrap().into_path())
        .filter(|p| {
            p.extension()
                .is_some_and(|e| ["jpg", "jpeg", "png", "webp"].contains(&e.to_str().unwrap()))
        })
        .collect()
}

/// The metadata blocks a picture file carries: JPEG APPn/COM segments other than
/// JFIF, WebP EXIF/XMP/ICC chunks, PNG text/EXIF/ICC chunks.
fn metadata_blocks(bytes: &[u8]) -> Vec<String> {
    let mut found = Vec::new();
    if bytes.starts_with(&[0xff, 0xd8]) {
        let mut i = 2;
        while i + 4 <= bytes.len() && bytes[i] == 0xff {
            let marker = bytes[i + 1];
            if marker == 0xda {
                break;
            }
            let len = usize::from(u16::from_be_bytes([bytes[i + 2], bytes[i + 3]]));
            let payload = &bytes[i + 4..(i + 2 + len).min(bytes.len())];
            let jfif = marker == 0xe0 && payload.starts_with(b"JFIF\0");
            if ((0xe0..=0xef).contains(&marker) && !jfif) || marker == 0xfe {
                found.push(format!("JPEG segment {marker:#x}"));
            }
            i += 2 + len;
        }
    } else if bytes.starts_with(b"RIFF") {
        let mut i = 12;
        while i + 8 <= bytes.len() {
            let kind = String::from_utf8_lossy(&bytes[i..i + 4]).into_owned();
            let len = u32::from_le_bytes(bytes[i + 4..i + 8].try_into().unwrap()) as usize;
            if ["EXIF", "XMP ", "ICCP"].contains(&kind.as_str()) {
                found.push(format!("WebP chunk {kind}"));
            }
            i += 8 + len + (len & 1);
        }
    } else if bytes.starts_with(b"\x89PNG") {
        let mut i = 8;
        while i + 8 <= bytes.len() {
            let len = u32::from_be_bytes(bytes[i..i + 4].try_into().unwrap()) as usize;
            let kind = String::from_utf8_lossy(&bytes[i + 4..i + 8]).into_owned();
            if ["eXIf", "tEXt", "iTXt", "zTXt", "iCCP"].contains(&kind.as_str()) {
                found.push(format!("PNG chunk {kind}"));
            }
            i += 12 + len;
        }
    }
    let text = String::from_utf8_lossy(bytes);
    for needle in ["Exif", "ns.adobe.com", "rumah-warga-rahasia"] {
        if text.contains(needle) {
            found.push(format!("the text `{needle}`"));
        }
    }
    found
}

/// A copy of the basic fixture whose Alpha waterfall has `photos` phone photos.
pub fn site_with_photos(photos: &[(u32, u32, u16)]) -> Site {
    let site = Site::new("basic");
    let mut list = String::new();
    for (i, (w, h, orientation)) in photos.iter().enumerate() {
        let img = photo(*w, *h, i as u32);
        put_picture(
            &site,
            &format!("foto-{i}.jpg"),
            &phone_jpeg(&img, *orientation),
        );
        list.push_str(&format!(
            "  - berkas: berkas/foto-{i}.jpg\n    keterangan: Foto {i} air terjun\n"
        ));
    }
    let text = site.read("content/alpha/wisata/air-terjun.md");
    let start = text.find("foto:\n").unwrap();
    let end = start + text[start..].find("\n---").unwrap();
    let text = format!(
        "{}foto:\n{}{}",
        &text[..start],
        list.trim_end(),
        &text[end..]
    );
    site.write("content/alpha/wisata/air-terjun.md", &text);
    let en = site.read("content/alpha/wisata/air-terjun.en.md");
    site.write(
        "content/alpha/wisata/air-terjun.en.md",
        &en.replace(
            "foto:\n  - keterangan: The waterfall seen from the bamboo bridge\n",
            "",
        ),
    );
    site
}

#[test]
fn an_exif_rotated_photo_comes_out_upright_without_metadata() {
    let site = Site::new("basic");
    // Stored sideways (60×40) with orientation 6: shown rotated 90° clockwise,
    // the left (red) half ends up on top.
    put_picture(&site, "miring.jpg", &phone_jpeg(&halves(60, 40), 6));
    site.write(
        "content/alpha/halaman/foto.md",
        "---\njudul: Foto\n---\n![Merah di atas, biru di bawah](berkas/miring.jpg)\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let berkas = site.path("public/alpha/berkas");
    let names: Vec<String> = fs::read_dir(&berkas)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("miring"))
        .collect();
    assert_eq!(
        names.len(),
        2,
        "one width (40 px, never upscaled) in two formats: {names:?}"
    );
    assert!(
        !berkas.join("miring.jpg").exists(),
        "the original is not published"
    );
    for name in &names {
        let img = image::open(berkas.join(name)).unwrap().into_rgb8();
        assert_eq!((img.width(), img.height()), (40, 60), "{name} is upright");
        let top = img.get_pixel(20, 8).0;
        let bottom = img.get_pixel(20, 52).0;
        assert!(
            top[0] > 150 && top[2] < 100,
            "{name}: red on top, got {top:?}"
        );
        assert!(
            bottom[2] > 150 && bottom[0] < 100,
            "{name}: blue below, got {bottom:?}"
        );
    }
    let page = site.page("public/alpha/foto/index.html");
    let img = attrs(&page, "picture img", "alt");
    assert_eq!(img, ["Merah di atas, biru di bawah"]);
    assert_eq!(attrs(&page, "picture img", "width"), ["40"]);
    assert_eq!(attrs(&page, "picture img", "height"), ["60"]);
    assert_eq!(attrs(&page, "picture img", "loading"), ["lazy"]);
}

#[test]
fn phone_photos_become_small_variants_and_a_rebuild_encodes_nothing() {
    let site = site_with_photos(&[(2400, 1800, 1), (1800, 2400, 1), (1200, 900, 1)]);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    // Three photos and the fixture's two PNG maps.
    assert!(run.stdout.contains("(5 photos: "), "{}", run.stdout);
    let berkas = site.path("public/alpha/berkas");
    let mut names: Vec<String> = fs::read_dir(&berkas)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("foto-"))
        .collect();
    names.sort();
    let widths = |prefix: &str, ext: &str| -> Vec<u32> {
        let mut w: Vec<u32> = names
            .iter()
            .filter(|n| n.starts_with(prefix) && n.ends_with(ext))
            .map(|n| image::image_dimensions(berkas.join(n)).unwrap().0)
            .collect();
        w.sort();
        w
    };
    assert_eq!(widths("foto-0-", ".webp"), [480, 960, 1600]);
    assert_eq!(widths("foto-0-", ".jpg"), [480, 960, 1600]);
    assert_eq!(widths("foto-1-", ".webp"), [480, 960, 1600], "portrait");
    assert_eq!(
        widths("foto-2-", ".webp"),
        [480, 960, 1200],
        "never upscaled"
    );
    let big = image::image_dimensions(
        berkas.join(names.iter().find(|n| n.starts_with("foto-1-1600")).unwrap()),
    )
    .unwrap();
    assert_eq!(big, (1600, 2133), "aspect ratio kept");
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let webp = names.iter().find(|n| n.ends_with(".webp")).unwrap();
        assert!(
            fs::metadata(berkas.join(webp)).unwrap().nlink() >= 2,
            "a processed photo is linked from the cache, not copied"
        );
    }
    for original in ["foto-0.jpg", "foto-1.jpg", "foto-2.jpg"] {
        assert!(
            !berkas.join(original).exists(),
            "{original} is not published"
        );
    }
    // No published picture carries metadata.
    for file in published_pictures(&site.path("public")) {
        let blocks = metadata_blocks(&fs::read(&file).unwrap());
        assert!(blocks.is_empty(), "{}: {blocks:?}", file.display());
    }
    // Markup: WebP and fallback srcsets, sizes, dimensions, lazy below the fold.
    let page = site.page("public/alpha/wisata/air-terjun/index.html");
    let webp = attrs(&page, "picture source[type='image/webp']", "srcset");
    assert_eq!(webp.len(), 3);
    assert!(
        webp[0].contains("foto-0-480.")
            && webp[0].contains(" 480w, ")
            && webp[0].ends_with(" 1600w")
    );
    let sizes = attrs(&page, "picture img", "sizes");
    assert!(sizes.iter().all(|s| !s.is_empty()));
    assert_eq!(
        attrs(&page, "picture img", "width"),
        ["1600", "1600", "1200"]
    );
    assert_eq!(
        attrs(&page, "picture img", "height"),
        ["1200", "2133", "900"]
    );
    assert_eq!(
        attrs(&page, "picture img", "alt"),
        [
            "Foto 0 air terjun",
            "Foto 1 air terjun",
            "Foto 2 air terjun"
        ]
    );
    let lazy: Vec<String> = page
        .select(&scraper::Selector::parse("picture img").unwrap())
        .map(|e| e.value().attr("loading").unwrap_or("eager").to_string())
        .collect();
    assert_eq!(lazy, ["eager", "lazy", "lazy"], "the cover loads at once");
    assert!(attrs(&page, "picture img", "src")[0].ends_with(".jpg"));

    // A second build takes every photo from the cache and writes the same files.
    let cache = site.path(".kampung-cache");
    let before: Vec<_> = walkdir::WalkDir::new(&cache)
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            (
                e.path().to_path_buf(),
                e.metadata().unwrap().modified().unwrap(),
            )
        })
        .collect();
    let first = site.snapshot("public");
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("5 photos: 0 processed, 5 from cache"),
        "{}",
        run.stdout
    );
    let after: Vec<_> = walkdir::WalkDir::new(&cache)
        .into_iter()
        .map(|e| {
            let e = e.unwrap();
            (
                e.path().to_path_buf(),
                e.metadata().unwrap().modified().unwrap(),
            )
        })
        .collect();
    assert_eq!(before, after, "nothing in the cache was rewritten");
    assert_eq!(first, site.snapshot("public"));

    // The cache can be deleted: the next build encodes again, same bytes.
    fs::remove_dir_all(&cache).unwrap();
    let run = site.build();
    assert!(!run.stdout.contains(" 0 processed"), "{}", run.stdout);
    assert_eq!(first, site.snapshot("public"));
}

/// What the GitHub Pages workflow does: a fresh checkout (new modification
/// times) with only `.kampung-cache/` restored from the CI cache.
#[test]
fn a_cache_restored_in_a_fresh_checkout_reencodes_no_photo() {
    let photos = [(1600, 1200, 1), (1200, 1600, 6), (900, 600, 3)];
    let first = site_with_photos(&photos);
    let run = first.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    // The fixture's own pictures too: 5 in all, one of them twice.
    assert!(
        run.stdout.contains("5 photos: 4 processed, 1 from cache"),
        "{}",
        run.stdout
    );
    let fresh = site_with_photos(&photos);
    assert!(!fresh.path(".kampung-cache").exists());
    crate::common::copy_tree(&first.path(".kampung-cache"), &fresh.path(".kampung-cache"));
    let run = fresh.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.contains("5 photos: 0 processed, 5 from cache"),
        "{}",
        run.stdout
    );
    assert_eq!(first.snapshot("public"), fresh.snapshot("public"));
}

#[test]
fn originals_are_published_only_when_asked() {
    let site = site_with_photos(&[(800, 600, 1)]);
    let settings = site.read("content/site.yaml");
    site.write("content/site.yaml", &format!("{settings}foto_asli: true\n"));
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(site.path("public/alpha/berkas/foto-0.jpg").exists());
    assert!(
        site.path("public/alpha/berkas/formulir.pdf").exists(),
        "documents are copied as they are"
    );
}

#[test]
fn a_damaged_or_foreign_picture_is_an_error_naming_the_file() {
    let site = Site::new("basic");
    let good = phone_jpeg(&halves(64, 48), 1);
    put_picture(&site, "patah.jpg", &good[..good.len() / 3]);
    let mut heic = b"\0\0\0\x18ftypheic".to_vec();
    heic.extend_from_slice(&[0; 64]);
    put_picture(&site, "iphone.jpg", &heic);
    let before = site.snapshot("content");
    for command in ["build", "check"] {
        let run = site.run(&[command]);
        assert_eq!(run.code, 1, "{command}: {}", run.stderr);
        assert!(
            run.stderr.contains("content/alpha/berkas/iphone.jpg"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains("HEIC"), "{}", run.stderr);
        assert!(run.stderr.contains("Most Compatible"), "{}", run.stderr);
        if command == "build" {
            // Only a full decode finds a picture cut short.
            assert!(
                run.stderr.contains("content/alpha/berkas/patah.jpg"),
                "{}",
                run.stderr
            );
            assert!(run.stderr.contains("cut short"), "{}", run.stderr);
        }
    }
    assert!(!site.path("public").exists(), "nothing was published");
    assert_eq!(before, site.snapshot("content"), "content is untouched");
}

#[test]
fn a_picture_without_a_description_is_a_warning() {
    let site = Site::new("basic");
    put_picture(&site, "balai.jpg", &phone_jpeg(&halves(64, 48), 1));
    site.write(
        "content/alpha/halaman/balai.md",
        "---\njudul: Balai\n---\nIni balai desa.\n\n![](berkas/balai.jpg)\n",
    );
    site.write(
        "content/alpha/berita/balai-baru.md",
        "---\njudul: Balai baru\ntanggal: 2026-01-05\ngambar: berkas/balai.jpg\n---\nBalai sudah jadi.\n",
    );
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("content/alpha/halaman/balai.md:6:1"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("has no description"), "{}", run.stderr);
    assert!(
        run.stderr.contains("content/alpha/berita/balai-baru.md:4"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("keterangan_gambar"), "{}", run.stderr);
}

#[test]
fn a_watch_cycle_reuses_processed_photos() {
    let site = site_with_photos(&[(1200, 900, 1), (900, 1200, 6)]);
    let mut session = kampung::Session::new(kampung::BuildOptions::new(site.root()));
    let first = session.rebuild(&kampung::ChangeSet::everything()).unwrap();
    // The two photos and the fixture's two PNGs; formulir-foto.png holds the same
    // bytes as peta.png, so it is taken from the entry made for that one.
    assert_eq!(
        (first.pictures.encoded, first.pictures.reused),
        (3, 1),
        "{:?}",
        first.pictures
    );
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Berubah"),
    );
    let mut change = kampung::ChangeSet::default();
    change.add(Path::new("content/alpha/desa.yaml"));
    let second = session.rebuild(&change).unwrap();
    assert_eq!(second.pictures.encoded, 0, "{:?}", second.pictures);
    assert_eq!(second.pictures.reused, 4, "{:?}", second.pictures);
    // A changed photo is processed again, and only that one.
    put_picture(&site, "foto-0.jpg", &phone_jpeg(&photo(1000, 750, 9), 1));
    let mut change = kampung::ChangeSet::default();
    change.add(Path::new("content/alpha/berkas/foto-0.jpg"));
    let third = session.rebuild(&change).unwrap();
    assert_eq!(third.pictures.encoded, 1, "{:?}", third.pictures);
}

#[test]
fn a_killed_builds_cache_debris_is_removed_by_the_next_build() {
    let site = Site::new("basic");
    assert_eq!(site.build().code, 0);
    // What a build killed while encoding leaves: a half-written entry named
    // after its process (4,194,305 is above Linux's highest pid).
    let debris = site.path(".kampung-cache/.0123456789abcdef.4194305.7");
    std::fs::create_dir_all(&debris).unwrap();
    std::fs::write(debris.join("960.webp"), b"half").unwrap();
    assert_eq!(site.build().code, 0);
    assert!(!debris.exists(), "the debris is still there");
    let kept = std::fs::read_dir(site.path(".kampung-cache"))
        .unwrap()
        .count();
    assert!(kept > 0, "the finished entries were removed too");
}

#[test]
fn a_phone_photo_cut_short_is_an_error_though_it_decodes() {
    // Most of the photo is there: the JPEG decoder fills the rest with grey and
    // reports nothing, so only the missing end marker tells.
    let site = Site::sample();
    let rel = "content/kemiren/berkas/desa-wisata-osing-1.jpg";
    let whole = fs::read(site.path(rel)).unwrap();
    fs::write(site.path(rel), &whole[..whole.len() * 9 / 10]).unwrap();
    let root = site.root().to_str().unwrap();
    let id = format!(
        "kesalahan: {rel}: foto JPEG ini terpotong: bagian akhirnya hilang, jadi sebagian foto akan tampil abu-abu [K0756]\n  saran: salin lagi foto itu"
    );
    let en = format!(
        "error: {rel}: the JPEG photo is cut short: its end is missing, so part of it would show grey [K0756]\n  hint: copy the photo again"
    );
    for (lang, command, expected) in [
        ("id", "check", &id),
        ("id", "build", &id),
        ("en", "build", &en),
    ] {
        let run = crate::common::run_in(lang, &[command, "--root", root]);
        assert_eq!(run.code, 1, "{command}: {}", run.stderr);
        assert!(
            run.stderr.contains(expected.as_str()),
            "{command}: {}",
            run.stderr
        );
    }
    assert!(!site.path("public").exists(), "nothing was published");
}
