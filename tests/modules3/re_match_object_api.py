# re Match objects: expand, pos/endpos, re, string, group with several args, start/end of unmatched groups.
import re
p = re.compile(r"(\w)(\d)?")
m = p.search("--a--", 1, 4)
print(m.group(0, 1, 2), m.start(2), m.end(2), m.span(2), m.pos, m.endpos, m.re is p, m.string)
print(m.expand(r"[\1]"), bool(m), m.lastindex, p.match("ab", 1).group(), p.fullmatch("a1").groups(), p.fullmatch("a12"))
print(p.search("a1", 5), p.findall("a1b2c", 1, 4), p.sub("#", "a1b", 1), p.split("x1y", 1))
