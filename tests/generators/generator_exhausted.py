# An exhausted generator stays exhausted; each call creates a new one.
def two():
    yield 1
    yield 2
g = two()
print(list(g), list(g), next(g, None))
print(list(two()), list(two()))
h = two()
for x in h:
    print('first loop', x)
    break
for x in h:
    print('second loop resumes', x)
print(iter(h) is h)
