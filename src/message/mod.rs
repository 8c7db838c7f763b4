//! The message catalogue: every sentence kampung says to a person, in Indonesian
//! (the default) and English.
//!
//! The sentences live in Project Fluent files under `i18n/<bahasa>/*.ftl`, one
//! file per area of the program, compiled into the binary. Code never holds the
//! words: it names an entry and passes its values, `msg!("K0301", id = "x")`.
//! An entry whose id is a code (`K` and four digits) is a kind of problem an
//! admin can look up on the "Kesalahan umum" page of the guide, which is
//! generated from the Indonesian entries' attributes; its `.hint` attribute is
//! the fix shown under the message. Other entries (summary lines, the words
//! around a message) are named in lowercase.
//!
//! Why Fluent (`fluent-bundle`): it is Mozilla's format for exactly this, keeps a
//! translator's text free of code, handles plurals ("1 error", "2 errors")
//! inside the sentence where they belong, and is maintained by the Project Fluent
//! team. `fluent-templates` would add a loader and a language-negotiation layer
//! for two languages that are chosen by one switch; the bundle alone is enough.
//!
//! The language is process-wide and chosen once, at start, by `--bahasa` (or the
//! `KAMPUNG_BAHASA` variable): messages are worded when they are shown, so a
//! [`Message`] can be built on any thread and printed in either language.

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use include_dir::{Dir, include_dir};
use std::fmt;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU8, Ordering};

/// The catalogue's files, one folder per language.
pub static FILES: Dir<'_> = include_dir!("$CARGO_MANIFEST_DIR/i18n");

/// A language messages can be shown in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    /// Bahasa Indonesia, the default.
    Id,
    /// English.
    En,
}

impl Lang {
    /// Every language of the catalogue.
    pub const ALL: [Lang; 2] = [Lang::Id, Lang::En];

    /// The language's code and folder name (`id`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Id => "id",
            Lang::En => "en",
        }
    }

    /// The language named `code` (`id`, `en`, case and region ignored: `en-US`).
    pub fn parse(code: &str) -> Option<Lang> {
        let main = code
            .trim()
            .split(['-', '_', '.'])
            .next()?
            .to_ascii_lowercase();
        match main.as_str() {
            "id" | "in" | "indonesia" => Some(Lang::Id),
            "en" | "english" | "inggris" => Some(Lang::En),
            _ => None,
        }
    }
}

static LANGUAGE: AtomicU8 = AtomicU8::new(0);

/// Chooses the language of every message shown from now on.
pub fn set_language(lang: Lang) {
    LANGUAGE.store(lang as u8, Ordering::Relaxed);
}

/// The language messages are shown in.
pub fn language() -> Lang {
    match LANGUAGE.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Id,
    }
}

/// A value put into a message.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Arg {
    /// Text, shown as it is.
    Text(String),
    /// A whole number: it also chooses the plural form of a sentence.
    Number(i64),
    /// A message inside another, worded in the outer one's language.
    Message(Box<Message>),
}

impl From<&str> for Arg {
    fn from(v: &str) -> Self {
        Arg::Text(v.to_string())
    }
}
impl From<String> for Arg {
    fn from(v: String) -> Self {
        Arg::Text(v)
    }
}
impl From<&String> for Arg {
    fn from(v: &String) -> Self {
        Arg::Text(v.clone())
    }
}
impl From<&std::path::Path> for Arg {
    fn from(v: &std::path::Path) -> Self {
        Arg::Text(v.display().to_string())
    }
}
impl From<&std::path::PathBuf> for Arg {
    fn from(v: &std::path::PathBuf) -> Self {
        Arg::Text(v.display().to_string())
    }
}
impl From<Message> for Arg {
    /// A message inside another, worded in the language of the outer one.
    fn from(v: Message) -> Self {
        Arg::Message(Box::new(v))
    }
}
macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(v: $t) -> Self {
                Arg::Number(i64::try_from(v).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(usize, u64, u32, u16, u8, i64, i32);

/// One entry of the catalogue with its values, worded when shown.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Message {
    id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

/// Builds a [`Message`]: `msg!("K0301", id = service_id, baris = 3)`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// Marks a message carried through a serde error string (see [`Message::wire`]).
const WIRE: char = '\u{1e}';
const WIRE_FIELD: char = '\u{1f}';

impl Message {
    /// The entry `id` with no values yet; use [`msg!`](crate::msg).
    pub fn new(id: &'static str) -> Self {
        Message {
            id,
            args: Vec::new(),
        }
    }

    /// Adds the value `name`.
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The entry's id.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The problem code (`K0301`), if this entry is a kind of problem.
    pub fn code(&self) -> Option<&'static str> {
        is_code(self.id).then_some(self.id)
    }

    /// The value named `name`, if set.
    pub fn value(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, v)| v)
    }

    /// The sentence in the current language.
    pub fn text(&self) -> String {
        self.text_in(language())
    }

    /// The sentence in `lang`.
    pub fn text_in(&self, lang: Lang) -> String {
        self.format(lang, None).unwrap_or_else(|| self.fallback())
    }

    /// The entry's attribute `attribute` in `lang`, if it has one.
    pub fn attribute_in(&self, lang: Lang, attribute: &str) -> Option<String> {
        self.format(lang, Some(attribute))
    }

    fn format(&self, lang: Lang, attribute: Option<&str>) -> Option<String> {
        let bundle = bundle(lang);
        let entry = bundle.get_message(self.id)?;
        let pattern = match attribute {
            None => entry.value()?,
            Some(name) => entry.get_attribute(name)?.value(),
        };
        let mut args = FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                Arg::Text(t) => args.set(*name, FluentValue::from(t.as_str())),
                Arg::Number(n) => args.set(*name, FluentValue::from(*n)),
                Arg::Message(m) => args.set(*name, FluentValue::from(m.text_in(lang))),
            }
        }
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
        Some(text.into_owned())
    }

    /// Shown if an entry were missing from the catalogue (a test makes sure none
    /// is): the id and the values, so nothing is lost.
    fn fallback(&self) -> String {
        let mut out = self.id.to_string();
        for (name, value) in &self.args {
            match value {
                Arg::Text(t) => out.push_str(&format!(" {name}={t}")),
                Arg::Number(n) => out.push_str(&format!(" {name}={n}")),
                Arg::Message(m) => out.push_str(&format!(" {name}={}", m.fallback())),
            }
        }
        out
    }

    /// The message as one string that survives a trip through serde's error
    /// type (which carries only a string), for a field that checks itself while
    /// it is read; [`Message::from_wire`] takes it back.
    pub fn wire(&self) -> String {
        let mut out = String::new();
        out.push(WIRE);
        out.push_str(self.id);
        for (name, value) in &self.args {
            out.push(WIRE_FIELD);
            out.push_str(name);
            match value {
                Arg::Text(t) => {
                    out.push('=');
                    out.push_str(t);
                }
                Arg::Number(n) => out.push_str(&format!("#{n}")),
                // A message inside a message: its id, read back as a message.
                Arg::Message(m) => {
                    out.push('@');
                    out.push_str(m.id);
                }
            }
        }
        out.push(WIRE);
        out
    }

    /// The message `text` starts with, written by [`Message::wire`], if it does.
    pub fn from_wire(text: &str) -> Option<Message> {
        let rest = text.trim_start().strip_prefix(WIRE)?;
        let body = &rest[..rest.find(WIRE)?];
        let mut parts = body.split(WIRE_FIELD);
        let id = known_id(parts.next()?)?;
        let mut message = Message::new(id);
        for part in parts {
            let split = part.find(['=', '#', '@'])?;
            let name = known_name(&part[..split])?;
            let value = &part[split + 1..];
            message = match part.as_bytes()[split] {
                b'#' => message.arg(name, value.parse::<i64>().ok()?),
                b'@' => message.arg(name, Message::new(known_id(value)?)),
                _ => message.arg(name, value),
            };
        }
        Some(message)
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text())
    }
}

/// True for a problem code: `K` and four digits.
pub fn is_code(id: &str) -> bool {
    id.len() == 5 && id.starts_with('K') && id[1..].bytes().all(|b| b.is_ascii_digit())
}

type Bundle = FluentBundle<FluentResource>;

static BUNDLES: LazyLock<[Bundle; 2]> = LazyLock::new(|| Lang::ALL.map(load));

fn bundle(lang: Lang) -> &'static Bundle {
    &BUNDLES[lang as usize]
}

/// The bundle of `lang` from its folder's files, in name order.
fn load(lang: Lang) -> Bundle {
    let id: unic_langid::LanguageIdentifier = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // No Unicode isolation marks around values: terminals print them as junk.
    bundle.set_use_isolating(false);
    for (_, text) in sources(lang) {
        // A file with a syntax error still yields its good entries; the
        // catalogue's tests fail on the error itself.
        let resource = match FluentResource::try_new(text.to_string()) {
            Ok(r) => r,
            Err((r, _)) => r,
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

/// The catalogue files of `lang`: (file name, text), in name order.
pub fn sources(lang: Lang) -> Vec<(&'static str, &'static str)> {
    let mut out: Vec<_> = FILES
        .get_dir(lang.code())
        .into_iter()
        .flat_map(|d| d.files())
        .filter_map(|f| Some((f.path().file_name()?.to_str()?, f.contents_utf8()?)))
        .filter(|(name, _)| name.ends_with(".ftl"))
        .collect();
    out.sort();
    out
}

/// The attributes only the Indonesian catalogue has: they make up the
/// "Kesalahan umum" page, and are never shown with a message.
pub const DOC_ATTRIBUTES: [&str; 4] = ["judul", "arti", "contoh", "perbaikan"];

/// One entry of a catalogue file, as its text defines it.
#[derive(Debug, Clone)]
pub struct Entry {
    /// The catalogue file's name (`yaml.ftl`).
    pub file: &'static str,
    /// The entry's id (`K0114`, `label-hint`).
    pub id: &'static str,
    /// Its attribute names (`hint`, `judul` ...), in order.
    pub attributes: Vec<&'static str>,
    /// The values its text and shown attributes use (`baris`), each once, in order.
    pub values: Vec<&'static str>,
}

/// Every entry of `lang`'s catalogue, file by file, in the files' order.
pub fn entries(lang: Lang) -> Vec<Entry> {
    let mut out: Vec<Entry> = Vec::new();
    for (file, text) in sources(lang) {
        let first = out.len();
        for line in text.lines() {
            if !line.starts_with([' ', '#']) {
                if let Some(id) = entry_id(line) {
                    out.push(Entry {
                        file,
                        id,
                        attributes: Vec::new(),
                        values: Vec::new(),
                    });
                }
            }
            let Some(entry) = out[first..].last_mut() else {
                continue;
            };
            let body = line.trim_start();
            let mut shown = true;
            if line.starts_with(' ') && body.starts_with('.') {
                let name = body[1..].split([' ', '=']).next().unwrap_or("");
                entry.attributes.push(name);
                shown = !DOC_ATTRIBUTES.contains(&name);
            }
            for name in variables(line).filter(|_| shown) {
                if !entry.values.contains(&name) {
                    entry.values.push(name);
                }
            }
        }
    }
    out
}

/// Every entry id of `lang`'s catalogue, as a `'static` string.
fn ids(lang: Lang) -> &'static [&'static str] {
    static IDS: LazyLock<[Vec<&'static str>; 2]> =
        LazyLock::new(|| Lang::ALL.map(|lang| entries(lang).into_iter().map(|e| e.id).collect()));
    &IDS[lang as usize]
}

/// The id an FTL line defines (`K0301 = ...`), if it starts an entry.
pub fn entry_id(line: &str) -> Option<&str> {
    let (id, _) = line.split_once('=')?;
    let id = id.trim_end();
    let valid = id.starts_with(|c: char| c.is_ascii_alphabetic())
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
    valid.then_some(id)
}

fn known_id(id: &str) -> Option<&'static str> {
    ids(Lang::Id).iter().copied().find(|k| *k == id)
}

/// Argument names read back from a wire message become `'static` by looking
/// them up among the names the catalogue uses.
fn known_name(name: &str) -> Option<&'static str> {
    static NAMES: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
        let mut names: Vec<&'static str> = entries(Lang::Id)
            .into_iter()
            .flat_map(|e| e.values)
            .collect();
        names.sort_unstable();
        names.dedup();
        names
    });
    NAMES.iter().copied().find(|n| *n == name)
}

/// The names of the variables (`{ $name }`) used in `text`.
pub fn variables(text: &str) -> impl Iterator<Item = &str> {
    text.split('$').skip(1).filter_map(|rest| {
        let end = rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
            .unwrap_or(rest.len());
        (end > 0).then(|| &rest[..end])
    })
}

pub mod guide;

#[cfg(test)]
mod tests;
