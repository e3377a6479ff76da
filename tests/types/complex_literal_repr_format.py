# repr/str of complex literals, in f-strings, %-formatting and str.format (no format spec).
print(repr(2j), str(-2.5j), repr(1 + 0j), repr(-0j), repr(0.1 + 0.2j))
z = 3 - 4j
print(f"{z}", f"{z!r}", f"{2j}", f"{-1.5j=}", f"{1j + 1:}")
print("%s and %r" % (1j, -1j), "{} {}".format(1e10j, 1 + 1e-10j))
print(str([1j, (2j,)]), {1j: -1j})
