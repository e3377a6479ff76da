# sys.exit raises SystemExit, which can be caught; code holds the argument.
import sys
for arg in [(), (0,), (3,), ('message',), (None,)]:
    try:
        sys.exit(*arg)
    except SystemExit as e:
        print(arg, 'code =', repr(e.code), type(e).__name__)
def cleanup():
    try:
        sys.exit(7)
    finally:
        print('finally runs on sys.exit')
try:
    cleanup()
except SystemExit as e:
    print('caught', e.code)
