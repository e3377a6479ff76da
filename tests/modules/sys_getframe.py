# sys._getframe(depth) gives the running frame's code, line, globals and caller (f_back).
import sys

def where(depth=1):
    frame = sys._getframe(depth)
    return frame.f_code.co_name, frame.f_lineno

def outer():
    return inner()

def inner():
    here = sys._getframe()
    chain = []
    while here is not None:
        chain.append(here.f_code.co_name)
        here = here.f_back
    return chain, where(), where(2)

print(outer())
top = sys._getframe()
print(top.f_code.co_name, top.f_back, top.f_globals is globals(), sys._getframe().f_lineno)
print(sys._getframe(0).f_code is top.f_code)
try:
    sys._getframe(50)
except ValueError as e:
    print("ValueError", e)
print(list(map(lambda _: sys._getframe(1).f_code.co_name, [0])))
