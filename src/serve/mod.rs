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
//!
//! This file glues watch and build to the server (`serve` and its steps);
//! `state` holds what the threads share, `connections` accepts and answers
//! connections and keeps the event streams, `site` answers a request from the
//! site in memory, and `http` is the protocol.

use crate::build::{BuildError, BuildOptions, ChangeSet, Rebuilt, Session};
use crate::diagnostic::{Failure, Report};
use crate::message::Message;
use crate::msg;
use crate::watch::{self, WatchOptions};
use connections::accept;
use state::Shared;
use std::io::Write;
use std::net::TcpListener;
use std::sync::Arc;

pub use site::{content_type, site_path};

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
    /// Serve the web forms at `/admin/` and their backend (`--admin`).
    pub admin: bool,
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

/// Runs the server until it is stopped. Prints the address it serves on.
pub fn serve(options: &ServeOptions) -> Result<(), Failure> {
    let mut session = Session::new(options.build.clone());
    // Watch first, so that an edit made during the first build is not lost.
    let watching = watch::start(&options.build.root, &options.watch)?;
    let admin = options
        .admin
        .then(|| admin::Admin::new(options.build.root.clone(), options.build.drafts));
    let shared = Arc::new(Shared::new(admin));
    first_build(&mut session, &shared)?;
    let url = listen(options, &shared)?;
    if let Some(admin) = &shared.admin {
        admin.listening(url.trim_end_matches('/'));
        if let Some(site) = session.site() {
            admin.configure(site);
        }
        println!("{}", msg!("admin-serving", url = format!("{url}admin/")));
        if !admin::has_forms() {
            println!("{}", msg!("admin-no-forms"));
        }
        if !matches!(
            options.interface.as_str(),
            "127.0.0.1" | "::1" | "localhost"
        ) {
            eprintln!(
                "{}",
                msg!("admin-open-network", alamat = options.interface.as_str())
            );
        }
    }
    if options.open {
        let url = if options.admin {
            format!("{url}admin/")
        } else {
            url
        };
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
                rebuilt_site(&session, &shared, &rebuilt);
                if let (Some(admin), Some(site)) = (&shared.admin, session.site()) {
                    admin.configure(site);
                }
            }
            Err(BuildError::Content(report)) => {
                rebuild_failed(&shared, &report_text(&report));
            }
            Err(BuildError::Failure(f)) => rebuild_failed(&shared, &f.to_string()),
        }
        true
    })
}

/// Builds the whole site once: the files to serve, or the problems to show
/// (with no good version underneath yet).
fn first_build(session: &mut Session, shared: &Shared) -> Result<(), Failure> {
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
    Ok(())
}

/// Binds the address, prints the site's URL (returned) and accepts connections
/// on a thread of its own.
fn listen(options: &ServeOptions, shared: &Arc<Shared>) -> Result<String, Failure> {
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
    let accepting = Arc::clone(shared);
    std::thread::spawn(move || accept(&listener, &accepting));
    Ok(url)
}

/// After a good rebuild: serve the new files, clear the overlay, and reload the
/// pages that changed (every page, if the overlay was showing).
fn rebuilt_site(session: &Session, shared: &Shared, rebuilt: &Rebuilt) {
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

/// After a failed rebuild: `text` (what is wrong) in the terminal and over
/// every page, while the last good site stays served.
fn rebuild_failed(shared: &Shared, text: &str) {
    eprintln!("{text}\n");
    eprintln!("{}", msg!("ringkasan-still-served"));
    shared.show_problems(overlay_text(msg!("serve-overlay-errors"), text));
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

mod admin;
mod connections;
mod http;
mod site;
mod state;

#[cfg(test)]
mod tests;
