# Builtin instances have no __dict__, so setting attributes fails.
def attempt(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, e)
n = 5
o = object()
lst = []
def set_int():
    n.attr = 1
def set_object():
    o.attr = 1
def set_list():
    lst.size = 3
attempt(set_int)
attempt(set_object)
attempt(set_list)
attempt(lambda: setattr('s', 'x', 1))
