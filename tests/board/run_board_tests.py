#!/usr/bin/env python3
"""Runs the machine-module tests on the simulated board (`mote --board DIR`), and the host-only
ffi tests (plain `mote`).

Each tests/board/machine/NAME.py is a board program. For each one the runner makes a fresh
board directory holding board.ini (NAME.ini if the test has its own), testutil.py and the test
as main.py, and starts `mote --board DIR` with stdin closed: the board boots, runs main.py
(again after any hard reset the test causes — that is how the watchdog and deep-sleep tests
see the second boot), prints the REPL banner and, finding no input, switches off. What
main.py printed before the banner, with CR LF turned into LF, must equal NAME.py.exp.

    python3 tests/board/run_board_tests.py --mote build/mote [-k SUBSTR] [-v]

tests/board/ffi/NAME.py run as `mote NAME.py` in their folder; their output must equal
NAME.py.exp. A test whose first output line is SKIP (its module is not in this build) is skipped.

The last line is "N passed, N failed, N skipped" (tools/test_all.py counts it).
"""
import argparse
import difflib
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "machine")
FFI_TESTS = os.path.join(HERE, "ffi")
BANNER = b"(simulated board); Python 3 subset"


def board_output(mote, test, timeout):
    """Runs one test on a fresh board; returns its output as text (LF line endings)."""
    name = os.path.splitext(os.path.basename(test))[0]
    with tempfile.TemporaryDirectory(prefix="mote-board-") as board:
        ini = os.path.join(TESTS, name + ".ini")
        shutil.copy(ini if os.path.exists(ini) else os.path.join(TESTS, "board.ini"),
                    os.path.join(board, "board.ini"))
        shutil.copy(os.path.join(TESTS, "testutil.py"), board)
        shutil.copy(test, os.path.join(board, "main.py"))
        proc = subprocess.run([mote, "--board", board], stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    out = proc.stdout
    cut = out.find(BANNER)
    if cut >= 0:
        out = out[:out.rfind(b"\n", 0, cut) + 1]
    else:
        out += b"\n[no REPL banner: the board did not finish booting; exit status %d]\n" % proc.returncode
    return out.replace(b"\r\n", b"\n").decode("utf-8", "replace")


def host_output(mote, test, timeout):
    """Runs a host test with plain `mote` in its own folder."""
    proc = subprocess.run([mote, os.path.basename(test)], cwd=os.path.dirname(test), stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
    return proc.stdout.decode("utf-8", "replace")


def discover(k):
    for folder, run in ((TESTS, board_output), (FFI_TESTS, host_output)):
        for fn in sorted(os.listdir(folder)):
            if fn.endswith(".py") and fn != "testutil.py" and k in fn:
                yield os.path.join(folder, fn), run


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--mote", required=True)
    ap.add_argument("-k", default="", help="run only tests whose name contains this")
    ap.add_argument("--timeout", type=float, default=60)
    ap.add_argument("-v", action="store_true", help="print every test's output")
    args = ap.parse_args()
    mote = os.path.abspath(args.mote)
    passed = failed = skipped = 0
    for test, run in discover(args.k):
        fn = os.path.relpath(test, HERE)
        exp_path = test + ".exp"
        if not os.path.exists(exp_path):
            print(f"SKIP {fn} (no .exp)")
            skipped += 1
            continue
        try:
            got = run(mote, test, args.timeout)
        except subprocess.TimeoutExpired:
            got = "[timed out]\n"
        if got.split("\n", 1)[0] == "SKIP":  # the feature is absent from this build
            print(f"SKIP {fn}")
            skipped += 1
            continue
        expected = open(exp_path).read()
        if got == expected:
            passed += 1
            print(f"pass {fn}")
            if args.v:
                print(got, end="")
        else:
            failed += 1
            print(f"FAIL {fn}")
            sys.stdout.writelines(difflib.unified_diff(expected.splitlines(True), got.splitlines(True),
                                                       "expected", "got"))
    print(f"{passed} passed, {failed} failed, {skipped} skipped")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
