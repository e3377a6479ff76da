# Comparisons between big ints, small ints and floats are exact; equal numbers hash equal.
vals = [0, 1, -1, 2**53, 2**53 + 1, 2**63, -(2**63), 2**64 + 1, 10**30, -(10**30), 2**1000]
for a in vals:
    print([a < b for b in vals], [a == b for b in vals])
print(2**53 + 1 == float(2**53 + 1), 2**53 + 1 > float(2**53), 2**53 + 1 < 2.0**53 + 2)
print(10**400 > 1e308, -(10**400) < -1e308, 10**400 < float('inf'), 2**1024 > 1.7976931348623157e308)
print(10**30 == 1e30, 1e30 == 10**30, int(1e30) == 1e30, 2**100 == 2.0**100, 3 < 3.5, 2**70 + 0.5 > 2**70)
print(2**70 == 'x', 2**70 != None, 2**70 in [2**70], (2**70) in {2**70: 1})
for v in [2**53, 2**64, 2**100, -(2**90), 10**20]:
    print(hash(v) == hash(float(v)), hash(v) == hash(v + 0))
d = {2**100: 'a', 2.0**100: 'b', 10**20: 'c', 1e20: 'd'}
print(len(d), d[2**100], d[10**20])
s = {2**64, 2.0**64, 2**64 + 1}
print(len(s))
print(sorted([2**70, -5, 3.5, 2**65, -(2**80), 0]), max(2**100, 1e30), min(-(2**100), -1e30))
