#!/usr/bin/env python3
"""Builds Mote in every configuration CI checks and runs every test under ctest.

Configurations: the 64-bit host build, the 32-bit host build (-m32) and the
sanitizer build (ASan+UBSan), each with its whole ctest suite (C++ unit tests
and the Python script suites, which ctest runs through tests/run_tests.py);
then the Cortex-M0+ build of the core (arm-none-eabi, -Os), whose
text/data/bss sizes are printed; then the bounded fuzz runs, if present.

Counting: every ctest test is one test, except a script-suite entry, which
counts as the N passed / N failed / N skipped its runner reports (read from
the ctest JUnit output). The last line is the summary:
    N passed, N failed, N skipped
and the exit status is 0 only if nothing failed.
"""
import argparse
import os
import re
import subprocess
import sys
import time
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
JOBS = str(os.cpu_count() or 2)
SUMMARY = re.compile(r"^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$", re.M)

CONFIGS = [
    ("64-bit", "build", []),
    ("32-bit", "build32", ["-DMOTE_32BIT=ON"]),
    ("sanitizers", "build-asan", ["-DMOTE_SANITIZE=ON"]),
]


def run(cmd, **kw):
    print("+", " ".join(cmd), flush=True)
    return subprocess.run(cmd, cwd=ROOT, **kw)


def build(build_dir, flags):
    if run(["cmake", "-S", ".", "-B", build_dir, "-DCMAKE_BUILD_TYPE=Release", *flags],
           stdout=subprocess.DEVNULL).returncode:
        return False
    return run(["cmake", "--build", build_dir, "-j", JOBS]).returncode == 0


def count_ctest(build_dir):
    """Runs ctest; returns (passed, failed, skipped) with script suites expanded."""
    junit = os.path.join(ROOT, build_dir, "ctest-junit.xml")
    env = dict(os.environ, ASAN_OPTIONS="detect_leaks=0")
    run(["ctest", "--test-dir", build_dir, "--output-on-failure", "-j", "1",
         "--output-junit", junit, "--timeout", "1800"], env=env)
    if not os.path.exists(junit):
        return 0, 1, 0
    passed = failed = skipped = 0
    for case in ET.parse(junit).getroot().iter("testcase"):
        out = "".join(e.text or "" for e in case.iter("system-out"))
        m = SUMMARY.findall(out)
        if m:  # a script suite: count its scripts
            p, f, s = m[-1]
            passed += int(p)
            failed += int(f)
            skipped += int(s or 0)
            bad = case.get("status") not in ("run", "pass", None)
            if bad and int(f) == 0:
                failed += 1  # the runner itself failed
        elif case.get("status") in ("run", "pass"):
            passed += 1
        elif case.get("status") in ("notrun", "disabled"):
            skipped += 1
        else:
            failed += 1
    return passed, failed, skipped


def arm_core():
    """Builds the core for Cortex-M0+ and prints its size; True on success."""
    bdir = "build-arm"
    ok = run(["cmake", "-S", ".", "-B", bdir, "-DCMAKE_BUILD_TYPE=Release",
              "-DCMAKE_TOOLCHAIN_FILE=tools/arm-none-eabi.cmake"], stdout=subprocess.DEVNULL).returncode == 0
    ok = ok and run(["cmake", "--build", bdir, "-j", JOBS]).returncode == 0
    if ok:
        libs = [os.path.join(bdir, f) for f in sorted(os.listdir(os.path.join(ROOT, bdir))) if f.endswith(".a")]
        run(["arm-none-eabi-size", "-t", *libs])
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", choices=[c[0] for c in CONFIGS] + ["arm"], help="run one configuration")
    ap.add_argument("--fuzz-seconds", type=int, default=30)
    args = ap.parse_args()
    total = [0, 0, 0]
    start = time.time()
    for name, bdir, flags in CONFIGS:
        if args.only and args.only != name:
            continue
        print(f"\n=== {name} build ({bdir}) ===", flush=True)
        if not build(bdir, flags):
            print(f"{name}: BUILD FAILED")
            total[1] += 1
            continue
        p, f, s = count_ctest(bdir)
        print(f"{name}: {p} passed, {f} failed, {s} skipped", flush=True)
        total = [total[0] + p, total[1] + f, total[2] + s]
    if not args.only or args.only == "arm":
        print("\n=== Cortex-M0+ core (arm-none-eabi -Os) ===", flush=True)
        ok = arm_core()
        total[0 if ok else 1] += 1
    if not args.only:
        for script in sorted(os.listdir(os.path.join(ROOT, "tests", "fuzz"))) if os.path.isdir(os.path.join(ROOT, "tests", "fuzz")) else []:
            if script.startswith("run_") and script.endswith(".sh"):
                print(f"\n=== fuzz: {script} ({args.fuzz_seconds} s) ===", flush=True)
                ok = run(["bash", os.path.join("tests", "fuzz", script), str(args.fuzz_seconds)]).returncode == 0
                total[0 if ok else 1] += 1
    print(f"\n(total time {time.time() - start:.0f} s)")
    print(f"{total[0]} passed, {total[1]} failed, {total[2]} skipped")
    return 1 if total[1] else 0


if __name__ == "__main__":
    sys.exit(main())
