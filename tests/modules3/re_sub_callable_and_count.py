# re.sub/subn with a function replacement, count limits, group references in templates and empty matches.
import re
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"), re.subn("a", "b", "aaaa", count=2))
print(re.sub(r"(\w)(\d)", r"\2\1", "a1 b2"), re.sub(r"(?P<w>\w+)@", r"<\g<w>>", "x@ yy@"), re.sub("(a)", r"\g<1>0", "a"))
print(re.sub("", "-", "abc"), re.sub("x*", "-", "abxd"), re.subn(r"\s+", " ", "a  b \t c"))
print(re.sub("a", r"\n", "a") == "\n", re.sub("a", "\\\\", "a"), re.sub(b"a", b"b", b"aa"))
def boom(m):
    raise ValueError("from repl")
try:
    re.sub("a", boom, "a")
except ValueError as e:
    print("ValueError", e)
