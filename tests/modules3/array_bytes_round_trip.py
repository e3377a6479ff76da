# array: frombytes/tobytes round trips, itemsize, byteswap, frombytes of a partial item is ValueError.
from array import array
for tc in "bBhHiIqQfd":
    a = array(tc, [1, 2, 3])
    b = array(tc)
    b.frombytes(a.tobytes())
    print(tc, a.itemsize, len(a.tobytes()), a == b)
a = array("H", [1, 256])
a.byteswap()
print(a, bytes(array("b", [-1, 2])), array("B", b"ab"), array("b", bytearray(b"\x01\x02")))
for data in (b"\x01", b"\x01\x02\x03"):
    try:
        array("h").frombytes(data)
    except ValueError as e:
        print(len(data), "ValueError", e)
