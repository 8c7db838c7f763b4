//! Tests of picture processing: formats, sizes, the cache and its sweep.

use super::cache::{cache_key, temp_owner};
use super::decode::{decoder, jpeg_is_complete};
use super::*;
use std::fs;

#[test]
fn widths_never_exceed_the_original() {
    assert_eq!(widths_for(4032), [480, 960, 1600]);
    assert_eq!(widths_for(1600), [480, 960, 1600]);
    assert_eq!(widths_for(1000), [480, 960, 1000]);
    assert_eq!(widths_for(960), [480, 960]);
    assert_eq!(widths_for(300), [300]);
}

#[test]
fn variants_are_named_after_the_file_and_its_content() {
    let p = plan(
        4032,
        3024,
        Format::Jpeg,
        "berkas/Foto Balai.JPG",
        "0123456789abcdef",
        None,
    );
    let names: Vec<&str> = p.variants.iter().map(|v| v.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "berkas/foto-balai-480.01234567.webp",
            "berkas/foto-balai-960.01234567.webp",
            "berkas/foto-balai-1600.01234567.webp",
            "berkas/foto-balai-480.01234567.jpg",
            "berkas/foto-balai-960.01234567.jpg",
            "berkas/foto-balai-1600.01234567.jpg",
        ]
    );
    assert_eq!(p.largest().map(|v| (v.width, v.height)), Some((1600, 1200)));
    assert_eq!(p.fallback(), Format::Jpeg);
}

#[test]
fn the_key_covers_the_bytes_and_every_output_setting() {
    assert_ne!(cache_key(b"a"), cache_key(b"b"));
    // The settings, written out: when one changes, this test says that the
    // key changes too, so no stale picture is taken from an old cache.
    let expected = xxhash_rust::xxh3::xxh3_128(b"av2 widths [480, 960, 1600] webp 64 m1 jpeg 78");
    assert_eq!(cache_key(b"a"), format!("{expected:032x}"));
}

#[test]
fn text_and_heic_files_are_refused_with_a_hint() {
    let err = decoder(b"hello, this is not a picture").err().unwrap();
    assert_eq!(err.message.id(), "K0753");
    let mut heic = b"\0\0\0\x18ftypheic".to_vec();
    heic.extend_from_slice(&[0; 32]);
    let err = decoder(&heic).err().unwrap();
    assert_eq!(err.message.id(), "K0751");
    assert!(
        err.message
            .text_in(crate::message::Lang::En)
            .contains("HEIC")
    );
}

#[test]
fn a_jpeg_cut_short_is_refused_though_its_decoder_says_nothing() {
    let sample = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("content/kemiren/berkas/desa-wisata-osing-1.jpg");
    let whole = fs::read(sample).unwrap();
    assert!(jpeg_is_complete(&whole));
    assert!(decoder(&whole).is_ok());
    // Data a phone appends after the end (a motion photo's video) is fine.
    let mut motion = whole.clone();
    motion.extend_from_slice(b"\0\0\0\x18ftypmp42 video");
    assert!(jpeg_is_complete(&motion));
    for tenths in [3, 6, 9] {
        let cut = &whole[..whole.len() * tenths / 10];
        assert!(!jpeg_is_complete(cut), "{tenths}/10");
        let err = decoder(cut).err().unwrap();
        assert_eq!(err.message.id(), "K0756", "{tenths}/10");
    }
    // Just the last two bytes missing.
    assert!(!jpeg_is_complete(&whole[..whole.len() - 2]));
}

#[test]
fn a_killed_builds_temporary_entries_are_swept() {
    let dir = tempfile::tempdir().unwrap();
    // Linux pids stop at 4,194,304: no process has the first; the second is ours.
    let dead = dir.path().join(".0123abcd.4194305.0");
    let ours = dir
        .path()
        .join(format!(".0123abcd.{}.1", std::process::id()));
    let entry = dir.path().join("0123abcd");
    for d in [&dead, &ours, &entry] {
        fs::create_dir_all(d).unwrap();
    }
    let cache = Cache::new(dir.path());
    assert_eq!(cache.sweep(), 1);
    assert!(!dead.exists());
    assert!(ours.exists() && entry.exists());
    assert_eq!(temp_owner(".k.12.3"), Some(12));
    assert_eq!(temp_owner("k.12.3"), None);
    assert_eq!(temp_owner(".k.12.x"), None);
}

/// A JPEG of `w`×`h` whose left half is red and right half blue.
fn halves_jpeg(w: u32, h: u32) -> Vec<u8> {
    use image::ImageEncoder;
    let img = image::RgbImage::from_fn(w, h, |x, _| {
        if x < w / 2 {
            image::Rgb([230, 20, 20])
        } else {
            image::Rgb([20, 20, 230])
        }
    });
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 90)
        .write_image(img.as_raw(), w, h, image::ExtendedColorType::Rgb8)
        .unwrap();
    out
}

#[test]
fn a_jpeg_decoded_at_a_reduced_scale_keeps_its_colours_and_covers_the_width() {
    for (w, h, need, swapped) in [
        (60, 40, 40, true),
        (64, 48, 64, false),
        (4000, 3000, 1600, false),
    ] {
        let bytes = halves_jpeg(w, h);
        let img = jpeg::decode_scaled(&bytes, need, swapped)
            .unwrap()
            .into_rgb8();
        let covered = if swapped { img.height() } else { img.width() };
        assert!(covered >= need, "{w}×{h}: {}×{}", img.width(), img.height());
        let (left, right) = (
            img.get_pixel(img.width() / 8, img.height() / 2).0,
            img.get_pixel(img.width() * 7 / 8, img.height() / 2).0,
        );
        assert!(left[0] > 180 && left[2] < 70, "{w}×{h}: left {left:?}");
        assert!(right[2] > 180 && right[0] < 70, "{w}×{h}: right {right:?}");
    }
    // 4000 pixels wide, 1600 needed: decoded at half scale.
    let img = jpeg::decode_scaled(&halves_jpeg(4000, 3000), 1600, false).unwrap();
    assert_eq!((img.width(), img.height()), (2000, 1500));
}

/// jpeg-encoder 0.7.1 writes a broken picture (every pixel green) when a
/// baseline JPEG gets optimised Huffman tables; the fallback must not use them.
#[test]
fn the_jpeg_fallback_decodes_to_its_colours() {
    let img = image::load_from_memory(&halves_jpeg(40, 60)).unwrap();
    let out = super::encode::encode_fallback(&img, Format::Jpeg).unwrap();
    let back = image::load_from_memory(&out).unwrap().into_rgb8();
    let (left, right) = (back.get_pixel(5, 30).0, back.get_pixel(35, 30).0);
    assert!(left[0] > 180 && left[2] < 70, "left {left:?}");
    assert!(right[2] > 180 && right[0] < 70, "right {right:?}");
}

/// A photo whose size, time and inode are unchanged is known by its stamp in the
/// next build (its bytes are not read: a same-sized, same-timed rewrite of it is
/// not noticed, as with Hugo's image cache); a new time makes it read again.
#[test]
fn the_next_build_knows_an_unchanged_photo_by_its_stamp_without_reading_it() {
    let dir = tempfile::tempdir().unwrap();
    let (cache_dir, source) = (dir.path().join("cache"), dir.path().join("foto.jpg"));
    // Two pictures of one size: data after a JPEG's end is allowed.
    let (mut one, mut other) = (halves_jpeg(64, 48), halves_jpeg(48, 64));
    let size = one.len().max(other.len());
    one.resize(size, 0);
    other.resize(size, 0);
    fs::write(&source, &one).unwrap();
    let first = Cache::new(&cache_dir);
    let made = first.process(&source, "berkas/foto.jpg").unwrap();
    first.keep_stamps(true);
    assert_eq!(first.take_stats().encoded, 1);

    // Other bytes, same size, time and inode: the stamp alone decides.
    let time = fs::metadata(&source).unwrap().modified().unwrap();
    let file = fs::OpenOptions::new().write(true).open(&source).unwrap();
    std::io::Write::write_all(&mut &file, &other).unwrap();
    file.set_modified(time).unwrap();
    drop(file);
    let second = Cache::new(&cache_dir);
    let known = second.process(&source, "berkas/foto.jpg").unwrap();
    assert_eq!(known.variants[0].name, made.variants[0].name);
    assert_eq!(second.take_stats().reused, 1);

    // A new time: read, and known by its new bytes.
    let later = time + std::time::Duration::from_secs(2);
    fs::File::options()
        .write(true)
        .open(&source)
        .unwrap()
        .set_modified(later)
        .unwrap();
    let third = Cache::new(&cache_dir);
    let remade = third.process(&source, "berkas/foto.jpg").unwrap();
    assert_ne!(remade.variants[0].name, made.variants[0].name);
    assert_eq!(third.take_stats().encoded, 1);

    // A stamps file someone edited by hand cannot point outside the cache.
    fs::write(
        cache_dir.join("stamps"),
        "1\t2\t3\t4\t5\t../../luar\tfoto.jpg\n",
    )
    .unwrap();
    assert!(Cache::new(&cache_dir).known_count() == 0);
}
