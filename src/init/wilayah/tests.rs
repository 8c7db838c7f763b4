//! Tests of the official village list.

use super::*;

use std::time::Instant;

#[test]
fn the_embedded_list_holds_every_village_of_the_official_csv() {
    let list = Wilayah::get();
    assert_eq!(list.village_count(), 83_762);
    assert_eq!(list.districts.len(), 7_285);
    assert_eq!(list.regencies.len(), 514);
    assert_eq!(list.provinces.len(), 38);
    let kinds = |k| {
        (0..list.villages.len())
            .filter(|&i| list.village(i).kind == k)
            .count()
    };
    assert_eq!(kinds(VillageKind::Desa), 75_252);
    assert_eq!(kinds(VillageKind::Kelurahan), 8_496);
    assert_eq!(kinds(VillageKind::DesaAdat), 14);
}

#[test]
fn a_code_finds_its_village_with_or_without_dots() {
    let list = Wilayah::get();
    let started = Instant::now();
    let v = list.find_village("35.10.24.2007").unwrap();
    eprintln!("code lookup after loading: {:?}", started.elapsed());
    assert_eq!(v.name, "Kluncing");
    assert_eq!(v.kind, VillageKind::Desa);
    assert_eq!(v.district, "Licin");
    assert_eq!(v.regency, "Kabupaten Banyuwangi");
    assert_eq!(v.province, "Jawa Timur");
    assert_eq!(list.find_village("3510242007").unwrap(), v);
    let kelurahan = list.find_village("35.10.15.1002").unwrap();
    assert_eq!(kelurahan.kind, VillageKind::Kelurahan);
}

#[test]
fn an_unknown_or_malformed_code_is_refused_with_its_own_code() {
    let list = Wilayah::get();
    assert_eq!(
        list.find_village("35.10.24.9999").unwrap_err().message.id(),
        "K1003"
    );
    assert_eq!(
        list.find_village("35.10.242007").unwrap_err().message.id(),
        "K1004"
    );
    assert_eq!(
        list.find_regency("99.99").unwrap_err().message.id(),
        "K1006"
    );
    assert_eq!(list.find_regency("351").unwrap_err().message.id(), "K1007");
}

#[test]
fn a_name_matches_ignoring_case_and_spaces() {
    let list = Wilayah::get();
    assert_eq!(list.find_village("kluncing").unwrap().code, "35.10.24.2007");
    assert_eq!(
        list.find_village("KLUN CING").unwrap().code,
        "35.10.24.2007"
    );
    assert_eq!(
        list.find_village("Desa Kluncing").unwrap().code,
        "35.10.24.2007"
    );
}

#[test]
fn a_shared_name_lists_every_candidate_and_asks_for_the_code() {
    let list = Wilayah::get();
    let all = list.villages_named("Sumberagung");
    assert!(all.len() > 10, "{}", all.len());
    let failure = list.find_village("sumberagung").unwrap_err();
    assert_eq!(failure.message.id(), "K1001");
    let text = failure.to_string();
    assert!(text.contains("35.10.01.2004"), "{text}");
    assert!(text.contains("Pesanggaran"), "{text}");
    let narrowed = list.find_village("Sumberagung, Pesanggaran").unwrap();
    assert_eq!(narrowed.code, "35.10.01.2004");
    let narrowed = list.find_village("sumber agung,banyuwangi").unwrap();
    assert_eq!(narrowed.code, "35.10.01.2004");
}

#[test]
fn no_match_suggests_the_nearest_names() {
    let list = Wilayah::get();
    let failure = list.find_village("Kluncingg").unwrap_err();
    assert_eq!(failure.message.id(), "K1002");
    assert!(failure.to_string().contains("35.10.24.2007"));
}

#[test]
fn a_regency_by_code_or_name_has_its_villages() {
    let list = Wilayah::get();
    let byw = list.find_regency("35.10").unwrap();
    assert_eq!(byw.name, "Kabupaten Banyuwangi");
    assert_eq!(byw.short_name(), "Banyuwangi");
    assert_eq!(list.find_regency("banyuwangi").unwrap(), byw);
    assert_eq!(list.find_regency("3510").unwrap(), byw);
    let villages = list.villages_of(&byw);
    assert_eq!(villages.len(), 217);
    assert_eq!(
        villages
            .iter()
            .filter(|v| v.kind == VillageKind::Kelurahan)
            .count(),
        28
    );
    assert_eq!(
        list.find_regency("Bandung").unwrap_err().message.id(),
        "K1008"
    );
    assert_eq!(
        list.find_regency("Kota Bandung").unwrap().name,
        "Kota Bandung"
    );
    assert_eq!(
        list.find_regency("Banyuwangu").unwrap_err().message.id(),
        "K1005"
    );
}

/// Splits one CSV line into fields (quoted fields may hold commas and `""`).
fn csv_fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            c => out.last_mut().unwrap().push(c),
        }
    }
    out
}

/// The compact text of the official CSV (`code,name,kind,district_code,
/// district,regency_code,regency,province_code,province`).
fn compact(csv: &str) -> String {
    let mut out = String::new();
    let (mut p, mut r, mut d) = (String::new(), String::new(), String::new());
    for line in csv.lines().skip(1) {
        let f = csv_fields(line);
        let tail = |code: &str| code.rsplit('.').next().unwrap().to_string();
        if f[7] != p {
            p = f[7].clone();
            out += &format!("P\t{p}\t{}\n", f[8]);
        }
        if f[5] != r {
            r = f[5].clone();
            out += &format!("R\t{}\t{}\n", tail(&r), f[6]);
        }
        if f[3] != d {
            d = f[3].clone();
            out += &format!("D\t{}\t{}\n", tail(&d), f[4]);
        }
        out += &format!("{}\t{}\n", tail(&f[0]), f[1]);
    }
    out
}

/// With `KAMPUNG_WILAYAH_CSV=<path of villages.csv>`, checks the embedded
/// list against that file, and with `KAMPUNG_UPDATE_DATA=1` too rewrites
/// `data/wilayah/wilayah.tsv.br` from it.
#[test]
fn the_embedded_list_is_the_official_csv() {
    let Ok(path) = std::env::var("KAMPUNG_WILAYAH_CSV") else {
        return;
    };
    let csv = std::fs::read_to_string(path).unwrap();
    let text = compact(&csv);
    if std::env::var_os("KAMPUNG_UPDATE_DATA").is_some() {
        let mut out = Vec::new();
        let params = brotli::enc::BrotliEncoderParams {
            quality: 11,
            lgwin: 24,
            ..Default::default()
        };
        brotli::BrotliCompress(&mut text.as_bytes(), &mut out, &params).unwrap();
        let target = concat!(env!("CARGO_MANIFEST_DIR"), "/data/wilayah/wilayah.tsv.br");
        std::fs::write(target, &out).unwrap();
        eprintln!("{} bytes of text, {} compressed", text.len(), out.len());
        return;
    }
    assert_eq!(decompress(EMBEDDED).unwrap(), text);
    // Every row of the CSV is found by its code with its names.
    let list = Wilayah::parse(&text);
    for line in csv.lines().skip(1) {
        let f = csv_fields(line);
        let v = list.village_by_code(&f[0]).unwrap();
        assert_eq!((v.name, v.district, v.regency), (&*f[1], &*f[4], &*f[6]));
    }
}

#[test]
fn decompressing_and_reading_the_list_is_quick() {
    let started = Instant::now();
    let text = decompress(EMBEDDED).unwrap();
    let decompressed = started.elapsed();
    let list = Wilayah::parse(&text);
    let parsed = started.elapsed();
    let started = Instant::now();
    for _ in 0..1000 {
        assert!(list.village_by_code("35.10.24.2007").is_some());
    }
    let lookups = started.elapsed();
    let started = Instant::now();
    let named = list.villages_named("Sumberagung").len();
    eprintln!(
        "decompress {decompressed:?}, parse {parsed:?}, 1000 code lookups {lookups:?}, \
         one name scan {:?} ({named} found)",
        started.elapsed()
    );
}
