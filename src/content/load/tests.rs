//! Tests of loading: file names and positions.

use super::classify::split_name;
use crate::diagnostic::Position;

#[test]
fn names_split_into_stem_language_extension() {
    assert_eq!(split_name("sejarah.md"), Some(("sejarah", None, "md")));
    assert_eq!(
        split_name("sejarah.en.md"),
        Some(("sejarah", Some("en"), "md"))
    );
    assert_eq!(split_name("README"), None);
}

#[test]
fn positions_count_characters() {
    assert_eq!(
        Position::in_text("ab\ncé", 6),
        Position { line: 2, column: 3 }
    );
}
