# re: sub/subn (backrefs, \g<name>, function repl, count, empty matches), split, findall, finditer, escape.
import re
try:
    import ure
except ImportError:
    ure = re
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, foo bar"))
print(re.sub(r"(?P<k>\w+)=(?P<v>\w+)", r"\g<v>:\g<k>|\g<1>", "a=1 b=2"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) * 2), "a1 b22 c333"))
print(re.sub("a", "b", "aaaa", 2), re.sub("a", "b", "aaaa", count=1), re.subn("a", "-", "banana"))
print(re.sub("x*", "-", "abxd"), re.sub("", "-", "abc"), re.sub(r"\s+", " ", "  a  b \n c "))
print(re.sub("(a)|b", r"[\1]", "ab"), re.sub("a", r"\n\t\\", "a") == "\n\t\\", re.sub("a", "\\\\q", "a"))
print(re.split(r",\s*", "a, b,c,  d"), re.split(r"(,)", "a,b"), re.split(",", "a,b,c", 1), re.split("x*", "axbc"))
print(re.split(r"(a)|b", "xaybz"), re.split(r"\s+", " lead trail "), re.split("z", "abc"))
print(re.findall(r"\d+", "a1b22c333"), re.findall(r"(\w)=(\d)", "a=1,b=2"), re.findall(r"(\w)(x)?", "ab"))
print(re.findall(r"x*", "axb"), re.findall("", "ab"))
print([m.span() for m in re.finditer(r"\w+", "ab cd  e")], [m.group(1) for m in re.finditer(r"<(\w)>", "<a><b>")])
print(re.escape("a.b*c d+(e)[f]{g}?^$|\\-#&~"), re.escape("plain_text123"))
print(re.compile(r"o").sub("0", "foo boo"), re.compile(r"(\d)").split("a1b2c"), ure.sub("b", "c", "abc"))
print(re.sub(b"a", b"x", b"banana"), re.findall(rb"\d", b"a1b2"), re.match(b"(a)", b"ab").group(1))
