# partition/rpartition.
for s in ['key=value', 'key=value=more', 'novalue', '=start', 'end=', '']:
    print(s.partition('='), s.rpartition('='))
print('a::b::c'.partition('::'), 'a::b::c'.rpartition('::'), 'αβγ'.partition('β'), 'abc'.partition('abc'))
for f in [lambda: 'a'.partition(''), lambda: 'a'.rpartition(''), lambda: 'a'.partition(1)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
