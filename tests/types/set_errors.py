# Unhashable items and other set errors.
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

t(lambda: {[1]})
t(lambda: set([[1]]))
t(lambda: {1}.add({2}))
t(lambda: [1] in {1})
t(lambda: {1}.remove([1]))
t(lambda: {frozenset({1})}.remove({1}))
t(lambda: {1}.discard({1}))
t(lambda: {frozenset({1, 2})} >= {frozenset([2, 1])})
t(lambda: {1} in {frozenset({1})})
t(lambda: hash({1}))
t(lambda: set(1))
t(lambda: set([1], [2]))
t(lambda: set(x=1))
t(lambda: frozenset(1))
t(lambda: set.add(5, 1))
t(lambda: frozenset({1}).add(2))
def mutate():
    s = {1, 2, 3}
    for x in s:
        s.add(x + 10)
t(mutate)
