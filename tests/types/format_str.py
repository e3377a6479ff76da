# format() specs for strs: alignment, fill (any character), width and precision in code points.
for v in ['', 'a', 'abc', 'héllo', '€uro', 'a longer string']:
    print([format(v, s) for s in ['', 's', '10', '<10', '>10', '^10', '*^9', '.2', '10.3', 'é^7', '->6', '.0', '^1']])
print(f"{'x':>{5}}|{'abc'!r:>8}|{'é'!a}|{'q'!s:*^5}")
print('[{:^7}]'.format('ab'), '[{:^6}]'.format('abc'), '[{:<}]'.format('z'))
class C:
    def __format__(self, spec):
        return 'C(' + spec + ')'
    def __str__(self):
        return 'strC'
print(format(C(), 'xyz'), f"{C():>5}", '{:abc}'.format(C()), format(C()))
class D:
    def __str__(self):
        return 'strD'
print(format(D()), f"{D()}", '{}'.format(D()))
print(format(None), format([1, 2]), format((1,), ''), format(True), format(False, ''))
