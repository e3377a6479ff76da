# Missing module attributes raise AttributeError.
import sys
try:
    sys.no_such_thing
except AttributeError as e:
    print(type(e).__name__, e)
import gc
try:
    gc.not_there()
except AttributeError as e:
    print(type(e).__name__, e)
print(hasattr(sys, 'argv'), hasattr(sys, 'nope'))
