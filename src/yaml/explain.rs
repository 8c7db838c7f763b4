//! Turning serde's, libyaml's and yaml-rust2's wording into a message for an
//! admin: which kind of error it is, in plain words, with the fix.

use super::Source;
use super::cause::usual_cause;
use crate::diagnostic::{Diagnostic, Position, did_you_mean};
use crate::message::Message;
use crate::msg;

/// Turns serde's and the YAML parsers' wording into a message for an admin:
/// first the usual causes a person can see in the line (a tab, curly quotes, a
/// colon in unquoted text, a missing colon), then serde's kinds of error.
pub(super) fn explain(
    source: &Source<'_>,
    field: &str,
    raw: &str,
    position: Option<Position>,
) -> Diagnostic {
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
    let error = |message, field: &str, position| error_at(source, message, field, position);
    if let Some(message) = Message::from_wire(raw) {
        // A field that checked itself: point at its value.
        return error(message, field, source.locate(field).or(position));
    }
    if let Some(d) = usual_cause(source, raw, position) {
        return d;
    }
    let kind = raw
        .strip_prefix("unknown field ")
        .map(|rest| unknown_field(source, field, rest, position))
        .or_else(|| {
            raw.strip_prefix("missing field ")
                .map(|rest| missing_field(source, field, rest, position))
        })
        .or_else(|| {
            raw.strip_prefix("duplicate field ")
                .map(|rest| duplicate_field(source, field, rest, position))
        })
        .or_else(|| {
            raw.strip_prefix("invalid type: ")
                .and_then(|rest| wrong_value(source, "K0104", field, rest, position))
        })
        .or_else(|| {
            raw.strip_prefix("invalid value: ")
                .and_then(|rest| wrong_value(source, "K0118", field, rest, position))
        })
        .or_else(|| {
            raw.strip_prefix("unknown variant ")
                .map(|rest| unknown_variant(source, field, rest, position))
        });
    if let Some(d) = kind {
        return d;
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

/// An error at `field` and `position`, with the names of the list items on the way.
fn error_at(
    source: &Source<'_>,
    message: Message,
    field: &str,
    position: Option<Position>,
) -> Diagnostic {
    source.place(Diagnostic::error(source.file, message), field, position)
}

/// `child` inside `parent` as a field path.
fn join(parent: &str, child: &str) -> String {
    if parent.is_empty() {
        child.to_string()
    } else {
        format!("{parent}.{child}")
    }
}

/// serde's "unknown field `x`, expected one of `a`, `b`": the field, with the
/// known names (and the closest one) as the fix.
fn unknown_field(
    source: &Source<'_>,
    field: &str,
    rest: &str,
    position: Option<Position>,
) -> Diagnostic {
    let names = backticked(rest);
    let (unknown, expected) = names.split_first().unwrap_or((&"", &[]));
    let full = if field == *unknown || field.ends_with(&format!(".{unknown}")) {
        field.to_string()
    } else {
        join(field, unknown)
    };
    let known = backticked_list(expected);
    let hint = match did_you_mean(unknown, expected) {
        _ if expected.is_empty() => msg!("yaml-no-fields"),
        Some(close) => msg!("yaml-known-fields-close", saran = close, daftar = known),
        None => msg!("yaml-known-fields", daftar = known),
    };
    let position = position.or_else(|| source.locate(&full));
    error_at(source, msg!("K0101", nama = *unknown), &full, position).hint(hint)
}

/// serde's "missing field `x`"; in an empty file, the hint says so.
fn missing_field(
    source: &Source<'_>,
    field: &str,
    rest: &str,
    position: Option<Position>,
) -> Diagnostic {
    let missing = backticked(rest).first().copied().unwrap_or("");
    let d = error_at(
        source,
        msg!("K0102", nama = missing),
        &join(field, missing),
        position,
    );
    if source.text.trim().is_empty() {
        d.hint(msg!("yaml-empty-file", nama = missing))
    } else {
        d
    }
}

/// serde's "duplicate field `x`", at the second `x:` line.
fn duplicate_field(
    source: &Source<'_>,
    field: &str,
    rest: &str,
    position: Option<Position>,
) -> Diagnostic {
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
    error_at(
        source,
        msg!("K0103", nama = name),
        &join(field, name),
        second.or(position),
    )
}

/// serde's "invalid type: F, expected E" (`code` K0104) or "invalid value: F,
/// expected E" (K0118), in plain words; None if `rest` is not of that shape.
fn wrong_value(
    source: &Source<'_>,
    code: &'static str,
    field: &str,
    rest: &str,
    position: Option<Position>,
) -> Option<Diagnostic> {
    let (found, expected) = rest.split_once(", expected ")?;
    let (kind, hint) = kind_words(expected);
    let message = if code == "K0104" {
        msg!("K0104", diharapkan = kind, ditemukan = found_words(found))
    } else {
        msg!("K0118", diharapkan = kind, ditemukan = found_words(found))
    };
    Some(error_at(source, message, field, position).maybe_hint(hint))
}

/// serde's "unknown variant `x`, expected one of ...": the allowed values (and
/// the closest one) as the fix.
fn unknown_variant(
    source: &Source<'_>,
    field: &str,
    rest: &str,
    position: Option<Position>,
) -> Diagnostic {
    let names = backticked(rest);
    let (unknown, expected) = names.split_first().unwrap_or((&"", &[]));
    let allowed = backticked_list(expected);
    let hint = match did_you_mean(unknown, expected) {
        Some(close) => msg!("yaml-allowed-close", saran = close, daftar = allowed),
        None => msg!("yaml-allowed", daftar = allowed),
    };
    error_at(source, msg!("K0105", nilai = *unknown), field, position).hint(hint)
}

/// True if `raw` is one of libyaml's or yaml-rust2's syntax errors.
pub(super) fn is_syntax(raw: &str) -> bool {
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

/// serde_norway's "more than one document" (which has no position) or yaml-rust2's
/// "did not find expected <document start>": text goes on after the first
/// document ends. Usually the first line is indented and the next ones are not.
pub(super) fn second_document(source: &Source<'_>, position: Option<Position>) -> Diagnostic {
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

/// `names` as serde wrote them: each between backticks, separated by commas.
fn backticked_list(names: &[&str]) -> String {
    names
        .iter()
        .map(|n| format!("`{n}`"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The words between backticks in serde's messages.
fn backticked(text: &str) -> Vec<&str> {
    text.split('`').skip(1).step_by(2).collect()
}
