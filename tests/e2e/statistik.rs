//! Population statistics (`statistik/*.yaml`): every rule's invalid fixture
//! (code, position, field, hint, in English and Indonesian), and the pages:
//! the right numbers, small counts withheld in the HTML, the CSV, the JSON and
//! on the portal (with complementary suppression), the threshold setting,
//! sensitive categories only with an opt-in, the change from the year before,
//! the Dataset JSON-LD, and desa.yaml's population taken from the statistics.

use crate::common::{Site, attrs, json_ld, rows, texts};

/// One invalid fixture under tests/fixtures/invalid/statistik-*, laid over `basic`.
struct Case {
    name: &'static str,
    /// `path:line:col` (or `path`) the message starts with.
    location: &'static str,
    /// The field path, empty when the message names none.
    field: &'static str,
    /// The English message with its code.
    message: &'static str,
    hint: &'static str,
    /// The start of the Indonesian message with its code.
    pesan: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "statistik-kategori-tidak-dikenal",
        location: "content/beta/statistik/2025.yaml:9:5",
        field: "kategori.pekerjan",
        message: "the category `pekerjan` is unknown [K1202]",
        hint: "did you mean `pekerjaan`?",
        pesan: "kategori `pekerjan` tidak dikenal [K1202]",
    },
    Case {
        name: "statistik-label-tidak-dikenal",
        location: "content/beta/statistik/2025.yaml:10:15",
        field: "label",
        message: "the label `Hindhu` is not in the list of the category `agama` [K1203]",
        hint: "did you mean `HINDU`?",
        pesan: "label `Hindhu` tidak ada di daftar kategori `agama` [K1203]",
    },
    Case {
        name: "statistik-jumlah-kategori",
        location: "content/beta/statistik/2025.yaml:6:5",
        field: "jenis-kelamin",
        message: "the category `jenis-kelamin` adds up to 118, but jumlah_penduduk is 120 (difference 2; the category is short) [K1204]",
        hint: "add a `BELUM MENGISI` row",
        pesan: "jumlah kategori `jenis-kelamin` adalah 118, tetapi jumlah_penduduk 120 (selisih 2; kategori ini kekurangan) [K1204]",
    },
    Case {
        name: "statistik-laki-perempuan",
        location: "content/beta/statistik/2025.yaml:10:30",
        field: "jumlah",
        message: "jumlah is 31, but laki_laki + perempuan = 16 + 16 = 32 [K1205]",
        hint: "laki_laki plus perempuan equals jumlah",
        pesan: "jumlah 31, tetapi laki_laki + perempuan = 16 + 16 = 32 [K1205]",
    },
    Case {
        name: "statistik-nik",
        location: "content/beta/statistik/2025.yaml:2:10",
        field: "",
        message: "a 16-digit number, like a NIK or a family card number; a statistics file holds counts, not people's data [K1200]",
        hint: "NIKs and family card numbers are personal data",
        pesan: "ada angka 16 digit, seperti NIK atau nomor KK; berkas statistik hanya berisi jumlah, bukan data orang [K1200]",
    },
    Case {
        name: "statistik-desa-beda",
        location: "content/alpha/desa.yaml:24:11",
        field: "jumlah",
        message: "penduduk.jumlah in desa.yaml is 2563, but statistik/2025.yaml says 2600 [K1208]",
        hint: "kampung takes it from the latest statistics",
        pesan: "penduduk.jumlah di desa.yaml adalah 2563, tetapi statistik/2025.yaml menulis 2600 [K1208]",
    },
    Case {
        name: "statistik-nama-berkas",
        location: "content/beta/statistik/data-2025.yaml",
        field: "",
        message: "a statistics file is named after its year, like `statistik/2025.yaml` [K1213]",
        hint: "rename the file to the year of its figures",
        pesan: "berkas statistik diberi nama tahunnya, misalnya `statistik/2025.yaml` [K1213]",
    },
    Case {
        name: "statistik-ambang",
        location: "content/site.yaml:8:11",
        field: "ambang",
        message: "the threshold 2 is too small; small counts are only safely hidden with a threshold of at least 3 [K1209]",
        hint: "write `ambang: 5`",
        pesan: "ambang 2 terlalu kecil; angka kecil baru aman disembunyikan dengan ambang paling sedikit 3 [K1209]",
    },
];

/// What is wrong with `case`'s message in `stderr`, if anything.
fn problem(stderr: &str, case: &Case, message: &str, hint: Option<&str>) -> Option<String> {
    let word = if hint.is_some() { "error" } else { "kesalahan" };
    let header = format!("{word}: {}: ", case.location);
    let Some(line) = stderr.lines().find(|l| l.starts_with(&header)) else {
        return Some(format!("no line starting with `{header}`"));
    };
    if !case.field.is_empty() && !line.contains(case.field) {
        return Some(format!("field `{}` not in `{line}`", case.field));
    }
    if !line.contains(message) {
        return Some(format!("`{message}` not in `{line}`"));
    }
    let hints: Vec<&str> = stderr
        .lines()
        .skip_while(|l| *l != line)
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.trim_start().strip_prefix("hint: "))
        .collect();
    match hint {
        Some(h) if !hints.iter().any(|x| x.contains(h)) => {
            Some(format!("hint `{h}` not under `{line}`: {hints:?}"))
        }
        _ => None,
    }
}

#[test]
fn each_statistics_rule_has_its_invalid_fixture_with_code_and_position() {
    let mut failures = Vec::new();
    for case in CASES {
        let site = Site::new("basic");
        site.overlay(case.name);
        let en = site.run(&["build"]);
        let id = site.run_in("id", &["build"]);
        if en.code != 1 || id.code != 1 {
            failures.push(format!(
                "{}: exit codes {} and {}\n{}",
                case.name, en.code, id.code, en.stderr
            ));
            continue;
        }
        let checks = [
            problem(&en.stderr, case, case.message, Some(case.hint)),
            problem(&id.stderr, case, case.pesan, None),
        ];
        for p in checks.into_iter().flatten() {
            failures.push(format!("{}: {p}\n{}\n{}", case.name, en.stderr, id.stderr));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_statistics_fixture_folder_has_a_case() {
    let on_disk: Vec<String> = std::fs::read_dir(crate::common::fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("statistik-"))
        .collect();
    assert_eq!(on_disk.len(), CASES.len(), "{on_disk:?}");
}

/// Alpha's 2025 figures (matching its desa.yaml: 2563, 1254 men, 1309 women)
/// with small cells: BUDHA 3 (1 + 2), HINDU's 4 women, WNA 3, and 3 whose
/// status is not recorded.
const ALPHA_2025: &str = "per: 2025-06-30
sumber: Uji (ilustrasi)
jumlah_penduduk: 2563
kategori:
  jenis-kelamin:
    - {label: laki-laki, jumlah: 1254}
    - {label: Perempuan, jumlah: 1309}
  agama:
    - {label: ISLAM, jumlah: 2500, laki_laki: 1220, perempuan: 1280}
    - {label: KRISTEN, jumlah: 50, laki_laki: 27, perempuan: 23}
    - {label: HINDU, jumlah: 10, laki_laki: 6, perempuan: 4}
    - {label: BUDHA, jumlah: 3, laki_laki: 1, perempuan: 2}
  warga-negara:
    - {label: WNI, jumlah: 2560}
    - {label: WNA, jumlah: 3}
  status-penduduk:
    - {label: TETAP, jumlah: 2400}
    - {label: TIDAK TETAP, jumlah: 160}
    - {label: belum mengisi, jumlah: 3}
";

const ALPHA_2024: &str = "per: 2024-12-31
jumlah_penduduk: 2541
kategori:
  jenis-kelamin:
    - {label: LAKI-LAKI, jumlah: 1245}
    - {label: PEREMPUAN, jumlah: 1296}
  status-penduduk:
    - {label: TETAP, jumlah: 2388}
    - {label: TIDAK TETAP, jumlah: 153}
";

/// Beta (whose desa.yaml gives no population) with a blood-type category.
const BETA_2025: &str = "per: 2025-03-31
jumlah_penduduk: 120
kategori:
  jenis-kelamin:
    - {label: LAKI-LAKI, jumlah: 58}
    - {label: PEREMPUAN, jumlah: 62}
  warga-negara:
    - {label: WNI, jumlah: 118}
    - {label: WNA, jumlah: 2}
  golongan-darah:
    - {label: A, jumlah: 40}
    - {label: B, jumlah: 35}
    - {label: O, jumlah: 41}
    - {label: AB, jumlah: 4}
";

fn site_with_statistics() -> Site {
    let site = Site::new("basic");
    site.write("content/alpha/statistik/2025.yaml", ALPHA_2025);
    site.write("content/alpha/statistik/2024.yaml", ALPHA_2024);
    site.write("content/beta/statistik/2025.yaml", BETA_2025);
    site
}

/// The rows of the table of category `slug` on `page`.
fn table(page: &scraper::Html, slug: &str) -> Vec<String> {
    rows(page, &format!("#statistik-{slug} tbody tr"))
}

#[test]
fn the_latest_year_shows_the_right_numbers_and_the_change_from_the_year_before() {
    let site = site_with_statistics();
    let run = site.build();
    let page = site.page("public/alpha/statistik/index.html");
    assert_eq!(texts(&page, "h1"), ["Statistik penduduk 2025"]);
    let lead = texts(&page, ".lead").join(" ");
    assert!(lead.contains("2.563"), "{lead}");
    let meta = texts(&page, "main .muted").join(" ");
    assert!(
        meta.contains("30 Juni 2025") && meta.contains("Uji (ilustrasi)"),
        "{meta}"
    );
    // Labels are the official ones, whatever case the file used.
    assert_eq!(
        table(&page, "jenis-kelamin"),
        ["LAKI-LAKI 1.254 48,93% +9", "PEREMPUAN 1.309 51,07% +13"]
    );
    assert_eq!(
        rows(&page, "#statistik-jenis-kelamin thead tr"),
        ["Kelompok Jumlah % Perubahan sejak 2024"]
    );
    assert_eq!(
        rows(&page, "#statistik-jenis-kelamin tfoot tr"),
        ["Jumlah 2.563 100% +22"]
    );
    // The bars carry the label and the number as text.
    let bars = texts(&page, "#statistik-jenis-kelamin .stat-bars li");
    assert_eq!(
        bars,
        ["LAKI-LAKI 1.254 · 48,93%", "PEREMPUAN 1.309 · 51,07%"]
    );
    assert_eq!(
        attrs(&page, "#statistik-jenis-kelamin .stat-fill", "style"),
        ["width: 48.93%", "width: 51.07%"]
    );
    // The older year has its own page, and the sitemap lists both.
    let older = site.page("public/alpha/statistik/2024/index.html");
    assert_eq!(texts(&older, "h1"), ["Statistik penduduk 2024"]);
    let sitemap = site.read("public/sitemap.xml");
    assert!(sitemap.contains("/alpha/statistik/2024/"), "{sitemap}");
    let en = site.page("public/en/alpha/statistics/index.html");
    assert_eq!(texts(&en, "#statistik-agama h2"), ["Religion"]);
    assert!(run.stderr.contains("K1211"), "{}", run.stderr);
}

#[test]
fn small_counts_are_withheld_in_the_page_the_csv_the_json_and_on_the_portal() {
    let site = site_with_statistics();
    site.build();
    let page = site.page("public/alpha/statistik/index.html");
    // WNA 3 is small; the only other row would give it away, so it is withheld.
    assert_eq!(table(&page, "warga-negara"), ["WNI x x", "WNA <5 <5"]);
    // The 3 not recorded are small; the next smallest row goes with them.
    assert_eq!(
        table(&page, "status-penduduk"),
        [
            "TETAP 2.400 93,64% +12",
            "TIDAK TETAP x x –",
            "BELUM MENGISI <5 <5 –"
        ]
    );
    // HINDU's 4 women are small: its men (6) and then its jumlah (10) are
    // withheld, so neither its row nor the columns give the 4 back.
    assert_eq!(
        table(&page, "agama"),
        [
            "ISLAM 2.500 97,54% 1.220 1.280",
            "KRISTEN 50 1,95% 27 23",
            "HINDU x x x <5",
            "BUDHA <5 <5 <5 <5"
        ]
    );
    assert_eq!(
        rows(&page, "#statistik-agama tfoot tr"),
        ["Jumlah 2.563 100% 1.254 1.309"]
    );
    let bars = texts(&page, "#statistik-warga-negara .stat-bars li");
    assert_eq!(bars, ["WNI x", "WNA <5"]);
    assert!(attrs(&page, "#statistik-warga-negara .stat-fill", "style").is_empty());
    let notes = texts(&page, "#privasi ~ p").join(" ");
    assert!(
        notes.contains("\"<5\" berarti ada 1 sampai 4 orang"),
        "{notes}"
    );

    let csv = site.read("public/alpha/statistik/2025.csv");
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(
        lines[0],
        "tahun,per,kategori,label,jumlah,laki_laki,perempuan"
    );
    for line in [
        "2025,2025-06-30,warga-negara,WNI,x,,",
        "2025,2025-06-30,warga-negara,WNA,<5,,",
        "2025,2025-06-30,status-penduduk,TIDAK TETAP,x,,",
        "2025,2025-06-30,agama,HINDU,x,x,<5",
        "2025,2025-06-30,agama,BUDHA,<5,<5,<5",
    ] {
        assert!(lines.contains(&line), "{line} not in\n{csv}");
    }
    for raw in [",WNA,3", ",WNI,2560", ",HINDU,10", ",TIDAK TETAP,160"] {
        assert!(!csv.contains(raw), "{raw} in\n{csv}");
    }

    let json: serde_json::Value =
        serde_json::from_str(&site.read("public/alpha/statistik/2025.json")).unwrap();
    assert_eq!(json["jumlah_penduduk"], 2563);
    assert_eq!(json["ambang"], 5);
    let agama = &json["kategori"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kategori"] == "agama")
        .unwrap()["baris"];
    assert_eq!(
        agama[2],
        serde_json::json!({"label": "HINDU", "jumlah": "x", "laki_laki": "x", "perempuan": "<5"})
    );
    assert_eq!(agama[1]["jumlah"], 50);
    let text = site.read("public/alpha/statistik/2025.json");
    assert!(
        !text.contains("\"jumlah\": 3,") && !text.contains("\"jumlah\": 10,"),
        "{text}"
    );

    // The portal sums alpha and beta: WNA 3 + 2 = 5 reaches the threshold, but
    // each village withholds its own, so the sum is withheld too (5 minus one
    // village's published figure would give the other's).
    let portal = site.page("public/statistik/index.html");
    assert_eq!(table(&portal, "warga-negara"), ["WNI x x", "WNA x x"]);
    assert_eq!(
        table(&portal, "jenis-kelamin"),
        ["LAKI-LAKI 1.312 48,90%", "PEREMPUAN 1.371 51,10%"]
    );
    assert_eq!(
        rows(&portal, "#statistik-jenis-kelamin tfoot tr"),
        ["Jumlah 2.683 100%"]
    );
    assert!(texts(&portal, ".lead").join(" ").contains("ilustratif"));
}

#[test]
fn a_sensitive_category_is_published_only_when_site_yaml_opts_in() {
    let site = site_with_statistics();
    let run = site.build();
    assert!(
        run.stderr
            .contains("warning: content/beta/statistik/2025.yaml:11:5: "),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("[K1211]"), "{}", run.stderr);
    let outputs = [
        "public/beta/statistik/index.html",
        "public/en/beta/statistics/index.html",
        "public/beta/statistik/2025.csv",
        "public/beta/statistik/2025.json",
        "public/statistik/index.html",
    ];
    for file in outputs {
        let text = site.read(file);
        assert!(!text.contains("golongan-darah"), "{file}");
        assert!(!text.contains("Golongan Darah"), "{file}");
    }
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{config}statistik:\n  kategori_khusus: [golongan-darah]\n"),
    );
    let run = site.build();
    assert!(!run.stderr.contains("K1211"), "{}", run.stderr);
    let page = site.page("public/beta/statistik/index.html");
    assert_eq!(
        texts(&page, "#statistik-golongan-darah h2"),
        ["Golongan Darah"]
    );
    // Opted in, it is still suppressed: AB's 4 is small, and the next smallest goes too.
    assert_eq!(
        table(&page, "golongan-darah"),
        ["A 40 33,33%", "B x x", "AB <5 <5", "O 41 34,17%"]
    );
    let csv = site.read("public/beta/statistik/2025.csv");
    assert!(csv.contains("golongan-darah,AB,<5,,"), "{csv}");
    let portal = site.page("public/statistik/index.html");
    assert_eq!(table(&portal, "golongan-darah").len(), 4);
}

#[test]
fn the_threshold_is_a_site_setting() {
    let site = site_with_statistics();
    let config = site.read("content/site.yaml");
    site.write(
        "content/site.yaml",
        &format!("{config}statistik:\n  ambang: 11\n"),
    );
    site.build();
    let page = site.page("public/alpha/statistik/index.html");
    // HINDU's 10 is now small too; with BUDHA's 3 every sum has two hidden cells.
    assert_eq!(
        table(&page, "agama"),
        [
            "ISLAM 2.500 97,54% 1.220 1.280",
            "KRISTEN 50 1,95% 27 23",
            "HINDU <11 <11 <11 <11",
            "BUDHA <11 <11 <11 <11"
        ]
    );
    let csv = site.read("public/alpha/statistik/2025.csv");
    assert!(csv.contains("agama,HINDU,<11,<11,<11"), "{csv}");
    let notes = texts(&page, "#privasi ~ p").join(" ");
    assert!(notes.contains("1 sampai 10 orang"), "{notes}");
}

#[test]
fn the_population_of_desa_yaml_is_taken_from_the_statistics_when_left_out() {
    let site = site_with_statistics();
    site.build();
    let home = site.read("public/beta/index.html");
    assert!(home.contains("120"), "no population on beta's home");
    let page = site.page("public/beta/statistik/index.html");
    let ld = json_ld(&page);
    assert_eq!(ld["@type"], "Dataset");
    let downloads: Vec<_> = ld["distribution"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["encodingFormat"].as_str().unwrap().to_string(),
                d["contentUrl"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(
        downloads,
        [
            (
                "text/csv".to_string(),
                "https://uji.example/beta/statistik/2025.csv".to_string()
            ),
            (
                "application/json".to_string(),
                "https://uji.example/beta/statistik/2025.json".to_string()
            )
        ]
    );
    let links = attrs(&page, ".downloads a", "href");
    assert!(
        links
            .iter()
            .all(|l| l.ends_with("beta/statistik/2025.csv")
                || l.ends_with("beta/statistik/2025.json")),
        "{links:?}"
    );
}
