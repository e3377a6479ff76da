# Tuple syntax: commas make tuples, parentheses group.
a = 1,
b = (1)
c = ()
d = 1, 2,
print(a, b, c, d, type(a).__name__, type(b).__name__)
def f():
    return 1, 2
print(f(), len(f()))
for t in (1, 2), (3, 4):
    print(t)
print((1, 2) + (3,), ((1,),), (((),),))
x = [1, 2,]
y = {'a': 1,}
print(x, y)
