# Float division by zero.
def attempt(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
f, z, zf = 7.5, 0, 0.0
attempt(lambda: f / z)
attempt(lambda: f / zf)
attempt(lambda: 1 / zf)
attempt(lambda: f // zf)
attempt(lambda: zf ** -1)
print(isinstance(ZeroDivisionError(), ArithmeticError))
