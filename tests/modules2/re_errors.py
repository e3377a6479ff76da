# re: invalid patterns and templates raise re.error (an Exception) with CPython's messages.
import re
print(issubclass(re.error, Exception))
for pat in ["(", ")", "a)", "(?P<a>x", "a**", "a*+*", "*a", "+", "a{3,2}", "[a", "[z-a]", r"\q", r"a\\", "x\\",
            "(?P<1>a)", "(?P<a>a)(?P<a>b)", r"(a)\2", "(?P=zz)", "(?z)", "(?<x)", "a(?i)b", "(?<=a+)b", "[\\d-z]", "[a-\\w]", "a{3}{0}", "{1}a"]:
    try:
        re.compile(pat)
        print("ok", repr(pat))
    except re.error as e:
        print(repr(pat), type(e).__name__, e)
for pat, repl in [(r"(a)", r"\2"), ("a", r"\q"), ("a", r"\g<x"), ("(a)", r"\g<2>"), ("a", "\\")]:
    try:
        re.sub(pat, repl, "a")
        print("ok")
    except re.error as e:
        print(repr(repl), type(e).__name__, e)
try:
    re.sub("(?P<a>a)", r"\g<b>", "a")
except IndexError as e:
    print("IndexError", e)
try:
    re.match("a", 5)
except TypeError:
    print("TypeError")
try:
    re.compile(5)
except TypeError as e:
    print("TypeError", e)
try:
    e = re.error("msg", "pat", 1)
    print(e.msg, e.pattern, e.pos, e)
except Exception as x:
    print("bad", x)
