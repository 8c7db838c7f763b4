//! Village budgets (APBDes): pages whose figures equal the data's sums, charts,
//! open data that parses back, and the portal table.

use crate::common::{Site, attrs, broken_links, rows, run_in, texts};

/// Splits one CSV line, honouring quotes.
fn csv_fields(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                fields.last_mut().unwrap().push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

/// A CSV amount (`1220937619.09`) in sen.
fn sen(text: &str) -> i128 {
    let (whole, frac) = text.split_once('.').unwrap();
    assert_eq!(frac.len(), 2, "{text}");
    whole.parse::<i128>().unwrap() * 100 + frac.parse::<i128>().unwrap()
}

#[test]
fn year_page_shows_headline_figures_and_the_three_tables() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/apbdes/2023/index.html");
    assert_eq!(
        texts(&page, "h1"),
        vec!["Anggaran Pendapatan dan Belanja Desa 2023"]
    );
    assert_eq!(
        texts(&page, "#ringkasan ~ .headlines dd .big"),
        vec![
            "Rp2.396.557.000",
            "Rp2.649.473.141,47",
            "(Rp252.916.141,47)",
            "Rp252.916.141,47",
            "Rp0"
        ]
    );
    assert_eq!(
        texts(&page, "#ringkasan ~ .headlines dd .muted"),
        vec![
            "Rp2.266.654.862 (94,58%)",
            "Rp2.027.544.371 (76,53%)",
            "Rp239.110.491",
            "Rp252.916.141,47",
            "Rp492.026.632,47"
        ]
    );
    let revenue = rows(&page, "table:has(#tabel-pendapatan) tbody tr");
    assert!(
        revenue.contains(
            &"4.1 Pendapatan Asli Desa 62.000.000 66.201.000 4.201.000 106,78".to_string()
        ),
        "{revenue:?}"
    );
    assert!(
        revenue.contains(
            &"4.2.2 Bagi Hasil Pajak dan Retribusi 158.191.000 66.686.000 (91.505.000) 42,16"
                .to_string()
        ),
        "{revenue:?}"
    );
    assert!(
        revenue.contains(
            &"4.3.9 Pendapatan lain, termasuk bunga 5.500.000 6.339.918 839.918 115,27".to_string()
        ),
        "{revenue:?}"
    );
    assert_eq!(
        revenue.last().unwrap(),
        "Jumlah Pendapatan 2.396.557.000 2.266.654.862 (129.902.138) 94,58"
    );
    let spending = rows(&page, "table:has(#tabel-belanja) tbody tr");
    assert_eq!(
        spending[0],
        "01 Penyelenggaraan Pemerintahan Desa 1.220.937.619,09 949.680.871 (271.256.748,09) 77,78"
    );
    assert_eq!(
        spending[1],
        "Penghasilan tetap kepala desa dan perangkat ADD 480.000.000 480.000.000 0 100,00"
    );
    assert!(spending.contains(&"05 Penanggulangan Bencana, Darurat dan Mendesak Desa 202.129.522,38 138.600.000 (63.529.522,38) 68,57".to_string()), "{spending:?}");
    assert!(
        spending
            .contains(&"Surplus/(Defisit) (252.916.141,47) 239.110.491 492.026.632,47".to_string()),
        "{spending:?}"
    );
    let financing = rows(&page, "table:has(#tabel-pembiayaan) tbody tr");
    assert_eq!(
        financing.last().unwrap(),
        "SiLPA/SiKPA Tahun Berjalan 0 492.026.632,47 492.026.632,47"
    );
}

#[test]
fn charts_are_inline_svg_with_title_and_description() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/apbdes/2023/index.html");
    assert_eq!(attrs(&page, "svg.chart", "role"), vec!["img", "img", "img"]);
    let titles = texts(&page, "svg.chart title");
    assert_eq!(
        titles,
        vec![
            "Pendapatan per kelompok: anggaran dan realisasi",
            "Asal pendapatan desa",
            "Belanja per bidang: anggaran dan realisasi"
        ]
    );
    let desc = texts(&page, "svg.chart desc");
    assert!(
        desc[0].contains("4.1 Pendapatan Asli Desa: Rp62.000.000 / Rp66.201.000 (106,78%)"),
        "{}",
        desc[0]
    );
    assert!(desc[1].contains("Dana Desa 36,33%"), "{}", desc[1]);
    // The charts need no script: the page's only one is the search box's.
    assert_eq!(page.html().matches("<script").count(), 1);
    assert!(crate::common::attrs(&page, "script", "src")[0].contains("static/search."));
    let index = site.page("public/alpha/apbdes/index.html");
    assert_eq!(
        texts(&index, "svg.chart title"),
        vec!["Pendapatan dan belanja per tahun (anggaran)"]
    );
    assert_eq!(texts(&index, "svg.chart text.lbl")[2..], ["2023", "2024"]);
    assert_eq!(texts(&index, "table.budget tbody th"), vec!["2024", "2023"]);
    assert_eq!(
        texts(&index, "#terbaru"),
        vec!["Tahun anggaran 2024 Penetapan"]
    );
}

#[test]
fn csv_opens_and_adds_up_to_the_page_totals() {
    let site = Site::new("basic");
    site.build();
    let csv = site.read("public/alpha/apbdes/2023.csv");
    let mut lines = csv.lines();
    assert_eq!(
        lines.next().unwrap(),
        "tahun,bagian,kode,uraian,bidang,sumber_dana,anggaran,realisasi"
    );
    let rows: Vec<Vec<String>> = lines.map(csv_fields).collect();
    assert!(rows.iter().all(|r| r.len() == 8 && r[0] == "2023"));
    let total = |part: &str, col: usize| {
        rows.iter()
            .filter(|r| r[1] == part)
            .map(|r| sen(&r[col]))
            .sum::<i128>()
    };
    assert_eq!(total("pendapatan", 6), 239_655_700_000);
    assert_eq!(total("pendapatan", 7), 226_665_486_200);
    assert_eq!(total("belanja", 6), 264_947_314_147);
    assert_eq!(total("belanja", 7), 202_754_437_100);
    assert_eq!(total("penerimaan_pembiayaan", 6), 25_291_614_147);
    // A bidang with kegiatan contributes its kegiatan and no total row.
    let sector_one: Vec<_> = rows
        .iter()
        .filter(|r| r[1] == "belanja" && r[4] == "1")
        .collect();
    assert_eq!(sector_one.len(), 2);
    assert_eq!(
        sector_one[1][3],
        "Operasional pemerintahan, \"kantor\" dan BPD"
    );
    assert_eq!(sector_one[1][5], "DDS");
    // The page links to its data.
    let page = site.page("public/en/alpha/budget/2023/index.html");
    assert_eq!(
        attrs(&page, "a[download]", "href"),
        vec![
            "../../../../alpha/apbdes/2023.csv",
            "../../../../alpha/apbdes/2023.json"
        ]
    );
}

#[test]
fn json_parses_back_with_every_computed_figure() {
    let site = Site::new("basic");
    site.build();
    let data: serde_json::Value =
        serde_json::from_str(&site.read("public/alpha/apbdes/2023.json")).unwrap();
    let raw = site.read("public/alpha/apbdes/2023.json");
    assert!(
        raw.contains("\"anggaran\": 2649473141.47"),
        "amounts are exact decimal numbers"
    );
    assert_eq!(data["tahun"], 2023);
    assert_eq!(data["status"], "realisasi");
    let summary = &data["ringkasan"];
    assert_eq!(summary["jumlah_pendapatan"]["persen"].to_string(), "94.58");
    assert_eq!(summary["jumlah_belanja"]["persen"].to_string(), "76.53");
    assert_eq!(
        summary["surplus_defisit"]["anggaran"].to_string(),
        "-252916141.47"
    );
    assert_eq!(summary["silpa_sikpa"]["anggaran"].as_f64(), Some(0.0));
    assert_eq!(summary["pendapatan_per_kelompok"][0]["kode"], "4.1");
    assert_eq!(
        summary["pendapatan_per_kelompok"][0]["persen"].to_string(),
        "106.78"
    );
    assert_eq!(
        summary["belanja_per_bidang"][4]["persen"].to_string(),
        "68.57"
    );
    assert_eq!(data["baris"].as_array().unwrap().len(), 8 + 2 + 4 + 1);
}

#[test]
fn english_pages_keep_official_names_with_a_gloss() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/en/alpha/budget/2023/index.html");
    assert_eq!(texts(&page, "h1"), vec!["Village budget (APBDes) 2023"]);
    assert_eq!(
        texts(
            &page,
            "table:has(#tabel-pendapatan) tbody tr th span[lang=id]"
        )[0],
        "Pendapatan Asli Desa"
    );
    assert_eq!(
        texts(&page, "table:has(#tabel-pendapatan) tbody tr th .gloss")[0],
        "(Village own-source revenue)"
    );
    assert_eq!(
        texts(&page, "#ringkasan ~ .headlines dd .muted")
            .first()
            .map(String::as_str),
        Some("IDR 2,266,654,862 (94.58%)")
    );
    assert_eq!(
        texts(&page, "table:has(#tabel-pendapatan) thead th"),
        vec![
            "Item",
            "Budget (IDR)",
            "Actual (IDR)",
            "Over/(under) (IDR)",
            "%"
        ]
    );
}

#[test]
fn portal_table_lists_latest_years_and_offers_sorted_copies() {
    let site = Site::new("basic");
    site.write(
        "content/beta/apbdes/2025.yaml",
        "tahun: 2025\nstatus: realisasi\npendapatan:\n  - { kode: \"4.2.1\", anggaran: 3000000000, realisasi: 3000000000 }\nbelanja:\n  - { bidang: 1, anggaran: 3000000000, realisasi: 2400000000 }\n",
    );
    site.build();
    let page = site.page("public/apbdes/index.html");
    assert_eq!(
        texts(&page, "table.budget tbody th a"),
        vec!["Desa Alpha", "Kelurahan Beta"]
    );
    assert_eq!(
        rows(&page, "table.budget tbody tr"),
        vec![
            "Desa AlphaKecamatan Glagah 2024Penetapan Rp1.850.000.000 Rp1.900.000.000 –",
            "Kelurahan BetaKecamatan Kalipuro 2025Realisasi Rp3.000.000.000 Rp3.000.000.000 80,00%",
        ]
    );
    assert_eq!(
        attrs(&page, "table.budget tbody th a", "href"),
        vec!["../alpha/apbdes/", "../beta/apbdes/"]
    );
    let by_revenue = site.page("public/apbdes/pendapatan/index.html");
    assert_eq!(
        texts(&by_revenue, "table.budget tbody th a"),
        vec!["Kelurahan Beta", "Desa Alpha"]
    );
    assert_eq!(
        texts(&by_revenue, "strong[aria-current]"),
        vec!["Pendapatan"]
    );
    assert!(site.path("public/en/budget/realisasi/index.html").is_file());
    assert_eq!(broken_links(&site.path("public")), Vec::<String>::new());
}

/// A total that does not add up names both figures and the difference in Rupiah
/// as the site shows them, in Indonesian and in English, with the code.
#[test]
fn a_total_that_does_not_add_up_names_both_figures_in_rupiah() {
    let site = Site::sample();
    let rel = "content/kemiren/apbdes/2024.yaml";
    let text = site
        .read(rel)
        .replace("  belanja: 1528250487.52", "  belanja: 1528250487.25");
    site.write(rel, &text);
    let root = site.root().to_str().unwrap().to_string();
    let id = run_in("id", &["check", "--root", &root]);
    assert_eq!(id.code, 1, "{}", id.stderr);
    let expected = "kesalahan: content/kemiren/apbdes/2024.yaml:107:12: jumlah.belanja: \
                    jumlah.belanja tertulis Rp1.528.250.487,25, tetapi hasil hitungan dari \
                    baris-barisnya Rp1.528.250.487,52 (selisih Rp0,27; angka yang tertulis \
                    lebih kecil) [K0508]";
    assert!(id.stderr.contains(expected), "{}", id.stderr);
    assert!(id.stderr.contains("  saran: betulkan angka di `jumlah`"));
    let en = site.run(&["check"]);
    let expected = "error: content/kemiren/apbdes/2024.yaml:107:12: jumlah.belanja: \
                    jumlah.belanja is IDR 1,528,250,487.25 but the lines add up to \
                    IDR 1,528,250,487.52 (difference IDR 0.27; the written figure is smaller) [K0508]";
    assert!(en.stderr.contains(expected), "{}", en.stderr);
}
