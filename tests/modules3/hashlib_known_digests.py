# hashlib: known digests of the empty string, "abc" and the 56-byte two-block test vector.
import hashlib, binascii
for msg in (b"", b"abc", b"abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"):
    for name in ("sha256", "sha1", "md5"):
        print(name, len(msg), binascii.hexlify(getattr(hashlib, name)(msg).digest()))
