//! Photo-like 12-megapixel JPEGs for the photo benchmark: a sky over ground in a
//! palette of its own, detail at every scale (fractal value noise down to two
//! pixels), and sensor noise on every pixel, so that they compress like a phone's
//! photos (several megabytes at quality 92) and no two share content (the
//! picture cache is keyed by the bytes).

use rayon::prelude::*;

/// Width and height of a 12-megapixel 4:3 photo.
pub const SIZE: (u32, u32) = (4000, 3000);

fn hash(x: u32, y: u32, seed: u32) -> u32 {
    let mut h =
        x.wrapping_mul(0x8da6_b343) ^ y.wrapping_mul(0xd816_3841) ^ seed.wrapping_mul(0xcb1a_b31f);
    h ^= h >> 13;
    h = h.wrapping_mul(0x5bd1_e995);
    h ^ (h >> 15)
}

/// Value noise in 0..1 at (x, y) with cells `cell` pixels wide.
fn noise(x: u32, y: u32, cell: u32, seed: u32) -> f32 {
    let (gx, gy) = (x / cell, y / cell);
    let fx = (x % cell) as f32 / cell as f32;
    let fy = (y % cell) as f32 / cell as f32;
    let v = |i, j| (hash(gx + i, gy + j, seed) & 0xffff) as f32 / 65535.0;
    let top = v(0, 0) + (v(1, 0) - v(0, 0)) * fx;
    let bottom = v(0, 1) + (v(1, 1) - v(0, 1)) * fx;
    top + (bottom - top) * fy
}

/// The RGB pixels of photo number `seed`.
pub fn pixels(seed: u32) -> Vec<u8> {
    let (w, h) = SIZE;
    let palette: Vec<[f32; 3]> = (0..4)
        .map(|i| {
            let c = hash(i, 7, seed);
            [
                (c & 0xff) as f32,
                ((c >> 8) & 0xff) as f32,
                ((c >> 16) & 0xff) as f32,
            ]
        })
        .collect();
    let horizon = h / 3 + hash(1, 1, seed) % (h / 3);
    let mut out = vec![0u8; (w * h * 3) as usize];
    out.par_chunks_mut((w * 3) as usize)
        .enumerate()
        .for_each(|(y, row)| {
            let y = y as u32;
            for x in 0..w {
                let shape = noise(x, y, 700, seed);
                let mut detail = 0.0;
                let mut weight = 0.5;
                for cell in [160, 48, 12, 4, 2] {
                    detail += weight * (noise(x, y, cell, seed ^ cell) - 0.5);
                    weight *= 0.6;
                }
                let sky = y < horizon + (shape * 200.0) as u32;
                let (a, b, texture) = if sky {
                    (palette[0], palette[1], 0.25)
                } else {
                    (palette[2], palette[3], 1.0)
                };
                let t = if sky {
                    y as f32 / horizon as f32
                } else {
                    shape
                };
                let grain = (hash(x, y, seed ^ 0xabc) & 0xff) as f32 / 255.0 - 0.5;
                for c in 0..3 {
                    let base = a[c] + (b[c] - a[c]) * t.clamp(0.0, 1.0);
                    let v = base * (1.0 + texture * detail * 1.6) + grain * 14.0;
                    row[(x * 3) as usize + c] = v.clamp(0.0, 255.0) as u8;
                }
            }
        });
    out
}

/// Photo number `seed` as a JPEG at quality 92, as a phone writes it.
pub fn jpeg(seed: u32) -> Vec<u8> {
    let (w, h) = SIZE;
    let mut out = Vec::new();
    jpeg_encoder::Encoder::new(&mut out, 92)
        .encode(
            &pixels(seed),
            w as u16,
            h as u16,
            jpeg_encoder::ColorType::Rgb,
        )
        .expect("encoding a generated photo");
    out
}
