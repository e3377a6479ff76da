# Operators on user classes without the matching dunder methods.
class A:
    pass
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
a = A()
attempt(lambda: a + 1)
attempt(lambda: 1 + a)
attempt(lambda: a * a)
attempt(lambda: a < a)
attempt(lambda: a >= 2)
attempt(lambda: -a)
attempt(lambda: len(a))
attempt(lambda: a[0])
attempt(lambda: iter(a))
print(a == a, a != A())
