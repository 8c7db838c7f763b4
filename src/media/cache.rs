//! The cache of processed pictures outside the output folder: entries keyed by
//! the source's bytes and the settings, their manifests, and the sweep of
//! entries a killed build left half-written.

use super::encode::encode_into;
use super::{
    Format, JPEG_QUALITY, PIPELINE_VERSION, Picture, PictureError, WEBP_METHOD, WEBP_QUALITY,
    WIDTHS,
};
use super::{plan, read_picture};
use crate::diagnostic::io_cause;
use crate::msg;
use std::collections::HashMap;
use std::fmt::Write;
use std::fs;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::SystemTime;

/// Where processed pictures are kept between builds, and what this process has
/// done with them.
#[derive(Debug)]
pub struct Cache {
    dir: PathBuf,
    /// Source file -> its stamp and the key of its bytes: spares re-reading
    /// unchanged photos on every rebuild of a watch session and, kept in the
    /// cache folder ([`STAMPS`]), on the next build on this computer.
    known: Mutex<HashMap<PathBuf, Known>>,
    /// True when `known` holds stamps [`STAMPS`] does not (stamps of photos
    /// gone stay there until then: they are never met again).
    unsaved: std::sync::atomic::AtomicBool,
    encoded: AtomicUsize,
    reused: AtomicUsize,
}

/// The file of the cache folder that keeps the sources' stamps between builds.
const STAMPS: &str = "stamps";

/// At most this many bytes of [`STAMPS`] are read (a line per photo).
const STAMPS_LIMIT: u64 = 64 << 20;

/// What tells that a source file is unchanged without reading it: its size,
/// modification time and, on Unix, its device and inode (a file put in
/// another's place with the same size and time is another file). Hugo keys its
/// processed images the same way; a file whose stamp differs is read and known
/// by its bytes again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    size: u64,
    modified: SystemTime,
    file: (u64, u64),
}

impl Stamp {
    fn of(meta: &fs::Metadata) -> Option<Stamp> {
        #[cfg(unix)]
        let file = {
            use std::os::unix::fs::MetadataExt;
            (meta.dev(), meta.ino())
        };
        #[cfg(not(unix))]
        let file = (0, 0);
        Some(Stamp {
            size: meta.len(),
            modified: meta.modified().ok()?,
            file,
        })
    }
}

/// A source's stamp and the cache key of its bytes; `used` when this process
/// met the source (only those are kept for the next build).
#[derive(Debug, Clone)]
struct Known {
    stamp: Stamp,
    key: String,
    used: bool,
}

/// How many pictures a run encoded and how many came from the cache.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct CacheStats {
    /// Pictures decoded, resized and encoded.
    pub encoded: usize,
    /// Pictures whose variants were already in the cache.
    pub reused: usize,
}

impl Cache {
    /// A cache in `dir` (created when first needed).
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        let dir = dir.into();
        let known = read_stamps(&dir.join(STAMPS));
        Cache {
            dir,
            known: Mutex::new(known),
            unsaved: std::sync::atomic::AtomicBool::new(false),
            encoded: AtomicUsize::new(0),
            reused: AtomicUsize::new(0),
        }
    }

    /// Removes the half-written entries (`.<key>.<pid>.<n>`) that a build left
    /// behind when it was killed while encoding: those of processes that no longer
    /// run (on other systems than Unix: those older than an hour). Returns how
    /// many were removed. A missing cache folder is no error.
    pub fn sweep(&self) -> usize {
        let Ok(entries) = fs::read_dir(&self.dir) else {
            return 0;
        };
        let mut removed = 0;
        for entry in entries.filter_map(Result::ok) {
            let name = entry.file_name();
            let Some(pid) = name.to_str().and_then(temp_owner) else {
                continue;
            };
            if pid != std::process::id()
                && !is_running(pid, &entry)
                && fs::remove_dir_all(entry.path()).is_ok()
            {
                removed += 1;
            }
        }
        removed
    }

    /// How many sources the cache knows by their stamps (for tests).
    #[cfg(test)]
    pub(super) fn known_count(&self) -> usize {
        self.known.lock().map_or(0, |k| k.len())
    }

    /// The cache folder.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Counts so far, and resets them.
    pub fn take_stats(&self) -> CacheStats {
        CacheStats {
            encoded: self.encoded.swap(0, Ordering::Relaxed),
            reused: self.reused.swap(0, Ordering::Relaxed),
        }
    }

    /// The published form of the picture at `source`, whose path inside the village
    /// is `name` (`berkas/foto.jpg`): from the cache, or decoded and encoded now.
    pub fn process(&self, source: &Path, name: &str) -> Result<Picture, PictureError> {
        let meta = fs::metadata(source)
            .map_err(|e| PictureError::from(msg!("K0750", sebab = io_cause(&e))))?;
        let stamp = Stamp::of(&meta);
        let remembered = self
            .known
            .lock()
            .ok()
            .and_then(|known| known.get(source).cloned())
            .filter(|known| Some(known.stamp) == stamp);
        if let Some(known) = remembered
            && let Some(picture) = self.reuse(source, stamp, known.key, name)
        {
            return Ok(picture);
        }
        // Unknown, changed, or its entry gone: known by its bytes.
        let bytes = read_picture(source)?;
        let key = cache_key(&bytes);
        if let Some(picture) = self.reuse(source, stamp, key.clone(), name) {
            return Ok(picture);
        }
        let picture = encode_into(&bytes, &self.dir, &key, name)?;
        self.remember(source, stamp, key);
        self.encoded.fetch_add(1, Ordering::Relaxed);
        Ok(picture)
    }

    /// The cache's entry `key` for the source, if it is complete.
    fn reuse(
        &self,
        source: &Path,
        stamp: Option<Stamp>,
        key: String,
        name: &str,
    ) -> Option<Picture> {
        let picture = read_manifest(&self.dir.join(&key), name, &key)?;
        self.remember(source, stamp, key);
        self.reused.fetch_add(1, Ordering::Relaxed);
        Some(picture)
    }

    fn remember(&self, source: &Path, stamp: Option<Stamp>, key: String) {
        let Some(stamp) = stamp else {
            return;
        };
        if let Ok(mut known) = self.known.lock() {
            let new = Known {
                stamp,
                key,
                used: true,
            };
            let old = known.insert(source.to_path_buf(), new.clone());
            if old.is_none_or(|old| old.stamp != new.stamp || old.key != new.key) {
                self.unsaved.store(true, Ordering::Relaxed);
            }
        }
    }

    /// Keeps the stamps of the sources in the cache folder, for the next build
    /// on this computer (a restored CI cache has other times and inodes: its
    /// sources are read and known by their bytes): those this process met when
    /// `only_met` (a whole build: the others are gone), else all it knows (a
    /// build of some villages). Nothing is written when nothing is new, and a
    /// failure to write only costs the next build the reading.
    pub fn keep_stamps(&self, only_met: bool) {
        if !self.unsaved.swap(false, Ordering::Relaxed) {
            return;
        }
        let Ok(known) = self.known.lock() else {
            return;
        };
        let mut text = String::new();
        for (path, k) in known.iter().filter(|(_, k)| k.used || !only_met) {
            let Some(path) = path.to_str().filter(|p| !p.contains(['\n', '\t'])) else {
                continue;
            };
            let Ok(since) = k.stamp.modified.duration_since(SystemTime::UNIX_EPOCH) else {
                continue;
            };
            let (dev, ino) = k.stamp.file;
            let (secs, nanos, size, key) =
                (since.as_secs(), since.subsec_nanos(), k.stamp.size, &k.key);
            let _ = writeln!(text, "{size}\t{secs}\t{nanos}\t{dev}\t{ino}\t{key}\t{path}");
        }
        drop(known);
        if text.is_empty() || fs::create_dir_all(&self.dir).is_err() {
            return;
        }
        let temp = self.dir.join(format!(".{STAMPS}.{}", std::process::id()));
        if fs::write(&temp, text).is_err() || fs::rename(&temp, self.dir.join(STAMPS)).is_err() {
            let _ = fs::remove_file(&temp);
        }
    }
}

/// The stamps a build left in the cache folder (none when the file is
/// missing, too large or unreadable; a line that does not parse is skipped).
fn read_stamps(file: &Path) -> HashMap<PathBuf, Known> {
    let Ok(bytes) = crate::input::read_regular(file, STAMPS_LIMIT) else {
        return HashMap::new();
    };
    let text = String::from_utf8_lossy(&bytes);
    text.lines()
        .filter_map(|line| {
            let mut f = line.splitn(7, '\t');
            let mut number = || f.next()?.parse::<u64>().ok();
            let (size, secs, nanos, dev, ino) =
                (number()?, number()?, number()?, number()?, number()?);
            let key = f.next().filter(|k| is_key(k))?.to_string();
            let path = PathBuf::from(f.next()?);
            let modified = SystemTime::UNIX_EPOCH
                .checked_add(std::time::Duration::new(secs, u32::try_from(nanos).ok()?))?;
            let stamp = Stamp {
                size,
                modified,
                file: (dev, ino),
            };
            Some((
                path,
                Known {
                    stamp,
                    key,
                    used: false,
                },
            ))
        })
        .collect()
}

/// True for what [`cache_key`] makes: 32 lowercase hexadecimal digits.
fn is_key(text: &str) -> bool {
    text.len() == 32
        && text
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// The cache key: the source's bytes and every setting that shapes the output.
pub(super) fn cache_key(bytes: &[u8]) -> String {
    let mut hasher = xxhash_rust::xxh3::Xxh3::new();
    hasher.update(bytes);
    let settings = format!(
        "v{PIPELINE_VERSION} widths {WIDTHS:?} webp {WEBP_QUALITY} m{WEBP_METHOD} jpeg {JPEG_QUALITY}"
    );
    hasher.update(settings.as_bytes());
    format!("{:032x}", hasher.digest128())
}

/// The manifest of a finished cache entry: `<width> <height> <fallback>`.
pub(super) fn read_manifest(entry: &Path, name: &str, key: &str) -> Option<Picture> {
    let text = fs::read_to_string(entry.join("manifest")).ok()?;
    let mut parts = text.split_whitespace();
    let w: u32 = parts.next()?.parse().ok()?;
    let h: u32 = parts.next()?.parse().ok()?;
    let fallback = Format::parse(parts.next()?)?;
    let picture = plan(w, h, fallback, name, key, Some(entry));
    picture
        .variants
        .iter()
        .all(|v| v.file.as_ref().is_some_and(|f| f.is_file()))
        .then_some(picture)
}

/// The process that is writing the temporary cache entry `name`
/// (`.<key>.<pid>.<n>`), if `name` is one.
pub(super) fn temp_owner(name: &str) -> Option<u32> {
    let mut parts = name.strip_prefix('.')?.rsplitn(3, '.');
    let sequence = parts.next()?;
    let pid = parts.next()?;
    let key = parts.next()?;
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    (digits(sequence) && !key.is_empty()).then_some(())?;
    pid.parse().ok()
}

/// True if the process `pid` may still be writing `entry`.
#[cfg(unix)]
fn is_running(pid: u32, _entry: &fs::DirEntry) -> bool {
    let Ok(pid) = libc::pid_t::try_from(pid) else {
        return false;
    };
    // SAFETY: signal 0 only asks whether the process exists; nothing is sent.
    let rc = unsafe { libc::kill(pid, 0) };
    rc == 0 || std::io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
}

#[cfg(not(unix))]
fn is_running(_pid: u32, entry: &fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_none_or(|age| age < std::time::Duration::from_secs(3600))
}
