//! Accepting connections and answering each on a thread of its own, with a cap
//! on connections and on the requests of one; the live-reload event streams.

use super::EVENTS_PATH;
use super::admin::{API_PATH, Admin, MAX_REQUEST_BYTES, REQUEST_TIMEOUT};
use super::http::{self, Connection};
use super::site::answer;
use super::state::Shared;
use std::net::{TcpListener, TcpStream};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

/// At most this many connections are open at once; a connection beyond them is
/// answered `503` and closed at once. Slow clients are dropped within
/// [`http::HEAD_TIMEOUT`] or [`http::WRITE_TIMEOUT`], so the slots come back.
const MAX_CONNECTIONS: usize = 512;

/// A connection answers at most this many requests, then closes.
const MAX_REQUESTS_PER_CONNECTION: usize = 100;

/// How long an event stream stays quiet before it sends a comment, which also
/// finds out that its client has gone.
const EVENT_KEEP_ALIVE: Duration = Duration::from_secs(15);

/// The stack of a connection thread: it looks up, copies and sends bytes only.
const CONNECTION_STACK_BYTES: usize = 256 * 1024;

/// Accepts connections for ever, each on a thread of its own, at most
/// [`MAX_CONNECTIONS`] at once.
pub(super) fn accept(listener: &TcpListener, shared: &Arc<Shared>) {
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
        if let Some(admin) = shared.admin.as_ref().filter(|_| Admin::wants(&request)) {
            if !admin_request(&mut connection, admin, &request, served) {
                return;
            }
            continue;
        }
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

/// Answers a request of the web forms (`serve --admin`); true if the
/// connection can go on.
fn admin_request(
    connection: &mut Connection,
    admin: &Admin,
    request: &http::RequestHead,
    served: usize,
) -> bool {
    let head_only = request.method == "HEAD";
    let (response, read) = if request.path() == API_PATH {
        let body = connection.read_body(request, MAX_REQUEST_BYTES, REQUEST_TIMEOUT);
        let read = body.is_some();
        (admin.api(request, body.as_deref()), read)
    } else {
        (admin.page(request), connection.skip_body(request))
    };
    let close = request.close || !read || served == MAX_REQUESTS_PER_CONNECTION;
    connection.send(response, head_only, close).is_ok() && !close
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
