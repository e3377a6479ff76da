# binascii: hexlify/unhexlify (with separators) and base64, including CPython's lenient decoding.
import binascii
print(binascii.hexlify(b"\x00\xffab"), binascii.b2a_hex(b"ab"), binascii.hexlify(bytearray(b"xyz")), binascii.hexlify(b""))
print(binascii.hexlify(b"abc", "-"), binascii.hexlify(b"abcde", b":", 2), binascii.hexlify(b"abcde", ":", -2))
print(binascii.unhexlify("4142"), binascii.unhexlify(b"00ff"), binascii.a2b_hex("6162"), binascii.unhexlify(""))
print(binascii.b2a_base64(b"abcd"), binascii.b2a_base64(b"abcd", newline=False), binascii.b2a_base64(b""))
print(binascii.b2a_base64(bytes(range(256)))[:40])
print(binascii.a2b_base64(b"YWJj"), binascii.a2b_base64("YWJjZA=="), binascii.a2b_base64("YW=Jj"), binascii.a2b_base64("Y!W!J!j"))
print(binascii.a2b_base64("YWJjZA==YWJj"), binascii.a2b_base64(""), binascii.a2b_base64(binascii.b2a_base64(bytes(range(200)))) == bytes(range(200)))
print(binascii.crc32(b"hello"), binascii.crc32(b"hello", 5), binascii.crc32(b"lo", binascii.crc32(b"hel")), binascii.crc32(b""), binascii.crc32(b"", -1))
