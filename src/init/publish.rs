//! The publishing files `kampung init` writes into a new site: a GitHub Actions
//! workflow that builds the site with a released kampung binary and deploys it
//! to GitHub Pages; `netlify.toml` and `_headers` for Netlify and Cloudflare
//! Pages; a `.gitignore` that keeps the build output and the picture cache out
//! of the repository. The templates live in `src/init/files/`; the only values
//! filled in are this crate's version and the address of its release archive,
//! so a site keeps building with the kampung version that wrote it until its
//! admin changes it.

/// The kampung version the files pin: this crate's version.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// The kampung repository whose GitHub releases carry the binaries.
pub const REPOSITORY: &str = env!("CARGO_PKG_REPOSITORY");

/// The platforms a release carries binaries for, by the name their archive
/// carries (`kampung-<version>-<platform>.<ext>`, see `.github/workflows/release.yml`).
pub const PLATFORMS: [&str; 4] = [
    "x86_64-linux",
    "x86_64-windows",
    "x86_64-macos",
    "aarch64-macos",
];

const WORKFLOW: &str = include_str!("files/terbitkan.yml");
const NETLIFY: &str = include_str!("files/netlify.toml");
const HEADERS: &str = include_str!("files/_headers");
const GITIGNORE: &str = include_str!("files/gitignore");

/// The file name of the release archive for `platform` (one of [`PLATFORMS`]):
/// a `.zip` for Windows, a `.tar.gz` elsewhere.
pub fn archive_name(platform: &str) -> String {
    let ext = if platform.ends_with("windows") {
        "zip"
    } else {
        "tar.gz"
    };
    format!("kampung-{VERSION}-{platform}.{ext}")
}

/// Where the release archive for `platform` is downloaded from.
pub fn download_url(platform: &str) -> String {
    format!(
        "{REPOSITORY}/releases/download/v{VERSION}/{}",
        archive_name(platform)
    )
}

/// The publishing files of a new site, as (path relative to the site folder,
/// contents), in the order they are written.
pub fn files() -> Vec<(&'static str, String)> {
    vec![
        (".github/workflows/terbitkan.yml", fill(WORKFLOW)),
        ("netlify.toml", fill(NETLIFY)),
        ("_headers", HEADERS.to_string()),
        (".gitignore", GITIGNORE.to_string()),
    ]
}

/// A template with the version and the Linux download address filled in.
fn fill(template: &str) -> String {
    template
        .replace("__VERSI_KAMPUNG__", VERSION)
        .replace("__UNDUHAN_KAMPUNG__", &download_url("x86_64-linux"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_placeholder_is_filled() {
        for (path, text) in files() {
            assert!(!text.contains("__"), "{path} keeps a placeholder");
        }
    }

    #[test]
    fn the_workflow_downloads_this_versions_linux_archive() {
        let (_, workflow) = &files()[0];
        let url = format!(
            "https://github.com/kampung-desa/kampung/releases/download/v{VERSION}/kampung-{VERSION}-x86_64-linux.tar.gz"
        );
        assert!(workflow.contains(&url), "{workflow}");
        assert!(workflow.contains(&format!("KAMPUNG_VERSI: \"{VERSION}\"")));
    }

    #[test]
    fn windows_archives_are_zips() {
        assert!(archive_name("x86_64-windows").ends_with(".zip"));
        assert!(archive_name("aarch64-macos").ends_with(".tar.gz"));
    }
}
