# Subscripting and item assignment on unsupported objects.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
n, none, t, s = 5, None, (1, 2), 'abc'
attempt(lambda: n[0])
attempt(lambda: none[0])
def set_tuple():
    t[0] = 9
def set_str():
    s[0] = 'x'
def del_tuple():
    del t[0]
def set_int():
    n[0] = 1
attempt(set_tuple)
attempt(set_str)
attempt(del_tuple)
attempt(set_int)
