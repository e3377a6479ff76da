# str.strip and str.replace.
print(repr('  pad  '.strip()), repr('\t\n x \n'.strip()), repr(''.strip()))
print('xxhixx'.strip('x'), '<<a>>'.strip('<>'), 'abcba'.strip('ab'))
print('a-b-c'.replace('-', '+'), 'aaa'.replace('a', 'bb'), 'aaa'.replace('a', 'b', 2))
print('hello'.replace('l', ''), 'hello'.replace('', '.'), 'abc'.replace('x', 'y'))
print('banana'.replace('ana', 'ANA'), 'mississippi'.replace('ss', 'S'))
