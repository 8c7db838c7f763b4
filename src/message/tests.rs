//! The catalogue is complete: both languages hold the same entries with the same
//! values, every problem code is documented, every entry the code names exists,
//! and no sentence is written outside the catalogue.

use super::*;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// id -> (attribute names, values used by the text and the shown attributes);
/// every file parses as Fluent, and no id is defined twice.
fn entries(lang: Lang) -> BTreeMap<String, (BTreeSet<String>, BTreeSet<String>)> {
    for (file, text) in sources(lang) {
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("i18n/{}/{file}: {errors:?}", lang.code());
        }
    }
    let mut out = BTreeMap::new();
    for e in super::entries(lang) {
        let set = |names: &[&str]| names.iter().map(|n| n.to_string()).collect();
        let old = out.insert(e.id.to_string(), (set(&e.attributes), set(&e.values)));
        assert!(
            old.is_none(),
            "i18n/{}/{}: `{}` is defined twice",
            lang.code(),
            e.file,
            e.id
        );
    }
    out
}

#[test]
fn both_languages_hold_the_same_entries_with_the_same_values() {
    let id = entries(Lang::Id);
    let en = entries(Lang::En);
    let only_id: Vec<_> = id.keys().filter(|k| !en.contains_key(*k)).collect();
    let only_en: Vec<_> = en.keys().filter(|k| !id.contains_key(*k)).collect();
    assert!(only_id.is_empty(), "missing in English: {only_id:?}");
    assert!(only_en.is_empty(), "missing in Indonesian: {only_en:?}");
    for (key, (id_attrs, id_vars)) in &id {
        let (en_attrs, en_vars) = &en[key];
        let shown: BTreeSet<_> = id_attrs
            .iter()
            .filter(|a| !DOC_ATTRIBUTES.contains(&a.as_str()))
            .cloned()
            .collect();
        assert_eq!(&shown, en_attrs, "{key}: attributes differ");
        assert_eq!(id_vars, en_vars, "{key}: values differ between id and en");
    }
    assert!(id.len() > 20, "the catalogue is nearly empty: {}", id.len());
}

#[test]
fn every_problem_code_is_documented_for_the_guide() {
    for (key, (attrs, _)) in entries(Lang::Id) {
        if is_code(&key) {
            for doc in DOC_ATTRIBUTES {
                assert!(attrs.contains(doc), "{key} lacks `.{doc}` in i18n/id");
            }
        } else {
            for doc in DOC_ATTRIBUTES {
                assert!(
                    !attrs.contains(doc),
                    "{key} has `.{doc}` but is not a problem code (K and four digits)"
                );
            }
        }
    }
}

/// Every `msg!(...)` call in `src/`: (file, id, value names).
fn calls() -> Vec<(String, String, BTreeSet<String>)> {
    let mut out = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_none_or(|e| e != "rs")
            || entry.path().starts_with(src.join("message"))
        {
            continue;
        }
        let text = std::fs::read_to_string(entry.path()).unwrap();
        let name = entry
            .path()
            .strip_prefix(&src)
            .unwrap()
            .display()
            .to_string();
        for (start, _) in text.match_indices("msg!(\"") {
            let body = &text[start + 4..];
            let mut depth = 0usize;
            let mut end = body.len();
            let mut in_str = false;
            let mut prev = ' ';
            for (i, c) in body.char_indices() {
                match c {
                    '"' if prev != '\\' => in_str = !in_str,
                    '(' | '[' | '{' if !in_str => depth += 1,
                    ')' | ']' | '}' if !in_str => {
                        depth -= 1;
                        if depth == 0 {
                            end = i;
                            break;
                        }
                    }
                    _ => {}
                }
                prev = c;
            }
            let inner = &body[1..end];
            let id = inner[1..].split('"').next().unwrap().to_string();
            let names = top_level_parts(inner)
                .into_iter()
                .skip(1)
                .filter_map(|part| {
                    let (name, _) = part.split_once('=')?;
                    let name = name.trim();
                    name.chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_')
                        .then(|| name.to_string())
                })
                .collect();
            out.push((name.clone(), id, names));
        }
    }
    out
}

fn top_level_parts(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut start, mut in_str, mut prev) = (0i32, 0, false, ' ');
    for (i, c) in text.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' | '<' if !in_str => depth += 1,
            ')' | ']' | '}' | '>' if !in_str => depth -= 1,
            ',' if !in_str && depth == 0 => {
                parts.push(&text[start..i]);
                start = i + 1;
            }
            _ => {}
        }
        prev = c;
    }
    parts.push(&text[start..]);
    parts
}

#[test]
fn every_message_the_code_names_exists_with_the_values_it_needs() {
    let catalogue = entries(Lang::Id);
    let calls = calls();
    assert!(!calls.is_empty());
    for (file, id, names) in &calls {
        let Some((_, vars)) = catalogue.get(id) else {
            panic!("src/{file}: msg!(\"{id}\") is not in the catalogue (i18n/id, i18n/en)");
        };
        let missing: Vec<_> = vars.difference(names).collect();
        assert!(
            missing.is_empty(),
            "src/{file}: msg!(\"{id}\") does not give {missing:?}, which the sentence uses"
        );
    }
}

#[test]
fn every_catalogue_entry_is_used_by_the_code() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut code = String::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        if entry.path().extension().is_some_and(|e| e == "rs") {
            code.push_str(&std::fs::read_to_string(entry.path()).unwrap());
        }
    }
    for id in entries(Lang::Id).keys() {
        assert!(
            code.contains(&format!("\"{id}\"")),
            "`{id}` is in the catalogue but nothing in src/ uses it"
        );
    }
}

/// Text printed by `println!`, `eprintln!`, `write!` and `writeln!`, and the
/// format strings of `format!` that become messages, must come from the
/// catalogue: a format string may hold only placeholders and punctuation.
#[test]
fn no_message_is_worded_outside_the_catalogue() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut found = Vec::new();
    for entry in walkdir::WalkDir::new(&src) {
        let entry = entry.unwrap();
        let path = entry.path();
        // Unit tests may say what they like: `tests.rs` files and `#[cfg(test)]` parts.
        if path.extension().is_none_or(|e| e != "rs")
            || path.starts_with(src.join("message"))
            || path.file_name().is_some_and(|n| n == "tests.rs")
        {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let text = text.split("#[cfg(test)]").next().unwrap_or("");
        let lines: Vec<&str> = text.lines().collect();
        for (n, line) in lines.iter().enumerate() {
            for mac in [
                "eprintln!(",
                "println!(",
                "eprint!(",
                "print!(",
                "writeln!(",
                "write!(",
            ] {
                let Some(at) = line.find(mac) else { continue };
                // The format string may start on the next line (or the one after,
                // past `writeln!(out,`).
                let rest = [
                    &line[at + mac.len()..],
                    lines.get(n + 1).copied().unwrap_or(""),
                ]
                .concat()
                    + lines.get(n + 2).copied().unwrap_or("");
                let Some(open) = rest.find('"') else { break };
                let literal = rest[open + 1..].split('"').next().unwrap_or("");
                if worded(literal) {
                    found.push(format!(
                        "src/{}:{}: {}",
                        path.strip_prefix(&src).unwrap().display(),
                        n + 1,
                        line.trim()
                    ));
                }
                break;
            }
        }
    }
    assert!(
        found.is_empty(),
        "text written outside the catalogue:\n{}",
        found.join("\n")
    );
}

/// True if `format` holds a word outside its `{...}` placeholders and its
/// markup tags (`<loc>`).
fn worded(format: &str) -> bool {
    // Markup written out (a feed, a sitemap) is not a message.
    if format.starts_with('<') {
        return false;
    }
    let mut depth = 0;
    let mut letters = 0;
    for c in format.chars() {
        match c {
            '{' | '<' => depth += 1,
            '}' | '>' => depth -= 1,
            c if depth == 0 && c.is_alphabetic() => {
                letters += 1;
                if letters >= 2 {
                    return true;
                }
            }
            _ => letters = 0,
        }
    }
    false
}

#[test]
fn messages_survive_a_trip_through_serde() {
    let m = msg!("summary-errors", n = 3);
    let wire = format!("{} at line 3", m.wire());
    assert_eq!(Message::from_wire(&wire), Some(m));
    assert_eq!(Message::from_wire("no message here"), None);
}

#[test]
fn numbers_choose_the_plural_and_languages_switch() {
    let one = msg!("summary-errors", n = 1);
    let two = msg!("summary-errors", n = 2);
    assert_ne!(
        one.text_in(Lang::En),
        two.text_in(Lang::En).replace('2', "1")
    );
    assert!(two.text_in(Lang::En).contains('2'));
    assert_ne!(one.text_in(Lang::En), one.text_in(Lang::Id));
    assert_eq!(Lang::parse("en-US"), Some(Lang::En));
    assert_eq!(Lang::parse("ID"), Some(Lang::Id));
    assert_eq!(Lang::parse("fr"), None);
}
