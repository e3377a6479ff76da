# Set construction, add/remove/discard and membership (printed sorted).
s = {3, 1, 2}
s.add(4)
s.add(1)
print(sorted(s), len(s), 2 in s, 9 in s, 9 not in s)
s.remove(3)
s.discard(3)
s.discard(100)
print(sorted(s))
print(sorted(set('mississippi')), len(set()), set() == set([]))
print(sorted(set([5, 5, 1, 1, 0])), {1, 2} == {2, 1}, {1} != {1, 2})
t = set()
for w in 'the cat and the hat'.split():
    t.add(w)
print(sorted(t), len(t))
