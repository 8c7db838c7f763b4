//! Decoding, turning upright, resizing and encoding every variant of a picture
//! into a cache entry that appears whole or not at all.

use super::cache::read_manifest;
use super::decode::{corrupt, decoder, fallback_for, upright_size};
use super::jpeg::decode_scaled;
use super::{
    Format, JPEG_QUALITY, Picture, PictureError, WEBP_METHOD, WEBP_QUALITY, plan, scaled_height,
    widths_for,
};
use crate::diagnostic::io_cause;
use crate::msg;
use image::{DynamicImage, ImageDecoder, ImageFormat};
use std::fs;
use std::io::Cursor;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// Decodes `bytes`, turns the picture upright, and writes every variant into the
/// cache entry `key`, which appears whole or not at all.
pub(super) fn encode_into(
    bytes: &[u8],
    cache: &Path,
    key: &str,
    name: &str,
) -> Result<Picture, PictureError> {
    let (mut decoder, format) = decoder(bytes)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let (w, h) = upright_size(&mut decoder);
    let swapped = (w, h) != decoder.dimensions();
    let top = widths_for(w).last().copied().unwrap_or(w);
    let scaled = (format == ImageFormat::Jpeg)
        .then(|| decode_scaled(bytes, top, swapped))
        .flatten();
    let mut img = match scaled {
        Some(img) => img,
        None => DynamicImage::from_decoder(decoder).map_err(corrupt)?,
    };
    img.apply_orientation(orientation);
    let has_alpha = img.color().has_alpha() && !is_opaque(&img);
    let fallback = fallback_for(format, has_alpha);
    let img = if has_alpha {
        DynamicImage::ImageRgba8(img.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.into_rgb8())
    };
    let entry = cache.join(key);
    let picture = plan(w, h, fallback, name, key, Some(&entry));
    let io =
        |e: std::io::Error| PictureError::from(msg!("K0758", folder = cache, sebab = io_cause(&e)));
    static SEQUENCE: AtomicUsize = AtomicUsize::new(0);
    let temp = cache.join(format!(
        ".{key}.{}.{}",
        std::process::id(),
        SEQUENCE.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir_all(&temp).map_err(io)?;
    let result = (|| {
        let mut resizer = fast_image_resize::Resizer::new();
        let options = fast_image_resize::ResizeOptions::new().resize_alg(
            fast_image_resize::ResizeAlg::Convolution(fast_image_resize::FilterType::Lanczos3),
        );
        // Widest first, each variant resized from the one before: the full-size
        // picture is read once, and the smaller steps cost little.
        let mut previous: Option<DynamicImage> = None;
        for width in widths_for(w).into_iter().rev() {
            let height = scaled_height(w, h, width);
            let from = previous.as_ref().unwrap_or(&img);
            let resized = if width == from.width() {
                from.clone()
            } else {
                let mut dst = DynamicImage::new(width, height, img.color());
                resizer
                    .resize(from, &mut dst, &options)
                    .map_err(|e| PictureError::from(msg!("K0757", sebab = e.to_string())))?;
                dst
            };
            let webp = encode_webp(&resized)?;
            fs::write(temp.join(format!("{width}.webp")), webp).map_err(io)?;
            let other = encode_fallback(&resized, fallback)?;
            fs::write(
                temp.join(format!("{width}.{}", fallback.extension())),
                other,
            )
            .map_err(io)?;
            previous = Some(resized);
        }
        fs::write(
            temp.join("manifest"),
            format!("{w} {h} {}\n", fallback.extension()),
        )
        .map_err(io)
    })();
    if let Err(e) = result {
        let _ = fs::remove_dir_all(&temp);
        return Err(e);
    }
    if let Err(e) = fs::rename(&temp, &entry) {
        // Another build finished the same entry first; theirs is as good as ours.
        let _ = fs::remove_dir_all(&temp);
        if read_manifest(&entry, name, key).is_none() {
            return Err(io(e));
        }
    }
    Ok(picture)
}

/// True if every pixel is fully opaque, so the alpha channel can be dropped.
fn is_opaque(img: &DynamicImage) -> bool {
    match img {
        DynamicImage::ImageRgba8(i) => i.pixels().all(|p| p.0[3] == 255),
        DynamicImage::ImageLumaA8(i) => i.pixels().all(|p| p.0[1] == 255),
        _ => img.to_rgba8().pixels().all(|p| p.0[3] == 255),
    }
}

fn encode_webp(img: &DynamicImage) -> Result<Vec<u8>, PictureError> {
    let converted;
    let encoder = match img {
        DynamicImage::ImageRgba8(i) => webp::Encoder::from_rgba(i.as_raw(), i.width(), i.height()),
        DynamicImage::ImageRgb8(i) => webp::Encoder::from_rgb(i.as_raw(), i.width(), i.height()),
        other => {
            converted = other.to_rgba8();
            webp::Encoder::from_rgba(converted.as_raw(), converted.width(), converted.height())
        }
    };
    let failed = |e: String| PictureError::from(msg!("K0757", sebab = format!("WebP: {e}")));
    let mut config = webp::WebPConfig::new().map_err(|()| failed("config".into()))?;
    config.quality = WEBP_QUALITY;
    config.method = WEBP_METHOD;
    encoder
        .encode_advanced(&config)
        .map(|m| m.to_vec())
        .map_err(|e| failed(format!("{e:?}")))
}

pub(super) fn encode_fallback(img: &DynamicImage, format: Format) -> Result<Vec<u8>, PictureError> {
    let failed = |e: String| PictureError::from(msg!("K0757", sebab = e));
    let mut out = Vec::new();
    match (format, img) {
        (Format::Jpeg, DynamicImage::ImageRgb8(i)) => {
            let (Ok(w), Ok(h)) = (u16::try_from(i.width()), u16::try_from(i.height())) else {
                return Err(msg!("K0754", lebar = i.width(), tinggi = i.height()).into());
            };
            let encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
            // Baseline with the standard tables: jpeg-encoder 0.7.1's optimised
            // tables break a baseline picture, and its progressive mode is larger.
            encoder
                .encode(i.as_raw(), w, h, jpeg_encoder::ColorType::Rgb)
                .map_err(|e| failed(e.to_string()))?;
        }
        _ => {
            img.write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
                .map_err(|e| failed(e.to_string()))?;
        }
    }
    Ok(out)
}
