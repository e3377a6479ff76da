# Integer division by zero in every form.
def attempt(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        print(type(e).__name__, e)
a, z = 7, 0
attempt(lambda: a / z)
attempt(lambda: a // z)
attempt(lambda: a % z)
attempt(lambda: divmod(a, z))
attempt(lambda: z ** -1)
attempt(lambda: (2 ** 100) // z)
attempt(lambda: (2 ** 100) % z)
