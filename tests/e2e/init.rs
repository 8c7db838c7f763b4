//! `kampung init`: a site from a village's or regency's official code, checked
//! and built by the real binary in a temporary folder.

use crate::common::{run, run_in};
use std::fs;
use std::path::Path;

/// Runs `kampung <args>` in English and returns the run, its folder arguments
/// given as full paths.
fn init(args: &[&str]) -> crate::common::Run {
    run(args)
}

fn text(path: &Path) -> String {
    fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
}

/// Every file under `dir`, as paths relative to it.
fn files(dir: &Path) -> Vec<String> {
    let mut out: Vec<String> = walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            e.path()
                .strip_prefix(dir)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/")
        })
        .collect();
    out.sort();
    out
}

/// The only warning `check` gives a fresh site: no `base_url` yet, which the
/// admin fills in once the site's address is known.
fn assert_clean_check(site: &Path) {
    let root = site.to_str().unwrap();
    let checked = run(&["check", "--root", root]);
    assert_eq!(checked.code, 0, "check failed:\n{}", checked.stderr);
    let warnings: Vec<&str> = checked
        .stderr
        .lines()
        .filter(|l| l.contains("warning"))
        .collect();
    assert!(
        warnings.len() == 1 && warnings[0].contains("[K0914]"),
        "check should warn only about base_url:\n{}",
        checked.stderr
    );
}

#[test]
fn init_kluncing_by_code_builds_a_one_village_site() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("kluncing");
    let made = init(&["init", site.to_str().unwrap(), "--desa", "35.10.24.2007"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(made.stdout.contains("Desa Kluncing"), "{}", made.stdout);
    let listed = files(&site);
    let year = &kampung::init::today()[..4];
    for want in [
        "content/site.yaml".to_string(),
        "content/kluncing/desa.yaml".to_string(),
        "content/kluncing/index.md".to_string(),
        "content/kluncing/layanan.yaml".to_string(),
        format!("content/kluncing/apbdes/{year}.yaml"),
        "content/kluncing/berita/situs-resmi.md".to_string(),
        "content/kluncing/halaman/profil.md".to_string(),
    ] {
        assert!(listed.contains(&want), "{want} missing from {listed:?}");
    }
    let profile = text(&site.join("content/kluncing/desa.yaml"));
    for line in [
        "nama: \"Kluncing\"",
        "jenis: desa",
        "kode: \"35.10.24.2007\"",
        "kecamatan: \"Licin\"",
    ] {
        assert!(profile.contains(line), "{line} missing:\n{profile}");
    }
    let settings = text(&site.join("content/site.yaml"));
    assert!(settings.contains("judul: \"Desa Kluncing\""));
    assert!(settings.contains("kabupaten: \"Banyuwangi\""));
    assert!(settings.contains("provinsi: \"Jawa Timur\""));
    assert!(text(&site.join("content/kluncing/layanan.yaml")).contains("# PERIKSA:"));

    assert_clean_check(&site);
    let root = site.to_str().unwrap();
    let built = run(&["build", "--root", root]);
    assert_eq!(built.code, 0, "build failed:\n{}", built.stderr);
    // A one-village site: the front page is the village's home, and the
    // village's own address leads there.
    let home = text(&site.join("public/index.html"));
    assert!(
        home.contains("Kluncing") && home.contains("Licin"),
        "{home}"
    );
    assert!(
        site.join("public/kluncing/layanan/sktm/index.html")
            .is_file()
    );
    assert!(site.join("public/kluncing/profil/index.html").is_file());
    assert!(
        site.join(format!("public/kluncing/apbdes/{year}/index.html"))
            .is_file()
    );
    assert!(
        site.join("public/kluncing/berita/situs-resmi/index.html")
            .is_file()
    );
}

#[test]
fn a_shared_name_lists_the_candidates_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("baru");
    let made = init(&["init", site.to_str().unwrap(), "--desa", "sumber agung"]);
    assert_eq!(made.code, 2, "{}", made.stderr);
    let first = made.stderr.lines().next().unwrap_or_default();
    assert!(
        first.contains("villages are named `sumber agung`") && first.ends_with("[K1001]"),
        "{}",
        made.stderr
    );
    assert!(
        made.stderr.contains(
            "Sumberagung, Pesanggaran district, Kabupaten Banyuwangi, Jawa Timur: 35.10.01.2004"
        ),
        "{}",
        made.stderr
    );
    assert!(!site.exists(), "init wrote into {}", site.display());
    // The kecamatan after a comma picks the one.
    let made = init(&[
        "init",
        site.to_str().unwrap(),
        "--desa",
        "Sumberagung, Pesanggaran",
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(site.join("content/sumberagung/desa.yaml").is_file());
}

#[test]
fn an_unknown_name_suggests_the_nearest() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("baru");
    let made = init(&["init", site.to_str().unwrap(), "--desa", "Kluncig"]);
    assert_eq!(made.code, 2);
    assert!(made.stderr.lines().next().unwrap().ends_with("[K1002]"));
    assert!(made.stderr.contains("35.10.24.2007"), "{}", made.stderr);
    assert!(!site.exists());
}

/// `kampung init <a folder holding catatan.txt> --desa 35.10.24.2007` in `lang`.
fn init_into_a_folder_with_a_file(lang: &str) -> (tempfile::TempDir, crate::common::Run) {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("catatan.txt"), "milik admin").unwrap();
    let dir = tmp.path().to_str().unwrap().to_string();
    let made = run_in(lang, &["init", &dir, "--desa", "35.10.24.2007"]);
    (tmp, made)
}

#[test]
fn init_never_writes_into_a_folder_that_is_not_empty() {
    let (tmp, made) = init_into_a_folder_with_a_file("en");
    assert_eq!(made.code, 2);
    let first = made.stderr.lines().next().unwrap_or_default();
    assert!(
        first.contains("is not empty") && first.ends_with("[K1000]"),
        "{}",
        made.stderr
    );
    assert_eq!(files(tmp.path()), ["catatan.txt"]);
    assert_eq!(text(&tmp.path().join("catatan.txt")), "milik admin");
}

#[test]
fn init_kabupaten_stubs_all_217_banyuwangi_villages_and_builds() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("portal");
    let made = init(&["init", site.to_str().unwrap(), "--kabupaten", "35.10"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let profiles = fs::read_dir(site.join("content"))
        .unwrap()
        .filter(|e| e.as_ref().unwrap().path().join("desa.yaml").is_file())
        .count();
    assert_eq!(profiles, 217);
    assert!(site.join("content/tamansari-licin/desa.yaml").is_file());
    assert!(site.join("content/tamansari-tegalsari/desa.yaml").is_file());
    let kelurahan = text(&site.join("content/bakungan/desa.yaml"));
    assert!(kelurahan.contains("jenis: kelurahan"), "{kelurahan}");
    assert_clean_check(&site);
    let root = site.to_str().unwrap();
    let built = run(&["build", "--root", root]);
    assert_eq!(built.code, 0, "build failed:\n{}", built.stderr);
    assert!(built.stdout.contains("217"), "{}", built.stdout);
    assert!(site.join("public/kluncing/index.html").is_file());
    // By name too.
    let by_name = tmp.path().join("by-name");
    let made = init(&[
        "init",
        by_name.to_str().unwrap(),
        "--kabupaten",
        "Banyuwangi",
    ]);
    assert_eq!(made.code, 0, "{}", made.stderr);
}

#[test]
fn init_desa_inside_a_portal_adds_one_village_and_refuses_it_twice() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("portal");
    let root = site.to_str().unwrap();
    let made = init(&["init", root, "--desa", "35.10.24.2007"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let before = files(&site);
    // Tamansari, Kecamatan Licin: a name Banyuwangi has twice.
    let added = init(&["init", root, "--desa", "35.10.24.2008"]);
    assert_eq!(added.code, 0, "{}", added.stderr);
    let after = files(&site);
    let new: Vec<&String> = after.iter().filter(|f| !before.contains(f)).collect();
    assert!(
        new.iter().all(|f| f.starts_with("content/tamansari/")),
        "{new:?}"
    );
    assert!(new.contains(&&"content/tamansari/desa.yaml".to_string()));
    assert_eq!(text(&site.join("content/site.yaml")), {
        let fresh = tempfile::tempdir().unwrap();
        let again = fresh.path().join("x");
        init(&["init", again.to_str().unwrap(), "--desa", "35.10.24.2007"]);
        text(&again.join("content/site.yaml"))
    });
    let twice = init(&["init", root, "--desa", "35.10.24.2008"]);
    assert_eq!(twice.code, 2);
    assert!(
        twice.stderr.lines().next().unwrap().ends_with("[K1010]"),
        "{}",
        twice.stderr
    );
    assert_eq!(files(&site), after);
    // The other Tamansari (Tegalsari) gets its kecamatan in its slug.
    let other = init(&["init", root, "--desa", "35.10.23.2003"]);
    assert_eq!(other.code, 0, "{}", other.stderr);
    assert!(site.join("content/tamansari-tegalsari/desa.yaml").is_file());
    let checked = run(&["check", "--root", root]);
    assert_eq!(checked.code, 0, "{}", checked.stderr);
}

#[test]
fn init_speaks_indonesian_with_its_codes() {
    let (tmp, made) = init_into_a_folder_with_a_file("id");
    assert_eq!(made.code, 2);
    let first = made.stderr.lines().next().unwrap_or_default();
    assert!(
        first.starts_with("kesalahan: folder")
            && first.contains("tidak kosong")
            && first.ends_with("[K1000]"),
        "{}",
        made.stderr
    );
    assert!(made.stderr.contains("saran: sebutkan folder baru"));
    let site = tmp.path().join("baru");
    let made = run_in(
        "id",
        &["init", site.to_str().unwrap(), "--desa", "Sumberagung"],
    );
    let first = made.stderr.lines().next().unwrap_or_default();
    assert!(
        first.contains("desa atau kelurahan bernama `Sumberagung`") && first.ends_with("[K1001]"),
        "{}",
        made.stderr
    );
    assert!(
        made.stderr.contains("Kecamatan Pesanggaran"),
        "{}",
        made.stderr
    );
    let made = run_in(
        "id",
        &["init", site.to_str().unwrap(), "--desa", "35.10.24.2007"],
    );
    assert_eq!(made.code, 0, "{}", made.stderr);
    assert!(
        made.stdout.contains("Situs Desa Kluncing dibuat"),
        "{}",
        made.stdout
    );
}

/// The public folder's files with their bytes.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    files(dir)
        .into_iter()
        .map(|f| {
            let bytes = fs::read(dir.join(&f)).unwrap();
            (f, bytes)
        })
        .collect()
}

#[test]
fn init_writes_a_budget_spreadsheet_template_that_builds_the_same_site_as_its_yaml() {
    let tmp = tempfile::tempdir().unwrap();
    let site = tmp.path().join("kluncing");
    let root = site.to_str().unwrap();
    let made = init(&["init", root, "--desa", "35.10.24.2007"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let templates = files(&site.join("templat"));
    assert_eq!(templates.len(), 2, "{templates:?}");
    let template: Vec<&String> = templates
        .iter()
        .filter(|t| t.starts_with("apbdes-"))
        .collect();
    let year = template[0]
        .strip_prefix("apbdes-")
        .and_then(|t| t.strip_suffix(".xlsx"))
        .unwrap_or_else(|| panic!("{template:?}"))
        .to_string();
    assert_eq!(run(&["build", "--root", root]).code, 0);
    let from_yaml = snapshot(&site.join("public"));
    let budget = site.join("content/kluncing/apbdes");
    fs::remove_file(budget.join(format!("{year}.yaml"))).unwrap();
    fs::copy(
        site.join("templat").join(template[0]),
        budget.join(format!("{year}.xlsx")),
    )
    .unwrap();
    let built = run(&["build", "--root", root]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    assert!(from_yaml.iter().any(|(f, _)| f.contains("apbdes")));
    assert!(
        from_yaml == snapshot(&site.join("public")),
        "the spreadsheet template gives other pages than the YAML template"
    );
    // The statistics template builds too, its figures all zero.
    let stats = site.join("content/kluncing/statistik");
    fs::create_dir_all(&stats).unwrap();
    fs::copy(
        site.join("templat").join(format!("statistik-{year}.xlsx")),
        stats.join(format!("{year}.xlsx")),
    )
    .unwrap();
    let built = run(&["build", "--root", root]);
    assert_eq!(built.code, 0, "{}", built.stderr);
    let page = text(&site.join("public/kluncing/statistik/index.html"));
    assert!(
        page.contains("LAKI-LAKI") && page.contains("PEREMPUAN"),
        "{page}"
    );
}
