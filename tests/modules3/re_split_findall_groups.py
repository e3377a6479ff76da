# re.split with capture groups and maxsplit; findall with 0, 1 and several groups; finditer spans.
import re
print(re.split(r"[,;]", "a,b;c"), re.split(r"([,;])", "a,b;c"), re.split(r",", "a,b,c", maxsplit=1), re.split("x*", "axbc"))
print(re.split(r"(a)|b", "1a2b3"), re.split(r"\s+", "  lead and trail  "))
print(re.findall(r"\d", "a1b2"), re.findall(r"(\w)=(\d)", "a=1, b=2"), re.findall(r"(\d)x|y", "1xy"))
print([m.span() for m in re.finditer(r"\w+", "ab  cde f")], [m.group(1) for m in re.finditer(r"(\d)(\d)?", "12 3")])
