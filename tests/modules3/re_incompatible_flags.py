# re: flag arguments CPython rejects (LOCALE with str, UNICODE with bytes, ASCII with UNICODE/LOCALE) are ValueError.
import re
for pat, flags in (("a", re.LOCALE), ("a", re.ASCII | re.UNICODE), (b"a", re.UNICODE), (b"a", re.ASCII | re.LOCALE),
                   ("a", re.ASCII), (b"a", re.ASCII), ("a", re.UNICODE), ("a", re.I | re.LOCALE)):
    try:
        p = re.compile(pat, flags)
        print(repr(pat), int(flags), "ok", int(p.flags & (re.ASCII | re.UNICODE | re.LOCALE)))
    except ValueError as e:
        print(repr(pat), int(flags), "ValueError", e)
