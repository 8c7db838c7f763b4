//! YAML in, typed values out, every failure as a [`Diagnostic`] with file, line,
//! column and field path.
//!
//! This is the only module that knows the YAML crates: `serde_norway` deserializes
//! (with `serde_path_to_error` recording the field path), and a light event parser
//! (`yaml-rust2`) finds the position of a field for problems found after
//! deserialization (a duplicate id, a missing file). That second parse only runs
//! when there is something to report, so a clean build pays nothing for it.

use crate::diagnostic::{Diagnostic, Position, did_you_mean};
use crate::message::Message;
use crate::msg;
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
    pub fn error_at(&self, field: &str, message: Message) -> Diagnostic {
        self.place(
            Diagnostic::error(self.file, message),
            field,
            self.locate(field),
        )
    }

    /// Builds a warning at the field `field`.
    pub fn warning_at(&self, field: &str, message: Message) -> Diagnostic {
        self.place(
            Diagnostic::warning(self.file, message),
            field,
            self.locate(field),
        )
    }

    /// Puts `d` at `field` and `position`: its path, the line it points at, and
    /// the names of the list items on the way.
    fn place(&self, d: Diagnostic, field: &str, position: Option<Position>) -> Diagnostic {
        d.field(field)
            .items(self.items(field))
            .at(position, self.whole)
    }

    /// What each list item on `field`'s path is called: its `id`, `nama`,
    /// `judul` or `jenis`, if it has one (`domisili` for `[0].persyaratan`).
    pub fn items(&self, field: &str) -> Vec<Option<String>> {
        let mut out = Vec::new();
        for (i, _) in field.match_indices(']') {
            let item = &field[..=i];
            let name = ["id", "nama", "judul", "jenis"]
                .iter()
                .find_map(|key| scalar_at(self.text, &format!("{item}.{key}")))
                .filter(|name| !name.trim().is_empty() && name.chars().count() <= 60);
            out.push(name);
        }
        out
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
            field.trim_end_matches(".?").to_string()
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
    let refuse = |position: Position, message: Message| {
        Err(Diagnostic::error(source.file, message).at(Some(position), source.whole))
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
                return refuse(position, msg!("K0112", batas = MAX_DEPTH));
            }
            // Text after the end of the first document: serde_norway would report a
            // missing field of that first document, or "more than one document".
            Err(err) if err.info().contains("expected <document start>") => {
                return Err(second_document(source, Some(at(*err.marker()))));
            }
            Err(err) if err.info().contains("unknown anchor") => {
                return refuse(at(*err.marker()), msg!("K0111"));
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
                    return refuse(at(mark), msg!("K0106"));
                }
                0
            }
            Event::Alias(_) => {
                return refuse(at(mark), msg!("K0111"));
            }
            Event::Scalar(_, _, anchor, _) => *anchor,
            Event::SequenceStart(anchor, _) | Event::MappingStart(anchor, _) => {
                depth += 1;
                if depth > MAX_DEPTH {
                    return refuse(at(mark), msg!("K0112", batas = MAX_DEPTH));
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
            return refuse(position, msg!("K0110"));
        }
    }
}

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

/// Turns serde's and the YAML parsers' wording into a message for an admin:
/// first the usual causes a person can see in the line (a tab, curly quotes, a
/// colon in unquoted text, a missing colon), then serde's kinds of error.
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
    let error = |message: Message, field: &str, position: Option<Position>| {
        source.place(Diagnostic::error(source.file, message), field, position)
    };
    if let Some(message) = Message::from_wire(raw) {
        // A field that checked itself: point at its value.
        return error(message, field, source.locate(field).or(position));
    }
    if let Some(d) = usual_cause(source, raw, position) {
        return d;
    }
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
        let known = expected
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let hint = match did_you_mean(unknown, expected) {
            _ if expected.is_empty() => msg!("yaml-no-fields"),
            Some(close) => msg!("yaml-known-fields-close", saran = close, daftar = known),
            None => msg!("yaml-known-fields", daftar = known),
        };
        let position = position.or_else(|| source.locate(&full));
        return error(msg!("K0101", nama = *unknown), &full, position).hint(hint);
    }
    if let Some(rest) = raw.strip_prefix("missing field ") {
        let missing = backticked(rest).first().copied().unwrap_or("");
        let d = error(
            msg!("K0102", nama = missing),
            &join(field, missing),
            position,
        );
        return if source.text.trim().is_empty() {
            d.hint(msg!("yaml-empty-file", nama = missing))
        } else {
            d
        };
    }
    if let Some(rest) = raw.strip_prefix("duplicate field ") {
        let name = backticked(rest).first().copied().unwrap_or("");
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
        return error(
            msg!("K0103", nama = name),
            &join(field, name),
            second.or(position),
        );
    }
    if let Some(rest) = raw.strip_prefix("invalid type: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let (kind, hint) = kind_words(expected);
            let d = error(
                msg!("K0104", diharapkan = kind, ditemukan = found_words(found)),
                field,
                position,
            );
            return d.maybe_hint(hint);
        }
    }
    if let Some(rest) = raw.strip_prefix("invalid value: ") {
        if let Some((found, expected)) = rest.split_once(", expected ") {
            let (kind, hint) = kind_words(expected);
            let d = error(
                msg!("K0118", diharapkan = kind, ditemukan = found_words(found)),
                field,
                position,
            );
            return d.maybe_hint(hint);
        }
    }
    if let Some(rest) = raw.strip_prefix("unknown variant ") {
        let names = backticked(rest);
        let (unknown, expected) = names.split_first().unwrap_or((&"", &[]));
        let allowed = expected
            .iter()
            .map(|n| format!("`{n}`"))
            .collect::<Vec<_>>()
            .join(", ");
        let hint = match did_you_mean(unknown, expected) {
            Some(close) => msg!("yaml-allowed-close", saran = close, daftar = allowed),
            None => msg!("yaml-allowed", daftar = allowed),
        };
        return error(msg!("K0105", nilai = *unknown), field, position).hint(hint);
    }
    if raw.contains("more than one document") || raw.contains("expected <document start>") {
        return second_document(source, position);
    }
    if raw.starts_with("EOF while parsing") {
        return error(msg!("K0109"), field, position);
    }
    if is_syntax(raw) {
        return error(msg!("K0113"), field, position);
    }
    error(msg!("K0119", sebab = raw), field, position)
}

/// True if `raw` is one of libyaml's or yaml-rust2's syntax errors.
fn is_syntax(raw: &str) -> bool {
    [
        "did not find expected",
        "mapping values are not allowed",
        "could not find expected",
        "found character that cannot start",
        "while scanning",
        "while parsing",
        "found unexpected end of stream",
        "found a tab",
        "invalid indentation",
        "unexpected end",
        "found unknown escape",
        "control characters are not allowed",
    ]
    .iter()
    .any(|s| raw.contains(s))
}

/// The causes an admin can see in the line itself, named outright: a tab used
/// for indentation (for any error: a tab can move a line into another field),
/// and for a syntax error, curly quotes from a word processor, a colon inside
/// unquoted text, or a missing colon after a field name.
fn usual_cause(source: &Source<'_>, raw: &str, position: Option<Position>) -> Option<Diagnostic> {
    let lines: Vec<&str> = source.text.lines().collect();
    let here = |line: usize, column: usize| {
        Some(source.shift(Position {
            line: line + 1,
            column,
        }))
    };
    let error = |message: Message, position: Option<Position>| {
        Some(Diagnostic::error(source.file, message).at(position, source.whole))
    };
    if let Some((line, column)) = tab_indent(&lines) {
        return error(
            msg!("K0114", baris = line + 1 + source.line_offset),
            here(line, column),
        );
    }
    // A line without its colon reads as text where fields were expected.
    let text_for_fields = raw.starts_with("invalid type: string");
    if !is_syntax(raw) && !text_for_fields {
        return None;
    }
    // The error's line within `text` (0-based), and the one before it: libyaml
    // often notices a mistake at the start of the next line.
    let at = position?.line.checked_sub(source.line_offset + 1)?;
    let nearby = [Some(at), at.checked_sub(1)];
    for i in nearby.into_iter().flatten().filter(|_| !text_for_fields) {
        let Some(line) = lines.get(i) else { continue };
        if let Some((column, _)) = line
            .chars()
            .enumerate()
            .find(|(_, c)| matches!(c, '“' | '”' | '‘' | '’'))
        {
            let fixed = line.replace(['“', '”'], "\"").replace(['‘', '’'], "'");
            return error(msg!("K0115", perbaikan = fixed.trim()), here(i, column + 1));
        }
    }
    if raw.contains("mapping values are not allowed") {
        if let Some(fixed) = quoted_value(lines.get(at)?) {
            return error(msg!("K0116", perbaikan = fixed.trim()), position);
        }
    }
    let uneven = uneven_indent(&lines, at).filter(|_| !text_for_fields);
    if let Some((wanted, key)) = uneven {
        let line = lines[at];
        let spaces = line.len() - line.trim_start().len();
        return error(
            msg!("K0120", n = spaces, atas = wanted, kunci = key),
            here(at, spaces + 1),
        );
    }
    for i in nearby.into_iter().flatten() {
        let Some(line) = lines.get(i) else { continue };
        if let Some((key, rest, column)) = missing_colon(line) {
            let fixed = format!("{key}: {rest}");
            return error(
                msg!("K0117", kunci = key, perbaikan = fixed.trim_end()),
                here(i, column),
            );
        }
    }
    None
}

/// The first line (0-based) whose indentation holds a tab, with the tab's
/// column, outside block text (`catatan: |`), where a tab is part of the text.
fn tab_indent(lines: &[&str]) -> Option<(usize, usize)> {
    let indent = |l: &str| l.len() - l.trim_start_matches([' ', '\t']).len();
    let mut block: Option<usize> = None;
    for (i, line) in lines.iter().enumerate() {
        let spaces = indent(line);
        if line.trim().is_empty() {
            continue;
        }
        if let Some(key_indent) = block {
            if spaces > key_indent {
                continue;
            }
            block = None;
        }
        if let Some(tab) = line[..spaces].find('\t') {
            return Some((i, line[..tab].chars().count() + 1));
        }
        let value = line.trim_end();
        if value.ends_with(['|', '>']) || value.ends_with("|-") || value.ends_with(">-") {
            block = Some(spaces);
        }
    }
    None
}

/// If line `at` is a field indented differently from the field above it that is
/// neither its parent nor an ancestor's sibling: (the spaces of that field, its name).
fn uneven_indent(lines: &[&str], at: usize) -> Option<(usize, String)> {
    // A list item's fields start after its `- `.
    let indent = |l: &str| {
        let body = l.trim_start();
        let dash = body
            .strip_prefix('-')
            .map_or(0, |rest| 1 + rest.len() - rest.trim_start().len());
        l.len() - body.len() + dash
    };
    let line = lines.get(at)?;
    let body = line.trim_start();
    if body.is_empty() || body.starts_with(['#', '-']) || !body.contains(": ") {
        return None;
    }
    let above = lines[..at]
        .iter()
        .rev()
        .find(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))?;
    let (mine, theirs) = (indent(line), indent(above));
    let opens = above.trim_end().ends_with(':');
    let key = above
        .trim_start()
        .split(':')
        .next()?
        .trim_start_matches("- ");
    // More than the field above (which does not open a block), or between two
    // levels: a slip of the space bar.
    let slipped = (mine > theirs && !opens)
        || (mine < theirs
            && !lines[..at]
                .iter()
                .any(|l| indent(l) == mine && !l.trim().is_empty()));
    slipped.then(|| (theirs, key.to_string()))
}

/// `key: text: more` with the text in quotes, or None if the line has no
/// unquoted value holding `: `.
fn quoted_value(line: &str) -> Option<String> {
    let indent = line.len() - line.trim_start().len();
    let body = &line[indent..];
    let (dash, body) = match body.strip_prefix("- ") {
        Some(rest) => ("- ", rest),
        None => ("", body),
    };
    let (key, value) = match body.split_once(": ") {
        Some((k, v)) if !k.contains(' ') && !k.is_empty() => (Some(k), v),
        _ => (None, body),
    };
    let value = value.trim();
    if !value.contains(": ") || value.starts_with(['"', '\'']) {
        return None;
    }
    let quoted = if value.contains('"') {
        format!("'{}'", value.replace('\'', "''"))
    } else {
        format!("\"{value}\"")
    };
    let head = &line[..indent];
    Some(match key {
        Some(k) => format!("{head}{dash}{k}: {quoted}"),
        None => format!("{head}{dash}{quoted}"),
    })
}

/// A line that looks like `nama Kemiren`: a field name, a space and a value,
/// with no colon: (name, value, column where the colon belongs).
fn missing_colon(line: &str) -> Option<(&str, &str, usize)> {
    let body = line.trim_start();
    if body.is_empty() || body.starts_with(['#', '-', '"', '\'', '[', '{']) || body.contains(':') {
        return None;
    }
    let (key, rest) = body.split_once(' ')?;
    let name = key
        .chars()
        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
    if !name || rest.trim().is_empty() {
        return None;
    }
    let indent = line.len() - body.len();
    Some((key, rest.trim(), indent + key.chars().count() + 1))
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
            msg!(
                "K0107",
                n = indent,
                kunci = key,
                baris = i + 1 + source.line_offset
            ),
        )
        .at(
            Some(source.shift(Position {
                line: i + 1,
                column: 1,
            })),
            source.whole,
        );
    }
    let separator = lines.find(|(_, l)| l.starts_with("---") || l.starts_with("..."));
    match separator {
        Some((i, _)) => Diagnostic::error(source.file, msg!("K0106")).at(
            Some(source.shift(Position {
                line: i + 1,
                column: 1,
            })),
            source.whole,
        ),
        None => Diagnostic::error(source.file, msg!("K0108")).at(position, source.whole),
    }
}

/// What serde's "expected ..." means, in plain words, and the fix to show.
fn kind_words(expected: &str) -> (Message, Option<Message>) {
    if let Some(own) = Message::from_wire(expected) {
        return (own, None);
    }
    let (words, hint) = if expected.contains("sequence") {
        ("yaml-kind-list", "yaml-hint-list")
    } else if expected.contains("struct") || expected.contains("map") {
        ("yaml-kind-fields", "yaml-hint-fields")
    } else if ["integer", "i64", "u64", "u32", "i32", "u16", "u8"]
        .iter()
        .any(|k| expected.contains(k))
    {
        ("yaml-kind-whole-number", "yaml-hint-whole-number")
    } else if expected.contains("f64") || expected.contains("f32") || expected.contains("float") {
        ("yaml-kind-decimal", "yaml-hint-decimal")
    } else if expected.contains("bool") {
        ("yaml-kind-yes-no", "yaml-hint-yes-no")
    } else if expected.contains("string") || expected.contains("char") {
        ("yaml-kind-text", "yaml-hint-text")
    } else {
        return (msg!("yaml-kind-other", jenis = expected), None);
    };
    (Message::new(words), Some(Message::new(hint)))
}

/// What serde found ("string \"abc\"", "integer `5`", "sequence"), in plain words.
fn found_words(found: &str) -> Message {
    let value = backticked(found)
        .first()
        .map(|v| v.to_string())
        .or_else(|| {
            found
                .split_once(' ')
                .map(|(_, v)| v.trim_matches('"').to_string())
        })
        .unwrap_or_default();
    match found.split(' ').next().unwrap_or("") {
        "string" | "char" => msg!("yaml-found-text", nilai = value),
        "integer" => msg!("yaml-found-number", nilai = value),
        "floating" => msg!("yaml-found-decimal", nilai = value),
        "boolean" => msg!("yaml-found-yes-no", nilai = value),
        "sequence" => msg!("yaml-found-list"),
        "map" => msg!("yaml-found-fields"),
        "unit" | "null" => msg!("yaml-found-empty"),
        _ => msg!("yaml-found-other", nilai = found),
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
    find(text, field).map(|f| f.position)
}

/// The text of the plain or quoted value at exactly `field`, if there is one.
pub fn scalar_at(text: &str, field: &str) -> Option<String> {
    find(text, field).filter(|f| f.exact)?.scalar
}

/// What [`find`] found at a field path.
struct Found {
    position: Position,
    /// True if the whole path exists (false: `position` is of an ancestor).
    exact: bool,
    /// The value's text, if the node is a single value.
    scalar: Option<String>,
}

fn find(text: &str, field: &str) -> Option<Found> {
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
) -> Option<Found> {
    let parent = |position| {
        Some(Found {
            position,
            exact: false,
            scalar: None,
        })
    };
    let Some((step, rest)) = steps.split_first() else {
        let scalar = match node {
            Event::Scalar(value, ..) => Some(value),
            _ => None,
        };
        return Some(Found {
            position: here,
            exact: true,
            scalar,
        });
    };
    match (node, step) {
        (Event::MappingStart(..), Step::Key(wanted)) => loop {
            let (key, _) = parser.next_token().ok()?;
            match key {
                Event::MappingEnd => return parent(here),
                Event::Scalar(ref k, ..) if k == wanted => {
                    let (value, mark) = parser.next_token().ok()?;
                    return descend(parser, value, to_position(mark), rest)
                        .or(parent(to_position(mark)));
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
                    return parent(here);
                }
                if index == *wanted {
                    return descend(parser, item, to_position(mark), rest)
                        .or(parent(to_position(mark)));
                }
                skip(parser, item)?;
                index += 1;
            }
        }
        _ => parent(here),
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
    use crate::message::Lang;
    use serde::Deserialize;

    /// The whole diagnostic as shown in English.
    fn en(d: &Diagnostic) -> String {
        d.shown_in(Lang::En)
    }

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
        assert_eq!(d.code(), Some("K0101"));
        assert!(en(&d).contains("did you mean `telepon`"), "{}", en(&d));
    }

    #[test]
    fn wrong_type_names_field_and_line() {
        let d = parse_profile("nama: A\npenduduk: banyak\n").unwrap_err();
        assert_eq!(d.field, "penduduk");
        assert_eq!(d.position.map(|p| p.line), Some(2));
        assert_eq!(d.code(), Some("K0104"));
        assert!(
            en(&d).contains("expected a whole number, found text \"banyak\""),
            "{}",
            en(&d)
        );
        assert!(
            d.to_string()
                .contains("seharusnya angka bulat, tetapi tertulis teks \"banyak\"")
        );
    }

    #[test]
    fn duplicate_field_points_at_the_second_line() {
        let d = parse_profile("nama: A\npenduduk: 1\nnama: B\n").unwrap_err();
        assert_eq!(d.field, "nama");
        assert_eq!(d.position, Some(Position { line: 3, column: 1 }));
        assert_eq!(d.code(), Some("K0103"));
    }

    #[test]
    fn missing_field_in_empty_file() {
        let d = parse_profile("").unwrap_err();
        assert_eq!(d.field, "nama");
        assert_eq!(d.code(), Some("K0102"));
        assert!(en(&d).contains("the file is empty"), "{}", en(&d));
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
        assert_eq!(d.code(), Some("K0116"), "{}", en(&d));
        assert!(en(&d).contains(r#"like this: nama: "a: b""#), "{}", en(&d));
    }

    #[test]
    fn anchors_and_aliases_are_refused_at_their_sign() {
        let d = parse_profile("nama: &n Alpha\npenduduk: 1\n").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 1, column: 7 }));
        assert_eq!(d.code(), Some("K0110"));
        assert!(en(&d).contains("write the value out"));
        let d = parse_profile("nama: Alpha\nkantor: {telepon: *n}\n").unwrap_err();
        assert_eq!(
            d.position,
            Some(Position {
                line: 2,
                column: 19
            })
        );
        assert_eq!(d.code(), Some("K0111"));
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
        assert_eq!(d.code(), Some("K0112"));
        assert!(en(&d).contains("more than 64 levels"), "{}", en(&d));
        let d = parse_profile(&format!("nama: A\nkantor: {}", "{a: ".repeat(100_000))).unwrap_err();
        assert_eq!(d.position.map(|p| p.line), Some(2));
        // 64 levels are fine for the scan (serde then says what it expected).
        let d =
            parse_profile(&format!("nama: A\nkantor: {}", "[".repeat(MAX_DEPTH - 1))).unwrap_err();
        assert_ne!(d.code(), Some("K0112"), "{}", en(&d));
    }

    #[test]
    fn an_indented_first_line_is_named_with_its_position() {
        let d = parse_profile("  nama: Alpha\npenduduk: 1\n").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 1, column: 1 }));
        assert_eq!(d.code(), Some("K0107"));
        assert!(
            en(&d).contains("first line starts with 2 spaces"),
            "{}",
            en(&d)
        );
        assert!(en(&d).contains("remove the spaces before `nama:` on line 1"));
        let d = parse_profile("nama: Alpha\n---\npenduduk: 1\n").unwrap_err();
        assert_eq!(d.position, Some(Position { line: 2, column: 1 }));
        assert_eq!(d.code(), Some("K0106"));
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
        assert_eq!(d.position, Some(Position { line: 4, column: 4 }));
        assert_eq!(d.code(), Some("K0120"), "{}", en(&d));
        assert!(
            en(&d).contains("indent this line 2 spaces, like `a:`"),
            "{}",
            en(&d)
        );
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

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Head {
        nama: String,
        jabatan: Option<String>,
    }

    #[derive(Debug, Deserialize)]
    #[serde(deny_unknown_fields)]
    #[allow(dead_code)]
    struct Village {
        nama: String,
        kepala: Option<Head>,
        penduduk: Option<u64>,
    }

    fn parse_village(text: &str) -> Diagnostic {
        parse::<Village>(&Source::file(Path::new("desa.yaml"), text)).unwrap_err()
    }

    #[test]
    fn a_tab_used_for_indentation_is_named_at_its_own_line() {
        let d = parse_village("nama: A\nkepala:\n  jabatan: Kepala Desa\n\tnama: Edy\n");
        assert_eq!(d.code(), Some("K0114"), "{}", en(&d));
        assert_eq!(d.position, Some(Position { line: 4, column: 1 }));
        assert!(
            d.to_string().contains("baris 4 memakai karakter Tab"),
            "{d}"
        );
        // A tab inside block text is text.
        let ok = parse::<Village>(&Source::file(
            Path::new("desa.yaml"),
            "nama: |\n  a\n  \tb\npenduduk: 1\n",
        ));
        assert!(ok.is_ok(), "{ok:?}");
    }

    #[test]
    fn curly_quotes_are_named_and_the_straight_ones_shown() {
        let d = parse_village("nama: A\nkepala:\n  jabatan: “Kepala: Desa”\n");
        assert_eq!(d.code(), Some("K0115"), "{}", en(&d));
        assert_eq!(
            d.position,
            Some(Position {
                line: 3,
                column: 12
            })
        );
        assert!(
            en(&d).contains(r#"like this: jabatan: "Kepala: Desa""#),
            "{}",
            en(&d)
        );
    }

    #[test]
    fn a_colon_inside_unquoted_text_gets_the_quoted_line_as_its_fix() {
        let d = parse_village("nama: A\nkepala:\n  jabatan: Kepala Dusun (Ketua: Pak Slamet)\n");
        assert_eq!(d.code(), Some("K0116"), "{}", en(&d));
        assert_eq!(d.position.map(|p| p.line), Some(3));
        assert!(
            d.to_string()
                .contains(r#"seperti ini: jabatan: "Kepala Dusun (Ketua: Pak Slamet)""#),
            "{d}"
        );
    }

    #[test]
    fn a_missing_colon_is_reported_on_its_own_line() {
        let d = parse_village("nama: A\nkepala:\n  nama Edy Saputro\n  jabatan: Kepala Desa\n");
        assert_eq!(d.code(), Some("K0117"), "{}", en(&d));
        assert_eq!(d.position, Some(Position { line: 3, column: 7 }));
        assert!(en(&d).contains("write a colon after the field name: nama: Edy Saputro"));
        let d = parse_village("nama Kemiren\npenduduk: 1\n");
        assert_eq!(d.code(), Some("K0117"), "{}", en(&d));
        assert_eq!(d.position.map(|p| p.line), Some(1));
    }

    #[test]
    fn list_items_are_counted_from_one_and_named() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Item {
            id: String,
            biaya: u64,
        }
        let text = "- id: domisili\n  biaya: 0\n- id: sktm\n  biaya: gratis\n";
        let d = parse::<Vec<Item>>(&Source::file(Path::new("layanan.yaml"), text)).unwrap_err();
        assert_eq!(d.field, "[1].biaya");
        assert!(
            d.to_string().contains(": layanan ke-2 (`sktm`) › biaya: "),
            "{d}"
        );
        assert!(
            en(&d).contains(": layanan no. 2 (`sktm`) › biaya: "),
            "{}",
            en(&d)
        );
    }
}
