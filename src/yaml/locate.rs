//! Finding a field path (`perangkat[1].nama`) in a YAML text with yaml-rust2's
//! event parser: its position, and its value when it is a single value.

use crate::diagnostic::Position;
use yaml_rust2::parser::{Event, Parser};

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

pub(super) fn to_position(mark: yaml_rust2::scanner::Marker) -> Position {
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
