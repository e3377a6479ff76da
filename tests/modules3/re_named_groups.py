# re: named groups — group(name), groupdict (with default), lastgroup, lastindex, start/end by name.
import re
m = re.match(r"(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?", "2024-05 rest")
print(m.group("year"), m["month"], m.group("day"), m.groupdict(), m.groupdict("?"))
print(m.lastgroup, m.lastindex, m.start("month"), m.end("month"), m.span("year"), m.groups(), m.groups(0))
print(re.compile(r"(?P<a>x)(?P<b>y)").groupindex == {"a": 1, "b": 2})
for key in ("nope", 5, -1):
    try:
        m.group(key)
    except IndexError as e:
        print(repr(key), "IndexError", e)
