# hashlib: update in pieces gives the one-shot digest; constructor data counts as the first update.
import hashlib
data = bytes(range(256)) * 5
for name in ("sha256", "sha1", "md5"):
    h = getattr(hashlib, name)
    x = h()
    for i in range(0, len(data), 37):
        x.update(data[i:i + 37])
    y = h(data[:100])
    y.update(memoryview(data)[100:])
    print(name, x.digest() == h(data).digest(), y.digest() == h(data).digest(), len(x.digest()), h(bytearray(b"ab")).digest() == h(b"ab").digest())
