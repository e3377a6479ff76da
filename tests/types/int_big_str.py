# str/repr/hex/oct/bin of big ints.
def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r

for n in [20, 21, 25, 50, 100]:
    print(n, fact(n))
f = fact(500)
s = str(f)
print(len(s), s[:30], s[-30:], int(s) == f)
for v in [2**31, -2**31, 2**63, -2**63 - 1, 2**64, 10**18, 10**19, -(10**27), 999999999999999999999]:
    print(v, repr(v), hex(v), oct(v), bin(v)[:40])
print(hex(2**200 - 1), oct(-(8**30)), bin(2**65))
print(str(10**100), len(str(10**1000)), str(-10**1000)[:5])
print([2**70, -2**70], (2**80,), {2**90: 1})
