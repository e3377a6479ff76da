# str() and int() round-trip 200-digit numbers.
digits = ''.join(str(i % 10) for i in range(1, 201))
n = int(digits)
print(n)
print(len(str(n)), str(n) == digits, int(str(n)) == n)
print(-n)
print(str(-n)[:10], len(str(-n)))
m = 7 ** 250
s = str(m)
print(len(s), s[:20], s[-20:])
print(repr(10 ** 199), len(repr(10 ** 199)))
