# hashlib: sha256, sha1 and md5 digests (block-boundary lengths), update/copy, and errors.
import hashlib
for name in ("sha256", "sha1", "md5"):
    h = hashlib.new(name, b"abc")
    print(name, h.hexdigest(), h.digest_size, h.block_size, h.name)
    h = getattr(hashlib, name)()
    h.update(b"a" * 1000)
    c = h.copy()
    h.update(b"x")
    print(h.hexdigest(), c.hexdigest(), c.digest() == c.digest(), len(h.digest()))
print(hashlib.sha256(b"").digest(), hashlib.md5(memoryview(b"abc")).hexdigest(), hashlib.sha1(bytearray(b"abc")).hexdigest())
for n in (55, 56, 63, 64, 65, 119, 120):
    print(n, hashlib.sha256(b"q" * n).hexdigest()[:16], hashlib.md5(b"q" * n).hexdigest()[:16], hashlib.sha1(b"q" * n).hexdigest()[:16])
print(hashlib.new("SHA256").name, hashlib.sha256(string=b"abc").hexdigest()[:8])
for c in ('hashlib.sha256("x")', 'hashlib.sha256(1)', 'hashlib.new("foo")', 'hashlib.md5().update("s")'):
    try:
        print(c, eval(c))
    except (TypeError, ValueError) as e:
        print(c, type(e).__name__, e)
