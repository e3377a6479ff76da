# str.split: whitespace rules, separators, maxsplit.
for s in ['', '  ', 'a', ' a b  c ', 'a\tb\nc\r\nd\x0be\x0cf', 'one,two,,three,', 'a\u3000b\xa0c\u2003d', '\x1cx\x1dy']:
    print(repr(s), s.split(), s.split(None, 1), s.split(','), s.split(maxsplit=2), s.split(',', 1))
print('a--b--c'.split('--'), 'a--b--c'.split('--', 1), '--a--'.split('--'), 'aaa'.split('a'), 'aaa'.split('aa'))
print('x y z'.split(' ', 0), 'x y z'.split(maxsplit=0), '  x  y  '.split(maxsplit=0), '  x  y  '.split(None, 1))
print('1,2,3'.split(sep=','), 'a b'.split(sep=None), 'héllo wörld'.split('ö'), 'a€b€c'.split('€', 1))
