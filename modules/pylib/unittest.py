# unittest — a small subset of CPython's unittest: TestCase with the common
# assert methods, skip decorators, and main(), which runs the TestCase
# classes of __main__ and reports on stderr the way CPython's text runner
# does (one character per test, then "Ran N tests", then OK/FAILED).
# Frozen Python.
import sys


class SkipTest(Exception):
    pass


class _Failure(AssertionError):
    pass


class _RaisesContext:
    def __init__(self, expected):
        self.expected = expected
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            name = getattr(self.expected, "__name__", str(self.expected))
            raise AssertionError("%s not raised" % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc
        return True


class TestCase:
    failureException = AssertionError

    def __init__(self, methodName="runTest"):
        self._testMethodName = methodName

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def skipTest(self, reason):
        raise SkipTest(reason)

    def fail(self, msg=None):
        raise AssertionError(msg)

    def _check(self, ok, default, msg):
        if not ok:
            raise AssertionError(default if msg is None else msg)

    def assertEqual(self, a, b, msg=None):
        self._check(a == b, "%r != %r" % (a, b), msg)

    def assertNotEqual(self, a, b, msg=None):
        self._check(a != b, "%r == %r" % (a, b), msg)

    def assertTrue(self, x, msg=None):
        self._check(x, "%r is not true" % (x,), msg)

    def assertFalse(self, x, msg=None):
        self._check(not x, "%r is not false" % (x,), msg)

    def assertIs(self, a, b, msg=None):
        self._check(a is b, "%r is not %r" % (a, b), msg)

    def assertIsNot(self, a, b, msg=None):
        self._check(a is not b, "unexpectedly identical: %r" % (a,), msg)

    def assertIsNone(self, x, msg=None):
        self._check(x is None, "%r is not None" % (x,), msg)

    def assertIsNotNone(self, x, msg=None):
        self._check(x is not None, "unexpectedly None", msg)

    def assertIn(self, a, b, msg=None):
        self._check(a in b, "%r not found in %r" % (a, b), msg)

    def assertNotIn(self, a, b, msg=None):
        self._check(a not in b, "%r unexpectedly found in %r" % (a, b), msg)

    def assertIsInstance(self, x, cls, msg=None):
        self._check(isinstance(x, cls), "%r is not an instance of %r" % (x, cls), msg)

    def assertNotIsInstance(self, x, cls, msg=None):
        self._check(not isinstance(x, cls), "%r is an instance of %r" % (x, cls), msg)

    def assertGreater(self, a, b, msg=None):
        self._check(a > b, "%r not greater than %r" % (a, b), msg)

    def assertGreaterEqual(self, a, b, msg=None):
        self._check(a >= b, "%r not greater than or equal to %r" % (a, b), msg)

    def assertLess(self, a, b, msg=None):
        self._check(a < b, "%r not less than %r" % (a, b), msg)

    def assertLessEqual(self, a, b, msg=None):
        self._check(a <= b, "%r not less than or equal to %r" % (a, b), msg)

    def assertAlmostEqual(self, a, b, places=None, msg=None, delta=None):
        if a == b:
            return
        if delta is not None:
            self._check(abs(a - b) <= delta, "%r != %r within %r delta" % (a, b, delta), msg)
        else:
            places = 7 if places is None else places
            self._check(round(abs(a - b), places) == 0, "%r != %r within %r places" % (a, b, places), msg)

    def assertNotAlmostEqual(self, a, b, places=None, msg=None, delta=None):
        if delta is not None:
            self._check(a != b and abs(a - b) > delta, "%r == %r within %r delta" % (a, b, delta), msg)
        else:
            places = 7 if places is None else places
            self._check(a != b and round(abs(a - b), places) != 0, "%r == %r within %r places" % (a, b, places), msg)

    def assertRaises(self, expected, *args, **kwargs):
        ctx = _RaisesContext(expected)
        if not args:
            return ctx
        with ctx:
            args[0](*args[1:], **kwargs)
        return None


def skip(reason):
    def decorator(test):
        def skipped(*args, **kwargs):
            raise SkipTest(reason)

        return skipped

    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda test: test)


def skipUnless(condition, reason):
    return skipIf(not condition, reason)


def expectedFailure(test):
    def wrapper(*args, **kwargs):
        try:
            test(*args, **kwargs)
        except Exception:
            return
        raise AssertionError("unexpected success")

    return wrapper


def _run_one(cls, name, counts):
    test = cls(name)
    try:
        test.setUp()
        try:
            getattr(test, name)()
        finally:
            test.tearDown()
    except SkipTest:
        counts["skipped"] += 1
        return "s"
    except AssertionError as e:
        counts["failures"].append((cls, name, e))
        return "F"
    except Exception as e:
        counts["errors"].append((cls, name, e))
        return "E"
    return "."


def _test_classes(module):
    for name in sorted(dir(module)):
        obj = getattr(module, name)
        if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase:
            yield obj


def _report(kind, items):
    for cls, name, e in items:
        sys.stderr.write("=" * 70 + "\n")
        sys.stderr.write("%s: %s (__main__.%s.%s)\n" % (kind, name, cls.__name__, name))
        sys.stderr.write("-" * 70 + "\n")
        sys.stderr.write("%s: %s\n\n" % (type(e).__name__, e))


def main(module="__main__", exit=True):
    if isinstance(module, str):
        module = sys.modules[module]
    counts = {"run": 0, "skipped": 0, "failures": [], "errors": []}
    for cls in _test_classes(module):
        cls.setUpClass()
        for name in sorted(n for n in dir(cls) if n.startswith("test") and callable(getattr(cls, n))):
            counts["run"] += 1
            sys.stderr.write(_run_one(cls, name, counts))
        cls.tearDownClass()
    sys.stderr.write("\n")
    _report("ERROR", counts["errors"])
    _report("FAIL", counts["failures"])
    run = counts["run"]
    sys.stderr.write("-" * 70 + "\n")
    sys.stderr.write("Ran %d test%s in 0.000s\n\n" % (run, "" if run == 1 else "s"))
    bad = len(counts["failures"]) + len(counts["errors"])
    details = []
    if counts["failures"]:
        details.append("failures=%d" % len(counts["failures"]))
    if counts["errors"]:
        details.append("errors=%d" % len(counts["errors"]))
    if counts["skipped"]:
        details.append("skipped=%d" % counts["skipped"])
    status = "FAILED" if bad else "OK"
    sys.stderr.write(status + (" (%s)" % ", ".join(details) if details else "") + "\n")
    if exit:
        sys.exit(1 if bad else 0)
