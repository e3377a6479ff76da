# array: storing values of the wrong type is TypeError (floats into int arrays, str into any array).
from array import array
for tc, v in (("i", 1.0), ("i", "1"), ("b", None), ("d", "x"), ("f", [1]), ("d", 1), ("f", True), ("i", True)):
    a = array(tc)
    try:
        a.append(v)
        print(tc, repr(v), "ok", a)
    except TypeError as e:
        print(tc, repr(v), "TypeError", e)
