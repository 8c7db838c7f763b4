//! The web forms' own files, the same for `kampung serve --admin` and for the
//! forms of the published site (`formulir` in site.yaml): Decap CMS, built into
//! the binary by `build.rs` from npm (never a CDN), kampung's Indonesian phrases
//! for it, and the page that loads them. What the forms edit comes from
//! `schema::cms`; where they write, from the server (`serve::admin`) or from
//! GitHub (the published site).

use std::io::Read;

/// The CMS files built into the binary: (name, gzip bytes); empty when
/// kampung was built without `npm ci --prefix admin`.
pub static FILES: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/admin_files.rs"));

/// kampung's Indonesian phrases for the CMS (`kampung-id.js`).
pub const PHRASES: &str = include_str!("id.js");

/// Registers the phrases and starts the CMS, loaded with `CMS_MANUAL_INIT`
/// (`kampung-admin.js`).
pub const START: &str = "CMS.registerLocale('id', window.KAMPUNG_ID_PHRASES);\nCMS.init();\n";

/// The file names of [`PHRASES`] and [`START`] beside the CMS's files.
pub const PHRASES_FILE: &str = "kampung-id.js";
/// See [`PHRASES_FILE`].
pub const START_FILE: &str = "kampung-admin.js";

/// True if this copy of kampung has the CMS built in.
pub fn has_forms() -> bool {
    !FILES.is_empty()
}

/// The CMS's files, uncompressed, for a folder of the published site.
pub fn files() -> impl Iterator<Item = (&'static str, Vec<u8>)> {
    FILES.iter().map(|(name, gz)| {
        let mut bytes = Vec::new();
        let _ = flate2::read::GzDecoder::new(*gz).read_to_end(&mut bytes);
        (*name, bytes)
    })
}

/// The forms' page: Decap, then kampung's phrases, then the start; `config`
/// is the address of its `config.yml` and `scripts` the folder of the scripts
/// (`/admin/` on the local server, relative on the published site, so that
/// it works under any address).
pub fn index_page(config: &str, scripts: &str) -> String {
    format!(
        r#"<!DOCTYPE html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Formulir situs desa (kampung)</title>
<link href="{config}" type="text/yaml" rel="cms-config-url">
<script>window.CMS_MANUAL_INIT = true;</script>
</head>
<body>
<script src="{scripts}decap-cms.js"></script>
<script src="{scripts}{PHRASES_FILE}"></script>
<script src="{scripts}{START_FILE}"></script>
</body>
</html>
"#
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_loads_decap_then_the_phrases_then_the_start() {
        let page = index_page("config.yml", "../admin/");
        let decap = page.find("../admin/decap-cms.js").unwrap();
        let phrases = page.find("../admin/kampung-id.js").unwrap();
        let start = page.find("../admin/kampung-admin.js").unwrap();
        assert!(decap < phrases && phrases < start, "{page}");
        assert!(page.contains(r#"<link href="config.yml" type="text/yaml" rel="cms-config-url">"#));
        assert!(START.contains("registerLocale('id'") && PHRASES.contains("KAMPUNG_ID_PHRASES"));
    }
}
