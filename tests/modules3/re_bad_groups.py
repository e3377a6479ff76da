# re: bad group names and references are re.error with CPython's messages.
import re
for pat in ["(?P<>a)", "(?P<1a>a)", "(?P<a-b>a)", "(?P<a>a)(?P=b)", "(?P=a)(?P<a>a)", r"(a)\2", r"\1(a)",
            "(?P<a>x)(?P<a>y)", "(?P", "(?P<a", "(?Px)", r"(?P<n>a)\g<n>", "(?P<n>a)(?P=n)"]:
    try:
        r = re.compile(pat)
        print(repr(pat), "ok", r.groups)
    except re.error as e:
        print(repr(pat), e)
