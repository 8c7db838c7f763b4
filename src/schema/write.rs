//! Writing the schemas (`kampung schema`, `kampung init`) and the line that
//! tells VS Code's YAML extension which schema a file follows.

use super::{FileKind, kinds, schema};
use crate::diagnostic::Failure;
use crate::msg;
use std::fs;
use std::path::{Path, PathBuf};

/// The schemas' folder, beside `content/` in the site's folder. The loader reads
/// only `content/` (and the theme), and the build writes only what it renders,
/// so nothing in `skema/` is read as content or published.
pub const SCHEMA_DIR: &str = "skema";

/// The file name of `kind`'s schema: `layanan.schema.json`.
pub fn schema_file_name(kind: &FileKind) -> String {
    format!("{}.schema.json", kind.id)
}

/// The path from a file of `kind` to its schema in `skema/`, as the modeline
/// writes it: `../../skema/desa.schema.json` for `content/<desa>/desa.yaml`.
pub fn schema_path_for(kind: &FileKind) -> String {
    // One `..` for content/ and one per folder of the kind's path.
    let depth = 1 + kind.path.matches('/').count();
    format!(
        "{}{SCHEMA_DIR}/{}",
        "../".repeat(depth),
        schema_file_name(kind)
    )
}

/// The first line of a YAML file of `kind` (or of its front matter):
/// `# yaml-language-server: $schema=../../skema/desa.schema.json`.
pub fn modeline(kind: &FileKind) -> String {
    format!("# yaml-language-server: $schema={}", schema_path_for(kind))
}

/// Writes every kind's schema into `dir` (created if need be), rewriting only the
/// files whose text changed; returns how many files it wrote. Each file is
/// written to a temporary name and renamed, so a schema is never half written.
pub fn write_schemas(dir: &Path) -> Result<usize, Failure> {
    fs::create_dir_all(dir).map_err(|e| Failure::io("K1400", dir, &e))?;
    let mut written = 0;
    for kind in kinds() {
        let path = dir.join(schema_file_name(kind));
        let text = schema_text(kind);
        if fs::read_to_string(&path).is_ok_and(|old| old == text) {
            continue;
        }
        let temporary = dir.join(format!(".{}.tmp", schema_file_name(kind)));
        fs::write(&temporary, &text).map_err(|e| Failure::io("K1401", &path, &e))?;
        if let Err(e) = fs::rename(&temporary, &path) {
            let _ = fs::remove_file(&temporary);
            return Err(Failure::io("K1401", &path, &e));
        }
        written += 1;
    }
    Ok(written)
}

/// Writes the schemas into `<site>/skema/`, after checking that `site` is a
/// site's folder (it holds `content/`); returns the folder and how many files
/// were written.
pub fn write_site_schemas(site: &Path) -> Result<(PathBuf, usize), Failure> {
    if !site.join("content").is_dir() {
        return Err(Failure::new(msg!("K1402", path = site)));
    }
    let dir = site.join(SCHEMA_DIR);
    let written = write_schemas(&dir)?;
    Ok((dir, written))
}

/// The schema of `kind` as the file holds it: pretty JSON and a final newline.
pub fn schema_text(kind: &FileKind) -> String {
    let mut text = serde_json::to_string_pretty(&schema(kind)).unwrap_or_default();
    text.push('\n');
    text
}
