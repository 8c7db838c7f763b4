//! Decap CMS's local-backend protocol (what `npx decap-server` answers): one
//! `POST /api/v1` with `{"action": ..., "params": {...}}`, paths relative to
//! the site root. Every path goes through [`paths::judge`]; saves go through
//! [`save::check`] before anything is written.

use super::paths::{self, Allowed, Kind};
use super::save::{self, Pending};
use super::{Admin, wrap};
use crate::msg;
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::Deserialize;
use serde_json::{Value, json};
use std::fs;
use std::path::Path;

/// A photo or document uploaded through the forms may be at most this large.
pub const MEDIA_LIMIT: usize = 10 << 20;

/// An answer: HTTP status and JSON body.
pub type Answer = (u16, Value);

/// The Indonesian error the CMS shows (Decap reads `error`), with its code.
fn refuse(status: u16, message: crate::message::Message) -> Answer {
    let code = message.id().to_string();
    let text = message.to_string();
    let hint = message.attribute_in(crate::message::language(), "hint");
    let shown = match &hint {
        Some(h) => format!("{text} ({code}). {}", msg!("admin-saran", saran = h)),
        None => format!("{text} ({code})"),
    };
    (status, json!({ "error": shown, "code": code }))
}

fn path_refused(path: &str) -> Answer {
    refuse(
        403,
        msg!("K1450", path = crate::diagnostic::printable(path)),
    )
}

#[derive(Deserialize)]
struct Request {
    action: String,
    #[serde(default)]
    params: Value,
}

#[derive(Deserialize)]
struct DataFile {
    path: String,
    raw: String,
    #[serde(default, rename = "newPath")]
    new_path: Option<String>,
}

#[derive(Deserialize)]
struct Asset {
    path: String,
    content: String,
    #[serde(default)]
    encoding: Option<String>,
}

#[derive(Deserialize)]
struct PersistEntry {
    #[serde(default)]
    entry: Option<DataFile>,
    #[serde(default, rename = "dataFiles")]
    data_files: Option<Vec<DataFile>>,
    #[serde(default)]
    assets: Vec<Asset>,
}

/// Answers one request body.
pub fn answer(admin: &Admin, body: &[u8]) -> Answer {
    let request: Request = match serde_json::from_slice(body) {
        Ok(r) => r,
        Err(e) => return refuse(400, msg!("K1454", sebab = e.to_string())),
    };
    let p = &request.params;
    let text = |name: &str| {
        p.get(name)
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    match request.action.as_str() {
        "info" => (
            200,
            json!({ "repo": "kampung", "publish_modes": ["simple"], "type": "local_fs" }),
        ),
        "entriesByFolder" => {
            let ext = text("extension");
            let depth = p.get("depth").and_then(Value::as_u64).unwrap_or(1).min(2);
            entries_by_folder(admin, &text("folder"), &ext, depth)
        }
        "entriesByFiles" => {
            let files = p
                .get("files")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default();
            let list = files
                .iter()
                .map(|f| {
                    let path = f.get("path").and_then(Value::as_str).unwrap_or("");
                    let label = f.get("label").cloned().unwrap_or(Value::Null);
                    entry(admin, path, label, Missing::Empty)
                })
                .collect();
            (200, Value::Array(list))
        }
        "getEntry" => (200, entry(admin, &text("path"), Value::Null, Missing::Null)),
        "persistEntry" => match serde_json::from_value::<PersistEntry>(p.clone()) {
            Ok(persist) => persist_entry(admin, persist),
            Err(e) => refuse(400, msg!("K1454", sebab = e.to_string())),
        },
        "getMedia" => get_media(admin, &text("mediaFolder")),
        "getMediaFile" => match media_file(admin, &text("path")) {
            Some(file) => (200, file),
            None => path_refused(&text("path")),
        },
        "persistMedia" => match p.get("asset").cloned().map(serde_json::from_value::<Asset>) {
            Some(Ok(asset)) => persist_media(admin, asset),
            _ => refuse(400, msg!("K1454", sebab = "asset")),
        },
        "deleteFile" => delete(admin, &[text("path")]),
        "deleteFiles" => {
            let list: Vec<String> = p
                .get("paths")
                .and_then(Value::as_array)
                .map(|a| {
                    a.iter()
                        .filter_map(Value::as_str)
                        .map(str::to_string)
                        .collect()
                })
                .unwrap_or_default();
            delete(admin, &list)
        }
        "getDeployPreview" => (200, Value::Null),
        other => refuse(422, msg!("K1454", sebab = format!("action {other}"))),
    }
}

/// A path the forms may use, with no symbolic link on its way.
fn allowed(admin: &Admin, path: &str) -> Option<Allowed> {
    paths::judge(&admin.disk_path(path)).filter(|a| paths::no_links(&admin.root, &a.rel))
}

fn file_id(bytes: &[u8]) -> String {
    format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes))
}

/// What a missing file is to the forms.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Missing {
    /// No entry (a folder's entry that is gone).
    Null,
    /// An empty entry: a form of a `files` collection whose file is not
    /// written yet (a translation, `desa.en.yaml`) opens empty and its first
    /// save writes the file, as Decap's GitHub backend does for the published
    /// site (it reads a missing file as `''`).
    Empty,
}

/// One entry as Decap reads it: its text (null when not allowed, or missing
/// and `missing` says so).
fn entry(admin: &Admin, path: &str, label: Value, missing: Missing) -> Value {
    let Some(allowed) = allowed(admin, path).filter(|a| a.kind == Kind::Text) else {
        return json!({ "data": null, "file": { "path": path, "label": label, "id": null } });
    };
    let read =
        crate::input::read_regular(&allowed.under(&admin.root), crate::input::TEXT_FILE_LIMIT);
    match read {
        Ok(bytes) => json!({
            "data": wrap::to_forms(path, &String::from_utf8_lossy(&bytes)),
            "file": { "path": path, "label": label, "id": file_id(&bytes) },
        }),
        Err(crate::input::ReadError::Io(e))
            if missing == Missing::Empty && e.kind() == std::io::ErrorKind::NotFound =>
        {
            json!({ "data": "", "file": { "path": path, "label": label, "id": null } })
        }
        Err(_) => json!({ "data": null, "file": { "path": path, "label": label, "id": null } }),
    }
}

/// The files of `folder` ending in `ext`, each as an entry.
fn entries_by_folder(admin: &Admin, folder: &str, ext: &str, depth: u64) -> Answer {
    let Some(dir) = paths::judge_folder(folder) else {
        return path_refused(folder);
    };
    if !paths::no_links(&admin.root, &dir.to_string_lossy()) {
        return path_refused(folder);
    }
    let list = listed(&admin.root, &dir, depth)
        .into_iter()
        .filter(|p| p.ends_with(ext))
        .map(|p| entry(admin, &admin.forms_path(&p), Value::Null, Missing::Null))
        .filter(|e| !e["data"].is_null())
        .collect();
    (200, Value::Array(list))
}

/// The regular files under `root/dir` (to `depth` folders), as paths from root.
fn listed(root: &Path, dir: &Path, depth: u64) -> Vec<String> {
    let mut out = Vec::new();
    let Ok(read) = fs::read_dir(root.join(dir)) else {
        return out;
    };
    for entry in read.flatten() {
        let Ok(name) = entry.file_name().into_string() else {
            continue;
        };
        let rel = format!("{}/{name}", dir.to_string_lossy());
        match entry.file_type() {
            Ok(t) if t.is_dir() && depth > 1 => {
                out.extend(listed(root, Path::new(&rel), depth - 1))
            }
            Ok(t) if t.is_file() && paths::judge(&rel).is_some() => out.push(rel),
            _ => {}
        }
    }
    out.sort();
    out
}

/// A media file as Decap reads it: base64 content.
fn media_file(admin: &Admin, path: &str) -> Option<Value> {
    let a = allowed(admin, path).filter(|a| a.kind == Kind::Media)?;
    let bytes =
        crate::input::read_regular(&a.under(&admin.root), crate::input::BERKAS_FILE_LIMIT).ok()?;
    let name = path.rsplit('/').next().unwrap_or(path);
    Some(json!({
        "id": file_id(&bytes),
        "content": STANDARD.encode(&bytes),
        "encoding": "base64",
        "path": path,
        "name": name,
    }))
}

fn get_media(admin: &Admin, folder: &str) -> Answer {
    let Some(dir) = paths::judge_folder(folder).filter(|d| d.ends_with("berkas")) else {
        return path_refused(folder);
    };
    let list = listed(&admin.root, &dir, 1)
        .iter()
        .filter_map(|p| media_file(admin, p))
        .collect();
    (200, Value::Array(list))
}

/// An uploaded file's bytes, if its path is a village's `berkas/`, its size
/// within [`MEDIA_LIMIT`] and its first bytes those of its kind.
fn media_pending(admin: &Admin, asset: &Asset) -> Result<Pending, Answer> {
    let Some(path) = allowed(admin, &asset.path).filter(|a| a.kind == Kind::Media) else {
        return Err(refuse(
            403,
            msg!("K1456", path = crate::diagnostic::printable(&asset.path)),
        ));
    };
    let bytes = match asset.encoding.as_deref() {
        Some("base64") | None => STANDARD.decode(asset.content.as_bytes()),
        Some(other) => {
            return Err(refuse(
                400,
                msg!("K1454", sebab = format!("encoding {other}")),
            ));
        }
    };
    let Ok(bytes) = bytes else {
        return Err(refuse(400, msg!("K1454", sebab = "base64")));
    };
    if bytes.len() > MEDIA_LIMIT {
        let m = msg!(
            "K1452",
            path = path.rel.as_str(),
            ukuran = crate::input::human_size(bytes.len() as u64),
            batas = crate::input::human_size(MEDIA_LIMIT as u64)
        );
        return Err(refuse(413, m));
    }
    Ok(Pending { path, bytes })
}

/// Writes `pending` after `check` has passed them, or answers why not.
fn checked_write(admin: &Admin, pending: &[Pending]) -> Result<(), Answer> {
    let _one_at_a_time = admin.saving.lock().unwrap_or_else(|p| p.into_inner());
    if let Some(refused) = pending.iter().find_map(|p| media_kind(p).err()) {
        return Err(refused);
    }
    let problems = save::check(&admin.root, admin.drafts, pending)
        .map_err(|e| refuse(500, msg!("K1455", sebab = e.to_string())))?;
    if !problems.is_empty() {
        let text: Vec<String> = problems.iter().map(problem_text).collect();
        let path = problems[0].file.display().to_string();
        let m = msg!("K1453", path = path.as_str(), masalah = text.join("; "));
        let shown = format!("{m} ({})", m.id());
        let codes: Vec<&str> = problems.iter().filter_map(|d| d.code()).collect();
        return Err((
            422,
            json!({ "error": shown, "code": "K1453", "problems": codes }),
        ));
    }
    for p in pending {
        save::write_atomic(&p.path.under(&admin.root), &p.bytes).map_err(|e| {
            refuse(
                500,
                msg!("K1455", sebab = crate::diagnostic::io_cause(&e).to_string()),
            )
        })?;
    }
    Ok(())
}

/// One problem `check` found, short enough for the CMS's notice: where (line
/// and field), what, its code, and the hint.
fn problem_text(d: &crate::diagnostic::Diagnostic) -> String {
    let lang = crate::message::language();
    let field = d.field_words(lang);
    let code = d.code().unwrap_or("");
    let what = match (d.position, field.is_empty()) {
        (Some(at), false) => msg!(
            "admin-masalah",
            baris = at.line,
            kolom = field,
            pesan = d.text(),
            kode = code
        ),
        (Some(at), true) => msg!(
            "admin-masalah-baris",
            baris = at.line,
            pesan = d.text(),
            kode = code
        ),
        (None, false) => msg!(
            "admin-masalah-kolom",
            kolom = field,
            pesan = d.text(),
            kode = code
        ),
        (None, true) => msg!("admin-masalah-saja", pesan = d.text(), kode = code),
    };
    match d.hint_text() {
        Some(hint) => format!("{what}. {}", msg!("admin-saran", saran = hint)),
        None => what.to_string(),
    }
}

/// Whether an upload's first bytes are those of its kind (the loader's own test).
fn media_kind(p: &Pending) -> Result<(), Answer> {
    if p.path.kind != Kind::Media {
        return Ok(());
    }
    let name = p.path.rel.rsplit('/').next().unwrap_or("");
    let temp = std::env::temp_dir().join(format!(
        "kampung-unggahan-{}-{}",
        std::process::id(),
        file_id(&p.bytes)
    ));
    let judged = fs::write(&temp, &p.bytes)
        .map_err(|e| refuse(500, msg!("K1455", sebab = e.to_string())))
        .and_then(|()| {
            crate::content::check_berkas_kind(&temp, name).map_err(|r| {
                refuse(
                    422,
                    msg!(
                        "K1453",
                        path = p.path.rel.as_str(),
                        masalah = r.message.to_string()
                    ),
                )
            })
        });
    let _ = fs::remove_file(&temp);
    judged
}

fn persist_entry(admin: &Admin, persist: PersistEntry) -> Answer {
    let files: Vec<DataFile> = persist
        .data_files
        .or(persist.entry.map(|e| vec![e]))
        .unwrap_or_default();
    let mut pending = Vec::new();
    for file in &files {
        let Some(path) = allowed(admin, &file.path).filter(|a| a.kind == Kind::Text) else {
            return refuse(
                403,
                msg!("K1451", path = crate::diagnostic::printable(&file.path)),
            );
        };
        if file.new_path.is_some() {
            // Renaming an entry would leave links to its old address: refused.
            return refuse(403, msg!("K1457", path = file.path.as_str()));
        }
        let Some(raw) = wrap::from_forms(&path.rel, &file.raw) else {
            let sebab = format!("{}: {}", path.rel, wrap::LIST_KEY);
            return refuse(400, msg!("K1454", sebab = sebab));
        };
        let old = fs::read_to_string(path.under(&admin.root)).ok();
        let text = wrap::keep_header(&path.rel, old.as_deref(), &raw);
        pending.push(Pending {
            path,
            bytes: text.into_bytes(),
        });
    }
    for asset in &persist.assets {
        match media_pending(admin, asset) {
            Ok(p) => pending.push(p),
            Err(answer) => return answer,
        }
    }
    match checked_write(admin, &pending) {
        Ok(()) => (200, json!({ "message": "entry persisted" })),
        Err(answer) => answer,
    }
}

fn persist_media(admin: &Admin, asset: Asset) -> Answer {
    let pending = match media_pending(admin, &asset) {
        Ok(p) => vec![p],
        Err(answer) => return answer,
    };
    if let Err(answer) = checked_write(admin, &pending) {
        return answer;
    }
    match media_file(admin, &asset.path) {
        Some(file) => (200, file),
        None => path_refused(&asset.path),
    }
}

/// Deletes files the forms may write (entries and media); nothing else.
fn delete(admin: &Admin, list: &[String]) -> Answer {
    let mut judged = Vec::new();
    for path in list {
        match allowed(admin, path) {
            Some(a) => judged.push(a),
            None => return path_refused(path),
        }
    }
    let _one_at_a_time = admin.saving.lock().unwrap_or_else(|p| p.into_inner());
    for a in &judged {
        match fs::remove_file(a.under(&admin.root)) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => {
                return refuse(
                    500,
                    msg!("K1455", sebab = crate::diagnostic::io_cause(&e).to_string()),
                );
            }
        }
    }
    (200, json!({ "message": "deleted" }))
}
