# args, str() and repr() of exception instances.
for e in [Exception(), Exception('one'), Exception('a', 2), ValueError(42),
          KeyError('key'), KeyError(), IndexError('i', 'j'), RuntimeError('')]:
    print(type(e).__name__, e.args, repr(str(e)), repr(e))
e = ValueError('x')
print(e.args[0], len(e.args), isinstance(e.args, tuple))
