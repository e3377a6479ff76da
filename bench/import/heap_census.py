#!/usr/bin/env python3
"""What an import keeps on the heap, by kind of object: runs `mote -X
heapcensus` once importing a module and once not, and prints the difference
of the two tallies (ports/host/heap_census.cc), largest first.

Usage:
    python3 bench/import/heap_census.py [--mote build/mote] [module]

The module defaults to the import benchmark's frozen `bench_module`; any
module on sys.path (MICROPYPATH) or frozen works. Both runs compile the same
`import` statement, so names the statement interns are not counted.
"""

import argparse
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def census(mote, code):
    out = subprocess.run([mote, "-X", "heapcensus", "-c", code], capture_output=True, text=True,
                         timeout=60)
    rows = {}
    for line in out.stderr.splitlines():
        if line.startswith("heapcensus "):
            parts = line.split()
            rows[" ".join(parts[1:-2])] = (int(parts[-2]), int(parts[-1]))
    if "TOTAL" not in rows:
        raise SystemExit("mote failed:\n" + out.stdout + out.stderr)
    return rows


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--mote", default=os.path.join(ROOT, "build", "mote"))
    p.add_argument("module", nargs="?", default="bench_module")
    args = p.parse_args(argv)
    without = census(args.mote, "if 0: import %s" % args.module)
    with_ = census(args.mote, "if 1: import %s" % args.module)
    diff = []
    for kind in set(without) | set(with_):
        n0, b0 = without.get(kind, (0, 0))
        n1, b1 = with_.get(kind, (0, 0))
        if (n0, b0) != (n1, b1):
            diff.append((b1 - b0, n1 - n0, kind))
    diff.sort(key=lambda d: (d[2] != "TOTAL", -d[0]))
    print("heap kept by `import %s`, by kind (bytes, allocations)" % args.module)
    for nbytes, count, kind in diff:
        print("%-40s %8d %6d" % (kind, nbytes, count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
