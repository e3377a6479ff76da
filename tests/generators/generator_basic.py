# A generator function produces values lazily.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
print(list(count_up(4)), list(count_up(0)))
g = count_up(3)
print(type(g).__name__, next(g), next(g), next(g), next(g, 'end'))
def letters():
    yield 'a'
    yield 'b'
    yield 'c'
for ch in letters():
    print(ch, end=' ')
print()
print(sum(count_up(101)), 'b' in letters(), max(count_up(5)))
