//! Writes deterministic benchmark sites from the official village list.
//!
//! ```text
//! cargo run --release --example gensite -- regency  OUT [--photos N]
//! cargo run --release --example gensite -- national OUT [--villages N]
//! cargo run --release --example gensite -- plain    OUT --from-zola ZOLA_SITE
//! ```
//!
//! - `regency`: the 217 villages of Banyuwangi, each with desa.yaml, index.md,
//!   12 services, 3 destinations, 3 budget years, 20 news and 4 pages, in
//!   Indonesian and English. `--photos N` adds N distinct photo-like 12-megapixel
//!   JPEGs (several MB each) to the villages' `berkas/`, one village after another.
//! - `national`: every village of Indonesia (83,762) with desa.yaml, index.md,
//!   8 services, 1 budget year and 3 news, in Indonesian.
//! - `plain`: the pages that `../shared/bench/gen_peers.py` writes for Zola, laid out
//!   as kampung content, carrying the same information (each section a village whose
//!   slogan is the section's description; each page a news item, `berita/`, with the
//!   same title, date, description and Markdown body), so that the generators do
//!   equal work: dates parsed and formatted, lists newest first with descriptions.
//!
//! The village list is `bench/data/villages.csv` (MIT, see bench/data/LICENSE).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

#[path = "../tests/support/rng.rs"]
#[allow(dead_code)]
mod rng;
use rng::Rng;
#[path = "support/photos.rs"]
mod photos;

struct Village {
    code: String,
    name: String,
    kind: String,
    district: String,
    regency: String,
    province: String,
    slug: String,
}

fn read_villages(data: &Path, regency: Option<&str>) -> Vec<Village> {
    let text =
        fs::read_to_string(data).unwrap_or_else(|e| panic!("reading {}: {e}", data.display()));
    let mut villages = Vec::new();
    let mut used = std::collections::BTreeSet::new();
    for line in text.lines().skip(1) {
        let fields = split_csv(line);
        if fields.len() < 9 {
            continue;
        }
        if regency.is_some_and(|r| fields[6] != r) {
            continue;
        }
        let base: String = kampung::content::suggest_slug(&fields[1]);
        let mut slug = if base.is_empty() {
            "desa".to_string()
        } else {
            base
        };
        // Names repeat across Indonesia, and a few are words kampung reserves for
        // its own folders (a village is called Berkas): make every slug usable.
        const RESERVED: [&str; 14] = [
            "static", "berkas", "404", "id", "en", "cari", "search", "layanan", "services",
            "wisata", "tourism", "apbdes", "budget", "berita",
        ];
        if RESERVED.contains(&slug.as_str()) || ["news", "sitemap"].contains(&slug.as_str()) {
            slug = format!("desa-{slug}");
        }
        if !used.insert(slug.clone()) {
            slug = format!("{slug}-{}", fields[0].replace('.', ""));
            used.insert(slug.clone());
        }
        villages.push(Village {
            code: fields[0].clone(),
            name: fields[1].clone(),
            kind: if fields[2] == "kelurahan" {
                "kelurahan".into()
            } else {
                "desa".into()
            },
            district: fields[4].clone(),
            regency: fields[6].clone(),
            province: fields[8].clone(),
            slug,
        });
    }
    villages
}

fn split_csv(line: &str) -> Vec<String> {
    let mut fields = vec![String::new()];
    let mut quoted = false;
    for c in line.chars() {
        match (c, quoted) {
            ('"', _) => quoted = !quoted,
            (',', false) => fields.push(String::new()),
            (c, _) => fields.last_mut().unwrap().push(c),
        }
    }
    fields
}

fn write(path: &Path, text: &str) {
    if let Some(parent) = path.parent() {
        fs::create_dir_all(parent).unwrap();
    }
    fs::write(path, text).unwrap();
}

fn quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

const SENTENCES: &[&str] = &[
    "Warga bergotong royong membersihkan saluran air dan jalan dusun.",
    "Pemerintah desa mengundang seluruh ketua RT dan RW untuk bermusyawarah.",
    "Kegiatan ini didanai dari Dana Desa tahun berjalan.",
    "Hasil panen kopi dan padi tahun ini lebih baik dari tahun lalu.",
    "Posyandu melayani penimbangan balita setiap bulan di balai dusun.",
    "Karang taruna menyiapkan lomba untuk memeriahkan hari kemerdekaan.",
    "BUM Desa mengelola paket wisata dan penyewaan alat pertanian.",
    "Petugas kesehatan memberikan penyuluhan tentang gizi anak.",
    "Jalan rabat beton sepanjang ratusan meter telah selesai dibangun.",
    "Pelayanan surat di kantor desa tidak dipungut biaya.",
];

fn paragraph(rng: &mut Rng, n: usize) -> String {
    (0..n)
        .map(|_| *rng.pick(SENTENCES))
        .collect::<Vec<_>>()
        .join(" ")
}

const SERVICES: &[(&str, &str, &str)] = &[
    (
        "surat-pengantar",
        "Surat Keterangan Pengantar",
        "Surat Keterangan",
    ),
    ("domisili", "Surat Keterangan Domisili", "Surat Keterangan"),
    ("sktm", "Surat Keterangan Tidak Mampu", "Surat Keterangan"),
    (
        "keterangan-usaha",
        "Surat Keterangan Usaha",
        "Surat Keterangan",
    ),
    (
        "pengantar-kk",
        "Pengantar Kartu Keluarga",
        "Administrasi Kependudukan",
    ),
    (
        "pengantar-ktp-el",
        "Pengantar KTP Elektronik",
        "Administrasi Kependudukan",
    ),
    (
        "kelahiran",
        "Surat Keterangan Kelahiran",
        "Administrasi Kependudukan",
    ),
    (
        "kematian",
        "Surat Keterangan Kematian",
        "Administrasi Kependudukan",
    ),
    (
        "pindah",
        "Surat Keterangan Pindah",
        "Administrasi Kependudukan",
    ),
    (
        "pengantar-skck",
        "Pengantar SKCK",
        "Perizinan dan Pengantar",
    ),
    (
        "izin-keramaian",
        "Pengantar Izin Keramaian",
        "Perizinan dan Pengantar",
    ),
    (
        "kia",
        "Pengantar Kartu Identitas Anak",
        "Administrasi Kependudukan",
    ),
];

fn desa_yaml(v: &Village, rng: &mut Rng) -> String {
    let (lat, lon) = (
        -8.0 - rng.below(6000) as f64 / 10000.0,
        114.0 + rng.below(4000) as f64 / 10000.0,
    );
    let male = 800 + rng.below(4000);
    let female = 800 + rng.below(4000);
    format!(
        "nama: {}\njenis: {}\nkode: \"{}\"\nkecamatan: {}\nslogan: \"Desa {} yang guyub dan maju\"\nkepala:\n  jabatan: {}\n  nama: Pejabat Contoh\nperangkat:\n  - jabatan: Sekretaris\n    nama: Sekretaris Contoh\nkantor:\n  alamat: \"Jl. Raya {}\"\n  jam_layanan: \"Senin–Jumat 08.00–15.00\"\n  telepon: \"0333-555{:03}\"\n  whatsapp: \"0812-0000-{:04}\"\nlokasi:\n  lat: {lat:.4}\n  lon: {lon:.4}\npenduduk:\n  jumlah: {}\n  laki_laki: {male}\n  perempuan: {female}\n  tahun: 2025\n",
        quoted(&v.name),
        v.kind,
        v.code,
        quoted(&v.district),
        v.name.replace('"', ""),
        if v.kind == "kelurahan" {
            "Lurah"
        } else {
            "Kepala Desa"
        },
        v.name.replace('"', ""),
        rng.below(1000),
        rng.below(10000),
        male + female,
    )
}

fn catalogue(count: usize, rng: &mut Rng) -> (String, String) {
    let mut id = String::new();
    let mut en = String::new();
    for (slug, name, category) in SERVICES.iter().take(count) {
        let _ = write!(
            id,
            "- id: {slug}\n  nama: {name}\n  kategori: {category}\n  ringkasan: {}\n  persyaratan:\n    - Surat pengantar RT/RW\n    - Fotokopi KTP-el\n    - Fotokopi Kartu Keluarga\n  prosedur:\n    - Datang ke kantor desa membawa persyaratan.\n    - Petugas memeriksa berkas.\n    - Kepala desa menandatangani surat.\n  waktu: {} hari kerja\n  biaya: 0\n",
            quoted(&paragraph(rng, 1)),
            1 + rng.below(3)
        );
        let _ = write!(
            en,
            "- id: {slug}\n  nama: {name} (English)\n  waktu: 1 working day\n"
        );
    }
    (id, en)
}

fn budget(year: i32, rng: &mut Rng) -> String {
    let dd = 700_000_000 + rng.below(400_000_000);
    let add = 400_000_000 + rng.below(400_000_000);
    let total = dd + add;
    let b1 = total * 35 / 100;
    let b2 = total * 30 / 100;
    let b3 = total * 10 / 100;
    let b4 = total * 15 / 100;
    let b5 = total - b1 - b2 - b3 - b4;
    format!(
        "tahun: {year}\nstatus: penetapan\nsumber: Angka ilustratif untuk uji kinerja\npendapatan:\n  - {{ kode: \"4.2.1\", anggaran: {dd} }}\n  - {{ kode: \"4.2.3\", anggaran: {add} }}\nbelanja:\n  - bidang: 1\n    anggaran: {b1}\n    kegiatan:\n      - {{ uraian: Penghasilan tetap, anggaran: {}, sumber_dana: ADD }}\n      - {{ uraian: Operasional kantor, anggaran: {}, sumber_dana: ADD }}\n  - {{ bidang: 2, anggaran: {b2} }}\n  - {{ bidang: 3, anggaran: {b3} }}\n  - {{ bidang: 4, anggaran: {b4} }}\n  - {{ bidang: 5, anggaran: {b5} }}\njumlah:\n  pendapatan: {total}\n  belanja: {total}\n",
        b1 / 2,
        b1 - b1 / 2
    )
}

/// Writes one village of the `regency` (full) or `national` (light) profile.
fn village(out: &Path, v: &Village, full: bool, rng: &mut Rng) {
    let dir = out.join("content").join(&v.slug);
    write(&dir.join("desa.yaml"), &desa_yaml(v, rng));
    write(
        &dir.join("index.md"),
        &format!(
            "---\njudul: Selamat datang di Desa {}\n---\n{}\n\n{}\n",
            v.name,
            paragraph(rng, 4),
            paragraph(rng, 3)
        ),
    );
    let (services, services_en) = catalogue(if full { 12 } else { 8 }, rng);
    write(&dir.join("layanan.yaml"), &services);
    let news = if full { 20 } else { 3 };
    for i in 0..news {
        let month = 1 + i % 12;
        let day = 1 + (i * 7) % 28;
        write(
            &dir.join(format!("berita/kabar-{i:02}.md")),
            &format!(
                "---\njudul: Kabar desa nomor {i}\ntanggal: 2026-{month:02}-{day:02}\nringkasan: {}\n---\n{}\n\n## Rincian\n\n- {}\n- {}\n\n{}\n",
                quoted(&paragraph(rng, 1)),
                paragraph(rng, 4),
                paragraph(rng, 1),
                paragraph(rng, 1),
                paragraph(rng, 3)
            ),
        );
    }
    let years: &[i32] = if full { &[2024, 2025, 2026] } else { &[2026] };
    for year in years {
        write(
            &dir.join(format!("apbdes/{year}.yaml")),
            &budget(*year, rng),
        );
    }
    if !full {
        return;
    }
    write(
        &dir.join("desa.en.yaml"),
        "slogan: A friendly, forward-looking village\n",
    );
    write(
        &dir.join("index.en.md"),
        &format!(
            "---\njudul: Welcome to {}\n---\nWelcome to our village.\n",
            v.name
        ),
    );
    write(&dir.join("layanan.en.yaml"), &services_en);
    for (i, page) in ["sejarah", "visi-misi", "geografi", "potensi"]
        .iter()
        .enumerate()
    {
        write(
            &dir.join(format!("halaman/{page}.md")),
            &format!(
                "---\njudul: {}\nurutan: {}\n---\n{}\n\n| Dusun | KK |\n|---|---:|\n| Krajan | {} |\n| Timur | {} |\n\n{}\n",
                page.replace('-', " "),
                i + 1,
                paragraph(rng, 4),
                rng.below(500),
                rng.below(500),
                paragraph(rng, 3)
            ),
        );
        write(
            &dir.join(format!("halaman/{page}.en.md")),
            &format!("---\njudul: {page} (English)\n---\nEnglish text.\n"),
        );
    }
    for i in 0..3 {
        let (lat, lon) = (
            -8.0 - rng.below(6000) as f64 / 10000.0,
            114.0 + rng.below(4000) as f64 / 10000.0,
        );
        let kind = ["alam", "budaya", "kuliner"][i];
        write(
            &dir.join(format!("wisata/tempat-{i}.md")),
            &format!(
                "---\nnama: Tempat wisata {i} {}\nkategori: {kind}\nringkasan: {}\nlokasi:\n  lat: {lat:.4}\n  lon: {lon:.4}\njam_buka: Setiap hari 07.00–17.00\ntiket:\n  - jenis: Umum\n    harga: {}\nfasilitas: [Toilet, Parkir, Warung]\n---\n{}\n",
                v.name.replace('"', ""),
                quoted(&paragraph(rng, 1)),
                5000 * (1 + rng.below(4)),
                paragraph(rng, 5)
            ),
        );
        write(
            &dir.join(format!("wisata/tempat-{i}.en.md")),
            "---\nringkasan: A place to visit.\n---\nEnglish description.\n",
        );
    }
}

fn site_yaml(out: &Path, title: &str, languages: &str) {
    write(
        &out.join("content/site.yaml"),
        &format!(
            "judul: {title}\nbase_url: https://bench.example\nbahasa: {languages}\nkabupaten: Banyuwangi\nprovinsi: Jawa Timur\ndeskripsi: Situs uji kinerja kampung.\n"
        ),
    );
}

/// Lays the Zola site written by gen_peers.py out as kampung content.
fn plain(out: &Path, zola: &Path) {
    site_yaml(out, "Portal Desa Nusantara", "[id]");
    let content = zola.join("content");
    let mut sections: Vec<PathBuf> = fs::read_dir(&content)
        .unwrap_or_else(|e| panic!("reading {}: {e}", content.display()))
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_dir())
        .collect();
    sections.sort();
    for (n, section) in sections.iter().enumerate() {
        let slug = section.file_name().unwrap().to_string_lossy().to_string();
        let index = fs::read_to_string(section.join("_index.md")).unwrap_or_default();
        let (front, body) = split(&index);
        let title = field(front, "title").unwrap_or_else(|| slug.clone());
        let description = field(front, "description").unwrap_or_default();
        let dir = out.join("content").join(&slug);
        // The peers' title is "Desa Tirtawangi, Kecamatan Sidareja": kampung's
        // theme adds "Desa" and "Kecamatan" itself, so it gets the two names.
        let (name, district) = match title
            .strip_prefix("Desa ")
            .and_then(|t| t.split_once(", Kecamatan "))
        {
            Some((name, district)) => (name.to_string(), district.to_string()),
            None => (title.clone(), format!("Kecamatan {}", n % 16)),
        };
        write(
            &dir.join("desa.yaml"),
            &format!(
                "nama: {}\nkecamatan: {}\nslogan: {}\n",
                quoted(&name),
                quoted(&district),
                quoted(&description)
            ),
        );
        write(&dir.join("index.md"), body);
        let mut pages: Vec<PathBuf> = fs::read_dir(section)
            .unwrap()
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|e| e == "md") && !p.ends_with("_index.md"))
            .collect();
        pages.sort();
        for page in pages {
            let text = fs::read_to_string(&page).unwrap();
            let (front, body) = split(&text);
            let title = field(front, "title").unwrap_or_default();
            let description = field(front, "description").unwrap_or_default();
            let date = field(front, "date").unwrap_or_default();
            let name = page.file_name().unwrap().to_string_lossy().to_string();
            write(
                &dir.join("berita").join(&name),
                &format!(
                    "---\njudul: {}\ntanggal: {date}\nringkasan: {}\n---\n{body}",
                    quoted(&title),
                    quoted(&description)
                ),
            );
        }
    }
}

fn split(text: &str) -> (&str, &str) {
    let Some(rest) = text.strip_prefix("---\n") else {
        return ("", text);
    };
    match rest.find("\n---\n") {
        Some(i) => (&rest[..i], rest[i + 5..].trim_start_matches('\n')),
        None => ("", text),
    }
}

fn field(front: &str, name: &str) -> Option<String> {
    front.lines().find_map(|l| {
        let value = l.strip_prefix(&format!("{name}:"))?.trim();
        Some(value.trim_matches('"').replace("\\\"", "\""))
    })
}

/// Writes `count` distinct photo-like 12-megapixel JPEGs, one village after the
/// other, as `content/<village>/berkas/foto-NNNN.jpg`, a few at a time.
fn put_photos(out: &Path, villages: &[Village], count: u32) {
    use rayon::prelude::*;
    (0..count).collect::<Vec<_>>().par_iter().for_each(|&i| {
        let v = &villages[i as usize % villages.len()];
        let path = out
            .join("content")
            .join(&v.slug)
            .join(format!("berkas/foto-{i:04}.jpg"));
        let bytes = photos::jpeg(i + 1);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).unwrap();
        }
        fs::write(&path, bytes).unwrap();
    });
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let usage = "usage: gensite regency|national|plain OUT [--photos N] [--villages N] [--from-zola DIR] [--data villages.csv]";
    let (Some(profile), Some(out)) = (args.first(), args.get(1)) else {
        eprintln!("{usage}");
        std::process::exit(2);
    };
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let out = PathBuf::from(out);
    if out.exists() {
        fs::remove_dir_all(&out).unwrap();
    }
    let data = option("--data").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("bench/data/villages.csv"),
        PathBuf::from,
    );
    let mut rng = Rng(20_261_127);
    let count = match profile.as_str() {
        "regency" => {
            site_yaml(&out, "Portal Desa Kabupaten Banyuwangi", "[id, en]");
            write(
                &out.join("content/site.en.yaml"),
                "judul: Banyuwangi Village Portal\n",
            );
            let villages = read_villages(&data, Some("Kabupaten Banyuwangi"));
            for v in &villages {
                village(&out, v, true, &mut rng);
            }
            if let Some(n) = option("--photos").and_then(|n| n.parse().ok()) {
                put_photos(&out, &villages, n);
            }
            villages.len()
        }
        "national" => {
            site_yaml(&out, "Portal Desa Indonesia", "[id]");
            let mut villages = read_villages(&data, None);
            if let Some(n) = option("--villages").and_then(|n| n.parse().ok()) {
                villages.truncate(n);
            }
            for v in &villages {
                village(&out, v, false, &mut rng);
            }
            let _ = villages.first().map(|v| (&v.regency, &v.province));
            villages.len()
        }
        "plain" => {
            let Some(zola) = option("--from-zola") else {
                eprintln!(
                    "plain needs --from-zola DIR (a site written by ../shared/bench/gen_peers.py)"
                );
                std::process::exit(2);
            };
            plain(&out, Path::new(&zola));
            0
        }
        _ => {
            eprintln!("{usage}");
            std::process::exit(2);
        }
    };
    println!(
        "wrote {profile} site to {} ({count} villages)",
        out.display()
    );
}
