# chr and ord are inverses.
print(ord('A'), ord('a'), ord('0'), ord(' '), ord('\n'), ord('~'))
print(chr(65), chr(97), chr(48), repr(chr(10)), repr(chr(0)))
print(''.join(chr(ord(c) + 1) for c in 'HAL'))
print(all(ord(chr(i)) == i for i in range(256)))
print([chr(i) for i in range(ord('a'), ord('f'))])
