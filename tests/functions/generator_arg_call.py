# A bare generator expression can be the sole argument of a call.
print(sum(x * x for x in range(5)), max(len(w) for w in ['a', 'abc', 'ab']))
print(list(c.upper() for c in 'abc'), sorted((x % 3 for x in range(7)), reverse=True))
print(tuple(i for i in range(3)), ''.join(str(d) for d in [1, 2, 3]))
def count(it):
    return sum(1 for _ in it)
print(count(x for x in range(100) if x % 7 == 0))
