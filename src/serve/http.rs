//! Just enough HTTP/1.1 on `std::net` for the dev server, with everything a
//! client can hold bounded: the size of a request head ([`MAX_HEAD_BYTES`]), the
//! time to send it ([`HEAD_TIMEOUT`]), the time an answer may take to be taken
//! ([`WRITE_TIMEOUT`]), and the bytes of a request body read ([`MAX_BODY_BYTES`]).

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
    /// The `Host`, `Origin` and `Content-Type` headers, when sent (the forms'
    /// backend answers only its own pages).
    pub host: Option<String>,
    pub origin: Option<String>,
    pub content_type: Option<String>,
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
    /// Bytes built into the binary (the CMS of `serve --admin`).
    Static(&'static [u8]),
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
            Body::Static(bytes) => bytes.len() as u64,
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
        403 => "Forbidden",
        404 => "Not Found",
        405 => "Method Not Allowed",
        408 => "Request Timeout",
        413 => "Content Too Large",
        422 => "Unprocessable Content",
        500 => "Internal Server Error",
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

    /// Reads the body of `request` when it is at most `limit` bytes long and
    /// arrives within `timeout`; `None` otherwise (the connection must close then).
    pub fn read_body(
        &mut self,
        request: &RequestHead,
        limit: usize,
        timeout: Duration,
    ) -> Option<Vec<u8>> {
        let BodyLength::Known(length) = request.body else {
            return None;
        };
        if length > limit {
            return None;
        }
        let deadline = Instant::now() + timeout;
        while self.buffer.len() < length {
            if !matches!(self.fill(deadline, length), Ok(1..)) {
                return None;
            }
        }
        Some(self.buffer.drain(..length).collect())
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
            Body::Static(bytes) => out.write_all(bytes),
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
    if method.is_empty() || !method.bytes().all(|b| b.is_ascii_uppercase()) || target.is_empty() {
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
    let (mut host, mut origin, mut content_type) = (None, None, None);
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
        } else if name.eq_ignore_ascii_case("host") {
            host = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("origin") {
            origin = Some(value.to_string());
        } else if name.eq_ignore_ascii_case("content-type") {
            content_type = Some(value.to_string());
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
        host,
        origin,
        content_type,
    })
}
