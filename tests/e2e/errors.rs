//! Bad input: every invalid fixture under tests/fixtures/invalid must fail with
//! exit code 1, a message naming the file, line, column and field, and leave both
//! the previous output and content/ untouched.

use crate::common::Site;

/// One invalid fixture and what its message must say.
struct Case {
    /// Folder under tests/fixtures/invalid, laid over the `basic` fixture.
    name: &'static str,
    /// `path:line:col` (or `path:line`, or just `path`) the message must start with.
    location: &'static str,
    /// The field path, empty when the problem concerns the whole file.
    field: &'static str,
    /// Words the message must contain.
    message: &'static str,
    /// Words the hint under the message must contain.
    hint: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "berkas-html",
        location: "content/alpha/berkas/pengumuman.html",
        field: "",
        message: "`.html` files can run script in a reader's browser",
        hint: "a web page belongs in halaman/ as Markdown",
    },
    Case {
        name: "berkas-svg",
        location: "content/alpha/berkas/logo.svg",
        field: "",
        message: "`.svg` files can run script in a reader's browser",
        hint: "a picture as JPEG or PNG",
    },
    Case {
        name: "berkas-fake-pdf",
        location: "content/alpha/berkas/evil.pdf",
        field: "",
        message: "named `.pdf` but does not hold a PDF [K0715]",
        hint: "save it again from the program that made it",
    },
    Case {
        name: "berkas-unknown-kind",
        location: "content/alpha/berkas/aplikasi.exe",
        field: "",
        message: "kampung does not publish `.exe` files [K0714]",
        hint: "berkas/ publishes these kinds: .pdf",
    },
    Case {
        name: "unsafe-link",
        location: "content/alpha/halaman/profil.md:7:7",
        field: "",
        message: "the link `javascript:alert(1)` is not allowed",
        hint: "link to a web page with `https://...`",
    },
    Case {
        name: "service-unsafe-note",
        location: "content/alpha/layanan.yaml:20:11",
        field: "",
        message: "the link `JavaScript:alert(document.cookie)` is not allowed",
        hint: "link to a web page with `https://...`",
    },
    Case {
        name: "yaml-syntax",
        location: "content/alpha/desa.yaml:5:4",
        field: "",
        message: "this line is indented 3 spaces, but the field `alamat` above it 2 [K0120]",
        hint: "indent this line 2 spaces, like `alamat:`",
    },
    Case {
        name: "wrong-type",
        location: "content/alpha/desa.yaml:4:11",
        field: "penduduk.jumlah",
        message: "expected a whole number, found text \"banyak\" [K0104]",
        hint: "write a whole number without dots, commas or quotes",
    },
    Case {
        name: "unknown-key",
        location: "content/alpha/desa.yaml:2:1",
        field: "kecamtan",
        message: "unknown field `kecamtan`",
        hint: "did you mean `kecamatan`?",
    },
    Case {
        name: "missing-required",
        location: "content/alpha/desa.yaml:1:1",
        field: "nama",
        message: "required field `nama` is missing",
        hint: "add a line `nama: ...`",
    },
    Case {
        name: "bad-slug",
        location: "content/Desa_Baru",
        field: "",
        message: "not a valid village folder name [K0224]",
        hint: "like `desa-baru`",
    },
    Case {
        name: "bad-date",
        location: "content/alpha/berita/satu.md:3:10",
        field: "tanggal",
        message: "`2026-02-30` is not a valid date [K0250]",
        hint: "write the date as year-month-day",
    },
    Case {
        name: "missing-berkas-link",
        location: "content/alpha/halaman/profil.md:6:7",
        field: "",
        message: "`berkas/tidak-ada.pdf` does not exist",
        hint: "add the file to the village's berkas/ folder",
    },
    Case {
        name: "missing-front-matter",
        location: "content/alpha/halaman/profil.md:1:1",
        field: "",
        message: "the file does not start with its top part (its fields between two `---` lines) [K0604]",
        hint: "start the file with its top part",
    },
    Case {
        name: "empty-file",
        location: "content/alpha/halaman/kosong.md:1:1",
        field: "",
        message: "the file is empty [K0603]",
        hint: "start the file with its top part",
    },
    Case {
        name: "unclosed-front-matter",
        location: "content/alpha/halaman/profil.md:1:1",
        field: "",
        message: "the top part of the file (its fields between two `---` lines) is not closed [K0602]",
        hint: "a line holding only `---`",
    },
    Case {
        name: "bad-code",
        location: "content/alpha/desa.yaml:2:7",
        field: "kode",
        message: "not a Kemendagri village code [K0251]",
        hint: "write the 10-digit Kemendagri code in quotes",
    },
    Case {
        name: "bad-kind",
        location: "content/alpha/desa.yaml:2:8",
        field: "jenis",
        message: "`dusun` is not an allowed value",
        hint: "allowed values: `desa`, `kelurahan`",
    },
    Case {
        name: "latitude-out-of-range",
        location: "content/alpha/desa.yaml:4:8",
        field: "lokasi.lat",
        message: "outside -90..90 [K0260]",
        hint: "latitude is between -90 and 90",
    },
    Case {
        name: "population-sum",
        location: "content/alpha/desa.yaml:4:11",
        field: "penduduk.jumlah",
        message: "40 + 50 = 90 [K0214]",
        hint: "correct one of the three figures",
    },
    Case {
        name: "translation-sets-fact",
        location: "content/alpha/desa.en.yaml:2:1",
        field: "kode",
        message: "is a fact",
        hint: "change `kode` in content/alpha/desa.yaml instead",
    },
    Case {
        name: "orphan-translation",
        location: "content/alpha/halaman/tidak-ada.en.md",
        field: "",
        message: "which does not exist [K0238]",
        hint: "create the default-language file first",
    },
    Case {
        name: "bad-base-url",
        location: "content/site.yaml:2:11",
        field: "base_url",
        message: "not an http(s) address [K0202]",
        hint: "write the full address",
    },
    Case {
        name: "missing-news-picture",
        location: "content/alpha/berita/satu.md:4:9",
        field: "gambar",
        message: "`berkas/foto.jpg` does not exist [K0607]",
        hint: "add the file to berkas/",
    },
    Case {
        name: "reserved-page-slug",
        location: "content/alpha/halaman/berita.md",
        field: "",
        message: "address of a section of the village site [K0237]",
        hint: "rename the file, for example to `berita-desa.md`",
    },
    Case {
        name: "language-without-strings",
        location: "content/site.yaml:2:9",
        field: "bahasa",
        message: "xx.yaml is missing",
        hint: "copy the theme's i18n/en.yaml to i18n/xx.yaml",
    },
    Case {
        name: "template-error",
        location: "templates/page.html:4:1",
        field: "",
        message: "page.html",
        hint: "fix the template syntax",
    },
    Case {
        name: "broken-page-link",
        location: "content/alpha/halaman/profil.md:4:7",
        field: "",
        message: "`halaman/visi.md`, which is not a page",
        hint: "link to a page by its file name",
    },
    Case {
        name: "missing-desa-yaml",
        location: "content/gamma",
        field: "",
        message: "no desa.yaml [K0236]",
        hint: "add desa.yaml with at least `nama:` and `kecamatan:`",
    },
    Case {
        name: "bad-phone",
        location: "content/alpha/desa.yaml:4:13",
        field: "kantor.whatsapp",
        message: "not a mobile number [K0211]",
        hint: "write the WhatsApp number like `0812-3456-7890`",
    },
    Case {
        name: "non-utf8",
        location: "content/alpha/index.md:4:4",
        field: "",
        message: "not UTF-8 text [K0221]",
        hint: "save it with the UTF-8 encoding",
    },
    Case {
        name: "binary-yaml",
        location: "content/alpha/desa.yaml:1:8",
        field: "",
        message: "binary data, not text [K0220]",
        hint: "a text file saved from a plain text editor",
    },
    Case {
        name: "service-duplicate-id",
        location: "content/alpha/layanan.yaml:7:7",
        field: "layanan no. 2 (`ktp`) › id",
        message: "service id `ktp` is used twice (first on line 1) [K0302]",
        hint: "give each service its own id",
    },
    Case {
        name: "service-negative-fee",
        location: "content/alpha/layanan.yaml:6:10",
        field: "layanan no. 1 (`ktp`) › biaya",
        message: "the fee -5000 is negative [K0252]",
        hint: "write the amount in Rupiah as digits only",
    },
    Case {
        name: "service-missing-form",
        location: "content/alpha/layanan.yaml:8:7",
        field: "layanan no. 1 (`ktp`) › formulir no. 1",
        message: "`berkas/formulir-ktp.pdf` does not exist [K0607]",
        hint: "add the file to berkas/",
    },
    Case {
        name: "service-bad-online-url",
        location: "content/alpha/layanan.yaml:7:11",
        field: "layanan no. 1 (`ktp`) › daring",
        message: "`www.dukcapil.example` is not an http(s) address [K0305]",
        hint: "write the full address of the online service",
    },
    Case {
        name: "service-translation-unknown-id",
        location: "content/alpha/layanan.en.yaml:3:7",
        field: "layanan no. 2 (`paspor`) › id",
        message: "there is no service `paspor` in content/alpha/layanan.yaml [K0306]",
        hint: "use the same id as in the default-language catalogue",
    },
    Case {
        name: "service-missing-requirements",
        location: "content/alpha/layanan.yaml:1:3",
        field: "layanan no. 1 (`ktp`) › persyaratan",
        message: "required field `persyaratan` is missing",
        hint: "add a line `persyaratan: ...`",
    },
    Case {
        name: "destination-bad-category",
        location: "content/alpha/wisata/air-terjun.md:3:11",
        field: "kategori",
        message: "`pantai` is not an allowed value",
        hint: "allowed values: `alam`, `budaya`",
    },
    Case {
        name: "destination-bad-coordinates",
        location: "content/alpha/wisata/air-terjun.md:6:8",
        field: "lokasi.lon",
        message: "214.3302 is outside -180..180 [K0260]",
        hint: "longitude is between -180 and 180",
    },
    Case {
        name: "destination-missing-photo",
        location: "content/alpha/wisata/air-terjun.md:11:13",
        field: "foto no. 1 › berkas",
        message: "`berkas/air-terjun.jpg` does not exist [K0607]",
        hint: "add the file to berkas/",
    },
    Case {
        name: "destination-bad-price",
        location: "content/alpha/wisata/air-terjun.md:9:12",
        field: "tiket no. 1 (`Umum`) › harga",
        message: "`10.000,-` looks like 10000 written with a thousands separator: write 10000 without the dot [K0255]",
        hint: "write every amount without thousands separators",
    },
    Case {
        name: "destination-translation-sets-fact",
        location: "content/alpha/wisata/air-terjun.en.md:4:3",
        field: "lokasi.lat",
        message: "`lat` is a fact, not text: a translation may not set it (facts come from content/alpha/wisata/air-terjun.md) [K0601]",
        hint: "change `lat` in content/alpha/wisata/air-terjun.md instead",
    },
    Case {
        name: "budget-kegiatan-sum",
        location: "content/alpha/apbdes/2024.yaml:7:15",
        field: "belanja no. 1 › anggaran",
        message: "the anggaran of bidang 1 is IDR 900,000,000 but its kegiatan add up to IDR 899,999,999.99 (difference IDR 0.01; the bidang's figure is larger) [K0507]",
        hint: "must add up exactly to its anggaran",
    },
    Case {
        name: "budget-unknown-code",
        location: "content/alpha/apbdes/2024.yaml:4:13",
        field: "pendapatan no. 1 › kode",
        message: "`4.2.7` is not a revenue code of Permendagri 20/2018 [K0502]",
        hint: "use one of 4.1.1",
    },
    Case {
        name: "budget-bidang-range",
        location: "content/alpha/apbdes/2024.yaml:6:13",
        field: "belanja no. 1 › bidang",
        message: "bidang 7 does not exist; there are five, 1 to 5 [K0505]",
        hint: "1 Pemerintahan, 2 Pembangunan",
    },
    Case {
        name: "budget-jumlah-mismatch",
        location: "content/alpha/apbdes/2024.yaml:12:15",
        field: "jumlah.pendapatan",
        message: "jumlah.pendapatan is IDR 900,000,001 but the lines add up to IDR 900,000,000 (difference IDR 1; the written figure is larger) [K0508]",
        hint: "correct the total",
    },
    Case {
        name: "budget-negative",
        location: "content/alpha/apbdes/2024.yaml:4:32",
        field: "pendapatan no. 1 › anggaran",
        message: "the amount -900000000 is negative [K0256]",
        hint: "amounts cannot be negative",
    },
    Case {
        name: "budget-missing-realisasi",
        location: "content/alpha/apbdes/2024.yaml:4:32",
        field: "pendapatan no. 1 › realisasi",
        message: "`realisasi` is missing, but the status is `realisasi` [K0504]",
        hint: "add `realisasi:`",
    },
    Case {
        name: "budget-year-mismatch",
        location: "content/alpha/apbdes/2024.yaml:1:8",
        field: "tahun",
        message: "the year is 2025 but the file is named 2024.yaml [K0501]",
        hint: "rename the file to apbdes/2025.yaml, or correct `tahun`",
    },
    Case {
        name: "budget-duplicate-code",
        location: "content/alpha/apbdes/2024.yaml:5:13",
        field: "pendapatan no. 2 › kode",
        message: "code 4.2.1 appears twice (first on line 4) [K0503]",
        hint: "put each code once",
    },
    Case {
        name: "yaml-anchor",
        location: "content/alpha/desa.yaml:4:12",
        field: "",
        message: "an anchor (`&`) is not allowed in content files",
        hint: "write the value out in full",
    },
    Case {
        name: "yaml-too-deep",
        location: "content/alpha/desa.yaml:5:72",
        field: "",
        message: "nest more than 64 levels deep",
        hint: "check for `[` or `{` that are never closed",
    },
    Case {
        name: "yaml-indented-first-line",
        location: "content/alpha/desa.yaml:1:1",
        field: "",
        message: "the first line starts with 2 spaces, but the lines below it do not",
        hint: "remove the spaces before `nama:` on line 1",
    },
    Case {
        name: "yaml-line-separator",
        location: "content/alpha/desa.yaml:24:11",
        field: "penduduk.jumlah",
        message: "expected a whole number, found text \"banyak\" [K0104]",
        hint: "write a whole number without dots, commas or quotes",
    },
    Case {
        name: "line-too-long",
        location: "content/alpha/halaman/profil.md:10:10001",
        field: "",
        message: "line 10 is longer than 10000 characters [K0704]",
        hint: "break the text into shorter lines",
    },
    Case {
        name: "broken-home-with-translation",
        location: "content/alpha/index.md:2:22",
        field: "",
        message: "a `:` inside text that has no quotes [K0116]",
        hint: "like this: judul: \"Selamat datang: di Alpha\"",
    },
    Case {
        name: "broken-service-with-translation",
        location: "content/alpha/layanan.yaml:14:10",
        field: "layanan no. 1 (`surat-pengantar`) › biaya",
        message: "the fee `gratis` is not a number [K0254]",
        hint: "write the amount in Rupiah as digits only",
    },
    Case {
        name: "reserved-village-folder",
        location: "content/layanan",
        field: "",
        message: "`layanan` is reserved for a portal page or language",
        hint: "rename the folder",
    },
    Case {
        name: "bad-page-name",
        location: "content/alpha/halaman/Sejarah Desa.md",
        field: "",
        message: "`Sejarah Desa` is not a valid page name [K0233]",
        hint: "like `sejarah-desa.md`",
    },
    Case {
        name: "default-language-suffix",
        location: "content/alpha/halaman/sejarah.id.md",
        field: "",
        message: "`id` is the default language, so its text goes in the file without `.id` [K0226]",
        hint: "merge this file into the one without the language code",
    },
    Case {
        name: "missing-theme",
        location: "content/site.yaml:4:7",
        field: "tema",
        message: "theme `hijau` not found: there is no folder themes/hijau",
        hint: "remove `tema:` to use the built-in default theme",
    },
    Case {
        name: "empty-portal-title",
        location: "content/site.yaml:1:8",
        field: "judul",
        message: "the portal title is empty [K0201]",
        hint: "write the portal's name",
    },
    Case {
        name: "pembangunan-persen-turun",
        location: "content/alpha/pembangunan/jalan-krajan.md:17:13",
        field: "progres no. 2 › persen",
        message: "the progress falls from 30 to 20 percent [K1156]",
        hint: "progress cannot go down",
    },
    Case {
        name: "pembangunan-tanggal-mundur",
        location: "content/alpha/pembangunan/jalan-krajan.md:16:14",
        field: "progres no. 2 › tanggal",
        message: "the report's date 2024-05-20 is not after the report before it (2024-06-01) [K1155]",
        hint: "list the reports from the oldest to the newest",
    },
    Case {
        name: "pembangunan-bidang-salah",
        location: "content/alpha/pembangunan/jalan-krajan.md:3:9",
        field: "bidang",
        message: "bidang 7 is not in the APBDes; the village budget's spending areas are numbered 1 to 5 [K1151]",
        hint: "usually `bidang: 2`",
    },
    Case {
        name: "pembangunan-foto-hilang",
        location: "content/alpha/pembangunan/jalan-krajan.md:14:11",
        field: "progres no. 1 › foto",
        message: "`berkas/krajan-30.jpg` does not exist [K0607]",
        hint: "add the file to berkas/",
    },
    Case {
        name: "pembangunan-anggaran-beda",
        location: "content/alpha/pembangunan/jalan-krajan.md:11:11",
        field: "anggaran",
        message: "the budget IDR 145,000,000 is not the budget of the kegiatan `Rabat beton jalan Dusun Krajan` in content/alpha/apbdes/2025.yaml (IDR 150,000,000) [K1159]",
        hint: "change `anggaran` to `150000000`",
    },
];

#[test]
fn there_are_enough_invalid_fixtures() {
    // The dokumen-*, statistik-* and produk-* fixtures are checked by
    // tests/e2e/dokumen.rs, statistik.rs and produk.rs, in both languages.
    let on_disk = std::fs::read_dir(crate::common::fixtures().join("invalid"))
        .unwrap()
        .filter(|e| {
            !e.as_ref().is_ok_and(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.starts_with("dokumen-")
                    || name.starts_with("statistik-")
                    || name.starts_with("produk-")
            })
        })
        .count();
    assert_eq!(
        on_disk,
        CASES.len(),
        "every fixture folder needs a case, and every case a folder"
    );
    assert!(CASES.len() >= 15);
}

#[test]
fn each_invalid_fixture_fails_precisely_and_touches_nothing() {
    // Cases are independent: check them on a few threads, each with its own site.
    let workers = std::thread::available_parallelism()
        .map_or(2, |n| n.get())
        .clamp(2, 4);
    let chunks: Vec<&[Case]> = CASES.chunks(CASES.len().div_ceil(workers)).collect();
    let failures: Vec<String> = std::thread::scope(|scope| {
        let handles: Vec<_> = chunks
            .into_iter()
            .map(|chunk| {
                scope.spawn(move || chunk.iter().filter_map(check_case).collect::<Vec<_>>())
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a checking thread"))
            .collect()
    });
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

/// Builds the `basic` fixture, lays the case over it, builds again, and describes
/// what is wrong with the result, if anything.
fn check_case(case: &Case) -> Option<String> {
    let site = Site::new("basic");
    site.build();
    let before = site.snapshot("public");
    site.overlay(case.name);
    let content_before = site.snapshot("content");
    let run = site.run(&["build"]);
    // The location ends where the field or the message starts: `path:3:10` does
    // not match `path:3:100`.
    let header = format!("error: {}: ", case.location);
    let line = run.stderr.lines().find(|l| l.starts_with(&header));
    let hints = line
        .map(|l| hints_under(&run.stderr, l))
        .unwrap_or_default();
    let problem = match line {
        _ if run.code != 1 => Some(format!("exit code {} instead of 1", run.code)),
        None => Some(format!("no line starting with `{header}`")),
        Some(line) if !case.field.is_empty() && !line.contains(&format!(": {}: ", case.field)) => {
            Some(format!("field `{}` not named in `{line}`", case.field))
        }
        Some(line) if !line.contains(case.message) => {
            Some(format!("`{}` not in `{line}`", case.message))
        }
        Some(line) if !hints.iter().any(|h| h.contains(case.hint)) => Some(format!(
            "hint `{}` not under `{line}` (its hints: {hints:?})",
            case.hint
        )),
        _ if site.snapshot("public") != before => Some("the previous output changed".into()),
        _ if site.snapshot("content") != content_before => Some("content/ changed".into()),
        _ if !run.stderr.contains("nothing was written") => Some("no closing summary".into()),
        _ => None,
    };
    problem.map(|p| format!("{}: {p}\n--- stderr:\n{}", case.name, run.stderr))
}

/// The `hint:` lines of the message that starts with the line `error`: those
/// below it, up to the blank line that ends each message.
fn hints_under<'a>(stderr: &'a str, error: &str) -> Vec<&'a str> {
    stderr
        .lines()
        .skip_while(|l| *l != error)
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.trim_start().strip_prefix("hint: "))
        .collect()
}

/// The cases whose location is a path alone, and why: each concerns a folder, a
/// binary file, or a file's name or kind, never a line of its text.
const WITHOUT_LINE: &[(&str, &str)] = &[
    (
        "berkas-html",
        "the file's kind is refused, whatever it holds",
    ),
    (
        "berkas-svg",
        "the file's kind is refused, whatever it holds",
    ),
    (
        "berkas-fake-pdf",
        "a binary file that is not what its name says",
    ),
    (
        "berkas-unknown-kind",
        "a binary file of a kind kampung does not publish",
    ),
    ("bad-slug", "a folder's name"),
    (
        "orphan-translation",
        "the file's name names a file that does not exist",
    ),
    (
        "reserved-page-slug",
        "the file's name is a section's address",
    ),
    (
        "missing-desa-yaml",
        "a folder, and the file that is missing from it",
    ),
    ("reserved-village-folder", "a folder's name"),
    ("bad-page-name", "the file's name"),
    ("default-language-suffix", "the file's name"),
];

#[test]
fn every_case_concerning_a_line_of_text_names_the_line() {
    for case in CASES {
        let without = WITHOUT_LINE.iter().find(|(name, _)| *name == case.name);
        // `path:line:col`, or `path:line` where the problem has no column.
        let has_line = case
            .location
            .split(':')
            .nth(1)
            .is_some_and(|n| n.parse::<usize>().is_ok());
        assert!(
            has_line != without.is_some(),
            "{}: `{}` {}",
            case.name,
            case.location,
            if has_line {
                "has a line but is listed in WITHOUT_LINE"
            } else {
                "names no line and is not listed in WITHOUT_LINE"
            }
        );
        assert!(!case.hint.is_empty(), "{}: no hint", case.name);
    }
}

#[test]
fn messages_carry_a_hint_and_the_source_line() {
    let site = Site::new("basic");
    site.overlay("unknown-key");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("2 | kecamtan: Glagah"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("hint: did you mean `kecamatan`?"),
        "{}",
        run.stderr
    );
}

#[test]
fn all_problems_of_a_run_are_reported_together() {
    let site = Site::new("basic");
    site.overlay("bad-date");
    site.overlay("bad-code");
    site.overlay("missing-berkas-link");
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1);
    assert_eq!(
        run.stderr.matches("\nerror: ").count() + usize::from(run.stderr.starts_with("error: ")),
        3,
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("3 errors found"));
}

#[test]
fn output_folder_guards() {
    let site = Site::new("basic");
    site.write("elsewhere/keep.txt", "not kampung's");
    for (output, words) in [
        ("elsewhere", "not empty and was not written by kampung"),
        (".", "contains the site itself"),
        ("content/public", "inside content/"),
    ] {
        let out = site.path(output);
        let run = site.run(&["build", "--output", out.to_str().unwrap()]);
        assert_eq!(run.code, 2, "{output}: {}", run.stderr);
        assert!(run.stderr.contains(words), "{output}: {}", run.stderr);
    }
    assert_eq!(site.read("elsewhere/keep.txt"), "not kampung's");
    assert!(!site.path("content/public").exists());
    // An empty folder, or one kampung wrote, is fine.
    std::fs::create_dir(site.path("empty")).unwrap();
    assert_eq!(
        site.run(&["build", "--output", site.path("empty").to_str().unwrap()])
            .code,
        0
    );
    assert_eq!(
        site.run(&["build", "--output", site.path("empty").to_str().unwrap()])
            .code,
        0
    );
}

#[test]
fn missing_content_folder_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let run = crate::common::run(&["build", "--root", dir.path().to_str().unwrap()]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("no content/ folder"), "{}", run.stderr);
}

#[test]
fn berkas_names_that_break_addresses_get_a_suggested_name() {
    use std::os::unix::ffi::OsStrExt;
    let site = Site::new("basic");
    site.build();
    let before = site.snapshot("public");
    let berkas = site.path("content/alpha/berkas");
    std::fs::write(berkas.join("Surat <Resmi> \"2024\".pdf"), "%PDF-1.4\n").unwrap();
    std::fs::write(berkas.join("baris\nbaru.pdf"), "%PDF-1.4\n").unwrap();
    let bad_utf8 = std::ffi::OsStr::from_bytes(b"surat \xff\xfe.pdf");
    std::fs::write(berkas.join(bad_utf8), "%PDF-1.4\n").unwrap();
    let run = site.run(&["build"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for (file, suggestion) in [
        (
            "content/alpha/berkas/Surat <Resmi> \"2024\".pdf",
            "surat-resmi-2024.pdf",
        ),
        ("content/alpha/berkas/baris\\nbaru.pdf", "baris-baru.pdf"),
        (
            "content/alpha/berkas/surat \u{fffd}\u{fffd}.pdf",
            "surat.pdf",
        ),
    ] {
        let line = run
            .stderr
            .lines()
            .find(|l| l.starts_with(&format!("error: {file}")))
            .unwrap_or_else(|| panic!("no error for {file:?}:\n{}", run.stderr));
        assert!(
            line.contains("web address") || line.contains("not valid text"),
            "{line}"
        );
        assert!(
            run.stderr.contains(&format!("rename it to `{suggestion}`")),
            "{suggestion}: {}",
            run.stderr
        );
    }
    assert_eq!(
        site.snapshot("public"),
        before,
        "the previous output changed"
    );
}

/// The `error:` lines of a run.
fn error_lines(run: &crate::common::Run) -> Vec<&str> {
    run.stderr
        .lines()
        .filter(|l| l.starts_with("error: "))
        .collect()
}

#[test]
fn a_broken_default_file_gives_no_false_errors_in_its_translation() {
    // index.md with bad front matter beside index.en.md; layanan.yaml with one bad
    // service beside layanan.en.yaml: each reports its own problem and nothing else.
    for case in [
        "broken-home-with-translation",
        "broken-service-with-translation",
    ] {
        let site = Site::new("basic");
        site.overlay(case);
        let run = site.run(&["check"]);
        assert_eq!(run.code, 1, "{case}: {}", run.stderr);
        assert_eq!(error_lines(&run).len(), 1, "{case}: {}", run.stderr);
        assert!(
            !run.stderr.contains("does not exist"),
            "{case}: {}",
            run.stderr
        );
        assert!(!run.stderr.contains("no service"), "{case}: {}", run.stderr);
    }
}

/// Runs `kampung <command>` on `site` within [`MEMORY`] and 30 s, and checks that it
/// fails with exit code 1 in under 10 s, printing each of `errors`.
fn fails_quickly_with(site: &Site, command: &str, errors: &[&str]) -> crate::common::Run {
    let started = std::time::Instant::now();
    let run = site.run_bounded(&[command], 30, MEMORY);
    assert_eq!(run.code, 1, "{command}: {}", run.stderr);
    for error in errors {
        assert!(
            run.stderr.contains(&format!("error: {error}")),
            "{command}: {error}: {}",
            run.stderr
        );
    }
    assert!(started.elapsed().as_secs() < 10, "{:?}", started.elapsed());
    run
}

/// Address space for a bounded run: far above what checking a small site takes,
/// far below what an expanded alias bomb takes.
const MEMORY: u64 = 2 << 30;

#[test]
fn special_files_in_content_are_errors_not_hangs() {
    let site = Site::new("basic");
    let paths = [
        "content/alpha/berita/x.md",
        "content/alpha/berkas/x.pdf",
        "content/x.yaml",
    ];
    for rel in paths {
        let path = std::ffi::CString::new(site.path(rel).to_str().unwrap()).unwrap();
        // SAFETY: `path` is a valid NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(path.as_ptr(), 0o644) }, 0, "{rel}");
    }
    let errors: Vec<String> = paths
        .iter()
        .map(|rel| format!("{rel}: this is a named pipe (FIFO), not a regular file"))
        .collect();
    let errors: Vec<&str> = errors.iter().map(String::as_str).collect();
    for command in ["check", "build"] {
        let run = fails_quickly_with(&site, command, &errors);
        assert_eq!(error_lines(&run).len(), 3, "{}", run.stderr);
    }
}

#[test]
fn an_alias_bomb_is_refused_quickly() {
    // 20,000 aliases to a 100 KB text: 2 GB once expanded.
    let site = Site::new("basic");
    let mut text = String::from("- id: bom\n  nama: &teks |\n");
    for _ in 0..1000 {
        text.push_str("    ");
        text.push_str(&"x".repeat(100));
        text.push('\n');
    }
    text.push_str("  persyaratan:\n");
    text.push_str(&"    - *teks\n".repeat(20_000));
    text.push_str("  prosedur: [Datang]\n  waktu: 1 hari\n  biaya: 0\n");
    site.write("content/alpha/layanan.yaml", &text);
    fails_quickly_with(
        &site,
        "check",
        &["content/alpha/layanan.yaml:2:9: an anchor (`&`) is not allowed in content files"],
    );
}

#[test]
fn deep_nesting_is_refused_quickly() {
    for (opening, column) in [("[", 67), ("{a: ", 259)] {
        let site = Site::new("basic");
        let desa = site.read("content/alpha/desa.yaml");
        let deep = opening.repeat(100_000);
        // Kept under the line limit: a line of 100,000 brackets would be refused
        // for its length before any YAML is read.
        let deep: String = deep
            .as_bytes()
            .chunks(4000)
            .map(|c| format!("  {}\n", std::str::from_utf8(c).unwrap()))
            .collect();
        site.write(
            "content/alpha/desa.yaml",
            &desa.replace("slogan: Rukun dan makmur\n", &format!("slogan:\n{deep}")),
        );
        fails_quickly_with(
            &site,
            "check",
            &[&format!(
                "content/alpha/desa.yaml:6:{column}: lists and fields nest more than 64 levels deep here"
            )],
        );
    }
}

#[test]
fn files_past_the_size_limits_are_errors() {
    let site = Site::new("basic");
    // A news item of 1 MiB and a bit (in lines of 100 characters), and a berkas/
    // file of 50 MiB and a byte (sparse: nothing is written to disk).
    let line = format!("{}\n", "x".repeat(99));
    let body = line.repeat((1 << 20) / 100 + 1);
    site.write(
        "content/alpha/berita/besar.md",
        &format!("---\njudul: Besar\ntanggal: 2026-01-01\n---\n{body}"),
    );
    let big = std::fs::File::create(site.path("content/alpha/berkas/besar.pdf")).unwrap();
    big.set_len((50 << 20) + 1).unwrap();
    let run = fails_quickly_with(
        &site,
        "check",
        &[
            "content/alpha/berita/besar.md: the file is 1 MiB and a bit, larger than the limit of 1 MiB [K0702]",
            "content/alpha/berkas/besar.pdf: the file is 50 MiB and a bit, larger than the limit of 50 MiB [K0701]",
        ],
    );
    assert_eq!(error_lines(&run).len(), 2, "{}", run.stderr);
}

#[test]
fn a_refused_berkas_file_is_reported_once_not_again_where_it_is_linked() {
    let site = Site::new("basic");
    site.write(
        "content/alpha/berkas/evil.pdf",
        "<html><script>alert(1)</script></html>",
    );
    site.write(
        "content/alpha/berkas/halaman.html",
        "<script>alert(1)</script>",
    );
    let page = site.read("content/alpha/halaman/profil.md");
    site.write(
        "content/alpha/halaman/profil.md",
        &format!("{page}\n[Unduh](berkas/evil.pdf) [lihat](berkas/halaman.html)\n"),
    );
    let run = site.run(&["check"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        error_lines(&run),
        [
            "error: content/alpha/berkas/evil.pdf: the file is named `.pdf` but does not hold a PDF [K0715]",
            "error: content/alpha/berkas/halaman.html: `.html` files can run script in a reader's browser, so they are not published from berkas/ [K0712]",
        ],
        "{}",
        run.stderr
    );
}

/// Page and news problems in Indonesian, with their codes and the example to copy.
#[test]
fn page_and_news_problems_are_told_in_indonesian() {
    let site = Site::new("basic");
    site.write("content/alpha/halaman/sejarah.md", "# Sejarah Desa\n");
    site.write(
        "content/alpha/berita/tanpa-judul.md",
        "---\njudul: \"\"\ntanggal: 2026-01-02\n---\nIsi.\n",
    );
    let root = site.root().to_str().unwrap().to_string();
    let run = crate::common::run_in("id", &["check", "--root", &root]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "kesalahan: content/alpha/halaman/sejarah.md:1:1: berkas ini tidak punya bagian pembuka \
         (front matter) di antara dua baris `---` [K0604]",
        "  saran: awali berkas dengan bagian pembuka (front matter) di antara dua baris `---`, \
         misalnya:\n---\njudul: Sejarah Desa\nurutan: 1\n---",
        "kesalahan: content/alpha/berita/tanpa-judul.md:2:8: judul: judul kosong [K0605]",
        "  saran: tulis judulnya setelah `judul:`, misalnya `judul: Sejarah Desa`",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected}\n---\n{}",
            run.stderr
        );
    }
}
