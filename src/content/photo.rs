//! The photos of an entry (`foto:` of `wisata/` and `produk/`): each a plain
//! path under `berkas/` or a path with a description, checked against the
//! village's files. The pictures themselves go through the picture pipeline
//! like every JPEG, PNG and WebP under `berkas/`.

use super::Localized;
use super::Text;
use super::document::{BerkasFiles, check_berkas_reference};
use crate::diagnostic::Report;
use crate::message::Message;
use crate::yaml::Source;
use schemars::JsonSchema;
use serde::Deserialize;
use std::fmt;

/// A photo of an entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Photo {
    /// Path under `berkas/`.
    pub file: String,
    /// Description, used as alternative text.
    pub alt: Option<Text>,
}

/// A photo as written: a plain path, or a path with a description.
#[derive(Debug)]
pub(super) enum RawPhoto {
    Path(String),
    Described(RawDescribedPhoto),
}

/// Read by hand rather than `untagged`, so that a mistake inside `berkas:`/`keterangan:`
/// keeps its own message (an unknown field lists the known ones) instead of "did not match
/// any variant".
impl<'de> Deserialize<'de> for RawPhoto {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct PhotoVisitor;
        impl<'de> serde::de::Visitor<'de> for PhotoVisitor {
            type Value = RawPhoto;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a path like `berkas/foto.jpg`, or `berkas:` with `keterangan:`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<RawPhoto, E> {
                Ok(RawPhoto::Path(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<RawPhoto, A::Error> {
                let map = serde::de::value::MapAccessDeserializer::new(map);
                RawDescribedPhoto::deserialize(map).map(RawPhoto::Described)
            }
        }
        deserializer.deserialize_any(PhotoVisitor)
    }
}

#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawDescribedPhoto {
    #[schemars(pattern(super::schema_impls::BERKAS_PATTERN))]
    berkas: String,
    keterangan: Option<String>,
}

/// A photo's translation: its description only.
#[derive(Debug, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub(super) struct RawPhotoTranslation {
    pub(super) keterangan: Option<String>,
}

/// Reads the photos of `foto:`: each file must be among `files` (an error at
/// its item); one without a description gets the warning `no_alt` gives for
/// its file.
pub(super) fn read_photos(
    raw: Vec<RawPhoto>,
    source: &Source<'_>,
    files: &BerkasFiles<'_>,
    no_alt: impl Fn(&str) -> Message,
    report: &mut Report,
) -> Vec<Photo> {
    let mut photos = Vec::new();
    for (i, photo) in raw.into_iter().enumerate() {
        let (photo, field) = match photo {
            RawPhoto::Path(file) => (Photo { file, alt: None }, format!("foto[{i}]")),
            RawPhoto::Described(d) => (
                Photo {
                    file: d.berkas,
                    alt: d.keterangan.map(Localized::new),
                },
                format!("foto[{i}].berkas"),
            ),
        };
        if let Some(d) = check_berkas_reference(&photo.file, files) {
            report.push(source.error_at(&field, d.message).maybe_hint(d.hint));
        } else if photo.alt.is_none() {
            report.push(source.warning_at(&field, no_alt(&photo.file)));
        }
        photos.push(photo);
    }
    photos
}
