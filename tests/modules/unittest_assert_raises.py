# TestCase.assertRaises as a context manager (keeping the exception) and as a call.
import sys
import unittest


class Raises(unittest.TestCase):
    def test_context(self):
        with self.assertRaises(ZeroDivisionError) as cm:
            1 // 0
        print(type(cm.exception).__name__)

    def test_call(self):
        self.assertRaises(KeyError, {}.__getitem__, "k")
        print("call ok")

    def test_not_raised(self):
        try:
            with self.assertRaises(ValueError):
                pass
        except AssertionError as e:
            print("AssertionError", e)

    def test_other_passes_through(self):
        try:
            with self.assertRaises(ValueError):
                raise KeyError("x")
        except KeyError:
            print("KeyError propagated")


class Capture:
    # collects what the runner writes to stderr, minus the run time (not deterministic)
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)

    def flush(self):
        pass


real_stderr, sys.stderr = sys.stderr, Capture()
unittest.main(exit=False)
captured, sys.stderr = sys.stderr, real_stderr
for line in "".join(captured.parts).split("\n"):
    print(line.split(" in ")[0] if line.startswith("Ran ") else line)
