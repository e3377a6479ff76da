# Adjacent string literals are concatenated at compile time.
s = 'abc' 'def' "ghi"
print(s)
long = ('first part, '
        'second part, '
        "third part")
print(long)
x = 3
print('value: ' f'{x}' ' units')
print(b'by' b'tes', r'\r' 'aw\n', end='')
print(len('a' 'b' 'c'))
