# re: anchors ^ $ \A \Z \b \B with and without MULTILINE.
import re
s = "one two\nthree four\n"
print(re.findall(r"^\w+", s), re.findall(r"^\w+", s, re.M), re.findall(r"\w+$", s), re.findall(r"\w+$", s, re.M))
print(re.findall(r"\A\w+", s, re.M), re.findall(r"\w+\Z", "ab cd"), re.search(r"\w+\Z", s))
print(re.findall(r"\bt\w+", s), re.findall(r"\Bo\w*", s), re.findall(r"o\b", "foo boo oo"))
print(re.match("$", ""), re.search("a$", "a\n").span(), re.search(r"a\Z", "a\n"))
