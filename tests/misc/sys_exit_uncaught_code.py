# An uncaught sys.exit(3) ends the program with exit status 3.
import sys
print('before exit')
try:
    sys.exit(3)
finally:
    print('finally before exit')
print('not reached')
