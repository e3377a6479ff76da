# array: errors, with CPython's types and messages.
from array import array
cases = ['array("z")', 'array(1)', 'array("ii")', 'array("b", [300])', 'array("b", [-300])', 'array("B", [-1])',
         'array("B", [256])', 'array("h", [40000])', 'array("H", [-1])', 'array("i", [2**31])', 'array("I", [2**32])',
         'array("q", [2**63])', 'array("Q", [-1])', 'array("Q", [2**64])', 'array("i", [1.5])',
         'array("i", ["a"])', 'array("f", ["a"])', 'array("i", [1])[5]', 'array("i").pop()',
         'array("i", [1]).remove(2)', 'array("i", [1]).index(2)', 'array("i").frombytes(b"abc")',
         'array("i", [1]) + [1]', 'array("i", [1]) + array("b")', 'array("i", "ab")', 'hash(array("i"))',
         'array("i", [1]).fromlist((1,))', 'array("i", [1])["x"]']
for c in cases:
    try:
        print(c, eval(c))
    except (ValueError, TypeError, OverflowError, IndexError) as e:
        print(c, type(e).__name__, e)
a = array("i", [1, 2])
for stmt in ("a[1:2] = [1]", "a[0] = 1.5", "a[3] = 1", "a[::2] = array('i', [1, 2])", "del a[5]"):
    try:
        exec(stmt)
    except (TypeError, IndexError, ValueError) as e:
        print(stmt, type(e).__name__, e)
print(a)
