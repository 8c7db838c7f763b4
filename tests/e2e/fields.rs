//! Every field kampung reads from a content file is in the admin guide's field
//! tables, and every field in those tables exists.
//!
//! The fields are learnt from kampung itself, not from a list kept by hand: an
//! unknown field [`PROBE`] is rejected with a hint naming the fields known at that
//! place. The test writes the probe at the top of each kind of file, then inside
//! every field it learns of (as a mapping, and as a list of mappings), and so walks
//! the whole model. The guide marks each table with `<!-- kolom: desa.yaml -->`;
//! the first column of every row is one field path in backticks (`kantor.alamat`).

use crate::common::{Site, run_in};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A field name no content file has.
const PROBE: &str = "zz_tidak_ada";

/// Deepest place the walk looks at (the sample's files are 4 levels deep).
const DEPTH: usize = 8;

/// A kind of content file.
struct Kind {
    /// The name of its table in the guide (`wisata/*.md`).
    table: &'static str,
    /// The file of the sample site that a probe replaces.
    file: &'static str,
    /// The kind that must be read without error for this one to be read at all.
    needs: Option<&'static str>,
    /// True for Markdown (the probe goes in the front matter).
    markdown: bool,
    /// True if the file holds a list at the top (`layanan.yaml`).
    list: bool,
}

const fn kind(table: &'static str, file: &'static str, needs: Option<&'static str>) -> Kind {
    Kind {
        table,
        file,
        needs,
        markdown: is_markdown(file),
        list: false,
    }
}

/// True if `file` ends in `.md`.
const fn is_markdown(file: &str) -> bool {
    let b = file.as_bytes();
    b.len() > 3 && b[b.len() - 3] == b'.' && b[b.len() - 2] == b'm' && b[b.len() - 1] == b'd'
}

const SITE: Option<&str> = Some("site.yaml");

/// Every kind of content file, with a file of the sample village Kemiren.
const KINDS: &[Kind] = &[
    kind("site.yaml", "content/site.yaml", None),
    kind("site.en.yaml", "content/site.en.yaml", SITE),
    kind("desa.yaml", "content/kemiren/desa.yaml", SITE),
    kind(
        "desa.en.yaml",
        "content/kemiren/desa.en.yaml",
        Some("desa.yaml"),
    ),
    kind("index.md", "content/kemiren/index.md", SITE),
    kind(
        "index.en.md",
        "content/kemiren/index.en.md",
        Some("index.md"),
    ),
    Kind {
        list: true,
        ..kind("layanan.yaml", "content/kemiren/layanan.yaml", SITE)
    },
    Kind {
        list: true,
        ..kind(
            "layanan.en.yaml",
            "content/kemiren/layanan.en.yaml",
            Some("layanan.yaml"),
        )
    },
    kind(
        "wisata/*.md",
        "content/kemiren/wisata/desa-wisata-osing.md",
        SITE,
    ),
    kind(
        "wisata/*.en.md",
        "content/kemiren/wisata/desa-wisata-osing.en.md",
        Some("wisata/*.md"),
    ),
    kind("apbdes/*.yaml", "content/kemiren/apbdes/2025.yaml", SITE),
    kind(
        "pembangunan/*.md",
        "content/kemiren/pembangunan/rabat-beton-kedaleman.md",
        SITE,
    ),
    kind(
        "pembangunan/*.en.md",
        "content/kemiren/pembangunan/rabat-beton-kedaleman.en.md",
        Some("pembangunan/*.md"),
    ),
    kind("produk/*.md", "content/kemiren/produk/kopi-osing.md", SITE),
    kind(
        "produk/*.en.md",
        "content/kemiren/produk/kopi-osing.en.md",
        Some("produk/*.md"),
    ),
    kind("halaman/*.md", "content/kemiren/halaman/sejarah.md", SITE),
    kind(
        "halaman/*.en.md",
        "content/kemiren/halaman/sejarah.en.md",
        Some("halaman/*.md"),
    ),
    kind(
        "berita/*.md",
        "content/kemiren/berita/barong-ider-bumi-2025.md",
        SITE,
    ),
    kind(
        "berita/*.en.md",
        "content/kemiren/berita/barong-ider-bumi-2025.en.md",
        Some("berita/*.md"),
    ),
    kind(
        "dokumen/*.md",
        "content/kemiren/dokumen/perdes-2024-03.md",
        SITE,
    ),
    kind(
        "dokumen/*.en.md",
        "content/kemiren/dokumen/perdes-2024-03.en.md",
        Some("dokumen/*.md"),
    ),
];

/// One step from a mapping towards a place: into a field, or into a list's item.
#[derive(Clone, Debug)]
enum Step {
    Field(String),
    Item,
}

/// A place to probe: the steps to it and the field path it stands for (`perangkat`).
#[derive(Clone, Debug)]
struct Place {
    steps: Vec<Step>,
    path: String,
}

/// The file's text with the probe at `steps`, in YAML's one-line form:
/// `{perangkat: [{zz_tidak_ada: 1}]}`.
fn probe_text(kind: &Kind, steps: &[Step]) -> String {
    let mut yaml = format!("{{{PROBE}: 1}}");
    for step in steps.iter().rev() {
        yaml = match step {
            Step::Field(name) => format!("{{{name}: {yaml}}}"),
            Step::Item => format!("[{yaml}]"),
        };
    }
    if kind.markdown {
        format!("---\n{yaml}\n---\nTeks.\n")
    } else {
        format!("{yaml}\n")
    }
}

/// The field names kampung lists for a probe in `file`: the backticked names of the
/// hint line under the error line on `file` whose field path ends in [`PROBE`].
/// `None` if there is no such error (the place holds no fields).
fn known_fields(stderr: &str, file: &str) -> Option<Vec<String>> {
    let mut lines = stderr.lines();
    lines.find(|line| {
        line.contains(&format!("{file}:"))
            && line
                .split(": ")
                .any(|part| part.trim_end().ends_with(PROBE))
    })?;
    // Past the snippet (`   |`, ` 2 | ...`) to the hint.
    let hint = lines
        .map(str::trim)
        .find(|l| !l.starts_with('|') && !l.starts_with(|c: char| c.is_ascii_digit()))?;
    let names = hint
        .split('`')
        .skip(1)
        .step_by(2)
        .filter(|name| *name != PROBE)
        .map(str::to_string)
        .collect();
    Some(names)
}

/// Every field path of every kind, learnt from kampung: `kind table -> paths`.
/// Probes go in rounds, one place per kind per run of `kampung check`; a kind waits
/// while the kind it needs still has places to probe.
fn model_fields() -> BTreeMap<&'static str, BTreeSet<String>> {
    let site = Site::sample();
    for dir in std::fs::read_dir(site.path("content")).unwrap() {
        let dir = dir.unwrap().path();
        if dir.is_dir() && !dir.ends_with("kemiren") {
            std::fs::remove_dir_all(dir).unwrap();
        }
    }
    let mut pending: BTreeMap<&str, Vec<Place>> = KINDS
        .iter()
        .map(|k| {
            let steps = if k.list { vec![Step::Item] } else { vec![] };
            let root = Place {
                steps,
                path: String::new(),
            };
            (k.table, vec![root])
        })
        .collect();
    let mut found: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    while pending.values().any(|p| !p.is_empty()) {
        let busy = |table: &str| pending.get(table).is_some_and(|p| !p.is_empty());
        let round: Vec<(&Kind, Place)> = KINDS
            .iter()
            .filter(|k| busy(k.table) && !k.needs.is_some_and(&busy))
            .map(|k| (k, pending.get(k.table).and_then(|p| p.last()).cloned()))
            .filter_map(|(k, p)| Some((k, p?)))
            .collect();
        let saved: Vec<Option<String>> = round
            .iter()
            .map(|(k, _)| std::fs::read_to_string(site.path(k.file)).ok())
            .collect();
        for (k, place) in &round {
            pending.get_mut(k.table).unwrap().pop();
            site.write(k.file, &probe_text(k, &place.steps));
        }
        let root = site.root().to_str().unwrap().to_string();
        let out = run_in("en", &["check", "--root", &root]);
        for ((k, place), text) in round.iter().zip(saved) {
            match text {
                Some(text) => site.write(k.file, &text),
                None => site.remove(k.file),
            }
            let names = known_fields(&out.stderr, k.file);
            if place.path.is_empty() {
                assert!(
                    names.as_ref().is_some_and(|n| !n.is_empty()),
                    "kampung named no fields for the top of {}: has the unknown-field \
                     hint changed? The output was:\n{}",
                    k.table,
                    out.stderr
                );
            }
            for name in names.into_iter().flatten() {
                let path = match place.path.as_str() {
                    "" => name.clone(),
                    parent => format!("{parent}.{name}"),
                };
                if !found.entry(k.table).or_default().insert(path.clone()) {
                    continue;
                }
                if place.steps.len() < DEPTH {
                    let field = [place.steps.clone(), vec![Step::Field(name)]].concat();
                    let list = [field.clone(), vec![Step::Item]].concat();
                    for steps in [field, list] {
                        let path = path.clone();
                        pending
                            .entry(k.table)
                            .or_default()
                            .push(Place { steps, path });
                    }
                }
            }
        }
    }
    found
}

/// The guide's field tables: `table name -> field paths`, and what is wrong with
/// the tables themselves (a marker without a table, a row without a path).
fn guide_fields(guide: &str) -> (BTreeMap<String, BTreeSet<String>>, Vec<String>) {
    let mut tables: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    let mut problems = Vec::new();
    let lines: Vec<&str> = guide.lines().collect();
    for (n, line) in lines.iter().enumerate() {
        let Some(names) = line
            .trim()
            .strip_prefix("<!-- kolom:")
            .and_then(|rest| rest.strip_suffix("-->"))
        else {
            continue;
        };
        let rows: Vec<&str> = lines[n + 1..]
            .iter()
            .skip_while(|l| l.trim().is_empty())
            .take_while(|l| l.starts_with('|'))
            .skip(2) // the header and the `|---|` line
            .copied()
            .collect();
        if rows.is_empty() {
            problems.push(format!(
                "line {}: `{}` has no table under it",
                n + 1,
                line.trim()
            ));
        }
        let mut paths = BTreeSet::new();
        for row in rows {
            let cell = row.trim_start_matches('|').split('|').next().unwrap_or("");
            match cell
                .trim()
                .strip_prefix('`')
                .and_then(|c| c.strip_suffix('`'))
            {
                Some(path) if !path.contains('`') && !path.contains(' ') => {
                    paths.insert(path.to_string());
                }
                _ => problems.push(format!(
                    "docs/admin-guide.md: a row's first column must be one field path in \
                     backticks, like `kantor.alamat`: {row}"
                )),
            }
        }
        for name in names.split_whitespace() {
            tables
                .entry(name.to_string())
                .or_default()
                .extend(paths.clone());
        }
    }
    (tables, problems)
}

#[test]
fn every_field_of_every_content_file_is_in_the_admin_guide() {
    let guide_path = Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/admin-guide.md");
    let guide = std::fs::read_to_string(guide_path).unwrap();
    let (documented, mut problems) = guide_fields(&guide);
    let model = model_fields();
    for kind in KINDS {
        let known = model.get(kind.table).cloned().unwrap_or_default();
        let Some(listed) = documented.get(kind.table) else {
            problems.push(format!(
                "no table `<!-- kolom: {} -->` in docs/admin-guide.md; its fields: {}",
                kind.table,
                known.iter().cloned().collect::<Vec<_>>().join(", ")
            ));
            continue;
        };
        for path in known.difference(listed) {
            problems.push(format!("{}: `{path}` is not in the guide", kind.table));
        }
        for path in listed.difference(&known) {
            problems.push(format!(
                "{}: the guide lists `{path}`, which kampung does not read",
                kind.table
            ));
        }
    }
    for table in documented.keys() {
        if !KINDS.iter().any(|k| k.table == table) {
            problems.push(format!(
                "the guide has a table for `{table}`, no such kind of file"
            ));
        }
    }
    assert!(
        problems.is_empty(),
        "the admin guide's field tables and kampung's fields differ:\n{}",
        problems.join("\n")
    );
}

#[test]
fn known_fields_reads_the_hint_under_the_probes_error() {
    let stderr = "error: content/a/desa.yaml:1:11: kantor.zz_tidak_ada: unknown field \
                  `zz_tidak_ada`\n   |\n 1 | {kantor: {zz_tidak_ada: 1}}\n   |           ^\n  \
                  hint: known fields here: `alamat`, `telepon`\n\nerror: content/a/desa.en.yaml:\
                  1:1: nama: `nama` is a fact\n";
    assert_eq!(
        known_fields(stderr, "content/a/desa.yaml"),
        Some(vec!["alamat".to_string(), "telepon".to_string()])
    );
    assert_eq!(known_fields(stderr, "content/a/desa.en.yaml"), None);
    assert_eq!(known_fields(stderr, "content/a/layanan.yaml"), None);
}
