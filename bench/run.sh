#!/usr/bin/env bash
# The performance benchmark, in one command:
#
#   bash bench/run.sh               # plain N=1,000 and 10,000 vs Zola and Hugo; regency vs the previous binary
#   bash bench/run.sh --large       # also plain N=100,000 vs Zola (minutes)
#   bash bench/run.sh --photos[=N]  # also a regency with N (100) photo-like 12-megapixel JPEGs
#   bash bench/run.sh --watch       # also edit-to-page under build --watch and serve (bench/watch.sh)
#   bash bench/run.sh --national    # also the national profile (83,762 villages; ~10 minutes)
#
# Every site lives on tmpfs (/dev/shm), as in ../shared/bench/PEERS.md. Builds are
# timed by bench/compare.py as whole processes (wall, user+sys CPU, peak RSS by
# os.wait4), one warm-up each, then RUNS rounds in which the tools alternate
# (A B A B ...): each row gives the median with min-max, and the paired ratio to
# the row's base (Zola for the plain sites, the previous binary for the regency):
# each round's time divided by the base's in the same round, then the median.
# Zola 0.22.1 is ../shared/bench/bin/zola (it stays there: never copy it here);
# Hugo comes from Debian. The previous binary is prev/kampung (main's head before
# this round, built once: see README "Performance"). Results: bench/results.md.
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${RUNS:-5}
NATIONAL=0 LARGE=0 PHOTOS=0 WATCH=0
for arg in "$@"; do
  case "$arg" in
    --national) NATIONAL=1 ;;
    --large) LARGE=1 ;;
    --watch) WATCH=1 ;;
    --photos) PHOTOS=100 ;;
    --photos=*) PHOTOS=${arg#--photos=} ;;
    *) echo "unknown option $arg"; exit 2 ;;
  esac
done
WORK=${WORK:-/dev/shm/kampung-bench}
GEN=../shared/bench/gen_peers.py
[ -f "$GEN" ] || { echo "needs $GEN (the peers' site generator)"; exit 2; }
ZOLA=$(realpath -m ../shared/bench/bin/zola)
if [ -x "$ZOLA" ]; then
  ZOLA_LABEL="Zola $("$ZOLA" --version | grep -o '[0-9][0-9.]*' | head -1)"
else
  echo "Zola is missing: $ZOLA (a Linux x86_64 build of Zola 0.22.1); its rows are left out"
  ZOLA=
fi
PREV=$(realpath -m prev/kampung)
if [ -x "$PREV" ]; then
  PREV_LABEL="previous binary ($(cat prev/COMMIT 2>/dev/null || echo prev/kampung))"
else
  echo "No previous binary at $PREV; the regency rows have no base"
  PREV=
fi
if ! command -v hugo >/dev/null 2>&1; then
  echo "Installing Debian's hugo"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq hugo >/dev/null
fi
HUGO_LABEL="Hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)"
# NO_BUILD=1 times the binaries already in target/release as they are.
[ "${NO_BUILD:-0}" = 1 ] ||
  CARGO_BUILD_JOBS=${CARGO_BUILD_JOBS:-2} nice -n 10 cargo build --release --quiet --bin kampung --example gensite
KAMPUNG=$(realpath target/release/kampung)
GENSITE=$(realpath target/release/examples/gensite)
mkdir -p "$WORK"
RESULTS=$(realpath -m bench/results.md)
COMPARE="python3 bench/compare.py"

{
  echo "# Benchmark results"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(uname -r), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD -- src examples || echo " plus uncommitted changes"), sites on tmpfs."
  echo "Each row: one warm-up, then $RUNS rounds in which the builds of its group alternate. wall: median (min–max)."
  echo "pages/s = content pages / median wall. Ratio: paired, each round's time over the base's in the same round, median (min–max), wall / cpu."
  echo
  echo "| build | N | wall s | cpu s | peak RSS MiB | pages/s | ratio to base: wall / cpu |"
  echo "|---|---:|---:|---:|---:|---:|---|"
} | tee "$RESULTS"

plain() { # N RUNS WITH_HUGO
  local n=$1 runs=$2 hugo=$3 peers="$WORK/peers-$1"
  python3 "$GEN" "$n" "$peers" --tools hugo,zola >/dev/null
  "$GENSITE" plain "$WORK/kampung-$n" --from-zola "$peers/zola" >/dev/null
  local cases=(-- "kampung plain" "$WORK/kampung-$n" "exec $KAMPUNG build --no-minify" "rm -rf public")
  [ -n "$ZOLA" ] && cases+=(-- "$ZOLA_LABEL (base)" "$peers/zola" "exec $ZOLA build -o out" "rm -rf out")
  [ "$hugo" = 1 ] && cases+=(-- "$HUGO_LABEL" "$peers/hugo" "exec hugo --quiet -d out" "rm -rf out")
  $COMPARE "$runs" "$n" "$ZOLA_LABEL (base)" "${cases[@]}" | tee -a "$RESULTS"
  $COMPARE "$runs" "$n" "" -- "kampung check plain" "$WORK/kampung-$n" "exec $KAMPUNG check" | tee -a "$RESULTS"
}
plain 1000 "$RUNS" 1
plain 10000 "$RUNS" 1
# Every site lives in RAM (tmpfs): the largest ones go as soon as they are timed,
# or the national build that follows runs out of memory (it did: 17 GB held).
[ "$LARGE" = 1 ] && plain 100000 3 0 && rm -rf "$WORK/peers-100000" "$WORK/kampung-100000"

# new-vs-previous pairs: LABEL N DIR CMD SETUP [RUNS]; in CMD, @K@ stands for the
# binary; SETUP runs untimed before each build (compare.py).
pair() {
  local label=$1 n=$2 dir=$3 cmd=$4 setup=$5 runs=${6:-$RUNS}
  local cases=(-- "$label" "$dir" "${cmd//@K@/$KAMPUNG}" "$setup")
  [ -n "$PREV" ] && cases+=(-- "$label, $PREV_LABEL" "$dir" "${cmd//@K@/$PREV}" "$setup")
  $COMPARE "$runs" "$n" "$label, $PREV_LABEL" "${cases[@]}" | tee -a "$RESULTS"
}
REGENCY="$WORK/regency"
[ -d "$REGENCY/content" ] || "$GENSITE" regency "$REGENCY" >/dev/null
PAGES=$(KAMPUNG_LANG=en "$KAMPUNG" build --root "$REGENCY" | grep -o '[0-9]* pages' | grep -o '[0-9]*')
# As for the peers, the last output is deleted before each build, untimed: a clean build.
pair "kampung regency (id+en, minified)" "$PAGES" "$REGENCY" "exec @K@ build" "rm -rf public"
pair "kampung regency, not minified" "$PAGES" "$REGENCY" "exec @K@ build --no-minify" "rm -rf public"
pair "kampung check regency" "$PAGES" "$REGENCY" "exec @K@ check" ""

if [ "$PHOTOS" -gt 0 ]; then
  PHOTO_SITE="$WORK/photos-$PHOTOS"
  [ -d "$PHOTO_SITE/content" ] || "$GENSITE" regency "$PHOTO_SITE" --photos "$PHOTOS" >/dev/null
  SOURCE_BYTES=$(find "$PHOTO_SITE/content" -name 'foto-*.jpg' -printf '%s\n' | awk '{s+=$1} END {print s}')
  echo "Photos: $PHOTOS distinct 12-megapixel JPEGs, $((SOURCE_BYTES / PHOTOS / 1024)) KiB each on average; cold = no .kampung-cache, warm = cache kept; every build starts without public/ (deleted untimed)." | tee -a "$RESULTS"
  pair "kampung $PHOTOS photos, cold" "$PHOTOS" "$PHOTO_SITE" "exec @K@ build" "rm -rf public .kampung-cache" "${PHOTO_RUNS:-3}"
  for bin in "$KAMPUNG" $PREV; do
    (cd "$PHOTO_SITE" && rm -rf public .kampung-cache && "$bin" build >/dev/null)
    VARIANTS=$(find "$PHOTO_SITE/.kampung-cache" -type f \( -name '*.webp' -o -name '*.jpg' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
    WEBP=$(find "$PHOTO_SITE/.kampung-cache" -type f -name '*.webp' -printf '%s\n' | awk '{s+=$1} END {print s}')
    echo "Bytes per photo written by $([ "$bin" = "$KAMPUNG" ] && echo "this binary" || echo "the $PREV_LABEL"): $((VARIANTS / PHOTOS)) (WebP variants $((WEBP / PHOTOS)), JPEG fallbacks $(((VARIANTS - WEBP) / PHOTOS)))." | tee -a "$RESULTS"
  done
  (cd "$PHOTO_SITE" && "$KAMPUNG" build >/dev/null)
  # warm: the cache kept; cache restored (CI): as in a fresh checkout with the cache
  # restored by actions/cache, every photo has a new modification time, so its
  # stamp no longer matches and it is read and hashed, not encoded.
  $COMPARE "$RUNS" "$PAGES" "kampung regency without photos (base)" \
    -- "kampung regency + $PHOTOS photos, warm" "$PHOTO_SITE" "exec $KAMPUNG build" "rm -rf public" \
    -- "kampung regency + $PHOTOS photos, cache restored (CI)" "$PHOTO_SITE" "exec $KAMPUNG build" \
       "rm -rf public && find content -name 'foto-*.jpg' -exec touch {} +" \
    -- "kampung regency without photos (base)" "$REGENCY" "exec $KAMPUNG build" "rm -rf public" | tee -a "$RESULTS"
  rm -rf "$PHOTO_SITE"
fi

if [ "$WATCH" = 1 ]; then
  { echo; echo "Edit to page, bench/watch.sh (${RUNS} edits of a news item each, default debounce):"; echo '```'
    NO_BUILD=1 WORK="$WORK" bash bench/watch.sh; echo '```'; } | tee -a "$RESULTS"
fi

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
  pair "kampung national (83,762 villages)" 0 "$NAT" "exec @K@ build" "rm -rf public" 1
  pair "kampung check national" 0 "$NAT" "exec @K@ check" "" 1
  # One village's edit under `build --watch`: 251,287 folders to watch, more
  # than Linux's default inotify watches here (192,536); raise them when we may.
  if [ "$(cat /proc/sys/fs/inotify/max_user_watches)" -lt 400000 ]; then
    echo 600000 > /proc/sys/fs/inotify/max_user_watches 2>/dev/null ||
      { echo "raise fs.inotify.max_user_watches to 400000 or more (sysctl, as root)"; exit 2; }
  fi
  # The edit runs on disk, not in tmpfs: there the watcher's output (13 GB of
  # blocks), the content (2.3 GB), their 5.5 GB of inodes and dentries and the
  # watcher (2.2 GB) could not be evicted, and the kernel killed the watcher on this
  # 24 GB machine (2026-12-03 18:27 and 2026-12-04 18:38 UTC). On disk the output is
  # page cache, which the kernel may write back and drop, as on a real server.
  EDIT_SITE=${EDIT_WORK:-/var/tmp/kampung-bench}/national
  rm -rf "$NAT/public" "$EDIT_SITE" && mkdir -p "$EDIT_SITE" && mv "$NAT/content" "$EDIT_SITE/"
  { echo; echo "One village edited under build --watch (bench/national_edit.py, the site on disk):"; python3 bench/national_edit.py "$EDIT_SITE" "$KAMPUNG" 5 --json="$WORK/national-edit.json"; } | tee -a "$RESULTS"
  rm -rf "$EDIT_SITE" "$NAT"
fi
