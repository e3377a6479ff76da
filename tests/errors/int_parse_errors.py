# int() and float() reject malformed strings with ValueError.
for s in ['x', '', '1.5', '12abc', ' ', '0x10', '1 2']:
    try:
        int(s)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    int('12', 2)
except ValueError as e:
    print(type(e).__name__, e)
try:
    int('10', 1)
except ValueError as e:
    print(type(e).__name__, e)
for s in ['abc', '1.2.3', '']:
    try:
        float(s)
    except ValueError as e:
        print(type(e).__name__, e)
