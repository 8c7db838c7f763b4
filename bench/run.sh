#!/usr/bin/env bash
# The performance benchmark, in one command:
#
#   bash bench/run.sh            # plain N=1,000 and 10,000 vs Hugo and Eleventy, regency
#   bash bench/run.sh --national # also the national profile (83,762 villages; minutes)
#
# Every site lives on tmpfs (/dev/shm), as in ../shared/bench/PEERS.md, and every
# build is timed as a whole process (wall, user+sys CPU, peak RSS) by os.wait4,
# with one warm-up and RUNS timed runs (median). Peers run in the same invocation,
# so their ratios are fair. Hugo comes from Debian (installed here if missing),
# Eleventy from npm (into target/tools); Zola's figures are PEERS.md's, since
# Zola is not packaged. The plain sites come from ../shared/bench/gen_peers.py,
# which stays there. Results: bench/results.md (a table) and stdout.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
NATIONAL=0
[ "${1:-}" = "--national" ] && NATIONAL=1
WORK=${WORK:-/dev/shm/kampung-bench}
GEN=../shared/bench/gen_peers.py
[ -f "$GEN" ] || { echo "needs $GEN (the peers' site generator)"; exit 2; }

if ! command -v hugo >/dev/null 2>&1; then
  echo "Installing Debian's hugo"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi
ELEVENTY=target/tools/node_modules/.bin/eleventy
if [ ! -x "$ELEVENTY" ]; then
  echo "Installing Eleventy 3.1.8 from npm"
  mkdir -p target/tools
  npm install --silent --no-save --no-audit --no-fund --prefix target/tools @11ty/eleventy@3.1.8
fi
ELEVENTY=$(realpath "$ELEVENTY")
cargo build --release --quiet --bin kampung --example gensite
KAMPUNG=$(realpath target/release/kampung)
GENSITE=$(realpath target/release/examples/gensite)
mkdir -p "$WORK"
RESULTS=$(realpath -m bench/results.md)

# time.py LABEL N DIR -- CMD...: warm-up, RUNS timed runs; prints one table row.
TIMER=$(mktemp)
cat >"$TIMER" <<'PY'
import os, statistics, subprocess, sys, time
label, n, cwd, runs = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
cmd = sys.argv[sys.argv.index("--") + 1:]
def once():
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    if status != 0:
        sys.exit(f"{label}: {' '.join(cmd)} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024
once()
rows = [once() for _ in range(runs)]
wall = statistics.median(r[0] for r in rows)
cpu = statistics.median(r[1] for r in rows)
rss = max(r[2] for r in rows)
rate = f"{n / wall:,.0f}" if n else "—"
print(f"| {label} | {n:,} | {wall:.3f} ({min(r[0] for r in rows):.3f}–{max(r[0] for r in rows):.3f}) | {cpu:.3f} | {rss:,.0f} | {rate} |", flush=True)
PY

{
  echo "# Benchmark results"
  echo
  echo "$(date -u +%Y-%m-%d), $(nproc) cores, $(uname -r), sites on tmpfs; median of $RUNS runs after a warm-up."
  echo "pages/s = content pages / median wall. Peak RSS of the largest process."
  echo
  echo "| build | N | wall s (min–max) | cpu s | peak RSS MiB | pages/s |"
  echo "|---|---:|---:|---:|---:|---:|"
} | tee "$RESULTS"

for N in 1000 10000; do
  PEERS="$WORK/peers-$N"
  python3 "$GEN" "$N" "$PEERS" --tools hugo,zola,eleventy >/dev/null
  "$GENSITE" plain "$WORK/kampung-$N" --from-zola "$PEERS/zola" >/dev/null
  python3 "$TIMER" "kampung plain" "$N" "$WORK/kampung-$N" "$RUNS" -- sh -c "rm -rf public && exec $KAMPUNG build --no-minify" | tee -a "$RESULTS"
  python3 "$TIMER" "kampung plain, minified" "$N" "$WORK/kampung-$N" "$RUNS" -- sh -c "rm -rf public && exec $KAMPUNG build" | tee -a "$RESULTS"
  python3 "$TIMER" "kampung check plain" "$N" "$WORK/kampung-$N" "$RUNS" -- "$KAMPUNG" check | tee -a "$RESULTS"
  python3 "$TIMER" "Hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" "$N" "$PEERS/hugo" "$RUNS" -- sh -c "rm -rf out && exec hugo --quiet -d out" | tee -a "$RESULTS"
  python3 "$TIMER" "Eleventy 3.1.8" "$N" "$PEERS/eleventy" "$RUNS" -- sh -c "rm -rf out && exec $ELEVENTY --quiet --output=out" | tee -a "$RESULTS"
done

REGENCY="$WORK/regency"
[ -d "$REGENCY/content" ] || "$GENSITE" regency "$REGENCY" >/dev/null
PAGES=$("$KAMPUNG" build --root "$REGENCY" | grep -o '[0-9]* pages' | grep -o '[0-9]*')
python3 "$TIMER" "kampung regency (id+en, minified)" "$PAGES" "$REGENCY" "$RUNS" -- sh -c "rm -rf public && exec $KAMPUNG build" | tee -a "$RESULTS"
python3 "$TIMER" "kampung regency, not minified" "$PAGES" "$REGENCY" "$RUNS" -- sh -c "rm -rf public && exec $KAMPUNG build --no-minify" | tee -a "$RESULTS"
python3 "$TIMER" "kampung check regency" "$PAGES" "$REGENCY" "$RUNS" -- "$KAMPUNG" check | tee -a "$RESULTS"
# The same build on this machine's disk, where deleting and writing files costs more.
DISK=target/bench-disk
mkdir -p "$DISK"
rm -rf "$DISK/regency" && cp -r "$REGENCY" "$DISK/regency"
python3 "$TIMER" "kampung regency on disk (ext4)" "$PAGES" "$DISK/regency" "$RUNS" -- sh -c "rm -rf public && exec $KAMPUNG build" | tee -a "$RESULTS"
python3 "$TIMER" "kampung regency on disk, rebuild over the last output" "$PAGES" "$DISK/regency" "$RUNS" -- "$KAMPUNG" build | tee -a "$RESULTS"
rm -rf "$DISK/regency"

if [ "$NATIONAL" = 1 ]; then
  NAT="$WORK/national"
  # The national site is 1.7 million source files and 2.7 million output files and
  # folders: more inodes than a default tmpfs of this size allows. Raise the limit
  # when we may (root), or say why the build would fail.
  if [ "$(df --output=iavail "$WORK" | tail -1)" -lt 6000000 ]; then
    mount -o remount,nr_inodes=10000000 "$(df --output=target "$WORK" | tail -1)" 2>/dev/null ||
      { echo "$WORK has fewer than 6 million free inodes; remount it with nr_inodes=10000000"; exit 2; }
  fi
  [ -d "$NAT/content" ] || "$GENSITE" national "$NAT" >/dev/null
  python3 "$TIMER" "kampung national (83,762 villages)" 0 "$NAT" 1 -- sh -c "rm -rf public && exec $KAMPUNG build" | tee -a "$RESULTS"
  python3 "$TIMER" "kampung check national" 0 "$NAT" 1 -- "$KAMPUNG" check | tee -a "$RESULTS"
fi
rm -f "$TIMER"
echo
echo "Zola 0.22.1 (PEERS.md, same machine kind): N=1,000 4,854 pages/s; N=10,000 4,859 pages/s (2.058 s)." | tee -a "$RESULTS"
