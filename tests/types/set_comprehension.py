# Set displays and comprehensions build sets through the same table.
print({i for i in range(10) if i % 3}, {c for c in 'abca'} == {'a', 'b', 'c'})
print({*[1, 2], *{3}}, {1, *range(4, 6)}, len({i // 2 for i in range(100)}))
s = {i * 7 % 10 for i in range(10)}
print(s, sorted(s) == list(range(10)))
