# atexit handlers run after the program ends (even through sys.exit), last registered first, with their arguments.
import atexit
import sys

def report(label, suffix="!"):
    print("exit handler", label + suffix)

@atexit.register
def first():
    print("first registered, runs last")

print(atexit.register(report, "b", suffix="?") is report)
atexit.register(report, "c")

def dropped():
    print("unregistered: never runs")

atexit.register(dropped)
atexit.register(dropped)
atexit.unregister(dropped)

try:
    atexit.register(42)
except TypeError:
    print("TypeError")

print("main program done")
sys.exit(3)
