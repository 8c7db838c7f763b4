//! The first pass over a content file: refuses anchors, aliases, deep nesting
//! and a second document before `serde_norway` reads the text.

use super::explain::{explain, second_document};
use super::locate::to_position;
use super::{MAX_DEPTH, Source};
use crate::diagnostic::{Diagnostic, Position};
use crate::message::Message;
use crate::msg;
use yaml_rust2::parser::{Event, Parser};

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
pub(super) fn check_bounds(source: &Source<'_>) -> Result<(), Diagnostic> {
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
