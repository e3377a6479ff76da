# The string module's character-class constants and capwords() match CPython's.
import string

for name in ("ascii_lowercase", "ascii_uppercase", "ascii_letters", "digits", "hexdigits",
             "octdigits", "punctuation", "whitespace"):
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(len(string.printable), string.printable.endswith(string.whitespace))
print(all(c.isalnum() for c in string.ascii_letters + string.digits))
print(sorted(set(string.punctuation)) == sorted(string.punctuation))
print(string.capwords("  the   quick brown\tfox "))
print(string.capwords("one,two,,three", ","), repr(string.capwords("")))
table = str.maketrans(string.ascii_lowercase, string.ascii_lowercase[1:] + "a")
print("hello".translate(table))
