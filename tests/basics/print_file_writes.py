# print(file=obj) calls obj.write once per argument, separator and end, then obj.flush if asked.
class Recorder:
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        return len(text)

    def flush(self):
        self.calls.append("<flush>")


r = Recorder()
print("a", 1, [2, 3], None, file=r)
print(file=r)
print("x", "y", sep="", end="", file=r, flush=True)
print(*range(3), sep=", ", end=".\n", file=r)
print(r.calls)


class Bad:
    def __str__(self):
        raise ValueError("no str")


r = Recorder()
try:
    print("before", Bad(), "after", file=r)
except ValueError as e:
    print("ValueError", e, r.calls)
