# Slicing strings with all combinations of bounds and steps.
s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[:], s[-3:], s[:-3])
print(s[::2], s[1::2], s[::-1], s[::-2], s[8:2:-2])
print(s[5:2], s[100:], s[-100:2], s[3:100], repr(s[4:4]))
print(s[-1:-4:-1], s[2:-2:3])
print(s[slice(1, 4)], s[slice(None, None, 3)])
