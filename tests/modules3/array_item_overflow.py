# array: storing out-of-range values by item assignment, append, insert and extend is OverflowError.
from array import array
for tc, v in (("b", 128), ("b", -129), ("B", 256), ("B", -1), ("h", 2**15), ("H", 2**16), ("i", 2**31), ("I", -1), ("q", 2**63), ("Q", 2**64)):
    a = array(tc, [0])
    for op in ("a[0] = v", "a.append(v)", "a.insert(0, v)", "a.extend([v])"):
        try:
            exec(op)
            print(tc, op, "ok")
        except OverflowError as e:
            print(tc, op, "OverflowError", e)
    print(a)
