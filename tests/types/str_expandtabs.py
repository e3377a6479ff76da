# expandtabs: columns, line breaks reset the column, tabsize.
for s in ['a\tb', '\t', 'abc\tde\tf', 'x\ny\tz', 'ab\r\tc', 'é\tx', '']:
    print(repr(s.expandtabs()), repr(s.expandtabs(4)), repr(s.expandtabs(tabsize=1)), repr(s.expandtabs(0)), repr(s.expandtabs(-1)))
try:
    'a'.expandtabs('x')
except TypeError as e:
    print('TypeError', e)
