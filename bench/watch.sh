#!/usr/bin/env bash
# Edit-to-output latency of `kampung build --watch` and `kampung serve`, measured
# with the peers' own tool (../shared/bench/watch_latency.py, run from there, not
# copied), on the bundled sample and on the generated 217-village regency site.
#
#   bash bench/watch.sh            # results in $WORK/results (default /dev/shm/kampung-bench)
#
# Knobs: WORK (default /dev/shm/kampung-bench), RUNS (15), DEBOUNCE (ms; unset:
# kampung's default, which the target is measured at).
set -euo pipefail
cd "$(dirname "$0")/.."
REPO=$(pwd)
WORK=${WORK:-/dev/shm/kampung-bench}
RUNS=${RUNS:-15}
DEBOUNCE_FLAG=${DEBOUNCE:+--debounce $DEBOUNCE}
# The rebuild lines are matched in English.
export KAMPUNG_LANG=en
TOOL=${TOOL:-$REPO/../shared/bench/watch_latency.py}
[ -f "$TOOL" ] || { echo "watch_latency.py not found at $TOOL (set TOOL=...)"; exit 2; }
# NO_BUILD=1 (as bench/run.sh --watch sets it) times the binaries already built.
[ "${NO_BUILD:-0}" = 1 ] || cargo build --release --quiet --bin kampung --example gensite
KAMPUNG=$REPO/target/release/kampung
mkdir -p "$WORK/results"
rm -rf "$WORK/sample" && mkdir -p "$WORK/sample" && cp -r "$REPO/content" "$WORK/sample/"
"$REPO/target/release/examples/gensite" regency "$WORK/regency" >/dev/null

measure() { # name site content output
  local name=$1 site=$2 content=$3 output=$4
  rm -rf "$site/public"
  echo "build --watch, edit to the file on disk:"
  python3 "$TOOL" --cwd "$site" --cmd "$KAMPUNG build --watch $DEBOUNCE_FLAG" \
    --content "$content" --output "public/${output}index.html" --runs "$RUNS" --settle 1 \
    --rebuild-regex 'Updated .* in ([0-9]+) ms' --json "$WORK/results/watch-$name.json" \
    | tail -3 | tee "$WORK/results/watch-$name.txt" || echo "(build --watch measurement failed)"
  echo "serve, edit to the page over HTTP:"
  python3 "$TOOL" --cwd "$site" --cmd "$KAMPUNG serve --port 18411 $DEBOUNCE_FLAG" --ready-regex 'Serving'  \
    --content "$content" --url "http://127.0.0.1:18411/$output" --runs "$RUNS" --settle 1 \
    --rebuild-regex 'Rebuilt in ([0-9]+) ms' --json "$WORK/results/serve-$name.json" \
    | tail -3 | tee "$WORK/results/serve-$name.txt" || echo "(serve measurement failed)"
}

echo "== sample (6 villages), build --watch then serve"
measure sample "$WORK/sample" content/kemiren/berita/barong-ider-bumi-2025.md kemiren/berita/barong-ider-bumi-2025/
echo "== regency (217 villages, 2 languages), build --watch then serve"
measure regency "$WORK/regency" content/kemiren/berita/kabar-05.md kemiren/berita/kabar-05/
