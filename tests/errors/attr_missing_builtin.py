# Missing attributes and methods on builtin objects.
def attempt(fn):
    try:
        fn()
    except AttributeError as e:
        print(type(e).__name__, e)
n, s, lst, d, none = 5, 'str', [], {}, None
attempt(lambda: n.real_value)
attempt(lambda: s.append('x'))
attempt(lambda: lst.push(1))
attempt(lambda: d.has_key('k'))
attempt(lambda: none.anything)
attempt(lambda: frozenset().add(1))
attempt(lambda: (1, 2).append(3))
