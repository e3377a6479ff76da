#!/usr/bin/env python3
"""Check the traceback-style .exp files against CPython.

The only intentional difference recorded in ``.py.exp`` files so far is the
traceback format (docs/differences.md): Mote prints no source lines, no
carets and the script name as given.  This tool runs each ``.py`` that has a
``.py.exp`` under CPython, rewrites CPython's traceback into Mote's format
and compares, so line numbers in an .exp cannot silently go stale.

    python3 tests/check_exp.py [--python python3] [paths...]

Prints one line per file and exits 0 iff every .exp matched.
"""

import argparse
import glob
import os
import re
import subprocess
import sys

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
# Areas whose .exp files exist because CPython lacks the module under test
# (Mote-only modules such as mlinfer): there is no CPython output to derive
# them from, so this tool leaves them alone.
MOTE_ONLY_AREAS = ("mlinfer_py", "board")
FRAME = re.compile(r'^  File "(?P<file>[^"]*)", line (?P<rest>.*)$')


def mote_style(stderr):
    """CPython traceback text -> Mote's: drop source/caret lines, basenames."""
    out = []
    for line in stderr.splitlines():
        m = FRAME.match(line)
        if m:
            out.append('  File "%s", line %s'
                       % (os.path.basename(m.group("file")), m.group("rest")))
        elif not line.startswith("    "):
            out.append(line)
    return "".join(line + "\n" for line in out)


def check(py, python):
    proc = subprocess.run([python, os.path.basename(py)],
                          cwd=os.path.dirname(py), capture_output=True,
                          text=True, env=dict(os.environ, PYTHONHASHSEED="0"))
    with open(py + ".exp") as f:
        expected = f.read()
    return proc.stdout + mote_style(proc.stderr) == expected


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[1])
    p.add_argument("--python", default="python3")
    p.add_argument("paths", nargs="*")
    args = p.parse_args()
    exps = [p[:-4] for p in args.paths if p.endswith(".exp")]
    exps += [p for p in args.paths if p.endswith(".py")]
    if not args.paths:
        exps = sorted(e[:-4] for e in glob.glob(
            os.path.join(TESTS_DIR, "*", "*.py.exp"))
            if os.path.basename(os.path.dirname(e)) not in MOTE_ONLY_AREAS)
    bad = 0
    for py in exps:
        ok = check(os.path.abspath(py), args.python)
        bad += not ok
        print("%s %s" % ("ok  " if ok else "BAD ", os.path.relpath(py)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
