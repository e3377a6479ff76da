# atexit handlers still run when the program ends with an uncaught exception (after it is reported).
import atexit
import sys

sys.tracebacklimit = 0  # the report is then just "ValueError: boom", the same in every implementation

def farewell(name):
    print("handler", name, "ran")

atexit.register(farewell, "first")
atexit.register(farewell, "second")
print("about to fail")
raise ValueError("boom")
