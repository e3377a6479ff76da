# Big ints as dict keys and set members; equal values are the same key.
d = {2 ** 64: 'a', -(2 ** 70): 'b', 10 ** 30: 'c'}
print(d[18446744073709551616], d[-1180591620717411303424], d[int('1' + '0' * 30)])
d[2 ** 64] = 'replaced'
print(len(d), d[2 ** 64])
s = {2 ** 100, 2 ** 100, 2 ** 99 * 2, 2 ** 101 // 2}
print(len(s))
print(hash(2 ** 64) == hash(18446744073709551616), 2 ** 64 in d, 2 ** 65 in d)
print(d.get(2 ** 63), {2 ** 31: 1}.get(2147483648))
