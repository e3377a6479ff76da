# str.strip/lstrip/rstrip with default whitespace and explicit character sets.
for s in ['', '   ', '  ab  ', '\t\n ab \r\x0b\x0c', 'xxabxx', 'ab', '\u3000ab\xa0', 'ééabéé']:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip('x')), repr(s.strip('xé ')))
print('www.example.com'.strip('cmowz.'), '<<a>>'.lstrip('<'), '<<a>>'.rstrip('>'), 'abc'.strip(''), 'abc'.strip(None))
for m in ['strip', 'lstrip', 'rstrip']:
    try:
        getattr('a', m)(5)
    except TypeError as e:
        print('TypeError', e)
