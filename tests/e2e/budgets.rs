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
    // Each chart in a phone layout and a wide one, the same title in both.
    assert_eq!(attrs(&page, "svg.chart.narrow", "role"), vec!["img"; 3]);
    assert_eq!(attrs(&page, "svg.chart.wide", "role"), vec!["img"; 3]);
    assert_eq!(
        texts(&page, "svg.chart.narrow title"),
        texts(&page, "svg.chart.wide title")
    );
    let titles = texts(&page, "svg.chart.wide title");
    assert_eq!(
        titles,
        vec![
            "Pendapatan per kelompok: anggaran dan realisasi",
            "Asal pendapatan desa",
            "Belanja per bidang: anggaran dan realisasi"
        ]
    );
    let desc = texts(&page, "svg.chart.wide desc");
    assert!(
        desc[0].contains("4.1 Pendapatan Asli Desa: Rp62.000.000 / Rp66.201.000 (106,78%)"),
        "{}",
        desc[0]
    );
    assert!(desc[1].contains("Dana Desa 36,33%"), "{}", desc[1]);
    // The charts need no script: the page's only one that runs is the search
    // box's (the others are JSON-LD data).
    let html = page.html();
    let data = html
        .matches("<script type=\"application/ld+json\">")
        .count();
    assert_eq!(html.matches("<script").count() - data, 1);
    assert!(crate::common::attrs(&page, "script", "src")[0].contains("static/search."));
    let index = site.page("public/alpha/apbdes/index.html");
    assert_eq!(
        texts(&index, "svg.chart.wide title"),
        vec!["Pendapatan dan belanja per tahun (anggaran)"]
    );
    assert_eq!(
        texts(&index, "svg.chart.wide text.lbl")[2..],
        ["2023", "2024"]
    );
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
    let expected = "kesalahan: content/kemiren/apbdes/2024.yaml:108:12: jumlah.belanja: \
                    jumlah.belanja tertulis Rp1.528.250.487,25, tetapi hasil hitungan dari \
                    baris-barisnya Rp1.528.250.487,52 (selisih Rp0,27; angka yang tertulis \
                    lebih kecil) [K0508]";
    assert!(id.stderr.contains(expected), "{}", id.stderr);
    assert!(id.stderr.contains("  saran: betulkan angka di `jumlah`"));
    let en = site.run(&["check"]);
    let expected = "error: content/kemiren/apbdes/2024.yaml:108:12: jumlah.belanja: \
                    jumlah.belanja is IDR 1,528,250,487.25 but the lines add up to \
                    IDR 1,528,250,487.52 (difference IDR 0.27; the written figure is smaller) [K0508]";
    assert!(en.stderr.contains(expected), "{}", en.stderr);
}

/// Issue 21: with no realisation reported, three of the five columns were empty
/// on every row (and printed); they are left out, and kept when there is one.
#[test]
fn budget_tables_show_no_empty_column() {
    let site = Site::sample();
    site.build();
    let (mut planned, mut realised) = (0, 0);
    for page in crate::common::html_pages(&site.path("public")) {
        let rel = page.to_string_lossy().replace('\\', "/");
        if !(rel.contains("/apbdes/2") || rel.contains("/budget/2")) {
            continue;
        }
        let html = scraper::Html::parse_document(&std::fs::read_to_string(&page).unwrap());
        let table = scraper::Selector::parse("table.budget").unwrap();
        let row = scraper::Selector::parse("tbody tr").unwrap();
        let cell = scraper::Selector::parse("td").unwrap();
        let head = scraper::Selector::parse("thead th").unwrap();
        for t in html.select(&table) {
            let columns = t.select(&head).count();
            let cells: Vec<Vec<String>> = t
                .select(&row)
                .map(|r| {
                    r.select(&cell)
                        .map(|c| c.text().collect::<String>())
                        .collect()
                })
                .collect();
            for column in 0..columns - 1 {
                assert!(
                    cells.iter().any(|r| r
                        .get(column)
                        .is_some_and(|c| !c.trim().is_empty() && c.trim() != "–")),
                    "{rel}: column {} of a table is empty on every row",
                    column + 2
                );
            }
            match columns {
                2 => planned += 1,
                5 => realised += 1,
                n => panic!("{rel}: {n} columns"),
            }
        }
    }
    assert!(planned > 10 && realised > 10, "{planned} {realised}");
}

/// The colours of the stylesheet's custom properties and `fill`s, per scheme:
/// (light, dark) maps from selector or property name to colour.
fn scheme_colours() -> (
    std::collections::BTreeMap<String, String>,
    std::collections::BTreeMap<String, String>,
) {
    let css = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("themes/default/static/style.css"),
    )
    .unwrap();
    let (mut light, mut dark) = (
        std::collections::BTreeMap::new(),
        std::collections::BTreeMap::new(),
    );
    // Walks the rules: `@media (prefers-color-scheme: dark) { ... }` holds the
    // dark ones; other @media blocks (print, widths) are left out.
    let mut media: Vec<String> = Vec::new();
    let mut rest = css.as_str();
    while let Some(open) = rest.find(['{', '}']) {
        let (before, after) = rest.split_at(open);
        if let Some(closed) = after.strip_prefix('}') {
            media.pop();
            rest = closed;
            continue;
        }
        let prelude = before
            .rsplit(['}', ';'])
            .next()
            .unwrap_or("")
            .trim()
            .to_string();
        if prelude.starts_with('@') {
            media.push(prelude);
            rest = &after[1..];
            continue;
        }
        let end = after.find('}').unwrap();
        let body = &after[1..end];
        rest = &after[end + 1..];
        let target = match media.as_slice() {
            [] => &mut light,
            [m] if m.contains("prefers-color-scheme: dark") => &mut dark,
            _ => continue,
        };
        for declaration in body.split(';') {
            let Some((name, value)) = declaration.split_once(':') else {
                continue;
            };
            let (name, value) = (name.trim(), value.trim());
            if name.starts_with("--") {
                target.insert(name.to_string(), value.to_string());
            } else if name == "fill" {
                for selector in prelude.split(',') {
                    target.insert(selector.trim().to_string(), value.to_string());
                }
            }
        }
    }
    (light, dark)
}

fn luminance(hex: &str) -> f64 {
    let hex = hex.trim_start_matches('#');
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4)
}

/// The WCAG contrast ratio of two `#rrggbb` colours.
fn contrast(a: &str, b: &str) -> f64 {
    let (x, y) = (luminance(a), luminance(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Issue 21: the grey Anggaran bar was 2.48:1 against the page and, in dark mode,
/// the first segment 2.84:1; every bar colour of the charts is 3:1 or more
/// against the page background in both schemes (WCAG 1.4.11), from the CSS.
#[test]
fn chart_colours_meet_3_to_1_in_light_and_dark() {
    let (light, dark) = scheme_colours();
    let mut problems = Vec::new();
    let mut checked = 0;
    for scheme in ["light", "dark"] {
        let pick = |key: &str| -> Option<String> {
            let value = if scheme == "dark" {
                dark.get(key).or_else(|| light.get(key))
            } else {
                light.get(key)
            }?;
            match value.strip_prefix("var(") {
                Some(var) => {
                    let var = var.trim_end_matches(')');
                    if scheme == "dark" {
                        dark.get(var).or_else(|| light.get(var)).cloned()
                    } else {
                        light.get(var).cloned()
                    }
                }
                None => Some(value.clone()),
            }
        };
        let page = pick("--bg").unwrap();
        for class in ["b", "r", "s1", "s2", "s3", "s4", "s5", "s6", "s7", "s8"] {
            let key = format!(".chart .{class}");
            let colour = pick(&key).unwrap_or_else(|| panic!("{key} has a fill"));
            let ratio = contrast(&colour, &page);
            checked += 1;
            if ratio < 3.0 {
                problems.push(format!(
                    "{scheme}: {key} {colour} on {page} is {ratio:.2}:1"
                ));
            }
        }
    }
    assert_eq!(checked, 20);
    assert!(problems.is_empty(), "{problems:#?}");
}
