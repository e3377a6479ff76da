# Recursive generators with yield from: tree traversal.
tree = ('root', [('a', [('a1', []), ('a2', [])]), ('b', [('b1', [('b1x', [])])])])
def walk(node, depth=0):
    name, children = node
    yield depth, name
    for child in children:
        yield from walk(child, depth + 1)
for depth, name in walk(tree):
    print('  ' * depth + name)
def flatten(x):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, (3, [4])], [[5]]])))
