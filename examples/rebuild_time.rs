//! Times incremental rebuilds of one village of a site (a profiling aid).
//!
//! ```text
//! cargo run --release --example rebuild_time -- SITE VILLAGE [RUNS]
//! ```

use kampung::{BuildOptions, ChangeSet, Session};
use std::time::Instant;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(root), Some(village)) = (args.first(), args.get(1)) else {
        eprintln!("usage: rebuild_time SITE VILLAGE [RUNS]");
        std::process::exit(2);
    };
    let runs: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(10);
    let mut session = Session::new(BuildOptions::new(root));
    let started = Instant::now();
    session
        .rebuild(&ChangeSet::everything())
        .expect("the site builds");
    println!(
        "full build into memory: {} ms",
        started.elapsed().as_millis()
    );
    let mut change = ChangeSet::default();
    change.villages.insert(village.clone());
    let mut times = Vec::new();
    for _ in 0..runs {
        let started = Instant::now();
        session.rebuild(&change).expect("the village builds");
        times.push(started.elapsed().as_secs_f64() * 1000.0);
    }
    times.sort_by(|a, b| a.total_cmp(b));
    println!(
        "incremental rebuild of {village}: median {:.1} ms (min {:.1}, max {:.1}) over {runs} runs",
        times[runs / 2],
        times[0],
        times[runs - 1]
    );
}
