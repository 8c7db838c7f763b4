//! The JSON Schemas of the field types that check themselves while being read
//! (`fields.rs`, `photo.rs`), and of the few one-or-many values read by hand: what
//! each accepts, as far as a schema can say it (`kampung schema`, `src/schema/`).
//!
//! A type's schema is inlined where it is used; `src/schema/` adds the Indonesian
//! titles and descriptions. Patterns are ECMA-262, as JSON Schema wants them.

use super::fields::{AreaCode, Date, Degrees, Rupiah, Sen, SignedSen};
use super::photo::RawPhoto;
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use std::borrow::Cow;

/// `YYYY-MM-DD`; `format: date` also checks that the day exists, as `Date::parse` does.
pub(crate) const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
/// A Kemendagri area code, `NN.NN.NN.NNNN` (`AreaCode::is_valid`).
pub(crate) const AREA_CODE_PATTERN: &str = r"^[0-9]{2}\.[0-9]{2}\.[0-9]{2}\.[0-9]{4}$";
/// A URL slug (`is_slug`): lowercase a-z, 0-9 and `-`, not at either end.
pub(crate) const SLUG_PATTERN: &str = "^[a-z0-9]([a-z0-9-]*[a-z0-9])?$";

/// A phone number `phone_to_tel` can dial: `+` and 9 to 15 digits, or `0` or
/// `62` first and as many digits as make 9 to 15 after `62`; other characters
/// between the digits (spaces, `-`, brackets) are left out, as kampung does.
pub(crate) const PHONE_PATTERN: &str =
    r"^(\s*\+(\D*\d){9,15}|(?!\s*\+)\D*0(\D*\d){7,13}|(?!\s*\+)\D*6\D*2(\D*\d){7,13})\D*$";
/// A WhatsApp number `phone_to_whatsapp` accepts: a mobile number, `628...`
/// once written internationally (`0812...`, `62812...`, `+62 812...`).
pub(crate) const WHATSAPP_PATTERN: &str = r"^(\s*\+\D*6\D*2\D*8(\D*\d){6,12}|(?!\s*\+)\D*0\D*8(\D*\d){6,12}|(?!\s*\+)\D*6\D*2\D*8(\D*\d){6,12})\D*$";
/// A product's WhatsApp number (`produk::whatsapp_number`): `628` and 8 to 12
/// more digits once written internationally.
pub(crate) const PRODUCT_WHATSAPP_PATTERN: &str = r"^(\s*\+\D*6\D*2\D*8(\D*\d){8,12}|(?!\s*\+)\D*0\D*8(\D*\d){8,12}|(?!\s*\+)\D*6\D*2\D*8(\D*\d){8,12})\D*$";
/// An http(s) address with a dot in its host (`url::is_web_address`).
pub(crate) const WEB_PATTERN: &str = r"^https?://[^/?#\s]*\.[^/?#\s]*([/?#]\S*)?$";
/// An absolute http(s) base URL (`config::check_base_url`).
pub(crate) const BASE_URL_PATTERN: &str = r"^https?://[^/\s]\S*$";
/// An email address as `desa.yaml` checks it: a name, `@`, a host with a dot.
pub(crate) const EMAIL_PATTERN: &str = r"^[^@\s]+@\S*\.\S*$";
/// A file of the village's `berkas/` folder, named from the village folder.
pub(crate) const BERKAS_PATTERN: &str = "^berkas/.+";
/// A language code: 2 or 3 lowercase letters (`config::is_language_code`).
pub(crate) const LANGUAGE_PATTERN: &str = "^[a-z]{2,3}$";

/// Implements `JsonSchema` for a type whose schema is always inlined.
macro_rules! inline_schema {
    ($ty:ty, $name:literal, $schema:expr) => {
        impl JsonSchema for $ty {
            fn inline_schema() -> bool {
                true
            }
            fn schema_name() -> Cow<'static, str> {
                Cow::Borrowed($name)
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                $schema
            }
        }
    };
}

inline_schema!(
    Date,
    "Tanggal",
    json_schema!({"type": "string", "pattern": DATE_PATTERN, "format": "date"})
);
inline_schema!(
    AreaCode,
    "KodeWilayah",
    json_schema!({"type": "string", "pattern": AREA_CODE_PATTERN})
);
inline_schema!(
    Rupiah,
    "Rupiah",
    json_schema!({"type": "integer", "minimum": 0})
);
inline_schema!(Sen, "Uang", json_schema!({"type": "number", "minimum": 0}));
inline_schema!(SignedSen, "UangBertanda", json_schema!({"type": "number"}));

impl<const LO: i32, const HI: i32> JsonSchema for Degrees<LO, HI> {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        Cow::Owned(format!("Derajat{LO}_{HI}"))
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "number", "minimum": LO, "maximum": HI})
    }
}

impl JsonSchema for RawPhoto {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("Foto")
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let described = generator.subschema_for::<super::photo::RawDescribedPhoto>();
        json_schema!({"anyOf": [{"type": "string"}, described]})
    }
}

/// `sumber_dana` of a project: one code, or a list of codes.
pub(crate) struct FundSourcesSchema;

impl JsonSchema for FundSourcesSchema {
    fn inline_schema() -> bool {
        true
    }
    fn schema_name() -> Cow<'static, str> {
        Cow::Borrowed("SumberDana")
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let code = generator.subschema_for::<super::budget::FundSource>();
        json_schema!({"anyOf": [code, {"type": "array", "items": code, "minItems": 1}]})
    }
}

/// One slug, or a list of slugs (`mengubah` of a regulation).
pub(crate) struct SlugsSchema;
inline_schema!(
    SlugsSchema,
    "Slug",
    json_schema!({"anyOf": [
        {"type": "string"},
        {"type": "array", "items": {"type": "string"}}
    ]})
);

/// A whole number or text kept as written (`nomor: 3`, `nomor: 3/2024`).
pub(crate) struct WrittenSchema;
inline_schema!(
    WrittenSchema,
    "Nomor",
    json_schema!({"type": ["string", "integer"]})
);

/// A product's `kategori`: one of the keys of `produk::CATEGORIES`.
pub(crate) struct ProductCategorySchema;
inline_schema!(ProductCategorySchema, "KategoriProduk", {
    let keys: Vec<&str> = super::produk::CATEGORIES.iter().map(|(k, _)| *k).collect();
    json_schema!({"type": "string", "enum": keys})
});

/// A bidang of the APBDes (1..=5, `budget::SECTORS`).
pub(crate) struct SectorSchema;
inline_schema!(SectorSchema, "Bidang", {
    let codes: Vec<u8> = super::budget::SECTORS.iter().map(|(c, _)| *c).collect();
    json_schema!({"type": "integer", "enum": codes})
});

/// The schemas of every file kind, by the module that reads it.
pub(crate) mod files {
    pub(crate) use crate::config::{site_schema, site_translation_schema};
    pub(crate) use crate::content::budget::year_schema as budget_schema;
    pub(crate) use crate::content::destination::{
        destination_schema, destination_translation_schema,
    };
    pub(crate) use crate::content::document::{
        home_schema, news_schema, page_schema, translation_schema,
    };
    pub(crate) use crate::content::dokumen::dokumen_schema;
    pub(crate) use crate::content::pembangunan::{project_schema, project_translation_schema};
    pub(crate) use crate::content::produk::{product_schema, product_translation_schema};
    pub(crate) use crate::content::service::{catalogue_schema, catalogue_translation_schema};
    pub(crate) use crate::content::statistik::year_schema as statistics_schema;
    pub(crate) use crate::content::village::{profile_schema, profile_translation_schema};
}
