# functools.lru_cache/cache: hits and misses, maxsize eviction, cache_clear, typed keys, unhashable arguments.
import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(2), sq(3), sq(4), sq(2), calls)
print(sq.cache_info())
sq.cache_clear()
print(sq.cache_info(), sq(2), calls[-1])
@functools.cache
def ident(x):
    calls.append(("i", x))
    return x
print(ident(1), ident(1.0), ident(1), calls[-2:])
try:
    ident([1])
except TypeError as e:
    print("TypeError", e)
