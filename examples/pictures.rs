//! Times picture processing: `cargo run --release --example pictures -- [N] [WIDTH] [HEIGHT]`
//! makes N photo-like JPEGs (the sample's illustrations enlarged, with noise), then
//! processes them with an empty cache and again with a warm one.

use kampung::media::Cache;
use std::time::Instant;

fn main() {
    let args: Vec<u32> = std::env::args()
        .skip(1)
        .filter_map(|a| a.parse().ok())
        .collect();
    let n = args.first().copied().unwrap_or(5);
    let (w, h) = (
        args.get(1).copied().unwrap_or(4032),
        args.get(2).copied().unwrap_or(3024),
    );
    let dir = std::env::temp_dir().join(format!("kampung-pictures-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let base = image::open("content/kemiren/berkas/desa-wisata-osing-1.jpg")
        .unwrap()
        .resize_exact(w, h, image::imageops::FilterType::Triangle)
        .into_rgb8();
    let mut state = 12345u32;
    let mut sources = Vec::new();
    for i in 0..n {
        let img = image::RgbImage::from_fn(w, h, |x, y| {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            let noise = (state % 17) as i16 - 8 + i as i16;
            image::Rgb(
                base.get_pixel(x, y)
                    .0
                    .map(|c| (i16::from(c) + noise).clamp(0, 255) as u8),
            )
        });
        let path = dir.join(format!("foto-{i}.jpg"));
        img.save_with_format(&path, image::ImageFormat::Jpeg)
            .unwrap();
        sources.push(path);
    }
    let bytes: u64 = sources
        .iter()
        .map(|p| std::fs::metadata(p).unwrap().len())
        .sum();
    println!("{n} photos of {w}×{h}, {:.1} MB in all", bytes as f64 / 1e6);
    for round in ["empty cache", "warm cache"] {
        let cache = Cache::new(dir.join("cache"));
        let started = Instant::now();
        use rayon::prelude::*;
        let out: Vec<_> = sources
            .par_iter()
            .map(|p| cache.process(p, "berkas/foto.jpg").unwrap())
            .collect();
        let elapsed = started.elapsed().as_secs_f64();
        let stats = cache.take_stats();
        let published: u64 = out
            .iter()
            .flat_map(|p| &p.variants)
            .filter_map(|v| v.file.as_ref())
            .map(|f| std::fs::metadata(f).unwrap().len())
            .sum();
        println!(
            "{round}: {elapsed:.2} s ({:.0} ms per photo), {} encoded, {} reused, variants {:.0} KB per photo",
            elapsed * 1000.0 / f64::from(n),
            stats.encoded,
            stats.reused,
            published as f64 / 1e3 / f64::from(n)
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}
