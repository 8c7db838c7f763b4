//! The "Kesalahan umum" page of the admin guide (`docs/kesalahan-umum.md`),
//! generated from the Indonesian catalogue so that it cannot drift from the
//! messages: each code with its title, what it means, the message and the fix
//! kampung shows, an example of the mistake and the same example fixed.
//!
//! In an example, `  /  ` (a slash with two spaces on each side) starts a new
//! line, and `·` stands for a space the admin must type.

use super::{Entry, Lang, Message, is_code};

/// The page's path within the repository.
pub const PAGE: &str = "docs/kesalahan-umum.md";

/// Every problem code of the catalogue, in code order.
fn entries() -> Vec<Entry> {
    let mut out: Vec<Entry> = super::entries(Lang::Id)
        .into_iter()
        .filter(|e| is_code(e.id))
        .collect();
    out.sort_by_key(|e| e.id);
    out
}

/// The whole page, in Markdown.
pub fn page() -> String {
    let entries = entries();
    let mut out = String::from(
        "# Kesalahan umum\n\n\
         <!-- Halaman ini dibuat otomatis dari katalog pesan (i18n/id/*.ftl).\n     \
         Jangan diubah di sini: ubah katalognya, lalu jalankan\n     \
         KAMPUNG_UPDATE_DOCS=1 cargo test --lib message::guide -->\n\n\
         Setiap pesan kampung diakhiri sebuah kode dalam kurung siku, misalnya `[K0114]`.\n\
         Cari kode itu di halaman ini (tekan Ctrl+F lalu ketik kodenya) untuk melihat\n\
         artinya, contoh kesalahannya, dan cara memperbaikinya. Tanda `…` di dalam pesan\n\
         diganti kampung dengan nama berkas, kolom atau nilai yang bersangkutan. Di dalam\n\
         contoh, `·` berarti satu spasi.\n\n\
         Pesan dalam bahasa Inggris: jalankan kampung dengan `--bahasa en`.\n\n\
         | Kode | Masalah |\n|---|---|\n",
    );
    for e in &entries {
        let title = attribute(e, "judul");
        out.push_str(&format!(
            "| [{}](#{}) | {title} |\n",
            e.id,
            e.id.to_lowercase()
        ));
    }
    for e in &entries {
        let shown = e
            .values
            .iter()
            .fold(Message::new(e.id), |m, name| m.arg(name, "…"));
        out.push_str(&format!("\n## {}\n\n", e.id));
        out.push_str(&format!(
            "**{}.** {}\n\n",
            attribute(e, "judul"),
            attribute(e, "arti")
        ));
        out.push_str(&format!("Pesannya:\n\n> {}\n\n", shown.text_in(Lang::Id)));
        if let Some(hint) = shown.attribute_in(Lang::Id, "hint") {
            out.push_str(&format!("Saran kampung:\n\n> {hint}\n\n"));
        }
        out.push_str("Contoh kesalahan:\n\n");
        out.push_str(&example(&attribute(e, "contoh")));
        out.push_str("Perbaikan:\n\n");
        out.push_str(&example(&attribute(e, "perbaikan")));
    }
    out
}

fn attribute(e: &Entry, name: &str) -> String {
    Message::new(e.id)
        .attribute_in(Lang::Id, name)
        .unwrap_or_default()
}

/// An example as a code block, `  /  ` as line breaks.
fn example(text: &str) -> String {
    let lines = text.replace("  /  ", "\n");
    format!("```\n{}\n```\n\n", lines.trim())
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// The page in the repository is the one the catalogue makes; with
    /// `KAMPUNG_UPDATE_DOCS=1` the test writes it instead.
    #[test]
    fn the_common_mistakes_page_is_generated_from_the_catalogue() {
        let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(super::PAGE);
        let page = super::page();
        if std::env::var_os("KAMPUNG_UPDATE_DOCS").is_some() {
            std::fs::write(&path, &page).unwrap();
        }
        let written = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(
            written == page,
            "{} is out of date: run KAMPUNG_UPDATE_DOCS=1 cargo test --lib message::guide",
            super::PAGE
        );
        for code in ["K0114", "K0115", "K0116", "K0117"] {
            assert!(page.contains(&format!("\n## {code}\n")), "{code} missing");
        }
    }
}
