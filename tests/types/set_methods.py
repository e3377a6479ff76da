# set methods (results printed sorted or as small-int sets, whose order matches CPython).
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

s = {3, 1, 2}
s.add(4)
s.add(1)
s.discard(10)
s.discard(2)
s.remove(3)
print(s, len(s), 1 in s, 3 in s, 3 not in s)
t(lambda: s.remove(99))
s.update([5, 6], (7,), {8})
print(s)
print(s.union([9], {10}), s.intersection([1, 5, 99]), s.difference([1, 5]), s.symmetric_difference([1, 100]))
print(s.union(), s.intersection(), s.difference(), s.intersection({1, 4}, [4]), s.difference({1}, [4, 5]))
c = s.copy()
c.clear()
print(c, s, c == set(), s.copy() == s, s.copy() is s)
u = {1, 2, 3}
u.intersection_update([2, 3, 4], {3, 2})
print(u)
u = {1, 2, 3}
u.difference_update([1], {2})
print(u)
u = {1, 2, 3}
u.symmetric_difference_update({3, 4})
print(u)
print({1, 2}.issubset({1, 2, 3}), {1, 4}.issubset([1, 2]), {1, 2}.issuperset([1]), {1}.issuperset({1, 2}), {1}.isdisjoint([2]), {1}.isdisjoint({1}))
p = {5, 6, 7}
out = []
while p:
    out.append(p.pop())
print(sorted(out), p)
t(lambda: set().pop())
print(set(), set([]), set('aab') == {'a', 'b'}, set(range(5)), set({1: 2, 3: 4}), set(x * x for x in range(-3, 4)))
