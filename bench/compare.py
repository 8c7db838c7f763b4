"""Times several builds side by side, alternating them run by run.

    python3 bench/compare.py RUNS N BASE -- LABEL DIR CMD [SETUP] [-- LABEL DIR CMD [SETUP] ...]

Each CMD is a shell command run in DIR as a whole process (wall time, user+sys
CPU and peak RSS from os.wait4). SETUP, if given, runs in DIR before each run of
CMD and is not timed: deleting the last run's output (`rm -rf public`) is not
part of a clean build, and at N=10,000 it took 0.2 s of the 0.6 s that kampung's
timing held with it (2026-12-04). After one warm-up of each, the builds run in
rounds, A B C A B C ..., so that a slower minute of this shared machine falls on
all of them alike. Per build it prints one Markdown row: the median wall time
with min-max, the median CPU time, the peak RSS, pages/s, and, against the build
labelled BASE (if any), the paired ratios: each round's wall (and CPU) divided by
BASE's in the same round, then the median of those ratios, with min-max.
"""
import os, statistics, subprocess, sys, time

runs, n, base = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
specs, cur = [], None
for arg in sys.argv[4:]:
    if arg == "--":
        cur = []
        specs.append(cur)
    else:
        cur.append(arg)
cases = [(s[0], s[1], s[2], s[3] if len(s) > 3 else None) for s in specs]


def once(label, cwd, cmd, setup):
    if setup and subprocess.run(["sh", "-c", setup], cwd=cwd).returncode != 0:
        sys.exit(f"{label}: {setup} failed")
    start = time.perf_counter()
    proc = subprocess.Popen(["sh", "-c", cmd], cwd=cwd, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    err = proc.stderr.read().decode(errors="replace")
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if status != 0:
        sys.exit(f"{label}: {cmd} failed:\n{err}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


for case in cases:
    once(*case)
rows = {case[0]: [] for case in cases}
for _ in range(runs):
    for case in cases:
        rows[case[0]].append(once(*case))


def spread(values, fmt):
    return f"{fmt.format(statistics.median(values))} ({fmt.format(min(values))}–{fmt.format(max(values))})"


for label, *_ in cases:
    r = rows[label]
    walls = [x[0] for x in r]
    cpus = [x[1] for x in r]
    wall = statistics.median(walls)
    rate = f"{n / wall:,.0f}" if n else "—"
    ratio = "—"
    if base in rows and label != base:
        b = rows[base]
        wr = [x[0] / y[0] for x, y in zip(r, b)]
        cr = [x[1] / y[1] for x, y in zip(r, b)]
        ratio = f"{spread(wr, '{:.2f}')} / {spread(cr, '{:.2f}')}"
    print(f"| {label} | {n:,} | {spread(walls, '{:.3f}')} | {statistics.median(cpus):.3f} "
          f"| {max(x[2] for x in r):,.0f} | {rate} | {ratio} |", flush=True)
