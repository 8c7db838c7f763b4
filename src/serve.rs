//! `kampung serve`: builds the site into memory, serves it over HTTP, and rebuilds
//! on every change. Open pages reload by themselves through server-sent events;
//! content errors show in the terminal and as an overlay on every page, while the
//! last good site keeps being served.
//!
//! The HTTP side is a small server on `std::net` (module `http`): one thread per
//! connection, with a cap on connections, on the size and the arrival time of a
//! request head, on the time an answer may take to be sent, and on the requests
//! one connection may make. A client that is slow, never reads, or never finishes
//! its headers holds one connection of its own and nothing else.

use crate::build::{BuildError, BuildOptions, ChangeSet, Session};
use crate::diagnostic::{Failure, Report};
use crate::message::Message;
use crate::msg;
use crate::output::Entry;
use crate::watch::{self, WatchOptions};
use http::{Body, Connection, RequestHead, Response};
use std::collections::{BTreeMap, VecDeque};
use std::io::Write;
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

/// The endpoint of the live-reload event stream.
pub const EVENTS_PATH: &str = "/__kampung/events";

/// At most this many connections are open at once; a connection beyond them is
/// answered `503` and closed at once. Slow clients are dropped within
/// [`http::HEAD_TIMEOUT`] or [`http::WRITE_TIMEOUT`], so the slots come back.
const MAX_CONNECTIONS: usize = 512;

/// At most this many live-reload streams are open at once; a new one ends the
/// oldest, whose page (if it is still open) reconnects by itself.
const MAX_EVENT_STREAMS: usize = 64;

/// A connection answers at most this many requests, then closes.
const MAX_REQUESTS_PER_CONNECTION: usize = 100;

/// How long an event stream stays quiet before it sends a comment, which also
/// finds out that its client has gone.
const EVENT_KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The stack of a connection thread: it looks up, copies and sends bytes only.
const CONNECTION_STACK_BYTES: usize = 256 * 1024;

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
    /// The overlay's text (what is wrong, as the terminal shows it), if the
    /// last rebuild failed or `content/` is gone.
    errors: RwLock<Option<String>>,
    /// Open event streams, oldest first.
    clients: Mutex<VecDeque<Sender<String>>>,
}

impl Shared {
    fn broadcast(&self, event: &str, data: &str) {
        let message = format!("event: {event}\ndata: {data}\n\n");
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        clients.retain(|c| c.send(message.clone()).is_ok());
    }

    /// Adds an event stream, ending the oldest when [`MAX_EVENT_STREAMS`] are open.
    fn add_stream(&self, stream: Sender<String>) {
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        // An empty message reaches only streams that are still open, and they skip it.
        clients.retain(|c| c.send(String::new()).is_ok());
        while clients.len() >= MAX_EVENT_STREAMS {
            clients.pop_front();
        }
        clients.push_back(stream);
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

/// The overlay's text: `heading` (what the page underneath is), then `body`.
fn overlay_text(heading: Message, body: &str) -> String {
    format!("{heading}\n\n{body}")
}

impl Shared {
    /// Shows `text` in the overlay of every page, open or loaded from now on.
    fn show_problems(&self, text: String) {
        self.broadcast("problems", &script_json(&text));
        *self.errors.write().unwrap_or_else(|p| p.into_inner()) = Some(text);
    }
}

/// Runs the server until it is stopped. Prints the address it serves on.
pub fn serve(options: &ServeOptions) -> Result<(), Failure> {
    let mut session = Session::new(options.build.clone());
    // Watch first, so that an edit made during the first build is not lost.
    let watching = watch::start(&options.build.root, &options.watch)?;
    let shared = Arc::new(Shared {
        files: RwLock::new(Arc::new(BTreeMap::new())),
        errors: RwLock::new(None),
        clients: Mutex::new(VecDeque::new()),
    });
    match session.rebuild(&ChangeSet::everything()) {
        Ok(rebuilt) => {
            print_warnings(&rebuilt.warnings);
            let files = session.files().cloned().unwrap_or_default();
            println!(
                "{}",
                msg!(
                    "ringkasan-serve-built",
                    n = files.len(),
                    ms = rebuilt.elapsed.as_millis() as u64
                )
            );
            *shared.files.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(files);
        }
        Err(BuildError::Content(report)) => {
            let text = report_text(&report);
            eprintln!("{text}\n");
            eprintln!("{}", msg!("ringkasan-serve-has-errors"));
            // There is no good version yet to show underneath.
            *shared.errors.write().unwrap_or_else(|p| p.into_inner()) =
                Some(overlay_text(msg!("serve-overlay-errors-first"), &text));
        }
        Err(BuildError::Failure(f)) => return Err(f),
    }
    let address = format!("{}:{}", options.interface, options.port);
    let listener = TcpListener::bind(address.as_str()).map_err(|e| {
        Failure::new(msg!(
            "K0950",
            alamat = address.as_str(),
            sebab = crate::diagnostic::io_cause(&e)
        ))
    })?;
    let port = listener.local_addr().map_or(options.port, |a| a.port());
    let url = format!("http://{}:{port}/", display_host(&options.interface));
    println!("{}", msg!("ringkasan-serving", url = url.as_str()));
    let _ = std::io::stdout().flush();
    let accepting = Arc::clone(&shared);
    std::thread::spawn(move || accept(&listener, &accepting));
    if options.open {
        open_browser(&url);
    }
    let notice = |notice: &watch::Notice| {
        let message = notice.message();
        match notice {
            watch::Notice::Lost(_) => {
                let shown = Failure::new(message.clone()).to_string();
                eprintln!("{shown}\n");
                shared.show_problems(overlay_text(msg!("serve-overlay-watch-lost"), &shown));
            }
            // The full rebuild that follows clears the overlay or shows the problems.
            watch::Notice::Back(_) => println!("{message}"),
        }
        let _ = std::io::stdout().flush();
    };
    watching.run(notice, |change| {
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
                    "{}",
                    msg!(
                        "ringkasan-rebuilt",
                        ms = rebuilt.elapsed.as_millis() as u64,
                        halaman = rebuilt.pages_rendered,
                        berubah = changed.written.len(),
                        dihapus = changed.removed.len()
                    )
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
                eprintln!("{}", msg!("ringkasan-still-served"));
                shared.show_problems(overlay_text(msg!("serve-overlay-errors"), &text));
            }
            Err(BuildError::Failure(f)) => {
                let text = f.to_string();
                eprintln!("{text}\n");
                eprintln!("{}", msg!("ringkasan-still-served"));
                shared.show_problems(overlay_text(msg!("serve-overlay-errors"), &text));
            }
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
        eprintln!("{}", msg!("serve-no-browser", url = url));
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

/// The script every served page gets: reload when the page (or anything it may
/// use) changed, show content problems in an overlay.
fn live_reload_script(errors: Option<&str>) -> String {
    let initial = errors.map_or("null".to_string(), script_json);
    format!(
        r#"<script>(()=>{{const p={initial};function show(t){{let o=document.getElementById("kampung-overlay");if(!o){{o=document.createElement("div");o.id="kampung-overlay";o.setAttribute("role","alert");o.style.cssText="position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(20,20,20,.94);color:#fff;padding:1.5rem;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";document.body.appendChild(o)}}o.textContent=t}}if(p)show(p);const es=new EventSource("{EVENTS_PATH}");es.addEventListener("problems",e=>show(JSON.parse(e.data)));es.addEventListener("reload",e=>{{const c=JSON.parse(e.data),here=location.pathname.replace(/index\.html$/,"");if(c.includes("*")||c.includes(here)||c.some(x=>!x.endsWith("/")&&!x.endsWith(".html")))location.reload()}})}})();</script>"#
    )
}

/// Accepts connections for ever, each on a thread of its own, at most
/// [`MAX_CONNECTIONS`] at once.
fn accept(listener: &TcpListener, shared: &Arc<Shared>) {
    let open = Arc::new(AtomicUsize::new(0));
    for stream in listener.incoming() {
        let Ok(stream) = stream else {
            // Out of file descriptors, or a connection reset before it was
            // accepted: let the others finish instead of spinning.
            std::thread::sleep(Duration::from_millis(10));
            continue;
        };
        if open.load(Ordering::Acquire) >= MAX_CONNECTIONS {
            http::refuse(stream);
            continue;
        }
        let slot = Slot::take(&open);
        let shared = Arc::clone(shared);
        // When the thread cannot be made, the closure is dropped: the slot is
        // given back and the connection closed.
        let _ = std::thread::Builder::new()
            .name("kampung-http".into())
            .stack_size(CONNECTION_STACK_BYTES)
            .spawn(move || {
                let _slot = slot;
                serve_connection(stream, &shared);
            });
    }
}

/// One of the [`MAX_CONNECTIONS`], given back when dropped.
struct Slot(Arc<AtomicUsize>);

impl Slot {
    fn take(open: &Arc<AtomicUsize>) -> Slot {
        open.fetch_add(1, Ordering::AcqRel);
        Slot(Arc::clone(open))
    }
}

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

/// Answers the requests of one connection, one after the other, until the client
/// closes it, asks to, is too slow, or has made [`MAX_REQUESTS_PER_CONNECTION`].
fn serve_connection(stream: TcpStream, shared: &Shared) {
    let mut connection = Connection::new(stream);
    for served in 1..=MAX_REQUESTS_PER_CONNECTION {
        let request = match connection.read_head() {
            Ok(request) => request,
            Err(error) => {
                if let Some(response) = error.response() {
                    let _ = connection.send(response, false, true);
                }
                return;
            }
        };
        let body_skipped = connection.skip_body(&request);
        let close = request.close || !body_skipped || served == MAX_REQUESTS_PER_CONNECTION;
        let head_only = request.method == "HEAD";
        if request.method == "GET" && request.path() == EVENTS_PATH {
            events(connection, shared);
            return;
        }
        let sent = connection.send(answer(&request, shared), head_only, close);
        if sent.is_err() || close {
            if !body_skipped {
                connection.linger();
            }
            return;
        }
    }
}

/// The answer to a request that is not the event stream.
fn answer(request: &RequestHead, shared: &Shared) -> Response {
    if request.method != "GET" && request.method != "HEAD" {
        return Response::text(405, "method not allowed").with_header("Allow", "GET, HEAD");
    }
    if request.path() == EVENTS_PATH {
        // HEAD of the event stream: what a GET would start with.
        return Response::new(200, "text/event-stream", Body::Owned(Vec::new()));
    }
    let Some(path) = site_path(&request.target) else {
        return Response::text(400, "bad request");
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
            return Response::new(301, "text/plain; charset=utf-8", Body::Owned(Vec::new()))
                .with_header("Location", &location(&path));
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
    let kind = content_type(&file);
    let html = kind.starts_with("text/html");
    let body = match entry {
        Some(Entry::Bytes(bytes)) if !html => Some(Body::Shared(Arc::clone(bytes))),
        Some(Entry::File { path, .. }) if !html => Body::file(path).ok(),
        Some(entry) => entry.bytes().ok().map(|bytes| {
            let mut page = bytes.into_owned();
            page.extend_from_slice(live_reload_script(errors.as_deref()).as_bytes());
            Body::Owned(page)
        }),
        None => None,
    };
    match body {
        Some(body) => Response::new(status, kind, body),
        None => {
            let text = match &errors {
                Some(_) => msg!("serve-page-errors"),
                None => msg!("serve-page-not-found"),
            };
            let text = html_escape(&text.text());
            let mut page = format!(
                "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>kampung</title></head><body><p>{text}</p></body></html>"
            );
            page.push_str(&live_reload_script(errors.as_deref()));
            Response::new(
                404,
                "text/html; charset=utf-8",
                Body::Owned(page.into_bytes()),
            )
        }
    }
}

/// `text` with `&`, `<` and `>` written as entities, for an HTML element's text.
fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// The `Location` of a folder's address with its slash: `path` percent-encoded
/// where a URL needs it, so that no file name can add a header.
fn location(path: &str) -> String {
    let mut out = String::from("/");
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~/!$'()*+,;=:@".contains(&byte) {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out.push('/');
    out
}

/// Keeps an event stream open on its connection's thread until the client goes,
/// a write to it takes longer than [`http::WRITE_TIMEOUT`], or a newer stream
/// ends it.
fn events(mut connection: Connection, shared: &Shared) {
    let (tx, rx): (Sender<String>, Receiver<String>) = mpsc::channel();
    shared.add_stream(tx);
    let head = "HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\nretry: 500\n\n";
    if connection.write_timed(head.as_bytes()).is_err() {
        return;
    }
    loop {
        let message = match rx.recv_timeout(EVENT_KEEP_ALIVE) {
            Ok(message) if message.is_empty() => continue,
            Ok(message) => message,
            Err(mpsc::RecvTimeoutError::Timeout) => ": keep-alive\n\n".to_string(),
            Err(mpsc::RecvTimeoutError::Disconnected) => return,
        };
        if connection.write_timed(message.as_bytes()).is_err() {
            return;
        }
    }
}

/// Just enough HTTP/1.1 on `std::net` for the dev server, with everything a
/// client can hold bounded: the size of a request head ([`MAX_HEAD_BYTES`]), the
/// time to send it ([`HEAD_TIMEOUT`]), the time an answer may take to be taken
/// ([`WRITE_TIMEOUT`]), and the bytes of a request body read ([`MAX_BODY_BYTES`]).
mod http {
    use std::io::{self, Read, Write};
    use std::net::{Shutdown, TcpStream};
    use std::path::Path;
    use std::sync::Arc;
    use std::time::{Duration, Instant};

    /// A request head (request line and headers) may be at most this long.
    pub const MAX_HEAD_BYTES: usize = 16 * 1024;

    /// A request head must arrive whole within this time, counted from when the
    /// connection starts waiting for it; an idle kept-alive connection closes then.
    pub const HEAD_TIMEOUT: Duration = Duration::from_secs(10);

    /// A whole answer (head and body), or one event, must be taken by the client
    /// within this time, or the connection is closed.
    pub const WRITE_TIMEOUT: Duration = Duration::from_secs(10);

    /// A request body up to this size is read and dropped, so that the connection
    /// can go on; after a larger one (or a chunked one) the connection closes.
    pub const MAX_BODY_BYTES: usize = 64 * 1024;

    /// How long a closing connection keeps reading what the client still sends,
    /// so that the answer reaches it before the close.
    const LINGER: Duration = Duration::from_secs(1);

    /// What follows a request head.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum BodyLength {
        /// `Content-Length: n` (0 when there is none).
        Known(usize),
        /// `Transfer-Encoding`: a length the head does not tell.
        Unknown,
    }

    /// A parsed request head.
    #[derive(Debug)]
    pub struct RequestHead {
        /// The method, as sent (`GET`).
        pub method: String,
        /// The request target, as sent (`/alpha/?x=1`).
        pub target: String,
        /// True if and only if the connection closes after this answer: the client
        /// sent `Connection: close`, or spoke HTTP/1.0 without `keep-alive`.
        pub close: bool,
        /// The body that follows the head.
        pub body: BodyLength,
    }

    impl RequestHead {
        /// The target without its query.
        pub fn path(&self) -> &str {
            self.target.split('?').next().unwrap_or("")
        }
    }

    /// Why no request head was read.
    #[derive(Debug, PartialEq, Eq)]
    pub enum HeadError {
        /// The client closed the connection, stayed idle too long between
        /// requests, or failed: nothing to answer.
        Gone,
        /// The client began a head and did not finish it within [`HEAD_TIMEOUT`].
        TimedOut,
        /// The head is longer than [`MAX_HEAD_BYTES`].
        TooLarge,
        /// The head is not HTTP/1.x.
        Malformed,
        /// An HTTP version other than 1.0 and 1.1.
        Version,
    }

    impl HeadError {
        /// The answer the client gets before the connection closes, if any.
        pub fn response(&self) -> Option<Response> {
            let (status, text) = match self {
                HeadError::Gone => return None,
                HeadError::TimedOut => (408, "request timeout"),
                HeadError::TooLarge => (431, "request header fields too large"),
                HeadError::Malformed => (400, "bad request"),
                HeadError::Version => (505, "only HTTP/1.0 and HTTP/1.1 are served"),
            };
            Some(Response::text(status, text))
        }
    }

    /// The body of an answer.
    pub enum Body {
        /// Bytes made for this answer.
        Owned(Vec<u8>),
        /// Bytes of the site in memory.
        Shared(Arc<[u8]>),
        /// An open file of this length, sent as it is read.
        File(std::fs::File, u64),
    }

    impl Body {
        /// The file at `path`, opened now so that a missing one is known before
        /// anything is sent.
        pub fn file(path: &Path) -> io::Result<Body> {
            let file = std::fs::File::open(path)?;
            let len = file.metadata()?.len();
            Ok(Body::File(file, len))
        }

        fn len(&self) -> u64 {
            match self {
                Body::Owned(bytes) => bytes.len() as u64,
                Body::Shared(bytes) => bytes.len() as u64,
                Body::File(_, len) => *len,
            }
        }
    }

    /// An answer: status, headers and body; `Content-Length` is added when sent.
    pub struct Response {
        status: u16,
        headers: Vec<(&'static str, String)>,
        body: Body,
    }

    impl Response {
        /// An answer of `content_type`, never cached without asking again.
        pub fn new(status: u16, content_type: &str, body: Body) -> Response {
            Response {
                status,
                headers: vec![
                    ("Content-Type", content_type.to_string()),
                    ("Cache-Control", "no-cache".to_string()),
                ],
                body,
            }
        }

        /// A plain-text answer.
        pub fn text(status: u16, text: &str) -> Response {
            Response::new(
                status,
                "text/plain; charset=utf-8",
                Body::Owned(text.as_bytes().to_vec()),
            )
        }

        /// The same answer with one more header.
        pub fn with_header(mut self, name: &'static str, value: &str) -> Response {
            self.headers.push((name, value.to_string()));
            self
        }
    }

    fn reason(status: u16) -> &'static str {
        match status {
            200 => "OK",
            301 => "Moved Permanently",
            400 => "Bad Request",
            404 => "Not Found",
            405 => "Method Not Allowed",
            408 => "Request Timeout",
            431 => "Request Header Fields Too Large",
            503 => "Service Unavailable",
            505 => "HTTP Version Not Supported",
            _ => "",
        }
    }

    /// Answers a connection beyond the cap with `503` without waiting for it, and
    /// closes it.
    pub fn refuse(stream: TcpStream) {
        let _ = stream.set_nonblocking(true);
        let _ = (&stream).write(
            b"HTTP/1.1 503 Service Unavailable\r\nContent-Length: 0\r\nRetry-After: 1\r\nConnection: close\r\n\r\n",
        );
    }

    /// One client connection: its socket and the bytes read past the last head.
    pub struct Connection {
        stream: TcpStream,
        /// Received and not yet used: the start of the next request.
        buffer: Vec<u8>,
    }

    impl Connection {
        /// Serves `stream`.
        pub fn new(stream: TcpStream) -> Connection {
            let _ = stream.set_nodelay(true);
            Connection {
                stream,
                buffer: Vec::new(),
            }
        }

        /// Reads more bytes into the buffer, keeping it at most `limit` long, by
        /// `deadline` at the latest. `Ok(0)`: the client closed the connection.
        fn fill(&mut self, deadline: Instant, limit: usize) -> io::Result<usize> {
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            self.stream.set_read_timeout(Some(left))?;
            let mut chunk = [0u8; 8192];
            let room = limit
                .saturating_sub(self.buffer.len())
                .clamp(1, chunk.len());
            let n = self.stream.read(&mut chunk[..room])?;
            self.buffer.extend_from_slice(&chunk[..n]);
            Ok(n)
        }

        /// Reads the next request head, within [`HEAD_TIMEOUT`] and
        /// [`MAX_HEAD_BYTES`].
        pub fn read_head(&mut self) -> Result<RequestHead, HeadError> {
            let deadline = Instant::now() + HEAD_TIMEOUT;
            let mut searched = 0;
            loop {
                // Empty lines before a request line are allowed (RFC 9112, 2.2).
                while self.buffer.starts_with(b"\r\n") {
                    self.buffer.drain(..2);
                    searched = 0;
                }
                if let Some(at) = memchr::memmem::find(&self.buffer[searched..], b"\r\n\r\n") {
                    let end = searched + at;
                    let head = parse_head(&self.buffer[..end]);
                    self.buffer.drain(..end + 4);
                    return head;
                }
                if self.buffer.len() >= MAX_HEAD_BYTES + 4 {
                    return Err(HeadError::TooLarge);
                }
                searched = self.buffer.len().saturating_sub(3);
                match self.fill(deadline, MAX_HEAD_BYTES + 4) {
                    Ok(0) => return Err(HeadError::Gone),
                    Ok(_) => {}
                    Err(e)
                        if !self.buffer.is_empty()
                            && matches!(
                                e.kind(),
                                io::ErrorKind::WouldBlock | io::ErrorKind::TimedOut
                            ) =>
                    {
                        return Err(HeadError::TimedOut);
                    }
                    Err(_) => return Err(HeadError::Gone),
                }
            }
        }

        /// Reads and drops the body of `request` when it is at most
        /// [`MAX_BODY_BYTES`] long; true if and only if the next request can follow.
        pub fn skip_body(&mut self, request: &RequestHead) -> bool {
            let BodyLength::Known(mut left) = request.body else {
                return false;
            };
            if left > MAX_BODY_BYTES {
                return false;
            }
            let deadline = Instant::now() + HEAD_TIMEOUT;
            loop {
                let taken = left.min(self.buffer.len());
                self.buffer.drain(..taken);
                left -= taken;
                if left == 0 {
                    return true;
                }
                if !matches!(self.fill(deadline, left), Ok(1..)) {
                    return false;
                }
            }
        }

        /// Writes all of `bytes` within [`WRITE_TIMEOUT`].
        pub fn write_timed(&mut self, bytes: &[u8]) -> io::Result<()> {
            self.writer().write_all(bytes)
        }

        fn writer(&self) -> DeadlineWriter<'_> {
            DeadlineWriter {
                stream: &self.stream,
                deadline: Instant::now() + WRITE_TIMEOUT,
            }
        }

        /// Sends `response` (only its head when `head_only`), all of it within
        /// [`WRITE_TIMEOUT`]; with `Connection: close` when `close`.
        pub fn send(&mut self, response: Response, head_only: bool, close: bool) -> io::Result<()> {
            let mut head = format!(
                "HTTP/1.1 {} {}\r\n",
                response.status,
                reason(response.status)
            );
            for (name, value) in &response.headers {
                // Values come from the server, never from a request; a control
                // character would still end the header, so such a header is left out.
                if !value.bytes().any(|b| b.is_ascii_control()) {
                    head.push_str(&format!("{name}: {value}\r\n"));
                }
            }
            head.push_str(&format!("Content-Length: {}\r\n", response.body.len()));
            if close {
                head.push_str("Connection: close\r\n");
            }
            head.push_str("\r\n");
            let mut out = self.writer();
            out.write_all(head.as_bytes())?;
            if head_only {
                return Ok(());
            }
            match response.body {
                Body::Owned(bytes) => out.write_all(&bytes),
                Body::Shared(bytes) => out.write_all(&bytes),
                Body::File(file, len) => {
                    let sent = io::copy(&mut file.take(len), &mut out)?;
                    if sent == len {
                        Ok(())
                    } else {
                        Err(io::ErrorKind::UnexpectedEof.into())
                    }
                }
            }
        }

        /// Closes the connection gracefully after an answer to a request whose
        /// body was not read: stops sending, then reads and drops what the client
        /// still sends for up to [`LINGER`], so that closing with unread bytes
        /// does not reset the connection before the client has read the answer.
        pub fn linger(mut self) {
            let _ = self.stream.shutdown(Shutdown::Write);
            let deadline = Instant::now() + LINGER;
            let mut drained = 0;
            while drained < 16 * MAX_BODY_BYTES {
                self.buffer.clear();
                match self.fill(deadline, MAX_BODY_BYTES) {
                    Ok(0) | Err(_) => return,
                    Ok(n) => drained += n,
                }
            }
        }
    }

    /// Writes to a socket, each write waiting at most until one deadline.
    struct DeadlineWriter<'a> {
        stream: &'a TcpStream,
        deadline: Instant,
    }

    impl Write for DeadlineWriter<'_> {
        fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
            let left = self.deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::ErrorKind::TimedOut.into());
            }
            self.stream.set_write_timeout(Some(left))?;
            self.stream.write(bytes)
        }

        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }

    /// Parses a request head (without its final empty line).
    pub fn parse_head(bytes: &[u8]) -> Result<RequestHead, HeadError> {
        let text = String::from_utf8_lossy(bytes);
        let mut lines = text.split("\r\n");
        let mut parts = lines.next().unwrap_or("").split(' ');
        let (Some(method), Some(target), Some(version), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(HeadError::Malformed);
        };
        if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) || target.is_empty()
        {
            return Err(HeadError::Malformed);
        }
        let persistent = match version {
            "HTTP/1.1" => true,
            "HTTP/1.0" => false,
            v if v.starts_with("HTTP/") => return Err(HeadError::Version),
            _ => return Err(HeadError::Malformed),
        };
        let (mut close, mut keep_alive) = (false, false);
        let mut length: Option<usize> = None;
        let mut chunked = false;
        for line in lines {
            let (name, value) = line.split_once(':').ok_or(HeadError::Malformed)?;
            // No space before the colon, no folded lines (RFC 9112, 5.1 and 5.2).
            if name.is_empty() || name.contains([' ', '\t']) {
                return Err(HeadError::Malformed);
            }
            let value = value.trim_matches([' ', '\t']);
            if name.eq_ignore_ascii_case("connection") {
                for token in value.split(',').map(str::trim) {
                    close |= token.eq_ignore_ascii_case("close");
                    keep_alive |= token.eq_ignore_ascii_case("keep-alive");
                }
            } else if name.eq_ignore_ascii_case("content-length") {
                let n: usize = value.parse().map_err(|_| HeadError::Malformed)?;
                if length.is_some_and(|m| m != n) {
                    return Err(HeadError::Malformed);
                }
                length = Some(n);
            } else if name.eq_ignore_ascii_case("transfer-encoding") {
                chunked = true;
            }
        }
        Ok(RequestHead {
            method: method.to_string(),
            target: target.to_string(),
            close: close || !(persistent || keep_alive),
            body: if chunked {
                BodyLength::Unknown
            } else {
                BodyLength::Known(length.unwrap_or(0))
            },
        })
    }
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
    fn request_heads_are_parsed_strictly() {
        use http::{BodyLength, HeadError, parse_head};
        let head =
            parse_head(b"GET /alpha/?x=1 HTTP/1.1\r\nHost: a\r\nConnection: keep-alive").unwrap();
        assert_eq!((head.method.as_str(), head.path()), ("GET", "/alpha/"));
        assert!(!head.close);
        assert_eq!(head.body, BodyLength::Known(0));
        assert!(
            parse_head(b"GET / HTTP/1.1\r\nConnection: Close")
                .unwrap()
                .close
        );
        assert!(parse_head(b"GET / HTTP/1.0").unwrap().close);
        assert!(
            !parse_head(b"GET / HTTP/1.0\r\nConnection: keep-alive")
                .unwrap()
                .close
        );
        let post = parse_head(b"POST / HTTP/1.1\r\nContent-Length: 12").unwrap();
        assert_eq!(post.body, BodyLength::Known(12));
        let chunked =
            parse_head(b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\nContent-Length: 3");
        assert_eq!(chunked.unwrap().body, BodyLength::Unknown);
        for bad in [
            &b"GET /"[..],
            b"GET / HTTP/1.1 x",
            b"get / HTTP/1.1",
            b"GET  HTTP/1.1",
            b"GET / HTTP/1.1\r\nNo colon",
            b"GET / HTTP/1.1\r\nHost : a",
            b"GET / HTTP/1.1\r\nHost: a\r\n folded",
            b"GET / HTTP/1.1\r\nContent-Length: -1",
            b"GET / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2",
            b"GET / FTP/1.1",
        ] {
            assert_eq!(
                parse_head(bad).err(),
                Some(HeadError::Malformed),
                "{}",
                String::from_utf8_lossy(bad)
            );
        }
        assert_eq!(
            parse_head(b"PRI * HTTP/2.0").err(),
            Some(HeadError::Version)
        );
    }

    #[test]
    fn redirects_cannot_add_headers() {
        assert_eq!(location("alpha"), "/alpha/");
        assert_eq!(
            location("a b/c\r\nSet-Cookie: x"),
            "/a%20b/c%0D%0ASet-Cookie:%20x/"
        );
        assert_eq!(location("désa"), "/d%C3%A9sa/");
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
