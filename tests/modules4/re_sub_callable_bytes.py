# re: sub with a function replacement on bytes and bytearray subjects; count limits the replacements.
import re

def double(m):
    return m.group(0) * 2

print(re.sub(b"[0-9]", double, b"a1b2c3"))
print(re.sub(b"[0-9]", double, bytearray(b"a1b2c3"), 2))
print(re.subn(b"x", lambda m: b"", bytearray(b"xaxbx")))
