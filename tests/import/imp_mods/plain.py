# A plain module: counts how often its body runs.
import sys

VALUE = 42
_private = "hidden"
sys.plain_runs = getattr(sys, "plain_runs", 0) + 1
print("plain: body runs, __name__ =", __name__)


def func(x):
    return x * VALUE


class Thing:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Thing(%d)" % self.n
