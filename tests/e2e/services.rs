//! The public-service catalogue: the village list, the service page, the portal index.

use crate::common::{Site, attrs, broken_links, run_in, texts};

#[test]
fn catalogue_groups_by_category_with_fee_and_time_at_a_glance() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/layanan/index.html");
    assert_eq!(
        texts(&page, "main h2"),
        vec!["Perizinan", "Surat Keterangan", "Lainnya"]
    );
    assert_eq!(
        texts(&page, ".glance .fee"),
        vec!["Biaya: Rp25.000", "Biaya: Gratis", "Biaya: Rp1.500.050"]
    );
    let en = site.page("public/en/alpha/services/index.html");
    assert_eq!(
        texts(&en, "main h2"),
        vec!["Certificates", "Perizinan", "Other"]
    );
    assert_eq!(
        texts(&en, ".glance .fee"),
        vec!["Fee: Free", "Fee: IDR 25,000", "Fee: IDR 1,500,050"]
    );
    assert_eq!(attrs(&en, "main h2[lang]", "lang"), vec!["id"]);
    // The village home and menu link to the catalogue.
    let home = site.page("public/alpha/index.html");
    assert!(attrs(&home, "ul.menu a", "href").contains(&"../alpha/layanan/".to_string()));
    assert_eq!(
        texts(&home, ".services-link a.button"),
        vec!["Layanan warga: 3 layanan"]
    );
    assert_eq!(
        texts(
            &site.page("public/beta/index.html"),
            ".services-link a.button"
        ),
        vec!["Layanan warga: 1 layanan"]
    );
}

#[test]
fn service_page_shows_every_field_and_falls_back_to_the_office() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/layanan/surat-pengantar/index.html");
    assert_eq!(texts(&page, "h1"), vec!["Surat Keterangan Pengantar"]);
    assert_eq!(
        texts(&page, ".glance-box dt, .glance-box dd"),
        vec![
            "Biaya",
            "Gratis",
            "Waktu penyelesaian",
            "1 hari kerja",
            "Jam layanan",
            "Senin–Jumat 08.00–15.00",
            "Tempat",
            "Jl. Raya Alpha 1",
            "Yang Anda terima",
            "Surat Keterangan Pengantar"
        ]
    );
    assert_eq!(
        texts(&page, "ul.checklist li"),
        vec![
            "Surat pengantar RT/RW",
            "Fotokopi KTP-el",
            "Fotokopi Kartu Keluarga"
        ]
    );
    assert_eq!(texts(&page, "ol.steps li").len(), 3);
    assert_eq!(
        texts(&page, "#formulir + ul li"),
        vec!["Unduh formulir.pdf (PDF, 16 B)"]
    );
    assert_eq!(
        attrs(&page, "#formulir + ul a", "href"),
        vec!["../../../alpha/berkas/formulir.pdf"]
    );
    let contact = attrs(&page, ".contact-box a", "href");
    assert!(
        contact.contains(&"tel:+62333555101".to_string())
            && contact.contains(&"https://wa.me/6281200000001".to_string()),
        "{contact:?}"
    );
    assert_eq!(texts(&page, "#catatan ~ p strong"), vec!["1 bulan"]);
    // Own hours, complaints channel, online channel and legal basis.
    let other = site.page("public/alpha/layanan/izin-keramaian/index.html");
    let glance = texts(&other, ".glance-box dd");
    assert!(
        glance.contains(&"Senin–Kamis 08.00–12.00".to_string()),
        "{glance:?}"
    );
    assert!(glance.contains(&"Rp25.000".to_string()));
    assert_eq!(
        texts(&other, "#hubungi ~ h3 + p"),
        vec!["Kotak pengaduan di balai desa"]
    );
    assert_eq!(
        attrs(
            &other,
            ".contact-box p a[href^=https\\:\\/\\/layanan]",
            "href"
        ),
        vec!["https://layanan.example.id/keramaian"]
    );
    assert_eq!(
        texts(&other, "#dasar-hukum + ul li"),
        vec!["Peraturan Desa Alpha No. 1 Tahun 2024"]
    );
}

#[test]
fn service_page_carries_government_service_json_ld() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/layanan/izin-keramaian/index.html");
    let scripts = texts(&page, "script[type=\"application/ld+json\"]");
    // The service, then the breadcrumbs.
    assert_eq!(scripts.len(), 2);
    let data: serde_json::Value = serde_json::from_str(&scripts[0]).expect("valid JSON");
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "GovernmentService");
    assert_eq!(data["name"], "Pengantar Izin Keramaian");
    assert_eq!(data["serviceType"], "Perizinan");
    assert_eq!(data["provider"]["@type"], "GovernmentOrganization");
    assert_eq!(data["provider"]["name"], "Pemerintah Desa Alpha");
    assert_eq!(
        data["areaServed"]["name"],
        "Desa Alpha, Kecamatan Glagah, Kabupaten Banyuwangi"
    );
    assert_eq!(
        data["availableChannel"]["servicePhone"]["telephone"],
        "+62333555101"
    );
    assert_eq!(
        data["availableChannel"]["serviceLocation"]["address"],
        "Jl. Raya Alpha 1"
    );
    assert_eq!(
        data["availableChannel"]["serviceUrl"],
        "https://layanan.example.id/keramaian"
    );
    assert_eq!(data["offers"]["price"], "25000");
    assert_eq!(data["offers"]["priceCurrency"], "IDR");
    assert_eq!(
        data["url"],
        "https://uji.example/alpha/layanan/izin-keramaian/"
    );
}

#[test]
fn translated_service_and_untranslated_parts() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/en/alpha/services/surat-pengantar/index.html");
    assert_eq!(texts(&page, "h1"), vec!["Cover Letter"]);
    assert!(texts(&page, "ul.checklist[lang]").is_empty());
    assert_eq!(
        texts(&page, "ul.checklist li").first().map(String::as_str),
        Some("Cover letter from the RT/RW")
    );
    assert_eq!(attrs(&page, "ol.steps", "lang"), vec!["id"]);
    assert_eq!(
        texts(&page, "#prosedur ~ .note"),
        vec!["This text is not yet available in English."]
    );
    assert_eq!(
        texts(&page, ".glance-box dd").first().map(String::as_str),
        Some("Free")
    );
}

#[test]
fn portal_index_lists_every_service_name_with_its_villages() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/layanan/index.html");
    assert_eq!(
        texts(&page, "main section li a"),
        vec![
            "Legalisir Dokumen",
            "Pengantar Izin Keramaian",
            "Surat Keterangan Pengantar"
        ]
    );
    // Each name leads to its page, which lists the villages by kecamatan.
    assert_eq!(
        attrs(&page, "main section li a", "href"),
        vec![
            "../layanan/legalisir/",
            "../layanan/izin-keramaian/",
            "../layanan/pengantar/"
        ]
    );
    let listing = site.page("public/layanan/pengantar/index.html");
    assert_eq!(
        texts(&listing, "main section.district li a"),
        vec!["Desa Alpha", "Kelurahan Beta"]
    );
    assert_eq!(
        attrs(&listing, "main section.district li a", "href"),
        vec![
            "../../alpha/layanan/surat-pengantar/",
            "../../beta/layanan/pengantar/"
        ]
    );
    let en = site.page("public/en/services/index.html");
    assert_eq!(
        texts(&en, "main section li a"),
        vec![
            "Cover Letter",
            "Legalisir Dokumen",
            "Pengantar Izin Keramaian"
        ]
    );
    // Two taps from the portal home: the services index, then the village's page.
    let portal = site.page("public/index.html");
    assert_eq!(
        attrs(&portal, "nav.sections a", "href"),
        vec!["./layanan/", "./wisata/", "./apbdes/"]
    );
    assert_eq!(broken_links(&site.path("public")), Vec::<String>::new());
}

/// Service messages in Indonesian name the service by its id, with the code; a
/// form named nearly like a file gets that file's name suggested.
#[test]
fn service_problems_are_told_in_indonesian_with_the_service_named() {
    let site = Site::sample();
    let rel = "content/kemiren/layanan.yaml";
    let text = site
        .read(rel)
        .replacen(
            "waktu: \"Hari yang sama jika berkas lengkap\"",
            "waktu: \"\"",
            1,
        )
        .replacen(
            "- berkas/formulir-pengantar.pdf",
            "- berkas/Formulir_Pengantar.pdf",
            1,
        );
    site.write(rel, &text);
    let root = site.root().to_str().unwrap().to_string();
    let run = run_in("id", &["check", "--root", &root]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    for expected in [
        "kesalahan: content/kemiren/layanan.yaml:17:10: layanan ke-1 (`surat-pengantar`) › waktu: \
         kolom `waktu` kosong [K0303]",
        "  saran: tulis isinya setelah `waktu:`, misalnya `waktu: 1 hari kerja`",
        "kesalahan: content/kemiren/layanan.yaml:24:7: layanan ke-1 (`surat-pengantar`) › \
         formulir ke-1: berkas `berkas/Formulir_Pengantar.pdf` tidak ada [K0607]",
        "  saran: maksud Anda `berkas/formulir-pengantar.pdf`?",
    ] {
        assert!(
            run.stderr.contains(expected),
            "{expected}\n---\n{}",
            run.stderr
        );
    }
}

/// A service page says when its entry was last changed: from `diperbarui`,
/// or from the git history of `layanan.yaml` when the site is a git checkout.
#[test]
fn service_page_says_when_it_was_last_updated() {
    let site = Site::sample();
    site.build();
    let updated = |page: &str| texts(&site.page(page), ".service .updated");
    assert_eq!(
        updated("public/kemiren/layanan/kelahiran/index.html"),
        ["Diperbarui 12 Mei 2026"]
    );
    assert_eq!(
        updated("public/en/kemiren/services/kelahiran/index.html"),
        ["Updated 12 May 2026"]
    );
    assert_eq!(
        attrs(
            &site.page("public/kemiren/layanan/kelahiran/index.html"),
            ".updated time",
            "datetime"
        ),
        ["2026-05-12"]
    );
    // No date, no line.
    assert!(updated("public/kemiren/layanan/domisili/index.html").is_empty());

    // In a git checkout the last commit of layanan.yaml tells the date.
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(site.root())
            .env("GIT_COMMITTER_DATE", "2026-03-04T10:00:00+07:00")
            .env("GIT_AUTHOR_DATE", "2026-03-04T10:00:00+07:00")
            .output()
            .expect("git runs");
        assert!(out.status.success(), "{out:?}");
    };
    git(&["init", "-q"]);
    git(&["add", "content"]);
    git(&[
        "-c",
        "user.name=uji",
        "-c",
        "user.email=uji@example.id",
        "commit",
        "-qm",
        "isi",
    ]);
    site.build();
    assert_eq!(
        updated("public/kemiren/layanan/domisili/index.html"),
        ["Diperbarui 4 Maret 2026"]
    );
}
