# re: long inputs and pathological nesting run without deep recursion (explicit backtrack stack).
import re
s = "a" * 20000 + "b"
print(re.match(r"a*b", s).end(), re.match(r"a*?b", s).end(), re.search(r"[ab]+$", s).span(), re.match(r".*", s).end())
print(len(re.findall(r"a", s)), re.fullmatch(r"a*b", s) is not None, re.match(r"(a*)*$", "a" * 500).end())
t = "ab" * 1500
print(re.match(r"(a|b)*", t).end(), re.fullmatch(r"(?:ab|a)*", t) is not None, re.search(r"(?:a+)+c", "a" * 12))
print(len(re.sub(r"a", "xy", "a" * 5000)), re.match(r"(\w+\s?)+$", "word " * 300).end())
