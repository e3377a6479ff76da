# array: invalid typecodes are ValueError (one bad character) or TypeError (not one character), with CPython's messages.
from array import array
for tc in ("z", "ii", "", "I ", "D", "c", 1, None, b"i"):
    try:
        array(tc)
        print(repr(tc), "ok")
    except (ValueError, TypeError) as e:
        print(repr(tc), type(e).__name__, e)
print([array(tc).typecode for tc in "bBhHiIlLqQfd"])
