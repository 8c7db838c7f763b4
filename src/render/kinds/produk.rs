//! Village products (`produk/*.md`): a village's list of products as cards,
//! one page per product with its photos, seller and a WhatsApp order button,
//! its `Product` JSON-LD, and the portal's list of every product by category,
//! then by kecamatan.
//!
//! The order button is `https://wa.me/<digits>?text=<message>`: the number as
//! digits only (`628…`, no `+`, spaces or trunk 0) and the message naming the
//! product, its price and its page's address, percent-encoded whole (OpenSID
//! sends `+62…` and encodes only the line breaks).

use super::{Kind, SearchEntry};
use crate::content::{Product, ProductCategory, ProductPrice, SellerKind, Shared, Site, Village};
use crate::diagnostic::Diagnostic;
use crate::render::discover::query_encode;
use crate::render::format;
use crate::render::page::{VillagePages, json_ld};
use crate::render::picture::PhotoView;
use crate::render::route::{Key, Route, Section};
use crate::render::shown::Print;
use crate::render::views::{Crumb, LangText, pick, pick_doc, village_district, village_full_name};
use crate::render::{Lang, Renderer};
use crate::theme::Strings;
use serde::Serialize;
use serde_json::json;

/// The products section: `/<desa>/produk/<slug>/` (`produk/<slug>.md`), and
/// the portal's `/produk/`.
pub(super) static SECTION: Section = Section {
    key: "produk",
    files: true,
    article: false,
    shared: true,
};

/// The products of every village, and the portal's products page.
pub(super) struct Products;

impl Kind for Products {
    fn portal_shows(&self, _site: &Site, village: &Village, print: &mut Print) {
        shown(village, print);
    }

    fn section(&self) -> Option<&'static Section> {
        Some(&SECTION)
    }

    fn in_village(&self, village: &Village) -> bool {
        !village.products.is_empty()
    }

    fn on_portal(&self, site: &Site) -> bool {
        site.villages.iter().any(|v| self.in_village(v))
    }

    fn portal_routes(&self, r: &Renderer<'_>) -> Vec<Route<'static>> {
        r.portal_list(&SECTION)
    }

    fn render_portal(
        &self,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        _route: Route<'_>,
    ) -> Result<String, Diagnostic> {
        let route = Route::PortalList(&SECTION, None);
        let mut ctx = r.portal_section_context(route, lang, "produk_portal", "produk_portal_teks");
        ctx.insert("groups", &portal_groups(r, lang));
        r.render("portal_produk.html", &ctx)
    }

    fn village_routes<'v>(&self, village: &'v Village) -> Vec<Route<'v>> {
        let keys = village.products.iter().map(|x| Key::Slug(&x.slug));
        Route::list_and_entries(&SECTION, &village.slug, keys)
    }

    fn render_village(&self, pages: &mut VillagePages<'_>) {
        if pages.village.products.is_empty() {
            return;
        }
        let (views, crumb) = list(pages);
        for (product, view) in pages.village.products.iter().zip(views) {
            product_page(pages, product, view, &crumb);
        }
    }

    fn search_label(&self) -> Option<&'static str> {
        Some("produk")
    }

    fn search_entries<'v>(
        &self,
        r: &Renderer<'_>,
        village: &'v Village,
        lang: &Lang<'_>,
    ) -> Vec<SearchEntry<'v>> {
        let v = village.slug.as_str();
        village
            .products
            .iter()
            .map(|p| {
                let route = Route::Entry(&SECTION, v, Key::Slug(&p.slug));
                let view = ProductView::new(p, village, r, lang, Paths::default());
                let mut text = vec![view.price_text, view.seller.shown];
                text.extend(view.category.map(|c| c.label));
                SearchEntry {
                    title: Shared::from(view.name.text),
                    text: Shared::from(text.join(" · ")),
                    route,
                }
            })
            .collect()
    }

    fn entry_picture(&self, village: &Village, key: Key<'_>) -> Option<String> {
        let product = village
            .products
            .iter()
            .find(|p| Key::Slug(&p.slug) == key)?;
        let photo = product.photos.first()?;
        let info = village.files.get(&photo.file);
        info.and_then(|i| i.picture.as_ref())?;
        let path = crate::render::picture::published_path(&village.slug, &photo.file, info);
        Some(path)
    }
}

/// The village's list of products; returns their views and the list's breadcrumb.
fn list(pages: &mut VillagePages<'_>) -> (Vec<ProductView>, Crumb) {
    let village = pages.village;
    let route = Route::List(&SECTION, &village.slug, 1);
    let views: Vec<_> = village
        .products
        .iter()
        .map(|p| {
            ProductView::new(
                p,
                village,
                pages.r,
                pages.lang,
                Paths::of(pages.r, village, p, pages.lang),
            )
        })
        .collect();
    let list_title = pages.text("produk_desa");
    let title = format!("{list_title} · {}", pages.view.full_name);
    let mut ctx = pages.context(route, &title, &title, pages.crumbs([]));
    ctx.insert("products", &views);
    pages.finish(route, "produk_list.html", &ctx, Vec::new());
    let crumb = Crumb {
        title: list_title,
        path: pages.path(route),
    };
    (views, crumb)
}

/// One product's page.
fn product_page(pages: &mut VillagePages<'_>, product: &Product, view: ProductView, crumb: &Crumb) {
    let village = pages.village;
    let route = Route::Entry(&SECTION, &village.slug, Key::Slug(&product.slug));
    let mut doc = pages.doc(&product.text, route);
    let problems = doc.take_problems();
    let description = doc.description();
    let crumbs = pages.crumbs([crumb.clone()]);
    let mut ctx = pages.context(route, &view.name.text.clone(), &description, crumbs);
    let data = product_json_ld(pages.r, product, &view, &description);
    ctx.insert("json_ld", &json_ld(&data));
    ctx.insert("doc", &doc);
    ctx.insert("product", &view);
    pages.finish(route, "produk.html", &ctx, problems);
}

/// Where a product's views link: its page and its village's home (site
/// paths), and its page's absolute address when the site has a `base_url`.
#[derive(Default)]
struct Paths {
    page: String,
    village: String,
    url: Option<String>,
}

impl Paths {
    fn of(r: &Renderer<'_>, village: &Village, product: &Product, lang: &Lang<'_>) -> Self {
        let page = r.path(
            Route::Entry(&SECTION, &village.slug, Key::Slug(&product.slug)),
            lang,
        );
        let url = r
            .site
            .config
            .base_url
            .as_deref()
            .map(|b| format!("{b}/{page}"));
        Paths {
            village: r.path(Route::Village(&village.slug), lang),
            page,
            url,
        }
    }
}

/// Money of whole Rupiah in the language's format.
fn money(rupiah: u64, strings: &Strings) -> String {
    format::money(i128::from(rupiah) * 100, &strings.format)
}

/// A product's category, for its card and the portal's groups.
#[derive(Debug, Clone, Serialize)]
struct CategoryView {
    key: &'static str,
    label: String,
}

impl CategoryView {
    fn new(category: ProductCategory, strings: &Strings) -> Self {
        let key = category.key();
        CategoryView {
            key,
            label: strings
                .teks
                .get(&format!("produk_kategori_{key}"))
                .cloned()
                .unwrap_or_else(|| key.to_string()),
        }
    }
}

/// A product's seller.
#[derive(Debug, Serialize)]
struct SellerView {
    name: String,
    business: Option<String>,
    kind: &'static str,
    kind_label: String,
    /// "Kopi Jaran Goyang (Bu Sulastri)", or the name alone.
    shown: String,
}

/// A product as its pages show it, in one language.
#[derive(Debug, Serialize)]
struct ProductView {
    slug: String,
    path: String,
    name: LangText,
    summary: Option<LangText>,
    category: Option<CategoryView>,
    /// "Rp25.000 / 250 g", "mulai Rp150.000 / lembar".
    price_text: String,
    from: bool,
    unit: Option<LangText>,
    seller: SellerView,
    available: bool,
    availability: String,
    whatsapp: String,
    /// The order link; none when the product is out of stock.
    order: Option<String>,
    photos: Vec<PhotoView>,
    village_name: String,
    village_path: String,
    district_name: String,
}

impl ProductView {
    /// The view of `product` of `village` in `lang`, linking to `paths`.
    fn new(
        product: &Product,
        village: &Village,
        r: &Renderer<'_>,
        lang: &Lang<'_>,
        paths: Paths,
    ) -> Self {
        let default = r.site.config.default_language();
        let strings = lang.strings;
        let teks = &strings.teks;
        let text = |key: &str| teks.get(key).cloned().unwrap_or_default();
        let code = lang.code;
        let name =
            pick_doc(&product.text, code, default, |d| d.title.as_ref()).unwrap_or(LangText {
                text: product.slug.clone(),
                lang: String::new(),
            });
        let unit = product.unit.as_ref().map(|u| pick(u, code, default));
        let price_text = price_text(product.price, unit.as_ref(), strings);
        let village_name = village_full_name(village.profile.kind, &village.profile.name, teks);
        let order = product.available.then(|| {
            let message = order_message(
                &name.text,
                &price_text,
                &village_name,
                paths.url.as_deref(),
                strings,
            );
            format!(
                "https://wa.me/{}?text={}",
                product.whatsapp,
                query_encode(&message)
            )
        });
        let photos = photo_views(product, village, &name, code, default);
        ProductView {
            slug: product.slug.clone(),
            path: paths.page,
            summary: pick_doc(&product.text, code, default, |d| d.summary.as_ref()),
            category: product.category.map(|c| CategoryView::new(c, strings)),
            price_text,
            from: matches!(product.price, ProductPrice::From(_)),
            unit,
            seller: SellerView::new(&product.seller, strings),
            available: product.available,
            availability: text(if product.available {
                "produk_tersedia"
            } else {
                "produk_stok_habis"
            }),
            whatsapp: product.whatsapp_written.clone(),
            order,
            photos,
            village_name,
            village_path: paths.village,
            district_name: village_district(&village.profile, teks),
            name,
        }
    }
}

impl SellerView {
    fn new(s: &crate::content::Seller, strings: &Strings) -> Self {
        SellerView {
            shown: match &s.business {
                Some(b) => format!("{b} ({})", s.name),
                None => s.name.clone(),
            },
            name: s.name.clone(),
            business: s.business.clone(),
            kind: s.kind.key(),
            kind_label: strings
                .teks
                .get(&format!("produk_pelapak_{}", s.kind.key()))
                .cloned()
                .unwrap_or_default(),
        }
    }
}

/// The photos of `product`, each described by its own caption or else by
/// the product's name.
fn photo_views(
    product: &Product,
    village: &Village,
    name: &LangText,
    code: &str,
    default: &str,
) -> Vec<PhotoView> {
    product
        .photos
        .iter()
        .map(|photo| {
            let alt = photo
                .alt
                .as_ref()
                .map_or_else(|| name.clone(), |a| pick(a, code, default));
            PhotoView::new(
                &village.slug,
                &photo.file,
                village.files.get(&photo.file),
                alt,
            )
        })
        .collect()
}

/// "Rp25.000 / 250 g", or "mulai Rp150.000 / lembar" for a price from.
fn price_text(price: ProductPrice, unit: Option<&LangText>, strings: &Strings) -> String {
    let amount = money(price.amount(), strings);
    let mut out = match price {
        ProductPrice::Exact(_) => amount,
        ProductPrice::From(_) => {
            let from = strings.teks.get("produk_mulai").map_or("", String::as_str);
            format!("{from} {amount}").trim().to_string()
        }
    };
    if let Some(unit) = unit {
        out.push_str(" / ");
        out.push_str(&unit.text);
    }
    out
}

/// The message the order button puts in WhatsApp: the theme's `produk_pesan`
/// with the product, its price and the village, then on its own line the
/// product page's address (left out when the site has no `base_url`).
fn order_message(
    product: &str,
    price: &str,
    village: &str,
    url: Option<&str>,
    strings: &Strings,
) -> String {
    let pattern = strings
        .teks
        .get("produk_pesan")
        .map_or("{produk} ({harga})", String::as_str);
    let mut message = pattern
        .replace("{produk}", product)
        .replace("{harga}", price)
        .replace("{desa}", village);
    if let Some(url) = url {
        message.push('\n');
        message.push_str(url);
    }
    message
}

/// schema.org `Product` for a product page, with one `Offer` (a price) or an
/// `AggregateOffer` (a price from, as `lowPrice`) in IDR. The seller of a UMKM
/// is a `Person` (a resident, as OpenSID's `pelapak` is) working for the
/// business when it is named; a BUMDes (a legal entity owned by the village)
/// and a group of residents are each an `Organization`.
fn product_json_ld(
    r: &Renderer<'_>,
    product: &Product,
    view: &ProductView,
    description: &str,
) -> serde_json::Value {
    let base = r.site.config.base_url.as_deref();
    let absolute = |path: &str| base.map(|b| format!("{b}/{path}"));
    let s = &product.seller;
    let seller = match (s.kind, &s.business) {
        (SellerKind::Umkm, None) => json!({ "@type": "Person", "name": s.name }),
        (SellerKind::Umkm, Some(b)) => json!({
            "@type": "Person",
            "name": s.name,
            "worksFor": { "@type": "Organization", "name": b },
        }),
        (_, b) => json!({ "@type": "Organization", "name": b.as_ref().unwrap_or(&s.name) }),
    };
    let availability = if product.available {
        "https://schema.org/InStock"
    } else {
        "https://schema.org/OutOfStock"
    };
    let mut offer = match product.price {
        ProductPrice::Exact(a) => json!({ "@type": "Offer", "price": a }),
        ProductPrice::From(a) => json!({ "@type": "AggregateOffer", "lowPrice": a }),
    };
    offer["priceCurrency"] = json!("IDR");
    offer["availability"] = json!(availability);
    offer["seller"] = seller;
    if let (ProductPrice::Exact(a), Some(unit)) = (product.price, &view.unit) {
        offer["priceSpecification"] = json!({
            "@type": "UnitPriceSpecification",
            "price": a,
            "priceCurrency": "IDR",
            "unitText": unit.text,
        });
    }
    let mut data = json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "name": view.name.text,
        "description": description,
        "offers": offer,
    });
    if let Some(url) = absolute(&view.path) {
        data["url"] = json!(url);
        data["offers"]["url"] = json!(url);
    }
    if let Some(c) = &view.category {
        data["category"] = json!(c.label);
    }
    let images: Vec<String> = view
        .photos
        .iter()
        .map(|p| absolute(&p.src).unwrap_or_else(|| p.src.clone()))
        .collect();
    if !images.is_empty() {
        data["image"] = json!(images);
    }
    data
}

/// The products of one kecamatan within a category, for the portal.
#[derive(Debug, Serialize)]
struct DistrictGroup {
    label: String,
    products: Vec<ProductView>,
}

/// The products of one category, for the portal.
#[derive(Debug, Serialize)]
struct CategoryGroup {
    key: &'static str,
    label: String,
    count: usize,
    districts: Vec<DistrictGroup>,
}

/// Every village's products by category (in the list's order; a product with
/// none under `lainnya`), then by kecamatan, then by name.
fn portal_groups(r: &Renderer<'_>, lang: &Lang<'_>) -> Vec<CategoryGroup> {
    let mut all: Vec<(ProductCategory, String, String, ProductView)> = Vec::new();
    for village in &r.site.villages {
        let district = village_district(&village.profile, &lang.strings.teks);
        for p in &village.products {
            let view = ProductView::new(p, village, r, lang, Paths::of(r, village, p, lang));
            let category = p.category.unwrap_or(ProductCategory::Lainnya);
            all.push((
                category,
                district.clone(),
                view.name.text.to_lowercase(),
                view,
            ));
        }
    }
    all.sort_by(|a, b| (a.0, &a.1, &a.2).cmp(&(b.0, &b.1, &b.2)));
    let mut groups: Vec<CategoryGroup> = Vec::new();
    for (category, district, _, view) in all {
        if groups.last().map(|g| g.key) != Some(category.key()) {
            let c = CategoryView::new(category, lang.strings);
            groups.push(CategoryGroup {
                key: c.key,
                label: c.label,
                count: 0,
                districts: Vec::new(),
            });
        }
        let Some(group) = groups.last_mut() else {
            continue;
        };
        group.count += 1;
        match group.districts.last_mut() {
            Some(d) if d.label == district => d.products.push(view),
            _ => group.districts.push(DistrictGroup {
                label: district,
                products: vec![view],
            }),
        }
    }
    groups
}

/// What the portal's pages show of `village`'s products: all of each, with
/// its photos' files.
pub(super) fn shown(village: &Village, print: &mut Print) {
    for product in &village.products {
        let photos: Vec<_> = (product.photos.iter())
            .map(|p| village.files.get(&p.file))
            .collect();
        print.add(&(product, photos));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    fn strings(lang: &str) -> Strings {
        let text = match lang {
            "en" => include_str!("../../../themes/default/i18n/en.yaml"),
            _ => include_str!("../../../themes/default/i18n/id.yaml"),
        };
        crate::yaml::parse(&crate::yaml::Source::file(Path::new("t.yaml"), text)).unwrap()
    }

    #[test]
    fn prices_show_the_unit_and_a_price_from() {
        let id = strings("id");
        let unit = LangText::plain("250 g");
        assert_eq!(
            price_text(ProductPrice::Exact(25_000), Some(&unit), &id),
            "Rp25.000 / 250 g"
        );
        assert_eq!(
            price_text(ProductPrice::From(150_000), None, &id),
            "mulai Rp150.000"
        );
        let en = strings("en");
        assert_eq!(
            price_text(ProductPrice::From(150_000), Some(&unit), &en),
            "from IDR 150,000 / 250 g"
        );
    }

    #[test]
    fn the_order_message_names_product_price_and_page_and_encodes_whole() {
        let id = strings("id");
        let m = order_message(
            "Kopi bubuk",
            "Rp25.000 / 250 g",
            "Desa Kemiren",
            Some("https://desa.example/kemiren/produk/kopi/"),
            &id,
        );
        assert_eq!(
            m,
            "Halo, saya ingin memesan Kopi bubuk (Rp25.000 / 250 g) dari Desa Kemiren.\nhttps://desa.example/kemiren/produk/kopi/"
        );
        assert_eq!(
            query_encode(&m),
            "Halo%2C%20saya%20ingin%20memesan%20Kopi%20bubuk%20%28Rp25.000%20%2F%20250%20g%29%20dari%20Desa%20Kemiren.%0Ahttps%3A%2F%2Fdesa.example%2Fkemiren%2Fproduk%2Fkopi%2F"
        );
        // Without a base_url, no address.
        let m = order_message("Kopi", "Rp1", "Desa Kemiren", None, &id);
        assert!(!m.contains('\n') && !m.contains("http"), "{m}");
    }
}
