//! Texts that many villages repeat word for word, held once.
//!
//! Villages copy their service catalogue from the same regulation and from each
//! other: "Fotokopi Kartu Keluarga", "1 hari kerja", "Surat Keterangan
//! Domisili" appear in thousands of `layanan.yaml` files. A national site
//! holds 670,000 services; as separate `String`s their texts and lists were a
//! third of the build's memory. The [`Interner`] of a load hands out one
//! [`Shared`] text (and one [`SharedList`]) per distinct value, and the
//! duplicates are dropped as they are read.

use std::collections::HashSet;
use std::fmt;
use std::hash::{BuildHasher, Hash};
use std::ops::Deref;
use std::sync::{Arc, Mutex};
use xxhash_rust::xxh3::Xxh3DefaultBuilder;

/// An immutable text, shared by every value equal to it that the same
/// [`Interner`] handed out (a cheap clone: a reference count).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Shared(Arc<str>);

/// An immutable list of texts, shared like [`Shared`].
pub type SharedList = Arc<[Shared]>;

impl Shared {
    /// The text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl Deref for Shared {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Shared {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

/// Like the text itself, so the model's `Debug` form (which the portal's prints
/// hash) is that of a `String`.
impl fmt::Debug for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.0, f)
    }
}

impl fmt::Display for Shared {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl serde::Serialize for Shared {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// A text of its own (shared with nothing yet).
impl From<&str> for Shared {
    fn from(text: &str) -> Self {
        Shared(Arc::from(text))
    }
}

/// A text of its own (shared with nothing yet).
impl From<String> for Shared {
    fn from(text: String) -> Self {
        Shared(Arc::from(text))
    }
}

impl PartialEq<String> for Shared {
    fn eq(&self, other: &String) -> bool {
        *self.0 == **other
    }
}

impl PartialEq<&str> for Shared {
    fn eq(&self, other: &&str) -> bool {
        *self.0 == **other
    }
}

/// Shards of the sets, so the load's threads seldom wait for each other.
const SHARDS: usize = 16;

/// The distinct texts and lists seen by one site's loads. It lives as long as
/// the [`LoadOptions`](super::LoadOptions) (a `serve` session's villages loaded
/// again share with those loaded first) and lets go of what no village holds
/// any more ([`Interner::let_go`]).
#[derive(Default)]
pub struct Interner {
    texts: [Mutex<HashSet<Arc<str>, Xxh3DefaultBuilder>>; SHARDS],
    lists: [Mutex<HashSet<SharedList, Xxh3DefaultBuilder>>; SHARDS],
}

impl fmt::Debug for Interner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Interner")
    }
}

/// The shard of `value`.
fn shard<T: Hash + ?Sized>(value: &T) -> usize {
    (Xxh3DefaultBuilder.hash_one(value) % SHARDS as u64) as usize
}

impl Interner {
    /// The shared text equal to `text`.
    pub fn text(&self, text: &str) -> Shared {
        let Ok(mut set) = self.texts[shard(text)].lock() else {
            // A thread panicked while holding it: share nothing, lose nothing.
            return Shared::from(text);
        };
        if let Some(held) = set.get(text) {
            return Shared(held.clone());
        }
        let held: Arc<str> = Arc::from(text);
        set.insert(held.clone());
        Shared(held)
    }

    /// The shared list equal to `items`.
    pub fn list(&self, items: Vec<String>) -> SharedList {
        let items: Vec<Shared> = items.iter().map(|s| self.text(s)).collect();
        let Ok(mut set) = self.lists[shard(items.as_slice())].lock() else {
            return SharedList::from(items);
        };
        if let Some(held) = set.get(items.as_slice()) {
            return held.clone();
        }
        let held = SharedList::from(items);
        set.insert(held.clone());
        held
    }

    /// Forgets the texts and lists that only this interner still holds (those of
    /// files edited or removed since they were loaded).
    pub fn let_go(&self) {
        // Lists first: a list let go lets go of its texts.
        for shard in &self.lists {
            if let Ok(mut set) = shard.lock() {
                set.retain(|list| Arc::strong_count(list) > 1);
            }
        }
        for shard in &self.texts {
            if let Ok(mut set) = shard.lock() {
                set.retain(|text| Arc::strong_count(text) > 1);
            }
        }
    }

    /// How many distinct texts and lists it holds.
    #[cfg(test)]
    fn held(&self) -> (usize, usize) {
        fn count<T>(sets: &[Mutex<HashSet<T, Xxh3DefaultBuilder>>]) -> usize {
            sets.iter()
                .filter_map(|s| s.lock().ok())
                .map(|s| s.len())
                .sum()
        }
        (count(&self.texts), count(&self.lists))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn equal_texts_and_lists_are_held_once() {
        let interner = Interner::default();
        let a = interner.text("Fotokopi KTP-el");
        let b = interner.text(&String::from("Fotokopi KTP-el"));
        assert!(Arc::ptr_eq(&a.0, &b.0));
        assert_eq!(a, "Fotokopi KTP-el");
        let first = interner.list(vec!["KTP".into(), "KK".into()]);
        let second = interner.list(vec!["KTP".into(), "KK".into()]);
        assert!(Arc::ptr_eq(&first, &second));
        assert!(Arc::ptr_eq(&first[0].0, &interner.text("KTP").0));
        assert_ne!(*interner.list(vec!["KK".into(), "KTP".into()]), *first);
        assert_eq!(interner.held(), (3, 2));
    }

    #[test]
    fn let_go_forgets_only_what_nothing_else_holds() {
        let interner = Interner::default();
        let kept = interner.text("dipakai");
        drop(interner.text("lama"));
        drop(interner.list(vec!["lama".into()]));
        interner.let_go();
        assert_eq!(interner.held(), (1, 0));
        assert!(Arc::ptr_eq(&kept.0, &interner.text("dipakai").0));
    }

    #[test]
    fn debug_and_serde_forms_are_those_of_the_text() {
        let text = Shared::from("a \"b\"");
        assert_eq!(format!("{text:?}"), format!("{:?}", "a \"b\""));
        assert_eq!(
            serde_json::to_string(&text).ok().as_deref(),
            Some(r#""a \"b\"""#)
        );
    }
}
