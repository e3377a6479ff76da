#!/usr/bin/env python3
"""Imports of .mpy files, checked end to end with the real tools.

Script tests cannot make .mpy files, so this driver (run by ctest as
`mpy_imports`) builds a small tree in a temporary directory with
build/mpy-cross and runs build/mote on it:

  - a module present as both x.py and x.mpy: the .py wins (MicroPython's rule);
  - a module only as .mpy: imported, __file__ is the .mpy;
  - a package whose __init__ and submodules are .mpy, with relative imports;
  - `mote x.mpy` runs it as __main__; `mote -c "import x"` after mpy-cross;
  - a truncated .mpy and a MicroPython .mpy on sys.path: ValueError naming
    what is wrong, and the module is not left in sys.modules;
  - mpy-cross reports a syntax error as the device does, with exit status 1;
  - every script test that compiles gives a file that the independent reader
    of docs/mpy-format.md (tools/mpy-cross/mpy_dump.py) parses completely.

Usage: check_mpy_import.py --mote build/mote --mpy-cross build/mpy-cross
Prints "N passed, N failed" and exits 1 on a failure.
"""

import argparse
import glob
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
sys.path.insert(0, os.path.join(ROOT, "tools", "mpy-cross"))
import mpy_dump  # noqa: E402

CHECKS = []


def check(fn):
    CHECKS.append(fn)
    return fn


class Env:
    def __init__(self, mote, mpy_cross, root):
        self.mote, self.mpy_cross, self.root = mote, mpy_cross, root

    def write(self, rel, text):
        path = os.path.join(self.root, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(text)
        return path

    def compile(self, rel, text, keep_py=False):
        """Writes rel (a .py path), compiles it next to itself, removes the .py."""
        py = self.write(rel, text)
        r = subprocess.run([self.mpy_cross, "-s", rel, py], capture_output=True, text=True)
        if r.returncode:
            raise AssertionError("mpy-cross failed on %s: %s" % (rel, r.stderr))
        if not keep_py:
            os.remove(py)
        return py[:-3] + ".mpy"

    def run(self, *args):
        r = subprocess.run([self.mote, *args], cwd=self.root, capture_output=True, text=True, timeout=60)
        return r.returncode, r.stdout + r.stderr


def expect_equal(actual, expected):
    if actual != expected:
        raise AssertionError("expected:\n%s\nactual:\n%s" % (expected, actual))


@check
def py_wins_over_mpy(env):
    env.compile("both.py", "WHERE = 'mpy'\n")
    env.write("both.py", "WHERE = 'py'\n")
    expect_equal(env.run("-c", "import both; print(both.WHERE, both.__file__)"), (0, "py both.py\n"))


@check
def mpy_only(env):
    env.compile("only.py", "def f(x):\n    return [i * x for i in range(3)]\nprint('only: body', __name__)\n")
    expect_equal(env.run("-c", "import only; print(only.f(2), only.__file__)"),
                 (0, "only: body only\n[0, 2, 4] only.mpy\n"))


@check
def mpy_package_with_relative_imports(env):
    env.compile("pk/__init__.py", "from .a import A\nfrom . import b\nNAME = 'pk'\n")
    env.compile("pk/a.py", "A = 'a'\n")
    env.compile("pk/b.py", "from .a import A\nB = A + 'b'\n")
    env.compile("pk/c.py", "from . import NAME\nC = NAME + '.c'\n")
    expect_equal(env.run("-c", "import pk, pk.c\nprint(pk.A, pk.b.B, pk.c.C, pk.__path__, pk.__file__)"),
                 (0, "a ab pk.c ['pk'] pk/__init__.mpy\n"))


@check
def mpy_as_main(env):
    mpy = env.compile("main_mpy.py", "print(__name__, __name__ == '__main__')\n")
    expect_equal(env.run(os.path.basename(mpy)), (0, "__main__ True\n"))


@check
def traceback_from_mpy_names_the_source(env):
    env.compile("tb.py", "def f():\n    raise KeyError('k')\n\nf()\n")
    code, out = env.run("tb.mpy")
    expect_equal((code, out), (1, 'Traceback (most recent call last):\n  File "tb.py", line 4, in <module>\n'
                                  '  File "tb.py", line 2, in f\nKeyError: \'k\'\n'))


@check
def truncated_mpy_on_path(env):
    mpy = env.compile("trunc.py", "X = 1\ndef g():\n    return X\n")
    with open(mpy, "rb") as f:
        data = f.read()
    with open(mpy, "wb") as f:
        f.write(data[: len(data) // 2])
    code, out = env.run("-c", "import sys\ntry:\n    import trunc\nexcept ValueError as e:\n"
                              "    print(str(e).split(':')[0], 'trunc' in sys.modules)")
    expect_equal((code, out), (0, "truncated .mpy False\n"))


@check
def micropython_mpy_on_path(env):
    with open(os.path.join(env.root, "upy.mpy"), "wb") as f:
        f.write(bytes([0x4D, 0x06, 0x00, 0x1F, 0x02, 0x00, 0x0E]) + b"test.py")
    code, out = env.run("-c", "try:\n    import upy\nexcept ValueError as e:\n    print(e)")
    expect_equal((code, out), (0, "incompatible .mpy file: this is a MicroPython .mpy (version 6); Mote "
                                  "reads Mote .mpy version 2 (recompile with Mote's mpy-cross)\n"))


@check
def mpy_cross_syntax_error(env):
    bad = env.write("bad.py", "x = (1,\ny = 2\n")
    r = subprocess.run([env.mpy_cross, bad], capture_output=True, text=True, cwd=env.root)
    mote_code, mote_out = env.run("bad.py")
    # mpy-cross prints the error exactly as the device does, and fails.
    expect_equal((r.returncode, r.stdout + r.stderr.replace(bad, "bad.py")), (mote_code, mote_out))
    if r.returncode != 1 or "SyntaxError" not in r.stderr:
        raise AssertionError("mpy-cross: status %d, %r" % (r.returncode, r.stderr))


@check
def spec_reader_accepts_every_file(env):
    bad = []
    count = 0
    for py in sorted(glob.glob(os.path.join(ROOT, "tests", "*", "*.py"))):
        out = os.path.join(env.root, "t.mpy")
        if subprocess.run([env.mpy_cross, "-o", out, py], capture_output=True).returncode:
            continue  # SyntaxError tests and the like
        count += 1
        with open(out, "rb") as f:
            try:
                mpy_dump.read_mpy(f.read())
            except mpy_dump.MpyError as e:
                bad.append("%s: %s" % (os.path.relpath(py, ROOT), e))
    if count < 100 or bad:
        raise AssertionError("%d files; the spec reader rejects:\n%s" % (count, "\n".join(bad)))


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--mote", required=True)
    p.add_argument("--mpy-cross", required=True)
    args = p.parse_args(argv)
    passed = failed = 0
    for fn in CHECKS:
        with tempfile.TemporaryDirectory(prefix="mote-mpy-import-") as root:
            try:
                fn(Env(os.path.abspath(args.mote), os.path.abspath(args.mpy_cross), root))
                passed += 1
            except Exception as e:  # a failed check, or the tools misbehaving
                failed += 1
                print("FAIL %s: %s" % (fn.__name__, e))
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
