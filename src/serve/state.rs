//! What the server's threads share: the last good site, the overlay's text and
//! the open live-reload streams, with the events sent to them.

use crate::output::Files;
use std::collections::VecDeque;
use std::sync::mpsc::Sender;
use std::sync::{Arc, Mutex, RwLock};

/// At most this many live-reload streams are open at once; a new one ends the
/// oldest, whose page (if it is still open) reconnects by itself.
const MAX_EVENT_STREAMS: usize = 64;

/// What the server shares between its threads.
pub(super) struct Shared {
    /// The last good site.
    pub(super) files: RwLock<Arc<Files>>,
    /// The overlay's text (what is wrong, as the terminal shows it), if the
    /// last rebuild failed or `content/` is gone.
    pub(super) errors: RwLock<Option<String>>,
    /// Open event streams, oldest first.
    pub(super) clients: Mutex<VecDeque<Sender<String>>>,
    /// The web forms, with `serve --admin`.
    pub(super) admin: Option<super::admin::Admin>,
}

impl Shared {
    /// Nothing to serve yet, no problems, no streams; the forms when `admin`.
    pub(super) fn new(admin: Option<super::admin::Admin>) -> Self {
        Shared {
            files: RwLock::new(Arc::new(Files::new())),
            errors: RwLock::new(None),
            clients: Mutex::new(VecDeque::new()),
            admin,
        }
    }

    /// Sends `event` with `data` to every open event stream.
    pub(super) fn broadcast(&self, event: &str, data: &str) {
        let message = format!("event: {event}\ndata: {data}\n\n");
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        clients.retain(|c| c.send(message.clone()).is_ok());
    }

    /// Adds an event stream, ending the oldest when [`MAX_EVENT_STREAMS`] are open.
    pub(super) fn add_stream(&self, stream: Sender<String>) {
        let mut clients = self.clients.lock().unwrap_or_else(|p| p.into_inner());
        // An empty message reaches only streams that are still open, and they skip it.
        clients.retain(|c| c.send(String::new()).is_ok());
        while clients.len() >= MAX_EVENT_STREAMS {
            clients.pop_front();
        }
        clients.push_back(stream);
    }

    /// Shows `text` in the overlay of every page, open or loaded from now on.
    pub(super) fn show_problems(&self, text: String) {
        self.broadcast("problems", &script_json(&text));
        *self.errors.write().unwrap_or_else(|p| p.into_inner()) = Some(text);
    }
}

/// JSON string literal for `text` that is safe inside an HTML `<script>` element:
/// `<`, `>` and `&` are written as `\u003c`, `\u003e` and `\u0026`, so no content
/// value can end the script (`</script>`) or open a comment (`<!--`); U+2028 and
/// U+2029 are escaped too, as older JavaScript engines end a string at them.
/// `JSON.parse` and a JavaScript string literal read back exactly `text`.
pub(super) fn script_json(text: &str) -> String {
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
