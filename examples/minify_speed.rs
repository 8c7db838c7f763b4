//! Throughput of the page minifier over a built site's pages:
//!
//!     kampung build --no-minify --root SITE
//!     cargo run --release --example minify_speed -- SITE/public
//!
//! Prints pages, bytes before and after, and MB/s (best of three passes).

use std::time::Instant;

fn main() {
    let Some(dir) = std::env::args().nth(1) else {
        eprintln!("usage: minify_speed <folder of built, unminified pages>");
        std::process::exit(2);
    };
    let pages: Vec<Vec<u8>> = walkdir::WalkDir::new(&dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.path().extension().is_some_and(|x| x == "html"))
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    let before: usize = pages.iter().map(Vec::len).sum();
    let mut best = f64::MAX;
    let mut after = 0;
    for _ in 0..3 {
        let copies = pages.clone();
        let start = Instant::now();
        after = copies
            .into_iter()
            .map(|p| kampung::output::minify("a.html", p).len())
            .sum();
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{} pages, {:.1} MB -> {:.1} MB ({:.1}% smaller) in {:.3} s = {:.0} MB/s",
        pages.len(),
        before as f64 / 1e6,
        after as f64 / 1e6,
        100.0 * (1.0 - after as f64 / before as f64),
        best,
        before as f64 / best / 1e6
    );
}
