# center/ljust/rjust/zfill: widths, fill characters (incl. non-ASCII), signs.
for s in ['', 'a', 'ab', 'abc', 'héllo']:
    print([s.center(w) for w in range(0, 8)], s.ljust(6, '*'), s.rjust(6, '€'), s.center(7, '-'), s.zfill(6))
print('42'.zfill(5), '-42'.zfill(5), '+42'.zfill(5), '-'.zfill(3), ''.zfill(2), 'abc'.zfill(2), '--1'.zfill(4))
for f in [lambda: 'a'.center('x'), lambda: 'a'.center(5, 'ab'), lambda: 'a'.center(5, 1), lambda: 'a'.ljust(),
          lambda: 'a'.zfill('3'), lambda: 'a'.rjust(3, '')]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
