# binascii.a2b_base64: incorrect padding and stray characters; valid inputs with and without newlines.
import binascii
for s in [b"YQ==", b"YQ=", b"YQ", b"Y", b"YWI=", b"YWI", b"YWJj", b"YW Jj", b"YWJj\n", b"Y===", b"====", b"", b"YQ==YQ==", b"Y!Q=="]:
    try:
        print(s, binascii.a2b_base64(s))
    except binascii.Error as e:
        print(s, "binascii.Error", e)
print(binascii.b2a_base64(b"ab"), binascii.b2a_base64(b"ab", newline=False), binascii.b2a_base64(b""))
