# bytearray is a mutable bytes sequence.
ba = bytearray(b'abc')
print(ba, len(ba))
ba[0] = 65
ba.append(100)
ba.extend(b'ef')
print(ba, ba[1], ba[-2:])
ba[1:3] = b'XYZ'
print(ba)
del ba[0]
print(ba, bytes(ba), bytearray(2), bytearray([1, 2, 255]))
print(ba == b'XYZdef', b'XYZ' in ba)
