# Truth value of builtin objects.
values = [0, 1, -1, 0.0, 0.5, '', 'a', b'', b'x', [], [0], (), (None,),
          {}, {0: 0}, set(), {0}, range(0), range(1), None, True, False,
          frozenset(), bytearray(), bytearray(1)]
for v in values:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
