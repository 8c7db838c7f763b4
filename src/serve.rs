//! `kampung serve`: builds the site into memory, serves it over HTTP, and rebuilds
//! on every change. Open pages reload by themselves through server-sent events;
//! content errors show in the terminal and as an overlay on every page, while the
//! last good site keeps being served.

use crate::build::{BuildError, BuildOptions, ChangeSet, Session};
use crate::diagnostic::{Failure, Report};
use crate::output::Entry;
use crate::watch::{self, WatchOptions};
use std::collections::BTreeMap;
use std::io::Write;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;
use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

/// The endpoint of the live-reload event stream.
pub const EVENTS_PATH: &str = "/__kampung/events";

/// What `serve` does.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    /// The site and how to build it.
    pub build: BuildOptions,
    /// Address to listen on.
    pub interface: String,
    /// Port to listen on (0: any free port).
    pub port: u16,
    /// How to watch for changes.
    pub watch: WatchOptions,
    /// Open the site in the default browser once it is served.
    pub open: bool,
}

/// What the server shares between its threads.
struct Shared {
    /// The last good site.
    files: RwLock<Arc<BTreeMap<String, Entry>>>,
    /// The current content problems, as text, if the last rebuild failed.
    errors: RwLock<Option<String>>,
    /// Open event streams.
    clients: Mutex<Vec<Sender<String>>>,
}

impl Shared {
    fn broadcast(&self, event: &str, data: &str) {
        let message = format!("event: {event}\ndata: {data}\n\n");
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        clients.retain(|c| c.send(message.clone()).is_ok());
    }
}

/// JSON string literal for `text` that is safe inside an HTML `<script>` element:
/// `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so no content
/// value can end the script (`</script>`) or open a comment (`<!--`); U+2028 and
/// U+2029 are escaped too, as older JavaScript engines end a string at them.
/// `JSON.parse` and a JavaScript string literal read back exactly `text`.
fn script_json(text: &str) -> String {
    let json = serde_json::to_string(text).unwrap_or_else(|_| "\"\"".into());
    let mut out = String::with_capacity(json.len());
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// The problems of a failed rebuild, as the terminal shows them.
fn report_text(report: &Report) -> String {
    report
        .sorted()
        .iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n\n")
}

/// Runs the server until it is stopped. Prints the address it serves on.
pub fn serve(options: &ServeOptions) -> Result<(), Failure> {
    let mut session = Session::new(options.build.clone());
    // Watch first, so that an edit made during the first build is not lost.
    let watching = watch::start(&options.build.root, &options.watch)?;
    let shared = Arc::new(Shared {
        files: RwLock::new(Arc::new(BTreeMap::new())),
        errors: RwLock::new(None),
        clients: Mutex::new(Vec::new()),
    });
    match session.rebuild(&ChangeSet::everything()) {
        Ok(rebuilt) => {
            print_warnings(&rebuilt.warnings);
            let files = session.files().cloned().unwrap_or_default();
            println!(
                "Built {} files in {} ms",
                files.len(),
                rebuilt.elapsed.as_millis()
            );
            *shared.files.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(files);
        }
        Err(BuildError::Content(report)) => {
            eprintln!("{}\n", report_text(&report));
            eprintln!("The site has errors; fix them and it will be served.");
            *shared.errors.write().unwrap_or_else(|p| p.into_inner()) = Some(report_text(&report));
        }
        Err(BuildError::Failure(f)) => return Err(f),
    }
    let address = format!("{}:{}", options.interface, options.port);
    let server = Server::http(&address).map_err(|e| {
        Failure::new(format!("cannot listen on {address}: {e}")).hint("choose another --port")
    })?;
    let port = server
        .server_addr()
        .to_ip()
        .map_or(options.port, |a| a.port());
    let url = format!("http://{}:{port}/", display_host(&options.interface));
    println!("Serving {url} (press Ctrl+C to stop)");
    let _ = std::io::stdout().flush();
    let server = Arc::new(server);
    for _ in 0..8 {
        let server = Arc::clone(&server);
        let shared = Arc::clone(&shared);
        std::thread::spawn(move || {
            for request in server.incoming_requests() {
                handle(request, &shared);
            }
        });
    }
    if options.open {
        open_browser(&url);
    }
    watching.run(|change| {
        match session.rebuild(&change) {
            Ok(rebuilt) => {
                print_warnings(&rebuilt.warnings);
                let files = session.files().cloned().unwrap_or_default();
                *shared.files.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(files);
                let had_errors = shared
                    .errors
                    .write()
                    .unwrap_or_else(|p| p.into_inner())
                    .take()
                    .is_some();
                let changed = &rebuilt.changes;
                println!(
                    "Rebuilt in {} ms: {} changed, {} removed",
                    rebuilt.elapsed.as_millis(),
                    changed.written.len(),
                    changed.removed.len()
                );
                let _ = std::io::stdout().flush();
                if had_errors {
                    shared.broadcast("reload", "[\"*\"]");
                } else if !changed.is_empty() {
                    let paths: Vec<String> = changed
                        .written
                        .iter()
                        .chain(&changed.removed)
                        .map(|p| format!("/{}", p.strip_suffix("index.html").unwrap_or(p)))
                        .collect();
                    shared.broadcast("reload", &serde_json::to_string(&paths).unwrap_or_default());
                }
            }
            Err(BuildError::Content(report)) => {
                let text = report_text(&report);
                eprintln!("{text}\n");
                eprintln!("The last good site is still being served.");
                shared.broadcast("problems", &script_json(&text));
                *shared.errors.write().unwrap_or_else(|p| p.into_inner()) = Some(text);
            }
            Err(BuildError::Failure(f)) => eprintln!("{f}"),
        }
        true
    })
}

fn display_host(interface: &str) -> String {
    match interface {
        "0.0.0.0" | "::" => "localhost".to_string(),
        i if i.contains(':') => format!("[{i}]"),
        i => i.to_string(),
    }
}

fn print_warnings(report: &Report) {
    for d in report.sorted() {
        eprintln!("{d}\n");
    }
}

fn open_browser(url: &str) {
    let command = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(target_os = "windows") {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(command)
        .arg(url)
        .spawn()
        .is_err()
    {
        eprintln!("Could not open a browser; open {url} yourself.");
    }
}

/// The site path a request asks for, or `None` when it tries to leave the site.
pub fn site_path(url: &str) -> Option<String> {
    let path = url.split(['?', '#']).next().unwrap_or("");
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            match (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                (Some(h), Some(l)) => {
                    decoded.push((h * 16 + l) as u8);
                    i += 3;
                    continue;
                }
                _ => return None,
            }
        }
        decoded.push(bytes[i]);
        i += 1;
    }
    let decoded = String::from_utf8(decoded).ok()?;
    if decoded.contains(['\\', '\0']) {
        return None;
    }
    let mut parts = Vec::new();
    for segment in decoded.split('/') {
        match segment {
            "" | "." => {}
            ".." => return None,
            s => parts.push(s),
        }
    }
    let mut out = parts.join("/");
    if decoded.ends_with('/') && !out.is_empty() {
        out.push('/');
    }
    Some(out)
}

/// The content type of a file, by its extension.
pub fn content_type(path: &str) -> &'static str {
    match path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .as_deref()
    {
        Some("html") => "text/html; charset=utf-8",
        Some("css") => "text/css; charset=utf-8",
        Some("js") => "text/javascript; charset=utf-8",
        Some("json") => "application/json",
        Some("csv") => "text/csv; charset=utf-8",
        Some("xml") => "application/xml",
        Some("txt") => "text/plain; charset=utf-8",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("jpg" | "jpeg") => "image/jpeg",
        Some("webp") => "image/webp",
        Some("gif") => "image/gif",
        Some("ico") => "image/x-icon",
        Some("pdf") => "application/pdf",
        Some("woff2") => "font/woff2",
        _ => "application/octet-stream",
    }
}

fn header(name: &str, value: &str) -> Header {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).unwrap_or_else(|_| {
        Header::from_bytes(&b"X-Kampung"[..], &b"1"[..]).expect("a valid header")
    })
}

/// The script every served page gets: reload when the page (or anything it may
/// use) changed, show content problems in an overlay.
fn live_reload_script(errors: Option<&str>) -> String {
    let initial = errors.map_or("null".to_string(), script_json);
    format!(
        r#"<script>(()=>{{const p={initial};function show(t){{let o=document.getElementById("kampung-overlay");if(!o){{o=document.createElement("div");o.id="kampung-overlay";o.setAttribute("role","alert");o.style.cssText="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;padding:1.5rem;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";document.body.appendChild(o)}}o.textContent="kampung: the site has errors; the last good version is shown underneath.\n\n"+t}}if(p)show(p);const es=new EventSource("{EVENTS_PATH}");es.addEventListener("problems",e=>show(JSON.parse(e.data)));es.addEventListener("reload",e=>{{const c=JSON.parse(e.data),here=location.pathname.replace(/index\.html$/,"");if(c.includes("*")||c.includes(here)||c.some(x=>!x.endsWith("/")&&!x.endsWith(".html")))location.reload()}})}})();</script>"#
    )
}

fn handle(request: Request, shared: &Shared) {
    if !matches!(request.method(), Method::Get | Method::Head) {
        let _ = request.respond(Response::from_string("method not allowed").with_status_code(405));
        return;
    }
    let url = request.url().to_string();
    if url.split('?').next() == Some(EVENTS_PATH) {
        events(request, shared);
        return;
    }
    let Some(path) = site_path(&url) else {
        let _ = request.respond(Response::from_string("bad request").with_status_code(400));
        return;
    };
    let files = Arc::clone(&shared.files.read().unwrap_or_else(|p| p.into_inner()));
    let errors = shared
        .errors
        .read()
        .unwrap_or_else(|p| p.into_inner())
        .clone();
    let wanted = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.clone()
    };
    let (status, file, entry) = match files.get(&wanted) {
        Some(entry) => (200, wanted, Some(entry)),
        None if files.contains_key(&format!("{path}/index.html")) => {
            let location = format!("/{path}/");
            let response = Response::empty(301).with_header(header("Location", &location));
            let _ = request.respond(response);
            return;
        }
        None => {
            // The site's own 404 page, in the language of the address when there is one.
            let lang_404 = path
                .split_once('/')
                .map(|(first, _)| format!("{first}/404.html"));
            let page = lang_404
                .filter(|p| files.contains_key(p))
                .unwrap_or_else(|| "404.html".to_string());
            let entry = files.get(&page);
            (404, page, entry)
        }
    };
    let body: Vec<u8> = match entry.map(Entry::bytes) {
        Some(Ok(bytes)) => bytes.into_owned(),
        Some(Err(_)) | None => {
            let text = match &errors {
                Some(_) => "The site has errors; see the terminal.".to_string(),
                None => "Not found".to_string(),
            };
            let html = format!(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>kampung</title></head><body><p>{text}</p></body></html>"
            );
            let mut body = html.into_bytes();
            body.extend_from_slice(live_reload_script(errors.as_deref()).as_bytes());
            let response = Response::from_data(body)
                .with_status_code(StatusCode(status.max(404)))
                .with_header(header("Content-Type", "text/html; charset=utf-8"));
            let _ = request.respond(response);
            return;
        }
    };
    let kind = content_type(&file);
    let body = if kind.starts_with("text/html") {
        let mut html = body;
        html.extend_from_slice(live_reload_script(errors.as_deref()).as_bytes());
        html
    } else {
        body
    };
    let response = Response::from_data(body)
        .with_status_code(StatusCode(status))
        .with_header(header("Content-Type", kind))
        .with_header(header("Cache-Control", "no-cache"));
    let _ = request.respond(response);
}

/// Keeps an event stream open on its own thread, so that the workers stay free.
fn events(request: Request, shared: &Shared) {
    let (tx, rx): (Sender<String>, Receiver<String>) = mpsc::channel();
    shared
        .clients
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .push(tx);
    std::thread::spawn(move || {
        let mut writer = request.into_writer();
        let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 500\n\n";
        if writer
            .write_all(head.as_bytes())
            .and_then(|()| writer.flush())
            .is_err()
        {
            return;
        }
        loop {
            let message = match rx.recv_timeout(Duration::from_secs(15)) {
                Ok(message) => message,
                Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
                Err(mpsc::RecvTimeoutError::Disconnected) => return,
            };
            if writer
                .write_all(message.as_bytes())
                .and_then(|()| writer.flush())
                .is_err()
            {
                return;
            }
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_never_leave_the_site() {
        assert_eq!(site_path("/").as_deref(), Some(""));
        assert_eq!(site_path("/kemiren/").as_deref(), Some("kemiren/"));
        assert_eq!(
            site_path("/kemiren/index.html?x=1").as_deref(),
            Some("kemiren/index.html")
        );
        assert_eq!(
            site_path("/berkas/peta%20desa.png").as_deref(),
            Some("berkas/peta desa.png")
        );
        assert_eq!(site_path("/../etc/passwd"), None);
        assert_eq!(site_path("/%2e%2e/etc/passwd"), None);
        assert_eq!(site_path("/a/%2E%2E/%2e%2e/b"), None);
        assert_eq!(site_path("/a/..%2fb"), None);
        assert_eq!(site_path("/a%5c..%5cb"), None);
        assert_eq!(site_path("/a%00b"), None);
        assert_eq!(site_path("/%zz"), None);
        assert_eq!(site_path("//a//b/").as_deref(), Some("a/b/"));
    }

    #[test]
    fn script_json_cannot_end_a_script() {
        let text = "</script><script>alert(1)</script> <!-- a & b \u{2028}\u{2029} \"q\" \\";
        let json = script_json(text);
        assert_eq!(
            json,
            r#""\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e \u003c!-- a \u0026 b \u2028\u2029 \"q\" \\""#
        );
        assert!(!json.contains(['<', '>', '&', '\u{2028}', '\u{2029}']));
        assert_eq!(
            serde_json::from_str::<String>(&json).ok().as_deref(),
            Some(text)
        );
    }

    #[test]
    fn content_types() {
        assert_eq!(content_type("a/index.html"), "text/html; charset=utf-8");
        assert_eq!(
            content_type("static/style.1.css"),
            "text/css; charset=utf-8"
        );
        assert_eq!(content_type("a/apbdes/2024.csv"), "text/csv; charset=utf-8");
        assert_eq!(content_type("a/berkas/F.JPG"), "image/jpeg");
        assert_eq!(content_type("noext"), "application/octet-stream");
    }
}
