# str.format with simple {} / {0} / {name} fields.
print('{} + {} = {}'.format(1, 2, 3))
print('{0}{1}{0}'.format('ab', 'cd'))
print('{name} is {age}'.format(name='Ann', age=7))
print('{0} and {x}'.format('pos', x='kw'))
print('{{literal}} {}'.format('braces'))
print('{}|{}|{}'.format(None, 1.5, [1, 2]))
print('no fields'.format(1, 2))
