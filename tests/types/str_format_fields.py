# str.format: positional/automatic/keyword fields, attributes, indexing, conversions, nesting.
class P:
    x = 3
    y = [10, 20]
    def __repr__(self):
        return 'P()'

print('{} {} {}'.format(1, 'a', 2.5), '{0} {1} {0}'.format('x', 'y'), '{a}-{b}'.format(a=1, b=2))
print('{0.x} {0.y[1]} {p.y[0]}'.format(P(), p=P()), '{0[1]} {0[k]}'.format({1: 'one', 'k': 'kay'}))
print('{!r} {!s} {!a}'.format('q', P(), 'é'), '{0!r:>6}'.format('z'))
print('{:{}}|{:{w}.{p}f}'.format(5, 4, 3.14159, w=8, p=2), '{0:{1}{2}}'.format(7, '>', 5))
print('{{}} {{{}}}'.format(9), '{}'.format([1, {2: 3}]), ''.format(), 'plain'.format(1, 2))
print('{0[0]}{0[1]}'.format('ab'), '{0}'.format(*[5]), '{x}{y}'.format(**{'x': 1, 'y': 2}))
print('{:*^10}|{:<5}|{:>5}|{:^5}'.format('mid', 1, 2, 3), '{:,}'.format(10**12), '{:.3%}'.format(0.5))
