//! The JSON Schemas `kampung schema` writes, checked with the real validator
//! `check-jsonschema` (PyPI): every file of the sample site validates against its
//! kind's schema, and every invalid fixture whose mistake a schema can express is
//! rejected by the schema too. Each invalid fixture is in exactly one of two
//! lists below, so a new fixture must be sorted into one of them.
//!
//! The validator tests need `check-jsonschema`, which `.ci/run` installs; they
//! are `#[ignore]`d for a plain `cargo test` and fail loudly when it is missing.

use crate::common::{fixtures, run};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

const REPO: &str = env!("CARGO_MANIFEST_DIR");

/// Fixtures whose mistake the schemas reject.
const REJECTED: &[&str] = &[
    "bad-base-url",
    "bad-code",
    "bad-date",
    "bad-kind",
    "bad-phone",
    // `biaya: gratis` in layanan.yaml (the translation beside it is fine).
    "broken-service-with-translation",
    "budget-bidang-range",
    "budget-missing-realisasi",
    "budget-negative",
    "budget-unknown-code",
    // kampung's error is the name (`profil.id.md` with `id` the default
    // language); read as a translation, its `urutan` is not a translation's field.
    "default-language-suffix",
    "destination-bad-category",
    "destination-bad-coordinates",
    "destination-bad-price",
    "destination-translation-sets-fact",
    "dokumen-notice-without-end",
    "dokumen-status-mismatch",
    "dokumen-unknown-jenis",
    "dokumen-withheld-with-file",
    "empty-portal-title",
    "latitude-out-of-range",
    "missing-required",
    "pembangunan-bidang-salah",
    "produk-foto-terlalu-banyak",
    "produk-harga-ganda",
    "produk-kategori-salah",
    "produk-tanpa-harga",
    "produk-whatsapp-salah",
    "service-bad-online-url",
    "service-missing-requirements",
    "service-negative-fee",
    // The categories are a closed list: one property per category.
    "statistik-kategori-tidak-dikenal",
    "translation-sets-fact",
    "unknown-key",
    "wrong-type",
    // The reader refuses the line separator first; past it, the schema sees
    // the text in a number field the fixture's value turns into.
    "yaml-line-separator",
    // The reader refuses nesting that deep; the schema, a list where the
    // slogan's text belongs.
    "yaml-too-deep",
];

/// Fixtures whose mistake no schema of one file can judge, with the reason.
/// The schemas must accept their files (those the YAML reader can read).
const CANNOT_JUDGE: &[(&str, &str)] = &[
    ("bad-page-name", "a file's name, not its contents"),
    ("bad-slug", "a folder's name, not a file's contents"),
    ("berkas-fake-pdf", "what a file of berkas/ really holds"),
    ("berkas-html", "the kind of a file of berkas/"),
    ("berkas-svg", "the kind of a file of berkas/"),
    ("berkas-unknown-kind", "the kind of a file of berkas/"),
    (
        "binary-yaml",
        "not text: the YAML reader rejects it before a schema applies",
    ),
    (
        "broken-home-with-translation",
        "YAML syntax: the reader rejects it first",
    ),
    (
        "broken-page-link",
        "a link in the Markdown text, to a page that does not exist",
    ),
    (
        "budget-duplicate-code",
        "a code used twice in a list (uniqueItems compares whole lines)",
    ),
    (
        "budget-jumlah-mismatch",
        "a written total against the sum of the lines",
    ),
    (
        "budget-kegiatan-sum",
        "a sector's amount against the sum of its activities",
    ),
    ("budget-year-mismatch", "`tahun` against the file's name"),
    (
        "destination-missing-photo",
        "a photo that is not in berkas/",
    ),
    (
        "dokumen-broken-chain",
        "a regulation named in another file that does not exist",
    ),
    (
        "dokumen-budget-perdes",
        "a budget's Perdes against the documents of dokumen/",
    ),
    ("dokumen-missing-file", "a file that is not in berkas/"),
    (
        "empty-file",
        "an empty Markdown file has no front matter to validate",
    ),
    (
        "language-without-strings",
        "a language the theme has no texts for",
    ),
    (
        "line-too-long",
        "the YAML reader's limit on a line, not a field's value",
    ),
    (
        "missing-berkas-link",
        "a link in the Markdown text to a file not in berkas/",
    ),
    (
        "missing-desa-yaml",
        "a file that is missing from a village folder",
    ),
    (
        "missing-front-matter",
        "a Markdown file without front matter has nothing to validate",
    ),
    ("missing-news-picture", "a picture that is not in berkas/"),
    ("missing-theme", "a theme folder that does not exist"),
    (
        "non-utf8",
        "the file's text encoding, checked before YAML is read",
    ),
    (
        "orphan-translation",
        "a translation of a file that does not exist",
    ),
    (
        "pembangunan-anggaran-beda",
        "a project's budget against the APBDes activity",
    ),
    ("pembangunan-foto-hilang", "a photo that is not in berkas/"),
    (
        "pembangunan-persen-turun",
        "progress that goes down from one report to the next",
    ),
    ("pembangunan-tanggal-mundur", "report dates out of order"),
    ("population-sum", "men plus women against the total"),
    ("produk-foto-hilang", "a photo that is not in berkas/"),
    (
        "reserved-page-slug",
        "a page's name that a section's folder takes",
    ),
    (
        "reserved-village-folder",
        "a village folder's name that the site takes",
    ),
    ("service-duplicate-id", "an id used twice in the list"),
    ("service-missing-form", "a form that is not in berkas/"),
    (
        "service-translation-unknown-id",
        "a translation of a service the catalogue does not have",
    ),
    ("service-unsafe-note", "unsafe HTML inside a Markdown note"),
    (
        "statistik-ambang",
        "small figures below the threshold site.yaml sets",
    ),
    ("statistik-desa-beda", "the population against desa.yaml's"),
    (
        "statistik-jumlah-kategori",
        "a category's rows against the population",
    ),
    (
        "statistik-label-tidak-dikenal",
        "a label against the category's list, which site.yaml extends",
    ),
    (
        "statistik-laki-perempuan",
        "men plus women against a row's total",
    ),
    ("statistik-nama-berkas", "the file's name"),
    (
        "statistik-nik",
        "a 16-digit number in any text, looked for by the privacy check",
    ),
    ("template-error", "the theme's templates"),
    (
        "unclosed-front-matter",
        "the Markdown file's shape: no closing `---`",
    ),
    ("unsafe-link", "a link in the Markdown text"),
    ("yaml-anchor", "YAML anchors, refused by the reader"),
    (
        "yaml-indented-first-line",
        "YAML layout, judged by the reader",
    ),
    ("yaml-syntax", "YAML syntax: the reader rejects it first"),
];

/// check-jsonschema's verdict on some files: those with schema errors, and
/// those it could not parse.
#[derive(Default)]
struct Verdict {
    errors: BTreeMap<PathBuf, Vec<String>>,
    unparsed: BTreeSet<PathBuf>,
}

/// Runs `check-jsonschema -o json --schemafile <schema> <files>`.
fn check_jsonschema(schema: &Path, files: &[PathBuf], verdict: &mut Verdict) {
    let mut args = vec![
        PathBuf::from("-o"),
        "json".into(),
        "--schemafile".into(),
        schema.to_path_buf(),
    ];
    args.extend_from_slice(files);
    let out = crate::common::check_jsonschema(args);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap_or_else(|e| {
        panic!(
            "check-jsonschema's output is not JSON ({e}): {}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        )
    });
    for e in report["errors"].as_array().into_iter().flatten() {
        let file = PathBuf::from(e["filename"].as_str().unwrap_or_default());
        let what = format!("{}: {}", e["path"], e["message"]);
        verdict.errors.entry(file).or_default().push(what);
    }
    for e in report["parse_errors"].as_array().into_iter().flatten() {
        verdict
            .unparsed
            .insert(PathBuf::from(e["filename"].as_str().unwrap_or_default()));
    }
}

/// The schemas as `kampung schema` writes them, in a temporary site folder.
fn written_schemas() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    fs::create_dir(dir.path().join("content")).unwrap();
    let out = run(&["schema", dir.path().to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    dir
}

/// The YAML files and front matters under `content`, each as a file the
/// validator can read (a front matter copied to `scratch`), by kind id, with
/// the original file each stands for. Files of no kind are listed apart.
struct Instances {
    by_kind: BTreeMap<&'static str, Vec<PathBuf>>,
    original: BTreeMap<PathBuf, PathBuf>,
    unknown: Vec<String>,
}

fn instances(content: &Path, scratch: &Path) -> Instances {
    let mut found = Instances {
        by_kind: BTreeMap::new(),
        original: BTreeMap::new(),
        unknown: Vec::new(),
    };
    // A fixture of the theme alone has no content/ of its own.
    for entry in walkdir::WalkDir::new(content).sort_by_file_name() {
        let Ok(entry) = entry else {
            continue;
        };
        let path = entry.path();
        let rel = path
            .strip_prefix(content)
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let is_text = rel.ends_with(".yaml") || rel.ends_with(".md");
        if !entry.file_type().is_file() || !is_text || rel.contains("/berkas/") {
            continue;
        }
        let Some(kind) = kampung::schema::kind_for_path(&rel) else {
            found.unknown.push(rel);
            continue;
        };
        let instance = if kind.front_matter {
            let Ok(text) = fs::read_to_string(path) else {
                continue;
            };
            let Ok(split) = kampung::content::split_front_matter(&text) else {
                continue;
            };
            let Some(front) = split.front else {
                continue;
            };
            let copy = scratch.join(format!("{}.yaml", found.original.len()));
            fs::write(&copy, front).unwrap();
            copy
        } else {
            path.to_path_buf()
        };
        found.original.insert(instance.clone(), path.to_path_buf());
        found.by_kind.entry(kind.id).or_default().push(instance);
    }
    found
}

/// Validates every instance under `content` against its kind's schema.
fn validate(content: &Path, schemas: &Path) -> (Instances, Verdict) {
    let scratch = tempfile::tempdir().unwrap();
    let found = instances(content, scratch.path());
    let mut verdict = Verdict::default();
    for (kind, files) in &found.by_kind {
        let schema = schemas.join(format!("skema/{kind}.schema.json"));
        check_jsonschema(&schema, files, &mut verdict);
    }
    // Name the original files, not the scratch copies.
    let name = |p: &PathBuf| found.original.get(p).cloned().unwrap_or(p.clone());
    verdict.errors = verdict
        .errors
        .iter()
        .map(|(p, e)| (name(p), e.clone()))
        .collect();
    verdict.unparsed = verdict.unparsed.iter().map(name).collect();
    (found, verdict)
}

#[test]
#[ignore = "needs check-jsonschema; .ci/run installs it and runs this"]
fn every_sample_file_validates_against_its_schema() {
    let schemas = written_schemas();
    let content = Path::new(REPO).join("content");
    let (found, verdict) = validate(&content, schemas.path());
    assert!(
        found.unknown.is_empty(),
        "files of no kind: {:?}",
        found.unknown
    );
    assert!(
        verdict.errors.is_empty(),
        "schema errors: {:#?}",
        verdict.errors
    );
    assert!(
        verdict.unparsed.is_empty(),
        "not parsed: {:?}",
        verdict.unparsed
    );
    let checked: usize = found.by_kind.values().map(Vec::len).sum();
    assert!(checked >= 60, "only {checked} files checked");
    // The sample has every kind but the translations it does not need.
    for kind in [
        "site", "desa", "layanan", "berita", "halaman", "wisata", "apbdes",
    ] {
        assert!(found.by_kind.contains_key(kind), "no {kind} file checked");
    }
    println!(
        "{checked} sample files validated, kinds: {:?}",
        found.by_kind.keys()
    );
}

#[test]
#[ignore = "needs check-jsonschema; .ci/run installs it and runs this"]
fn the_files_init_writes_name_their_schemas_and_validate() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("kluncing");
    let made = run(&["init", site.to_str().unwrap(), "--desa", "35.10.24.2007"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let desa = fs::read_to_string(site.join("content/kluncing/desa.yaml")).unwrap();
    assert!(
        desa.starts_with("# yaml-language-server: $schema=../../skema/desa.schema.json\n"),
        "{desa}"
    );
    assert!(site.join("skema/desa.schema.json").is_file());
    // The schemas init wrote are kampung schema's, and its files validate.
    let (found, verdict) = validate(&site.join("content"), &site);
    assert!(found.unknown.is_empty(), "{:?}", found.unknown);
    assert!(verdict.errors.is_empty(), "{:#?}", verdict.errors);
    assert!(found.by_kind.len() >= 5, "{:?}", found.by_kind.keys());
    let again = run(&["schema", site.to_str().unwrap()]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(again.stdout.contains("(22 unchanged)"), "{}", again.stdout);
}

#[test]
fn schema_refuses_a_folder_without_content() {
    let tmp = tempfile::tempdir().unwrap();
    let out = run(&["schema", tmp.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("[K1402]"), "{}", out.stderr);
    assert!(!tmp.path().join("skema").exists());
}

#[test]
#[ignore = "needs check-jsonschema; .ci/run installs it and runs this"]
fn schemas_reject_the_invalid_fixtures_they_can_judge() {
    let schemas = written_schemas();
    let invalid = fixtures().join("invalid");
    let mut names: Vec<String> = fs::read_dir(&invalid)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let judged: BTreeSet<&str> = REJECTED.iter().copied().collect();
    let unjudged: BTreeSet<&str> = CANNOT_JUDGE.iter().map(|(n, _)| *n).collect();
    let unlisted: Vec<&String> = names
        .iter()
        .filter(|n| !judged.contains(n.as_str()) && !unjudged.contains(n.as_str()))
        .collect();
    assert!(
        unlisted.is_empty(),
        "put each new invalid fixture in REJECTED or CANNOT_JUDGE: {unlisted:?}"
    );
    assert!(judged.is_disjoint(&unjudged));
    let mut wrong = Vec::new();
    for name in &names {
        let (_, verdict) = validate(&invalid.join(name).join("content"), schemas.path());
        let rejected = !verdict.errors.is_empty();
        if judged.contains(name.as_str()) != rejected {
            wrong.push(format!("{name}: schema errors {:?}", verdict.errors));
        }
    }
    assert!(
        wrong.is_empty(),
        "schemas and check disagree:\n{}",
        wrong.join("\n")
    );
    println!(
        "{} fixtures rejected by the schemas, {} they cannot judge",
        judged.len(),
        unjudged.len()
    );
}

#[test]
#[ignore = "needs check-jsonschema; .ci/run installs it and runs this"]
fn the_forms_shape_of_the_catalogue_passes_check_and_its_schema() {
    // The web forms (Decap CMS through GitHub) write layanan.yaml as
    // `layanan: [...]`: kampung check and the schema both take it.
    let site = crate::common::Site::sample();
    let rel = "content/kemiren/layanan.yaml";
    let list = site.read(rel);
    let (comments, items): (Vec<&str>, Vec<&str>) = list.lines().partition(|l| l.starts_with('#'));
    let mut wrapped = comments.join("\n");
    wrapped.push_str("\nlayanan:\n");
    for line in items {
        wrapped.push_str(&format!("  {line}\n"));
    }
    site.write(rel, &wrapped);
    let checked = site.run(&["check"]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
    let schemas = written_schemas();
    let mut verdict = Verdict::default();
    let schema = schemas.path().join("skema/layanan.schema.json");
    check_jsonschema(&schema, &[site.path(rel)], &mut verdict);
    assert!(verdict.errors.is_empty(), "{:#?}", verdict.errors);
    // An unknown key beside the list is refused by both.
    site.write(rel, &format!("{wrapped}catatan: x\n"));
    check_jsonschema(&schema, &[site.path(rel)], &mut verdict);
    assert_eq!(verdict.errors.len(), 1, "{:#?}", verdict.errors);
    let refused = site.run(&["check"]);
    assert_eq!(refused.code, 1, "{}", refused.stderr);
    assert!(refused.stderr.contains("K0101"), "{}", refused.stderr);
}
