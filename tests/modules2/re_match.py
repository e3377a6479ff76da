# re: match/search/fullmatch, groups, named groups, match object methods and repr.
import re
m = re.match(r"(\d+)-(\d+)", "12-345 rest")
print(m.group(), m.group(0), m.group(1, 2), m.groups(), m.start(2), m.end(2), m.span(1), m[1], m)
print(re.match("b", "ab"), re.search("b", "ab").span(), re.fullmatch("a+", "aaa").group(), re.fullmatch("a+", "aab"))
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)", "mail me@ex.org now")
print(m.groupdict(), m.group("host"), m["user"], m.start("host"), m.lastgroup, m.lastindex)
m = re.match(r"(a)(b)?(c)?", "ac")
print(m.groups(), m.groups("-"), m.span(2), m.start(2), m.lastindex)
print(re.match(r"((a)b)", "ab").lastindex, re.match(r"(a)|(b)", "b").lastindex)
print(re.match(r"(?:ab)+", "ababx").group(), re.match(r"(a|ab)(c|bcd)(d*)", "abcd").groups())
p = re.compile(r"\w+")
print(p.pattern, p.groups, p.search("  hey you").group(), p.match("  x"), p.match("  hey", 2).group(), p.search("abc", 1, 2).group())
print(re.compile(r"(?P<a>x)(y)").groupindex == {"a": 1}, re.compile("(a)(b)").groups)
print(p, re.compile("a", re.I), re.compile("a", re.I | re.M))
m = re.search("b+", "abbc")
print(m.string, m.re is re.compile("b+"), m.pos, m.endpos, m.expand(r"[\g<0>]"))
try:
    m.group(3)
except IndexError as e:
    print("IndexError", e)
