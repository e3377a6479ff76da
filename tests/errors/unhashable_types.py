# Mutable containers cannot be hashed.
def attempt(fn):
    try:
        fn()
    except TypeError as e:
        print(type(e).__name__, e)
lst, dct, st = [1], {}, set()
attempt(lambda: hash(lst))
attempt(lambda: {lst: 1})
attempt(lambda: {1: 2}[dct])
attempt(lambda: {st})
attempt(lambda: set([lst]))
attempt(lambda: frozenset([dct]))
attempt(lambda: hash((1, [2])))
attempt(lambda: {}.setdefault(bytearray(b'x')))
print(hash((1, 2)) == hash((1, 2)))
