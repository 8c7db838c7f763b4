//! Recognising and opening a picture: its decoder (by its bytes, not its name),
//! whether a JPEG is whole, its upright size, and the fallback format to publish.

use super::{Format, MAX_PIXELS, PictureError};
use crate::msg;
use image::{ImageDecoder, ImageFormat, ImageReader};
use std::io::Cursor;

/// A decoder for a JPEG, PNG or WebP file, recognised by its bytes, not its name.
pub(super) fn decoder(
    bytes: &[u8],
) -> Result<(Box<dyn ImageDecoder + '_>, ImageFormat), PictureError> {
    let format = image::guess_format(bytes).ok();
    let format = match format {
        Some(f @ (ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP)) => f,
        other => {
            let heic = bytes.get(4..12).is_some_and(|b| {
                b.starts_with(b"ftyp")
                    && (b.ends_with(b"heic") || b.ends_with(b"mif1") || b.ends_with(b"heix"))
            });
            let message = if heic {
                msg!("K0751")
            } else if let Some(f) = other {
                msg!("K0752", format = format!("{f:?}"))
            } else {
                msg!("K0753")
            };
            return Err(message.into());
        }
    };
    // The JPEG decoder fills a picture cut short with grey and says nothing.
    if format == ImageFormat::Jpeg && !jpeg_is_complete(bytes) {
        return Err(msg!("K0756").into());
    }
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4 + (64 << 20));
    reader.limits(limits);
    let decoder = reader.into_decoder().map_err(corrupt)?;
    let (w, h) = decoder.dimensions();
    if w == 0 || h == 0 || u64::from(w) * u64::from(h) > MAX_PIXELS {
        return Err(msg!("K0754", lebar = w, tinggi = h).into());
    }
    Ok((Box::new(decoder), format))
}

/// True if and only if the JPEG in `bytes` reaches its end-of-image marker
/// (`FF D9`) when its segments are walked from the start: the length of each
/// header segment (EXIF, with its own thumbnail and end marker, included) is
/// skipped, and inside compressed data only `FF 00` and the restart markers
/// `FF D0`-`FF D7` may follow an `FF`. Data a phone appends after the end (a
/// motion photo's video) does not matter.
pub(super) fn jpeg_is_complete(bytes: &[u8]) -> bool {
    if !bytes.starts_with(&[0xFF, 0xD8]) {
        return false;
    }
    let mut i = 2;
    while i + 1 < bytes.len() {
        if bytes[i] != 0xFF {
            // Compressed data (or stray bytes between segments, which decoders skip).
            i += 1;
            continue;
        }
        let marker = bytes[i + 1];
        match marker {
            0xD9 => return true,
            // Fill bytes before a marker.
            0xFF => i += 1,
            // Stuffed zero or restart marker: compressed data goes on.
            // A stuffed zero in compressed data, or a marker without a length.
            0x00 | 0x01 | 0xD0..=0xD7 => i += 2,
            _ => {
                let Some(len) = bytes.get(i + 2..i + 4) else {
                    return false;
                };
                let len = usize::from(u16::from_be_bytes([len[0], len[1]]));
                if len < 2 {
                    return false;
                }
                // A scan's compressed data follows its header and is walked
                // byte by byte above.
                i += 2 + len;
            }
        }
    }
    false
}

pub(super) fn corrupt(err: image::ImageError) -> PictureError {
    msg!("K0755", sebab = err.to_string()).into()
}

/// Width and height as the picture is meant to be seen, after EXIF orientation.
pub(super) fn upright_size(decoder: &mut Box<dyn ImageDecoder + '_>) -> (u32, u32) {
    use image::metadata::Orientation::{Rotate90, Rotate90FlipH, Rotate270, Rotate270FlipH};
    let (w, h) = decoder.dimensions();
    match decoder.orientation() {
        Ok(Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH) => (h, w),
        _ => (w, h),
    }
}

pub(super) fn fallback_for(format: ImageFormat, has_alpha: bool) -> Format {
    if format == ImageFormat::Png || has_alpha {
        Format::Png
    } else {
        Format::Jpeg
    }
}
