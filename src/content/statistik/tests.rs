use super::*;
use crate::diagnostic::Report;
use std::path::Path;

fn parse(text: &str, opted_in: &[&str]) -> (Option<StatYear>, Report) {
    let mut report = Report::new();
    let opted: Vec<String> = opted_in.iter().map(|s| s.to_string()).collect();
    let source = Source::file(Path::new("statistik/2025.yaml"), text);
    let year = parse_year(&source, 2025, &opted, &mut report);
    (year, report)
}

fn codes(report: &Report) -> Vec<&'static str> {
    report
        .diagnostics()
        .iter()
        .filter_map(|d| d.code())
        .collect()
}

const YEAR: &str = "per: 2025-06-30
sumber: SIAK Dukcapil
jumlah_penduduk: 4321
kategori:
  agama:
    - {label: islam, jumlah: 4290, laki_laki: 2135, perempuan: 2155}
    - {label: HINDU, jumlah: 31, laki_laki: 15, perempuan: 16}
  jenis-kelamin:
    - {label: LAKI-LAKI, jumlah: 2150}
    - {label: PEREMPUAN, jumlah: 2171}
";

#[test]
fn a_year_is_read_with_official_labels_in_category_order() {
    let (year, report) = parse(YEAR, &[]);
    assert!(!report.has_errors(), "{report:?}");
    let year = year.unwrap();
    assert_eq!(year.population, 4321);
    assert_eq!(year.categories[0].def.slug, "jenis-kelamin");
    assert_eq!(year.categories[1].rows[0].label, "ISLAM");
    assert_eq!(year.count("agama", "HINDU"), Some(31));
}

#[test]
fn a_category_left_empty_by_the_web_forms_is_a_category_not_given() {
    let text = format!("{YEAR}  pekerjaan: []\n");
    let (year, report) = parse(&text, &[]);
    assert!(!report.has_errors(), "{report:?}");
    assert!(year.unwrap().category("pekerjaan").is_none());
}

#[test]
fn every_rule_has_its_code() {
    let wrong_total = YEAR.replace("jumlah: 2171", "jumlah: 2170");
    assert_eq!(codes(&parse(&wrong_total, &[]).1), ["K1204"]);
    let sexes = YEAR.replace("perempuan: 16", "perempuan: 15");
    assert_eq!(codes(&parse(&sexes, &[]).1), ["K1205"]);
    let label = YEAR.replace("HINDU", "HINDHU");
    let (_, report) = parse(&label, &[]);
    assert_eq!(codes(&report), ["K1203"]);
    let hint = report.diagnostics()[0]
        .hint_in(crate::message::Lang::En)
        .unwrap();
    assert!(hint.contains("`HINDU`"), "{hint}");
    let nik = YEAR.replace("sumber: SIAK Dukcapil", "sumber: \"3510151234560001\"");
    assert_eq!(codes(&parse(&nik, &[]).1), ["K1200"]);
    let name = YEAR.replace("{label: HINDU,", "{nama: Budi, label: HINDU,");
    assert_eq!(codes(&parse(&name, &[]).1), ["K1201"]);
    let one_sex = YEAR.replace(", perempuan: 16", "");
    assert_eq!(codes(&parse(&one_sex, &[]).1), ["K1212"]);
    let twice = YEAR.replace("HINDU", "Islam ");
    assert_eq!(codes(&parse(&twice, &[]).1), ["K1207"]);
    let date = YEAR.replace("per: 2025", "per: 2024");
    assert_eq!(codes(&parse(&date, &[]).1), ["K1206"]);
    let category = YEAR.replace("  agama:", "  agamaa:");
    assert_eq!(codes(&parse(&category, &[]).1), ["K1202"]);
}

#[test]
fn a_sensitive_category_is_checked_and_warned_about_unless_opted_in() {
    let text = format!(
        "{YEAR}  golongan-darah:\n    - {{label: a, jumlah: 4000}}\n    - {{label: o, jumlah: 321}}\n"
    );
    let (year, report) = parse(&text, &[]);
    assert_eq!(codes(&report), ["K1211"]);
    assert!(!report.has_errors());
    let year = year.unwrap();
    assert!(year.category("golongan-darah").is_some());
    let config = StatisticsConfig::default();
    assert!(publish(&year, &config).category("golongan-darah").is_none());
    let opted = StatisticsConfig {
        threshold: 5,
        opted_in: vec!["golongan-darah".into()],
    };
    assert!(publish(&year, &opted).category("golongan-darah").is_some());
    let (_, report) = parse(&text, &["golongan-darah"]);
    assert!(codes(&report).is_empty());
}

/// A row for [`year_with`]: label, count, and men and women.
type TestRow<'a> = (&'a str, u64, Option<(u64, u64)>);

fn year_with(rows: &[TestRow<'_>]) -> StatYear {
    let population = rows.iter().map(|r| r.1).sum();
    StatYear {
        year: 2025,
        date: crate::content::Date {
            year: 2025,
            month: 6,
            day: 30,
        },
        source: None,
        population,
        categories: vec![Category {
            def: category("agama").unwrap(),
            rows: rows
                .iter()
                .map(|(label, count, sexes)| Row {
                    label: label.to_string(),
                    count: *count,
                    male: sexes.map(|s| s.0),
                    female: sexes.map(|s| s.1),
                })
                .collect(),
        }],
    }
}

fn cells(year: &PublishedYear) -> Vec<Cell> {
    year.categories[0].rows.iter().map(|r| r.count).collect()
}

#[test]
fn small_counts_are_published_as_less_than_the_threshold() {
    let year = year_with(&[("ISLAM", 400, None), ("HINDU", 3, None), ("BUDHA", 2, None)]);
    let published = publish(&year, &StatisticsConfig::default());
    assert_eq!(
        cells(&published),
        [Cell::Value(400), Cell::Small, Cell::Small]
    );
    assert_eq!(Cell::Small.data(5), "<5");
    // Zero identifies no one, and is published.
    let year = year_with(&[
        ("ISLAM", 400, None),
        ("HINDU", 0, None),
        ("BUDHA", 20, None),
    ]);
    let published = publish(&year, &StatisticsConfig::default());
    assert_eq!(
        cells(&published),
        [Cell::Value(400), Cell::Value(0), Cell::Value(20)]
    );
}

#[test]
fn one_small_cell_in_a_sum_withholds_the_next_smallest_too() {
    let year = year_with(&[
        ("ISLAM", 400, None),
        ("KRISTEN", 30, None),
        ("HINDU", 3, None),
        ("BUDHA", 12, None),
        ("KHONGHUCU", 0, None),
    ]);
    let published = publish(&year, &StatisticsConfig::default());
    assert_eq!(
        cells(&published),
        [
            Cell::Value(400),
            Cell::Value(30),
            Cell::Small,
            Cell::Withheld,
            Cell::Value(0)
        ]
    );
    assert_eq!(published.categories[0].total, 445);
}

#[test]
fn the_threshold_is_a_setting() {
    let year = year_with(&[("ISLAM", 400, None), ("HINDU", 7, None), ("BUDHA", 9, None)]);
    let ten = StatisticsConfig {
        threshold: 10,
        opted_in: Vec::new(),
    };
    let published = publish(&year, &ten);
    assert_eq!(
        cells(&published),
        [Cell::Value(400), Cell::Small, Cell::Small]
    );
    assert_eq!(published.categories[0].rows[1].count.data(10), "<10");
    let three = StatisticsConfig {
        threshold: 3,
        opted_in: Vec::new(),
    };
    assert_eq!(
        cells(&publish(&year, &three)),
        [Cell::Value(400), Cell::Value(7), Cell::Value(9)]
    );
}

/// Every published sum with a withheld cell has at least two.
fn no_sum_reveals(c: &PublishedCategory) {
    let hidden = |x: &Cell| x.value().is_none();
    let column = c.rows.iter().filter(|r| hidden(&r.count)).count();
    assert_ne!(column, 1, "{c:?}");
    if let Some((m, f)) = c.sexes {
        for r in &c.rows {
            let row = [r.count, r.male.unwrap(), r.female.unwrap()];
            assert_ne!(row.iter().filter(|x| hidden(x)).count(), 1, "{r:?}");
        }
        let men = c.rows.iter().filter(|r| hidden(&r.male.unwrap())).count() + hidden(&m) as usize;
        let women =
            c.rows.iter().filter(|r| hidden(&r.female.unwrap())).count() + hidden(&f) as usize;
        assert_ne!(men, 1, "{c:?}");
        assert_ne!(women, 1, "{c:?}");
    }
}

#[test]
fn suppression_holds_across_rows_and_columns_of_men_and_women() {
    let year = year_with(&[
        ("ISLAM", 4290, Some((2135, 2155))),
        ("KRISTEN", 25, Some((12, 13))),
        ("HINDU", 31, Some((3, 28))),
        ("BUDHA", 40, Some((20, 20))),
    ]);
    let published = publish(&year, &StatisticsConfig::default());
    let c = &published.categories[0];
    assert_eq!(c.rows[2].male, Some(Cell::Small));
    no_sum_reveals(c);
    // Deterministic: the same input gives the same cells.
    assert_eq!(publish(&year, &StatisticsConfig::default()), published);
}

#[test]
fn suppression_never_leaves_one_hidden_cell_in_a_sum_on_many_tables() {
    let mut x: u64 = 7;
    for _ in 0..300 {
        let mut rows = Vec::new();
        for label in ["ISLAM", "KRISTEN", "KATHOLIK", "HINDU", "BUDHA"] {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let m = x % 9;
            let f = (x >> 8) % 40;
            rows.push((label, m + f, Some((m, f))));
        }
        let year = year_with(&rows);
        no_sum_reveals(&publish(&year, &StatisticsConfig::default()).categories[0]);
    }
}

#[test]
fn the_portal_sums_then_suppresses_and_keeps_what_a_village_withholds() {
    let a = year_with(&[
        ("ISLAM", 400, None),
        ("HINDU", 3, None),
        ("BUDHA", 10, None),
    ]);
    let b = year_with(&[
        ("ISLAM", 300, None),
        ("HINDU", 4, None),
        ("BUDHA", 50, None),
    ]);
    let config = StatisticsConfig::default();
    let (pa, pb) = (publish(&a, &config), publish(&b, &config));
    let sum = publish_sum(&[(&a, &pa), (&b, &pb)], &config).unwrap();
    assert_eq!(sum.population, 767);
    let c = &sum.categories[0];
    assert_eq!(c.total, 767);
    // HINDU sums to 7, above the threshold, but each village withholds its
    // own: 7 minus one village's figure would give the other's.
    assert_eq!(c.rows[1].count, Cell::Withheld);
    no_sum_reveals(c);
    let big_a = year_with(&[("ISLAM", 400, None), ("HINDU", 30, None)]);
    let big_b = year_with(&[("ISLAM", 300, None), ("HINDU", 40, None)]);
    let (pa, pb) = (publish(&big_a, &config), publish(&big_b, &config));
    let sum = publish_sum(&[(&big_a, &pa), (&big_b, &pb)], &config).unwrap();
    assert_eq!(cells(&sum), [Cell::Value(700), Cell::Value(70)]);
}
