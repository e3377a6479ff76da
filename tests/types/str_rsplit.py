# str.rsplit mirrors split from the right.
for s in ['', ' a b  c ', 'one,two,,three,', 'a\tb\nc', '  x  y  ']:
    print(repr(s), s.rsplit(), s.rsplit(None, 1), s.rsplit(','), s.rsplit(maxsplit=0), s.rsplit(',', 1))
print('a--b--c'.rsplit('--', 1), 'aaa'.rsplit('aa'), 'k=v=w'.rsplit('=', 1), 'path/to/file'.rsplit('/', 1)[-1])
print('héllo wörld xyz'.rsplit(' ', 1), 'a€b€c'.rsplit('€', 1), 'abc'.rsplit('abc'), 'abc'.rsplit('abcd'))
