# match: TypeErrors raised while matching class patterns, ValueError for duplicate value keys
class A:
    __match_args__ = ("x", "y")
    x = 1
    y = 2

class B:
    __match_args__ = ["x"]

class C:
    __match_args__ = (1,)

class K:
    ONE = 1
    ALSO_ONE = 1

def attempt(label, f):
    try:
        print(label, f())
    except (TypeError, ValueError) as e:
        print(label, type(e).__name__, e)

def too_many():
    match A():
        case A(a, b, c):
            return "matched"

def repeated():
    match A():
        case A(a, x=b):
            return "matched"

def not_tuple():
    match B():
        case B(a):
            return "matched"

def not_str():
    match C():
        case C(a):
            return "matched"

def builtin_two():
    match 5:
        case int(a, b):
            return "matched"

def not_a_class():
    f = len
    match 5:
        case f():
            return "matched"

def dup_value_keys():
    match {1: 2, 3: 4}:
        case {K.ONE: a, K.ALSO_ONE: b}:
            return "matched"

def no_attr():
    match A():
        case A(z=1):
            return "matched"
    return "no match"

for f in [too_many, repeated, not_tuple, not_str, builtin_two, dup_value_keys, no_attr]:
    attempt(f.__name__, f)
try:
    not_a_class()
except TypeError:
    print("not_a_class TypeError")
