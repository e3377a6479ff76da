# Unbounded recursion raises RecursionError, which can be caught.
def f():
    f()
try:
    f()
except RecursionError as e:
    print(type(e).__name__)
def g(n):
    return g(n + 1) + 1
try:
    g(0)
except RuntimeError as e:
    print(type(e).__name__, isinstance(e, RuntimeError))
def depth(n):
    return n if n == 0 else depth(n - 1)
print(depth(50))
