# Immutable types reject mutation.
def attempt(fn):
    try:
        fn()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
t, s, fs, b = (1, 2), 'abc', frozenset([1]), b'xy'
attempt(lambda: t.append(3))
attempt(lambda: fs.add(2))
attempt(lambda: fs.discard(1))
attempt(lambda: s.clear())
attempt(lambda: b.append(1))
def del_str():
    del s[0]
attempt(del_str)
