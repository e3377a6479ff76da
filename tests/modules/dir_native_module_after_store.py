# dir() of a builtin module lists its own names even after something was stored in it.
import sys
import math

names = dir(sys)
print([n for n in ("argv", "exit", "path", "modules", "version_info", "byteorder") if n in names])
print(names == sorted(names), len(names) == len(set(names)))

before = set(dir(math))
math.answer = 42
after = dir(math)
print("answer" in after, "sqrt" in after, before <= set(after), len(after) == len(set(after)))
del math.answer
print("answer" in dir(math), "sqrt" in dir(math))
