# hashlib: str data is TypeError ("Strings must be encoded before hashing"); other non-buffers too.
import hashlib
for name in ("sha256", "sha1", "md5"):
    h = getattr(hashlib, name)
    for v in ("text", 5, None, [1]):
        try:
            h(v)
        except TypeError as e:
            print(name, type(v).__name__, "TypeError", e if isinstance(v, str) else "")
    x = h()
    try:
        x.update("s")
    except TypeError as e:
        print(name, "update TypeError", e)
