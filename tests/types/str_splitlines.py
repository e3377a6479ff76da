# str.splitlines: every line boundary CPython knows, keepends.
s = 'a\nb\r\nc\rd\x0be\x0cf\x1cg\x1dh\x1ei\x85j\u2028k\u2029l\n\nlast'
print(s.splitlines())
print(s.splitlines(True))
print(s.splitlines(keepends=True) == s.splitlines(True))
for t in ['', '\n', 'x', 'x\n', '\n\nx', 'x\r\n', 'x\r\r\n']:
    print(repr(t), t.splitlines(), t.splitlines(True))
