# Non-ASCII strings: length counts code points.
s = 'h\u00e9llo \u4e16\u754c'
print(s, len(s))
print(s[1], s[-1], s[6:], s[::-1])
print([ord(c) for c in s[:2]], chr(233), chr(0x4e16), ord('\u20ac'))
print('\u00e9' in s, 'e' in s, s.find('\u4e16'))
print(len('\U0001F600'), ord('\U0001F600'))
