#!/usr/bin/env python3
"""Where the time of `kg extract -j N` goes, per process, on a busy machine too.

    python3 bench/jobs_split.py [--every MS] -- build/cli/kg extract -j 2 FILES... -o out

Runs the command and reads /proc/PID/schedstat (nanoseconds on a CPU, nanoseconds waiting for
one) of kg's process and of each worker it forks, every MS milliseconds (default 5). Prints:

- kg's own process: CPU before the first worker appears (the dictionary load), while the workers
  parse, and after the last worker stopped parsing (the last resolution and the output);
- each worker: its CPU, and when it stopped parsing: where its last idle stretch began (neither
  on a CPU nor waiting for one), before the ~10 ms it spends exiting at the very end;
- the tail: CPU the worker that finished last used after the other(s) had stopped, i.e. the
  time a core had no sentence to parse;
- the wall time the run would take on a quiet machine with one core per worker, from those CPU
  figures (the critical path): before + (workers + kg during - tail) / cores + tail + after;
- the time each process waited for a CPU (the machine's load, not kg's).

Each phase's edge is known to one sampling interval; CPU totals are exact (schedstat counts
every nanosecond on a CPU).
"""
import argparse
import os
import subprocess
import sys
import time

def schedstat(pid):
    """(run ns, wait ns) of the process's main thread, or None once it is gone."""
    try:
        with open(f"/proc/{pid}/schedstat") as f:
            run, wait, _ = f.read().split()
            return int(run), int(wait)
    except (OSError, ValueError):
        return None


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(p) for p in f.read().split()]
    except OSError:
        return []


def at(series, t):
    """CPU ns of a (time, run ns, wait ns) series at time t: the last sample no later than t."""
    value = 0
    for when, run, _ in series:
        if when > t:
            break
        value = run
    return value


def parsing_end(series):
    """The first sample of the worker's last idle stretch, before the burst of its exit."""
    i = len(series) - 1
    busy = lambda i: series[i][1:] != series[i - 1][1:]  # noqa: E731
    while i > 0 and busy(i):  # the exit
        i -= 1
    while i > 0 and not busy(i):  # idle, waiting for a sentence or for the end
        i -= 1
    return series[i][0]


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--every", type=float, default=5.0, help="sampling interval, ms")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    start = time.monotonic()
    process = subprocess.Popen(command)
    kg = process.pid
    series = {kg: []}  # pid -> [(seconds since start, run ns)]
    waited = {}
    fork_at = None
    while process.poll() is None:
        now = time.monotonic() - start
        for pid in children(kg):
            if pid not in series:
                series[pid] = []
                fork_at = now if fork_at is None else fork_at
        for pid, samples in series.items():
            stat = schedstat(pid)
            if stat is not None:
                samples.append((now, stat[0], stat[1]))
                waited[pid] = stat[1]
        time.sleep(args.every / 1000)
    wall = time.monotonic() - start
    if process.returncode != 0:
        sys.exit(f"the command failed with status {process.returncode}")
    load = os.getloadavg()[0]
    kg_series = series.pop(kg)
    kg_total = kg_series[-1][1] / 1e9
    print(f"wall {wall:.3f} s, load average (1 min) at the end {load:.2f}")
    if not series:
        print(f"no workers: {kg_total:.3f} CPU-s")
        return
    workers = {pid: s for pid, s in series.items() if s}
    ends = {pid: parsing_end(s) for pid, s in workers.items()}
    order = sorted(workers, key=lambda pid: ends[pid])
    last, end = order[-1], ends[order[-1]]
    others_end = ends[order[-2]] if len(order) > 1 else end
    tail = (at(workers[last], end) - at(workers[last], others_end)) / 1e9
    before = at(kg_series, fork_at) / 1e9
    during = at(kg_series, end) / 1e9 - before
    after = kg_total - before - during
    worker_cpu = sum(s[-1][1] for s in workers.values()) / 1e9
    cores = len(workers)
    quiet = before + (worker_cpu + during - tail) / cores + tail + after
    print(f"kg's process: {kg_total:.3f} CPU-s = before the fork {before:.3f} + while the "
          f"workers parse {during:.3f} + after {after:.3f}; waited {waited[kg] / 1e9:.3f} s "
          f"for a CPU")
    for pid in order:
        print(f"worker {pid}: {workers[pid][-1][1] / 1e9:.3f} CPU-s, stopped parsing at "
              f"{ends[pid]:.3f} s; waited {waited[pid] / 1e9:.3f} s for a CPU")
    print(f"total {kg_total + worker_cpu:.3f} CPU-s; tail (one worker alone) {tail:.3f} CPU-s")
    print(f"critical path on a quiet machine with {cores} cores: {quiet:.3f} s")


if __name__ == "__main__":
    main()
