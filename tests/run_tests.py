#!/usr/bin/env python3
"""Script-test runner for Mote.

Design
------
A *script test* is a small Python program ``tests/<area>/<name>.py`` that
prints its results.  The runner executes it twice:

* with Mote (``--mote``), and
* with CPython (``--python``, default ``python3``) to obtain the expected
  output -- unless ``tests/<area>/<name>.py.exp`` exists, in which case that
  file *is* the expected output (used where Mote differs from CPython on
  purpose; see ``docs/differences.md``).

Both interpreters run with cwd = the test's directory and the file's
basename as the only argument, so tracebacks read ``File "name.py"``.
The compared text is stdout followed by stderr (``\\r\\n`` normalised to
``\\n``).  Exit statuses must also match, except for ``.exp`` tests.

If Mote's stdout starts with a line ``SKIP`` the test is skipped.  A
timeout or a death by signal is a failure that says so.

``--via-mpy MPYCROSS`` first compiles each test with
``MPYCROSS -o TMPDIR/name.mpy name.py`` (cwd = test directory) and runs
Mote on the ``.mpy``; the expected output still comes from the ``.py``.

Tests run in parallel on a thread pool (``-j``).  Each failure is reported
with a (truncated) unified diff; the last line printed is always
``N passed, N failed, N skipped``.  Exit status is 0 iff nothing failed.

Usage::

    python3 tests/run_tests.py --mote build/mote [-j N] [--timeout S]
        [--via-mpy PATH] [--python python3] [-k SUBSTR]
        [--exclude-area NAME]... [--list-failures FILE] [-v] [paths...]

Paths may be test files or directories (their ``*.py`` files are run).
Without paths, every ``tests/<area>/*.py`` is run except the areas in
``EXCLUDED_AREAS`` (they have their own runners).  ``--exclude-area``
applies to explicit paths too.
"""

import argparse
import concurrent.futures
import difflib
import os
import shlex
import shutil
import signal
import subprocess
import sys
import tempfile

# Areas under tests/ that are not script tests (they have their own runners).
EXCLUDED_AREAS = ("unit", "mlinfer", "fuzz", "board")

# The CPython version the tests and their error messages were written for.
REFERENCE_PYTHON = (3, 11)

TESTS_DIR = os.path.dirname(os.path.abspath(__file__))
DEFAULT_TIMEOUT = 30.0
MAX_DIFF_LINES = 40

PASS, FAIL, SKIP = "pass", "fail", "skip"


class Result:
    """Outcome of one test: status, a short reason and optional diff lines."""

    def __init__(self, path, status, reason="", diff=()):
        self.path = path
        self.status = status
        self.reason = reason
        self.diff = list(diff)


class Run:
    """Outcome of one subprocess: merged output, exit code, timeout flag."""

    def __init__(self, stdout="", stderr="", returncode=0, timed_out=False,
                 error=None):
        self.stdout = stdout
        self.output = stdout + stderr
        self.returncode = returncode
        self.timed_out = timed_out
        self.error = error  # OSError text if the program could not start

    @property
    def stdout_first_line(self):
        return self.stdout.split("\n", 1)[0].strip()


# ---------------------------------------------------------------- helpers


def parse_command(text):
    """Split a command string; make a relative program path absolute.

    Tests run with cwd = their own directory, so ``build/mote`` must be
    resolved now.  Bare names (``python3``) are left to the PATH lookup.
    """
    argv = shlex.split(text)
    if argv and os.sep in argv[0]:
        argv[0] = os.path.abspath(argv[0])
    return argv


def command_exists(argv):
    prog = argv[0]
    if os.sep in prog:
        return os.path.isfile(prog) and os.access(prog, os.X_OK)
    return shutil.which(prog) is not None


def die(message):
    """Report a usage/setup error and exit with status 2."""
    print("run_tests.py: " + message, file=sys.stderr)
    sys.exit(2)


def decode(data):
    return data.decode("utf-8", errors="replace").replace("\r\n", "\n")


def run_program(argv, cwd, timeout, env):
    """Run argv; return a Run with stdout+stderr concatenated.

    The child gets its own process group so that a timeout kills it and
    anything it started (e.g. a wrapper script's children).
    """
    try:
        proc = subprocess.Popen(argv, cwd=cwd, env=env,
                                stdin=subprocess.DEVNULL,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                start_new_session=True)
    except OSError as exc:
        return Run(returncode=None, error=str(exc))
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = proc.communicate()
        return Run(decode(out), decode(err), None, timed_out=True)
    return Run(decode(out), decode(err), proc.returncode)


def describe_exit(code):
    if code is not None and code < 0:
        try:
            return "killed by signal %s" % signal.Signals(-code).name
        except ValueError:
            return "killed by signal %d" % -code
    return "exit status %s" % code


def display(path):
    """A test path as shown in reports: relative to cwd when inside it."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel


def make_diff(expected, actual, expected_label, actual_label):
    lines = list(difflib.unified_diff(
        expected.splitlines(), actual.splitlines(),
        expected_label, actual_label, lineterm=""))
    if len(lines) > MAX_DIFF_LINES:
        hidden = len(lines) - MAX_DIFF_LINES
        lines = lines[:MAX_DIFF_LINES] + ["... (%d more diff lines)" % hidden]
    return lines


# ---------------------------------------------------------------- discovery


def area_of(path):
    """The area (first directory below tests/) of a test path, or None."""
    rel = os.path.relpath(path, TESTS_DIR)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 and parts[0] != ".." else None


def tests_in_dir(directory):
    return sorted(os.path.join(directory, name)
                  for name in os.listdir(directory)
                  if name.endswith(".py") and os.path.isfile(
                      os.path.join(directory, name)))


def default_tests():
    found = []
    for area in sorted(os.listdir(TESTS_DIR)):
        directory = os.path.join(TESTS_DIR, area)
        if os.path.isdir(directory) and area not in EXCLUDED_AREAS:
            found.extend(tests_in_dir(directory))
    return found


def collect_tests(paths, excluded_areas, substring):
    """Expand paths (or the default set) and apply the filters."""
    if not paths:
        tests = default_tests()
    else:
        tests = []
        for path in paths:
            path = os.path.abspath(path)
            if os.path.isdir(path):
                tests.extend(tests_in_dir(path))
            elif os.path.isfile(path):
                tests.append(path)
            else:
                die("no such test or directory: %s" % path)
    tests = [t for t in tests if area_of(t) not in excluded_areas]
    if substring:
        tests = [t for t in tests if substring in os.path.relpath(t, TESTS_DIR)]
    return sorted(set(tests))


# ---------------------------------------------------------------- one test


class Runner:
    """Holds the configuration and runs single tests."""

    def __init__(self, args):
        self.mote = parse_command(args.mote)
        self.python = parse_command(args.python)
        self.mpy_cross = parse_command(args.via_mpy) if args.via_mpy else None
        self.timeout = args.timeout
        self.env = dict(os.environ)
        self.env["PYTHONHASHSEED"] = "0"
        self.env["PYTHONIOENCODING"] = "utf-8"
        self.env["PYTHONDONTWRITEBYTECODE"] = "1"

    def expected(self, path):
        """Return (expected Run, whether to compare the exit status)."""
        exp_file = path + ".exp"
        if os.path.exists(exp_file):
            with open(exp_file, "rb") as f:
                return Run(decode(f.read()), "", None), False
        run = run_program(self.python + [os.path.basename(path)],
                          os.path.dirname(path), self.timeout, self.env)
        return run, True

    def compile_mpy(self, path, tmpdir):
        """Compile path with mpy-cross; return (mpy path, error text)."""
        name = os.path.basename(path)
        mpy = os.path.join(tmpdir, name[:-3] + ".mpy")
        run = run_program(self.mpy_cross + ["-o", mpy, name],
                          os.path.dirname(path), self.timeout, self.env)
        if run.timed_out:
            return None, "mpy-cross timed out"
        if run.error:
            return None, "mpy-cross could not start: %s" % run.error
        if run.returncode != 0:
            return None, "mpy-cross failed (%s): %s" % (
                describe_exit(run.returncode), run.output.strip()[:500])
        return mpy, None

    def run_mote(self, path, tmpdir):
        """Run Mote on the test (or its .mpy); return (Run, error text)."""
        target = os.path.basename(path)
        env = self.env
        if self.mpy_cross:
            target, error = self.compile_mpy(path, tmpdir)
            if error:
                return None, error
            # The .mpy runs from tmpdir, so sys.path[0] is tmpdir: the test's
            # own folder (helper modules beside it) comes next, via MICROPYPATH.
            env = dict(self.env or os.environ, MICROPYPATH=os.path.dirname(path))
        return run_program(self.mote + [target], os.path.dirname(path),
                           self.timeout, env), None

    def run_test(self, path):
        with tempfile.TemporaryDirectory(prefix="mote-test-") as tmpdir:
            return self._run_test(path, tmpdir)

    def _run_test(self, path, tmpdir):
        actual, error = self.run_mote(path, tmpdir)
        if error:
            return Result(path, FAIL, error)
        if actual.error:
            return Result(path, FAIL, "mote could not start: %s" % actual.error)
        if actual.stdout_first_line == "SKIP":
            return Result(path, SKIP)
        if actual.timed_out:
            return Result(path, FAIL, "timed out after %gs" % self.timeout)
        if actual.returncode < 0:
            return Result(path, FAIL, "crashed: %s" % describe_exit(
                actual.returncode), self.diff(path, None, actual))

        expected, check_exit = self.expected(path)
        if expected.error or expected.timed_out:
            return Result(path, FAIL, "reference python failed: %s" % (
                expected.error or "timed out"))
        reasons = []
        if expected.output != actual.output:
            reasons.append("output differs")
        if check_exit and expected.returncode != actual.returncode:
            reasons.append("%s, expected %s" % (
                describe_exit(actual.returncode),
                describe_exit(expected.returncode)))
        if not reasons:
            return Result(path, PASS)
        return Result(path, FAIL, "; ".join(reasons),
                      self.diff(path, expected, actual))

    def diff(self, path, expected, actual):
        if expected is None:
            expected, _ = self.expected(path)
        label = "expected (.exp)" if os.path.exists(path + ".exp") \
            else "expected (%s)" % os.path.basename(self.python[0])
        return make_diff(expected.output, actual.output, label, "actual (mote)")


# ---------------------------------------------------------------- main


def parse_args(argv):
    p = argparse.ArgumentParser(
        description="Run Mote's Python script tests against CPython.")
    p.add_argument("--mote", required=True,
                   help="Mote executable (may include arguments)")
    p.add_argument("--python", default="python3",
                   help="reference CPython (default: python3)")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1,
                   help="parallel jobs (default: CPU count)")
    p.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT,
                   help="per-test timeout in seconds (default: 30)")
    p.add_argument("--via-mpy", metavar="MPYCROSS",
                   help="compile each test with this mpy-cross, run the .mpy")
    p.add_argument("--exclude-area", action="append", default=[],
                   metavar="NAME", help="skip tests/NAME/ (repeatable)")
    p.add_argument("-k", metavar="SUBSTRING",
                   help="only tests whose path under tests/ contains this")
    p.add_argument("--list-failures", metavar="FILE",
                   help="write the failing test paths to FILE")
    p.add_argument("-v", "--verbose", action="store_true",
                   help="also print passes and skips")
    p.add_argument("paths", nargs="*", help="test files or directories")
    return p.parse_args(argv)


def check_reference_python(runner):
    """Warn when the reference interpreter is not the one tests target."""
    code = "import sys; print(*sys.version_info[:2])"
    run = run_program(runner.python + ["-c", code], None, 30, runner.env)
    if run.error or run.returncode != 0:
        die("cannot run reference python %r" % " ".join(runner.python))
    version = tuple(int(x) for x in run.output.split()[:2])
    if version != REFERENCE_PYTHON:
        print("warning: reference python is %d.%d; the tests target "
              "CPython %d.%d and some error messages may differ"
              % (version + REFERENCE_PYTHON), file=sys.stderr)


def report(result, verbose):
    rel = display(result.path)
    if result.status == FAIL:
        print("FAIL %s: %s" % (rel, result.reason))
        for line in result.diff:
            print("    " + line)
    elif verbose:
        print("%s %s" % (result.status.upper(), rel))
    sys.stdout.flush()


def main(argv=None):
    args = parse_args(argv)
    runner = Runner(args)
    for tool in filter(None, (runner.mote, runner.mpy_cross)):
        if not command_exists(tool):
            die("not found or not executable: %s" % tool[0])
    check_reference_python(runner)
    excluded = set(args.exclude_area)
    if not args.paths:
        excluded |= set(EXCLUDED_AREAS)
    tests = collect_tests(args.paths, excluded, args.k)
    if not tests:
        print("warning: no tests selected", file=sys.stderr)

    results = []
    with concurrent.futures.ThreadPoolExecutor(max(1, args.jobs)) as pool:
        # map() yields in test order, so the report is deterministic.
        for result in pool.map(runner.run_test, tests):
            results.append(result)
            report(result, args.verbose)

    failed = sorted(display(r.path) for r in results if r.status == FAIL)
    if args.list_failures:
        with open(args.list_failures, "w") as f:
            f.writelines(path + "\n" for path in failed)
    counts = {s: sum(r.status == s for r in results) for s in (PASS, FAIL, SKIP)}
    print("%d passed, %d failed, %d skipped"
          % (counts[PASS], counts[FAIL], counts[SKIP]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
