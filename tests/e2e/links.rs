//! Links in content that would be published broken are errors at their line and
//! column, from every kind of page, with the nearest existing target as the fix;
//! links that work (to this village, other villages, the portal) stay as they are.

use crate::common::{Site, run_in};

/// Appends `text` to the file `rel` of `site`; the line number the text starts on.
fn append(site: &Site, rel: &str, text: &str) -> usize {
    let old = site.read(rel);
    let old = if old.ends_with('\n') { old } else { old + "\n" };
    site.write(rel, &format!("{old}{text}"));
    old.lines().count() + 1
}

/// `kampung check` on `site` with messages in `lang`.
fn check(site: &Site, lang: &str) -> crate::common::Run {
    run_in(lang, &["check", "--root", site.root().to_str().unwrap()])
}

/// Every `error:` line with the hint under it.
fn errors(stderr: &str) -> Vec<(String, String)> {
    let lines: Vec<&str> = stderr.lines().collect();
    let mut out = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let Some(message) = line
            .strip_prefix("error: ")
            .or_else(|| line.strip_prefix("kesalahan: "))
        else {
            continue;
        };
        let hint = lines[i + 1..]
            .iter()
            .take_while(|l| !l.starts_with("error: ") && !l.starts_with("kesalahan: "))
            .find_map(|l| {
                l.trim_start()
                    .strip_prefix("hint: ")
                    .or_else(|| l.trim_start().strip_prefix("saran: "))
            })
            .unwrap_or("");
        out.push((message.to_string(), hint.to_string()));
    }
    out
}

#[test]
fn broken_relative_links_from_every_page_kind_are_errors_with_the_nearest_target() {
    let site = Site::sample();
    let page = append(
        &site,
        "content/kemiren/halaman/sejarah.md",
        "\nLihat [SKTM](layanan/sktm/) dan [formulir](formulir-pengantar.pdf).\n\
         Juga [Benculuk](../../benculuk/), [portal](../../), [layanan](../layanan/sktm/).\n",
    ) + 1;
    let news = append(
        &site,
        "content/kemiren/berita/kerja-bakti-saluran-air-2026.md",
        "\nBaca [sejarah](../sejarah/).\n",
    ) + 1;
    let home = append(
        &site,
        "content/kemiren/index.md",
        "\n[Geografi](halaman/geografi) [Geografi](geografi/)\n",
    ) + 1;
    let place = append(
        &site,
        "content/kemiren/wisata/desa-wisata-osing.md",
        "\n[Peta](peta-desa.png)\n",
    ) + 1;
    let services = site.read("content/kemiren/layanan.yaml");
    let end = "    tanyakan langsung kepada instansi tersebut.\n";
    let note = services[..services.find(end).unwrap()].lines().count() + 1;
    site.write(
        "content/kemiren/layanan.yaml",
        &services.replacen(
            end,
            "    tanyakan langsung kepada [instansi](instansi/).\n",
            1,
        ),
    );

    let run = check(&site, "en");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let expected = [
        (
            format!(
                "content/kemiren/berita/kerja-bakti-saluran-air-2026.md:{news}:6: the link `../sejarah/` leads to an address the site does not have (/kemiren/berita/sejarah/) [K0825]"
            ),
            "did you mean `halaman/sejarah.md`?",
        ),
        (
            format!(
                "content/kemiren/halaman/sejarah.md:{page}:7: the link `layanan/sktm/` leads to an address the site does not have (/kemiren/sejarah/layanan/sktm/) [K0825]"
            ),
            "did you mean `../layanan/sktm/`?",
        ),
        (
            format!(
                "content/kemiren/halaman/sejarah.md:{page}:33: the link `formulir-pengantar.pdf` leads to an address the site does not have (/kemiren/sejarah/formulir-pengantar.pdf) [K0825]"
            ),
            "that file is in the berkas/ folder: write `berkas/formulir-pengantar.pdf`",
        ),
        (
            format!(
                "content/kemiren/index.md:{home}:1: the link `halaman/geografi` leads to an address the site does not have (/kemiren/halaman/geografi) [K0825]"
            ),
            "did you mean `halaman/geografi.md`?",
        ),
        (
            format!(
                "content/kemiren/layanan.yaml:{note}:30: the link `instansi/` leads to an address the site does not have (/kemiren/layanan/surat-pengantar/instansi/) [K0825]"
            ),
            "link to a page of the village by its file name (`halaman/sejarah.md`) and to a file with `berkas/` in front (`berkas/formulir.pdf`)",
        ),
        (
            format!(
                "content/kemiren/wisata/desa-wisata-osing.md:{place}:1: the link `peta-desa.png` leads to an address the site does not have (/kemiren/wisata/desa-wisata-osing/peta-desa.png) [K0825]"
            ),
            "that file is in the berkas/ folder: write `berkas/peta-desa.png`",
        ),
    ];
    let found = errors(&run.stderr);
    let found: Vec<(&str, &str)> = found
        .iter()
        .map(|(m, h)| (m.as_str(), h.as_str()))
        .collect();
    let expected: Vec<(&str, &str)> = expected.iter().map(|(m, h)| (m.as_str(), *h)).collect();
    assert_eq!(found, expected, "{}", run.stderr);

    let run = check(&site, "id");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(&format!(
            "kesalahan: content/kemiren/halaman/sejarah.md:{page}:7: tautan `layanan/sktm/` menuju alamat yang tidak ada di situs (/kemiren/sejarah/layanan/sktm/) [K0825]"
        )),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains(
            "saran: berkas itu ada di folder berkas/: tulis `berkas/formulir-pengantar.pdf`"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn a_link_with_a_space_in_its_address_is_an_error_not_text() {
    let site = Site::sample();
    let line = append(
        &site,
        "content/kemiren/halaman/geografi.md",
        "\nPeta lama: ![Peta desa](berkas/peta desa.png)\n\n`[kode](bukan tautan)`\n",
    ) + 1;
    let run = check(&site, "id");
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert_eq!(
        errors(&run.stderr),
        [(
            format!(
                "content/kemiren/halaman/geografi.md:{line}:12: gambar `berkas/peta desa.png` memuat spasi, sehingga tidak dibaca sebagai gambar dan tampil sebagai teks biasa [K0826]"
            ),
            "ganti nama berkas itu agar tanpa spasi, lalu tulis alamat barunya: `berkas/peta-desa.png`; atau tulis alamatnya di antara kurung sudut: `<berkas/peta desa.png>`".to_string()
        )],
        "{}",
        run.stderr
    );
    let run = check(&site, "en");
    assert!(
        run.stderr.contains(&format!(
            "error: content/kemiren/halaman/geografi.md:{line}:12: the picture `berkas/peta desa.png` has a space in its address, so it is not read as a picture and shows as plain text [K0826]"
        )),
        "{}",
        run.stderr
    );
    // The form with angle brackets is a picture; the file exists under its own name.
    std::fs::copy(
        site.path("content/kemiren/berkas/peta-desa.png"),
        site.path("content/kemiren/berkas/peta desa.png"),
    )
    .unwrap();
    let text = site.read("content/kemiren/halaman/geografi.md");
    site.write(
        "content/kemiren/halaman/geografi.md",
        &text.replace("(berkas/peta desa.png)", "(<berkas/peta desa.png>)"),
    );
    let run = check(&site, "en");
    assert_eq!(run.code, 0, "{}", run.stderr);
}

#[test]
fn a_broken_service_file_does_not_make_links_to_its_services_errors() {
    // Kemiren's layanan.yaml has one mistake: a working link from a page to a
    // service must not become a second, misleading error.
    let site = Site::sample();
    append(
        &site,
        "content/kemiren/halaman/sejarah.md",
        "\nUrus [SKTM](../layanan/sktm/) di kantor desa.\n",
    );
    let text = site.read("content/kemiren/layanan.yaml");
    site.write(
        "content/kemiren/layanan.yaml",
        &text.replacen("biaya: 0", "biaya: gratis", 1),
    );
    let run = check(&site, "en");
    assert_eq!(run.code, 1, "{}", run.stderr);
    let errors = errors(&run.stderr);
    assert_eq!(errors.len(), 1, "{}", run.stderr);
    assert!(errors[0].0.contains("[K0254]"), "{}", run.stderr);
}
