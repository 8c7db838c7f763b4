//! A real browser (Debian's Chromium, driven through chromedriver): an open page
//! reloads by itself after an edit and shows the error overlay after a bad edit.
//!
//! Needs `chromium` and `chromium-driver`; `.ci/run` installs them and runs these
//! tests with `--include-ignored`.

use crate::common::{Running, Site, http, wait_until};

/// A WebDriver session on a local chromedriver, closed when dropped.
struct Browser {
    driver: std::process::Child,
    port: u16,
    session: String,
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

impl Browser {
    fn start() -> Browser {
        let port = free_port();
        let driver = std::process::Command::new("chromedriver")
            .arg(format!("--port={port}"))
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("chromedriver is installed (apt-get install chromium chromium-driver)");
        assert!(
            wait_until(20, || std::net::TcpStream::connect(("127.0.0.1", port))
                .is_ok()),
            "chromedriver starts"
        );
        let profile = tempfile::tempdir().unwrap().keep();
        let capabilities = serde_json::json!({
            "capabilities": { "alwaysMatch": {
                "browserName": "chrome",
                "goog:chromeOptions": {
                    "binary": "/usr/bin/chromium",
                    "args": ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                             "--disable-background-networking", "--disable-component-update", "--disable-sync",
                             "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display())]
                }
            }}
        });
        let (status, _, body) = http(port, "POST", "/session", Some(&capabilities.to_string()));
        assert_eq!(status, 200, "{body}");
        let reply: serde_json::Value = serde_json::from_str(&body).unwrap();
        let session = reply["value"]["sessionId"].as_str().unwrap().to_string();
        Browser {
            driver,
            port,
            session,
        }
    }

    fn command(&self, path: &str, body: serde_json::Value) -> serde_json::Value {
        let (status, _, reply) = http(
            self.port,
            "POST",
            &format!("/session/{}{path}", self.session),
            Some(&body.to_string()),
        );
        assert_eq!(status, 200, "{reply}");
        serde_json::from_str::<serde_json::Value>(&reply).unwrap()["value"].clone()
    }

    fn open(&self, url: &str) {
        self.command("/url", serde_json::json!({ "url": url }));
    }

    fn eval(&self, script: &str) -> serde_json::Value {
        self.command(
            "/execute/sync",
            serde_json::json!({ "script": script, "args": [] }),
        )
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = http(
            self.port,
            "DELETE",
            &format!("/session/{}", self.session),
            None,
        );
        let _ = self.driver.kill();
        let _ = self.driver.wait();
    }
}

#[test]
#[ignore = "needs Chromium and chromedriver; .ci/run installs them and runs it"]
fn an_open_page_reloads_after_an_edit_and_shows_errors() {
    let site = Site::new("basic");
    let root = site.root().to_str().unwrap().to_string();
    let server = Running::start(
        &["serve", "--root", &root, "--port", "0", "--debounce", "50"],
        "Serving http://",
    );
    let browser = Browser::start();
    browser.open(&format!("http://127.0.0.1:{}/alpha/", server.port));
    assert_eq!(
        browser.eval("return document.querySelector('h1').textContent"),
        "Desa Alpha"
    );
    // Mark this page load; a reload clears the mark.
    browser.eval("window.kampungMark = 1; return 1");
    let desa = site.read("content/alpha/desa.yaml");
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Dimuat ulang sendiri"),
    );
    let reloaded = wait_until(10, || {
        browser.eval("return window.kampungMark === undefined && document.body.textContent.includes('Dimuat ulang sendiri')") == true
    });
    assert!(reloaded, "the page reloaded by itself with the new text");

    // A bad edit: the overlay appears on the open page, which still shows the last good site.
    site.write("content/alpha/desa.yaml", "nama: [rusak\n");
    let overlay = wait_until(10, || {
        browser.eval("const o = document.getElementById('kampung-overlay'); return !!o && o.textContent.includes('content/alpha/desa.yaml')") == true
    });
    assert!(overlay, "the error overlay appears");
    assert_eq!(
        browser.eval("return document.querySelector('h1').textContent"),
        "Desa Alpha"
    );

    // Fixed: the page reloads and the overlay is gone.
    site.write(
        "content/alpha/desa.yaml",
        &desa.replace("Rukun dan makmur", "Sudah baik lagi"),
    );
    let fixed = wait_until(10, || {
        browser.eval("return !document.getElementById('kampung-overlay') && document.body.textContent.includes('Sudah baik lagi')") == true
    });
    assert!(fixed, "the page reloads without the overlay once fixed");
}
