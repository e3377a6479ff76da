# array: concatenation, repetition, in-place operators and comparisons.
from array import array
a = array("i", [1, 2])
b = array("i", [3])
print(a + b, a * 3, 3 * a, a * 0, a * -1)
c = a
c += b
c *= 2
print(c, a, c is a)
print(array("i", [1, 2]) == array("b", [1, 2]), array("i", [1, 2]) == [1, 2], array("i", [1, 2]) != array("i", [1]))
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) < array("i", [1, 0]), array("d", [2.0]) >= array("i", [2]))
print(array("i", [1, 2]) > array("i", [1, 2]), array("i") == array("d"), sorted([array("i", [2]), array("i", [1])]))
e = array("i", range(10))
del e[::3]
print(e)
e[::2] = array("i", [0, 0, 0])
print(e, bool(array("i")), bool(e))
for x in array("h", [5, -6]):
    print(x)
