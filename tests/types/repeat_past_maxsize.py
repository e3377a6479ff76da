# Repeating str or bytes past sys.maxsize bytes raises OverflowError; list, tuple and bytearray raise MemoryError.
import sys

for seq in ("abc", b"abc", bytearray(b"abc"), [1, 2, 3], (1, 2, 3)):
    try:
        seq * sys.maxsize
    except OverflowError as e:
        print(type(seq).__name__, "OverflowError", e)
    except MemoryError:
        print(type(seq).__name__, "MemoryError")

# Just past what fits is still an error, and a zero or negative count is empty.
for seq in ("ab", b"ab", [0, 1]):
    try:
        seq * (sys.maxsize // 2 + 2)
    except (OverflowError, MemoryError):
        print(type(seq).__name__, "raises")
    print(repr(seq * 0), repr(seq * -sys.maxsize))
