# re: split, sub, subn and findall on a bytearray subject return bytes pieces, as for bytes.
import re

data = bytearray(b"one,two;three")
print(re.split(b"[,;]", data))
print(re.split(b"([,;])", data, 1))
print(re.compile(b",").split(data))
print(re.sub(b"[,;]", b" ", data))
print(re.subn(b"o", b"0", data))
print(re.findall(b"t[a-z]+", data))
m = re.search(b"t(w)o", data)
print(m.group(0), m.group(1), type(m.group(0)).__name__)
