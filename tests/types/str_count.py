# str.count: non-overlapping, empty substring, ranges.
s = 'aaaa bbb aaaa'
print(s.count('a'), s.count('aa'), s.count('aaa'), s.count(''), s.count('', 5), s.count('', 14), s.count('b', 5, 7))
print(s.count('a', -4), s.count('a', 2, -2), s.count('x'), ''.count(''), ''.count('a'), 'ααα'.count('α'), 'ααα'.count(''))
for a in [(5,), ('a', 'b')]:
    try:
        s.count(*a)
    except TypeError as e:
        print('TypeError', e)
