//! Embeds the CMS of `kampung serve --admin` (Decap CMS, from npm: `npm ci
//! --prefix admin`) when it is installed: the files the browser loads from
//! `admin/node_modules/decap-cms/dist/`, gzip-compressed, as a list the binary
//! serves under `/admin/`. Without them the list is empty and `/admin/` says in
//! Indonesian that this copy was built without the forms.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

const DIST: &str = "admin/node_modules/decap-cms/dist";

/// The files of dist/ the CMS loads, found in Chromium's network log: only the
/// bundle. Its lazy chunks (`<n>.decap-cms.js`, 95 files) are CodeMirror language
/// modes for Decap's `code` widget, which kampung's forms do not use; source maps,
/// the `cms.js` copy of the bundle and the two WebAssembly files are never requested.
fn wanted(name: &str) -> bool {
    name == "decap-cms.js"
}

fn main() {
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let dist = Path::new(DIST);
    let bundle = dist.join("decap-cms.js");
    let mut list = String::from("&[\n");
    if bundle.is_file() {
        println!("cargo:rerun-if-changed={}", bundle.display());
        println!("cargo:rerun-if-changed=admin/package-lock.json");
        let mut names: Vec<String> = fs::read_dir(dist)
            .into_iter()
            .flatten()
            .flatten()
            .filter_map(|e| e.file_name().into_string().ok())
            .filter(|n| wanted(n))
            .collect();
        names.sort();
        for name in names {
            let bytes = fs::read(dist.join(&name)).unwrap_or_default();
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
            let _ = gz.write_all(&bytes);
            let packed = gz.finish().unwrap_or_default();
            let file = out.join(format!("{name}.gz"));
            let _ = fs::write(&file, packed);
            list.push_str(&format!(
                "    ({name:?}, include_bytes!({:?})),\n",
                file.display().to_string()
            ));
        }
    } else if std::env::var_os("KAMPUNG_REQUIRE_FORMS").is_some() {
        // Release builds and CI: a kampung without its forms is a mistake.
        panic!(
            "KAMPUNG_REQUIRE_FORMS is set but {DIST}/decap-cms.js is missing: run `npm ci --prefix admin` first"
        );
    } else {
        // Not installed: watch admin/ (small then), so that installing it reruns this.
        println!("cargo:rerun-if-changed=admin");
    }
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-env-changed=KAMPUNG_REQUIRE_FORMS");
    list.push(']');
    let _ = fs::write(out.join("admin_files.rs"), list);
}
