# Set algebra with | & - ^ and the in-place forms.
a = {1, 2, 3, 4}
b = {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a), sorted(a ^ b))
print({1, 2} <= a, {1, 2} < a, a <= a, a < a, a >= {1}, {9} > set())
c = set(a)
c |= {10}
c &= {1, 2, 10, 20}
print(sorted(c))
c -= {1}
c ^= {2, 3}
print(sorted(c))
print(sorted({'x', 'y'} | {'z'}), sorted(set('abc') - set('b')))
