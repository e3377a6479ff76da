#!/usr/bin/env python3
"""Benchmark runner: Mote vs CPython on bench/programs/*.py.

Usage:
    python3 bench/run.py --mote build/mote [-n 5] [--json out.json] [names...]

Method
------
Every benchmark program is a self-contained script that does a fixed amount
of work and prints a short deterministic result line.  For each program the
runner starts it N times under the reference Python (``--python``, default
``python3``) and N times under Mote (``--mote``), alternating the two so that
slow drift of the machine (thermal, other load) affects both equally.

* Time is the wall-clock time of the whole process, measured with
  ``time.perf_counter()`` around spawning the child and reaping it.  It
  therefore includes interpreter start-up, compilation of the script and
  tear-down.  That is deliberate: a user runs the whole program, and for an
  embedded interpreter start-up cost is part of what matters.  Programs are
  sized to take roughly 0.4-1.0 s under CPython so start-up is a small part.
* The reported time is the best (minimum) of the N runs: noise on an
  otherwise idle machine only ever adds time, so the minimum is the most
  repeatable estimate of the true cost.
* Peak memory is the child's ``ru_maxrss`` obtained with ``wait4`` (KiB
  on Linux); the largest value over the N runs is reported.  Because Linux
  folds the pre-exec address space of the spawning process into a child's
  ``ru_maxrss``, the program is forked from a tiny C helper (compiled once
  with ``cc`` and cached in the temp directory) rather than directly from
  this ~15 MB Python process; see ``RSS_HELPER_SOURCE``.  The helper adds
  about 1 ms to every measured time, the same for both interpreters.
  Without a C compiler (or with ``--no-rss-helper``) the runner uses
  ``os.wait4`` on the direct child and RSS values have the runner's own RSS
  as a floor.
* The standard output of Mote must be byte-identical to CPython's.  A
  program whose output differs is marked ``MISMATCH``; one where Mote exits
  with non-zero status, is killed by a signal or times out is marked
  ``FAIL``.  (``PYFAIL`` means the reference Python itself failed.)  Only
  rows marked ``ok`` enter the geometric mean of the ratios mote/python.

Ratios above 1.0 mean Mote is slower than CPython.

Self-test: ``python3 bench/run.py --mote python3 -n 1`` should pass every
program with ratios close to 1.0.
"""

import argparse
import hashlib
import json
import math
import os
import platform
import shlex
import shutil
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS_DIR = os.path.join(HERE, "programs")


def discover():
    names = []
    for fn in sorted(os.listdir(PROGRAMS_DIR)):
        if fn.endswith(".py") and not fn.startswith("_"):
            names.append(fn[:-3])
    return names


class RunResult:
    def __init__(self, seconds, rss_kib, returncode, stdout, stderr,
                 timed_out):
        self.seconds = seconds
        self.rss_kib = rss_kib
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    @property
    def ok(self):
        return self.returncode == 0 and not self.timed_out


# Why a helper for peak RSS?  On Linux a child's ru_maxrss is not only its
# own peak: when a process calls execve() the kernel folds the high-water
# RSS of the *old* address space into the (exec-surviving) rusage record.
# subprocess spawns with vfork/fork, so the old address space is the
# runner's own (~15 MB of CPython), and every child would report at least
# that much.  The fix is to fork the benchmark from a tiny native process:
# this helper forks, execs the benchmark, reaps it with wait4() and writes
# the exit status and ru_maxrss to a file.  It is compiled once with the
# system C compiler and cached; without a compiler the runner falls back to
# calling os.wait4() on a direct child (RSS then has the runner's size as a
# floor, which the report says).
RSS_HELPER_SOURCE = r"""
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
    if (argc < 3) {
        fprintf(stderr, "usage: %s RESULT_FILE PROGRAM [ARGS...]\n", argv[0]);
        return 125;
    }
    pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 125;
    }
    if (pid == 0) {
        execvp(argv[2], argv + 2);
        perror(argv[2]);
        _exit(127);
    }
    int status = 0;
    struct rusage ru;
    while (wait4(pid, &status, 0, &ru) < 0) {
        if (errno != EINTR) {
            perror("wait4");
            return 125;
        }
    }
    FILE *f = fopen(argv[1], "w");
    if (!f) {
        perror(argv[1]);
        return 125;
    }
    fprintf(f, "%d %ld\n", status, (long)ru.ru_maxrss);
    fclose(f);
    return 0;
}
"""


def build_rss_helper(log):
    """Compile (or reuse) the RSS helper; return its path or None."""
    digest = hashlib.sha1(RSS_HELPER_SOURCE.encode()).hexdigest()[:12]
    cache = os.environ.get("XDG_CACHE_HOME") or tempfile.gettempdir()
    exe = os.path.join(cache, f"mote-bench-rss-{digest}-{os.getuid()}")
    try:
        st = os.stat(exe)
        if st.st_uid == os.getuid() and os.access(exe, os.X_OK):
            return exe
    except OSError:
        pass
    compilers = [os.environ["CC"]] if os.environ.get("CC") else []
    compilers += ["cc", "gcc", "clang"]
    with tempfile.TemporaryDirectory() as tmp:
        src = os.path.join(tmp, "rss_helper.c")
        with open(src, "w") as f:
            f.write(RSS_HELPER_SOURCE)
        out = os.path.join(tmp, "rss_helper")
        for cc in compilers:
            try:
                res = subprocess.run(shlex.split(cc) + ["-O2", "-o", out, src],
                                     stdout=subprocess.DEVNULL,
                                     stderr=subprocess.PIPE)
            except OSError:
                continue
            if res.returncode == 0:
                try:
                    os.makedirs(cache, exist_ok=True)
                    tmp_exe = f"{exe}.{os.getpid()}"
                    shutil.copyfile(out, tmp_exe)
                    os.chmod(tmp_exe, 0o755)
                    os.replace(tmp_exe, exe)
                    return exe
                except OSError as e:
                    log(f"warning: cannot cache RSS helper: {e}\n")
                    return None
    log("warning: no C compiler found for the RSS helper; peak RSS will "
        "include the runner's own size as a floor\n")
    return None


def run_once(cmd, script, timeout, helper=None):
    """Run ``cmd + [script]`` once; return wall time, peak RSS and output.

    Output goes to temporary files rather than pipes so the parent never has
    to service pipes while the child runs and can simply block in wait4().
    The child runs in its own session so a timeout can kill the whole
    process group (the helper and the benchmark under it).
    """
    argv = cmd + [script]
    result_path = None
    if helper:
        fd, result_path = tempfile.mkstemp(prefix="mote-bench-")
        os.close(fd)
        argv = [helper, result_path] + argv
    try:
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            timed_out = [False]
            t0 = time.perf_counter()
            try:
                proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL,
                                        stdout=out, stderr=err,
                                        start_new_session=True)
            except OSError as e:
                return RunResult(0.0, 0, 127, b"",
                                 f"{argv[0]}: {e}".encode(), False)

            def kill():
                timed_out[0] = True
                try:
                    os.killpg(proc.pid, 9)
                except OSError:
                    pass

            timer = threading.Timer(timeout, kill)
            timer.start()
            try:
                while True:
                    try:
                        _, status, rusage = os.wait4(proc.pid, 0)
                        break
                    except InterruptedError:
                        continue
            finally:
                t1 = time.perf_counter()
                timer.cancel()
            returncode = os.waitstatus_to_exitcode(status)
            proc.returncode = returncode  # already reaped
            rss = rusage.ru_maxrss
            if helper and returncode == 0:
                with open(result_path) as f:
                    raw_status, rss = (int(x) for x in f.read().split())
                returncode = os.waitstatus_to_exitcode(raw_status)
            elif helper and not timed_out[0]:
                returncode = 125 if returncode >= 0 else returncode
            out.seek(0)
            err.seek(0)
            return RunResult(t1 - t0, rss, returncode, out.read(), err.read(),
                             timed_out[0])
    finally:
        if result_path:
            os.unlink(result_path)


def describe_failure(res):
    if res.timed_out:
        return "timeout"
    if res.returncode < 0:
        return f"killed by signal {-res.returncode}"
    tail = res.stderr.decode("utf-8", "replace").strip().splitlines()
    last = tail[-1] if tail else ""
    return f"exit {res.returncode}: {last[:200]}"


def bench_one(name, py_cmd, mote_cmd, n, timeout, log, helper=None):
    script = os.path.join(PROGRAMS_DIR, name + ".py")
    row = {"name": name, "status": "ok", "python_times": [],
           "mote_times": [], "python_rss_kib": None, "mote_rss_kib": None,
           "python_s": None, "mote_s": None, "ratio": None,
           "python_output": None, "mote_output": None, "detail": ""}
    py_out = None
    mote_out = None
    mote_failed = False
    for i in range(n):
        res = run_once(py_cmd, script, timeout, helper)
        if not res.ok:
            row["status"] = "PYFAIL"
            row["detail"] = describe_failure(res)
            return row
        if py_out is None:
            py_out = res.stdout
        elif res.stdout != py_out:
            row["status"] = "PYFAIL"
            row["detail"] = "reference python output is not deterministic"
            return row
        row["python_times"].append(res.seconds)
        row["python_rss_kib"] = max(row["python_rss_kib"] or 0, res.rss_kib)

        if mote_failed:
            continue
        res = run_once(mote_cmd, script, timeout, helper)
        if not res.ok:
            mote_failed = True
            row["status"] = "FAIL"
            row["detail"] = describe_failure(res)
            row["mote_output"] = (res.stdout + res.stderr).decode(
                "utf-8", "replace")[-2000:]
            continue
        if mote_out is None:
            mote_out = res.stdout
        elif res.stdout != mote_out and row["status"] == "ok":
            row["status"] = "MISMATCH"
            row["detail"] = "mote output differs between runs"
        row["mote_times"].append(res.seconds)
        row["mote_rss_kib"] = max(row["mote_rss_kib"] or 0, res.rss_kib)
        log(".")

    row["python_output"] = py_out.decode("utf-8", "replace")
    row["python_s"] = min(row["python_times"])
    if row["mote_times"]:
        row["mote_s"] = min(row["mote_times"])
        row["ratio"] = row["mote_s"] / row["python_s"]
    if mote_out is not None and row["status"] != "FAIL":
        row["mote_output"] = mote_out.decode("utf-8", "replace")
    if row["status"] == "ok":
        if mote_out != py_out:
            row["status"] = "MISMATCH"
            row["detail"] = "output differs from python"
    return row


def fmt(value, spec):
    """format(value, spec), or a dash padded to the spec's width if None."""
    if value is not None:
        return format(value, spec)
    width = ""
    for ch in spec:
        if not ch.isdigit():
            break
        width += ch
    return "-".rjust(int(width or 0))


def print_table(rows, py_label, out=sys.stdout):
    header = (f"{'name':<16} {py_label + '_s':>10} {'mote_s':>10} "
              f"{'ratio(mote/py)':>15} {'py_rss_KiB':>11} {'mote_rss_KiB':>13}"
              f"  status")
    print(header, file=out)
    print("-" * len(header), file=out)
    for r in rows:
        status = r["status"]
        if r["detail"] and status != "ok":
            status += f" ({r['detail']})"
        print(f"{r['name']:<16} {fmt(r['python_s'], '10.3f')} "
              f"{fmt(r['mote_s'], '10.3f')} {fmt(r['ratio'], '15.2f')} "
              f"{fmt(r['python_rss_kib'], '11d')} "
              f"{fmt(r['mote_rss_kib'], '13d')}  {status}", file=out)


def geomean(values):
    if not values:
        return None
    return math.exp(sum(math.log(v) for v in values) / len(values))


def main(argv=None):
    ap = argparse.ArgumentParser(
        description="Run the Mote benchmark suite against CPython.",
        epilog="Programs live in bench/programs/; names are file names "
               "without .py (default: all).")
    ap.add_argument("--mote",
                    help="Mote command, e.g. build/mote (may include "
                         "arguments; split like a shell would)")
    ap.add_argument("--mote-heap", default="16m",
                    help="Mote's fixed heap for the runs (-X heapsize=; "
                         "default 16m). CPython's heap grows on demand, and "
                         "dictset and list_sort hold ~6 MiB live, more than "
                         "mote's 2 MiB default; '' leaves mote's default")
    ap.add_argument("--python", default="python3",
                    help="reference interpreter command (default: python3)")
    ap.add_argument("-n", type=int, default=5,
                    help="runs per interpreter; best-of-N is reported "
                         "(default: 5)")
    ap.add_argument("--timeout", type=float, default=120.0,
                    help="per-run timeout in seconds (default: 120)")
    ap.add_argument("--json", metavar="FILE",
                    help="also write the results as JSON to FILE")
    ap.add_argument("--no-rss-helper", action="store_true",
                    help="measure RSS with os.wait4 on the direct child "
                         "instead of via the compiled helper (values then "
                         "include the runner's own RSS as a floor)")
    ap.add_argument("--list", action="store_true",
                    help="list the available programs and exit")
    ap.add_argument("names", nargs="*", help="programs to run (default: all)")
    args = ap.parse_args(argv)

    available = discover()
    if args.list:
        print("\n".join(available))
        return 0
    if not args.mote:
        ap.error("--mote is required (e.g. --mote build/mote)")
    names = []
    for name in args.names or available:
        name = os.path.basename(name)
        if name.endswith(".py"):
            name = name[:-3]
        if name not in available:
            ap.error(f"unknown benchmark {name!r}; available: "
                     f"{', '.join(available)}")
        names.append(name)
    if args.n < 1:
        ap.error("-n must be at least 1")

    py_cmd = shlex.split(args.python)
    mote_cmd = shlex.split(args.mote)
    if args.mote_heap and os.path.basename(mote_cmd[0]).startswith("mote"):
        mote_cmd += ["-X", f"heapsize={args.mote_heap}"]
    py_label = os.path.basename(py_cmd[0])

    def log(msg):
        sys.stderr.write(msg)
        sys.stderr.flush()

    helper = None if args.no_rss_helper else build_rss_helper(log)
    rss_method = ("wait4 in a small native helper that forks the program"
                  if helper else
                  "os.wait4 on the direct child (includes runner RSS floor)")

    rows = []
    for name in names:
        log(f"{name:<16} ")
        row = bench_one(name, py_cmd, mote_cmd, args.n, args.timeout, log,
                        helper)
        log(f" {row['status']}\n")
        if row["status"] == "MISMATCH" and row["mote_output"] is not None:
            log(f"    python: {row['python_output'].strip()[:300]}\n"
                f"    mote:   {row['mote_output'].strip()[:300]}\n")
        elif row["status"] in ("FAIL", "PYFAIL"):
            log(f"    {row['detail']}\n")
        rows.append(row)

    print()
    print_table(rows, py_label)
    passed = [r for r in rows if r["status"] == "ok"]
    gm = geomean([r["ratio"] for r in passed])
    print()
    print(f"geometric mean ratio (mote/{py_label}) over passed: "
          f"{fmt(gm, '.3f')}")
    print(f"passed: {len(passed)}/{len(rows)}  "
          f"(best of {args.n} runs, whole-process wall time)")

    if args.json:
        doc = {
            "method": "best-of-N whole-process wall time (perf_counter "
                      "around spawn+wait4, includes start-up); peak RSS is "
                      "max ru_maxrss over the N runs, KiB",
            "rss_method": rss_method,
            "n": args.n,
            "python": args.python,
            "mote": args.mote,
            "timeout": args.timeout,
            "host": {
                "platform": platform.platform(),
                "machine": platform.machine(),
                "processor": platform.processor(),
                "cpu_count": os.cpu_count(),
                "runner_python": sys.version.split()[0],
            },
            "date": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
            "geomean_ratio": gm,
            "passed": len(passed),
            "total": len(rows),
            "results": rows,
        }
        with open(args.json, "w") as f:
            json.dump(doc, f, indent=2)
            f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
