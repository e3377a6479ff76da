# str.replace with counts, empty patterns and non-ASCII text.
s = 'one two one two one'
print(s.replace('one', '1'), s.replace('one', '1', 2), s.replace('one', '', 1), s.replace('x', 'y'), s.replace('one', 'one'))
print('abc'.replace('', '-'), 'abc'.replace('', '-', 2), ''.replace('', 'x'), 'aaa'.replace('a', 'bb'), 'aaaa'.replace('aa', 'a'))
print('héllo'.replace('é', 'e'), 'a€b€'.replace('€', 'EUR'), 'abc'.replace('b', 'ß'), 'xyz'.replace('xyz', ''), 'aa'.replace('a', 'b', 0))
print('abc'.replace('', '-', -1), 'abab'.replace('ab', 'ba', -5))
for args in [(1, 'b'), ('a', 1), ('a',), ('a', 'b', 'c')]:
    try:
        'a'.replace(*args)
    except TypeError as e:
        print('TypeError', e)
