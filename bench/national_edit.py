#!/usr/bin/env python3
"""One village's edit on the national site, timed: starts `kampung build --watch`
on SITE, waits for its first build, then edits one village RUNS times in two ways
and times each edit from the closed write until the new text is in the output file:

  news:   a paragraph appended to a news item, seen on the news page;
  portal: the village's slogan (desa.yaml), which its card on the portal's
          kecamatan page shows, so that page is rendered again.

    python3 bench/national_edit.py SITE KAMPUNG [RUNS] [--json FILE]

Prints each edit, the medians, and the watcher's peak RSS (GNU time). Only the
Python standard library; the edited files are put back as they were.
"""

import json
import os
import random
import re
import signal
import statistics
import subprocess
import sys
import tempfile
import time

VILLAGE = "aan"  # kecamatan Banjarangkan, Bali: present in every national build
NEWS = f"content/{VILLAGE}/berita/kabar-00.md"
NEWS_PAGE = f"public/{VILLAGE}/berita/kabar-00/index.html"
PROFILE = f"content/{VILLAGE}/desa.yaml"
DISTRICT_PAGE = "public/kecamatan/banjarangkan/index.html"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--json")]
    out_json = next((a.split("=", 1)[1] for a in sys.argv[1:] if a.startswith("--json=")), None)
    site, kampung = args[0], os.path.realpath(args[1])
    runs = int(args[2]) if len(args) > 2 else 5
    os.chdir(site)
    subprocess.run(["rm", "-rf", "public"], check=True)
    log_path = tempfile.mktemp(prefix="national-edit-", suffix=".log")
    log = open(log_path, "w")
    watcher = subprocess.Popen(
        ["/usr/bin/time", "-f", "peak RSS %M KB", kampung, "build", "--watch"],
        stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        env={**os.environ, "KAMPUNG_LANG": "en"},
    )
    text = lambda: open(log_path).read()
    started = time.time()
    while "Updated" not in text():
        if watcher.poll() is not None:
            sys.exit("build --watch stopped:\n" + text())
        time.sleep(0.5)
    first = time.time() - started
    print(f"first build {first:.1f} s: {text().strip().splitlines()[-1]}", flush=True)

    def timed(path, page, edit):
        original = open(path).read()
        times = []
        for i in range(runs + 1):  # the first edit warms up
            marker = f"PENANDA{i}x{random.randrange(10**9)}"
            with open(path, "w") as f:
                f.write(edit(original, marker))
            t0 = time.time()
            while True:
                try:
                    if marker in open(page).read():
                        break
                except OSError:
                    pass
                if time.time() - t0 > 120:
                    sys.exit(f"{page} did not change in 120 s")
                time.sleep(0.002)
            if i:
                times.append((time.time() - t0) * 1000)
            time.sleep(3 + random.random())
        with open(path, "w") as f:
            f.write(original)
        time.sleep(10)
        return times

    news = timed(NEWS, NEWS_PAGE, lambda o, m: o + f"\n\n{m}\n")
    print("news edit -> its page, ms:", [round(t) for t in news], "median", round(statistics.median(news)), flush=True)
    portal = timed(PROFILE, DISTRICT_PAGE,
                   lambda o, m: re.sub(r"^slogan: .*$", f'slogan: "Desa {m}"', o, flags=re.M))
    print("slogan edit -> kecamatan page, ms:", [round(t) for t in portal], "median", round(statistics.median(portal)), flush=True)
    # SIGTERM: a script started in the background of a shell inherits SIGINT
    # ignored. Sent to kampung only, so that GNU time lives to report its peak.
    children = subprocess.run(["pgrep", "-P", str(watcher.pid)], capture_output=True, text=True)
    for pid in children.stdout.split():
        os.kill(int(pid), signal.SIGTERM)
    watcher.wait()
    rss = re.search(r"peak RSS (\d+) KB", text())
    rss_mib = int(rss.group(1)) / 1024 if rss else None
    print(f"watcher peak RSS: {rss_mib:.0f} MiB" if rss_mib else "watcher peak RSS: not reported", flush=True)
    if out_json:
        with open(out_json, "w") as f:
            json.dump({"first_build_s": first, "news_ms": news, "portal_ms": portal, "peak_rss_mib": rss_mib}, f)


if __name__ == "__main__":
    main()
