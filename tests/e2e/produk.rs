//! Village products (`produk/*.md`): each rule has an invalid fixture
//! (`produk-*`, checked here in both languages, with its code and position); a
//! village with products gets the list of cards, a page per product with the
//! WhatsApp order button (or "Stok habis"), its `Product` JSON-LD, the portal's
//! list by category and kecamatan, and entries in the search index and the
//! sitemap.

use crate::common::{Site, attrs, texts};
use serde_json::Value;

/// One invalid fixture under tests/fixtures/invalid/produk-*, laid over `basic`.
struct Case {
    name: &'static str,
    /// `path:line:col` the message starts with.
    location: &'static str,
    field: &'static str,
    /// The English message with its code.
    message: &'static str,
    hint: &'static str,
    /// The Indonesian message with its code.
    pesan: &'static str,
}

const CASES: &[Case] = &[
    Case {
        name: "produk-harga-ganda",
        location: "content/alpha/produk/kopi.md:5:14",
        field: "harga_mulai",
        message: "both `harga` and `harga_mulai` are set [K1251]",
        hint: "use one: `harga` for a fixed price",
        pesan: "`harga` dan `harga_mulai` diisi dua-duanya [K1251]",
    },
    Case {
        name: "produk-tanpa-harga",
        location: "content/alpha/produk/kopi.md:4:9",
        field: "harga",
        message: "the product has no price [K1252]",
        hint: "add `harga: 25000`",
        pesan: "produk belum punya harga [K1252]",
    },
    Case {
        name: "produk-whatsapp-salah",
        location: "content/alpha/produk/kopi.md:9:11",
        field: "whatsapp",
        message: "`0333-555111` is not an Indonesian mobile number, so it cannot be used for WhatsApp [K1256]",
        hint: "like `0812-3456-7890`",
        pesan: "`0333-555111` bukan nomor HP Indonesia, jadi tidak bisa dipakai untuk WhatsApp [K1256]",
    },
    Case {
        name: "produk-kategori-salah",
        location: "content/alpha/produk/kopi.md:3:11",
        field: "kategori",
        message: "`makanan` is not a product category [K1254]",
        hint: "did you mean `makanan-minuman`?",
        pesan: "`makanan` bukan kategori produk [K1254]",
    },
    Case {
        name: "produk-foto-terlalu-banyak",
        location: "content/alpha/produk/kopi.md:14:5",
        field: "foto no. 4",
        message: "there are 4 photos; a product has at most 3 [K1257]",
        hint: "choose the best 3 photos",
        pesan: "ada 4 foto; satu produk paling banyak 3 foto [K1257]",
    },
    Case {
        name: "produk-foto-hilang",
        location: "content/alpha/produk/kopi.md:11:13",
        field: "foto no. 1 › berkas",
        message: "`berkas/kopi.jpg` does not exist [K0607]",
        hint: "add the file to berkas/",
        pesan: "berkas `berkas/kopi.jpg` tidak ada [K0607]",
    },
];

/// What is wrong with `case`'s message in `stderr`, if anything: its line
/// starts with the location and names the field and the message, and a hint
/// under it says `hint`.
fn problem(stderr: &str, case: &Case, message: &str, hint: Option<&str>) -> Option<String> {
    let word = if hint.is_some() { "error" } else { "kesalahan" };
    let header = format!("{word}: {}: ", case.location);
    let Some(line) = stderr.lines().find(|l| l.starts_with(&header)) else {
        return Some(format!("no line starting with `{header}`"));
    };
    if !line.contains(message) {
        return Some(format!("`{message}` not in `{line}`"));
    }
    let hints: Vec<&str> = stderr
        .lines()
        .skip_while(|l| *l != line)
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter_map(|l| l.trim_start().strip_prefix("hint: "))
        .collect();
    match hint {
        Some(h) if !hints.iter().any(|x| x.contains(h)) => {
            Some(format!("hint `{h}` not under `{line}`: {hints:?}"))
        }
        _ => None,
    }
}

#[test]
fn each_produk_rule_has_its_invalid_fixture_with_code_and_position() {
    let mut failures = Vec::new();
    for case in CASES {
        let site = Site::new("basic");
        site.build();
        let before = site.snapshot("public");
        site.overlay(case.name);
        let en = site.run(&["build"]);
        let id = site.run_in("id", &["build"]);
        if en.code != 1 || id.code != 1 {
            failures.push(format!(
                "{}: exit codes {} and {}",
                case.name, en.code, id.code
            ));
            continue;
        }
        let field = format!(": {}: ", case.field);
        let named = en.stderr.lines().any(|l| l.contains(&field));
        let checks = [
            problem(&en.stderr, case, case.message, Some(case.hint)),
            problem(&id.stderr, case, case.pesan, None),
            (!named).then(|| format!("field `{}` not named", case.field)),
            (site.snapshot("public") != before).then(|| "the previous output changed".into()),
        ];
        for p in checks.into_iter().flatten() {
            failures.push(format!("{}: {p}\n{}\n{}", case.name, en.stderr, id.stderr));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn every_produk_fixture_folder_has_a_case() {
    let on_disk: Vec<String> = std::fs::read_dir(crate::common::fixtures().join("invalid"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with("produk-"))
        .collect();
    assert_eq!(on_disk.len(), CASES.len(), "{on_disk:?}");
}

/// Alpha (Kecamatan Glagah) sells coffee (a price per 250 g, a photo, its
/// number written as 0812-xxxx, an English translation), batik (a price
/// from, by a group) and salted eggs (out of stock); Beta (Kalipuro) sells
/// sambal, so the food category has two kecamatan.
fn site_with_products() -> Site {
    let site = Site::new("basic");
    site.write(
        "content/alpha/produk/kopi.md",
        "---
nama: Kopi bubuk robusta
kategori: makanan-minuman
ringkasan: Kopi dari kebun warga.
harga: 25000
satuan: 250 g
pelapak:
  nama: Bu Sulastri
  usaha: Omah Kopi
  jenis: umkm
whatsapp: 0812-3456-7890
foto:
  - berkas: berkas/peta.png
    keterangan: Bungkus kopi di atas meja
---
Disangrai dengan wajan tanah liat.
",
    );
    site.write(
        "content/alpha/produk/kopi.en.md",
        "---
nama: Ground robusta coffee
satuan: 250 g pack
---
Roasted in a clay pan.
",
    );
    site.write(
        "content/alpha/produk/batik.md",
        "---
nama: Kain batik gajah oling
kategori: pakaian-batik
harga_mulai: 150000
satuan: lembar
pelapak: { nama: Rina, usaha: Kelompok Batik Sekar, jenis: kelompok }
whatsapp: +62 812-1111-2222
---
",
    );
    site.write(
        "content/alpha/produk/telur-asin.md",
        "---
nama: Telur asin
kategori: peternakan-perikanan
harga: 3500
satuan: butir
pelapak: { nama: Bu Warsini }
whatsapp: \"6281233334444\"
tersedia: false
---
",
    );
    site.write(
        "content/beta/produk/sambal.md",
        "---
nama: Sambal bajak
kategori: makanan-minuman
harga: 20000
pelapak: { nama: Pak Joko, usaha: BUMDes Beta Jaya, jenis: bumdes }
whatsapp: 0813-5555-6666
---
",
    );
    site
}

/// The JSON-LD block of type `kind` on the page at `rel`.
fn block(site: &Site, rel: &str, kind: &str) -> Value {
    let page = site.page(rel);
    let sel = scraper::Selector::parse("script[type='application/ld+json']").unwrap();
    page.select(&sel)
        .map(|s| serde_json::from_str::<Value>(&s.text().collect::<String>()).unwrap())
        .find(|b| b["@type"] == kind)
        .unwrap_or_else(|| panic!("{rel} has a {kind}"))
}

#[test]
fn a_product_page_shows_name_price_seller_and_the_exact_whatsapp_order_link() {
    let site = site_with_products();
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.page("public/alpha/produk/kopi/index.html");
    assert_eq!(texts(&page, "h1"), ["Kopi bubuk robusta"]);
    assert_eq!(texts(&page, ".facts-box .price"), ["Rp25.000 / 250 g"]);
    assert_eq!(texts(&page, ".seller"), ["Omah Kopi · Bu Sulastri UMKM"]);
    assert_eq!(texts(&page, ".stock"), ["Tersedia"]);
    // Digits only with 62 for the trunk 0; the message percent-encoded whole:
    // spaces, the line break, `/`, `:` and `,` too; the page's address in it.
    assert_eq!(
        attrs(&page, "a.order", "href"),
        [
            "https://wa.me/6281234567890?text=Halo%2C%20saya%20ingin%20memesan%20Kopi%20bubuk%20robusta%20%28Rp25.000%20%2F%20250%20g%29%20dari%20Desa%20Alpha.%0Ahttps%3A%2F%2Fuji.example%2Falpha%2Fproduk%2Fkopi%2F"
        ]
    );
    assert_eq!(attrs(&page, "a.order", "rel"), ["noopener noreferrer"]);
    assert_eq!(attrs(&page, "a.order", "target"), ["_blank"]);
    // The photo goes through the picture pipeline, described by its caption.
    assert_eq!(
        attrs(&page, ".cover-figure img", "alt"),
        ["Bungkus kopi di atas meja"]
    );
    assert!(
        attrs(&page, ".cover-figure source", "type")
            .iter()
            .all(|t| t == "image/webp")
    );
    // In English: the translated name and unit, and the message in English.
    let en = site.page("public/en/alpha/products/kopi/index.html");
    assert_eq!(texts(&en, "h1"), ["Ground robusta coffee"]);
    assert_eq!(texts(&en, ".facts-box .price"), ["IDR 25,000 / 250 g pack"]);
    let href = &attrs(&en, "a.order", "href")[0];
    assert!(
        href.starts_with("https://wa.me/6281234567890?text=Hello%2C%20I%20would%20like%20to%20order%20Ground%20robusta%20coffee%20%28IDR%2025%2C000%20%2F%20250%20g%20pack%29"),
        "{href}"
    );
    assert!(
        href.ends_with("%0Ahttps%3A%2F%2Fuji.example%2Fen%2Falpha%2Fproducts%2Fkopi%2F"),
        "{href}"
    );
    // A price from, in a number written with +62 and spaces.
    let batik = site.page("public/alpha/produk/batik/index.html");
    assert_eq!(
        texts(&batik, ".facts-box .price"),
        ["mulai Rp150.000 / lembar"]
    );
    assert!(attrs(&batik, "a.order", "href")[0].starts_with("https://wa.me/6281211112222?text="));
}

#[test]
fn a_product_out_of_stock_says_so_and_has_no_order_button() {
    let site = site_with_products();
    site.build();
    let page = site.page("public/alpha/produk/telur-asin/index.html");
    assert_eq!(texts(&page, "dd.stock"), ["Stok habis"]);
    assert!(attrs(&page, "a.order", "href").is_empty());
    assert!(
        !site
            .read("public/alpha/produk/telur-asin/index.html")
            .contains("wa.me/6281233334444"),
        "no link to the seller's number at all"
    );
    let list = site.page("public/alpha/produk/index.html");
    assert_eq!(
        texts(&list, ".product h2"),
        ["Kopi bubuk robusta", "Telur asin", "Kain batik gajah oling"],
        "by category in the list's order, then by name"
    );
    assert_eq!(
        texts(&list, ".product .price"),
        [
            "Rp25.000 / 250 g",
            "Rp3.500 / butir",
            "mulai Rp150.000 / lembar"
        ]
    );
    assert_eq!(
        texts(&list, ".product .stock"),
        ["Tersedia", "Stok habis", "Tersedia"]
    );
    assert_eq!(
        texts(&list, ".product .seller"),
        [
            "Omah Kopi (Bu Sulastri)",
            "Bu Warsini",
            "Kelompok Batik Sekar (Rina)"
        ]
    );
}

#[test]
fn without_a_base_url_the_message_leaves_the_address_out() {
    let site = site_with_products();
    let config = site.read("content/site.yaml");
    let without: String = config
        .lines()
        .filter(|l| !l.starts_with("base_url:"))
        .map(|l| format!("{l}\n"))
        .collect();
    site.write("content/site.yaml", &without);
    let run = site.build();
    assert_eq!(run.code, 0, "{}", run.stderr);
    let page = site.page("public/alpha/produk/kopi/index.html");
    assert_eq!(
        attrs(&page, "a.order", "href"),
        [
            "https://wa.me/6281234567890?text=Halo%2C%20saya%20ingin%20memesan%20Kopi%20bubuk%20robusta%20%28Rp25.000%20%2F%20250%20g%29%20dari%20Desa%20Alpha."
        ]
    );
}

#[test]
fn the_portal_groups_products_by_category_then_kecamatan_with_a_jump_list() {
    let site = site_with_products();
    site.build();
    let portal = site.page("public/produk/index.html");
    assert_eq!(
        texts(&portal, ".product-group > h2"),
        [
            "Makanan dan minuman",
            "Peternakan dan perikanan",
            "Pakaian dan batik"
        ]
    );
    assert_eq!(
        attrs(&portal, ".jump a", "href"),
        [
            "#kategori-makanan-minuman",
            "#kategori-peternakan-perikanan",
            "#kategori-pakaian-batik"
        ]
    );
    assert_eq!(texts(&portal, ".jump li")[0], "Makanan dan minuman (2)");
    // Food: Glagah (Alpha's coffee), then Kalipuro (Beta's sambal).
    assert_eq!(
        texts(&portal, "#kategori-makanan-minuman ~ section h3"),
        ["Kecamatan Glagah", "Kecamatan Kalipuro"]
    );
    assert_eq!(
        texts(&portal, ".product-group:first-of-type .product h4"),
        ["Kopi bubuk robusta", "Sambal bajak"]
    );
    assert!(
        texts(&portal, ".product .seller")
            .iter()
            .any(|s| s == "BUMDes Beta Jaya (Pak Joko) · Kelurahan Beta, Kecamatan Kalipuro"),
        "{:?}",
        texts(&portal, ".product .seller")
    );
    let en = site.page("public/en/products/index.html");
    assert_eq!(texts(&en, ".product-group > h2")[0], "Food and drink");
}

#[test]
fn search_sitemap_and_menus_know_the_products() {
    let site = site_with_products();
    site.build();
    let index = site.read("public/cari/index.json");
    assert!(index.contains("Kopi bubuk robusta"), "{index}");
    assert!(index.contains("Rp25.000 / 250 g"), "{index}");
    let en_index = site.read("public/en/search/index.json");
    assert!(en_index.contains("Ground robusta coffee"), "{en_index}");
    let sitemap = site.read("public/sitemap.xml");
    for path in [
        "alpha/produk/",
        "alpha/produk/kopi/",
        "en/alpha/products/batik/",
        "beta/produk/sambal/",
        "produk/",
        "en/products/",
    ] {
        assert!(sitemap.contains(&format!("/{path}</loc>")), "{path}");
    }
    let home = site.page("public/alpha/index.html");
    assert!(
        attrs(&home, "a", "href")
            .iter()
            .any(|h| h.ends_with("alpha/produk/"))
    );
    // The search page without JavaScript lists them too.
    let search = site.page("public/cari/index.html");
    assert!(
        texts(&search, "#cari-produk ~ ul a").contains(&"Sambal bajak".to_string()),
        "{:?}",
        texts(&search, "#cari-produk ~ ul a")
    );
}

#[test]
fn the_json_ld_is_a_product_with_an_offer_in_idr() {
    let site = site_with_products();
    site.build();
    let kopi = block(&site, "public/alpha/produk/kopi/index.html", "Product");
    assert_eq!(kopi["name"], "Kopi bubuk robusta");
    assert_eq!(kopi["url"], "https://uji.example/alpha/produk/kopi/");
    assert_eq!(kopi["category"], "Makanan dan minuman");
    assert!(
        kopi["image"][0]
            .as_str()
            .unwrap()
            .starts_with("https://uji.example/alpha/berkas/peta")
    );
    let offer = &kopi["offers"];
    assert_eq!(offer["@type"], "Offer");
    assert_eq!(offer["price"], 25000);
    assert_eq!(offer["priceCurrency"], "IDR");
    assert_eq!(offer["availability"], "https://schema.org/InStock");
    assert_eq!(offer["priceSpecification"]["unitText"], "250 g");
    assert_eq!(offer["seller"]["@type"], "Person");
    assert_eq!(offer["seller"]["worksFor"]["name"], "Omah Kopi");
    let batik = block(&site, "public/alpha/produk/batik/index.html", "Product");
    assert_eq!(batik["offers"]["@type"], "AggregateOffer");
    assert_eq!(batik["offers"]["lowPrice"], 150000);
    assert_eq!(batik["offers"]["priceCurrency"], "IDR");
    assert_eq!(batik["offers"]["seller"]["@type"], "Organization");
    assert_eq!(batik["offers"]["seller"]["name"], "Kelompok Batik Sekar");
    let telur = block(
        &site,
        "public/alpha/produk/telur-asin/index.html",
        "Product",
    );
    assert_eq!(
        telur["offers"]["availability"],
        "https://schema.org/OutOfStock"
    );
    let sambal = block(&site, "public/beta/produk/sambal/index.html", "Product");
    assert_eq!(sambal["offers"]["seller"]["@type"], "Organization");
    assert_eq!(sambal["offers"]["seller"]["name"], "BUMDes Beta Jaya");
}
