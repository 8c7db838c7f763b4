//! Times the stages of one photo's processing and tries encoder settings:
//! `cargo run --release --example photo_settings -- PHOTO.jpg...`
//! prints, per setting, the milliseconds per photo and the bytes of its variants
//! (480, 960 and 1,600 pixels wide), so that speed is never bought with weight.

use image::{DynamicImage, RgbImage};
use std::time::Instant;

fn resize(from: &RgbImage, w: u32, h: u32) -> RgbImage {
    let mut dst = DynamicImage::new_rgb8(w, h);
    let options = fast_image_resize::ResizeOptions::new().resize_alg(
        fast_image_resize::ResizeAlg::Convolution(fast_image_resize::FilterType::Lanczos3),
    );
    fast_image_resize::Resizer::new()
        .resize(&DynamicImage::ImageRgb8(from.clone()), &mut dst, &options)
        .unwrap();
    dst.into_rgb8()
}

fn main() {
    let paths: Vec<String> = std::env::args().skip(1).collect();
    let n = paths.len() as f64;
    let (mut full, mut scaled, mut resized) = (0.0, 0.0, Vec::new());
    for p in &paths {
        let bytes = std::fs::read(p).unwrap();
        let t = Instant::now();
        let img = image::load_from_memory(&bytes).unwrap().into_rgb8();
        full += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let mut d = jpeg_decoder::Decoder::new(&bytes[..]);
        let (w, h) = d.scale(1600, u16::MAX).unwrap();
        let half = RgbImage::from_raw(u32::from(w), u32::from(h), d.decode().unwrap()).unwrap();
        scaled += t.elapsed().as_secs_f64();
        let t = Instant::now();
        let _ = resize(&img, 1600, 1200);
        let from_full = t.elapsed().as_secs_f64();
        let t = Instant::now();
        let v1600 = resize(&half, 1600, 1200);
        let v960 = resize(&v1600, 960, 720);
        let v480 = resize(&v960, 480, 360);
        println!(
            "{p}: zune full decode {:.0} ms, jpeg-decoder 1/2 {:.0} ms, resize 12 MP->1600 {:.0} ms, chain from 1/2 {:.0} ms",
            full * 1e3,
            scaled * 1e3,
            from_full * 1e3,
            t.elapsed().as_secs_f64() * 1e3
        );
        (full, scaled) = (0.0, 0.0);
        resized.push([v480, v960, v1600]);
    }
    // Every setting `media`'s comments cite, twice, alternating, since this
    // machine's speed drifts: the default method 4, method 3's rate-distortion
    // optimisation, the previous method 2 at 68, the chosen method 1 at 64, and
    // method 0.
    let settings = [
        (4, 72.0),
        (3, 72.0),
        (2, 68.0),
        (1, 64.0),
        (0, 72.0),
        (4, 72.0),
        (3, 72.0),
        (2, 68.0),
        (1, 64.0),
        (0, 72.0),
    ];
    for (method, quality) in settings {
        let t = Instant::now();
        let mut bytes = 0;
        let mut encoded = Vec::new();
        for set in &resized {
            for v in set {
                let mut config = webp::WebPConfig::new().unwrap();
                config.quality = quality;
                config.method = method;
                let out = webp::Encoder::from_rgb(v.as_raw(), v.width(), v.height())
                    .encode_advanced(&config)
                    .unwrap();
                bytes += out.len();
                encoded.push(out.to_vec());
            }
        }
        let elapsed = t.elapsed().as_secs_f64();
        let (mut err, mut count) = (0.0f64, 0.0f64);
        for (out, v) in encoded.iter().zip(resized.iter().flatten()) {
            let back = webp::Decoder::new(out).decode().unwrap();
            assert!(!back.is_alpha());
            for (a, b) in back.iter().zip(v.as_raw()) {
                let d = f64::from(*a) - f64::from(*b);
                err += d * d;
            }
            count += v.as_raw().len() as f64;
        }
        println!(
            "webp q{quality} method {method}: {:.0} ms per photo, {} bytes per photo, PSNR {:.2} dB",
            elapsed * 1e3 / n,
            bytes as f64 / n,
            10.0 * (255.0f64 * 255.0 / (err / count)).log10()
        );
    }
    for (progressive, optimized) in [(true, true), (false, true), (false, false)] {
        let t = Instant::now();
        let mut bytes = 0;
        for set in &resized {
            for v in set {
                let mut out = Vec::new();
                let mut e = jpeg_encoder::Encoder::new(&mut out, 78);
                e.set_progressive(progressive);
                e.set_optimized_huffman_tables(optimized);
                e.encode(
                    v.as_raw(),
                    v.width() as u16,
                    v.height() as u16,
                    jpeg_encoder::ColorType::Rgb,
                )
                .unwrap();
                bytes += out.len();
            }
        }
        println!(
            "jpeg q78 progressive {progressive} optimized {optimized}: {:.0} ms per photo, {} bytes per photo",
            t.elapsed().as_secs_f64() * 1e3 / n,
            bytes as f64 / n
        );
    }
}
