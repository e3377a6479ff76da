# hashlib.new: names are case-insensitive; unknown names are ValueError, non-str names TypeError; data= works.
import hashlib
print(hashlib.new("sha256", b"abc").digest() == hashlib.sha256(b"abc").digest(), hashlib.new("MD5").digest_size,
      hashlib.new("Sha1", data=b"x").digest() == hashlib.sha1(b"x").digest())
for name in ("nope", ""):
    try:
        hashlib.new(name)
    except ValueError as e:
        print(repr(name), "ValueError")
try:
    hashlib.new(5)
except TypeError as e:
    print("TypeError", e)
