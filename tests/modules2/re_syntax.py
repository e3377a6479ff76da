# re: classes, ranges, negation, repetition (greedy, lazy, counted), alternation, anchors, lookaround, backrefs.
import re
tests = [
    (r"[a-c]+", "xxabcabd"), (r"[^a-c]+", "abcdef"), (r"\d+\.\d*", "v 3.14 x"), (r"\D+", "12ab3"),
    (r"\w+", "  h_1 "), (r"\W+", "ab, cd"), (r"\s+", "a \t\nb"), (r"\S+", "  ab  "), (r"[\d.]+", "v1.25x"),
    (r"[a-z-]+", "ab-c"), (r"[]a]+", "]a]"), (r"[\]]", "x]"), (r"a.c", "a\nc abc"), (r"a*", "aaab"),
    (r"a+?", "aaa"), (r"a*?b", "aaab"), (r"a??b", "ab"), (r"a{2}", "aaaa"), (r"a{2,3}", "aaaa"),
    (r"a{2,}?", "aaaa"), (r"a{,2}", "aaaa"), (r"x{1,2}y", "xxxy"), (r"a.*b", "axxbyyb"), (r"a.*?b", "axxbyyb"),
    (r"cat|dog|bird", "a dog"), (r"^ab", "ab"), (r"^b", "ab"), (r"b$", "ab\n"), (r"\Aab\Z", "ab"),
    (r"\bfoo\b", "a foo b"), (r"\Boo\B", "foo fooo"), (r"(?<=a)b", "cbab"), (r"(?<!a)b", "abcb"),
    (r"a(?=b)", "acab"), (r"a(?!b)", "abac"), (r"(\w)\1", "abccd"), (r"(?P<q>['\"]).*?(?P=q)", "say 'hi' \"x\""),
    (r"(a*)*", "b"), (r"(a*)+b", "aab"), (r"(a|b)*c", "ababc"), (r"x*", "abxd"), (r"\x41\u0042\t", "AB\t"),
    (r"\$\d\.", "cost $5."), (r"(?i)HeLLo", "say hello"), (r"[^\n]+", "ab\ncd"),
    (r"\d{3}-\d{4}", "call 555-1234 now"), (r"(\d+)(?:px|em)", "12em"), (r"a|", "b"), (r"", "abc"),
]
for pat, s in tests:
    m = re.search(pat, s)
    print(repr(pat), None if m is None else (m.group(), m.span(), m.groups()))
print(re.findall(r"(?m)^\w", "ab\ncd\nef"), re.findall(r"^\w", "ab\ncd"), re.findall(r"(?m)\w$", "ab\ncd"))
print(re.search(r"(?s)a.b", "a\nb").group() == "a\nb", re.search(r"a.b", "a\nb"))
print(re.findall(r"[A-Z]+", "aBcDEf", re.I), re.match(r"[^a]", "A", re.I), re.match(r"\w+", "ÀÉî").group())
print(re.findall(r"(?x) \d+  # digits", "a12b345"), re.search(r"(?i:A)b", "ab Ab aB").group())
print(re.match(r"(?s:.)+", "a\nb").group() == "a\nb", re.search(r"(?#comment)x", "yx").span())
