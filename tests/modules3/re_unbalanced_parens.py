# re: unbalanced parentheses are re.error with CPython's message and position.
import re
for pat in ["(a", "a)", "((a)", "(a))", "(?:a", "(?P<n>a", "a(b(c)d", "())", "[(]", r"\(", "(?=a", "(?!a))"]:
    try:
        r = re.compile(pat)
        print(repr(pat), "ok", r.groups)
    except re.error as e:
        print(repr(pat), e.msg, e.pos)
