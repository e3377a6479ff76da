# array: slicing, slice assignment with arrays of the same typecode only, comparisons, concatenation.
from array import array
a = array("i", range(8))
print(a[2:5], a[::-2], a[-2:], a[5:2])
a[1:3] = array("i", [10, 20, 30])
print(a)
del a[::3]
print(a)
for v in ([1, 2], array("h", [1])):
    try:
        a[0:1] = v
    except TypeError as e:
        print(type(v).__name__, "TypeError")
print(array("i", [1, 2]) < array("i", [1, 3]), array("i", [1]) == array("d", [1.0]), array("b", [1]) + array("b", [2]))
print(array("i", [1, 2]) * 2, 3 * array("b", [7]), array("i") == array("i"), array("i", [3]) != array("i", [3]))
