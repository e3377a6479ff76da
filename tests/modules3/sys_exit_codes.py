# sys.exit raises SystemExit: code None, an int, a message, a tuple; it can be caught and inspected.
import sys
for args in ((), (0,), (3,), ("message",), ((1, 2),), (None,)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, repr(e.code), e.args, isinstance(e, Exception), isinstance(e, BaseException))
try:
    raise SystemExit(1, 2)
except SystemExit as e:
    print(e.code, e.args)
try:
    sys.exit(1, 2)
except TypeError:
    print("TypeError")
