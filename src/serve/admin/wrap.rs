//! What the forms see of a file, and what is written back from them.
//!
//! Decap CMS edits a file as one YAML object, so a file that is a list at its
//! top (`layanan.yaml`: one item per service) is shown to it as an object with
//! one list, `layanan:`, and written back as the plain list. Decap writes a
//! whole file anew, dropping its comments: the comment lines at the top of a
//! YAML file (what the file is, how fees are written) are put back.

/// The key under which a top-level list is shown to the forms; kampung loads
/// that shape too (what the forms write through GitHub on a published site).
pub use crate::content::{LIST_KEY, is_list_file};

/// `text` as the forms see it: a list file indented under `layanan:`.
pub fn to_forms(rel: &str, text: &str) -> String {
    if !is_list_file(rel) {
        return text.to_string();
    }
    let mut out = format!("{LIST_KEY}:\n");
    for line in text.lines() {
        if !line.trim().is_empty() {
            out.push_str("  ");
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

/// What the forms sent, as the file is written: a list file taken back out of
/// `layanan:` (`None` when it is not in that shape).
pub fn from_forms(rel: &str, text: &str) -> Option<String> {
    if !is_list_file(rel) {
        return Some(text.to_string());
    }
    let mut lines = text.lines();
    match lines.next()?.trim_end() {
        l if l == format!("{LIST_KEY}:") => {}
        l if l == format!("{LIST_KEY}: []") => return Some("[]\n".to_string()),
        _ => return None,
    }
    let mut out = String::new();
    for line in lines {
        if line.trim().is_empty() {
            out.push('\n');
            continue;
        }
        out.push_str(line.strip_prefix("  ")?);
        out.push('\n');
    }
    Some(out)
}

/// The comment lines at the top of a YAML file (with the blank lines among them).
fn header(text: &str) -> &str {
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        let t = line.trim();
        if !(t.starts_with('#') || t.is_empty()) {
            break;
        }
        end += line.len();
    }
    text[..end].trim_end_matches(['\n', ' '])
}

/// `new` with the comment lines at the top of `old` put back, for a YAML file
/// the forms rewrote without them.
pub fn keep_header(rel: &str, old: Option<&str>, new: &str) -> String {
    let head = old.map(header).unwrap_or("");
    if !rel.ends_with(".yaml") || head.is_empty() || !header(new).is_empty() {
        return new.to_string();
    }
    format!("{head}\n{new}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_list_file_goes_to_the_forms_and_back_unchanged() {
        let text = "# Katalog\n- id: a\n  nama: A\n  catatan: |\n    dua\n\n    baris\n\n- id: b\n  biaya: 0\n";
        let shown = to_forms("content/x/layanan.yaml", text);
        assert!(
            shown.starts_with("layanan:\n  # Katalog\n  - id: a\n"),
            "{shown}"
        );
        assert_eq!(
            from_forms("content/x/layanan.yaml", &shown).as_deref(),
            Some(text)
        );
        assert_eq!(to_forms("content/x/desa.yaml", text), text);
        assert_eq!(
            from_forms("content/x/layanan.en.yaml", "layanan: []\n").as_deref(),
            Some("[]\n")
        );
        assert_eq!(from_forms("content/x/layanan.yaml", "lain:\n  - a\n"), None);
        assert_eq!(
            from_forms("content/x/layanan.yaml", "layanan:\n- a\nx: 1\n"),
            None
        );
    }

    #[test]
    fn the_comments_at_the_top_are_put_back() {
        let old = "# Katalog layanan.\n# Biaya dalam Rupiah.\n\n- id: a\n";
        assert_eq!(
            keep_header("content/x/layanan.yaml", Some(old), "- id: b\n"),
            "# Katalog layanan.\n# Biaya dalam Rupiah.\n- id: b\n"
        );
        assert_eq!(
            keep_header("content/x/layanan.yaml", None, "- id: b\n"),
            "- id: b\n"
        );
        assert_eq!(keep_header("content/x/berita/a.md", Some(old), "x"), "x");
        let kept = "# Baru\n- id: b\n";
        assert_eq!(keep_header("content/x/layanan.yaml", Some(old), kept), kept);
    }
}
