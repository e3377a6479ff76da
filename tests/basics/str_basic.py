# String concatenation, repetition, indexing and membership.
s = 'hello'
t = s + ', ' + 'world'
print(t, len(t), len(''))
print(s * 3, 3 * 'ab', 'x' * 0, 'y' * -2 == '')
print(s[0], s[4], s[-1], s[-5])
print('ell' in s, 'elo' in s, '' in s, 'h' not in s)
acc = ''
for ch in s:
    acc = ch + acc
print(acc)
print(s == 'hel' + 'lo', s != 'Hello', str(), str('abc'))
