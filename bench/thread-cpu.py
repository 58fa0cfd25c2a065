#!/usr/bin/env python3
"""Runs a command and prints, on stderr, where its CPU went by thread (Linux /proc): JIT compiler
threads, garbage collector threads, mga's own threads (the main parser thread, the archive inflater)
and the rest. Compiler threads come and go, so /proc is polled every 20 ms and a thread's last
reading is kept; the totals can miss up to one poll interval per thread.

Wall times on a shared machine also measure the neighbours; CPU time by thread does not, which is
why the bench scripts report it.

Usage: bench/thread-cpu.py COMMAND [ARG...]     (exit status: the command's)
"""
import os
import subprocess
import sys
import time

TICK = os.sysconf("SC_CLK_TCK")


def group(name):
    if name.startswith("C2 Compiler"):
        return "JIT C2"
    if name.startswith("C1 Compiler"):
        return "JIT C1"
    if name.startswith(("GC Thread", "G1 ", "VM Periodic", "VM Thread", "Parallel GC", "Sweeper")):
        return "GC+VM"
    if name == "java" or name == "main":
        return "main"
    if name.startswith("mga-"):
        return name.rstrip("0123456789-#")  # mga-inflate, mga-parse ...
    return "other"


def poll(pid, seen):
    try:
        tids = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return
    for tid in tids:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except (FileNotFoundError, ProcessLookupError):
            continue
        name = stat[stat.index("(") + 1:stat.rindex(")")]
        fields = stat[stat.rindex(")") + 2:].split()
        cpu = (int(fields[11]) + int(fields[12])) / TICK  # utime + stime
        seen[tid] = (name, cpu)


def main(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv)
    seen = {}
    while proc.poll() is None:
        poll(proc.pid, seen)
        time.sleep(0.02)
    wall = time.perf_counter() - start
    totals = {}
    for name, cpu in seen.values():
        g = group(name)
        totals[g] = totals.get(g, 0.0) + cpu
    parts = ", ".join(f"{g} {s:.2f}" for g, s in sorted(totals.items(), key=lambda kv: -kv[1]))
    print(f"thread CPU (s): {parts}; total {sum(totals.values()):.2f}; wall {wall:.2f}", file=sys.stderr)
    return proc.returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
