//! Answering a request from the site in memory: the site path it asks for, the
//! file and its content type, the 404 page, a folder's redirect, and the
//! live-reload script every served page gets.

use super::EVENTS_PATH;
use super::http::{Body, RequestHead, Response};
use super::state::{Shared, script_json};
use crate::msg;
use crate::output::Entry;
use std::sync::Arc;

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

/// The answer to a request that is not the event stream.
pub(super) fn answer(request: &RequestHead, shared: &Shared) -> Response {
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
pub(super) fn location(path: &str) -> String {
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
