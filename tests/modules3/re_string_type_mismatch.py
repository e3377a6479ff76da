# re: str patterns on bytes (and bytes patterns on str) are TypeError; other subject types too.
import re
for pat, s in [("a", b"a"), (b"a", "a"), ("a", 5), ("a", None), (b"a", bytearray(b"xa"))]:
    try:
        m = re.search(pat, s)
        print(repr(pat), "ok", m.group())
    except TypeError as e:
        print(repr(pat), type(s).__name__, "TypeError", e)
