//! Documents (`dokumen/*.md`): every rule's invalid fixture (code, position,
//! field, hint, in English and Indonesian), and the pages: the DIP's columns,
//! the legal products' status and change chain, the serta-merta banner while
//! active and after, the JSON-LD, the portal list, search and the feed.

use crate::common::{Site, attrs, json_ld, kampung, rows, texts};

/// One invalid fixture under tests/fixtures/invalid/dokumen-*, laid over `basic`.
struct Case {
    name: &'static str,
    /// `path:line:col` the message starts with.
    location: &'static str,
    field: &'static str,
    /// The English message with its code.
    message: &'static str,
    hint: &'static str,
    /// The start of the Indonesian message with its code.
    pesan: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "dokumen-broken-chain",
        location: "content/alpha/dokumen/perdes-lama.md:7:15",
        field: "dicabut_oleh",
        message: "the document `perdes-baru` does not say `mencabut: perdes-lama` back [K1108]",
        hint: "add `mencabut: perdes-lama` to content/alpha/dokumen/perdes-baru.md",
        pesan: "dokumen `perdes-baru` tidak menulis balik `mencabut: perdes-lama` [K1108]",
    },
    Case {
        name: "dokumen-withheld-with-file",
        location: "content/alpha/dokumen/data-penerima.md:7:9",
        field: "berkas",
        message: "withheld information may not come with a file [K1101]",
        hint: "remove the `berkas:` line",
        pesan: "informasi yang dikecualikan tidak boleh dilampiri berkas [K1101]",
    },
    Case {
        name: "dokumen-unknown-jenis",
        location: "content/alpha/dokumen/perdes-pungutan.md:3:8",
        field: "jenis",
        message: "`perdes` is not an allowed value [K0105]",
        hint: "`peraturan-desa`",
        pesan: "`perdes`",
    },
    Case {
        name: "dokumen-missing-file",
        location: "content/alpha/dokumen/apbdes-2025.md:6:9",
        field: "berkas",
        message: "`berkas/apbdes-2025.pdf` does not exist [K0607]",
        hint: "add the file to berkas/",
        pesan: "berkas `berkas/apbdes-2025.pdf` tidak ada [K0607]",
    },
    Case {
        name: "dokumen-notice-without-end",
        location: "content/alpha/dokumen/banjir.md:4:11",
        field: "kategori",
        message: "an immediate notice (`serta-merta`) has no `berlaku_sampai` date [K1103]",
        hint: "berlaku_sampai: 2026-06-30",
        pesan: "pengumuman serta-merta belum punya tanggal `berlaku_sampai` [K1103]",
    },
    Case {
        name: "dokumen-status-mismatch",
        location: "content/alpha/dokumen/perdes-lama.md:7:9",
        field: "status",
        message: "`dicabut_oleh` is filled in, so the status is `dicabut` [K1110]",
        hint: "change it to `status: dicabut`",
        pesan: "kolom `dicabut_oleh` sudah diisi, jadi statusnya `dicabut` [K1110]",
    },
    Case {
        name: "dokumen-budget-perdes",
        location: "content/alpha/apbdes/2024.yaml:3:9",
        field: "perdes",
        message: "there is no document `perdes-apbdes-2024` in this village's dokumen/ folder [K1107]",
        hint: "did you mean `perdes-apbdes-2023`?",
        pesan: "tidak ada dokumen `perdes-apbdes-2024` di folder dokumen/ desa ini [K1107]",
    },
];

/// What is wrong with `case`'s message in `stderr`, if anything: its line
/// starts with the location and names the field and the message, and a hint
/// under it says `hint`.
fn problem(stderr: &str, case: &Case, message: &str, hint: Option<&str>) -> Option<String> {
    let word = if hint.is_some() { "error" } else { "kesalahan" };
    let header = format!("{word}: {}: ", case.location);
    let Some(line) = stderr.lines().find(|l| l.starts_with(&header)) else {
        return Some(format!("no line starting with `{header}`"));
    };
    if !line.contains(&format!(": {}: ", case.field)) {
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
fn each_dokumen_rule_has_its_invalid_fixture_with_code_and_position() {
    let mut failures = Vec::new();
    for case in CASES {
        let site = Site::new("basic");
        site.overlay(case.name);
        let en = site.run(&["build"]);
        let id = site.run_in("id", &["build"]);
        if en.code != 1 || id.code != 1 {
            failures.push(format!(
                "{}: exit codes {} and {}",
                case.name, en.code, id.code
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
fn every_dokumen_fixture_folder_has_a_case() {
    let on_disk: Vec<String> = std::fs::read_dir(crate::common::fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("dokumen-"))
        .collect();
    assert_eq!(on_disk.len(), CASES.len(), "{on_disk:?}");
}

/// The `basic` fixture with a DIP and three regulations in `alpha`: one
/// revoked, one amended, an active-or-not notice and a withheld entry.
fn site_with_documents() -> Site {
    let site = Site::new("basic");
    let d = "content/alpha/dokumen";
    site.write(
        &format!("{d}/profil.md"),
        "---\njudul: Profil Pemerintah Desa\njenis: informasi-publik\nkategori: berkala\ntanggal: 2025-01-06\npejabat: Sekretaris Desa\nretensi: Selama berlaku\nberkas: berkas/formulir.pdf\n---\n",
    );
    site.write(
        &format!("{d}/banjir.md"),
        "---\njudul: Waspada banjir\njenis: informasi-publik\nkategori: serta-merta\ntanggal: 2026-05-20\nberlaku_sampai: 2026-06-30\nringkasan: Mengungsi ke balai desa bila air naik.\n---\n",
    );
    site.write(
        &format!("{d}/aset.md"),
        "---\njudul: Daftar aset desa\njenis: informasi-publik\nkategori: setiap-saat\ntanggal: 2025-02-03\n---\n",
    );
    site.write(
        &format!("{d}/data-penerima.md"),
        "---\njudul: Data penerima bantuan\njenis: informasi-publik\nkategori: dikecualikan\ntanggal: 2025-03-10\nalasan: UU 14/2008 Pasal 17 huruf h\n---\n",
    );
    site.write(
        &format!("{d}/perdes-2019-04.md"),
        "---\njudul: Pungutan Desa Lama\njenis: peraturan-desa\nnomor: 4\ntahun: 2019\nditetapkan: 2019-06-12\ndicabut_oleh: perdes-2024-03\n---\n",
    );
    site.write(
        &format!("{d}/perdes-2024-03.md"),
        "---\njudul: Pungutan Desa\njenis: peraturan-desa\nnomor: 3\ntahun: 2024\nditetapkan: 2024-03-01\ndiundangkan: 2024-03-04\nlembaran: 3\nmencabut: perdes-2019-04\nberkas: berkas/formulir.pdf\n---\n",
    );
    site.write(
        &format!("{d}/perdes-2023-02.md"),
        "---\njudul: RPJMDes 2023-2029\njenis: peraturan-desa\nnomor: 2\ntahun: 2023\nditetapkan: 2023-02-20\ndiubah_oleh: perdes-2024-05\n---\n",
    );
    site.write(
        &format!("{d}/perdes-2024-05.md"),
        "---\njudul: Perubahan RPJMDes\njenis: peraturan-desa\nnomor: 5\ntahun: 2024\nditetapkan: 2024-09-16\nmengubah: perdes-2023-02\n---\n",
    );
    site
}

/// Builds `site` as on `today`.
fn build_on(site: &Site, today: &str) {
    let out = kampung()
        .env("KAMPUNG_TODAY", today)
        .args(["build", "--root", site.root().to_str().unwrap()])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn the_dip_has_the_perki_columns_grouped_by_category_and_how_to_ask() {
    let site = site_with_documents();
    build_on(&site, "2026-06-01");
    let page = site.page("public/alpha/informasi-publik/index.html");
    assert_eq!(
        texts(&page, "main h2"),
        [
            "Informasi berkala",
            "Informasi serta-merta",
            "Informasi setiap saat",
            "Informasi dikecualikan",
            "Cara meminta informasi"
        ]
    );
    assert_eq!(
        texts(&page, "section[aria-labelledby=kategori-berkala] thead th")
            .into_iter()
            .take(7)
            .collect::<Vec<_>>(),
        [
            "No",
            "Ringkasan isi informasi",
            "Pejabat yang menguasai informasi",
            "Penanggung jawab pembuatan atau penerbitan",
            "Waktu dan tempat pembuatan",
            "Bentuk informasi yang tersedia",
            "Jangka waktu penyimpanan"
        ]
    );
    let berkala = rows(&page, "section[aria-labelledby=kategori-berkala] tbody tr");
    assert_eq!(berkala.len(), 1, "{berkala:?}");
    assert!(berkala[0].contains("Profil Pemerintah Desa"), "{berkala:?}");
    assert!(berkala[0].contains("Sekretaris Desa"), "{berkala:?}");
    assert!(berkala[0].contains("2025, Alpha"), "{berkala:?}");
    // Regulations are public information held on request.
    let on_request = rows(
        &page,
        "section[aria-labelledby=kategori-setiap-saat] tbody tr",
    );
    assert_eq!(on_request.len(), 5, "{on_request:?}");
    // The withheld entry shows its legal reason, and nothing to download.
    let withheld = rows(
        &page,
        "section[aria-labelledby=kategori-dikecualikan] tbody tr",
    );
    assert!(
        withheld[0].contains("UU 14/2008 Pasal 17 huruf h"),
        "{withheld:?}"
    );
    let entry = site.read("public/alpha/dokumen/data-penerima/index.html");
    assert!(!entry.contains("download"), "{entry}");
    let asking = texts(&page, "#cara-meminta ~ ol li").join(" ");
    assert!(
        asking.contains("10 hari kerja") && asking.contains("7 hari kerja"),
        "{asking}"
    );
    assert!(asking.contains("Komisi Informasi"), "{asking}");
}

#[test]
fn legal_products_show_status_and_the_change_chain_both_ways() {
    let site = site_with_documents();
    build_on(&site, "2026-06-01");
    let page = site.page("public/alpha/produk-hukum/index.html");
    assert_eq!(
        texts(&page, "tbody .badge"),
        ["Berlaku", "Berlaku", "Diubah", "Dicabut"]
    );
    assert_eq!(
        texts(&page, ".chain li"),
        [
            "Mengubah RPJMDes 2023-2029",
            "Mencabut Pungutan Desa Lama",
            "Diubah oleh Perubahan RPJMDes",
            "Dicabut oleh Pungutan Desa"
        ]
    );
    let old = site.page("public/alpha/dokumen/perdes-2019-04/index.html");
    assert_eq!(
        attrs(&old, ".chain a", "href"),
        ["../../../alpha/dokumen/perdes-2024-03/"]
    );
    let en = site.page("public/en/alpha/legal-products/index.html");
    assert_eq!(texts(&en, "tbody .badge")[3], "Revoked");
}

#[test]
fn a_regulation_page_has_legislation_json_ld_and_its_download() {
    let site = site_with_documents();
    build_on(&site, "2026-06-01");
    let page = site.page("public/alpha/dokumen/perdes-2024-03/index.html");
    let data = json_ld(&page);
    assert_eq!(data["@type"], "Legislation");
    assert_eq!(
        data["legislationIdentifier"],
        "Peraturan Desa Nomor 3 Tahun 2024"
    );
    assert_eq!(data["legislationDate"], "2024-03-01");
    assert_eq!(data["legislationLegalForce"], "https://schema.org/InForce");
    // A repeal is one of the changes schema.org's legislationChanges covers.
    let changes = data["legislationChanges"].as_array().unwrap();
    assert!(
        changes.iter().any(|c| c["name"] == "Pungutan Desa Lama"),
        "{changes:?}"
    );
    let old = json_ld(&site.page("public/alpha/dokumen/perdes-2019-04/index.html"));
    assert_eq!(
        old["legislationLegalForce"],
        "https://schema.org/NotInForce"
    );
    assert_eq!(
        attrs(&page, ".actions a[download]", "href"),
        ["../../../alpha/berkas/formulir.pdf"]
    );
}

#[test]
fn an_active_notice_is_a_banner_on_the_home_and_card_and_in_the_feed_until_it_ends() {
    let site = site_with_documents();
    build_on(&site, "2026-06-01");
    let home = site.page("public/alpha/index.html");
    assert_eq!(texts(&home, ".notice-banner li strong"), ["Waspada banjir"]);
    let portal = site.page("public/index.html");
    assert_eq!(
        texts(&portal, ".notice-badge"),
        ["Pengumuman penting: Waspada banjir"]
    );
    assert!(
        site.read("public/alpha/berita/atom.xml")
            .contains("Waspada banjir")
    );
    assert!(
        site.read("public/berita/atom.xml")
            .contains("Waspada banjir")
    );
    // The day after berlaku_sampai: no banner, no badge, not in the feed; the
    // entry stays in the DIP, marked as ended.
    build_on(&site, "2026-07-01");
    let home = site.page("public/alpha/index.html");
    assert!(texts(&home, ".notice-banner").is_empty());
    assert!(texts(&site.page("public/index.html"), ".notice-badge").is_empty());
    assert!(
        !site
            .read("public/alpha/berita/atom.xml")
            .contains("Waspada banjir")
    );
    let entry = site.page("public/alpha/dokumen/banjir/index.html");
    assert_eq!(
        texts(&entry, "p.note"),
        ["Pengumuman ini sudah berakhir pada 30 Juni 2026"]
    );
}

#[test]
fn the_portal_lists_documents_by_kind_and_year_and_search_finds_them() {
    let site = site_with_documents();
    build_on(&site, "2026-06-01");
    let page = site.page("public/dokumen/index.html");
    assert_eq!(
        texts(&page, "main h2"),
        ["Peraturan Desa", "Informasi publik"]
    );
    assert_eq!(
        attrs(&page, "#jenis-peraturan-desa ~ p a", "href")[..3],
        [
            "#peraturan-desa-2024",
            "#peraturan-desa-2023",
            "#peraturan-desa-2019"
        ]
    );
    let sitemap = site.read("public/sitemap.xml");
    assert!(
        sitemap.contains("/alpha/dokumen/perdes-2024-03/"),
        "{sitemap}"
    );
    assert!(sitemap.contains("/alpha/informasi-publik/"), "{sitemap}");
    let menu = texts(
        &site.page("public/alpha/index.html"),
        ".village-bar .menu a",
    );
    assert!(menu.contains(&"Informasi Publik".to_string()), "{menu:?}");
    assert!(menu.contains(&"Produk Hukum".to_string()), "{menu:?}");
    let index = site.read("public/cari/index.json");
    assert!(index.contains("Pungutan Desa"), "{index}");
    assert!(index.contains("\"dokumen/perdes-2024-03/\""), "{index}");
}
