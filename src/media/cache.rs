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
    /// Source file -> (size, modified, key): spares re-reading unchanged photos on
    /// every rebuild of a watch session.
    known: Mutex<HashMap<PathBuf, Stamped>>,
    encoded: AtomicUsize,
    reused: AtomicUsize,
}

/// A source file's size and modification time, and the cache key of its bytes.
type Stamped = (u64, Option<SystemTime>, String);

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
        Cache {
            dir: dir.into(),
            known: Mutex::new(HashMap::new()),
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
        let stamp = (meta.len(), meta.modified().ok());
        let remembered = self
            .known
            .lock()
            .ok()
            .and_then(|known| known.get(source).cloned())
            .filter(|(size, modified, _)| (*size, *modified) == stamp)
            .map(|(_, _, key)| key);
        let mut bytes = None;
        let key = match remembered {
            Some(key) => key,
            None => {
                let read = read_picture(source)?;
                let key = cache_key(&read);
                bytes = Some(read);
                key
            }
        };
        let entry = self.dir.join(&key);
        if let Some(picture) = read_manifest(&entry, name, &key) {
            self.remember(source, stamp, key);
            self.reused.fetch_add(1, Ordering::Relaxed);
            return Ok(picture);
        }
        let bytes = match bytes {
            Some(bytes) => bytes,
            None => read_picture(source)?,
        };
        let picture = encode_into(&bytes, &self.dir, &key, name)?;
        self.remember(source, stamp, key);
        self.encoded.fetch_add(1, Ordering::Relaxed);
        Ok(picture)
    }

    fn remember(&self, source: &Path, stamp: (u64, Option<SystemTime>), key: String) {
        if let Ok(mut known) = self.known.lock() {
            known.insert(source.to_path_buf(), (stamp.0, stamp.1, key));
        }
    }
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
