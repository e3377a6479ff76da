# Dictionary comprehensions.
print({x: x * x for x in range(5)})
print({k: v for k, v in zip('abc', [1, 2, 3]) if v != 2})
words = ['apple', 'bob', 'cat', 'apple']
print({w: len(w) for w in words})
d = {'a': 1, 'b': 2}
print({v: k for k, v in d.items()})
print({i: {j: i * j for j in range(2)} for i in range(2)})
print({str(i): i for i in range(3)}['2'])
