# find/rfind/index/rindex with start/end (negative, out of range, None).
s = 'hello world, hello'
for sub in ['hello', 'o', 'xyz', '', 'd, h', 'hello world, hello!']:
    print(sub, s.find(sub), s.rfind(sub), s.find(sub, 1), s.rfind(sub, 0, 10), s.find(sub, -5), s.find(sub, 3, -3), s.find(sub, None, None))
print(s.find('', 18), s.find('', 19), s.rfind('', 19), s.find('o', 100), s.find('h', -100), 'abc'.find('c', 2, 1))
print(s.index('world'), s.rindex('l'), s.index('o', 5, 10))
for f in [lambda: s.index('xyz'), lambda: s.rindex('xyz'), lambda: s.find(5), lambda: s.find('a', 'x'),
          lambda: s.index('hello', 1, 5)]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
u = 'αβγ δεζ αβγ'
print(u.find('γ'), u.rfind('αβγ'), u.find('δ', 3), u.index('ζ'), u.find('β', -3), u.rfind('', 2, 4))
