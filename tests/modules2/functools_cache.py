# functools: lru_cache (hits/misses/eviction, cache_clear), cache, cmp_to_key, total_ordering.
import functools
calls = []
@functools.lru_cache(maxsize=2)
def sq(x):
    calls.append(x)
    return x * x
print(sq(2), sq(3), sq(2), sq(4), sq(3))
print(calls, sq.cache_info())
sq.cache_clear()
print(sq.cache_info().hits, sq.cache_info().currsize)
@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60))
@functools.cache
def one(a, b=1):
    return a + b
print(one(1), one(1, b=2), one(1))
print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: b - a)))
@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, o):
        return self.v == o.v
    def __lt__(self, o):
        return self.v < o.v
print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2))
