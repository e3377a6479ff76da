#!/usr/bin/env python3
"""Import benchmark: one ~1000-line module imported from .py, from .mpy and
frozen, each in a fresh `mote`. Prints, per way of importing, the best time of
N runs and the heap it costs:

  heap (live)   gc.mem_alloc() after the import and a gc.collect(), minus
                before: what the module keeps (code, constants, objects)
  heap (peak)   gc.mem_alloc() right after the import, before collecting:
                also the garbage the import made (the compiler's trees...)
  min heap      the smallest `-X heapsize` (to 1 KiB) in which `mote` can
                import the module at all: what a device must have free, the
                compiler's working memory included for a source import

The time is measured inside mote with time.ticks_us() when it has a time
module, else from outside: (best wall time of a run importing the module 21
times - best of a run importing it once) / 20, re-importing by deleting it
from sys.modules.

Usage:
    python3 bench/import/run_import_bench.py [--mote build/mote]
        [--mpy-cross build/mpy-cross] [-n 5]

The frozen variant needs a `mote` built with bench/import/manifest.py in its
frozen manifest (the default host build includes it, through
tests/frozen/modules/manifest.py). The target is frozen live heap <= 1/5 of
the source import's.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

PROBE = r"""
import gc, sys
try:
    import time
    ticks = time.ticks_us if hasattr(time, "ticks_us") else (lambda: time.perf_counter_ns() // 1000)
except ImportError:
    ticks = None
sys.path.insert(0, %(dir)r)
gc.collect()
a0 = gc.mem_alloc()
t0 = ticks() if ticks else 0
import %(name)s as m
t1 = ticks() if ticks else -1
a1 = gc.mem_alloc()
gc.collect()
a2 = gc.mem_alloc()
assert m.compute_03(list(range(20)))[1] == 12.85
for _ in range(%(repeat)d):  # for timing from outside: import it again
    del sys.modules[%(name)r]
    import %(name)s
print("RESULT", t1 - t0, a2 - a0, a1 - a0, getattr(m, "__file__", "?"))
"""
REPEAT = 20

# Without a time module in Mote, the import is timed from outside: the best
# wall time of a run that imports the module REPEAT + 1 times, minus the
# best of a run that imports it once, over REPEAT.


def run_once(mote, directory, name, repeat=0):
    code = PROBE % {"dir": directory, "name": name, "repeat": repeat}
    start = time.perf_counter()
    out = subprocess.run([mote, "-c", code], capture_output=True, text=True, timeout=120)
    wall_us = int((time.perf_counter() - start) * 1e6)
    for line in out.stdout.splitlines():
        if line.startswith("RESULT "):
            us, live, peak, where = line.split()[1:5]
            return int(us), int(live), int(peak), where, wall_us
    raise RuntimeError("mote failed (%s):\n%s%s" % (name, out.stdout, out.stderr))


def min_heap(mote, directory, name, lo=16 << 10, hi=4 << 20):
    """Smallest -X heapsize (KiB resolution) in which the import succeeds
    (name None: in which the interpreter starts and prints)."""
    code = "import sys\nsys.path.insert(0, %r)\n%s\nprint('OK')\n" % (
        directory, "import " + name if name else "")

    def fits(size):
        r = subprocess.run([mote, "-X", "heapsize=%d" % size, "-c", code],
                           capture_output=True, text=True, timeout=120)
        return r.returncode == 0 and "OK" in r.stdout

    if not fits(hi):
        return None
    while hi - lo > 1024:
        mid = (lo + hi) // 2 // 1024 * 1024
        if fits(mid):
            hi = mid
        else:
            lo = mid
    return hi


def main(argv=None):
    p = argparse.ArgumentParser(description="Mote import benchmark")
    p.add_argument("--mote", default=os.path.join(ROOT, "build", "mote"))
    p.add_argument("--mpy-cross", default=os.path.join(ROOT, "build", "mpy-cross"))
    p.add_argument("-n", type=int, default=5, help="runs per variant (best time kept)")
    args = p.parse_args(argv)
    src = os.path.join(HERE, "bench_module.py")
    lines = sum(1 for _ in open(src))
    with tempfile.TemporaryDirectory(prefix="mote-import-bench-") as tmp:
        shutil.copy(src, os.path.join(tmp, "bm_source.py"))
        subprocess.run([args.mpy_cross, "-o", os.path.join(tmp, "bm_mpy.mpy"), "-s", "bm_mpy.py",
                        src], check=True)
        mpy_bytes = os.path.getsize(os.path.join(tmp, "bm_mpy.mpy"))
        variants = [("source .py", "bm_source"), (".mpy", "bm_mpy"), ("frozen", "bench_module")]
        results = {}
        for label, name in variants:
            runs, repeated = [], []
            for _ in range(args.n):
                try:
                    runs.append(run_once(args.mote, tmp, name))
                    if runs[0][0] < 0:
                        repeated.append(run_once(args.mote, tmp, name, REPEAT))
                except RuntimeError as e:
                    print("%s: %s" % (label, e), file=sys.stderr)
                    break
            if runs:
                if runs[0][0] >= 0:  # timed inside mote
                    us = min(r[0] for r in runs)
                else:
                    us = max(0, (min(r[4] for r in repeated) - min(r[4] for r in runs)) // REPEAT)
                results[label] = (us, runs[0][1], runs[0][2], runs[0][3],
                                  min_heap(args.mote, tmp, name))
    print("import of a %d-line module (%s; .mpy file %d bytes)" % (lines, os.path.relpath(src, ROOT), mpy_bytes))
    base = min_heap(args.mote, tmp, None)
    print("an empty interpreter needs a %s KiB heap; min heap below includes it" % (base // 1024 if base else "?"))
    print("%-12s %10s %14s %14s %14s  %s" % ("from", "time (us)", "heap live (B)", "heap peak (B)",
                                             "min heap (KiB)", "__file__"))
    for label, _ in variants:
        if label in results:
            us, live, peak, where, least = results[label]
            print("%-12s %10d %14d %14d %14s  %s" % (label, us, live, peak,
                                                   least // 1024 if least else "?", where))
    if "source .py" in results and "frozen" in results:
        src, frz = results["source .py"], results["frozen"]
        ratio = src[1] / frz[1] if frz[1] else float("inf")
        print("frozen vs source: %.1fx less live heap (target >= 5x: %s)"
              % (ratio, "OK" if ratio >= 5 else "MISSED"))
        if src[4] and frz[4] and base and frz[4] > base:
            print("frozen vs source: %.1fx less heap needed above an empty interpreter (%d vs %d KiB)"
                  % ((src[4] - base) / (frz[4] - base), (frz[4] - base) // 1024, (src[4] - base) // 1024))
        elif src[4] and frz[4] and base:
            print("frozen: imports in the heap an empty interpreter needs (to 1 KiB); source needs %d KiB more"
                  % ((src[4] - base) // 1024))
    return 0 if len(results) == len(variants) else 1


if __name__ == "__main__":
    sys.exit(main())
