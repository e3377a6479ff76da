# Comprehension variables do not leak; they can read enclosing names.
x = 'outer'
result = [x for x in range(3)]
print(result, x)
def f():
    factor = 10
    return [i * factor for i in range(3)]
print(f())
def g():
    data = [1, 2, 3]
    return {k: [k * d for d in data] for k in 'ab'}
print(g())
funcs = [lambda: i for i in range(3)]
print([fn() for fn in funcs])
class C:
    values = [1, 2, 3]
    doubled = [v * 2 for v in values]
print(C.doubled)
