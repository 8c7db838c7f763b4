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
//! `fast_image_resize` (SIMD Lanczos), libwebp (through `webp`) and `jpeg-encoder`.

use crate::diagnostic::io_cause;
use crate::message::Message;
use crate::msg;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};
use std::collections::HashMap;
use std::fs;
use std::io::Cursor;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

/// Widths of the published variants, in pixels. A picture narrower than one of
/// them gets its own width instead of the larger ones.
pub const WIDTHS: [u32; 3] = [480, 960, 1600];
/// libwebp quality (0–100).
const WEBP_QUALITY: f32 = 72.0;
/// JPEG quality of the fallback (1–100).
const JPEG_QUALITY: u8 = 78;
/// Bump when the output of the same settings changes (a new encoder, a fix).
const PIPELINE_VERSION: u32 = 1;
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
    /// Baseline-compatible progressive JPEG.
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

/// Where processed pictures are kept between builds, and what this process has
/// done with them.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    /// Source file -> (size, modified, key): spares re-reading unchanged photos on
    /// every rebuild of a watch session.
    known: Mutex<HashMap<PathBuf, Stamped>>,
    encoded: AtomicUsize,
    reused: AtomicUsize,
}

/// A source file's size and modification time, and the cache key of its bytes.
type Stamped = (u64, Option<SystemTime>, String);

/// How many pictures a run encoded and how many came from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Pictures decoded, resized and encoded.
    pub encoded: usize,
    /// Pictures whose variants were already in the cache.
    pub reused: usize,
}

impl Cache {
    /// A cache in `dir` (created when first needed).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        Cache {
            dir: dir.into(),
            known: Mutex::new(HashMap::new()),
            encoded: AtomicUsize::new(0),
            reused: AtomicUsize::new(0),
        }
    }

    /// Removes the half-written entries (`.<key>.<pid>.<n>`) that a build left
    /// behind when it was killed while encoding: those of processes that no longer
    /// run (on other systems than Unix: those older than an hour). Returns how
    /// many were removed. A missing cache folder is no error.
    pub fn sweep(&self) -> usize {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let Some(pid) = name.to_str().and_then(temp_owner) else {
                continue;
            };
            if pid != std::process::id()
                && !is_running(pid, &entry)
                && fs::remove_dir_all(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
        removed
    }

    /// The cache folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Counts so far, and resets them.
    pub fn take_stats(&self) -> CacheStats {
        CacheStats {
            encoded: self.encoded.swap(0, Ordering::Relaxed),
            reused: self.reused.swap(0, Ordering::Relaxed),
        }
    }

    /// The published form of the picture at `source`, whose path inside the village
    /// is `name` (`berkas/foto.jpg`): from the cache, or decoded and encoded now.
    pub fn process(&self, source: &Path, name: &str) -> Result<Picture, PictureError> {
        let meta = fs::metadata(source)
            .map_err(|e| PictureError::from(msg!("K0750", sebab = io_cause(&e))))?;
        let stamp = (meta.len(), meta.modified().ok());
        let remembered = self
            .known
            .lock()
            .ok()
            .and_then(|known| known.get(source).cloned())
            .filter(|(size, modified, _)| (*size, *modified) == stamp)
            .map(|(_, _, key)| key);
        let mut bytes = None;
        let key = match remembered {
            Some(key) => key,
            None => {
                let read = read_picture(source)?;
                let key = cache_key(&read);
                bytes = Some(read);
                key
            }
        };
        let entry = self.dir.join(&key);
        if let Some(picture) = read_manifest(&entry, name, &key) {
            self.remember(source, stamp, key);
            self.reused.fetch_add(1, Ordering::Relaxed);
            return Ok(picture);
        }
        let bytes = match bytes {
            Some(bytes) => bytes,
            None => read_picture(source)?,
        };
        let picture = encode_into(&bytes, &self.dir, &key, name)?;
        self.remember(source, stamp, key);
        self.encoded.fetch_add(1, Ordering::Relaxed);
        Ok(picture)
    }

    fn remember(&self, source: &Path, stamp: (u64, Option<SystemTime>), key: String) {
        if let Ok(mut known) = self.known.lock() {
            known.insert(source.to_path_buf(), (stamp.0, stamp.1, key));
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

/// The cache key: the source's bytes and every setting that shapes the output.
fn cache_key(bytes: &[u8]) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(bytes);
    let settings =
        format!("v{PIPELINE_VERSION} widths {WIDTHS:?} webp {WEBP_QUALITY} jpeg {JPEG_QUALITY}");
    hasher.update(settings.as_bytes());
    format!("{:032x}", hasher.digest128())
}

/// A decoder for a JPEG, PNG or WebP file, recognised by its bytes, not its name.
fn decoder(bytes: &[u8]) -> Result<(Box<dyn ImageDecoder + '_>, ImageFormat), PictureError> {
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
fn jpeg_is_complete(bytes: &[u8]) -> bool {
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

fn corrupt(err: image::ImageError) -> PictureError {
    msg!("K0755", sebab = err.to_string()).into()
}

/// Width and height as the picture is meant to be seen, after EXIF orientation.
fn upright_size(decoder: &mut Box<dyn ImageDecoder + '_>) -> (u32, u32) {
    use image::metadata::Orientation::{Rotate90, Rotate90FlipH, Rotate270, Rotate270FlipH};
    let (w, h) = decoder.dimensions();
    match decoder.orientation() {
        Ok(Rotate90 | Rotate270 | Rotate90FlipH | Rotate270FlipH) => (h, w),
        _ => (w, h),
    }
}

fn fallback_for(format: ImageFormat, has_alpha: bool) -> Format {
    if format == ImageFormat::Png || has_alpha {
        Format::Png
    } else {
        Format::Jpeg
    }
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

/// The manifest of a finished cache entry: `<width> <height> <fallback>`.
fn read_manifest(entry: &Path, name: &str, key: &str) -> Option<Picture> {
    let text = fs::read_to_string(entry.join("manifest")).ok()?;
    let mut parts = text.split_whitespace();
    let w: u32 = parts.next()?.parse().ok()?;
    let h: u32 = parts.next()?.parse().ok()?;
    let fallback = Format::parse(parts.next()?)?;
    let picture = plan(w, h, fallback, name, key, Some(entry));
    picture
        .variants
        .iter()
        .all(|v| v.file.as_ref().is_some_and(|f| f.is_file()))
        .then_some(picture)
}

/// Decodes `bytes`, turns the picture upright, and writes every variant into the
/// cache entry `key`, which appears whole or not at all.
fn encode_into(bytes: &[u8], cache: &Path, key: &str, name: &str) -> Result<Picture, PictureError> {
    let (mut decoder, format) = decoder(bytes)?;
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut img = DynamicImage::from_decoder(decoder).map_err(corrupt)?;
    img.apply_orientation(orientation);
    let has_alpha = img.color().has_alpha() && !is_opaque(&img);
    let fallback = fallback_for(format, has_alpha);
    let img = if has_alpha {
        DynamicImage::ImageRgba8(img.into_rgba8())
    } else {
        DynamicImage::ImageRgb8(img.into_rgb8())
    };
    let (w, h) = (img.width(), img.height());
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

/// The process that is writing the temporary cache entry `name`
/// (`.<key>.<pid>.<n>`), if `name` is one.
fn temp_owner(name: &str) -> Option<u32> {
    let mut parts = name.strip_prefix('.')?.rsplitn(3, '.');
    let sequence = parts.next()?;
    let pid = parts.next()?;
    let key = parts.next()?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    (digits(sequence) && !key.is_empty()).then_some(())?;
    pid.parse().ok()
}

/// True if the process `pid` may still be writing `entry`.
#[cfg(unix)]
fn is_running(pid: u32, _entry: &fs::DirEntry) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_running(_pid: u32, entry: &fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_secs(3600))
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
    encoder
        .encode_simple(false, WEBP_QUALITY)
        .map(|m| m.to_vec())
        .map_err(|e| PictureError::from(msg!("K0757", sebab = format!("WebP: {e:?}"))))
}

fn encode_fallback(img: &DynamicImage, format: Format) -> Result<Vec<u8>, PictureError> {
    let failed = |e: String| PictureError::from(msg!("K0757", sebab = e));
    let mut out = Vec::new();
    match (format, img) {
        (Format::Jpeg, DynamicImage::ImageRgb8(i)) => {
            let (Ok(w), Ok(h)) = (u16::try_from(i.width()), u16::try_from(i.height())) else {
                return Err(msg!("K0754", lebar = i.width(), tinggi = i.height()).into());
            };
            let mut encoder = jpeg_encoder::Encoder::new(&mut out, JPEG_QUALITY);
            encoder.set_progressive(true);
            encoder.set_optimized_huffman_tables(true);
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

#[cfg(test)]
mod tests {
    use super::*;

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
        let expected = xxhash_rust::xxh3::xxh3_128(b"av1 widths [480, 960, 1600] webp 72 jpeg 78");
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
}
