# re: malformed character classes (unterminated, reversed ranges, class escapes in ranges).
import re
for pat in ["[", "[a", "[]", "[^]", "[a-", "[z-a]", "[a-\\d]", "[\\w-z]", "[]a]", "[a-z", "[]-a]", "[-a]", "[a-]"]:
    try:
        r = re.compile(pat)
        print(repr(pat), "ok", bool(r.match("a")))
    except re.error as e:
        print(repr(pat), e)
