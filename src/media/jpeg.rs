//! Decoding a JPEG straight at a reduced scale (1/2, 1/4 or 1/8) from its DCT
//! coefficients, as libjpeg-turbo does for thumbnails: a 12-megapixel photo
//! whose widest variant is 1,600 pixels is decoded at 2,000 pixels wide, a
//! quarter of the pixels, so both the decoding and the first resize cost less.
//! `jpeg-decoder` has this (`Decoder::scale`); zune-jpeg, used for everything
//! else, does not.

use super::MAX_PIXELS;
use image::{DynamicImage, GrayImage, RgbImage};

/// The JPEG in `bytes` (stored orientation) decoded at the smallest DCT scale that
/// is still at least `need` pixels along the axis that becomes the upright width
/// (the stored height when `swapped`). `None` when this decoder cannot give plain
/// RGB or grey pixels (CMYK, 16-bit, a damaged file): the caller then decodes the
/// picture the ordinary way, which also reports what is wrong.
pub(super) fn decode_scaled(bytes: &[u8], need: u32, swapped: bool) -> Option<DynamicImage> {
    let mut decoder = jpeg_decoder::Decoder::new(bytes);
    decoder.set_max_decoding_buffer_size(usize::try_from(MAX_PIXELS * 4).ok()?);
    let need = u16::try_from(need).unwrap_or(u16::MAX);
    let request = if swapped {
        (u16::MAX, need)
    } else {
        (need, u16::MAX)
    };
    let (w, h) = decoder.scale(request.0, request.1).ok()?;
    let pixels = decoder.decode().ok()?;
    let info = decoder.info()?;
    let (w, h) = (u32::from(w), u32::from(h));
    match info.pixel_format {
        jpeg_decoder::PixelFormat::RGB24 => RgbImage::from_raw(w, h, pixels).map(Into::into),
        jpeg_decoder::PixelFormat::L8 => GrayImage::from_raw(w, h, pixels).map(Into::into),
        _ => None,
    }
}
