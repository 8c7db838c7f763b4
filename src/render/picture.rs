//! How a picture from `berkas/` appears on a page: a `<picture>` with WebP and
//! fallback `srcset`s, its size, and text for people who cannot see it.
//!
//! One function writes the markup, [`html`]: Markdown images use it directly and
//! templates through the `picture` filter (`{{ photo | picture(root=root,
//! slot="card", lazy=true) }}`), so every picture on the site is drawn the same way.

use super::escape as attr;
use super::views::LangText;
use crate::content::FileInfo;
use crate::media::Format;
use serde::{Deserialize, Serialize};
use std::fmt::Write;

/// How wide a picture is shown, for `sizes`: the browser picks the variant.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Slot {
    /// The full width of the text column (covers, news pictures, Markdown images).
    Column,
    /// Half the column (the gallery's two columns).
    Half,
    /// A card in a grid of cards.
    Card,
}

impl Slot {
    fn parse(name: &str) -> Option<Slot> {
        match name {
            "column" => Some(Slot::Column),
            "half" => Some(Slot::Half),
            "card" => Some(Slot::Card),
            _ => None,
        }
    }

    /// The `sizes` attribute: the column is at most 44rem wide, and cards go two
    /// abreast from 40rem.
    pub fn sizes(self) -> &'static str {
        match self {
            Slot::Column => "(min-width: 46rem) 44rem, calc(100vw - 2rem)",
            Slot::Half => "(min-width: 46rem) 22rem, calc(50vw - 1.5rem)",
            Slot::Card => "(min-width: 46rem) 22rem, (min-width: 40rem) 50vw, calc(100vw - 2rem)",
        }
    }
}

/// One candidate of a `srcset`.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct SourceView {
    /// Site path of the file.
    pub path: String,
    /// Its width in pixels.
    pub width: u32,
}

/// A picture ready for a template.
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct PhotoView {
    /// Site path of the default file (the widest fallback, or the file itself when
    /// it is not processed).
    pub src: String,
    /// Alternative text.
    pub alt: LangText,
    /// Width of the default file, when known.
    pub width: Option<u32>,
    /// Its height.
    pub height: Option<u32>,
    /// WebP candidates, narrowest first (empty for unprocessed files).
    pub webp: Vec<SourceView>,
    /// Fallback candidates (JPEG or PNG).
    pub fallback: Vec<SourceView>,
    /// The fallback's MIME type.
    pub fallback_type: String,
}

impl PhotoView {
    /// The view of `file` (`berkas/foto.jpg`) of the village `village` (its slug).
    pub fn new(village: &str, file: &str, info: Option<&FileInfo>, alt: LangText) -> Self {
        let Some(picture) = info.and_then(|i| i.picture.as_deref()) else {
            return PhotoView {
                src: format!("{village}/{file}"),
                alt,
                width: None,
                height: None,
                webp: Vec::new(),
                fallback: Vec::new(),
                fallback_type: String::new(),
            };
        };
        let sources = |format: Format| -> Vec<SourceView> {
            picture
                .of(format)
                .map(|v| SourceView {
                    path: format!("{village}/{}", v.name),
                    width: v.width,
                })
                .collect()
        };
        let largest = picture.largest();
        PhotoView {
            src: published_path(village, file, info),
            alt,
            width: largest.map(|v| v.width),
            height: largest.map(|v| v.height),
            webp: sources(Format::Webp),
            fallback: sources(picture.fallback()),
            fallback_type: picture.fallback().mime().to_string(),
        }
    }
}

/// Site path of what a link to `file` leads to: the file itself, or for a
/// processed picture its widest fallback variant (the original is not published
/// unless the site asks for it).
pub fn published_path(village: &str, file: &str, info: Option<&FileInfo>) -> String {
    match info
        .and_then(|i| i.picture.as_deref())
        .and_then(|p| p.largest())
    {
        Some(variant) => format!("{village}/{}", variant.name),
        None => format!("{village}/{file}"),
    }
}

/// The widest variant a browser that ignores `srcset` should load, in CSS pixels
/// at 2 device pixels each: a phone's column, not the 1600 px original.
const MIDDLE_WIDTH: u32 = 960;

/// The `src` of a processed picture: the widest fallback variant no wider than
/// [`MIDDLE_WIDTH`], else the narrowest one; `None` when there is no variant.
fn middle_source(sources: &[SourceView]) -> Option<&SourceView> {
    sources
        .iter()
        .filter(|s| s.width <= MIDDLE_WIDTH)
        .max_by_key(|s| s.width)
        .or_else(|| sources.iter().min_by_key(|s| s.width))
}

fn srcset(root: &str, sources: &[SourceView]) -> String {
    let mut out = String::new();
    for (i, s) in sources.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        let _ = write!(out, "{root}{} {}w", s.path, s.width);
    }
    out
}

/// The markup of a picture, as the theme's `picture` component writes it.
pub fn html(view: &PhotoView, root: &str, slot: Slot, lazy: bool) -> String {
    let mut out = String::new();
    let loading = if lazy { r#" loading="lazy""# } else { "" };
    let size = match (view.width, view.height) {
        (Some(w), Some(h)) => format!(r#" width="{w}" height="{h}""#),
        _ => String::new(),
    };
    let lang = if view.alt.lang.is_empty() {
        String::new()
    } else {
        format!(r#" lang="{}""#, attr(&view.alt.lang))
    };
    if view.webp.is_empty() {
        let _ = write!(
            out,
            r#"<img src="{root}{}" alt="{}"{lang}{size}{loading} decoding="async">"#,
            view.src,
            attr(&view.alt.text)
        );
        return out;
    }
    let sizes = slot.sizes();
    let _ = write!(
        out,
        r#"<picture><source type="image/webp" srcset="{}" sizes="{sizes}"><img src="{root}{}" srcset="{}" sizes="{sizes}" alt="{}"{lang}{size}{loading} decoding="async"></picture>"#,
        srcset(root, &view.webp),
        middle_source(&view.fallback).map_or(view.src.as_str(), |s| s.path.as_str()),
        srcset(root, &view.fallback),
        attr(&view.alt.text)
    );
    out
}

/// The template filter `picture`: `{{ photo | picture(root=root, slot="card",
/// lazy=true) }}` draws a [`PhotoView`] with [`html`]. `slot` is `column` (the
/// default), `half` or `card`; `lazy` defaults to true.
pub fn filter(
    value: tera::Value,
    kwargs: tera::Kwargs,
    _: &tera::State,
) -> tera::TeraResult<tera::Value> {
    let json = serde_json::to_value(&value).map_err(tera::Error::message)?;
    let view: PhotoView = serde_json::from_value(json)
        .map_err(|e| tera::Error::message(format!("`picture` needs a photo: {e}")))?;
    let root: &str = kwargs.get("root")?.unwrap_or("");
    let slot_name: &str = kwargs.get("slot")?.unwrap_or("column");
    let slot = Slot::parse(slot_name).ok_or_else(|| {
        tera::Error::message(format!(
            "`picture`: slot must be column, half or card, not `{slot_name}`"
        ))
    })?;
    let lazy: bool = kwargs.get("lazy")?.unwrap_or(true);
    Ok(tera::Value::safe_string(&html(&view, root, slot, lazy)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn source(width: u32) -> SourceView {
        SourceView {
            path: format!("desa/berkas/foto-{width}.jpg"),
            width,
        }
    }

    /// Issue 21: browsers without `srcset` (and page-weight tools) took the
    /// 1600 px JPEG; `src` is the middle-size variant.
    #[test]
    fn img_src_is_the_middle_size_variant() {
        let view = PhotoView {
            src: "desa/berkas/foto-1600.jpg".into(),
            alt: LangText {
                text: "Foto".into(),
                lang: String::new(),
            },
            width: Some(1600),
            height: Some(1200),
            webp: vec![source(480), source(960), source(1600)],
            fallback: vec![source(480), source(960), source(1600)],
            fallback_type: "image/jpeg".into(),
        };
        let markup = html(&view, "../", Slot::Column, true);
        assert!(
            markup.contains(r#"<img src="../desa/berkas/foto-960.jpg""#),
            "{markup}"
        );
        assert!(
            markup.contains("foto-1600.jpg 1600w"),
            "still offered: {markup}"
        );
        assert_eq!(
            middle_source(&[source(1200), source(1600)]).map(|s| s.width),
            Some(1200),
            "only wide variants: the narrowest"
        );
        assert_eq!(middle_source(&[]), None);
    }
}
