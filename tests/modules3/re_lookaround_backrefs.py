# re: lookahead, lookbehind (fixed width only), backreferences by number and name, case-insensitive backrefs.
import re
print(re.findall(r"\w+(?=!)", "hi! yo? ok!"), re.findall(r"(?<=\$)\d+", "$5 and 6 and $77"), re.findall(r"(?<!-)\b\d", "-1 2 -3 4"))
print(re.search(r"(\w)\1", "abccd").group(), re.search(r"(?P<q>['\"]).*?(?P=q)", "say 'hi' now").group(), re.match(r"(?i)(a)\1", "aA"))
print(re.sub(r"(\w+) \1", r"\1", "the the cat cat sat"), re.findall(r"q(?!u)", "qatar quit qi"))
for pat in [r"(?<=a+)b", r"(?<=a|bc)d", r"(?<=ab)c"]:
    try:
        print(pat, re.findall(pat, "abcd"))
    except re.error as e:
        print(pat, "re.error", e)
