# array: fromlist/tolist, count/index/remove/pop with errors, reverse, insert at out-of-range positions.
from array import array
a = array("h", [3, 1, 3])
a.fromlist([7, 8])
print(a, a.tolist(), a.count(3), a.index(3), a.index(8))
a.reverse()
a.insert(100, 9)
a.insert(-100, 0)
print(a, a.pop(), a.pop(0), a.pop(-2), a)
for call in ['a.index(42)', 'a.remove(42)', 'a.pop(50)', 'array("h").pop()', 'a.fromlist([1, "x"])', 'a.fromlist((1,))']:
    try:
        eval(call)
    except (ValueError, IndexError, TypeError) as e:
        print(call, type(e).__name__, e)
print(a)
