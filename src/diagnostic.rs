//! Problems found in a site, each tied to a file, a position and a field.
//!
//! Every stage of the pipeline reports what it finds as [`Diagnostic`]s and keeps
//! going, so an admin sees every mistake of a run at once. Nothing here knows how a
//! file was parsed: positions arrive already resolved.

use crate::message::{Lang, Message, language};
use crate::msg;
use std::fmt;
use std::path::{Path, PathBuf};

/// How serious a problem is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Severity {
    /// The site cannot be built until this is fixed.
    Error,
    /// The site builds, but something is probably not what the admin meant.
    Warning,
}

/// A line and column, both counted from 1, within a whole file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Position {
    /// Line, from 1.
    pub line: usize,
    /// Column in characters, from 1.
    pub column: usize,
}

impl Position {
    /// The line and column of byte `index` of `text` as an editor shows them: lines
    /// end at `\n`, `\r\n` or `\r` only (not at U+0085, U+2028 or U+2029, which
    /// YAML 1.1 parsers also count), columns count characters. An index past the
    /// end, or inside a character, counts as the nearest character boundary before it.
    pub fn in_text(text: &str, index: usize) -> Position {
        let mut index = index.min(text.len());
        while !text.is_char_boundary(index) {
            index -= 1;
        }
        let before = &text.as_bytes()[..index];
        let mut line = 1;
        let mut line_start = 0;
        for i in memchr::memchr2_iter(b'\n', b'\r', before) {
            // `\r\n` is one break, counted at its `\n`.
            if before[i] == b'\r' && text.as_bytes().get(i + 1) == Some(&b'\n') {
                continue;
            }
            line += 1;
            line_start = i + 1;
        }
        let column = text[line_start.min(index)..index].chars().count() + 1;
        Position { line, column }
    }
}

/// One problem in one file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// Error or warning.
    pub severity: Severity,
    /// The file, relative to the site root (`content/kemiren/desa.yaml`).
    pub file: PathBuf,
    /// Where in the file, when known.
    pub position: Option<Position>,
    /// The field path (`kantor.telepon`, `perangkat[2].nama`), empty for the whole file.
    /// Shown as people count (`perangkat ke-3 › nama`), see [`Diagnostic::field_words`].
    pub field: String,
    /// What each list item on the field path is called (`domisili` for a
    /// service), in the order of the path's `[n]` steps; empty when unknown.
    pub items: Vec<Option<String>>,
    /// What is wrong, in one sentence, from the catalogue.
    pub message: Message,
    /// How to fix it, when the message's own `.hint` is not the one to show.
    pub hint: Option<Message>,
    /// The offending source line, shown under the message.
    pub snippet: Option<String>,
    /// The spreadsheet cell the problem is in (`Belanja!C14`), for a file read
    /// from a spreadsheet, shown where a text file's line and column go.
    pub cell: Option<String>,
}

impl Diagnostic {
    /// An error in `file` with `message`; add position, field and hint with the builder methods.
    pub fn error(file: impl Into<PathBuf>, message: Message) -> Self {
        Self::new(Severity::Error, file.into(), message)
    }

    /// A warning in `file` with `message`.
    pub fn warning(file: impl Into<PathBuf>, message: Message) -> Self {
        Self::new(Severity::Warning, file.into(), message)
    }

    fn new(severity: Severity, file: PathBuf, message: Message) -> Self {
        Diagnostic {
            severity,
            file,
            position: None,
            field: String::new(),
            items: Vec::new(),
            message,
            hint: None,
            snippet: None,
            cell: None,
        }
    }

    /// Sets the field path.
    pub fn field(mut self, field: impl Into<String>) -> Self {
        self.field = field.into();
        self
    }

    /// Sets the hint, in place of the message's own.
    pub fn hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Sets the hint if there is one (keeping the message's own otherwise).
    pub fn maybe_hint(mut self, hint: Option<Message>) -> Self {
        self.hint = hint.or(self.hint);
        self
    }

    /// Sets what the list items on the field path are called.
    pub fn items(mut self, items: Vec<Option<String>>) -> Self {
        self.items = items;
        self
    }

    /// The problem's code (`K0301`).
    pub fn code(&self) -> Option<&'static str> {
        self.message.code()
    }

    /// The message in the current language.
    pub fn text(&self) -> String {
        self.message.text()
    }

    /// The hint in the current language: the one set, or the message's own.
    pub fn hint_text(&self) -> Option<String> {
        self.hint_in(language())
    }

    /// The hint in `lang`.
    pub fn hint_in(&self, lang: Lang) -> Option<String> {
        hint_in(self.hint.as_ref(), &self.message, lang)
    }

    /// The field path as people count: `[0].persyaratan[2]` in `layanan.yaml` is
    /// "layanan ke-1 (`domisili`) › persyaratan ke-3" (English: "no. 1"), and
    /// `kantor.telepon` stays as the guide writes it.
    pub fn field_words(&self, lang: Lang) -> String {
        let noun = self
            .file
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.split('.').next())
            .unwrap_or("");
        let mut out = String::new();
        let mut items = self.items.iter();
        // Keys join with dots, as the guide's tables write them (`kantor.telepon`);
        // after a list item, `›` (`perangkat ke-2 › nama`).
        let mut after_item = false;
        for part in self.field.split('.').filter(|p| !p.is_empty()) {
            let (key, rest) = part.split_at(part.find('[').unwrap_or(part.len()));
            if !out.is_empty() {
                out.push_str(if after_item { " › " } else { "." });
            }
            after_item = !rest.is_empty();
            out.push_str(key);
            let mut first = true;
            for index in rest.split('[').filter(|s| !s.is_empty()) {
                let Ok(n) = index.trim_end_matches(']').parse::<usize>() else {
                    continue;
                };
                let name = if key.is_empty() && first { noun } else { "" };
                if !first || !key.is_empty() {
                    out.push(' ');
                }
                let item = items.next().cloned().flatten();
                let words = match item {
                    Some(label) => msg!("field-item-named", n = n + 1, nama = label),
                    None => msg!("field-item", n = n + 1),
                };
                out.push_str(name);
                if !name.is_empty() {
                    out.push(' ');
                }
                out.push_str(&words.text_in(lang));
                first = false;
            }
        }
        out
    }

    /// Sets the position and takes the source line at it from `text` for the snippet.
    pub fn at(mut self, position: Option<Position>, text: &str) -> Self {
        self.position = position;
        if let Some(pos) = position {
            self.snippet = text
                .lines()
                .nth(pos.line.saturating_sub(1))
                .map(|line| line.trim_end().to_string());
        }
        self
    }

    /// Sets the spreadsheet cell the problem is in.
    pub fn cell(mut self, cell: String) -> Self {
        self.cell = Some(cell);
        self
    }

    /// Sets the position without a snippet.
    pub fn position(mut self, position: Option<Position>) -> Self {
        self.position = position;
        self
    }

    /// True if and only if this is an error (not a warning).
    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl Diagnostic {
    /// `error: content/x/desa.yaml:3:7: kode: message [K0205]`, then the source
    /// line with a caret under the column, then `hint: ...`, in `lang`.
    pub fn shown_in(&self, lang: Lang) -> String {
        use std::fmt::Write;
        let label = match self.severity {
            Severity::Error => msg!("label-error"),
            Severity::Warning => msg!("label-warning"),
        };
        let mut f = String::new();
        // A file name may hold a line break: shown escaped, on the message's line.
        let _ = write!(
            f,
            "{}: {}",
            label.text_in(lang),
            printable(&self.file.display().to_string())
        );
        if let Some(pos) = self.position {
            let _ = write!(f, ":{}:{}", pos.line, pos.column);
        } else if let Some(cell) = &self.cell {
            let _ = write!(f, ": {}", printable(cell));
        }
        if !self.field.is_empty() {
            let _ = write!(f, ": {}", self.field_words(lang));
        }
        let _ = write!(f, ": {}", self.message.text_in(lang));
        if let Some(code) = self.code() {
            let _ = write!(f, " [{code}]");
        }
        if let (Some(pos), Some(line)) = (self.position, &self.snippet) {
            let number = pos.line.to_string();
            let pad = " ".repeat(number.len());
            let caret_pad: String = line
                .chars()
                .take(pos.column.saturating_sub(1))
                .map(|c| if c == '\t' { '\t' } else { ' ' })
                .collect();
            let _ = write!(f, "\n {pad} |\n {number} | {line}\n {pad} | {caret_pad}^");
        }
        if let Some(hint) = self.hint_in(lang) {
            let _ = write!(f, "\n  {}: {hint}", msg!("label-hint").text_in(lang));
        }
        f
    }
}

impl fmt::Display for Diagnostic {
    /// [`Diagnostic::shown_in`] the current language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.shown_in(language()))
    }
}

/// `text` with its control characters escaped (`\n`, `\u{1}`), so that a name
/// holding one prints on one line.
pub fn printable(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() {
            out.extend(c.escape_default());
        } else {
            out.push(c);
        }
    }
    out
}

/// All problems of one run, in a stable order.
#[derive(Debug, Default, Clone)]
pub struct Report {
    diagnostics: Vec<Diagnostic>,
}

impl Report {
    /// An empty report.
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds one problem.
    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.diagnostics.push(diagnostic);
    }

    /// Adds every problem of `other`.
    pub fn extend(&mut self, other: impl IntoIterator<Item = Diagnostic>) {
        self.diagnostics.extend(other);
    }

    /// True if and only if at least one problem is an error.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(Diagnostic::is_error)
    }

    /// Number of errors.
    pub fn error_count(&self) -> usize {
        self.diagnostics.iter().filter(|d| d.is_error()).count()
    }

    /// Number of warnings.
    pub fn warning_count(&self) -> usize {
        self.diagnostics.len() - self.error_count()
    }

    /// The problems sorted by file, then position, errors before warnings.
    pub fn sorted(&self) -> Vec<&Diagnostic> {
        let mut all: Vec<&Diagnostic> = self.diagnostics.iter().collect();
        all.sort_by(|a, b| {
            (&a.file, a.position, a.severity, &a.field, &a.message)
                .cmp(&(&b.file, b.position, b.severity, &b.field, &b.message))
        });
        all.dedup();
        all
    }

    /// All problems, unsorted.
    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }
}

impl IntoIterator for Report {
    type Item = Diagnostic;
    type IntoIter = std::vec::IntoIter<Diagnostic>;
    fn into_iter(self) -> Self::IntoIter {
        self.diagnostics.into_iter()
    }
}

/// A failure that is not a content problem: bad usage or an I/O error (exit code 2).
#[derive(Debug)]
pub struct Failure {
    /// What went wrong, including the path involved.
    pub message: Message,
    /// How to fix it, when the message's own `.hint` is not the one to show.
    pub hint: Option<Message>,
}

impl Failure {
    /// A failure with a message.
    pub fn new(message: Message) -> Self {
        Failure {
            message,
            hint: None,
        }
    }

    /// Sets the hint, in place of the message's own.
    pub fn hint(mut self, hint: Message) -> Self {
        self.hint = Some(hint);
        self
    }

    /// Sets the hint if there is one (keeping the message's own otherwise).
    pub fn maybe_hint(mut self, hint: Option<Message>) -> Self {
        self.hint = hint.or(self.hint);
        self
    }

    /// An I/O error on `path`: `action` is the catalogue entry that says what
    /// kampung was doing (`io-reading`, `io-writing` ...), given `path` and `sebab`.
    pub fn io(action: &'static str, path: &Path, err: &std::io::Error) -> Self {
        Failure::new(
            Message::new(action)
                .arg("path", path)
                .arg("sebab", io_cause(err)),
        )
    }

    /// The hint in the current language: the one set, or the message's own.
    pub fn hint_text(&self) -> Option<String> {
        hint_in(self.hint.as_ref(), &self.message, language())
    }
}

/// The hint `set` for a problem, or else `message`'s own `.hint`, in `lang`.
fn hint_in(set: Option<&Message>, message: &Message, lang: Lang) -> Option<String> {
    match set {
        Some(h) => Some(h.text_in(lang)),
        None => message.attribute_in(lang, "hint"),
    }
}

/// Why an I/O operation failed, in the catalogue's words where the kind is
/// known, the system's own otherwise.
pub fn io_cause(err: &std::io::Error) -> Message {
    use std::io::ErrorKind::*;
    match err.kind() {
        NotFound => msg!("io-not-found"),
        PermissionDenied | ReadOnlyFilesystem => msg!("io-permission"),
        AlreadyExists => msg!("io-exists"),
        StorageFull | QuotaExceeded | FileTooLarge => msg!("io-full"),
        IsADirectory => msg!("io-is-directory"),
        NotADirectory => msg!("io-not-directory"),
        InvalidData => msg!("io-invalid-data"),
        AddrInUse => msg!("io-address-in-use"),
        _ => msg!("io-other", sebab = err.to_string()),
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", msg!("label-error"), self.message)?;
        if let Some(code) = self.message.code() {
            write!(f, " [{code}]")?;
        }
        if let Some(hint) = self.hint_text() {
            write!(f, "\n  {}: {hint}", msg!("label-hint"))?;
        }
        Ok(())
    }
}

impl std::error::Error for Failure {}

/// Suggests the closest of `candidates` to `word`, when one is close enough to be a typo.
pub fn did_you_mean<'a>(word: &str, candidates: &[&'a str]) -> Option<&'a str> {
    candidates
        .iter()
        .map(|c| (strsim::damerau_levenshtein(word, c), *c))
        .filter(|(distance, c)| *distance <= 2.max(c.len() / 3))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn display_names_file_line_column_field_and_hint() {
        let text = "nama: Kemiren\nkode: 35.10\n";
        let d = Diagnostic::error("content/kemiren/desa.yaml", msg!("io-not-found"))
            .field("kode")
            .at(Some(Position { line: 2, column: 7 }), text)
            .hint(msg!("io-permission"));
        let shown = d.shown_in(Lang::En);
        let head = format!(
            "error: content/kemiren/desa.yaml:2:7: kode: {}",
            msg!("io-not-found").text_in(Lang::En)
        );
        assert!(shown.starts_with(&head), "{shown}");
        assert!(shown.contains("2 | kode: 35.10"));
        assert!(shown.contains("|       ^"));
        assert!(shown.ends_with(&format!(
            "hint: {}",
            msg!("io-permission").text_in(Lang::En)
        )));
    }

    #[test]
    fn positions_count_lines_as_editors_do() {
        let text = "a\r\nb\rc\u{2028}d\u{85}e\nf";
        let at = |s: &str| Position::in_text(text, text.find(s).unwrap());
        assert_eq!(at("b"), Position { line: 2, column: 1 });
        assert_eq!(at("e"), Position { line: 3, column: 5 });
        assert_eq!(at("f"), Position { line: 4, column: 1 });
        assert_eq!(
            Position::in_text(text, 999),
            Position { line: 4, column: 2 }
        );
        assert_eq!(Position::in_text("é", 1), Position { line: 1, column: 1 });
    }

    #[test]
    fn suggests_close_words_only() {
        let fields = ["nama", "kecamatan", "kepala", "kantor"];
        assert_eq!(did_you_mean("kecamtan", &fields), Some("kecamatan"));
        assert_eq!(did_you_mean("namaa", &fields), Some("nama"));
        assert_eq!(did_you_mean("zzzzzzzz", &fields), None);
    }
}
