# str.find, startswith, endswith, upper, lower.
s = 'Hello, World'
print(s.find('o'), s.find('o', 5), s.find('xyz'), s.find(''), s.find('World'))
print(s.find('l', 4, 10), s.find('H', 1))
print(s.startswith('Hell'), s.startswith('hell'), s.startswith(''), s.startswith('World', 7))
print(s.endswith('World'), s.endswith('d'), s.endswith('Hello'))
print(s.startswith(('x', 'H')), s.endswith(('a', 'b')))
print(s.upper(), s.lower(), '123abcXYZ!'.upper(), 'MiXeD'.lower())
