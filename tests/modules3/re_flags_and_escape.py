# re flags (IGNORECASE, DOTALL, VERBOSE, inline flags) and re.escape.
import re
print(re.findall("ab", "AB ab Ab", re.I), re.match("a.c", "a\nc"), re.match("a.c", "a\nc", re.S).group() == "a\nc")
print(re.match("(?i)HELLO", "hello").group(), re.match(r"""\d + # digits
                                                    [a-z]""", "12x", re.X).group(), re.findall("(?m)^x", "x\nx"))
print(re.escape("a.b*c"), re.escape("1+1=2?"), re.escape("plain_text"), re.match(re.escape("a.b"), "a.b").group())
print(re.I == re.IGNORECASE, re.M == re.MULTILINE, re.S == re.DOTALL, re.compile("x", re.I).flags & re.I != 0)
