//! Pictures: every JPEG, PNG and WebP under a village's `berkas/` is published as
//! resized variants (never upscaled) in WebP plus a JPEG or PNG fallback, turned
//! upright by its EXIF orientation and stripped of every piece of metadata (EXIF,
//! GPS, XMP, ICC): a phone photo of 6 MB becomes a few tens of kilobytes, and the
//! place it was taken stays private.
//!
//! Encoding is slow, so results are cached outside the output folder, keyed by the
//! source's bytes and the processing settings: a rebuild with unchanged photos
//! encodes nothing. The cache can be deleted at any time; it is rebuilt on demand.
//!
//! Decoding, resizing and encoding use `image` (zune-jpeg, png, image-webp),
//! `jpeg-decoder` (JPEGs straight at 1/2–1/8 scale, see `jpeg`),
//! `fast_image_resize` (SIMD Lanczos), libwebp (through `webp`) and `jpeg-encoder`.
//!
//! This file is the model (a picture, its variants, how they are planned) and
//! `inspect`; `decode` opens a picture, `encode` writes its variants, and
//! `cache` keeps them between builds.

use crate::diagnostic::io_cause;
use crate::message::Message;
use crate::msg;
use cache::cache_key;
use decode::{decoder, fallback_for, upright_size};
use image::ImageDecoder;
use std::path::{Path, PathBuf};

pub use cache::{Cache, CacheStats};

/// Widths of the published variants, in pixels. A picture narrower than one of
/// them gets its own width instead of the larger ones.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
/// libwebp quality (0–100). With method 1 (below), 64 gives the bytes that 68
/// gave with method 2 (+0.1% on 40 photo-like 12-megapixel JPEGs, PSNR 0.10 dB
/// higher) in 0.68–0.74 of the encoding time: `examples/photo_settings.rs`.
/// (66 matched on the first 8 photos but made 4.6% larger files on 500.)
const WEBP_QUALITY: f32 = 64.0;
/// libwebp method (0 fastest – 6 smallest). Method 1 keeps the analysis pass's
/// choice between 16×16 and 4×4 prediction where method 2 tries both again by
/// distortion (libwebp's `VP8Decimate`); 3 and up add rate-distortion
/// optimisation that costs 2.5 times the time for 8% fewer bytes, and method 0
/// makes 40% larger files.
const WEBP_METHOD: i32 = 1;
/// JPEG quality of the fallback (1–100). The fallback is baseline with the
/// standard Huffman tables: `jpeg-encoder`'s progressive mode (with optimised
/// tables) made 4% larger files, in 1.3 times the time, and its optimised tables
/// without progressive mode break the picture (`tests.rs`).
const JPEG_QUALITY: u8 = 78;
/// Bump when the output of the same settings changes (a new encoder, a fix).
/// 2: JPEGs decoded at a reduced DCT scale (`jpeg`), WebP method 2, baseline
/// JPEG fallbacks with the standard tables. (The settings above are in the
/// cache key themselves: changing one needs no bump.)
const PIPELINE_VERSION: u32 = 2;
/// The largest picture accepted, in pixels (a 100-megapixel camera is below it).
const MAX_PIXELS: u64 = 120_000_000;

/// File extensions of the pictures kampung processes (lowercase).
pub const PROCESSED: [&str; 4] = ["jpg", "jpeg", "png", "webp"];

/// True if and only if `name` ends in a processed picture extension.
pub fn is_processed(name: &str) -> bool {
    name.rsplit_once('.')
        .is_some_and(|(_, ext)| PROCESSED.contains(&ext.to_ascii_lowercase().as_str()))
}

/// The format of a published variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// WebP (lossy, or lossy with alpha).
    Webp,
    /// Baseline JPEG.
    Jpeg,
    /// PNG, for pictures with transparency or drawn as PNG (maps, diagrams).
    Png,
}

impl Format {
    /// The file extension.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Webp => "webp",
            Format::Jpeg => "jpg",
            Format::Png => "png",
        }
    }

    /// The MIME type, for `<source type>`.
    pub fn mime(self) -> &'static str {
        match self {
            Format::Webp => "image/webp",
            Format::Jpeg => "image/jpeg",
            Format::Png => "image/png",
        }
    }

    fn parse(text: &str) -> Option<Format> {
        match text {
            "webp" => Some(Format::Webp),
            "jpg" => Some(Format::Jpeg),
            "png" => Some(Format::Png),
            _ => None,
        }
    }
}

/// One published file of a picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Variant {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    /// Its format.
    pub format: Format,
    /// Its path relative to the village folder: `berkas/air-terjun-480.1a2b3c4d.webp`.
    pub name: String,
    /// The encoded file in the cache; `None` when pictures were only inspected
    /// (`check`), not encoded.
    pub file: Option<PathBuf>,
}

/// A picture as published: its upright size and its variants, smallest first, the
/// WebP ones and the fallback ones side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picture {
    /// Upright width of the original, in pixels.
    pub width: u32,
    /// Upright height of the original, in pixels.
    pub height: u32,
    /// The variants, by format then width.
    pub variants: Vec<Variant>,
}

impl Picture {
    /// The variants of one format, narrowest first.
    pub fn of(&self, format: Format) -> impl Iterator<Item = &Variant> {
        self.variants.iter().filter(move |v| v.format == format)
    }

    /// The fallback format (JPEG or PNG).
    pub fn fallback(&self) -> Format {
        self.variants
            .iter()
            .map(|v| v.format)
            .find(|f| *f != Format::Webp)
            .unwrap_or(Format::Jpeg)
    }

    /// The widest fallback variant: what a plain link to the picture leads to.
    pub fn largest(&self) -> Option<&Variant> {
        self.of(self.fallback()).last()
    }
}

/// Why a picture cannot be used. The message names no file; the caller adds it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PictureError {
    /// What is wrong, from the catalogue (`i18n/*/foto.ftl`).
    pub message: Message,
    /// How to fix it, when the message's own `.hint` is not the one to show.
    pub hint: Option<Message>,
}

impl From<Message> for PictureError {
    fn from(message: Message) -> Self {
        PictureError {
            message,
            hint: None,
        }
    }
}

/// The bytes of the picture at `source`: a regular file of at most
/// [`crate::input::BERKAS_FILE_LIMIT`], read without blocking.
fn read_picture(source: &Path) -> Result<Vec<u8>, PictureError> {
    crate::input::read_regular(source, crate::input::BERKAS_FILE_LIMIT).map_err(|e| {
        let sebab = match e {
            crate::input::ReadError::Io(e) => io_cause(&e),
            other => other.message(),
        };
        PictureError::from(msg!("K0750", sebab = sebab))
    })
}

/// The variants a picture would have, from its header alone: what `check` uses,
/// and it reports a file that is not a readable picture. No file is written.
pub fn inspect(source: &Path, name: &str) -> Result<Picture, PictureError> {
    let bytes = read_picture(source)?;
    let (mut decoder, format) = decoder(&bytes)?;
    let (w, h) = upright_size(&mut decoder);
    let has_alpha = decoder.color_type().has_alpha();
    let key = cache_key(&bytes);
    Ok(plan(
        w,
        h,
        fallback_for(format, has_alpha),
        name,
        &key,
        None,
    ))
}

/// The variant widths for a picture `width` pixels wide: the standard widths below
/// it, then its own width when it is smaller than the largest.
pub fn widths_for(width: u32) -> Vec<u32> {
    let largest = WIDTHS[WIDTHS.len() - 1];
    let top = width.min(largest);
    let mut out: Vec<u32> = WIDTHS.iter().copied().filter(|w| *w < top).collect();
    out.push(top);
    out
}

/// The variants of a `w`×`h` picture named `name` with cache key `key`.
fn plan(w: u32, h: u32, fallback: Format, name: &str, key: &str, entry: Option<&Path>) -> Picture {
    let stem = name.rsplit_once('.').map_or(name, |(s, _)| s);
    let (dir, base) = stem.rsplit_once('/').unwrap_or(("", stem));
    let base = crate::content::suggest_slug(base);
    let short = &key[..8];
    let mut variants = Vec::new();
    for format in [Format::Webp, fallback] {
        for width in widths_for(w) {
            let height = scaled_height(w, h, width);
            let file_name = format!("{width}.{}", format.extension());
            variants.push(Variant {
                width,
                height,
                format,
                name: format!("{dir}/{base}-{width}.{short}.{}", format.extension()),
                file: entry.map(|e| e.join(&file_name)),
            });
        }
    }
    Picture {
        width: w,
        height: h,
        variants,
    }
}

fn scaled_height(w: u32, h: u32, width: u32) -> u32 {
    let scaled = (u64::from(h) * u64::from(width) + u64::from(w) / 2) / u64::from(w.max(1));
    u32::try_from(scaled).unwrap_or(u32::MAX).max(1)
}

mod cache;
mod decode;
mod encode;
mod jpeg;
pub mod svg;

#[cfg(test)]
mod tests;
