# Every augmented assignment operator, on names, items and attributes.
x = 17
x += 3; print(x)
x -= 5; print(x)
x *= 2; print(x)
x //= 4; print(x)
x %= 4; print(x)
x **= 3; print(x)
x <<= 2; print(x)
x >>= 1; print(x)
x &= 0b1100; print(x)
x |= 0b0011; print(x)
x ^= 0b1111; print(x)
x /= 2; print(x)
s = 'ab'
s += 'cd'; s *= 2; print(s)
lst = [1, 2]
alias = lst
lst += [3]
print(alias, lst is alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
d = {'k': 1}
d['k'] += 10
lst[0] -= 1
class C: pass
o = C()
o.n = 5
o.n *= 3
print(d, lst, o.n)
