//! YAML in, typed values out, every failure as a [`Diagnostic`] with file, line,
//! column and field path.
//!
//! This is the only module that knows the YAML crates: `serde_norway` deserializes
//! (with `serde_path_to_error` recording the field path), and a light event parser
//! (`yaml-rust2`) finds the position of a field for problems found after
//! deserialization (a duplicate id, a missing file). That second parse only runs
//! when there is something to report, so a clean build pays nothing for it.

use crate::diagnostic::{Diagnostic, HINT_SEPARATOR, Position, did_you_mean};
use crate::message::Message;
use serde::de::DeserializeOwned;
use std::path::Path;
use yaml_rust2::parser::{Event, Parser};

/// A YAML text and where it came from.
#[derive(Debug, Clone, Copy)]
pub struct Source<'a> {
    /// The file, relative to the site root, for messages.
    pub file: &'a Path,
    /// The YAML text alone (for front matter: without the `---` lines).
    pub text: &'a str,
    /// The whole file, for snippets (equal to `text` for a plain YAML file).
    pub whole: &'a str,
    /// Lines of the file before `text` starts (1 for front matter after `---`).
    pub line_offset: usize,
}

impl<'a> Source<'a> {
    /// A whole YAML file.
    pub fn file(file: &'a Path, text: &'a str) -> Self {
        Source {
            file,
            text,
            whole: text,
            line_offset: 0,
        }
    }

    /// Builds an error at the field `field` (a path like `kantor.telepon` or
    /// `perangkat[1].nama`), with the position of that field's value.
    pub fn error_at(&self, field: &str, message: impl Into<Message>) -> Diagnostic {
        Diagnostic::error(self.file, message)
            .field(field)
            .at(self.locate(field), self.whole)
    }

    /// Builds a warning at the field `field`.
    pub fn warning_at(&self, field: &str, message: impl Into<Message>) -> Diagnostic {
        Diagnostic::warning(self.file, message)
            .field(field)
            .at(self.locate(field), self.whole)
    }

    /// The position of the value at `field`, or of its nearest existing ancestor.
    pub fn locate(&self, field: &str) -> Option<Position> {
        locate(self.text, field).map(|p| self.shift(p))
    }

    /// A position within `text` as a position within the whole file.
    fn shift(&self, p: Position) -> Position {
        Position {
            line: p.line + self.line_offset,
            column: p.column,
        }
    }
}

/// Deserializes `source` into `T`, or explains in one diagnostic why it cannot.
///
/// An empty document is read as an empty mapping, so that missing required fields
/// are named rather than reported as "end of file".
///
/// Before `serde_norway` sees the text, [`check_bounds`] refuses anchors, aliases,
/// nesting deeper than [`MAX_DEPTH`] and a second document: an alias can multiply
/// a file's size a thousandfold when expanded, and deep nesting makes libyaml
/// quadratic. Positions are lines and columns as an editor shows them.
pub fn parse<T: DeserializeOwned>(source: &Source<'_>) -> Result<T, Diagnostic> {
    let text = if source.text.trim().is_empty() {
        "{}"
    } else {
        source.text
    };
    check_bounds(source)?;
    let deserializer = serde_norway::Deserializer::from_str(text);
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let field = err.path().to_string();
        // serde_path_to_error writes `.` for the top and `?` for a key it cannot name.
        let field = if field == "." || field == "?" {
            String::new()
        } else {
            field
        };
        let inner = err.into_inner();
        // libyaml counts U+0085, U+2028 and U+2029 as line breaks, editors do not:
        // its byte index is exact, so the position is worked out from that.
        let position = inner
            .location()
            .map(|loc| source.shift(Position::in_text(text, loc.index())));
        explain(source, &field, &inner.to_string(), position)
    })
}

/// How deep lists and mappings may nest in a content file. The deepest content
/// of the sample site nests 5 levels (a budget file).
pub const MAX_DEPTH: usize = 64;

/// Refuses what a content file never needs and what could exhaust the machine:
/// anchors (`&`), aliases (`*`), nesting deeper than [`MAX_DEPTH`], and a second
/// document. Reads yaml-rust2's events, so `Tips & trik` in a value is text, and
/// stops at the first problem. yaml-rust2 streams events without recursion and
/// caps flow nesting itself, so this costs one linear pass.
///
/// When yaml-rust2 finds a syntax error first, serde_norway is left to word it
/// (its messages are the ones explained below), unless the text holds `&`, `*` or
/// deep brackets past that point, which nothing has vetted: then yaml-rust2's
/// error is the one reported.
fn check_bounds(source: &Source<'_>) -> Result<(), Diagnostic> {
    let text = source.text;
    let mut parser = Parser::new_from_str(text);
    let mut depth = 0usize;
    let mut documents = 0;
    let at = |mark: yaml_rust2::scanner::Marker| source.shift(to_position(mark));
    let refuse = |position: Position, message: String, hint: &str| {
        Err(Diagnostic::error(source.file, message)
            .at(Some(position), source.whole)
            .hint(hint))
    };
    loop {
        let (event, mark) = match parser.next_token() {
            Ok(next) => next,
            // yaml-rust2 reads ahead through flow brackets and stops at 256 levels.
            Err(err) if err.info().contains("recursion limit") => {
                let deep = unvetted(text).filter(|i| matches!(text.as_bytes()[*i], b'[' | b'{'));
                let position = match deep {
                    Some(i) => source.shift(Position::in_text(text, i)),
                    None => at(*err.marker()),
                };
                return refuse(position, too_deep(), DEPTH_HINT);
            }
            // Text after the end of the first document: serde_norway would report a
            // missing field of that first document, or "more than one document".
            Err(err) if err.info().contains("expected <document start>") => {
                return Err(second_document(source, Some(at(*err.marker()))));
            }
            Err(err) if err.info().contains("unknown anchor") => {
                return refuse(at(*err.marker()), alias(), ANCHOR_HINT);
            }
            Err(err) if unvetted(text).is_some() => {
                let position = at(*err.marker());
                return Err(explain(source, "", err.info(), Some(position)));
            }
            Err(_) => return Ok(()),
        };
        let anchor = match &event {
            Event::StreamEnd => return Ok(()),
            Event::DocumentStart => {
                documents += 1;
                if documents > 1 {
                    return refuse(
                        at(mark),
                        "a second YAML document starts here".to_string(),
                        SECOND_DOCUMENT_HINT,
                    );
                }
                0
            }
            Event::Alias(_) => {
                return refuse(at(mark), alias(), ANCHOR_HINT);
            }
            Event::Scalar(_, _, anchor, _) => *anchor,
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return refuse(at(mark), too_deep(), DEPTH_HINT);
                }
                *anchor
            }
            Event::SequenceEnd | Event::MappingEnd => {
                depth = depth.saturating_sub(1);
                0
            }
            _ => 0,
        };
        if anchor != 0 {
            // The event's mark is at the node after the anchor: point at the `&`.
            let node = offset_of(text, to_position(mark));
            let position = match text[..node].rfind('&') {
                Some(i) => source.shift(Position::in_text(text, i)),
                None => at(mark),
            };
            return refuse(
                position,
                "an anchor (`&`) is not allowed in content files".to_string(),
                ANCHOR_HINT,
            );
        }
    }
}

fn alias() -> String {
    "an alias (`*`) is not allowed in content files".to_string()
}

fn too_deep() -> String {
    format!("lists and fields nest more than {MAX_DEPTH} levels deep here")
}

const DEPTH_HINT: &str =
    "check for `[` or `{` that are never closed; content needs only a few levels";

const ANCHOR_HINT: &str = "anchors `&` and aliases `*` are not allowed in content files; \
     write the value out in full (or put text starting with `&` or `*` in quotes)";

/// The byte offset of the first thing in `text` that [`check_bounds`] would have
/// to see to vouch for it: a `&` or `*`, or a bracket nested deeper than
/// [`MAX_DEPTH`] (counted byte by byte, quotes or not).
fn unvetted(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (i, b) in text.bytes().enumerate() {
        match b {
            b'&' | b'*' => return Some(i),
            b'[' | b'{' => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// The byte offset of `p` (a line and column within `text`, lines ending at `\n`,
/// `\r\n` or `\r` as yaml-rust2 and editors count them).
fn offset_of(text: &str, p: Position) -> usize {
    let bytes = text.as_bytes();
    let (mut line, mut start) = (1, 0);
    for (i, b) in bytes.iter().enumerate() {
        if line >= p.line {
            break;
        }
        if *b == b'\n' || (*b == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            line += 1;
            start = i + 1;
        }
    }
    text[start..]
        .char_indices()
        .nth(p.column.saturating_sub(1))
        .map_or(text.len(), |(i, _)| start + i)
}

/// Turns serde's wording into a message and hint for an admin.
fn explain(source: &Source<'_>, field: &str, raw: &str, position: Option<Position>) -> Diagnostic {
    // serde_norway appends " at line L column C"; the position is shown separately.
    let raw = match raw.find(" at line ") {
        Some(i) => &raw[..i],
        None => raw,
    };
    // It also puts the field path in front of errors in nested fields.
    let raw = match raw.split_once(": ") {
        Some((head, rest))
            if !head.contains(' ') && field.starts_with(head.trim_start_matches('.')) =>
        {
            rest
        }
        _ => raw,
    };
    let join = |parent: &str, child: &str| {
        if parent.is_empty() {
            child.to_string()
        } else {
            format!("{parent}.{child}")
        }
    };
    if let Some(rest) = raw.strip_prefix("unknown field ") {
        let names = backticked(rest);
        let (unknown, expected) = names.split_first().unwrap_or((&"", &[]));
        let full = if field == *unknown || field.ends_with(&format!(".{unknown}")) {
            field.to_string()
        } else {
            join(field, unknown)
        };
        let known = if expected.is_empty() {
            "this place takes no fields".to_string()
        } else {
            let names: Vec<String> = expected.iter().map(|n| format!("`{n}`")).collect();
            format!("known fields here: {}", names.join(", "))
        };
        let hint = match did_you_mean(unknown, expected) {
            Some(close) => format!("did you mean `{close}`? ({known})"),
            None => known,
        };
        let position = position.or_else(|| source.locate(&full));
        return Diagnostic::error(source.file, format!("unknown field `{unknown}`"))
            .field(full)
            .at(position, source.whole)
            .hint(hint);
    }
    if let Some(rest) = raw.strip_prefix("missing field ") {
        let missing = backticked(rest).first().copied().unwrap_or("").to_string();
        let hint = if source.text.trim().is_empty() {
            format!("the file is empty; it needs at least `{missing}: ...`")
        } else {
            format!("add a line `{missing}: ...`")
        };
        return Diagnostic::error(
            source.file,
            format!("required field `{missing}` is missing"),
        )
        .field(join(field, &missing))
        .at(position, source.whole)
        .hint(hint);
    }
    if let Some(rest) = raw.strip_prefix("duplicate field ") {
        let name = backticked(rest).first().copied().unwrap_or("").to_string();
        // serde points at the mapping; the second `name:` line is the culprit.
        let second = source
            .text
            .lines()
            .enumerate()
            .filter(|(_, l)| {
                l.trim_start()
                    .trim_start_matches("- ")
                    .starts_with(&format!("{name}:"))
            })
            .nth(1)
            .map(|(i, l)| Position {
                line: i + 1 + source.line_offset,
                column: l.len() - l.trim_start().len() + 1,
            });
        return Diagnostic::error(source.file, format!("`{name}` is written twice"))
            .field(join(field, &name))
            .at(second.or(position), source.whole)
            .hint(format!("keep one `{name}:` line and delete the other"));
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let found = found.replace("string ", "text ");
            let hint = type_hint(expected);
            let d = Diagnostic::error(source.file, format!("expected {expected}, found {found}"))
                .field(field)
                .at(position, source.whole);
            return match hint {
                Some(h) => d.hint(h),
                None => d,
            };
        }
    }
    if let Some(rest) = raw.strip_prefix("unknown variant ") {
        let names = backticked(rest);
        let (unknown, expected) = names.split_first().unwrap_or((&"", &[]));
        let mut hint = format!("allowed values: {}", expected.join(", "));
        if let Some(close) = did_you_mean(unknown, expected) {
            hint = format!("did you mean `{close}`? ({hint})");
        }
        return Diagnostic::error(source.file, format!("`{unknown}` is not an allowed value"))
            .field(field)
            .at(position, source.whole)
            .hint(hint);
    }
    if raw.contains("more than one document") || raw.contains("expected <document start>") {
        return second_document(source, position);
    }
    if raw.starts_with("EOF while parsing") {
        return Diagnostic::error(source.file, "the file ends where a value was expected")
            .field(field)
            .at(position, source.whole)
            .hint("write the value after the `:`, or remove the unfinished line");
    }
    let hint = if raw.contains("did not find expected")
        || raw.contains("mapping values are not allowed")
        || raw.contains("could not find expected")
        || raw.contains("found character that cannot start")
    {
        Some(
            "check the indentation and put text containing `:` or `#` in quotes, \
             like `judul: \"Jam buka: 08.00\"`",
        )
    } else {
        None
    };
    if let Some(message) = Message::from_wire(raw) {
        // A field that checked itself: point at its value.
        let position = source.locate(field).or(position);
        return Diagnostic::error(source.file, message)
            .field(field)
            .at(position, source.whole);
    }
    if let Some((message, hint)) = raw.split_once(HINT_SEPARATOR) {
        // A field that checked itself: point at its value.
        let position = source.locate(field).or(position);
        return Diagnostic::error(source.file, message.to_string())
            .field(field)
            .at(position, source.whole)
            .hint(hint);
    }
    let d = Diagnostic::error(source.file, raw.to_string())
        .field(field)
        .at(position, source.whole);
    match hint {
        Some(h) => d.hint(h),
        None => d,
    }
}

/// serde_norway's "more than one document" (which has no position) or yaml-rust2's
/// "did not find expected <document start>": text goes on after the first
/// document ends. Usually the first line is indented and the next ones are not.
fn second_document(source: &Source<'_>, position: Option<Position>) -> Diagnostic {
    let mut lines = source
        .text
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#'));
    let first = lines.next();
    if let Some((i, line)) = first.filter(|(_, l)| l.starts_with([' ', '\t'])) {
        let indent = line.len() - line.trim_start().len();
        let key = line.trim_start().split(':').next().unwrap_or("").trim_end();
        return Diagnostic::error(
            source.file,
            format!(
                "the first line starts with {indent} space{}, but the lines below it do not",
                if indent == 1 { "" } else { "s" }
            ),
        )
        .at(Some(source.shift(Position { line: i + 1, column: 1 })), source.whole)
        .hint(format!(
            "remove the spaces before `{key}:` on line {}: the top-level fields start at the left edge",
            i + 1 + source.line_offset
        ));
    }
    let separator = lines.find(|(_, l)| l.starts_with("---") || l.starts_with("..."));
    match separator {
        Some((i, _)) => Diagnostic::error(source.file, "a second YAML document starts here")
            .at(
                Some(source.shift(Position {
                    line: i + 1,
                    column: 1,
                })),
                source.whole,
            )
            .hint(SECOND_DOCUMENT_HINT),
        None => Diagnostic::error(
            source.file,
            "the text goes on after the YAML document has ended",
        )
        .at(position, source.whole)
        .hint("check the indentation: fields of one level start in the same column"),
    }
}

const SECOND_DOCUMENT_HINT: &str = "a content file holds one document: delete the `---` or `...` \
     line (only .md files have `---` lines, around their front matter at the top)";

fn type_hint(expected: &str) -> Option<&'static str> {
    if expected.contains("sequence") {
        Some("write a list, one item per line starting with `- `")
    } else if expected.contains("struct") || expected.contains("map") {
        Some("write the fields indented below this key, one `name: value` per line")
    } else if expected.contains("integer") || expected.contains("i64") || expected.contains("u64") {
        Some("write a whole number without dots or quotes, like `1250`")
    } else if expected.contains("f64") || expected.contains("float") {
        Some("write a number with a decimal point, like `-8.2149`")
    } else if expected.contains("boolean") {
        Some("write `true` or `false`")
    } else if expected.contains("string") {
        Some("put the text in quotes")
    } else {
        None
    }
}

/// The words between backticks in serde's messages.
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}

/// One step of a field path.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step<'a> {
    Key(&'a str),
    Index(usize),
}

/// Splits `a.b[2].c` into steps.
fn steps(field: &str) -> Vec<Step<'_>> {
    let mut out = Vec::new();
    for part in field.split('.').filter(|p| !p.is_empty()) {
        let (key, rest) = match part.find('[') {
            Some(i) => (&part[..i], &part[i..]),
            None => (part, ""),
        };
        if !key.is_empty() {
            out.push(Step::Key(key));
        }
        for index in rest.split('[').filter(|s| !s.is_empty()) {
            if let Ok(i) = index.trim_end_matches(']').parse() {
                out.push(Step::Index(i));
            }
        }
    }
    out
}

/// Finds the position of the node at `field` in `text` (positions within `text`).
/// Returns the deepest node found on the way when the full path does not exist.
pub fn locate(text: &str, field: &str) -> Option<Position> {
    let steps = steps(field);
    let mut parser = Parser::new_from_str(text);
    loop {
        match parser.next_token().ok()? {
            (Event::StreamStart | Event::DocumentStart, _) => continue,
            (Event::StreamEnd | Event::DocumentEnd, _) => return None,
            (event, mark) => {
                return descend(&mut parser, event, to_position(mark), &steps);
            }
        }
    }
}

fn to_position(mark: yaml_rust2::scanner::Marker) -> Position {
    Position {
        line: mark.line(),
        column: mark.col() + 1,
    }
}

/// `node` (already read, at `here`) is the current node; follow `steps` inside it.
fn descend(
    parser: &mut Parser<std::str::Chars<'_>>,
    node: Event,
    here: Position,
    steps: &[Step<'_>],
) -> Option<Position> {
    let Some((step, rest)) = steps.split_first() else {
        return Some(here);
    };
    match (node, step) {
        (Event::MappingStart(..), Step::Key(wanted)) => loop {
            let (key, _) = parser.next_token().ok()?;
            match key {
                Event::MappingEnd => return Some(here),
                Event::Scalar(ref k, ..) if k == wanted => {
                    let (value, mark) = parser.next_token().ok()?;
                    return descend(parser, value, to_position(mark), rest)
                        .or(Some(to_position(mark)));
                }
                other => {
                    skip(parser, other)?;
                    let (value, _) = parser.next_token().ok()?;
                    skip(parser, value)?;
                }
            }
        },
        (Event::SequenceStart(..), Step::Index(wanted)) => {
            let mut index = 0;
            loop {
                let (item, mark) = parser.next_token().ok()?;
                if item == Event::SequenceEnd {
                    return Some(here);
                }
                if index == *wanted {
                    return descend(parser, item, to_position(mark), rest)
                        .or(Some(to_position(mark)));
                }
                skip(parser, item)?;
                index += 1;
            }
        }
        _ => Some(here),
    }
}

/// Skips the rest of `node` (already read).
fn skip(parser: &mut Parser<std::str::Chars<'_>>, node: Event) -> Option<()> {
    let mut depth = match node {
        Event::MappingStart(..) | Event::SequenceStart(..) => 1,
        _ => 0,
    };
    while depth > 0 {
        match parser.next_token().ok()?.0 {
            Event::MappingStart(..) | Event::SequenceStart(..) => depth += 1,
            Event::MappingEnd | Event::SequenceEnd => depth -= 1,
            Event::StreamEnd => return None,
            _ => {}
        }
    }
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Office {
        #[allow(dead_code)]
        telepon: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Profile {
        nama: String,
        #[allow(dead_code)]
        penduduk: Option<u64>,
        #[allow(dead_code)]
        kantor: Option<Office>,
    }

    fn parse_profile(text: &str) -> Result<Profile, Diagnostic> {
        parse(&Source::file(Path::new("desa.yaml"), text))
    }

    #[test]
    fn unknown_field_is_located_and_gets_a_suggestion() {
        let d = parse_profile("nama: A\nkantor:\n  telpon: '1'\n").unwrap_err();
        assert_eq!(d.field, "kantor.telpon");
        assert_eq!(d.position, Some(Position { line: 3, column: 3 }));
        assert!(d.hint_text().unwrap().contains("did you mean `telepon`"));
    }

    #[test]
    fn wrong_type_names_field_and_line() {
        let d = parse_profile("nama: A\npenduduk: banyak\n").unwrap_err();
        assert_eq!(d.field, "penduduk");
        assert_eq!(d.position.map(|p| p.line), Some(2));
        assert!(d.text().contains("found text"), "{}", d.message);
    }

    #[test]
    fn duplicate_field_points_at_the_second_line() {
        let d = parse_profile("nama: A\npenduduk: 1\nnama: B\n").unwrap_err();
        assert_eq!(d.field, "nama");
        assert_eq!(d.position, Some(Position { line: 3, column: 1 }));
        assert!(d.text().contains("written twice"));
    }

    #[test]
    fn missing_field_in_empty_file() {
        let d = parse_profile("").unwrap_err();
        assert_eq!(d.field, "nama");
        assert!(d.hint_text().unwrap().contains("empty"));
    }

    #[test]
    fn syntax_error_has_position_with_offset() {
        let source = Source {
            file: Path::new("a.md"),
            text: "nama: a: b\n",
            whole: "---\nnama: a: b\n---\n",
            line_offset: 1,
        };
        // Line 1 of the front matter is line 2 of the file; the second `:` is at column 8.
        let d = parse::<Profile>(&source).unwrap_err();
        assert_eq!(d.position, Some(Position { line: 2, column: 8 }));
        assert!(d.text().contains("mapping values"), "{}", d.message);
    }

    #[test]
    fn anchors_and_aliases_are_refused_at_their_sign() {
        let d = parse_profile("nama: &n Alpha\npenduduk: 1\n").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 1, column: 7 }));
        assert!(d.text().contains("anchor (`&`)"), "{}", d.message);
        assert!(d.hint_text().unwrap().contains("write the value out"));
        let d = parse_profile("nama: Alpha\nkantor: {telepon: *n}\n").unwrap_err();
        assert_eq!(
            d.position,
            Some(Position {
                line: 2,
                column: 19
            })
        );
        assert!(d.text().contains("alias (`*`)"), "{}", d.message);
    }

    #[test]
    fn ampersands_and_stars_in_text_are_text() {
        let p = parse_profile("nama: Tips & trik *baru*\nkantor: {telepon: 'a*b'}\n").unwrap();
        assert_eq!(p.nama, "Tips & trik *baru*");
    }

    #[test]
    fn nesting_past_the_limit_is_refused_at_once() {
        let d = parse_profile(&format!("nama: A\nkantor: {}", "[".repeat(100_000))).unwrap_err();
        assert_eq!(
            d.position,
            Some(Position {
                line: 2,
                column: 9 + MAX_DEPTH
            })
        );
        assert!(d.text().contains("more than 64 levels"), "{}", d.message);
        let d = parse_profile(&format!("nama: A\nkantor: {}", "{a: ".repeat(100_000))).unwrap_err();
        assert_eq!(d.position.map(|p| p.line), Some(2));
        // 64 levels are fine for the scan (serde then says what it expected).
        let d =
            parse_profile(&format!("nama: A\nkantor: {}", "[".repeat(MAX_DEPTH - 1))).unwrap_err();
        assert!(!d.text().contains("levels"), "{}", d.message);
    }

    #[test]
    fn an_indented_first_line_is_named_with_its_position() {
        let d = parse_profile("  nama: Alpha\npenduduk: 1\n").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 1, column: 1 }));
        assert!(
            d.text().contains("first line starts with 2 spaces"),
            "{}",
            d.message
        );
        assert!(
            d.hint_text()
                .unwrap()
                .contains("remove the spaces before `nama:` on line 1")
        );
        let d = parse_profile("nama: Alpha\n---\npenduduk: 1\n").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
        assert!(d.text().contains("second YAML document"), "{}", d.message);
    }

    #[test]
    fn unicode_line_separators_do_not_shift_later_lines() {
        // A value on line 32 holds U+2028, U+2029 and U+0085, which YAML 1.1 parsers
        // count as line breaks; the error on line 35 is where an editor shows it.
        let mut text: String = (1..32).map(|i| format!("# {i}\n")).collect();
        text.push_str("nama: \"A\u{2028}B\u{2029}C\u{85}D\"\n# 33\n# 34\npenduduk: banyak\n");
        let d = parse_profile(&text).unwrap_err();
        assert_eq!(
            d.position,
            Some(Position {
                line: 35,
                column: 11
            })
        );
        assert_eq!(d.snippet.as_deref(), Some("penduduk: banyak"));
    }

    #[test]
    fn syntax_errors_past_unvetted_text_are_still_reported() {
        // yaml-rust2 stops at the bad indentation; the alias after it is never
        // handed to serde_norway.
        let d = parse_profile("nama: A\nkantor:\n  a: 1\n   b: 2\nx: *y\n").unwrap_err();
        assert_eq!(d.position.map(|p| p.line), Some(4));
        assert!(d.hint_text().unwrap().contains("indentation"));
    }

    #[test]
    fn locate_follows_keys_and_indices() {
        let text = "a: 1\nlist:\n  - x: 1\n  - x: 2\n    y: [1, 2]\n";
        assert_eq!(locate(text, "list[1].y").unwrap().line, 5);
        assert_eq!(
            locate(text, "list[1].x"),
            Some(Position { line: 4, column: 8 })
        );
        assert_eq!(locate(text, "a"), Some(Position { line: 1, column: 4 }));
        // A missing leaf falls back to its parent.
        assert_eq!(locate(text, "list[1].z").unwrap().line, 4);
    }
}
