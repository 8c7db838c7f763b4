//! Tourism destinations: the village list, the destination page, the portal.

use crate::common::{Site, attrs, broken_links, json_ld, run_in, texts};

#[test]
fn destination_page_shows_facts_prices_photos_and_map_links() {
    let site = Site::new("basic");
    let run = site.build();
    assert!(run.stderr.contains("warning: content/alpha/wisata/air-terjun.md:27:5: foto no. 2: `berkas/formulir-foto.png` has no description; the destination's name stands in for it [K0402]"), "{}", run.stderr);
    let page = site.page("public/alpha/wisata/air-terjun/index.html");
    assert_eq!(texts(&page, "h1"), vec!["Air Terjun Alpha"]);
    assert_eq!(
        texts(&page, ".facts-box dt"),
        vec![
            "Jam buka",
            "Tiket masuk",
            "Parkir",
            "Fasilitas",
            "Pengelola",
            "Cara ke sana",
            "Waktu terbaik berkunjung"
        ]
    );
    assert_eq!(
        texts(&page, ".facts-box dd li"),
        vec![
            "Wisatawan nusantara: Rp10.000",
            "Wisatawan mancanegara: Rp50.000",
            "Sepeda motor: Rp2.000"
        ]
    );
    let actions = attrs(&page, ".facts-box .actions a", "href");
    assert_eq!(
        actions,
        vec![
            "tel:+62333555102",
            "https://wa.me/6281200000102",
            "https://alpha.example.id/wisata"
        ]
    );
    assert_eq!(
        attrs(&page, ".map-links a", "href"),
        vec![
            "https://www.openstreetmap.org/?mlat=-8.2101&mlon=114.3302#map=16/-8.2101/114.3302",
            "geo:-8.2101,114.3302?q=-8.2101,114.3302(Air+Terjun+Alpha)",
            "https://www.google.com/maps/search/?api=1&query=-8.2101,114.3302",
        ]
    );
    // The cover is eager, the gallery lazy; every picture has its size and a description.
    assert_eq!(
        attrs(&page, ".cover-figure img", "alt"),
        vec!["Air terjun dilihat dari jembatan bambu"]
    );
    assert_eq!(attrs(&page, ".cover-figure img", "width"), vec!["8"]);
    assert!(attrs(&page, ".cover-figure img", "loading").is_empty());
    assert_eq!(attrs(&page, ".gallery img", "loading"), vec!["lazy"]);
    assert_eq!(attrs(&page, ".gallery img", "height"), vec!["6"]);
    assert_eq!(
        attrs(&page, ".gallery img", "alt"),
        vec!["Air Terjun Alpha"]
    );
    // No embedded map, and no external script: the only one is the search box's,
    // served from the site itself. Selected as elements, not matched as text.
    let iframe = scraper::Selector::parse("iframe").unwrap();
    assert_eq!(page.select(&iframe).count(), 0);
    let scripts = attrs(&page, "script[src]", "src");
    assert_eq!(scripts.len(), 1, "{scripts:?}");
    assert!(
        scripts[0].starts_with("../../../static/search.") && !scripts[0].contains("//"),
        "{scripts:?}"
    );
}

#[test]
fn prices_are_formatted_per_language_and_free_entry_is_said() {
    let site = Site::new("basic");
    site.build();
    let en = site.page("public/en/alpha/tourism/air-terjun/index.html");
    assert_eq!(texts(&en, "h1"), vec!["Alpha Waterfall"]);
    assert_eq!(
        texts(&en, ".facts-box dd li"),
        vec![
            "Domestic visitors: IDR 10,000",
            "Foreign visitors: IDR 50,000",
            "Sepeda motor: IDR 2,000"
        ]
    );
    assert_eq!(
        attrs(&en, ".facts-box dd li span[lang]", "lang"),
        vec!["id"]
    );
    let free = site.page("public/beta/wisata/pasar-kuliner/index.html");
    assert_eq!(texts(&free, ".facts-box dd strong"), vec!["Masuk gratis"]);
    let list = site.page("public/en/beta/tourism/index.html");
    assert_eq!(texts(&list, ".place .price"), vec!["Free entry"]);
    let list = site.page("public/alpha/wisata/index.html");
    assert_eq!(texts(&list, ".place .price"), vec!["Mulai Rp10.000"]);
    assert_eq!(texts(&list, ".place .meta"), vec!["Wisata alam"]);
}

#[test]
fn destination_carries_tourist_attraction_json_ld() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/alpha/wisata/air-terjun/index.html");
    let data = json_ld(&page);
    assert_eq!(data["@type"], "TouristAttraction");
    assert_eq!(data["name"], "Air Terjun Alpha");
    assert_eq!(data["geo"]["latitude"], -8.2101);
    assert_eq!(
        data["address"]["addressLocality"],
        "Desa Alpha, Kecamatan Glagah"
    );
    // A Place has no openingHours or offers: the hours in schema.org's form.
    assert_eq!(
        data["openingHoursSpecification"][0]["dayOfWeek"][6],
        "Sunday"
    );
    assert_eq!(data["openingHoursSpecification"][0]["opens"], "07:00");
    assert!(data.get("openingHours").is_none() && data.get("offers").is_none());
    assert_eq!(data["isAccessibleForFree"], false);
    let photo = data["photo"][0]["contentUrl"].as_str().unwrap();
    assert!(
        photo.starts_with("https://uji.example/alpha/berkas/peta-") && photo.ends_with(".png"),
        "the published variant of berkas/peta.png: {photo}"
    );
    assert!(
        site.path(&format!(
            "public/{}",
            &photo["https://uji.example/".len()..]
        ))
        .is_file()
    );
    assert_eq!(data["containedInPlace"]["name"], "Desa Alpha");
    let free = site.page("public/beta/wisata/pasar-kuliner/index.html");
    let data = json_ld(&free);
    assert_eq!(data["isAccessibleForFree"], true);
}

#[test]
fn portal_groups_destinations_by_kind_and_features_some() {
    let site = Site::new("basic");
    site.build();
    let page = site.page("public/wisata/index.html");
    assert_eq!(
        texts(&page, "main h2"),
        vec!["Wisata alam", "Wisata kuliner"]
    );
    assert_eq!(
        texts(&page, ".place .meta"),
        vec![
            "Wisata alam · Desa Alpha, Kecamatan Glagah",
            "Wisata kuliner · Kelurahan Beta, Kecamatan Kalipuro"
        ]
    );
    let portal = site.page("public/index.html");
    // Only the destination marked `unggulan: true` is featured.
    assert_eq!(
        texts(&portal, "#unggulan + ul h3"),
        vec!["Air Terjun Alpha"]
    );
    assert_eq!(
        attrs(&portal, "nav.sections a", "href"),
        vec!["./layanan/", "./wisata/", "./apbdes/"]
    );
    let en = site.page("public/en/tourism/index.html");
    assert_eq!(texts(&en, "main h2"), vec!["Nature", "Food"]);
    assert_eq!(broken_links(&site.path("public")), Vec::<String>::new());
}

/// Issue 18 part 3: a photo whose name differs from an existing file only in
/// capital letters, spaces or underscores gets that file's name suggested, in
/// Indonesian and in English; a photo without description is a warning that
/// shows its own name in the example.
#[test]
fn a_photo_named_nearly_like_a_file_gets_its_name_suggested() {
    let site = Site::sample();
    let rel = "content/tamansari/wisata/kawah-ijen.md";
    let text = site.read(rel);
    let text = text
        .replace(
            "berkas: berkas/kawah-ijen-1.jpg",
            "berkas: berkas/Kawah Ijen_1.JPG",
        )
        .replace("    keterangan: \"Ilustrasi: jalur pendakian", "    # \"");
    site.write(rel, &text);
    let root = site.root().to_str().unwrap().to_string();
    let id = run_in("id", &["check", "--root", &root]);
    assert_eq!(id.code, 1, "{}", id.stderr);
    let error = "kesalahan: content/tamansari/wisata/kawah-ijen.md:30:13: foto ke-1 › berkas: \
                 berkas `berkas/Kawah Ijen_1.JPG` tidak ada [K0607]";
    assert!(id.stderr.contains(error), "{}", id.stderr);
    assert!(
        id.stderr.contains(
            "  saran: maksud Anda `berkas/kawah-ijen-1.jpg`? Nama berkas harus ditulis persis sama"
        ),
        "{}",
        id.stderr
    );
    let warning = "peringatan: content/tamansari/wisata/kawah-ijen.md:32:13: foto ke-2 › berkas: \
                   foto `berkas/kawah-ijen-2.jpg` belum punya keterangan; nama tempat wisata \
                   dipakai sebagai gantinya [K0402]";
    assert!(id.stderr.contains(warning), "{}", id.stderr);
    assert!(
        id.stderr
            .contains("\n  - berkas: berkas/kawah-ijen-2.jpg\n    keterangan: ")
    );
    let en = site.run(&["check"]);
    assert_eq!(en.code, 1, "{}", en.stderr);
    let error = "error: content/tamansari/wisata/kawah-ijen.md:30:13: foto no. 1 › berkas: \
                 `berkas/Kawah Ijen_1.JPG` does not exist [K0607]";
    assert!(en.stderr.contains(error), "{}", en.stderr);
    assert!(
        en.stderr
            .contains("  hint: did you mean `berkas/kawah-ijen-1.jpg`?"),
        "{}",
        en.stderr
    );
}
