//! Development projects (`pembangunan/*.md`): an error in Indonesian with its
//! code (the invalid fixtures `pembangunan-*` are cases in `errors.rs`); a
//! village with projects gets the list (stage
//! derived from the reports, totals per source of funds), a page per project
//! (photo timeline, map links, the APBDes line), the portal's list by
//! kecamatan, and entries in the sitemap and the search index.

use crate::common::{Site, attrs, rows, texts};

#[test]
fn a_falling_percentage_is_explained_in_indonesian_with_its_code() {
    let site = Site::new("basic");
    site.overlay("pembangunan-persen-turun");
    let run = site.run_in("id", &["build"]);
    assert_eq!(run.code, 1);
    let line = run
        .stderr
        .lines()
        .find(|l| l.contains("jalan-krajan.md:17:13"))
        .unwrap_or_else(|| panic!("{}", run.stderr));
    assert!(
        line.ends_with("kemajuan turun dari 30 ke 20 persen [K1156]"),
        "{line}"
    );
    assert!(line.contains("progres ke-2 › persen"), "{line}");
    assert!(
        run.stderr
            .contains(": kemajuan tidak bisa berkurang: periksa angka ini"),
        "{}",
        run.stderr
    );
}

/// A budget year of Alpha with two kegiatan of bidang 2.
const BUDGET_2025: &str = "tahun: 2025
status: penetapan
pendapatan:
  - { kode: \"4.2.1\", anggaran: 900000000 }
belanja:
  - bidang: 2
    anggaran: 900000000
    kegiatan:
      - uraian: Rabat beton jalan Dusun Krajan
        anggaran: 150000000
        realisasi: 148500000
        sumber_dana: DDS
      - uraian: Pembangunan saluran drainase
        anggaran: 750000000
        sumber_dana: PBP
";

/// Alpha with three projects: planned, under way (60 %), finished (with photos).
fn site_with_projects() -> Site {
    let site = Site::new("basic");
    site.write("content/alpha/apbdes/2025.yaml", BUDGET_2025);
    site.write(
        "content/alpha/pembangunan/jalan-krajan.md",
        "---
nama: Rabat beton jalan Dusun Krajan
bidang: 2
tahun: 2025
lokasi: { alamat: Dusun Krajan, lat: -8.2191, lon: 114.3691 }
volume: 250 m x 3 m
sumber_dana: DDS
anggaran: 150000000
pelaksana: TPK Desa Alpha
kegiatan: rabat beton jalan dusun krajan
progres:
  - tanggal: 2025-05-01
    persen: 0
    foto: berkas/peta.png
    keterangan: Jalan tanah sebelum dikerjakan
  - tanggal: 2025-06-10
    persen: 50
    keterangan: Separuh jalan dicor
  - tanggal: 2025-07-20
    persen: 100
    foto: berkas/formulir-foto.png
    keterangan: Jalan selesai
---
Dikerjakan warga.
",
    );
    site.write(
        "content/alpha/pembangunan/drainase.md",
        "---
nama: Pembangunan saluran drainase
bidang: 2
tahun: 2025
lokasi: { lat: -8.2191, lon: 114.3691 }
sumber_dana: [PBP]
anggaran: 750000000
kegiatan: \"2.2\"
progres:
  - { tanggal: 2025-08-01, persen: 20 }
  - { tanggal: 2025-09-01, persen: 60 }
---
",
    );
    site.write(
        "content/alpha/pembangunan/posyandu.md",
        "---
nama: Gedung posyandu
bidang: 2
tahun: 2026
lokasi: { lat: -8.2191, lon: 114.3691 }
sumber_dana: [DDS, PAD]
anggaran: 90000000
---
",
    );
    site
}

#[test]
fn the_list_derives_each_stage_and_totals_the_budget_per_source_of_funds() {
    let site = site_with_projects();
    site.build();
    let list = site.page("public/en/alpha/projects/index.html");
    // Newest year first, then by file name.
    assert_eq!(
        texts(&list, ".project h2"),
        [
            "Gedung posyandu",
            "Pembangunan saluran drainase",
            "Rabat beton jalan Dusun Krajan"
        ]
    );
    assert_eq!(
        texts(&list, ".project .stage"),
        ["Planned", "Under way", "Finished"]
    );
    assert_eq!(
        texts(&list, ".project .percent"),
        ["no report yet", "60%", "100%"]
    );
    // A planned project has no bar; the others show their percentage as a value and as text.
    assert_eq!(attrs(&list, ".project progress", "value"), ["60", "100"]);
    assert_eq!(
        rows(&list, ".totals tbody tr"),
        [
            "Village Fund (Dana Desa) DDS 1 IDR 150,000,000",
            "Village Fund (Dana Desa) + Village own-source revenue DDS + PAD 1 IDR 90,000,000",
            "Provincial and regency grants PBP 1 IDR 750,000,000",
        ]
    );
    assert_eq!(rows(&list, ".totals tfoot tr"), ["Total 3 IDR 990,000,000"]);
    let id = site.page("public/alpha/pembangunan/index.html");
    assert_eq!(
        texts(&id, ".project .stage"),
        ["Rencana", "Sedang dikerjakan", "Selesai"]
    );
}

#[test]
fn a_project_page_shows_the_photo_timeline_the_map_and_the_budget_line() {
    let site = site_with_projects();
    site.build();
    let page = site.page("public/alpha/pembangunan/jalan-krajan/index.html");
    assert_eq!(
        attrs(&page, ".timeline time", "datetime"),
        ["2025-05-01", "2025-06-10", "2025-07-20"]
    );
    assert_eq!(texts(&page, ".timeline .percent"), ["0%", "50%", "100%"]);
    // Photos go through the picture pipeline (resized variants, WebP), the
    // report's note as their description.
    assert_eq!(
        attrs(&page, ".timeline img", "alt"),
        ["Jalan tanah sebelum dikerjakan", "Jalan selesai"]
    );
    assert!(
        attrs(&page, ".timeline source", "type")
            .iter()
            .all(|t| t == "image/webp")
    );
    assert!(
        attrs(&page, ".map-links a", "href")
            .iter()
            .any(|h| h.starts_with("https://www.openstreetmap.org/?mlat=-8.2191&mlon=114.3691"))
    );
    // Found in lower case; linked to its budget year, with the realised amount.
    assert_eq!(
        attrs(&page, ".budget-line a", "href"),
        ["../../../alpha/apbdes/2025/"]
    );
    let line = texts(&page, ".budget-line").join("");
    assert!(
        line.contains("Rabat beton jalan Dusun Krajan: Rp150.000.000 · Realisasi: Rp148.500.000"),
        "{line}"
    );
    // A project named by its number in the APBDes (`2.2`) finds its kegiatan too.
    let drain = site.page("public/alpha/pembangunan/drainase/index.html");
    assert!(
        texts(&drain, ".budget-line")
            .join("")
            .contains("Pembangunan saluran drainase")
    );
    // A year without an APBDes has no budget line.
    let planned = site.page("public/alpha/pembangunan/posyandu/index.html");
    assert!(texts(&planned, ".budget-line").is_empty());
    assert_eq!(texts(&planned, ".timeline"), Vec::<String>::new());
}

#[test]
fn the_portal_lists_projects_by_kecamatan_and_search_and_sitemap_know_them() {
    let site = site_with_projects();
    site.build();
    let portal = site.page("public/pembangunan/index.html");
    assert_eq!(texts(&portal, "h2[id^=kecamatan]"), ["Kecamatan Glagah"]);
    assert_eq!(
        rows(&portal, "table.projects tfoot tr"),
        ["Jumlah 3 Rp990.000.000"]
    );
    let sitemap = site.read("public/sitemap.xml");
    for path in [
        "alpha/pembangunan/",
        "alpha/pembangunan/jalan-krajan/",
        "en/alpha/projects/drainase/",
        "pembangunan/",
    ] {
        assert!(sitemap.contains(&format!("/{path}</loc>")), "{path}");
    }
    let index = site.read("public/cari/index.json");
    assert!(index.contains("Gedung posyandu"), "{index}");
    // The village's menu links to the section.
    let home = site.page("public/alpha/index.html");
    assert!(
        attrs(&home, "a", "href")
            .iter()
            .any(|h| h.ends_with("alpha/pembangunan/"))
    );
}
