//! The usual causes of a YAML error that an admin can see in the line itself:
//! a tab used for indentation, curly quotes, a colon inside unquoted text,
//! uneven indentation, a missing colon.

use super::Source;
use super::explain::is_syntax;
use crate::diagnostic::{Diagnostic, Position};
use crate::message::Message;
use crate::msg;

/// The causes an admin can see in the line itself, named outright: a tab used
/// for indentation (for any error: a tab can move a line into another field),
/// and for a syntax error, curly quotes from a word processor, a colon inside
/// unquoted text, or a missing colon after a field name.
pub(super) fn usual_cause(
    source: &Source<'_>,
    raw: &str,
    position: Option<Position>,
) -> Option<Diagnostic> {
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
