# array: construction from lists, bytes and arrays; indexing, slicing, methods and repr.
from array import array
a = array("i", [1, 2, 3, 4])
print(a, array("d", [1, 2]), array("f", [1.5, 2]), array("B", b"ab"), array("i"), array("b", range(3)), array("i", array("b", [1, 2])))
print(len(a), a[0], a[-1], a[1:3], a[::2], a[::-1], 2 in a, 9 in a, list(a), a.tolist(), a.typecode, a.itemsize)
a.append(5)
a.extend([6, 7])
a.extend(array("i", [8]))
a.insert(0, 0)
a.insert(-1, 99)
a.insert(100, 100)
print(a, a.pop(), a.pop(0), a.pop(-2), a, a.index(3), a.count(3), a.index(7, -3))
a.remove(5)
a.reverse()
print(a)
a[0] = -1
a[1:3] = array("i", [10, 20, 30])
del a[-1]
del a[::2]
print(a, a.tobytes()[:8])
b = array("h", [1, 256])
b.byteswap()
print(b, bytes(array("h", [1, 256])), array("h").frombytes(b"\x01\x00\x02\x00"))
c = array("h")
c.frombytes(b"\x01\x00\x02\x00")
c.fromlist([3, 4])
print(c, array("Q", [2**64 - 1]), array("q", [-2**63]), array("I", [2**32 - 1]), array("f", [0.1])[0])
print(array("i", [1, 2, 3]).buffer_info()[1], memoryview(array("i", [7, 8]))[1], bytearray(array("B", [65, 66])))
