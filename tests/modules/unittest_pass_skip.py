# unittest.main runs TestCase methods in name order and reports passes and skips like CPython.
import sys
import unittest


class Arith(unittest.TestCase):
    def setUp(self):
        self.base = 10

    def test_add(self):
        print("test_add")
        self.assertEqual(self.base + 1, 11)
        self.assertNotEqual(self.base, 11)

    def test_checks(self):
        print("test_checks")
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIn(2, (1, 2))
        self.assertIsNone(None)
        self.assertIsInstance(1, int)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertLess(1, 2)

    @unittest.skip("not today")
    def test_skipped(self):
        print("never printed")

    @unittest.skipIf(False, "runs")
    def test_zz_last(self):
        print("test_zz_last")


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
