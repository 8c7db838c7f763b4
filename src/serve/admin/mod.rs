//! `kampung serve --admin`: web forms over the site's own files. Serves Decap
//! CMS at `/admin/` (its files built into the binary by `build.rs` from npm,
//! never a CDN), its `config.yml`, kampung's Indonesian phrases, and answers
//! the CMS's local-backend protocol at `POST /api/v1` itself (`api`), writing
//! only files of the kinds the model knows inside `content/` (`paths`), after
//! kampung's own check has passed them, atomically (`save`). The watcher sees
//! each write and rebuilds, as for an edit in a text editor.

mod api;
mod paths;
mod save;
mod wrap;

use super::http::{Body, RequestHead, Response};
use crate::msg;
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock, RwLock};
use std::time::Duration;

use api::MEDIA_LIMIT;

/// The address of the CMS's backend.
pub const API_PATH: &str = "/api/v1";

/// A request to the backend may be at most this large: an upload of
/// [`MEDIA_LIMIT`] in base64, with room for the JSON around it.
pub const MAX_REQUEST_BYTES: usize = MEDIA_LIMIT / 3 * 4 + (1 << 20);

/// A request to the backend must arrive whole within this time.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);

pub use crate::forms::has_forms;
use crate::forms::{FILES, PHRASES, PHRASES_FILE, START, START_FILE};

/// What the forms need: the site, and one save at a time.
pub struct Admin {
    root: PathBuf,
    drafts: bool,
    /// The site's address, known once the server listens.
    url: OnceLock<String>,
    /// The CMS's configuration (`config.yml`), made from the last good site.
    config: RwLock<String>,
    saving: Mutex<()>,
    /// The site's main language when it has others: Decap's i18n names the
    /// main language's file `<slug>.<bahasa>.md`, kampung names it `<slug>.md`.
    main_language: RwLock<Option<String>>,
}

impl Admin {
    /// The forms over the site at `root`.
    pub fn new(root: PathBuf, drafts: bool) -> Admin {
        Admin {
            root,
            drafts,
            url: OnceLock::new(),
            config: RwLock::new(String::new()),
            saving: Mutex::new(()),
            main_language: RwLock::new(None),
        }
    }

    /// Sets the site's address (`http://127.0.0.1:1111`), which the forms'
    /// links to the rebuilt pages use.
    pub fn listening(&self, url: &str) {
        let _ = self.url.set(url.to_string());
    }

    /// Makes the CMS's configuration from `site` (after each good build):
    /// `schema::cms::decap_config` for the local backend, its links to pages
    /// pointed at this server.
    pub fn configure(&self, site: &crate::content::Site) {
        let languages = &site.config.languages;
        *self
            .main_language
            .write()
            .unwrap_or_else(|p| p.into_inner()) =
            (languages.len() > 1).then(|| languages[0].clone());
        let yaml = crate::schema::cms::decap_config(site, crate::schema::cms::Backend::Local);
        let url = self.url.get().map(String::as_str).unwrap_or("");
        let local = serde_norway::from_str::<serde_json::Value>(&yaml)
            .ok()
            .map(|mut config| {
                config["site_url"] = url.into();
                config["display_url"] = url.into();
                // Decap wants an absolute address here (a relative one is logged as
                // invalid and the proxy backend used instead).
                config["local_backend"] = serde_json::json!({ "url": format!("{url}{API_PATH}") });
                serde_norway::to_string(&config).unwrap_or_default()
            });
        let header = yaml
            .lines()
            .next()
            .filter(|l| l.starts_with('#'))
            .unwrap_or("");
        let text = match local {
            Some(local) => format!("{header}\n{local}"),
            None => yaml,
        };
        *self.config.write().unwrap_or_else(|p| p.into_inner()) = text;
    }

    /// The file on disk for a path the forms use: `berita/a.id.md` is
    /// `berita/a.md` when `id` is the main language.
    fn disk_path(&self, path: &str) -> String {
        let main = self.main_language.read().unwrap_or_else(|p| p.into_inner());
        match main
            .as_deref()
            .and_then(|l| path.strip_suffix(&format!(".{l}.md")))
        {
            Some(stem) => format!("{stem}.md"),
            None => path.to_string(),
        }
    }

    /// The path the forms use for a Markdown file on disk (see [`Admin::disk_path`]).
    fn forms_path(&self, path: &str) -> String {
        let main = self.main_language.read().unwrap_or_else(|p| p.into_inner());
        let name = path.rsplit('/').next().unwrap_or("");
        match (main.as_deref(), path.strip_suffix(".md")) {
            (Some(lang), Some(stem)) if name.matches('.').count() == 1 => {
                format!("{stem}.{lang}.md")
            }
            _ => path.to_string(),
        }
    }

    /// True for the requests the forms answer: `/admin/...` and the backend.
    pub fn wants(request: &RequestHead) -> bool {
        let path = request.path();
        path == "/admin" || path.starts_with("/admin/") || path == API_PATH
    }

    /// Answers a backend request whose body is `body` (`None`: too large, or
    /// it did not arrive in time).
    pub fn api(&self, request: &RequestHead, body: Option<&[u8]>) -> Response {
        if request.method != "POST" {
            return Response::text(405, "method not allowed").with_header("Allow", "POST");
        }
        if !same_site(request) {
            let m = msg!("K1458");
            let json = serde_json::json!({ "error": format!("{m} ({})", m.id()), "code": m.id() });
            return Response::new(
                403,
                "application/json; charset=utf-8",
                Body::Owned(json.to_string().into_bytes()),
            );
        }
        let (status, json) = match body {
            Some(body) => api::answer(self, body),
            None => (
                413,
                serde_json::json!({ "error": msg!("K1452", path = "-", ukuran = "?", batas = crate::input::human_size(MEDIA_LIMIT as u64)).to_string() }),
            ),
        };
        Response::new(
            status,
            "application/json; charset=utf-8",
            Body::Owned(json.to_string().into_bytes()),
        )
    }

    /// Answers a `GET` of `/admin/...`.
    pub fn page(&self, request: &RequestHead) -> Response {
        if request.method != "GET" && request.method != "HEAD" {
            return Response::text(405, "method not allowed").with_header("Allow", "GET, HEAD");
        }
        let name = request.path().strip_prefix("/admin").unwrap_or("");
        let js = "text/javascript; charset=utf-8";
        match name {
            "" => Response::new(301, "text/plain; charset=utf-8", Body::Owned(Vec::new()))
                .with_header("Location", "/admin/"),
            "/" if has_forms() => html(
                200,
                crate::forms::index_page("/admin/config.yml", "/admin/"),
            ),
            "/" => html(200, no_forms_page()),
            "/config.yml" => Response::new(
                200,
                "text/yaml; charset=utf-8",
                Body::Owned(
                    self.config
                        .read()
                        .unwrap_or_else(|p| p.into_inner())
                        .clone()
                        .into_bytes(),
                ),
            ),
            _ if name == format!("/{PHRASES_FILE}") => {
                Response::new(200, js, Body::Static(PHRASES.as_bytes()))
            }
            _ if name == format!("/{START_FILE}") => {
                Response::new(200, js, Body::Static(START.as_bytes()))
            }
            _ => match FILES
                .iter()
                .find(|(n, _)| Some(*n) == name.strip_prefix('/'))
            {
                Some((_, bytes)) => Response::new(200, js, Body::Static(bytes))
                    .with_header("Content-Encoding", "gzip"),
                None => Response::text(404, &msg!("serve-page-not-found").text()),
            },
        }
    }
}

/// True for a backend request from the forms' own page: JSON (so a page of
/// another site cannot send it without the browser asking first, which this
/// server never allows), to a host name of this computer (not a name of another
/// site that points here), and from this server's origin when the browser says.
fn same_site(request: &RequestHead) -> bool {
    let json = request.content_type.as_deref().is_some_and(|t| {
        t.trim_start()
            .to_ascii_lowercase()
            .starts_with("application/json")
    });
    let Some(host) = request.host.as_deref() else {
        return false;
    };
    let name = match host.rsplit_once(':') {
        Some((name, port)) if port.bytes().all(|b| b.is_ascii_digit()) => name,
        _ => host,
    };
    let local = matches!(name, "127.0.0.1" | "localhost" | "[::1]")
        || name.parse::<std::net::IpAddr>().is_ok();
    let origin_ok = request
        .origin
        .as_deref()
        .is_none_or(|o| o == format!("http://{host}"));
    json && local && origin_ok
}

fn html(status: u16, page: String) -> Response {
    Response::new(
        status,
        "text/html; charset=utf-8",
        Body::Owned(page.into_bytes()),
    )
}

/// `/admin/` of a kampung built without the CMS: what that means and what to do.
fn no_forms_page() -> String {
    let escape = |t: String| {
        t.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
    };
    format!(
        "<!DOCTYPE html><html lang=\"id\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title></head><body><h1>{}</h1><p>{}</p><p>{}</p></body></html>",
        escape(msg!("admin-no-forms-title").text()),
        escape(msg!("admin-no-forms-title").text()),
        escape(msg!("admin-no-forms").text()),
        escape(msg!("admin-no-forms-fix").text()),
    )
}
