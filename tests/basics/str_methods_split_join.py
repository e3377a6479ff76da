# str.split and str.join.
print('a b  c'.split(), '  lead and trail  '.split())
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), ''.split(), ''.split(','))
print('one::two::three'.split('::'), 'no-sep'.split('x'))
print('a b c d'.split(None, 2), 'a\tb\nc'.split())
print('-'.join(['x', 'y', 'z']), ''.join(['a', 'b']), ', '.join([]))
print(' '.join(str(i) for i in range(5)), '+'.join('abc'))
words = 'the quick brown fox'.split()
print('_'.join(reversed(words)))
