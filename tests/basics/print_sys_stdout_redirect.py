# Assigning sys.stdout redirects print() without file=; restoring it prints to the console again.
import sys


class Capture:
    def __init__(self):
        self.text = ""

    def write(self, s):
        self.text += s
        return len(s)


saved = sys.stdout
cap = Capture()
sys.stdout = cap
print("hidden", 1)
print("line", "two", sep="|")
sys.stdout = saved
print("captured:", repr(cap.text))
print("to stdout explicitly", file=sys.stdout)
