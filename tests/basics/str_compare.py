# Lexicographic string comparison.
print('a' < 'b', 'abc' < 'abd', 'ab' < 'abc', '' < 'a', 'B' < 'a')
print('abc' == 'abc', 'abc' != 'ABC', 'z' > 'aaa', 'a' >= 'a')
print(sorted(['pear', 'Apple', 'apple', 'fig', '', 'banana']))
print(max('hello'), min('hello'), max(['b', 'ab', 'abc']))
