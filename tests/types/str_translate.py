# str.maketrans / str.translate.
t = str.maketrans('abc', 'xyz')
print(sorted(t.items()), 'aabbcc-abc'.translate(t))
t2 = str.maketrans('ab', 'AB', 'c')
print('abcabc'.translate(t2), 'héllo'.translate({ord('é'): 'e', ord('l'): None}), 'xyz'.translate({120: 'ks', 121: 65}))
print(sorted(str.maketrans({'a': 'b', 99: None}).items()), 'abc'.translate({}))
for f in [lambda: str.maketrans('ab', 'a'), lambda: str.maketrans({'ab': 1}), lambda: str.maketrans(1),
          lambda: 'a'.translate({97: 1.5})]:
    try:
        print(f())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
